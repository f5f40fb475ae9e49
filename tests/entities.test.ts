import { describe, expect, it } from 'vitest';
import { Linker, type EntityLine } from '../src/entities/link.js';
import { schemaValidator } from '../src/pipeline/schemas.js';
import type { CommuniqueRecord } from '../src/types/record.gen.js';

// Synthetic records (no extraction): only what the linker reads. Names are made up, from several regions.
type P = { name: string; titles?: string[]; country?: string | null; short?: string };
type O = { name: string; aliases?: string[]; country?: string | null };
const mention = (text: string) => ({ text, start: 0, end: text.length });
function rec(id: string, published: string | null, people: P[] = [], orgs: O[] = []): CommuniqueRecord {
  return {
    id,
    source: `${id}.txt`,
    title: null,
    published,
    dates: [],
    people: people.map((p) => ({ name: p.name, titles: p.titles ?? [], country: p.country ?? null, mentions: [mention(p.name), ...(p.short ? [mention(p.short)] : [])] })),
    organisations: orgs.map((o) => ({ name: o.name, aliases: o.aliases ?? [], country: o.country ?? null, mentions: [mention(o.name)] })),
    pledges: [],
    warnings: [],
  };
}
function link(records: CommuniqueRecord[]): EntityLine[] {
  const l = new Linker();
  for (const r of records) l.add(r);
  return l.finish().entities;
}
const named = (es: EntityLine[], name: string) => es.filter((e) => e.variants.includes(name));

