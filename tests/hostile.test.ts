import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type Ran } from './support/spawn.js';
import { validateRecord } from '../src/stages/assemble/validate.js';

// Inputs as scrapers deliver them. One batch holds them all: the batch must complete, and each input
// must end as a record (with warnings) or a reject with a clear reason.
const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const ARTICLE = 'HANOI, March 4, 2024 - Minister of Health Nguyen Van Binh said on Monday that Japan will provide 5 million USD to the Ministry of Health by June 2024.';
const VIETNAMESE = 'Hà Nội, ngày 15 tháng 3 năm 2024 – Bộ trưởng Bộ Ngoại giao đã tiếp Đại sứ Nhật Bản tại Việt Nam. Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, giáo dục và y tế. Phía Nhật Bản cam kết tiếp tục hỗ trợ Việt Nam phát triển hạ tầng và đào tạo nguồn nhân lực trong thời gian tới.';
const FRENCH = "Paris, le 3 mars 2024 – La ministre de l'Europe et des Affaires étrangères a reçu son homologue vietnamien. Les deux ministres se sont engagés à renforcer la coopération dans les domaines de l'éducation, de la santé et de l'énergie. La France versera 10 millions d'euros au titre de l'aide au développement d'ici la fin de l'année.";

const files: Record<string, string | Buffer> = {
  'empty.txt': '',
  'whitespace.txt': ' \n\t\r\n   \n',
  'binary.txt': Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0, 1, 2, 0, 255])]),
  'invalid-utf8.txt': Buffer.concat([Buffer.from(ARTICLE.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(ARTICLE.slice(40))]),
  'latin1.txt': Buffer.from(ARTICLE.replace('Binh', 'Bình').replace('said', 'said in Hà Nội'), 'latin1'),
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
  'nopunct.txt': Array.from({ length: 30000 }, (_, i) => ['Minister', 'Nguyen', 'Van', 'will', 'provide', 'aid', 'of', 'Ministry', 'Foreign', 'May', '2021', 'Japan', 'he', 'it'][i % 14]).join(' ').slice(0, 200_000),
  'nested.html': '<div>'.repeat(50_000) + `<p>${ARTICLE}</p>` + '</div>'.repeat(50_000),
  'script.html': `<html><head><style>p { color: red } /* Minister John Smith will provide */</style><script>var x = "President Jane Doe pledged 9 billion USD";</script></head><body><p>${ARTICLE}</p><script>alert(1)</script></body></html>`,
  'batch.jsonl': `{"id":"j1","text":${JSON.stringify(ARTICLE)}}\n{"id":"j2","text":"truncated\n{"id":"j1","text":"a second article with the same id"}\n[1,2]\n{"id":"j3"}\n`,
  'with space.txt': ARTICLE,
  'ünïcødé-名前.txt': ARTICLE,
  'a..b.txt': ARTICLE,
  '..leading-dots.txt': ARTICLE,
  'x..y/inner.txt': ARTICLE,
  'vietnamese.txt': VIETNAMESE,
  'french.txt': FRENCH,
};

