import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool, type Outcome } from '../pipeline/pool.js';
import { loadPipeline, packageRoot } from '../pipeline/resources.js';
import { checkStages, type Pipeline } from '../pipeline/definition.js';
import { sha256, type InputItem, type Reject } from '../stages/ingest/read.js';
import { AtomicStream, isAtomicTemp, writeAtomic } from './atomic.js';
import { OutcomeCache, type Finished } from './cache.js';
import { IdRegistry } from './id-registry.js';
import { DEFAULTS } from './defaults.js';
import { progress } from './progress.js';
import { openSources } from './sources.js';

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
  /** Where finished documents are cached (default OUT/.cache); false: no cache. */
  cache?: string | false;
  /** Finish an interrupted run: needs the cache, which is what makes it possible (kept for clarity in scripts). */
  resume?: boolean;
  /** Skip entities.jsonl and dataset.sqlite (--no-dataset). */
  noDataset?: boolean;
  /** Distributed run: a Redis URL (redis://HOST:PORT); documents go through its queue to `communique worker` processes. */
  queue?: string;
  /** Queue name on that Redis (default `communique`). */
  queueName?: string;
}

/** What processes documents: the local worker-thread pool, or a queue of remote workers. */
export interface Processor {
  process(item: InputItem): Promise<Outcome>;
  close(): Promise<void>;
}

export { DEFAULTS } from './defaults.js';
/** A timeout or a crash depends on the machine and its load: never cached, so the next run tries again. */
const NOT_CACHED = new Set(['timeout', 'crash']);
const OUTPUTS = ['records.jsonl', 'rejects.jsonl', 'manifest.json'];
/** The ids seen, once there are too many to keep in memory (see IdRegistry). */
const IDS_SCRATCH = '.ids.sqlite';
/** Documents in flight at once in a distributed run (the queue holds at most this many of this coordinator's). */
const QUEUE_WINDOW = 1000;

export interface RunSummary {
  records: number;
  rejects: number;
  outDir: string;
}

/** The compiled code of the stages, hashed: a rebuilt stage with new code must not reuse cached records. */
function codeVersion(): string {
  const h = createHash('sha256');
  const dist = join(packageRoot, 'dist');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) h.update(p.slice(dist.length)).update(readFileSync(p));
    }
  };
  for (const d of ['doc', 'lexicon', 'pipeline', 'stages', 'text', 'util', 'types']) {
    try {
      if (statSync(join(dist, d)).isDirectory()) walk(join(dist, d));
    } catch {
      /* a folder this build does not have */
    }
  }
  return h.digest('hex');
}

