// npm run bench: throughput of the whole pipeline on the corpus articles, measured side by side in one run
// with the two naive alternatives the brief names: compromise over every whole text, chrono over every whole text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { extract } from '../dist/index.js';

const dir = new URL('../corpus/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const kb = texts.reduce((a, t) => a + t.length, 0) / texts.length / 1024;

function time(label, fn) {
  fn(texts[0]); // warm up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const ms = performance.now() - t0;
  const perSec = (rounds * texts.length) / (ms / 1000);
  return { label, docsPerSecond: Math.round(perSec * 10) / 10 };
}

const rows = [
  time('communique extract (all stages)', (t) => extract(t)),
  time('compromise over whole text', (t) => nlp(t).people().json()),
  time('chrono over whole text', (t) => chrono.parse(t)),
];
const base = rows[1].docsPerSecond;
console.log(`${texts.length} articles (mean ${kb.toFixed(1)} KB) x ${rounds} rounds, one core, node ${process.version}`);
for (const r of rows) console.log(`${r.label.padEnd(34)} ${String(r.docsPerSecond).padStart(8)} docs/s   ${(r.docsPerSecond / base).toFixed(2)}x compromise`);
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`peak-ish RSS ${rss.toFixed(0)} MiB`);

// The CLI's worker pool: the same batch (corpus articles x 20 under distinct names) at --concurrency 1 and 2,
// timed end to end (process start, workers loading the pipeline, writing outputs) in this one run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
const batchDir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const copies = Number(process.env.BENCH_COPIES ?? 50);
for (let k = 0; k < copies; k++) for (const f of names) copyFileSync(join(dir, f), join(batchDir, `${k}-${f}`));
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;
const poolRows = [1, 2].map((c) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'run', batchDir, '--out', join(batchDir + '-out', String(c)), '--quiet', '-c', String(c)]);
  if (r.status !== 0) throw new Error(`run -c ${c} failed: ${r.stderr}`);
  return { c, docsPerSecond: Math.round(((copies * names.length) / ((performance.now() - t0) / 1000)) * 10) / 10 };
});
console.log(`\ncommunique run, ${copies * names.length} documents, end to end:`);
for (const r of poolRows) console.log(`--concurrency ${r.c}`.padEnd(34) + ` ${String(r.docsPerSecond).padStart(8)} docs/s   ${(r.docsPerSecond / poolRows[0].docsPerSecond).toFixed(2)}x concurrency 1`);

// Scaling: one long article (the corpus articles joined until it reaches the size), 0.25 MB and 1 MB, timed in
// this run. A linear pipeline costs the same per MB at both sizes (ratio near 1); a quadratic step shows as ~4.
const joined = (bytes) => {
  let t = '';
  while (t.length < bytes) t += texts.join('\n\n') + '\n\n';
  return t.slice(0, bytes);
};
const sizes = (process.env.BENCH_MB ?? '0.25,1').split(',').map(Number);
const perMb = sizes.map((mb) => {
  const t = joined(Math.round(mb * 1e6));
  const t0 = performance.now();
  extract(t);
  return { mb, seconds: (performance.now() - t0) / 1000 };
});
console.log('\none long article, in-process:');
for (const r of perMb) console.log(`${r.mb} MB`.padEnd(34) + ` ${r.seconds.toFixed(2).padStart(8)} s        ${(r.seconds / r.mb / (perMb[0].seconds / perMb[0].mb)).toFixed(2)}x the time per MB of ${perMb[0].mb} MB`);