describe('hostile inputs in one batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-hostile-'));
  const input = join(dir, 'in');
  const out = join(dir, 'out');
  let res: Ran;
  let records: Record<string, any> = {};
  let rejects: Record<string, any> = {};
  beforeAll(async () => {
    for (const [name, body] of Object.entries(files)) {
      mkdirSync(join(input, name, '..'), { recursive: true });
      writeFileSync(join(input, name), body);
    }
    // A 20 MB article: over the default --max-chars, rejected at once rather than holding the batch.
    writeFileSync(join(input, 'huge.txt'), (ARTICLE + '\n').repeat(Math.ceil(20e6 / (ARTICLE.length + 1))));
    res = await cli(['run', input, '--out', out, '-c', '2']);
    records = Object.fromEntries(lines(join(out, 'records.jsonl')).map((r) => [r.source, r]));
    rejects = Object.fromEntries(lines(join(out, 'rejects.jsonl')).map((r) => [r.source, r]));
  }, 120_000);

  it('completes, and accounts for every input exactly once', () => {
    expect(res.status).toBe(1); // 1: some inputs were rejected
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts.records + manifest.counts.rejects).toBe(manifest.counts.inputs);
    expect(manifest.counts.inputs).toBe(Object.keys(files).length - 1 + 5 + 1); // batch.jsonl holds 5 lines; huge.txt
    expect(manifest.counts.rejectsByReason).toEqual({ empty: 2, binary: 1, 'bad-json': 2, 'no-text': 1, 'duplicate-id': 1, 'too-large': 1 });
    expect(res.stderr).toMatch(/rejected \(bad-json 2, binary 1, duplicate-id 1, empty 2, no-text 1, too-large 1\)/);
  });

  it('rejects empty, whitespace-only, binary and oversized files with their reasons', () => {
    expect(rejects['empty.txt'].reason).toBe('empty');
    expect(rejects['whitespace.txt'].reason).toBe('empty');
    expect(rejects['binary.txt']).toMatchObject({ reason: 'binary', message: expect.stringContaining('NUL') });
    expect(rejects['huge.txt']).toMatchObject({ reason: 'too-large', message: expect.stringContaining('--max-chars') });
  });

  it('reports broken JSONL lines with their line numbers and never overwrites a duplicate id', () => {
    expect(rejects['batch.jsonl#2']).toMatchObject({ reason: 'bad-json', line: 2, message: expect.stringMatching(/^line 2: /) });
    expect(rejects['batch.jsonl#3']).toMatchObject({ reason: 'duplicate-id', id: 'j1', message: expect.stringContaining('batch.jsonl#1') });
    expect(rejects['batch.jsonl#4']).toMatchObject({ reason: 'bad-json', line: 4 });
    expect(rejects['batch.jsonl#5']).toMatchObject({ reason: 'no-text', line: 5 });
    expect(records['batch.jsonl#1'].pledges[0].actor).toBe('Japan');
  });

  it('reads Latin-1, invalid UTF-8 and UTF-16 with a warning, offsets into the decoded text', () => {
    expect(records['latin1.txt'].warnings.map((w: any) => w.code)).toContain('not-utf8');
    expect(records['latin1.txt'].people[0].name).toBe('Nguyen Van Bình');
    expect(records['invalid-utf8.txt'].warnings.map((w: any) => w.code)).toContain('not-utf8');
    expect(records['utf16.txt'].warnings.map((w: any) => w.code)).toContain('utf16');
    expect(records['utf16.txt'].people.map((p: any) => p.name)).toEqual(['Nguyen Van Binh']);
  });

  it('gets through a 200 KB sentence without punctuation and HTML nested 50 000 deep', () => {
    expect(records['nopunct.txt']).toBeDefined();
    expect(records['nested.html'].pledges.map((p: any) => p.actor)).toEqual(['Japan']);
  });

  it('reads no text from <script> or <style>', () => {
    const r = records['script.html'];
    expect(r.people.map((p: any) => p.name)).toEqual(['Nguyen Van Binh']);
    expect(JSON.stringify(r)).not.toMatch(/John Smith|Jane Doe|alert/);
  });

  it('keeps odd file names as they are: spaces, unicode, dots', () => {
    for (const name of ['with space.txt', 'ünïcødé-名前.txt', 'a..b.txt', '..leading-dots.txt', join('x..y', 'inner.txt')]) expect(records[name], name).toBeDefined();
    expect(records['ünïcødé-名前.txt'].id).toBe('ünïcødé-名前');
    expect(records['a..b.txt'].id).toBe('a..b');
  });

  it('keeps Vietnamese and French articles as records, flagged as not English', () => {
    for (const name of ['vietnamese.txt', 'french.txt']) expect(records[name].warnings.map((w: any) => w.code), name).toContain('not-english');
  });

  it('writes only records that validate, with every offset slicing back to the decoded input', () => {
    for (const [source, r] of Object.entries(records)) {
      const body = source.startsWith('batch.jsonl') ? JSON.parse(readFileSync(join(input, 'batch.jsonl'), 'utf8').split('\n')[0]).text : source === 'utf16.txt' ? ARTICLE : null;
      expect(validateRecord(r, body ?? undefined), source).toEqual([]);
    }
  });
});

