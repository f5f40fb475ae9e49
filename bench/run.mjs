// npm run bench: throughput, memory, the cache and long documents, measured side by side in one run on a
// generated corpus of press releases (bench/generate.mjs), against the naive glue a user would write instead
// (bench/naive.mjs: compromise people + organizations and chrono over every whole text, one core).
//
// Sections (BENCH_ONLY=throughput,cache,long,memory,distributed picks some; all by default):
//   throughput   BENCH_DOCS documents (default 5000, 1-6 KB): `communique run` end to end (no cache, no dataset) on
//                one core (--concurrency 1, pinned to CPU 0 with taskset), at all cores, at --concurrency 1
//                unpinned, and at all cores started with `node dist/cli/main.js` (without the command's runtime
//                settings); time per stage, peak RSS; the naive glue on the first BENCH_NAIVE_DOCS of the same
//                texts (default 1000) in a process pinned to CPU 0; the ratios.
//   cache        the same batch run twice into one output directory (first run, unchanged re-run), then with
//                100 new documents added: how many were processed.
//   long         one 216 KB document with no sentence punctuation and one 1 MB ordinary article, in-process.
//   memory       peak RSS of `communique run -` over BENCH_MEMORY generated documents (default 10000; the README's
//                figures: BENCH_MEMORY=10000,100000,1000000), streamed from the generator through stdin, with the
//                the command as installed (its first line gives MALLOC_ARENA_MAX=2, --max-semi-space-size=4, --v8-pool-size=1) and
//                started with `node dist/cli/main.js`, without them (BENCH_MEMORY_SETTINGS=command,node picks).
//   distributed  BENCH_DOCS documents through `run --queue` with one and with two local workers (needs a Redis
//                server: the test support fetches Debian's redis-server if none is installed).
// Results go to bench/results.json (BENCH_OUT to change) and to stdout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './peak-rss.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');
const generator = join(root, 'bench', 'generate.mjs');
const env = (k, d) => process.env[k] ?? d;
const DOCS = Number(env('BENCH_DOCS', 5000));
const NAIVE_DOCS = Number(env('BENCH_NAIVE_DOCS', 1000));
const MEMORY = env('BENCH_MEMORY', '10000').split(',').filter(Boolean).map(Number);
const MEMORY_SETTINGS = env('BENCH_MEMORY_SETTINGS', 'command,node').split(',').filter(Boolean);
const ONLY = new Set(env('BENCH_ONLY', 'throughput,cache,long,memory,distributed').split(','));
const CORES = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'communique-bench-'));
const results = { machine: { cores: CORES, node: process.version }, docs: DOCS };
const round = (x, k = 1) => Math.round(x * 10 ** k) / 10 ** k;
const log = (s) => process.stderr.write(`bench: ${s}\n`);

function generate(count, file, seed = 1) {
  const r = spawnSync(process.execPath, [generator, '--count', String(count), '--seed', String(seed), '--out', file]);
  if (r.status !== 0) throw new Error(`generator failed: ${r.stderr}`);
  return file;
}
const texts = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const manifestOf = (out) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

/**
 * How `communique` is started. 'command': the built file run as npm's bin link runs it, so its first line gives
 * the runtime settings (glibc's malloc arenas limited to 2, V8's semi-spaces capped at 4 MB, one V8 helper thread); 'node':
 * `node dist/cli/main.js`, without them, for comparison.
 */
const START = {
  command: (argv) => [cli, argv],
  node: (argv) => [process.execPath, [cli, ...argv]],
};

/** taskset, if this machine has it: [command, args] pinned to CPU 0. */
const PIN = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : null;
const pinned = (cmd, args) => (PIN ? [PIN[0], [...PIN.slice(1), cmd, ...args]] : [cmd, args]);

/** `communique run` as a child process, timed end to end (start, workers loading, writing), with its peak RSS. */
async function run(args, label, onOneCpu = false, start = 'command') {
  const [cmd, argv] = START[start](['run', ...args, '--quiet']);
  const r = await runMeasured(...(onOneCpu ? pinned(cmd, argv) : [cmd, argv]));
  if (r.code !== 0 && r.code !== 1) throw new Error(`${label}: exit ${r.code}: ${r.stderr}`);
  return r;
}

