#!/usr/bin/env node
// bench/naive.mjs: the glue a user would write instead of communique, as the baseline for throughput figures.
//
//   node bench/naive.mjs FILE.jsonl [--limit N]
//
// Reads JSON Lines (one {"text": ...} object a line, e.g. from bench/generate.mjs), then on one core, in-process
// and sequentially, runs exactly this for every text:
//   const d = nlp(text); d.people().json(); d.organizations().json(); chrono.parse(text);
// Only the processing loop is timed, after a warm-up on the first document (the warm-up is not counted).
// Prints one JSON line: {"docs", "bytes", "seconds", "docsPerSecond", "mbPerSecond"}; bytes are the UTF-8 bytes of
// the texts, MB = 2^20 bytes (the generator's KB is 1024 bytes too).
// In-process use: import { naive } from './naive.mjs'; naive(texts) returns the same object.
import { createReadStream, realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

function processOne(text) {
  const d = nlp(text);
  d.people().json();
  d.organizations().json();
  chrono.parse(text);
}

/** Times the naive glue over texts (array of strings); one warm-up document first, not counted. */
export function naive(texts) {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  if (texts.length > 0) processOne(texts[0]); // warm-up
  const t0 = performance.now();
  for (const t of texts) processOne(t);
  const seconds = (performance.now() - t0) / 1000;
  const round = (x, k) => Math.round(x * 10 ** k) / 10 ** k;
  return {
    docs: texts.length,
    bytes,
    seconds: round(seconds, 3),
    docsPerSecond: seconds > 0 ? round(texts.length / seconds, 2) : 0,
    mbPerSecond: seconds > 0 ? round(bytes / 1048576 / seconds, 4) : 0,
  };
}

/** Reads the texts of a JSONL file (at most limit of them), streaming, so a huge file with --limit stays cheap. */
export async function readTexts(file, limit = Infinity) {
  const texts = [];
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (texts.length >= limit) break;
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (typeof o.text === 'string') texts.push(o.text);
  }
  rl.close();
  return texts;
}

async function cli(argv) {
  let file = null, limit = Infinity;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (!file) file = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!file || !(limit >= 0)) {
    process.stderr.write('usage: node bench/naive.mjs FILE.jsonl [--limit N]\n');
    process.exit(2);
  }
  const texts = await readTexts(file, limit);
  process.stdout.write(JSON.stringify(naive(texts)) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  await cli(process.argv.slice(2));
}