/** The installed version of a dependency (the lock file decides it, not the range in package.json). */
function installedVersion(name: string): string | null {
  try {
    return JSON.parse(readFileSync(join(packageRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

const LIBRARIES = ['chrono-node', 'compromise', 'natural', 'world-countries', 'ajv'];
let installedLibraries: Record<string, string | null> | null = null;

/** The installed versions of the libraries a record depends on, read once (the fingerprint and the manifest give them). */
function libraryVersions(): Record<string, string | null> {
  installedLibraries ??= Object.fromEntries(LIBRARIES.map((n) => [n, installedVersion(n)]));
  return installedLibraries;
}

/** Identifies what a record depends on besides its input: tool and code version, libraries, definition, every resource, reference date. */
export function fingerprint(pipeline: Pick<Pipeline, 'definition' | 'resources'>, version: string, referenceDate: string | null): string {
  const libraries = libraryVersions();
  return createHash('sha256').update(JSON.stringify({ version, code: codeVersion(), libraries, definition: pipeline.definition, resources: pipeline.resources, referenceDate })).digest('hex');
}

/** The cache key of one input item under one fingerprint. */
function itemKey(fp: string, it: InputItem): Buffer {
  return createHash('sha256').update(fp).update(JSON.stringify([it.source, it.id, it.format, it.title ?? null, it.published ?? null, it.url ?? null, it.hash, it.notes])).digest();
}

function finished(o: Outcome): Finished {
  return 'reject' in o ? { reject: o.reject } : { line: o.line, counts: o.counts };
}

/**
 * `communique run`: every input to a record or a reject, streamed. Inputs are read one at a time in a fixed
 * order (files by path, JSONL lines in order, stdin last); documents are processed in parallel, at most
 * `window` at once, and written in input order through a bounded reorder buffer. So memory does not grow
 * with the batch, and records.jsonl is the same bytes whatever `--concurrency`.
 */
export async function runCommand(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  // The stages themselves load in the workers; here only the definition and rules (for the cache key).
  const pipeline = loadPipeline(opts.pipeline);
  checkStages(pipeline.definition);
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const timeout = opts.timeout ?? DEFAULTS.timeout;
  const maxChars = opts.maxChars ?? DEFAULTS.maxChars;
  const out = resolve(opts.out);
  await mkdir(out, { recursive: true });
  // Temporary files left by a run that was killed while writing its outputs, and its scratch file of ids.
  for (const f of await readdir(out)) if ([...OUTPUTS, IDS_SCRATCH].some((o) => f.startsWith(`${o}.`)) && isAtomicTemp(f)) await rm(join(out, f), { force: true });
  const fp = fingerprint(pipeline, pkg.version, opts.referenceDate);
  if (opts.resume && opts.cache === false) throw new Error('--resume needs the cache (it is what keeps finished documents); drop --no-cache');
  const opened = opts.cache === false ? null : OutcomeCache.open(resolve(opts.cache ?? join(out, '.cache')), fp);
  const cache = opened?.cache ?? null;
  if (opened?.notice && !opts.quiet) process.stderr.write(`communique: ${opened.notice}\n`);

  const sources = await openSources(opts.inputs, out);
  const recordsOut = new AtomicStream(join(out, 'records.jsonl'));
  const rejectsOut = new AtomicStream(join(out, 'rejects.jsonl'));
  const ids = new IdRegistry(join(out, `${IDS_SCRATCH}.tmp-${process.pid}`));
  const digest = createHash('sha256');
  const stageTime: Record<string, number> = {};
  const counts = { inputs: 0, records: 0, rejects: 0, dates: 0, people: 0, organisations: 0, pledges: 0 };
  const rejectsByReason: Record<string, number> = {};
  const bar = progress(sources.totalBytes, sources.readBytes, opts.quiet);

  // The processor starts on the first document that is not in the cache: a re-run of an unchanged batch starts no
  // worker. With --queue it is a queue on Redis that `communique worker` processes take documents from.
  const queue = opts.queue ? (await import('../distributed/queue-processor.js')).QueueProcessor : null;
  let processor: Processor | null = null;
  const processorFor = (): Processor =>
    (processor ??= queue
      ? new queue({ url: opts.queue!, queueName: opts.queueName, out, quiet: opts.quiet, rules: { fingerprint: fp, version: pkg.version, pipeline: pipeline.definition.name, referenceDate: opts.referenceDate } })
      : new Pool({ size: opts.concurrency, budgetMs: timeout * 1000, maxHeapMb: opts.maxHeapMb ?? DEFAULTS.maxHeapMb, pipelinePath: opts.pipeline, referenceDate: opts.referenceDate }));

  // Reorder buffer: finished documents wait here until every earlier input is written. Remote workers get a
  // wider window, so that a fleet of them is kept busy.
  const window = queue ? QUEUE_WINDOW : Math.max(64, opts.concurrency * 16);
  const done = new Map<number, Finished>();
  let seq = 0;
  let next = 0;
  let wake: () => void = () => {};
  const settle = (s: number, f: Finished) => {
    done.set(s, f);
    if (s === next) wake();
  };
  const flush = async () => {
    for (let f = done.get(next); f; f = done.get(next)) {
      done.delete(next++);
      if ('reject' in f) {
        counts.rejects++;
        rejectsByReason[f.reject.reason] = (rejectsByReason[f.reject.reason] ?? 0) + 1;
        await rejectsOut.write(JSON.stringify(f.reject) + '\n');
      } else {
        counts.records++;
        counts.dates += f.counts[0];
        counts.people += f.counts[1];
        counts.organisations += f.counts[2];
        counts.pledges += f.counts[3];
        await recordsOut.write(f.line + '\n');
      }
      bar.tick(counts.records + counts.rejects);
    }
  };
  let fatal: Error | null = null;
  const waitForNext = async () => {
    if (!done.has(next) && !fatal) await new Promise<void>((r) => (wake = r));
    if (fatal) throw fatal;
    await flush();
  };

  /** Decides what can be decided without processing: read errors, duplicate ids, empty or oversized text, cached outcomes. */
  const admit = (it: InputItem | Reject, file: number, sub: number): Finished | InputItem => {
    if ('reason' in it) return { reject: it };
    const first = ids.claim(it.id, file, sub);
    if (first) return { reject: { source: it.source, id: it.id, reason: 'duplicate-id', message: `id ${JSON.stringify(it.id)} already used by ${sources.sourceOf(first.file, first.sub)}` } };
    if (!it.raw.trim()) return { reject: { source: it.source, id: it.id, reason: 'empty', message: 'no text' } };
    if (it.raw.length > maxChars) return { reject: { source: it.source, id: it.id, reason: 'too-large', message: `${it.raw.length} characters of text, over the ${maxChars} limit (--max-chars)` } };
    digest.update(`${it.source}\t${it.hash}\n`);
    return it;
  };

  try {
    for await (const { entry, file, sub } of sources.entries()) {
      const s = seq++;
      counts.inputs++;
      const a = admit(entry, file, sub);
      if (!('raw' in a)) settle(s, a);
      else {
        const key = cache ? itemKey(fp, a) : null;
        const hit = key && cache!.get(key);
        if (hit) settle(s, hit);
        else
          processorFor()
            .process(a)
            .then(
              (o) => {
                const f = finished(o);
                if ('line' in o) for (const [k, v] of Object.entries(o.timings)) stageTime[k] = (stageTime[k] ?? 0) + v;
                if (key && !('reject' in f && NOT_CACHED.has(f.reject.reason))) cache!.put(key, f);
                settle(s, f);
              },
              // The processor itself failed (a distributed run's queue refused by workers of other rules, Redis gone):
              // the run stops with that error and writes no outputs; what was finished stays in the cache.
              (err: Error) => {
                fatal ??= err;
                wake();
              },
            );
      }
      await flush();
      while (seq - next >= window) await waitForNext();
    }
    while (next < seq) await waitForNext();
  } finally {
    bar.stop();
    await (processor as Processor | null)?.close();
    cache?.close();
    ids.close();
  }
  await recordsOut.commit();
  await rejectsOut.commit();

  const round = (n: number) => Math.round(n * 10) / 10;
  const manifest = {
    tool: { name: pkg.name, version: pkg.version },
    node: process.version,
    libraries: libraryVersions(),
    pipeline: pipeline.definition.name,
    inputs: opts.inputs.map((i) => (i === '-' ? '-' : resolve(i))),
    referenceDate: opts.referenceDate,
    limits: { timeoutSeconds: timeout, maxChars },
    order: 'input order: files sorted by path, JSONL lines and JSON array elements in order, stdin last',
    counts: { ...counts, rejectsByReason: Object.fromEntries(Object.entries(rejectsByReason).sort(([a], [b]) => (a < b ? -1 : 1))) },
    // sha256 over "source<TAB>sha256 of its bytes" of every processed input, in order: two runs over the same inputs agree.
    inputsDigest: digest.digest('hex'),
    cache: cache ? { reused: cache.hits, processed: cache.misses } : null,
    // Peak resident memory of the whole process (main thread and workers), and the runtime settings it started
    // with (the `communique` command gives MALLOC_ARENA_MAX=2, --max-semi-space-size=4 and --v8-pool-size=1; `node dist/cli/main.js` none).
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    runtimeSettings: { mallocArenaMax: process.env.MALLOC_ARENA_MAX || null, nodeFlags: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].filter((f) => /^--(?:max-(?:semi-space|old-space)-size|v8-pool-size)/.test(f)) },
    // Milliseconds summed over documents processed in this run (not those reused from the cache); these vary, the records do not.
    timeMs: { total: round(performance.now() - started), perStage: Object.fromEntries(Object.entries(stageTime).map(([k, v]) => [k, round(v)])) },
  };
  await writeAtomic(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (!opts.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const why = Object.keys(manifest.counts.rejectsByReason).map((k) => `${k} ${rejectsByReason[k]}`).join(', ');
    const reuse = cache && cache.hits ? `, ${cache.hits} reused from the cache` : '';
    process.stderr.write(`communique: ${counts.records} records, ${counts.rejects} rejected${why ? ` (${why})` : ''}, from ${counts.inputs} inputs in ${secs}s${reuse} -> ${join(opts.out, 'records.jsonl')}\n`);
  }
  // Loaded only now (entity linking brings natural, ~45 MB): the workers are gone by then.
  if (!opts.noDataset) await (await import('../dataset/build.js')).buildDerived({ outDir: out, quiet: opts.quiet });
  return { records: counts.records, rejects: counts.rejects, outDir: out };
}
