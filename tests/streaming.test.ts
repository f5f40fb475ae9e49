import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/spawn.js';

// Streaming runs: input order restored whatever finishes first, and the content-addressed cache.
const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `communique-${name}-`));
const ARTICLES = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
const TEXTS = ARTICLES.map((f) => readFileSync(join('corpus', f), 'utf8'));

/**
 * A batch whose documents finish out of order: every 7th is a long article (many corpus texts joined), the rest
 * short, so at --concurrency 3 later short documents finish before earlier long ones. Ids run backwards so that
 * input order and id order differ.
 */
function mixedBatch(dir: string, n: number): string[] {
  const lines: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 7 === 0 ? TEXTS.join('\n\n').repeat(3) : TEXTS[i % TEXTS.length];
    const id = `doc-${String(n - i).padStart(4, '0')}`;
    ids.push(id);
    lines.push(JSON.stringify({ id, text }));
    if (i === 10) lines.push('{broken');
  }
  writeFileSync(join(dir, 'batch.jsonl'), lines.join('\n') + '\n');
  return ids;
}

describe('a streamed run', () => {
  const input = tmp('stream-in');
  let ids: string[] = [];
  const c1 = tmp('stream-c1');
  const c3 = tmp('stream-c3');
  beforeAll(async () => {
    ids = mixedBatch(input, 60);
    await cli(['run', input, '--out', c1, '-c', '1', '--quiet']);
    await cli(['run', input, '--out', c3, '-c', '3', '--quiet']);
  });

  it('writes records in input order, identical bytes at --concurrency 1 and 3', () => {
    const recs = readFileSync(join(c1, 'records.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(recs.map((r) => r.id)).toEqual(ids);
    expect(readFileSync(join(c3, 'records.jsonl')).equals(readFileSync(join(c1, 'records.jsonl')))).toBe(true);
    expect(readFileSync(join(c3, 'rejects.jsonl'), 'utf8')).toBe(readFileSync(join(c1, 'rejects.jsonl'), 'utf8'));
    expect(JSON.parse(readFileSync(join(c1, 'rejects.jsonl'), 'utf8'))).toMatchObject({ source: 'batch.jsonl#12', reason: 'bad-json', line: 12 });
    expect(manifest(c1).counts).toMatchObject({ inputs: 61, records: 60, rejects: 1 });
    expect(manifest(c1).inputsDigest).toBe(manifest(c3).inputsDigest);
  });

  it('re-runs an unchanged batch from the cache with the same bytes, and processes only what was added', async () => {
    const first = readFileSync(join(c1, 'records.jsonl'));
    expect((await cli(['run', input, '--out', c1, '-c', '1', '--quiet'])).status).toBe(1);
    expect(manifest(c1).cache).toEqual({ reused: 60, processed: 0 });
    expect(readFileSync(join(c1, 'records.jsonl')).equals(first)).toBe(true);
    for (const f of ARTICLES.slice(0, 3)) writeFileSync(join(input, `new-${f}`), readFileSync(join('corpus', f)));
    await cli(['run', input, '--out', c1, '-c', '1', '--quiet']);
    expect(manifest(c1).cache).toEqual({ reused: 60, processed: 3 });
    expect(manifest(c1).counts.records).toBe(63);
  });
});

describe('the cache', () => {
  it('never serves a record made by other rules: a changed rule file reprocesses and matches an uncached run', async () => {
    const input = tmp('rules-in');
    for (const f of ARTICLES.slice(0, 5)) writeFileSync(join(input, f), readFileSync(join('corpus', f)));
    const rules = tmp('rules');
    cpSync('pipeline', rules, { recursive: true });
    const out = tmp('rules-out');
    await cli(['run', input, '--out', out, '--pipeline', join(rules, 'default.json'), '--quiet']);
    const before = readFileSync(join(out, 'records.jsonl'), 'utf8');
    expect(manifest(out).cache).toEqual({ reused: 0, processed: 5 });

    // One rule changes: "Minister" is no longer a title word.
    const peoplePath = join(rules, 'resources', 'people.json');
    const people = JSON.parse(readFileSync(peoplePath, 'utf8'));
    people.titleWords = people.titleWords.filter((w: string) => w !== 'Minister');
    writeFileSync(peoplePath, JSON.stringify(people));
    const res = await cli(['run', input, '--out', out, '--pipeline', join(rules, 'default.json')]);
    expect(res.stderr).toContain('every document is processed again');
    expect(manifest(out).cache).toEqual({ reused: 0, processed: 5 });
    const after = readFileSync(join(out, 'records.jsonl'), 'utf8');
    expect(after).not.toBe(before); // the change is visible, so a stale record would have been caught
    const fresh = tmp('rules-fresh');
    await cli(['run', input, '--out', fresh, '--pipeline', join(rules, 'default.json'), '--no-cache', '--quiet']);
    expect(after).toBe(readFileSync(join(fresh, 'records.jsonl'), 'utf8'));
    expect(manifest(fresh).cache).toBeNull();
  });

  it('replaces a cache file that is not a database, and says so', async () => {
    const out = tmp('bad-cache');
    const cacheDir = join(out, 'elsewhere');
    await cli(['run', join('corpus', ARTICLES[1]), '--out', out, '--cache', cacheDir, '--quiet']);
    writeFileSync(join(cacheDir, 'outcomes.sqlite'), 'not a database');
    const res = await cli(['run', join('corpus', ARTICLES[1]), '--out', out, '--cache', cacheDir]);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('was unreadable');
    expect(manifest(out).counts.records).toBe(1);
  });
});
