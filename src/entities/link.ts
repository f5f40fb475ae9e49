/**
 * Cross-article entity linking, as a stream: `add` takes one record at a time and keeps only per-name
 * state (groups), never the records; `finish` joins groups into entities by the rules below and gives
 * each a stable id. The result depends only on the set of records, not on their order: groups are
 * aggregated into maps and sets, and every rule runs over them in sorted order.
 *
 * A group holds the mentions of one name under one key: a person's folded full name with their country,
 * or an organisation's name without its country qualifier with the country. Rules then join groups:
 * - same-name: a group with no country joins the one group of the same name that has one (persons with
 *   two or more name words; a one-word name, or an unqualified body such as "Ministry of Health" with no
 *   country, stays in its article);
 * - alias (organisations): two groups whose articles give a common full-name form (name or alias);
 * - misspelling (persons): one differing word, close by Jaro-Winkler and one edit, the same country
 *   and a title in common;
 * - acronym (organisations): an acronym-only group joins the one organisation an article names with
 *   that acronym, else the one whose initials it is; never when two organisations could be meant.
 * Joining never puts two different countries into one entity.
 */
import { createHash } from 'node:crypto';
import { fold } from '../stages/ingest/normalise.js';
import { damerauLevenshtein, jaroWinkler } from '../text/natural.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { entry } from '../util/maps.js';
import { acronymKey, initials, isAcronym, isUnqualifiedBody, orgName, personTokens, slug, titleKey } from './names.js';
import { entityRules, type EntityRules } from './rules.js';
import { plural } from '../util/plural.js';

export type EntityType = 'person' | 'organisation';
export type MergeRule = 'same-name' | 'country-variant' | 'alias' | 'misspelling' | 'acronym';

export interface Merge {
  rule: MergeRule;
  /** The forms the rule joined. */
  names: string[];
  /** The articles that gave them. */
  articles: string[];
  /** Why, in words. */
  evidence: string;
}

/** One line of entities.jsonl (schemas/entity.schema.json). */
export interface EntityLine {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  variants: string[];
  titles: { title: string; dates: string[]; articles: string[] }[];
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
  mentions: number;
  merges: Merge[];
}

interface Group {
  key: string;
  type: EntityType;
  country: string | null;
  /** Kept to its article (one-word person names, unqualified bodies without a country). */
  scoped: boolean;
  /** Person: folded name words. */
  tokens: string[];
  /** Organisation: set when every form is an acronym. */
  acronym: string | null;
  /** The entry's name per article: name -> article ids. */
  names: Map<string, Set<string>>;
  variants: Set<string>;
  titles: Map<string, Set<string>>;
  articles: Set<string>;
  mentions: number;
  /** Organisation: keys of its full-name forms (name and aliases, qualifier removed) -> a form and its articles. */
  longKeys: Map<string, { form: string; articles: Set<string> }>;
  /** Organisation: orgKey of each name with its qualifier (several = country variants of one name). */
  fullKeys: Set<string>;
  /** Organisation: acronyms its articles give it -> articles. */
  acronyms: Map<string, Set<string>>;
}

/** Published date of an article (YYYY-MM-DD, or as much of it as is given). */
export const articleDate = (published: string | null | undefined): string | null => published?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (xs: Iterable<string>) => [...xs].sort(cmp);

type PersonEntry = CommuniqueRecord['people'][number];
type OrgEntry = CommuniqueRecord['organisations'][number];

/** The key of the group a person entry belongs to. */
export function personGroupKey(p: PersonEntry, articleId: string): { key: string; tokens: string[]; country: string | null; scoped: boolean } {
  const tokens = personTokens(p.name);
  const country = p.country ?? null;
  // One name word is a short form or a mononym: nothing ties it to another article's.
  const scoped = tokens.length < 2;
  return { key: `p|${tokens.join(' ')}|${country ?? ''}${scoped ? `|@${articleId}` : ''}`, tokens, country, scoped };
}

