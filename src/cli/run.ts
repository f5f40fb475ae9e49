import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import PQueue from 'p-queue';
import { Pool, type Outcome } from '../pipeline/pool.js';
import { buildPipeline, type Pipeline } from '../pipeline/run.js';
import { packageRoot } from '../pipeline/resources.js';
import { isGoldPath, listInputs, parseJsonl, readInput, type InputItem, type Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { isAtomicTemp, writeAtomic } from './atomic.js';
import { Journal } from './journal.js';

export interface RunOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  referenceDate: string | null;
  quiet: boolean;
  pipeline?: string;
  /** Seconds one document may take (default 60). */
  timeout?: number;
  /** Longest article text, in characters (default 8 000 000); longer ones are rejected as `too-large`. */
  maxChars?: number;
  /** Heap limit per worker thread, in MB (default 3072). */
  maxHeapMb?: number;
  /** Reuse the journal of an interrupted run in the same output directory. */
  resume?: boolean;
  /** Distributed run: a Redis URL (redis://HOST:PORT); documents go through its queue to `communique worker` processes. */
  queue?: string;
  /** Queue name on that Redis (default `communique`). */
  queueName?: string;
}

export const DEFAULTS = { timeout: 60, maxChars: 8_000_000, maxHeapMb: 3072 };
const RETRIED_ON_RESUME = new Set(['timeout', 'crash']);
const OUTPUTS = ['records.jsonl', 'rejects.jsonl', 'manifest.json'];

