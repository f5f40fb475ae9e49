import type { OrgEntity, OrgMention } from '../../doc/document.js';
import { fold } from '../ingest/normalise.js';
import { tokenize } from '../../text/tokens.js';
import { withoutBrackets } from '../../text/trim.js';
import { standsFor } from './acronyms.js';
import { stripCountry } from './gazetteer.js';
import { orgKey } from './keys.js';
import type { OrgRules } from './rules.js';

/** Key under which variants of one body coincide: the gazetteer entry, else the name without its country, with the country. */
export function nameKey(surface: string, country: string | null, r: OrgRules): { key: string; country: string | null; gazetteer?: string } {
  const bareName = surface.replace(/^the\s+/i, '');
  const direct = r.gazetteer.matcher.get(bareName);
  if (direct && (!direct.acronym || !direct.entry.ambiguous)) return { key: `gz:${direct.entry.name}`, country: direct.entry.country ?? country, gazetteer: direct.entry.name };
  // "European Union (EU) Delegation" and "EU Delegation": bracketed acronyms dropped, known ones spelt out.
  const spelt = withoutBrackets(bareName)
    .split(' ')
    .map((w) => r.gazetteer.byAcronym.get(w)?.name ?? w)
    .join(' ');
  // "IsDB Group": a known body with a company word after it is that body; so is its office in a country
  // ("Japan International Cooperation Agency (JICA) Cambodia Office", "KSrelief Pakistan Office").
  const words = spelt.split(' ');
  let n = words.length;
  while (n > 1 && r.headWordsFolded.has(orgKey(words[n - 1]))) n--;
  if (n === words.length && n > 2 && r.countryOffices.has(words[n - 1])) {
    n--;
    if (words[n - 1] === 'Country' || r.places.countryOf.has(words[n - 1])) n--;
  }
  if (n < words.length) {
    const known = r.gazetteer.matcher.get(words.slice(0, n).join(' '));
    if (known && !known.entry.ambiguous) return { key: `gz:${known.entry.name}`, country: known.entry.country ?? country, gazetteer: known.entry.name };
  }
  const { core, country: cc } = stripCountry(spelt, r.places);
  const cn = cc ?? country;
  const key = (x: string) => orgKey(x, r.synonyms);
  for (const k of [`${key(spelt)}|`, `${key(core)}|${cn ?? ''}`, `${key(core)}|`]) {
    const e = r.gazetteer.byKey.get(k);
    if (e && (!e.country || !cn || e.country === cn)) return { key: `gz:${e.name}`, country: e.country ?? cn, gazetteer: e.name };
  }
  if (/^(?:(?:Royal|Federal|National|Central|Union|State)\s+)?[Gg]overnment$/.test(core)) return { key: `gov:${cn}`, country: cn };
  return { key: `k:${key(core)}|${cn ?? ''}`, country: cn };
}

/** The words of a name without its country qualifier, for matching an acronym against it. */
function coreWords(m: OrgMention, r: OrgRules): string[] {
  return tokenize(stripCountry(m.surface, r.places).core).map((t) => t.text);
}

/**
 * Resolves undefined acronyms: one that spells a name of this article (MFA: Ministry of Foreign Affairs,
 * with or without its country) takes that name's key; the nearest such name before it wins.
 */
export function resolveAcronyms(mentions: OrgMention[], r: OrgRules): void {
  const named = mentions.filter((m) => !m.acronym);
  for (const m of mentions) {
    if (!m.acronym || !m.key.startsWith('acr:')) continue;
    const fits = named.filter((x) => standsFor(m.surface, coreWords(x, r)) || standsFor(m.surface, tokenize(x.surface).map((t) => t.text)));
    if (!fits.length) continue;
    const before = fits.filter((x) => x.start < m.start);
    const pick = before.length ? before[before.length - 1] : fits[0];
    m.key = pick.key;
    m.country = m.country ?? pick.country;
  }
}

/**
 * "Intergovernmental Commission" after "UAE-Kazakhstan Intergovernmental Commission": a name that is another's
 * closing words, the rest naming countries, is the same body.
 */
function suffixMerge(mentions: OrgMention[], r: OrgRules): void {
  const surfaces = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.acronym) continue;
    if (!surfaces.has(m.key)) surfaces.set(m.key, []);
    surfaces.get(m.key)!.push(m.surface);
  }
  const countryWord = (w: string) => w.split('-').every((p) => r.places.countryOf.has(p));
  const rename = new Map<string, string>();
  for (const [k, forms] of surfaces) {
    for (const f of forms) {
      const fw = f.split(/\s+/).map((w) => w.toLowerCase());
      const target = [...surfaces].find(([ok, ofs]) => ok !== k && ofs.some((o) => {
        const ow = o.split(/\s+/);
        const extra = ow.length - fw.length;
        return extra > 0 && ow.slice(extra).every((w, i) => w.toLowerCase() === fw[i]) && ow.slice(0, extra).every(countryWord);
      }));
      if (target) rename.set(k, target[0]);
    }
  }
  for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
}