describe('adversarial strings against every stage', () => {
  // Long runs of the characters that end-anchored or overlapping patterns would retry from every position.
  // Each is 100 000 characters; the test's time limit is the bound (a quadratic stage would take minutes).
  const N = 100_000;
  const cases: Record<string, string> = {
    stops: '!'.repeat(N),
    dots: '.'.repeat(N),
    apostrophes: "'".repeat(N),
    whitespace: ' \t'.repeat(N / 2),
    capitals: 'AA'.repeat(N / 2),
    digits: '0'.repeat(N) + ' million',
    commaDigits: '1,'.repeat(N / 2) + ' USD',
    capitalisedWords: 'Minister Nguyen Ministry '.repeat(N / 25),
    ands: 'Japan and '.repeat(N / 10) + 'will provide',
    brackets: '('.repeat(N / 2) + ')'.repeat(N / 2),
    dashes: '\u2013 '.repeat(N / 2),
    tags: '<b>'.repeat(N / 3),
  };
  it.each(Object.keys(cases))('%s: finishes with a valid record', async (name) => {
    const { buildPipeline, processItem } = await import('../src/pipeline/run.js');
    const raw = cases[name];
    for (const format of ['txt', 'html'] as const) {
      const { record } = processItem(buildPipeline(), { id: name, source: name, format, raw, hash: '', notes: [] });
      expect(validateRecord(record, raw)).toEqual([]);
    }
  }, 30_000);
});

/** Writes `files` into a fresh input folder, runs the CLI over it with `args`; returns the exit status, stderr and outputs. */
async function runBatch(files: Record<string, string>, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'communique-batch-'));
  mkdirSync(join(dir, 'in'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'in', name), body);
  const res = await cli(['run', join(dir, 'in'), '--out', join(dir, 'out'), ...args]);
  return { status: res.status, stderr: res.stderr, rejects: lines(join(dir, 'out', 'rejects.jsonl')), ids: lines(join(dir, 'out', 'records.jsonl')).map((r) => r.id) };
}

// About 6 MB of article: many seconds of work and a few hundred MB of heap.
const LONG = (ARTICLE + '\n').repeat(Math.ceil(6e6 / (ARTICLE.length + 1)));

describe('limits per document', () => {
  it('rejects a document over --timeout as `timeout` and finishes the rest of the batch', async () => {
    // 3 s: the ordinary articles stay well within it even on a loaded machine; the long one cannot.
    const r = await runBatch({ 'slow.txt': LONG, 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE }, ['--timeout', '3', '-c', '2']);
    expect(r.status).toBe(1);
    expect(r.rejects).toEqual([{ source: 'slow.txt', id: 'slow', reason: 'timeout', message: expect.stringContaining('3s budget') }]);
    expect(r.ids).toEqual(['a', 'b', 'c']);
    expect(r.stderr).toContain('rejected (timeout 1)');
  }, 60_000);

  it('rejects a document that exhausts its worker heap as `crash`; a fresh worker takes the next one', async () => {
    // 128 MB: well above a worker's own needs once its word lists and gazetteers are loaded (about 35 MB),
    // far below what the 4 MB article needs.
    const r = await runBatch({ 'a-big.txt': LONG, 'b-small.txt': ARTICLE }, ['--max-heap', '128', '-c', '1']);
    expect(r.status).toBe(1);
    expect(r.rejects).toEqual([{ source: 'a-big.txt', id: 'a-big', reason: 'crash', message: expect.stringContaining('memory') }]);
    expect(r.ids).toEqual(['b-small']);
  }, 60_000);
});