export interface RunSummary {
  records: number;
  rejects: number;
  outDir: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Identifies the rules a journal was written with: tool version, pipeline definition and every resource. */
export function fingerprint(pipeline: Pipeline, version: string, referenceDate: string | null): string {
  return createHash('sha256').update(JSON.stringify({ version, definition: pipeline.definition, resources: pipeline.resources, referenceDate })).digest('hex');
}

/** Progress: a bar on a terminal, a line every 10 s otherwise (logs of long batch jobs), nothing with --quiet. */
function progress(total: number, quiet: boolean): { tick: (id: string) => void; stop: () => void } {
  if (quiet) return { tick: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ format: 'extracting {bar} {value}/{total} {id}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { id: '' });
    return { tick: (id) => bar.increment(1, { id }), stop: () => (bar.update(total, { id: '' }), bar.stop()) };
  }
  let done = 0;
  const timer = setInterval(() => process.stderr.write(`communique: ${done}/${total} documents done\n`), 10_000);
  timer.unref();
  return { tick: () => void done++, stop: () => clearInterval(timer) };
}

/** `communique run`: every input to a record or a reject; records.jsonl sorted by id, manifest with counts and timings. */
export async function runCommand(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const pipeline = buildPipeline(opts.pipeline);
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const timeout = opts.timeout ?? DEFAULTS.timeout;
  const maxChars = opts.maxChars ?? DEFAULTS.maxChars;
  const items: (InputItem | Reject)[] = [];
  const files = await listInputs(opts.inputs.filter((i) => i !== '-'));
  // Gold files are not articles, and neither is anything under the output directory (`run . --out output`).
  const outPrefix = resolve(opts.out) + sep;
  const articleFiles = files.filter((f) => !isGoldPath(f.file.slice(f.root.length)) && !f.file.startsWith(outPrefix));
  const reads = new PQueue({ concurrency: 8 });
  const perFile: (InputItem | Reject)[][] = new Array(articleFiles.length);
  await Promise.all(articleFiles.map((f, i) => reads.add(async () => { perFile[i] = await readInput(f.file, f.root); })));
  for (const list of perFile) items.push(...list);
  if (opts.inputs.includes('-')) items.push(...parseJsonl(await readStdin(), '-', 'stdin'));

  const out = resolve(opts.out);
  await mkdir(out, { recursive: true });
  // Temporary files left by a run that was killed while writing its outputs.
  for (const f of await readdir(out)) if (OUTPUTS.some((o) => f.startsWith(`${o}.`)) && isAtomicTemp(f)) await rm(join(out, f), { force: true });
  const { journal, notice } = Journal.open(join(out, '.journal.jsonl'), fingerprint(pipeline, pkg.version, opts.referenceDate), !!opts.resume);
  if (notice && !opts.quiet) process.stderr.write(`communique: ${notice}\n`);

  const records = new Map<string, CommuniqueRecord>();
  const rejects: Reject[] = [];
  const stageTime: Record<string, number> = {};
  const hashes: Record<string, string> = {};
  const seen = new Map<string, string>();
  // Duplicate ids: the first input (in sorted path order) keeps the id; later ones are rejected, never overwrite it.
  const work: InputItem[] = [];
  for (const it of items) {
    if ('reason' in it) {
      rejects.push(it);
      continue;
    }
    const first = seen.get(it.id);
    if (first) {
      rejects.push({ source: it.source, id: it.id, reason: 'duplicate-id', message: `id ${JSON.stringify(it.id)} already used by ${first}` });
      continue;
    }
    seen.set(it.id, it.source);
    if (!it.raw.trim()) rejects.push({ source: it.source, id: it.id, reason: 'empty', message: 'no text' });
    else if (it.raw.length > maxChars) rejects.push({ source: it.source, id: it.id, reason: 'too-large', message: `${it.raw.length} characters of text, over the ${maxChars} limit (--max-chars)` });
    else work.push(it);
  }

  const take = (it: InputItem, o: Outcome) => {
    if ('reject' in o) {
      rejects.push(o.reject);
      return;
    }
    for (const [k, v] of Object.entries(o.timings)) stageTime[k] = (stageTime[k] ?? 0) + v;
    hashes[it.source] = it.hash;
    records.set(it.id, o.record);
  };
  const todo = work.filter((it) => {
    const done = journal.done.get(Journal.key(it.source, it.hash));
    if (done) take(it, done);
    return !done;
  });
  const bar = progress(todo.length, opts.quiet);
  // No workers at all when nothing is left to process (every input rejected on reading, or all resumed).
  const pool = !todo.length ? null : opts.queue ? new (await import('../distributed/queue-processor.js')).QueueProcessor({ url: opts.queue, queueName: opts.queueName, out, quiet: opts.quiet, rules: { fingerprint: fingerprint(pipeline, pkg.version, opts.referenceDate), version: pkg.version, pipeline: pipeline.definition.name, referenceDate: opts.referenceDate } }) : new Pool({ size: Math.min(opts.concurrency, todo.length), budgetMs: timeout * 1000, maxHeapMb: opts.maxHeapMb ?? DEFAULTS.maxHeapMb, pipelinePath: opts.pipeline, referenceDate: opts.referenceDate });
  try {
    await Promise.all(
      todo.map(async (it) => {
        const o = await pool!.process(it);
        // A timeout or a crash depends on the machine and its load: not journaled, so --resume tries it again.
        if (!('reject' in o) || !RETRIED_ON_RESUME.has(o.reject.reason)) journal.record(Journal.key(it.source, it.hash), o);
        take(it, o);
        bar.tick(it.id);
      }),
    );
  } finally {
    bar.stop();
    await pool?.close();
  }

  const ids = [...records.keys()].sort();
  await writeAtomic(join(out, 'records.jsonl'), ids.map((id) => JSON.stringify(records.get(id)) + '\n').join(''));
  rejects.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  await writeAtomic(join(out, 'rejects.jsonl'), rejects.map((r) => JSON.stringify(r) + '\n').join(''));
  const round = (n: number) => Math.round(n * 10) / 10;
  const rejectsByReason = rejects.reduce<Record<string, number>>((a, r) => ((a[r.reason] = (a[r.reason] ?? 0) + 1), a), {});
  const manifest = {
    tool: { name: pkg.name, version: pkg.version },
    node: process.version,
    libraries: Object.fromEntries(['chrono-node', 'compromise', 'natural', 'ajv', 'p-queue'].map((n) => [n, pkg.dependencies?.[n] ?? null])),
    pipeline: pipeline.definition.name,
    inputs: opts.inputs.map((i) => (i === '-' ? '-' : resolve(i))),
    referenceDate: opts.referenceDate,
    limits: { timeoutSeconds: timeout, maxChars },
    counts: {
      inputs: items.length,
      records: records.size,
      rejects: rejects.length,
      rejectsByReason,
      dates: ids.reduce((a, id) => a + records.get(id)!.dates.length, 0),
      people: ids.reduce((a, id) => a + records.get(id)!.people.length, 0),
      organisations: ids.reduce((a, id) => a + records.get(id)!.organisations.length, 0),
      pledges: ids.reduce((a, id) => a + records.get(id)!.pledges.length, 0),
    },
    inputHashes: Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1))),
    // Milliseconds summed over documents; these vary run to run, the records do not.
    timeMs: { total: round(performance.now() - started), perStage: Object.fromEntries(Object.entries(stageTime).map(([k, v]) => [k, round(v)])) },
  };
  await writeAtomic(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  journal.finish();
  if (!opts.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const why = Object.entries(rejectsByReason).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(`communique: ${records.size} records, ${rejects.length} rejected${why ? ` (${why})` : ''}, from ${items.length} inputs in ${secs}s -> ${join(opts.out, 'records.jsonl')}\n`);
  }
  return { records: records.size, rejects: rejects.length, outDir: out };
}
