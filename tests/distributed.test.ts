import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { cachedCount } from './support/cache.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from './support/redis.js';
import { CLI } from './support/spawn.js';

// Distributed runs: a coordinator (`run --queue`) and `worker` processes on a private Redis, checked against a
// local run of the same batch, byte for byte, through a killed worker, a poison document and a killed coordinator.
const QUEUE = 'test';
// Short locks, so a killed worker's jobs come back within seconds; a heap small enough for the poison to crash.
const WORKER_ARGS = ['--queue-name', QUEUE, '-c', '1', '--max-heap', '64', '--lock-duration', '3000', '--stalled-interval', '1000'];

const ARTICLE = 'HANOI, March 4, 2024 - Minister of Health Nguyen Van Binh said on Monday that Japan will provide 5 million USD to the Ministry of Health by June 2024.';
const ARTICLES = readdirSync('corpus').filter((f) => f.endsWith('.txt'));

/** The corpus articles four times under distinct names, a longer article (all of them in one) in each group, an empty file. */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-dist-in-'));
  const all = ARTICLES.map((f) => readFileSync(join('corpus', f), 'utf8')).join('\n\n');
  for (let k = 0; k < 4; k++) {
    for (const f of ARTICLES) copyFileSync(join('corpus', f), join(dir, `${k}-${f}`));
    writeFileSync(join(dir, `${k}-long.txt`), all);
  }
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

