import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type Ran } from './support/spawn.js';
import { articleTexts } from '../src/cli/inputs.js';
import { goldDraft } from '../src/eval/draft.js';
import { readGold, validateGold } from '../src/eval/gold.js';
import { scoreDoc, summarise } from '../src/eval/score.js';
import { extract } from '../src/index.js';

// The CLI is run as built (npm test builds first), exactly as a user runs it.
const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

// A two-sentence press release of our own: a titled person, a ministry, a date, a pledge.
const RELEASE =
  'Deputy Minister of Finance Pham Thi Lan visited the Ministry of Planning and Investment on March 14, 2023. ' +
  'Mrs. Lan pledged to support the ministry with 2 million USD next year.';

describe('communique gold draft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-gold-'));
  const inp = join(dir, 'in');
  const drafts = join(dir, 'drafts');
  const out = join(dir, 'out');
  let draftRun: Ran;
  beforeAll(async () => {
    mkdirSync(inp);
    writeFileSync(join(inp, 'release.txt'), RELEASE);
    draftRun = await cli(['gold', 'draft', inp, '--out', drafts]);
    await cli(['run', inp, '--out', out, '--quiet']);
  });

  it('writes one draft per article, valid against schemas/gold.schema.json, with the extracted items', () => {
    expect(draftRun.status, draftRun.stderr).toBe(0);
    expect(draftRun.stderr).toContain(`1 draft written to ${drafts}`);
    expect(readdirSync(drafts)).toEqual(['release.json']);
    const d = json(join(drafts, 'release.json'));
    expect(validateGold(d)).toEqual([]);
    expect(d.id).toBe('release');
    expect(d.people).toContainEqual(expect.objectContaining({ name: 'Pham Thi Lan', titles: expect.arrayContaining(['Deputy Minister of Finance']) }));
    expect(d.organisations).toContainEqual(expect.objectContaining({ name: 'Ministry of Planning and Investment' }));
    expect(d.dates).toContainEqual({ value: '2023-03-14', text: 'March 14, 2023' });
    for (const p of d.pledges) expect(RELEASE).toContain(p.text);
  });

  it('round-trips: eval of the same records against their drafts scores 100%', async () => {
    const r = await cli(['eval', '--gold', drafts, '--records', join(out, 'records.jsonl'), '--input', inp, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    for (const t of ['people', 'organisations', 'dates', 'pledges']) expect([t, s[t].f1, s[t].fp, s[t].fn]).toEqual([t, 1, 0, 0]);
    expect(s.people.tp + s.organisations.tp + s.dates.tp).toBeGreaterThanOrEqual(3);
    expect(s.pledgeActorAccuracy.accuracy).toBe(1);
  });

  it('keeps existing gold files unless --force, and says which', async () => {
    const f = join(drafts, 'release.json');
    const corrected = { ...json(f), people: [] };
    writeFileSync(f, JSON.stringify(corrected));
    const kept = await cli(['gold', 'draft', inp, '--out', drafts]);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toContain('0 drafts written');
    expect(kept.stderr).toMatch(/kept.*release\.json/);
    expect(json(f).people).toEqual([]);
    const forced = await cli(['gold', 'draft', inp, '--out', drafts, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('1 draft written');
    expect(json(f).people.length).toBeGreaterThan(0);
  });

  it('does not read its own drafts directory as input', async () => {
    const nested = join(inp, 'drafts');
    expect((await cli(['gold', 'draft', inp, '--out', nested])).status).toBe(0);
    const again = await cli(['gold', 'draft', inp, '--out', nested]);
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(nested)).toEqual(['release.json']);
  });

  it('answers a missing input or a missing --out with exit 2 and a clear message', async () => {
    const missing = await cli(['gold', 'draft', join(dir, 'nope.txt'), '--out', join(dir, 'x')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
    expect(missing.stderr).toContain('nope.txt');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'x'))).toBe(false);
    expect((await cli(['gold', 'draft', inp])).status).toBe(2);
  });

  it('--help says the drafts are for a person to correct', async () => {
    const h = await cli(['gold', 'draft', '--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('--out');
    expect(h.stdout).toContain('--force');
    expect(h.stdout).toMatch(/person must correct/);
  });
});

describe('goldDraft (pure)', () => {
  it('drafts of the corpus records score 100% against themselves', async () => {
    const texts = await articleTexts(['corpus']);
    const docs = [...texts].filter(([id]) => existsSync(join('corpus', 'gold', `${id}.json`))).map(([id, text]) => {
      const record = extract(text, { id });
      const draft = goldDraft(record);
      expect(validateGold(draft), id).toEqual([]);
      return scoreDoc(draft, record, text);
    });
    expect(docs.length).toBeGreaterThanOrEqual(10);
    const s = summarise(docs);
    for (const t of ['people', 'organisations', 'dates', 'pledges'] as const) expect([t, s[t].f1]).toEqual([t, 1]);
    expect(s.pledgeActorAccuracy.accuracy).toBe(1);
  });

  it('puts differing mention forms and aliases in also, never another entity’s name', () => {
    const m = (text: string) => ({ text, start: 0, end: text.length });
    const d = goldDraft({
      id: 'x', source: 'x.txt', title: null, published: '2020-01-02', warnings: [], pledges: [],
      dates: [{ text: 'May 2', value: '2020-05-02', start: 0, end: 5, mentions: [m('May 2')] }],
      people: [
        { name: 'Nguyen Manh Hung', titles: ['Minister'], mentions: [m('Nguyen Manh Hung'), m('Hung'), m('Mr. Hung'), m('hung')] },
        { name: 'Hung', titles: [], mentions: [m('Hung')] },
      ],
      organisations: [{ name: 'Ministry of Information and Communications', aliases: ['MIC', 'the Ministry of Information and Communications'], mentions: [m('MIC')] }],
    });
    expect(d.people[0]).toEqual({ name: 'Nguyen Manh Hung', also: ['Mr. Hung'], titles: ['Minister'] });
    expect(d.people[1]).toEqual({ name: 'Hung' });
    expect(d.organisations[0]).toEqual({ name: 'Ministry of Information and Communications', also: ['MIC'] });
    expect(d.dates).toEqual([{ value: '2020-05-02', text: 'May 2' }]);
    expect(validateGold(d)).toEqual([]);
  });
});

describe('gold files are checked against schemas/gold.schema.json', () => {
  it('every gold file in corpus/gold is valid', () => {
    const files = readdirSync('corpus/gold').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect([f, validateGold(json(join('corpus/gold', f)))]).toEqual([f, []]);
    expect(readGold('corpus/gold').length).toBe(files.length);
  });

  it('eval exits 2 naming the file and the field of a malformed gold file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-badgold-'));
    const gold = join(dir, 'gold');
    mkdirSync(gold);
    for (const f of readdirSync('corpus/gold')) copyFileSync(join('corpus/gold', f), join(gold, f));
    const victim = readdirSync(gold).find((f) => json(join(gold, f)).pledges.length)!;
    const g = json(join(gold, victim));
    g.pledges[0].actor = 'Vietnam';
    writeFileSync(join(gold, victim), JSON.stringify(g, null, 2));
    writeFileSync(join(dir, 'records.jsonl'), '');
    const r = await cli(['eval', '--gold', gold, '--records', join(dir, 'records.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(gold, victim)}: /pledges/0/actor: must be array`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');

    // Not JSON at all: the file is named too.
    writeFileSync(join(gold, 'zz-broken.json'), '{"id": "zz",');
    const r2 = await cli(['eval', '--gold', gold, '--records', join(dir, 'records.jsonl')]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain(`${join(gold, 'zz-broken.json')}: not JSON`);
    expect(r2.stderr).toContain('2 malformed gold files');
  });

  it('explains wrong date values and unknown fields in words', () => {
    const errors = validateGold({ id: 'x', people: [{ name: 'A', nmae: 'B' }], organisations: [], dates: [{ value: 'March 3' }], pledges: [{ text: 'T', actor: [] }] });
    expect(errors).toEqual([
      '/people/0: unknown field "nmae"',
      expect.stringMatching(/^\/dates\/0\/value: must be a date value \(.*2019-06-03.*\), not "March 3"$/),
      '/pledges/0/actor: must NOT have fewer than 1 items',
    ]);
  });
});
