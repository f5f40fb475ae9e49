import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import PQueue from 'p-queue';
import { buildPipeline, processItem } from '../pipeline/run.js';
import { packageRoot } from '../pipeline/resources.js';
import { validateRecord } from '../stages/assemble/validate.js';
import { isGoldPath, listInputs, parseJsonl, readInput, type InputItem, type Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { writeAtomic } from './atomic.js';

export interface RunOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  referenceDate: string | null;
  quiet: boolean;
  pipeline?: string;
}

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

/** `communique run`: every input to a record or a reject; records.jsonl sorted by id, manifest with counts and timings. */
export async function runCommand(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const pipeline = buildPipeline(opts.pipeline);
  const items: (InputItem | Reject)[] = [];
  const files = await listInputs(opts.inputs.filter((i) => i !== '-'));
  const articleFiles = files.filter((f) => !isGoldPath(f.file.slice(f.root.length)));
  const queue = new PQueue({ concurrency: opts.concurrency });
  const perFile: (InputItem | Reject)[][] = new Array(articleFiles.length);
  await Promise.all(articleFiles.map((f, i) => queue.add(async () => { perFile[i] = await readInput(f.file, f.root); })));
  for (const list of perFile) items.push(...list);
  if (opts.inputs.includes('-')) items.push(...parseJsonl(await readStdin(), '-', 'stdin'));

  const showBar = !opts.quiet && process.stderr.isTTY;
  const bar = showBar ? new cliProgress.SingleBar({ format: 'extracting {bar} {value}/{total} {id}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(items.length, 0, { id: '' });

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
    work.push(it);
  }
  await Promise.all(
    work.map((it) =>
      queue.add(async () => {
        try {
          if (!it.raw.trim()) {
            rejects.push({ source: it.source, id: it.id, reason: 'empty', message: 'no text' });
            return;
          }
          const { doc, record } = processItem(pipeline, it, opts.referenceDate);
          const errors = validateRecord(record, it.raw);
          if (errors.length) {
            rejects.push({ source: it.source, id: it.id, reason: 'invalid-record', message: errors.join('; ') });
            return;
          }
          for (const [k, v] of Object.entries(doc.timings)) stageTime[k] = (stageTime[k] ?? 0) + v;
          hashes[it.source] = it.hash;
          records.set(it.id, record);
        } catch (err) {
          rejects.push({ source: it.source, id: it.id, reason: 'error', message: (err as Error).message });
        } finally {
          bar?.increment(1, { id: it.id });
        }
      }),
    ),
  );
  bar?.update(items.length, { id: '' });
  bar?.stop();

  const ids = [...records.keys()].sort();
  const out = resolve(opts.out);
  await writeAtomic(join(out, 'records.jsonl'), ids.map((id) => JSON.stringify(records.get(id)) + '\n').join(''));
  rejects.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  await writeAtomic(join(out, 'rejects.jsonl'), rejects.map((r) => JSON.stringify(r) + '\n').join(''));
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const round = (n: number) => Math.round(n * 10) / 10;
  const manifest = {
    tool: { name: pkg.name, version: pkg.version },
    node: process.version,
    libraries: Object.fromEntries(['chrono-node', 'compromise', 'natural', 'ajv', 'p-queue'].map((n) => [n, pkg.dependencies?.[n] ?? null])),
    pipeline: pipeline.definition.name,
    inputs: opts.inputs.map((i) => (i === '-' ? '-' : resolve(i))),
    referenceDate: opts.referenceDate,
    counts: {
      inputs: items.length,
      records: records.size,
      rejects: rejects.length,
      rejectsByReason: rejects.reduce<Record<string, number>>((a, r) => ((a[r.reason] = (a[r.reason] ?? 0) + 1), a), {}),
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
  if (!opts.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`communique: ${records.size} records, ${rejects.length} rejected, from ${items.length} inputs in ${secs}s -> ${join(opts.out, 'records.jsonl')}\n`);
  }
  return { records: records.size, rejects: rejects.length, outDir: out };
}