/** The key of the group an organisation entry belongs to: its fullest form, without country qualifier, with the country. */
export function orgGroupKey(o: OrgEntry, articleId: string, rules: EntityRules) {
  const forms = [o.name, ...o.aliases];
  const long = forms.filter((f) => !isAcronym(f));
  if (!long.length) {
    const acronym = acronymKey(o.name) || o.name;
    const country = o.country ?? null;
    return { key: `o|acr:${acronym}|${country ?? ''}`, acronym, country, scoped: false, primary: o.name };
  }
  const primary = long.includes(o.name) ? o.name : [...long].sort((a, b) => b.length - a.length || cmp(a, b))[0];
  const n = orgName(primary, rules);
  const country = n.country ?? o.country ?? null;
  const scoped = !country && isUnqualifiedBody(n.key, rules);
  return { key: `o|${n.key}|${country ?? ''}${scoped ? `|@${articleId}` : ''}`, acronym: null, country, scoped, primary };
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  /** The smaller index becomes the root, so roots do not depend on the order of unions. */
  union(a: number, b: number) {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

export interface LinkResult {
  entities: EntityLine[];
  /** Entity id of a group key (personGroupKey / orgGroupKey). */
  entityOf: Map<string, string>;
  /** Entity ids by folded form (name, alias, mention), for names a pledge gives that its article does not list. */
  byForm: Map<string, Set<string>>;
  /** Entities by id. */
  byId: Map<string, EntityLine>;
}

export class Linker {
  private groups = new Map<string, Group>();
  private dates = new Map<string, string | null>();
  readonly rules: EntityRules;

  constructor(rules: EntityRules = entityRules()) {
    this.rules = rules;
  }

  private group(key: string, init: () => Omit<Group, 'names' | 'variants' | 'titles' | 'articles' | 'mentions' | 'longKeys' | 'fullKeys' | 'acronyms'>): Group {
    return entry(this.groups, key, () => ({ ...init(), names: new Map(), variants: new Set(), titles: new Map(), articles: new Set(), mentions: 0, longKeys: new Map(), fullKeys: new Set(), acronyms: new Map() }));
  }

  /** Adds one record's people and organisations. Only the groups they fall in are kept. */
  add(r: CommuniqueRecord): void {
    // Articles' dates: one short string per article, needed for first/last seen and titles' dates.
    this.dates.set(r.id, articleDate(r.published));
    for (const p of r.people) {
      const k = personGroupKey(p, r.id);
      const g = this.group(k.key, () => ({ key: k.key, type: 'person', country: k.country, scoped: k.scoped, tokens: k.tokens, acronym: null }));
      entry(g.names, p.name, () => new Set()).add(r.id);
      g.variants.add(p.name);
      for (const m of p.mentions) g.variants.add(m.text.replace(/\s+/g, ' ').trim());
      for (const t of p.titles) entry(g.titles, t, () => new Set()).add(r.id);
      g.articles.add(r.id);
      g.mentions += p.mentions.length;
    }
    for (const o of r.organisations) {
      const k = orgGroupKey(o, r.id, this.rules);
      const g = this.group(k.key, () => ({ key: k.key, type: 'organisation', country: k.country, scoped: k.scoped, tokens: [], acronym: k.acronym }));
      entry(g.names, k.primary, () => new Set()).add(r.id);
      for (const f of [o.name, ...o.aliases]) {
        g.variants.add(f);
        if (isAcronym(f)) entry(g.acronyms, acronymKey(f), () => new Set()).add(r.id);
        else {
          const n = orgName(f, this.rules);
          entry(g.longKeys, n.key, () => ({ form: f, articles: new Set() })).articles.add(r.id);
          if (f === k.primary) g.fullKeys.add(n.fullKey);
        }
      }
      for (const m of o.mentions) g.variants.add(m.text.replace(/\s+/g, ' ').trim());
      g.articles.add(r.id);
      g.mentions += o.mentions.length;
    }
  }

  /** Joins the groups into entities. */
  finish(): LinkResult {
    const rules = this.rules;
    const groups = [...this.groups.values()].sort((a, b) => cmp(a.key, b.key));
    const uf = new UnionFind(groups.length);
    const merges = new Map<number, Merge[]>(); // by group index of one side; gathered per entity at the end
    const countryOf = (i: number): string | null => compCountry.get(uf.find(i)) ?? null;
    const compCountry = new Map<number, string>();
    groups.forEach((g, i) => g.country && compCountry.set(i, g.country));
    const join = (a: number, b: number, m: Merge): boolean => {
      const [ra, rb] = [uf.find(a), uf.find(b)];
      if (ra === rb) return false;
      const [ca, cb] = [countryOf(a), countryOf(b)];
      if (ca && cb && ca !== cb) return false;
      uf.union(a, b);
      const c = ca ?? cb;
      if (c) compCountry.set(uf.find(a), c);
      entry(merges, a, () => []).push(m);
      return true;
    };
    const display = (g: Group) => bestName(g.names, g.type);
    const arts = (...gs: Group[]) => sorted(new Set(gs.flatMap((g) => [...g.articles])));

    // same-name and alias: groups that share a name key. A group without a country joins only when the
    // name has one country elsewhere (the same name in two countries is two entities).
    const byName = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.scoped) return;
      if (g.type === 'person') entry(byName, `p|${g.tokens.join(' ')}`, () => []).push(i);
      else if (g.acronym) entry(byName, `a|${g.acronym}`, () => []).push(i);
      else for (const k of g.longKeys.keys()) entry(byName, `o|${k}`, () => []).push(i);
    });
    for (const [nameKey, members] of [...byName].sort(([a], [b]) => cmp(a, b))) {
      if (members.length < 2) continue;
      const countries = new Set(members.map((i) => groups[i].country).filter(Boolean));
      const anchorOf = new Map<string, number>();
      for (const i of members) if (groups[i].country && !anchorOf.has(groups[i].country!)) anchorOf.set(groups[i].country!, i);
      for (const i of members) {
        const g = groups[i];
        const target = g.country ? anchorOf.get(g.country)! : countries.size === 1 ? [...anchorOf.values()][0] : countries.size === 0 ? members[0] : null;
        if (target === null || target === i) continue;
        const t = groups[target];
        const shared = nameKey.slice(2);
        const primaryShared = g.type === 'person' || g.acronym || (g.longKeys.has(shared) && t.longKeys.has(shared) && orgPrimaryKey(g) === shared && orgPrimaryKey(t) === shared);
        const where = (x: Group) => `${x.country ?? 'no country'} in ${plural(x.articles.size, 'article')}`;
        if (primaryShared) {
          join(target, i, { rule: 'same-name', names: sorted(new Set([display(t), display(g)])), articles: arts(t, g), evidence: `the same name; ${where(t)}, ${where(g)}` });
        } else {
          const fa = t.longKeys.get(shared)!;
          const fb = g.longKeys.get(shared)!;
          join(target, i, {
            rule: 'alias',
            names: sorted(new Set([display(t), display(g)])),
            articles: arts(t, g),
            evidence: `both named "${fa.form === fb.form ? fa.form : `${fa.form}" / "${fb.form}`}" (${sorted(new Set([...fa.articles, ...fb.articles])).join(', ')})`,
          });
        }
      }
    }

    // misspelling: persons whose names differ in one word, found through the name with that word left out.
    const { minJaroWinkler, maxEdits, minWordLength } = rules.misspelling;
    const titleKeys = groups.map((g) => new Set([...g.titles.keys()].map((t) => titleKey(t, rules)).filter(Boolean)));
    const buckets = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'person' || g.scoped || !g.country || g.tokens.length < 2) return;
      // The differing word must keep its first letter, so it is part of the bucket key (smaller buckets, fewer pairs).
      g.tokens.forEach((_, k) => entry(buckets, `${g.country}|${g.tokens.map((t, j) => (j === k ? `${t[0]}*` : t)).join(' ')}`, () => []).push(i));
    });
    const pairs: { a: number; b: number; score: number; evidence: string }[] = [];
    const seenPair = new Set<string>();
    for (const members of buckets.values()) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const [a, b] = [members[x], members[y]];
          if (seenPair.has(`${a},${b}`)) continue;
          seenPair.add(`${a},${b}`);
          const [ga, gb] = [groups[a], groups[b]];
          const k = ga.tokens.findIndex((t, j) => t !== gb.tokens[j]);
          const [wa, wb] = [ga.tokens[k], gb.tokens[k]];
          if (wa[0] !== wb[0] || wa.length < minWordLength || wb.length < minWordLength || damerauLevenshtein(wa, wb) > maxEdits) continue;
          const score = jaroWinkler(ga.tokens.join(' '), gb.tokens.join(' '));
          if (score < minJaroWinkler) continue;
          const common = sorted([...titleKeys[a]].filter((t) => titleKeys[b].has(t)));
          if (!common.length) continue;
          pairs.push({ a, b, score, evidence: `Jaro-Winkler ${score.toFixed(3)}; "${wa}" / "${wb}" one edit apart; both ${ga.country}; both titled "${common[0]}"` });
        }
      }
    }
    pairs.sort((p, q) => q.score - p.score || cmp(groups[p.a].key, groups[q.a].key) || cmp(groups[p.b].key, groups[q.b].key));
    for (const p of pairs) join(p.a, p.b, { rule: 'misspelling', names: sorted([display(groups[p.a]), display(groups[p.b])]), articles: arts(groups[p.a], groups[p.b]), evidence: p.evidence });

    // acronym: an acronym-only group joins the one organisation its articles (else its initials) name.
    const byAcronym = new Map<string, number[]>();
    const byInitials = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g.type !== 'organisation' || g.acronym || g.scoped) return;
      for (const a of g.acronyms.keys()) entry(byAcronym, a, () => []).push(i);
      for (const [k, { form }] of g.longKeys) for (const x of new Set([initials(form, rules), keyInitials(k)])) entry(byInitials, x, () => []).push(i);
    });
    groups.forEach((g, i) => {
      if (!g.acronym) return;
      for (const [how, index] of [['alias', byAcronym], ['initials', byInitials]] as const) {
        const cands = [...new Set((index.get(g.acronym) ?? []).filter((j) => !countryOf(i) || !countryOf(j) || countryOf(i) === countryOf(j)))];
        const roots = new Set(cands.map((j) => uf.find(j)));
        if (!roots.size) continue;
        if (roots.size === 1) {
          const j = cands.sort((p, q) => p - q)[0];
          const t = groups[j];
          const evidence =
            how === 'alias'
              ? `"${g.acronym}" names "${display(t)}" in ${sorted(t.acronyms.get(g.acronym) ?? []).join(', ')}`
              : `"${g.acronym}" is the initials of "${[...t.longKeys].find(([k, f]) => initials(f.form, rules) === g.acronym || keyInitials(k) === g.acronym)?.[1].form}"`;
          join(j, i, { rule: 'acronym', names: sorted([display(t), display(g)]), articles: arts(t, g), evidence });
        }
        break; // several candidates: ambiguous, left apart
      }
    });

    // Entities: one per component.
    const comps = new Map<number, number[]>();
    groups.forEach((_, i) => entry(comps, uf.find(i), () => []).push(i));
    const entities: { line: EntityLine; members: number[]; slugBase: string }[] = [];
    for (const [root, members] of comps) {
      const gs = members.map((i) => groups[i]);
      const type = gs[0].type;
      const names = new Map<string, Set<string>>();
      const titles = new Map<string, Set<string>>();
      const variants = new Set<string>();
      const articles = new Set<string>();
      let mentions = 0;
      for (const g of gs) {
        for (const [n, a] of g.names) for (const x of a) entry(names, n, () => new Set()).add(x);
        for (const [t, a] of g.titles) for (const x of a) entry(titles, t, () => new Set()).add(x);
        for (const v of g.variants) if (v) variants.add(v);
        for (const a of g.articles) articles.add(a);
        mentions += g.mentions;
      }
      const name = bestName(names, type);
      const dates = sorted(new Set([...articles].map((a) => this.dates.get(a)).filter((d): d is string => !!d)));
      const ms: Merge[] = [];
      for (const g of gs) {
        if (g.articles.size < 2) continue;
        const forms = sorted(g.names.keys());
        ms.push({
          rule: g.fullKeys.size > 1 ? 'country-variant' : 'same-name',
          names: forms,
          articles: sorted(g.articles),
          evidence: g.fullKeys.size > 1 ? `the same name with and without its country qualifier (${g.country})` : `the same name in ${g.articles.size} articles${g.country ? `, ${g.country}` : ''}`,
        });
      }
      for (const i of members) ms.push(...(merges.get(i) ?? []));
      ms.sort((a, b) => cmp(a.rule, b.rule) || cmp(a.names.join('\n'), b.names.join('\n')) || cmp(a.evidence, b.evidence));
      const line: EntityLine = {
        id: '',
        type,
        name,
        country: compCountry.get(root) ?? null,
        variants: sorted(variants),
        titles: [...titles]
          .map(([title, a]) => ({ title, dates: sorted(new Set([...a].map((x) => this.dates.get(x)).filter((d): d is string => !!d))), articles: sorted(a) }))
          .sort((p, q) => cmp(p.dates[0] ?? '~', q.dates[0] ?? '~') || cmp(p.title, q.title)),
        firstSeen: dates[0] ?? null,
        lastSeen: dates[dates.length - 1] ?? null,
        articles: sorted(articles),
        mentions,
        merges: ms,
      };
      entities.push({ line, members, slugBase: slug(name) || (type === 'person' ? 'person' : 'organisation') });
    }
    assignIds(entities);
    entities.sort((a, b) => cmp(a.line.id, b.line.id));
    const entityOf = new Map<string, string>();
    const byForm = new Map<string, Set<string>>();
    for (const e of entities) {
      for (const i of e.members) entityOf.set(groups[i].key, e.line.id);
      for (const v of e.line.variants) entry(byForm, fold(v), () => new Set()).add(e.line.id);
    }
    return { entities: entities.map((e) => e.line), entityOf, byForm, byId: new Map(entities.map((e) => [e.line.id, e.line])) };
  }
}