const corpus = generate(DOCS, join(work, 'batch.jsonl'));
const batchTexts = texts(corpus);
const mb = batchTexts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 2 ** 20;
results.corpus = { docs: DOCS, mb: round(mb, 2), meanKb: round((mb * 1024) / DOCS, 2) };
log(`${DOCS} generated documents, ${round(mb, 1)} MB`);

if (ONLY.has('throughput')) {
  // "One core" is one CPU: the process is pinned to CPU 0 with taskset, V8's collector and compiler threads
  // included (unpinned, `--concurrency 1` keeps about 1.3 cores busy). The naive glue is pinned the same way.
  const runs = {};
  const row = async (name, c, pinned, start = 'command') => {
    const out = join(work, name);
    const r = await run([corpus, '--out', out, '-c', String(c), '--no-cache', '--no-dataset'], name, pinned, start);
    const m = manifestOf(out);
    runs[name] = { concurrency: c, pinnedToOneCpu: pinned && PIN !== null, started: start, runtimeSettings: m.runtimeSettings, seconds: round(r.seconds, 2), docsPerSecond: round(DOCS / r.seconds), mbPerSecond: round(mb / r.seconds, 2), peakRssMb: round(r.peakRssMb), perStageMsPerDoc: Object.fromEntries(Object.entries(m.timeMs.perStage).map(([k, v]) => [k, round(v / DOCS, 2)])) };
    log(`${name}: ${runs[name].docsPerSecond} docs/s`);
  };
  await row('oneCore', 1, true);
  await row('allCores', CORES, false);
  await row('concurrency1Unpinned', 1, false);
  await row('allCoresThroughNode', CORES, false, 'node');
  for (const name of ['allCores', 'concurrency1Unpinned', 'allCoresThroughNode'])
    if (!readFileSync(join(work, 'oneCore', 'records.jsonl')).equals(readFileSync(join(work, name, 'records.jsonl')))) throw new Error(`records differ between oneCore and ${name}`);
  // The naive glue in a process of its own on the same CPU; its own timing covers its processing loop only
  // (after loading compromise and one warm-up document), which flatters it against communique's end to end.
  const n = await runMeasured(...pinned(process.execPath, [join(root, 'bench', 'naive.mjs'), corpus, '--limit', String(NAIVE_DOCS)]));
  if (n.code !== 0) throw new Error(`naive glue: exit ${n.code}: ${n.stderr}`);
  const glue = { ...JSON.parse(n.stdout), pinnedToOneCpu: PIN !== null };
  log(`naive glue: ${glue.docsPerSecond} docs/s`);
  results.throughput = {
    runs,
    naive: glue,
    oneCoreVsNaive: round(runs.oneCore.docsPerSecond / glue.docsPerSecond, 2),
    allCoresVsOneCore: round(runs.allCores.docsPerSecond / runs.oneCore.docsPerSecond, 2),
  };
}

