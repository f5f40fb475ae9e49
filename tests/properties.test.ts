import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './support/spawn.js';
import { buildPipeline, processItem } from '../src/pipeline/run.js';
import { validateRecord } from '../src/stages/assemble/validate.js';

// Property-based tests over random and mutated articles. On a failure fast-check prints the seed and the
// shrunk counterexample; FC_SEED=<seed> replays it.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const pipeline = buildPipeline();
const corpus = readdirSync('corpus').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('corpus', f), 'utf8'));

// Pieces of press-release English, so random articles reach every stage (titles, names, cues, dates, money).
const PIECES = ['Minister', 'Prime Minister', 'Deputy', 'of Foreign Affairs', 'Nguyen Van', 'Sok', 'H.E.', 'Mr.', 'Dr', 'the Ministry of Health', 'Ministry', '(MOH)', 'UNDP', 'Japan', 'Vietnamese', 'Lao', 'will provide', 'pledged', 'signed', 'agreed to', 'committed to', 'said', 'that', 'he', 'it', 'the two sides', 'US$5 million', '10 billion VND', 'on March 3', '2021', 'by 2030', 'last week', 'from 3-5 May', 'Jan.', ',', '.', ';', '(', ')', '"', '\u2013', '\n', '\n\n', ' '];
const piece = fc.constantFrom(...PIECES);
const pressy = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 120 }).map((xs) => xs.join(' '));

/** A corpus article with random damage: cuts, insertions of arbitrary unicode or markup, repeated lines. */
const mutated = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('<b>', '</p>', '&amp;', '\r\n', '\u00a0', '\u200b', '\ufeff', '\ud800', '....', '(', ')', 'Mr.', '\u2019s'), pressy)),
      { maxLength: 6 },
    ),
  )
  .map(([text, edits]) => edits.reduce((t, [at, del, ins]) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + ins + t.slice(i + del);
  }, text));

const article = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), pressy, mutated);

function extractChecked(raw: string, format: 'txt' | 'html'): string {
  const { record } = processItem(pipeline, { id: 'p', source: 'p', format, raw, hash: '', notes: [] });
  const errors = validateRecord(record, raw);
  if (errors.length) throw new Error(errors.join('; '));
  return JSON.stringify(record);
}

describe('properties over random and mutated articles', () => {
  it('no stage throws; every record validates and every offset slices to its text (plain text)', () => {
    const found = { pledges: 0, people: 0, dates: 0, organisations: 0 };
    fc.assert(
      fc.property(article, (raw) => {
        const r = JSON.parse(extractChecked(raw, 'txt'));
        for (const k of Object.keys(found) as (keyof typeof found)[]) found[k] += r[k].length ? 1 : 0;
      }),
      { numRuns: 300, seed },
    );
    // The generators must reach every stage's output, or the property says little.
    for (const [k, n] of Object.entries(found)) expect(n, k).toBeGreaterThan(20);
  }, 120_000);

  it('the same holds when the article is read as HTML', () => {
    fc.assert(fc.property(article, (raw) => void extractChecked(raw, 'html')), { numRuns: 200, seed });
  }, 120_000);

  it('extraction is a function of the input: two runs give the same bytes', () => {
    fc.assert(fc.property(article, (raw) => extractChecked(raw, 'txt') === extractChecked(raw, 'txt')), { numRuns: 100, seed });
  }, 120_000);

  it('the CLI writes identical records.jsonl at --concurrency 1 and 3, run after run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-prop-'));
    const input = join(dir, 'in');
    const docs = fc.sample(article, { numRuns: 40, seed: seed ?? 42 });
    const lines = docs.map((text, i) => JSON.stringify({ id: `doc-${String(i).padStart(2, '0')}`, text }));
    writeFileSync(`${input}.jsonl`, lines.join('\n') + '\n');
    const outs: string[] = [];
    for (const [k, c] of [1, 3, 3].entries()) {
      const out = join(dir, `out-${k}`);
      await cli(['run', `${input}.jsonl`, '--out', out, '--quiet', '-c', String(c)]);
      outs.push(readFileSync(join(out, 'records.jsonl'), 'utf8'));
    }
    const rejected = readFileSync(join(dir, 'out-0', 'rejects.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(rejected.filter((r) => r.reason !== 'empty')).toEqual([]);
    expect(outs[0].split('\n').filter(Boolean).length + rejected.length).toBe(docs.length);
    expect(outs[1]).toBe(outs[0]);
    expect(outs[2]).toBe(outs[0]);
  }, 120_000);
});