interface Proc {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}
const procs: Proc[] = [];
function start(args: string[]): Proc {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  const p = { child, exit, stderr: () => err };
  procs.push(p);
  return p;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
async function finished(p: Proc, ms = 80_000): Promise<number | null> {
  const r = await Promise.race([p.exit, sleep(ms).then(() => null)]);
  if (!r) throw new Error(`process did not finish within ${ms} ms:\n${p.stderr()}`);
  return r.code;
}

// The tests run at once (each waits on lock expiries, retry delays and process starts); all but the last share
// one queue and its two workers, as the runs of several users may.
describe.concurrent('distributed runs on a BullMQ queue', () => {
  let redis: RedisServer;
  let queue: Queue;
  let input: string;
  let ref: string;
  let worker1: Proc;
  let worker2: Proc;
  const workersLog = () => worker1.stderr() + worker2.stderr();
  const dirs: string[] = [];
  const tmp = (name: string) => {
    const d = mkdtempSync(join(tmpdir(), `communique-dist-${name}-`));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE, { connection: { url: redis.url } });
    input = batch();
    dirs.push(input);
    // The workers start (and warm their threads) while the local run makes the reference.
    worker1 = start(['worker', '--queue', redis.url, ...WORKER_ARGS]);
    worker2 = start(['worker', '--queue', redis.url, ...WORKER_ARGS, '-c', '2']); // two threads: the poison blocks only one
    ref = tmp('ref');
    const local = start(['run', input, '--out', ref, '--quiet', '-c', '1']);
    expect(await finished(local), local.stderr()).toBe(1); // 1: empty.txt
  }, 120_000);

  afterAll(async () => {
    // Every run collected everything: no job is left in Redis. (A coordinator removes a job as it collects it; the
    // count is read again for a few seconds so that a removal still on its way to Redis is not taken for a leak,
    // and what is left is named, to tell a leak from a race.)
    let left = await queue?.getJobCounts();
    for (let i = 0; i < 20 && left && Object.values(left).some((n) => n > 0); i++) {
      await new Promise((r) => setTimeout(r, 500));
      left = await queue.getJobCounts();
    }
    const stray = left && Object.values(left).some((n) => n > 0) ? (await queue.getJobs()).map((j) => `${j.id} ${(j.data as { item?: { source?: string } }).item?.source} ${j.processedBy ?? ''}`) : [];
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exit));
    await queue?.close();
    await redis?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    expect(left).toBeDefined();
    expect(Object.values(left!).reduce((a, b) => a + b, 0), `${JSON.stringify(left)} ${stray.join('; ')}`).toBe(0);
  });

  it('turns a poison document into a reject after the retry limit, with its reason', async () => {
    const dir = tmp('poison');
    // 1.5 MB of article: more than a 64 MB worker heap holds (the corpus needs under 48 MB), so every attempt
    // crashes its thread.
    writeFileSync(join(dir, 'poison.txt'), (ARTICLE + '\n').repeat(Math.ceil(1.5e6 / (ARTICLE.length + 1))));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    const out = join(dir, 'out');
    const coordinator = start(['run', join(dir, 'poison.txt'), join(dir, 'a.txt'), join(dir, 'b.txt'), '--out', out, '--queue', redis.url, '--queue-name', QUEUE, '--quiet']);
    expect(await finished(coordinator), coordinator.stderr()).toBe(1);
    const rejects = readFileSync(join(out, 'rejects.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(rejects).toEqual([{ source: 'poison.txt', id: 'poison', reason: 'crash', message: expect.stringMatching(/memory.*\(after 3 attempts\)$/) }]);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(workersLog()).toMatch(/poison\.txt: crash: .*attempt 3 of 3/);
  }, 90_000);

  it('survives a worker killed with SIGKILL mid-run: records and rejects byte-identical to a local run', async () => {
    const out = tmp('kill-worker');
    const coordinator = start(['run', input, '--out', out, '--queue', redis.url, '--queue-name', QUEUE, '--quiet']);
    // Kill worker 1 once results are coming back and while it holds a job.
    await until('results, and a job in worker 1', async () => cachedCount(out) >= 5 && (await queue.getActive()).some((j) => j.processedBy?.endsWith(`#${worker1.child.pid}`)));
    worker1.child.kill('SIGKILL');
    expect(await finished(coordinator), coordinator.stderr()).toBe(1);
    expect(readFileSync(join(out, 'records.jsonl')).equals(readFileSync(join(ref, 'records.jsonl')))).toBe(true);
    expect(readFileSync(join(out, 'rejects.jsonl'), 'utf8')).toBe(readFileSync(join(ref, 'rejects.jsonl'), 'utf8'));
    // The killed worker's job went back to the queue through the stalled-job check of the other worker.
    await until('the stalled-job check', () => worker2.stderr().includes('lost its worker'));
  }, 90_000);

  it('resumes a coordinator killed mid-run: results finished meanwhile are collected, bytes identical', async () => {
    const out = tmp('kill-coordinator');
    const args = ['run', input, '--out', out, '--queue', redis.url, '--queue-name', QUEUE, '--quiet'];
    const first = start(args);
    await until('results', () => cachedCount(out) >= 5);
    first.child.kill('SIGKILL');
    await first.exit;
    const done = cachedCount(out);
    // The workers go on: results pile up in Redis, finished and not collected.
    await until('finished jobs with no coordinator', async () => (await queue.getCompletedCount()) > 0);
    const second = start([...args, '--resume']);
    expect(await finished(second), second.stderr()).toBe(1);
    expect(done).toBeLessThan(readdirSync(input).length - 1); // it was cut before the end
    expect(readFileSync(join(out, 'records.jsonl')).equals(readFileSync(join(ref, 'records.jsonl')))).toBe(true);
    expect(readFileSync(join(out, 'rejects.jsonl'), 'utf8')).toBe(readFileSync(join(ref, 'rejects.jsonl'), 'utf8'));
  }, 90_000);

  it('stops with a clear message when a worker runs other rules', async () => {
    const dir = tmp('rules');
    // The default pipeline under another name: another fingerprint, so other rules.
    const def = JSON.parse(readFileSync(join('pipeline', 'default.json'), 'utf8'));
    const abs = (p: string) => join(process.cwd(), 'pipeline', p);
    const alt = { ...def, name: 'alt', resources: Object.fromEntries(Object.entries(def.resources as Record<string, string | string[]>).map(([k, v]) => [k, Array.isArray(v) ? v.map(abs) : abs(v)])) };
    writeFileSync(join(dir, 'alt.json'), JSON.stringify(alt));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    start(['worker', '--queue', redis.url, '--queue-name', 'rules', '-c', '1', '--pipeline', join(dir, 'alt.json')]);
    const coordinator = start(['run', join(dir, 'a.txt'), '--out', join(dir, 'out'), '--queue', redis.url, '--queue-name', 'rules', '--quiet']);
    expect(await finished(coordinator)).toBe(2);
    expect(coordinator.stderr()).toMatch(/refused a\.txt: other rules: .*pipeline "default".*pipeline "alt"/);
    expect(existsSync(join(dir, 'out', 'records.jsonl'))).toBe(false);
  }, 90_000);
});
