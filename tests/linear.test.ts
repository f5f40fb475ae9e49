import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPipeline, processItem, warmUp, type Pipeline } from '../src/pipeline/run.js';
import { validateRecord } from '../src/stages/assemble/validate.js';
import type { CommuniqueRecord } from '../src/types/record.gen.js';

// The stages must stay linear in the length of a document: no step may compare every mention, token or
// candidate with every other. Each case times a document and one four times as long (best of two runs
// each, so a busy machine does not decide) and asks that the longer one take at most about six times as
// long: a quadratic step would take sixteen. The absolute ceilings are generous; they catch a step that
// is linear but far too slow.

const corpus = join(import.meta.dirname, '..', 'corpus');
const articles = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpus, f), 'utf8'));

/** One long line with no sentence punctuation: a single sentence of thousands of titles and ministries. */
const pathological = (chars: number) => 'Minister A B C of the Ministry of Finance and '.repeat(Math.ceil(chars / 46)).slice(0, chars);

/** Ordinary articles joined until the text reaches the size. */
function ordinary(chars: number): string {
  let t = '';
  while (t.length < chars) t += articles.join('\n\n') + '\n\n';
  return t.slice(0, chars);
}

let pipeline: Pipeline;

function timed(raw: string): { ms: number; record: CommuniqueRecord } {
  let best = Infinity;
  let record!: CommuniqueRecord;
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    const r = processItem(pipeline, { id: 'long', source: 'long', format: 'txt', raw, title: null, published: null, hash: '', notes: [] }).record;
    best = Math.min(best, performance.now() - t0);
    record = r;
  }
  return { ms: best, record };
}

function valid(record: CommuniqueRecord, raw: string): void {
  expect(validateRecord(record, raw)).toEqual([]);
}

describe('linear time in the length of a document', () => {
  beforeAll(() => {
    pipeline = buildPipeline();
    warmUp(pipeline);
    processItem(pipeline, { id: 'w', source: 'w', format: 'txt', raw: articles[0], title: null, published: null, hash: '', notes: [] });
  });

  it('a 216 KB line of titles and ministries with no sentence punctuation', () => {
    const small = pathological(54 * 1024);
    const large = pathological(216 * 1024);
    const a = timed(small);
    const b = timed(large);
    valid(b.record, large);
    // The one ministry, named thousands of times.
    const mentions = b.record.organisations.reduce((n, o) => n + o.mentions.length, 0);
    expect(b.record.organisations.map((o) => o.name)).toContain('Ministry of Finance');
    expect(mentions).toBeGreaterThan(4000);
    expect(b.ms).toBeLessThan(5_000);
    expect(b.ms).toBeLessThanOrEqual(6 * Math.max(a.ms, 20));
  }, 120_000);

  it('a 1 MB document of ordinary articles', () => {
    const small = ordinary(256 * 1024);
    const large = ordinary(1024 * 1024);
    const a = timed(small);
    const b = timed(large);
    valid(b.record, large);
    expect(b.record.people.length).toBeGreaterThan(5);
    expect(b.record.organisations.length).toBeGreaterThan(5);
    expect(b.record.dates.length).toBeGreaterThan(5);
    expect(b.record.pledges.length).toBeGreaterThan(100);
    expect(b.ms).toBeLessThan(30_000);
    expect(b.ms).toBeLessThanOrEqual(6 * Math.max(a.ms, 20));
  }, 240_000);
});