/**
 * Groups mentions into entities. Besides equal keys: a name without a country joins the nearest
 * variant of the same name with one ("Ministry of Public Security" after "Vietnamese Ministry of Public
 * Security"), and a name that is another's opening words before head words joins it ("Viettel" and
 * "Viettel Group"). The entity is named by its longest non-acronym form.
 */
export function mergeOrganisations(mentions: OrgMention[], r: OrgRules): OrgEntity[] {
  const byCore = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    if (!m.key.startsWith('k:')) continue;
    const core = m.key.slice(0, m.key.lastIndexOf('|'));
    if (!byCore.has(core)) byCore.set(core, []);
    byCore.get(core)!.push(m);
  }
  for (const m of mentions) {
    if (!m.key.startsWith('k:') || !m.key.endsWith('|')) continue;
    const core = m.key.slice(0, -1);
    const qualified = (byCore.get(core) ?? []).filter((x) => x.key !== m.key);
    if (!qualified.length) continue;
    const before = qualified.filter((x) => x.start < m.start);
    m.key = (before.length ? before[before.length - 1] : qualified[0]).key;
  }
  // "the Ivorian Ministry" / "Lao Ministry": a country and a bare head word stand for the one body of that
  // country with that head ("Ministry of Agriculture ... of Côte d'Ivoire").
  for (const m of mentions) {
    const bareHead = /^k:([\p{L}-]+)\|(.+)$/u.exec(m.key);
    if (!bareHead) continue;
    const same = [...new Set(mentions.filter((x) => x.key !== m.key && x.key.startsWith(`k:${bareHead[1]} `) && x.key.endsWith(`|${bareHead[2]}`)).map((x) => x.key))];
    if (same.length === 1) m.key = same[0];
  }
  // "Viettel" / "Viettel Group": the shorter name is the longer one's opening words, the rest company or media
  // words, and no country tells them apart.
  // "the Secretariat" after "Pacific Islands Forum Secretariat": a head word alone is the body named with it.
  for (const m of mentions) {
    if (m.acronym || /\s/.test(m.surface) || !r.headsFolded.has(orgKey(m.surface))) continue;
    const head = orgKey(m.surface);
    const earlier = mentions.filter((x) => x.start < m.start && x !== m && x.key !== m.key && x.key.startsWith('k:') && x.key.slice(2, x.key.lastIndexOf('|')).split(' ').includes(head));
    if (earlier.length) m.key = earlier[earlier.length - 1].key;
  }
  const keys = [...new Set(mentions.map((m) => m.key))];
  const words = (k: string) => k.slice(2, k.lastIndexOf('|')).split(' ');
  const rename = new Map<string, string>();
  for (const k of keys) {
    if (!k.startsWith('k:')) continue;
    const w = words(k);
    const target = keys.find((o) => {
      if (o === k || !o.startsWith('k:')) return false;
      const ow = words(o);
      const [kc, oc] = [k, o].map((x) => x.slice(x.lastIndexOf('|') + 1));
      if (kc !== oc && !(kc === '' && ow.slice(w.length).every((x) => r.headWordsFolded.has(x)))) return false;
      if (ow.length <= w.length || !w.every((x, i) => x === ow[i])) return false;
      // "Nepal Red Cross" / "... Society", "Viettel" / "... Group": the rest are company words or head words;
      // "Centre of Excellence" / "... for Drip Irrigation": a head-initial name and its longer field.
      return ow.slice(w.length).every((x) => r.headWordsFolded.has(x) || r.headsFolded.has(x)) || (w.length >= 2 && r.headsFolded.has(w[0]));
    });
    if (target) rename.set(k, target);
  }
  for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
  suffixMerge(mentions, r);

  const groups = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    if (!groups.has(m.key)) groups.set(m.key, []);
    groups.get(m.key)!.push(m);
  }
  const entities: OrgEntity[] = [];
  for (const [, ms] of groups) {
    const full = ms.filter((x) => !x.acronym);
    const pool = full.length ? full : ms;
    // The longest form without brackets ("Islamic Development Bank", not "... (IsDB) Group"), else the longest.
    const plain = pool.filter((x) => !x.surface.includes('('));
    const named = plain.length ? plain : pool;
    const name = named.reduce((best, x) => (x.surface.length > best.length ? x.surface : best), named[0].surface);
    const aliases = new Map<string, string>();
    for (const x of ms) if (fold(x.surface) !== fold(name)) aliases.set(fold(x.surface), x.surface);
    const gzName = ms.find((x) => x.gazetteer)?.gazetteer;
    if (gzName && fold(gzName) !== fold(name)) aliases.set(fold(gzName), gzName);
    const country = ms.find((x) => x.country)?.country ?? null;
    const index = entities.length;
    for (const x of ms) x.entity = index;
    entities.push({ name, aliases: [...aliases.values()], country, mentions: ms.sort((a, b) => a.start - b.start) });
  }
  return entities;
}