function orgPrimaryKey(g: Group): string {
  return g.key.split('|')[1];
}

/** Initials of a name key (no function words, no country qualifier): "ministry information communication" -> MIC. */
const keyInitials = (key: string) => key.split(' ').map((w) => w[0]?.toUpperCase() ?? '').join('');


/** The canonical name: the one most articles use; for organisations a full form over an acronym; then the longest. */
function bestName(names: Map<string, Set<string>>, type: EntityType): string {
  return [...names]
    .sort(([a, sa], [b, sb]) => (type === 'organisation' ? Number(isAcronym(a)) - Number(isAcronym(b)) : 0) || sb.size - sa.size || b.length - a.length || cmp(a, b))[0][0];
}

/**
 * Ids: the slug of the name; where two entities share it, the country is added, and where that is not
 * enough a short hash of the entity's earliest article (stable when later runs add articles).
 */
function assignIds(entities: { line: EntityLine; slugBase: string }[]): void {
  const bySlug = new Map<string, typeof entities>();
  for (const e of entities) entry(bySlug, `${e.line.type === 'person' ? 'p' : 'o'}|${e.slugBase}`, () => []).push(e);
  const taken = new Set<string>();
  const clash = new Map<string, number>();
  for (const e of entities) clash.set(e.slugBase, (clash.get(e.slugBase) ?? 0) + 1);
  for (const e of entities) {
    if (clash.get(e.slugBase) === 1) {
      e.line.id = e.slugBase;
      taken.add(e.line.id);
    }
  }
  const rest = entities.filter((e) => !e.line.id);
  const withCountry = (e: (typeof entities)[number]) => (e.line.country ? `${e.slugBase}-${slug(e.line.country)}` : e.slugBase);
  const counts = new Map<string, number>();
  for (const e of rest) counts.set(withCountry(e), (counts.get(withCountry(e)) ?? 0) + 1);
  for (const e of rest) {
    let id = withCountry(e);
    if (counts.get(id)! > 1 || taken.has(id)) id = `${id}-${createHash('sha1').update(`${e.line.type}|${e.line.articles[0]}|${e.line.name}`).digest('hex').slice(0, 6)}`;
    e.line.id = id;
    taken.add(id);
  }
  // Last resort (a hash clash, a slug equal to another's id): numbered in sorted order, still deterministic.
  const seen = new Map<string, number>();
  for (const e of [...entities].sort((a, b) => cmp(a.line.id, b.line.id) || cmp(a.line.articles.join(), b.line.articles.join()) || cmp(a.line.name, b.line.name))) {
    const n = (seen.get(e.line.id) ?? 0) + 1;
    seen.set(e.line.id, n);
    if (n > 1) e.line.id = `${e.line.id}-${n}`;
  }
}
