import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '../src/stages/assemble/validate.js';
import { CLI, cli, run } from './support/spawn.js';

// The CLI is run as built (npm test builds first), exactly as a user runs it.
const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('the communique command', () => {
  it('starts with the lean memory settings when run as a command, and the manifest says which settings a run had', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-lean-'));
    const input = join(dir, 'one.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'a', text: 'Paris, 3 June 2025\n\nJapan will provide USD 5 million to Kenya.' }) + '\n');
    // The built file itself, as npm's bin link runs it: its first line gives the settings.
    const env = { ...process.env, MALLOC_ARENA_MAX: '', NODE_OPTIONS: '' };
    const asCommand = await run(CLI, ['run', input, '--out', join(dir, 'a'), '--quiet', '--no-dataset'], { env });
    expect(asCommand.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a', 'manifest.json'), 'utf8')).runtimeSettings).toEqual({ mallocArenaMax: '2', nodeFlags: ['--max-semi-space-size=4', '--v8-pool-size=1'] });
    const throughNode = await cli(['run', input, '--out', join(dir, 'b'), '--quiet', '--no-dataset'], { env });
    expect(throughNode.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'b', 'manifest.json'), 'utf8')).runtimeSettings).toEqual({ mallocArenaMax: null, nodeFlags: [] });
    expect(readFileSync(join(dir, 'a', 'records.jsonl'))).toEqual(readFileSync(join(dir, 'b', 'records.jsonl')));
  });
});

describe('communique run on corpus/', () => {
  const out1 = mkdtempSync(join(tmpdir(), 'communique-c1-'));
  const out4 = mkdtempSync(join(tmpdir(), 'communique-c4-'));
  let status = -1;
  beforeAll(async () => {
    status = (await cli(['run', 'corpus', '--out', out1, '--concurrency', '1', '--quiet'])).status ?? -1;
    await cli(['run', 'corpus', '--out', out4, '--concurrency', '4', '--quiet']);
  });

  it('exits 0 and writes a valid record for every article, in input order (files by path)', () => {
    expect(status).toBe(0);
    const recs = lines(join(out1, 'records.jsonl'));
    expect(recs.length).toBeGreaterThanOrEqual(10);
    expect(recs.map((r) => r.source)).toEqual([...recs.map((r) => r.source)].sort());
    expect(readFileSync(join(out1, 'rejects.jsonl'), 'utf8')).toBe('');
    for (const r of recs) {
      const raw = readFileSync(join('corpus', r.source), 'utf8');
      expect(validateRecord(r, raw)).toEqual([]);
    }
    const manifest = JSON.parse(readFileSync(join(out1, 'manifest.json'), 'utf8'));
    expect(manifest.counts.records).toBe(recs.length);
    expect(Object.keys(manifest.timeMs.perStage)).toEqual(expect.arrayContaining(['ingest', 'dates', 'people', 'pledges']));
  });

  it('writes byte-identical records at --concurrency 1 and 4', () => {
    expect(readFileSync(join(out4, 'records.jsonl'))).toEqual(readFileSync(join(out1, 'records.jsonl')));
  });

  it('meets the quality bar on the owner articles (eval --gold corpus/gold)', async () => {
    const res = await cli(['eval', '--gold', 'corpus/gold', '--records', join(out1, 'records.jsonl'), '--input', 'corpus', '--json']);
    const s = JSON.parse(res.stdout);
    expect(s.people.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.organisations.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.dates.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.pledges.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('validate accepts the records and reports bad lines with their numbers', async () => {
    expect((await cli(['validate', join(out1, 'records.jsonl')])).status).toBe(0);
    const bad = join(out1, 'bad.jsonl');
    writeFileSync(bad, readFileSync(join(out1, 'records.jsonl'), 'utf8').split('\n')[0] + '\n{"id":"x"}\nnot json\n');
    const r = await cli(['validate', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('bad.jsonl:2:');
    expect(r.stdout).toContain('bad.jsonl:3: not JSON');
  });
});

describe('bad input', () => {
  it('sends empty, binary and broken JSONL inputs to rejects.jsonl with a reason, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-bad-'));
    const inp = join(dir, 'in');
    mkdirSync(inp);
    writeFileSync(join(inp, 'empty.txt'), '   \n');
    writeFileSync(join(inp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(inp, 'good.txt'), 'Minister Tran Van An met the press on May 2.');
    writeFileSync(join(inp, 'batch.jsonl'), '{"id":"a","text":"Japan will provide aid."}\n{broken\n{"id":"a","text":"dup"}\n');
    const r = await cli(['run', inp, '--out', join(dir, 'out'), '--quiet']);
    expect(r.status).toBe(1);
    const rejects = lines(join(dir, 'out', 'rejects.jsonl'));
    const reasons = Object.fromEntries(rejects.map((x) => [x.source, x.reason]));
    expect(reasons).toMatchObject({ 'empty.txt': 'empty', 'binary.txt': 'binary', 'batch.jsonl#2': 'bad-json', 'batch.jsonl#3': 'duplicate-id' });
    expect(lines(join(dir, 'out', 'records.jsonl')).map((x) => x.id)).toEqual(['a', 'good']);
  });

  it('does not read its own output directory as input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-self-'));
    writeFileSync(join(dir, 'a.txt'), 'Japan will provide aid to Laos.');
    expect((await cli(['run', dir, '--out', join(dir, 'out'), '--quiet'])).status).toBe(0);
    const again = await cli(['run', dir, '--out', join(dir, 'out'), '--quiet']);
    expect(again.status).toBe(0);
    expect(lines(join(dir, 'out', 'records.jsonl')).map((x) => x.id)).toEqual(['a']);
  });

  it('reads JSONL from stdin with -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-stdin-'));
    expect((await cli(['run', '-', '--out', dir, '--quiet'], { input: '{"id":"s1","text":"The two sides agreed to cooperate.","published":"2020-01-02"}\n' })).status).toBe(0);
    const [rec] = lines(join(dir, 'records.jsonl'));
    expect(rec).toMatchObject({ id: 's1', published: '2020-01-02', pledges: [{ actor: 'joint' }] });
  });

  it('answers a usage error with exit code 2', async () => {
    expect((await cli(['run', '--concurrency', 'zero'])).status).toBe(2);
    expect((await cli(['frobnicate'])).status).toBe(2);
  });
});

describe('types', () => {
  it('src/types/record.gen.ts is generated from the schema and up to date', async () => {
    const r = await run(process.execPath, ['scripts/gen-types.mjs', '--check']);
    expect(r.status, r.stderr).toBe(0);
  });
});