if (ONLY.has('cache')) {
  const out = join(work, 'cached');
  const first = await run([corpus, '--out', out], 'cache first');
  const again = await run([corpus, '--out', out], 'cache again');
  const reused = manifestOf(out).cache;
  const more = join(work, 'more.jsonl');
  generate(100, more, 2);
  // The same batch plus 100 new documents with other ids.
  writeFileSync(join(work, 'plus.jsonl'), readFileSync(more, 'utf8').replace(/"id":"gen-/g, '"id":"new-'));
  const plus = await run([corpus, join(work, 'plus.jsonl'), '--out', out], 'cache plus');
  results.cache = {
    firstSeconds: round(first.seconds, 2),
    unchangedSeconds: round(again.seconds, 2),
    speedup: round(first.seconds / again.seconds, 1),
    unchanged: reused,
    plus100: { seconds: round(plus.seconds, 2), ...manifestOf(out).cache },
  };
  log(`cache: first ${first.seconds.toFixed(1)} s, unchanged ${again.seconds.toFixed(2)} s, +100: ${JSON.stringify(manifestOf(out).cache)}`);
}

if (ONLY.has('long')) {
  const { buildPipeline, processItem } = await import('../dist/pipeline/run.js');
  const p = buildPipeline();
  const item = (raw) => ({ id: 'long', source: 'long', format: 'txt', raw, title: null, published: null, hash: '', notes: [] });
  processItem(p, item('Minister A B of the Ministry of Finance said on 3 May 2020 that Japan will provide aid.'));
  const time = (raw) => {
    const t0 = performance.now();
    processItem(p, item(raw));
    return round((performance.now() - t0) / 1000, 2);
  };
  const unpunctuated = 'Minister A B C of the Ministry of Finance and '.repeat(4700).slice(0, 216_000);
  let ordinary = '';
  while (ordinary.length < 1_000_000) ordinary += batchTexts.join('\n\n') + '\n\n';
  results.long = { unpunctuated216KbSeconds: time(unpunctuated), ordinary1MbSeconds: time(ordinary.slice(0, 1_000_000)), ordinary250KbSeconds: time(ordinary.slice(0, 250_000)) };
  log(`long: ${JSON.stringify(results.long)}`);
}

if (ONLY.has('memory')) {
  results.memory = [];
  for (const n of MEMORY)
    for (const name of MEMORY_SETTINGS) {
      const out = join(work, `mem-${n}-${name}`);
      // Generator piped straight into `communique run -`: the corpus never sits on disk or in memory.
      const t0 = performance.now();
      const gen = spawn(process.execPath, [generator, '--count', String(n), '--seed', '3', '--min-kb', '1', '--max-kb', '2.5'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const r = await runMeasured(...START[name](['run', '-', '--out', out, '--quiet', '--no-cache', '--no-dataset']), { stdio: [gen.stdout, 'pipe', 'pipe'] });
      const seconds = (performance.now() - t0) / 1000;
      const m = manifestOf(out);
      results.memory.push({ docs: n, started: name, runtimeSettings: m.runtimeSettings, records: m.counts.records, seconds: round(seconds), peakRssMb: round(r.peakRssMb), docsPerSecond: round(n / seconds) });
      log(`memory: ${JSON.stringify(results.memory.at(-1))}`);
      rmSync(out, { recursive: true, force: true });
    }
}

if (ONLY.has('distributed')) {
  let redis = null;
  try {
    // The tests' Redis support (TypeScript), transpiled on the fly: the same server the tests start.
    const ts = (await import('typescript')).default;
    const src = readFileSync(join(root, 'tests', 'support', 'redis.ts'), 'utf8');
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
    const support = join(root, 'node_modules', '.cache', 'communique-bench-redis.mjs');
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true }); // absent on a fresh install
    writeFileSync(support, js);
    process.env.COMMUNIQUE_REDIS_CACHE ??= join(root, 'node_modules', '.cache', 'communique-redis');
    const { startRedis } = await import(support);
    redis = await startRedis();
  } catch (err) {
    log(`distributed: skipped (${err.message})`);
  }
  if (redis) {
    results.distributed = [];
    // The local run the queue's output is compared with: the throughput section's, else one made here.
    const local = join(work, 'oneCore', 'records.jsonl');
    if (!existsSync(local)) await run([corpus, '--out', join(work, 'oneCore'), '--no-cache', '--no-dataset'], 'local');
    for (const workers of [1, 2]) {
      const out = join(work, `q${workers}`);
      const name = `bench-${workers}-${process.pid}`;
      const procs = Array.from({ length: workers }, () => spawn(...START.command(['worker', '--queue', redis.url, '--queue-name', name, '--concurrency', '1']), { stdio: 'ignore' }));
      const r = await run([corpus, '--out', out, '--queue', redis.url, '--queue-name', name, '--no-cache', '--no-dataset'], `queue ${workers}`);
      for (const p of procs) p.kill('SIGTERM');
      const same = readFileSync(join(out, 'records.jsonl')).equals(readFileSync(local));
      results.distributed.push({ workers, seconds: round(r.seconds, 2), docsPerSecond: round(DOCS / r.seconds), sameBytesAsLocal: same });
      log(`distributed: ${JSON.stringify(results.distributed.at(-1))}`);
    }
    await redis.stop();
  }
}

rmSync(work, { recursive: true, force: true });
const outFile = env('BENCH_OUT', join(root, 'bench', 'results.json'));
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
log(`results -> ${outFile}`);