describe('entity linking', () => {
  it('keeps two people who share a surname (or a short form) apart, and joins one full name across articles', () => {
    const es = link([
      rec('a1', '2021-02-01', [{ name: 'Grace Mensah', titles: ['Minister of Trade'], country: 'Ghana', short: 'Mensah' }]),
      rec('a2', '2021-03-05', [{ name: 'Kofi Mensah', titles: ['Minister of Trade'], country: 'Ghana', short: 'Mensah' }]),
      rec('a3', '2021-04-09', [{ name: 'Grace Mensah', titles: ['Trade Minister'], country: 'Ghana' }]),
      rec('a4', '2021-05-01', [{ name: 'Mensah', titles: ['Minister'], country: 'Ghana' }]),
    ]);
    const grace = es.find((e) => e.name === 'Grace Mensah')!;
    const kofi = es.find((e) => e.name === 'Kofi Mensah')!;
    expect(grace.id).not.toBe(kofi.id);
    expect(grace.articles).toEqual(['a1', 'a3']);
    expect(grace.firstSeen).toBe('2021-02-01');
    expect(grace.lastSeen).toBe('2021-04-09');
    expect(grace.titles).toEqual([
      { title: 'Minister of Trade', dates: ['2021-02-01'], articles: ['a1'] },
      { title: 'Trade Minister', dates: ['2021-04-09'], articles: ['a3'] },
    ]);
    expect(grace.merges.map((m) => m.rule)).toEqual(['same-name']);
    expect(kofi.articles).toEqual(['a2']);
    // The bare surname of a4 could be either: it stays an entity of its own article.
    const bare = es.filter((e) => e.name === 'Mensah');
    expect(bare.map((e) => e.articles)).toEqual([['a4']]);
  });

  it('joins an organisation’s full name, its "of Country" and adjective variants and its acronym; another country’s body with the same acronym stays apart', () => {
    const es = link([
      rec('b1', '2022-01-10', [], [{ name: 'Ministry of Foreign Affairs of Ghana', aliases: ['MFA'], country: 'Ghana' }]),
      rec('b2', '2022-02-11', [], [{ name: 'Ghanaian Ministry of Foreign Affairs', country: 'Ghana' }]),
      rec('b3', '2022-03-12', [], [{ name: 'MFA', country: 'Ghana' }]),
      rec('b4', '2022-04-13', [], [{ name: 'Ministry of Foreign Affairs of Peru', aliases: ['MFA'], country: 'Peru' }]),
      rec('b5', '2022-05-14', [], [{ name: 'UNHCR' }]),
      rec('b6', '2022-06-15', [], [{ name: 'United Nations High Commissioner for Refugees', aliases: ['UNHCR'] }]),
    ]);
    const ghana = named(es, 'Ghanaian Ministry of Foreign Affairs');
    expect(ghana).toHaveLength(1);
    expect(ghana[0].country).toBe('Ghana');
    expect(ghana[0].articles).toEqual(['b1', 'b2', 'b3']);
    expect(ghana[0].variants).toEqual(expect.arrayContaining(['MFA', 'Ministry of Foreign Affairs of Ghana']));
    expect(ghana[0].merges.map((m) => m.rule).sort()).toEqual(['acronym', 'country-variant']);
    const peru = named(es, 'Ministry of Foreign Affairs of Peru');
    expect(peru).toHaveLength(1);
    expect(peru[0].id).not.toBe(ghana[0].id);
    expect(peru[0].articles).toEqual(['b4']);
    const unhcr = named(es, 'UNHCR');
    expect(unhcr).toHaveLength(1);
    expect(unhcr[0].name).toBe('United Nations High Commissioner for Refugees');
    expect(unhcr[0].articles).toEqual(['b5', 'b6']);
  });

  it('joins a misspelt name when the title and the country agree, and says why', () => {
    const es = link([
      rec('c1', '2023-01-01', [{ name: 'Amara Okonkwo', titles: ['Minister of Health'], country: 'Nigeria' }]),
      rec('c2', '2023-02-01', [{ name: 'Amara Okonkow', titles: ['Nigerian Minister of Health'], country: 'Nigeria' }]),
      rec('c3', '2023-03-01', [{ name: 'Amara Okonkwo', titles: ['Minister of Health'], country: 'Nigeria' }]),
    ]);
    expect(es).toHaveLength(1);
    expect(es[0].name).toBe('Amara Okonkwo');
    expect(es[0].variants).toEqual(['Amara Okonkow', 'Amara Okonkwo']);
    const m = es[0].merges.find((x) => x.rule === 'misspelling')!;
    expect(m.names).toEqual(['Amara Okonkow', 'Amara Okonkwo']);
    expect(m.evidence).toMatch(/Jaro-Winkler 0\.9\d+.*Nigeria.*minister of health/);
  });

  it('does not join a look-alike name without that evidence', () => {
    const base = rec('d1', '2023-01-01', [{ name: 'Amara Okonkwo', titles: ['Minister of Health'], country: 'Nigeria' }]);
    // No title in common, no country, another country, a deputy, a whole different word (one token, two edits).
    for (const other of [
      { name: 'Amara Okonkow', titles: ['Governor'], country: 'Nigeria' },
      { name: 'Amara Okonkow', titles: ['Minister of Health'], country: null },
      { name: 'Amara Okonkow', titles: ['Minister of Health'], country: 'Ghana' },
      { name: 'Amara Okonkow', titles: ['Deputy Minister of Health'], country: 'Nigeria' },
      { name: 'Amara Okafor', titles: ['Minister of Health'], country: 'Nigeria' },
    ]) {
      const es = link([base, rec('d2', '2023-02-01', [other])]);
      expect(es, JSON.stringify(other)).toHaveLength(2);
    }
  });

  it('keeps a body every country has ("National Assembly") with no country to its article, and gives same-named entities distinct ids', () => {
    const es = link([
      rec('e1', '2020-01-01', [], [{ name: 'National Assembly' }]),
      rec('e2', '2020-01-02', [], [{ name: 'National Assembly' }]),
      rec('e3', '2020-01-03', [], [{ name: 'National Assembly of Kenya', country: 'Kenya' }]),
    ]);
    const na = named(es, 'National Assembly');
    expect(na).toHaveLength(2);
    expect(new Set(es.map((e) => e.id)).size).toBe(3);
  });

  it('gives the same bytes whatever the order of the records, and every entity validates against the schema', () => {
    const recs = [
      rec('f1', '2019-05-01', [{ name: 'Lindiwe Dlamini', titles: ['Minister'], country: 'South Africa' }], [{ name: 'Department of Health', aliases: [], country: 'South Africa' }]),
      rec('f2', null, [{ name: 'Lindiwe Dlamini', titles: ['Minister of Finance'] }], [{ name: 'South African Department of Health' }, { name: 'DOH' }]),
      rec('f3', '2018-05-01', [{ name: 'Lindiwe Dlamini', titles: ['Minister'], country: 'South Africa' }]),
    ];
    const a = link(recs).map((e) => JSON.stringify(e));
    const b = link([...recs].reverse()).map((e) => JSON.stringify(e));
    const c = link([recs[1], recs[2], recs[0]]).map((e) => JSON.stringify(e));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const validate = schemaValidator('entity.schema.json');
    for (const e of link(recs)) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('English words: British spellings', () => {
  it('are ordinary words where their American spellings are', async () => {
    const { isCommonWord } = await import('../src/lexicon/english.js');
    expect(['Defence', 'Programme', 'Centre', 'Labour', 'Organisation', 'Licence'].every(isCommonWord)).toBe(true);
    expect(['Tigre', 'Andre', 'Skopje'].some(isCommonWord)).toBe(false);
  });
});
