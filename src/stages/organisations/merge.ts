import type { OrgEntity, OrgMention } from '../../doc/document.js';
import { fold } from '../ingest/normalise.js';
import { lastBefore } from '../../text/spans.js';
import { entry } from '../../util/maps.js';
import { tokenize } from '../../text/tokens.js';
import { withoutBrackets } from '../../text/trim.js';
import { acronymShaped, standsFor } from './acronyms.js';
import { stripCountry } from './gazetteer.js';
import { orgKey } from './keys.js';
import { englishOf, type OrgRules } from './rules.js';

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
  const coreKey = key(core);
  for (const k of [`${key(spelt)}|`, `${coreKey}|${cn ?? ''}`, `${coreKey}|`]) {
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
  // Each distinct name's words and each distinct acronym's fitting names are worked out once.
  const names = new Map<string, { words: string[][]; at: OrgMention[] }>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.acronym) continue;
    entry(names, m.surface, () => ({ words: [coreWords(m, r), tokenize(m.surface).map((t) => t.text)], at: [] as OrgMention[] })).at.push(m);
  }
  const fitting = new Map<string, OrgMention[]>();
  const fitsOf = (acr: string) => {
    if (!fitting.has(acr)) {
      const fits = [...names.values()].filter((n) => n.words.some((w) => standsFor(acr, w))).flatMap((n) => n.at);
      fitting.set(acr, fits.sort((a, b) => a.start - b.start));
    }
    return fitting.get(acr)!;
  };
  // (A news agency's acronym names the agency only: "(APS)" is no "Algerian Petroleum Institute".)
  const agencies = new Set(mentions.filter((m) => m.agency).map((m) => m.surface));
  for (const m of mentions) {
    if (!m.acronym || !m.key.startsWith('acr:') || agencies.has(m.surface)) continue;
    const fits = fitsOf(m.surface);
    if (!fits.length) continue;
    const pick = lastBefore(fits, m.start) ?? fits[0];
    m.key = pick.key;
    m.country = m.country ?? pick.country;
  }
}

/** The forms each key is written in, acronyms left out. */
function surfacesByKey(mentions: OrgMention[]): Map<string, Set<string>> {
  const surfaces = new Map<string, Set<string>>();
  for (const m of mentions) if (!m.acronym) entry(surfaces, m.key, () => new Set<string>()).add(m.surface);
  return surfaces;
}

const SUBNATIONAL_GOVERNMENT = /^(?:the\s+)?(?:State|Provincial|Regional|Territorial|Island|County|City|Municipal)\s+Government$/i;
const NATIONAL_GOVERNMENT = /^(?:the\s+)?(?:Federal|National|Central|Union|Royal)\s+Government$/i;

/**
 * "The State Government will pay" after "the Government of Kerala", "the Federal Government" after "the Federal
 * Government of Nigeria": a government named by its level alone is the one of that level named last before it (a
 * state's, province's or region's: a government named with no country; a nation's: one named with its country).
 */
function genericGovernments(mentions: OrgMention[], r: OrgRules): void {
  let local: string | null = null;
  let national: string | null = null;
  // Whether a key names a government, worked out once per key.
  const governments = new Map<string, boolean>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.key === 'gov:null') {
      if (SUBNATIONAL_GOVERNMENT.test(m.surface) && local) m.key = local;
      else if (NATIONAL_GOVERNMENT.test(m.surface) && national) m.key = national;
      continue;
    }
    if (m.key.startsWith('gov:')) national = m.key;
    else if (m.key.startsWith('k:') && m.key.endsWith('|') && entry(governments, m.key, () => englishSet(m.surface, r).set.split(' ').includes('government'))) local = m.key;
  }
}

/** "GIZ Office", "JICA Cambodia Office": a name that ends in an office's head. */
const officeForm = (surface: string, r: OrgRules): boolean => r.countryOffices.has(surface.slice(surface.lastIndexOf(' ') + 1));

/** Heads of a body's part that sits somewhere (folded). */
const OFFICE_WORDS = new Set(['office', 'offices', 'bureau', 'mission', 'delegation', 'representation']);

/** Words of status that open a body's name and may be left out of its short form ("State", "National", "Federal"). */
const STATUS_WORDS = new Set(['state', 'national', 'federal', 'central', 'royal']);
/** A name key's words without the word of status it opens with (the same array when it has none). */
const withoutStatus = (words: string[]): string[] => (STATUS_WORDS.has(words[0]) ? words.slice(1) : words);

/** Small words left out when names of two languages are compared. */
const LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'del', 'la', 'le', 'les', 'l', 'd', 'da', 'do', 'dos', 'das', 'di', 'y', 'e', 'et', 'el', 'los', 'las', 'au', 'aux', 'en', 'para', 'pour', 'per', 'dan']);

/** A name's words in English as a set ("Ministère de l'Eau et de l'Énergie" -> energy ministry water), and whether any was translated. */
function englishSet(surface: string, r: OrgRules): { set: string; translated: boolean } {
  let translated = false;
  const words = new Set<string>();
  for (const w of fold(surface).split(/[^\p{L}]+/u)) {
    if (!w || LINKS.has(w)) continue;
    const en = r.toEnglish.get(w);
    if (en && en !== w) translated = true;
    words.add(en ?? w);
  }
  return { set: words.size >= 2 ? [...words].sort().join(' ') : '', translated };
}

/**
 * A body named in the issuer's language and in English in one article ("MINISTÈRE DE L'ÉNERGIE ET DE L'EAU" on the
 * letterhead, "the Ministry of Energy and Water" in the text): two names whose words are the same once the other
 * language's are put in English are one body, when no third name reads the same and their countries agree.
 */
function translationMerge(mentions: OrgMention[], surfaces: Map<string, Set<string>>, r: OrgRules): void {
  const byWords = new Map<string, { key: string; translated: boolean }[]>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.acronym || seen.has(m.key)) continue;
    seen.add(m.key);
    const forms = [...(surfaces.get(m.key) ?? [m.surface])];
    const longest = forms.reduce((a, b) => (b.length > a.length ? b : a));
    const { set, translated } = englishSet(longest, r);
    if (set) entry(byWords, set, () => []).push({ key: m.key, translated });
  }
  const rename = new Map<string, string>();
  for (const group of byWords.values()) {
    if (group.length !== 2 || !group.some((g) => g.translated)) continue;
    const [a, b] = group;
    if (otherCountries(a.key, b.key)) continue;
    rename.set(b.key, a.key);
  }
  if (rename.size) for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
}

/**
 * "Ministry of Marine Affairs and Fisheries (KKP)" in the text, "Kementerian Kelautan dan Perikanan" on the
 * letterhead: a name in the issuer's language (its head put in English) whose initials spell an acronym the
 * article ties to another name, and not that name's own initials, is that body.
 */
function initialsMerge(mentions: OrgMention[], surfaces: Map<string, Set<string>>, r: OrgRules): void {
  const initials = (s: string) => fold(s).split(/[^\p{L}]+/u).filter((w) => w && !LINKS.has(w)).map((w) => w[0]).join('').toUpperCase();
  const byAcronym = new Map<string, Set<string>>();
  for (const m of mentions) if (m.acronym) entry(byAcronym, m.surface, () => new Set<string>()).add(m.key);
  if (!byAcronym.size) return;
  const rename = new Map<string, string>();
  for (const [key, forms] of surfaces) {
    if ([...forms].every((f) => acronymShaped(f))) continue;
    const longest = [...forms].reduce((a, b) => (b.length > a.length ? b : a));
    if (!englishSet(longest, r).translated) continue;
    // ("Kementerian Pendidikan Tinggi Malaysia", "... Perikanan Republik Indonesia" for KPT, KKP: the initials
    // before the country's name, which the acronym leaves out.)
    // (Only a name in another language: an English variant's initials are its own.)
    const foreignName = longest.split(/\s+/).some((w) => englishOf(r, w) !== null);
    const owners = byAcronym.get(initials(longest)) ?? (foreignName ? byAcronym.get(initials(withoutCountry(longest, r))) : undefined);
    if (owners?.size !== 1) continue;
    const [owner] = owners;
    const ownName = [...(surfaces.get(owner) ?? [])].filter((f) => !acronymShaped(f));
    if (owner !== key && ownName.length && ownName.every((f) => initials(f) !== initials(longest))) rename.set(key, owner);
  }
  if (rename.size) for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
}

/** A name without the country (and "Republic"/"Republik" before it) it ends with ("Kementerian Kesehatan Republik Indonesia"). */
function withoutCountry(name: string, r: OrgRules): string {
  const words = name.split(/\s+/);
  let n = words.length;
  for (let k = Math.max(1, n - 3); k < n; k++) {
    if (r.places.countryOf.has(words.slice(k).join(' '))) {
      n = k;
      break;
    }
  }
  while (n > 1 && /^(?:Republi[ck]|Republica|République|Kingdom|Kerajaan|of|the)$/.test(words[n - 1])) n--;
  return words.slice(0, n).join(' ');
}

/**
 * "with the Secretariat" after "the Pacific Islands Forum Secretariat": a body named by its head word alone is the one
 * other body of the article whose name ends in that word (with two or more, it stays as written).
 */
function headAloneMerge(mentions: OrgMention[], r: OrgRules): void {
  const surfaces = surfacesByKey(mentions);
  const endingIn = new Map<string, Set<string>>();
  for (const [k, forms] of surfaces) {
    for (const f of forms) {
      const words = f.split(/\s+/);
      if (words.length >= 2) entry(endingIn, words[words.length - 1], () => new Set()).add(k);
    }
  }
  const rename = new Map<string, string>();
  for (const [k, forms] of surfaces) {
    const heads = [...forms].map((f) => f.replace(/^the\s+/i, ''));
    if (!heads.every((h) => h === heads[0] && !/\s/.test(h) && r.heads.has(h))) continue;
    const owners = [...(endingIn.get(heads[0]) ?? [])].filter((o) => o !== k);
    if (owners.length === 1) rename.set(k, owners[0]);
  }
  for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
}

/**
 * "the Health Ministry" after "the Ministry of Health", "the Foreign Ministry" after "the Secretariat of Foreign Affairs
 * and International Cooperation": a ministry named by its field before its head is the one body of the article whose
 * name opens with that head's kind and "of" the same field (with two or more, it stays as written).
 */
function fieldFirstMerge(mentions: OrgMention[]): void {
  const surfaces = surfacesByKey(mentions);
  const rename = new Map<string, string>();
  let looked = 0;
  for (const [k, forms] of surfaces) {
    const m = [...forms].map((f) => FIELD_FIRST.exec(f.replace(/^the\s+/i, ''))).find(Boolean);
    // (Each one reads every name of the article: a bounded number keeps a long list of ministries linear.)
    if (!m || ++looked > MAX_FIELD_FIRST) continue;
    const field = new RegExp(`^(?:the\\s+)?(?:Ministry|Department|Secretariat)\\s+of\\s+(?:the\\s+)?${m[1]}\\b`);
    const owners = [...surfaces].filter(([o, fs]) => o !== k && [...fs].some((f) => field.test(f))).map(([o]) => o);
    if (owners.length === 1) rename.set(k, owners[0]);
  }
  for (const x of mentions) x.key = rename.get(x.key) ?? x.key;
}
/** At most this many field-first names are looked up in one article. */
const MAX_FIELD_FIRST = 16;
/** "Health Ministry", "Foreign Ministry", "Finance Department": a field of one or two words before a ministry's head. */
const FIELD_FIRST = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:Ministry|Department)$/u;

/** A name key's country part ("k:ministry health|Laos" -> "Laos"; '' for none or a gazetteer key). */
const keyCountry = (k: string) => (k.startsWith('k:') ? k.slice(k.lastIndexOf('|') + 1) : '');
/** Do two keys name bodies of two different countries? */
const otherCountries = (a: string, b: string) => !!keyCountry(a) && !!keyCountry(b) && keyCountry(a) !== keyCountry(b);

/**
 * "Intergovernmental Commission" after "UAE-Kazakhstan Intergovernmental Commission", "City Council" after
 * "Dodoma City Council": a name that is another's closing words, the rest naming countries or places (or bodies by
 * their acronyms), is the same body.
 */
function suffixMerge(mentions: OrgMention[], r: OrgRules): void {
  const surfaces = surfacesByKey(mentions);
  // ("Bureau of Construction" after "TMG Bureau of Construction": or the acronym of another body the article names; not
  // "EAC Secretariat" written for the EAC itself.)
  const acronymKeys = new Map<string, Set<string>>();
  for (const m of mentions) if (m.acronym) entry(acronymKeys, m.surface, () => new Set<string>()).add(m.key);
  const acronymOfOther = (w: string, k: string) => acronymKeys.has(w) && !acronymKeys.get(w)!.has(k);
  const placeWord = (w: string) => w.split('-').every((p) => r.places.countryOf.has(p) || (/^\p{Lu}/u.test(p) && r.places.placeWords.has(p.toLowerCase())));
  // Every form's closing words after one or more leading country words, with the keys that have them (in order).
  const closing = new Map<string, string[]>();
  // Closing words reached through an acronym ("TMG | Bureau of Construction"): a bare form joins only when one body
  // has them ("TMG Bureau ..." and "OPG Bureau ..." leave "Bureau of Construction" alone).
  const viaAcronym = new Set<string>();
  for (const [k, forms] of surfaces) {
    for (const o of forms) {
      const ow = o.split(/\s+/);
      let acronym = false;
      for (let extra = 1; extra < ow.length && (placeWord(ow[extra - 1]) || acronymOfOther(ow[extra - 1], k)); extra++) {
        acronym ||= !placeWord(ow[extra - 1]);
        const rest = ow.slice(extra).join(' ').toLowerCase();
        const ks = entry(closing, rest, () => []);
        if (ks[ks.length - 1] !== k) ks.push(k);
        if (acronym) viaAcronym.add(rest);
      }
    }
  }
  const order = new Map([...surfaces.keys()].map((k, i) => [k, i]));
  const rename = new Map<string, string>();
  for (const [k, forms] of surfaces) {
    for (const f of forms) {
      // ("Ministry of Foreign Affairs" after "Norwegian Ministry of Foreign Affairs" is not the "Danish Ministry of ...".)
      const rest = f.split(/\s+/).join(' ').toLowerCase();
      const ks = (closing.get(rest) ?? []).filter((o) => o !== k && !otherCountries(o, k));
      if (ks.length > 1 && viaAcronym.has(rest)) continue;
      if (ks.length) rename.set(k, ks.reduce((a, b) => (order.get(b)! < order.get(a)! ? b : a)));
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
  // A name recurs in an article: its fold and key are worked out once.
  const folded = new Map<string, string>();
  const fold_ = (s: string) => entry(folded, s, () => fold(s));
  const orgKeys = new Map<string, string>();
  const orgKey_ = (s: string) => entry(orgKeys, s, () => orgKey(s));
  const byCore = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    if (!m.key.startsWith('k:')) continue;
    const core = m.key.slice(0, m.key.lastIndexOf('|'));
    entry(byCore, core, () => []).push(m);
  }
  // Walking each name in text order, an unqualified mention takes the nearest qualified one before it (else the first).
  for (const [core, ms] of byCore) {
    const bare = `${core}|`;
    ms.sort((x, y) => x.start - y.start);
    const first = ms.find((x) => x.key !== bare);
    if (!first) continue;
    let last: OrgMention | undefined;
    for (const x of ms) {
      if (x.key === bare) x.key = (last ?? first).key;
      last = x.key === bare ? last : x;
    }
  }
  // "the Ivorian Ministry" / "Lao Ministry": a country and a bare head word stand for the one body of that
  // country with that head ("Ministry of Agriculture ... of Côte d'Ivoire").
  const byHeadCountry = new Map<string, Set<string>>();
  for (const k of new Set(mentions.map((m) => m.key))) {
    const space = k.indexOf(' ');
    const bar = k.lastIndexOf('|');
    if (!k.startsWith('k:') || space < 0 || space > bar || bar === k.length - 1) continue;
    // ("Embassy Press Office" is an office: its first word is no head of the whole.)
    if (k.slice(space + 1, bar).split(' ').some((w) => r.headsFolded.has(w))) continue;
    const hc = `${k.slice(2, space)}|${k.slice(bar + 1)}`;
    entry(byHeadCountry, hc, () => new Set<string>()).add(k);
  }
  for (const m of mentions) {
    const bareHead = /^k:([\p{L}-]+)\|(.+)$/u.exec(m.key);
    const same = bareHead && byHeadCountry.get(`${bareHead[1]}|${bareHead[2]}`);
    if (same?.size === 1) m.key = [...same][0];
  }
  // "the Secretariat" after "Pacific Islands Forum Secretariat": a head word alone is the body named with it.
  // In text order, the last two distinct keys seen with each head word stand ready.
  const lastWith = new Map<string, string[]>();
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    const head = orgKey_(m.surface);
    if (!m.acronym && !/\s/.test(m.surface) && r.headsFolded.has(head)) {
      const seen = (lastWith.get(head) ?? []).filter((k) => k !== m.key);
      if (seen.length) m.key = seen[seen.length - 1];
    }
    if (!m.key.startsWith('k:')) continue;
    for (const w of new Set(m.key.slice(2, m.key.lastIndexOf('|')).split(' '))) {
      if (!r.headsFolded.has(w)) continue;
      const seen = (lastWith.get(w) ?? []).filter((k) => k !== m.key);
      lastWith.set(w, [...seen.slice(-1), m.key]);
    }
  }
  const keys = [...new Set(mentions.map((m) => m.key))];
  const surfaces = surfacesByKey(mentions);
  // A key's country part ("k:ministry health|Laos" -> "Laos"); a gazetteer's body's, the country its mentions carry.
  const listedCountry = new Map<string, string>();
  for (const m of mentions) if (m.key.startsWith('gz:') && m.country && !listedCountry.has(m.key)) listedCountry.set(m.key, m.country);
  const country = (x: string) => keyCountry(x) || (listedCountry.get(x) ?? '');
  const bare = (f: string) => fold_(f.replace(/^the\s+/i, ''));
  // A gazetteer's body is keyed by its listed name ("Abu Dhabi Fund" joins "gz:Abu Dhabi Fund for Development").
  const words = (k: string) => (k.startsWith('gz:') ? orgKey_(k.slice(3)) : k.slice(2, k.lastIndexOf('|'))).split(' ');
  // Each name's opening words, with the longer names (in order) that open with them.
  const longer = new Map<string, string[]>();
  for (const o of keys) {
    if (!o.startsWith('k:') && !o.startsWith('gz:')) continue;
    const ow = words(o);
    for (let n = 1; n < ow.length; n++) {
      const opening = ow.slice(0, n).join(' ');
      entry(longer, opening, () => []).push(o);
    }
    // ("Agency for Restoration" after "State Agency for Restoration and Development of ...": the opening words after a
    // leading word of status.)
    const afterStatus = withoutStatus(ow);
    if (afterStatus !== ow) for (let n = 1; n < afterStatus.length; n++) entry(longer, afterStatus.slice(0, n).join(' '), () => []).push(o);
  }
  // Each form "X in <place>" under X, with the keys written so (in order): one pass, not every pair of names.
  const keyOrder = new Map(keys.map((k, i) => [k, i]));
  const locatedAs = new Map<string, string[]>();
  for (const o of keys) {
    for (const f of surfaces.get(o) ?? []) {
      for (let at = f.indexOf(' in '); at > 0; at = f.indexOf(' in ', at + 1)) {
        if (!r.places.places.has(f.slice(at + 4))) continue;
        const ks = entry(locatedAs, f.slice(0, at), () => []);
        if (ks[ks.length - 1] !== o) ks.push(o);
      }
    }
  }
  const rename = new Map<string, string>();
  for (const k of keys) {
    if (!k.startsWith('k:')) continue;
    const w = words(k);
    // ("Ministry of Health" after "Ministry of Health and Mass Media of Sri Lanka": a name without a country is the one
    // longer name of a country that opens with it.)
    const opening = (longer.get(w.join(' ')) ?? []).filter((o) => o !== k);
    const onlyLonger = country(k) === '' && opening.length === 1;
    const target = opening.find((o) => {
      const ow0 = words(o);
      const ow = ow0[0] !== w[0] ? withoutStatus(ow0) : ow0;
      // (Without its word of status, only a longer field joins: "Security Council" is no part of the "National
      // Security Council Secretariat", nor "Police Service" of the "National Police Service Commission".)
      if (ow !== ow0 && ow.slice(w.length).some((x) => r.headsFolded.has(x))) return false;
      const [kc, oc] = [country(k), country(o)];
      if (kc !== oc && !(kc === '' && (onlyLonger || ow.slice(w.length).every((x) => r.headWordsFolded.has(x))))) return false;
      if (ow.length <= w.length || !w.every((x, i) => x === ow[i])) return false;
      // "Nepal Red Cross" / "... Society", "Viettel" / "... Group": the rest are company words or head words;
      // "Centre of Excellence" / "... for Drip Irrigation": a head-initial name and its longer field.
      // ("GIZ" / "GIZ Office", "UNDP" / "UNDP Mission": a body's office or mission is a part of it, not its name.)
      if (ow.slice(w.length).some((x) => OFFICE_WORDS.has(x))) return false;
      return ow.slice(w.length).every((x) => r.headWordsFolded.has(x) || r.headsFolded.has(x)) || (w.length >= 2 && r.headsFolded.has(w[0]));
    });
    // "Embassy of India" and "Embassy of India in Kathmandu": the longer name only says where the body sits.
    const located = target ? undefined : [...(surfaces.get(k) ?? [])].flatMap((sf) => locatedAs.get(sf) ?? []).filter((o) => o !== k).sort((x, y) => keyOrder.get(x)! - keyOrder.get(y)!)[0];
    if (target || located) rename.set(k, (target ?? located)!);
    if (target || located || (w.length < 2 && !country(k)) || !r.headsFolded.has(w[w.length - 1])) continue;
    // "Regional Council" after "Regional Council of Magallanes ...": a name that ends in its head word is the
    // one longer name in the article that only adds the head's complement ("of ...", "for ...").
    const shortForms = [...(surfaces.get(k) ?? [])].map(bare);
    const completes = (o: string) =>
      [...(surfaces.get(o) ?? [])].some((f) => {
        const lf = bare(f);
        return shortForms.some((sf) => lf.startsWith(`${sf} `) && /^(?:of|for)\s/.test(lf.slice(sf.length + 1)));
      });
    const completed = (longer.get(w.join(' ')) ?? []).filter((o) => o !== k && (country(k) === '' || country(k) === country(o)) && completes(o));
    if (completed.length === 1) rename.set(k, completed[0]);
  }
  // "Sarawak Energy Berhad" and "Sarawak Energy Group": one company's name with two different company words.
  const byStem = new Map<string, string>();
  for (const k of keys) {
    if (!k.startsWith('k:') || rename.has(k)) continue;
    const w = words(k);
    let n = w.length;
    while (n > 0 && r.headWordsFolded.has(w[n - 1])) n--;
    if (n === w.length || n < 2) continue;
    const stem = `${w.slice(0, n).join(' ')}|${country(k)}`;
    const first = byStem.get(stem);
    if (first) rename.set(k, first);
    else byStem.set(stem, k);
  }
  for (const m of mentions) m.key = rename.get(m.key) ?? m.key;
  suffixMerge(mentions, r);
  headAloneMerge(mentions, r);
  fieldFirstMerge(mentions);
  translationMerge(mentions, surfacesByKey(mentions), r);
  initialsMerge(mentions, surfacesByKey(mentions), r);
  genericGovernments(mentions, r);

  // A name with a word of another language ("Région Bretagne").
  const foreign = (f: string) => f.split(/\s+/).some((w) => englishOf(r, w) !== null);
  const groups = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    entry(groups, m.key, () => []).push(m);
  }
  const entities: OrgEntity[] = [];
  for (const [, ms] of groups) {
    // (A listed body's office is not its name: "GIZ" and "GIZ Office" are GIZ, named by its own forms.)
    const own = ms[0].key.startsWith('gz:') && ms.some((x) => !officeForm(x.surface, r)) ? ms.filter((x) => !officeForm(x.surface, r)) : ms;
    const full = own.filter((x) => !x.acronym && !x.brand);
    const pool = full.length ? full : own;
    // The longest form without brackets ("Islamic Development Bank", not "... (IsDB) Group"), else the longest.
    const plain = pool.filter((x) => !x.surface.includes('('));
    const named = plain.length ? plain : pool;
    // (A form in English before any in another language: "Brittany Region", not "Région Bretagne"; "African
    // Export-Import Bank", not the longer "Banque Africaine d'Import-Export" of the letterhead.)
    const english = named.filter((x) => !foreign(x.surface));
    const candidates = english.length ? english : named;
    const gzName = ms.find((x) => x.gazetteer)?.gazetteer;
    // (Only bracketed forms, "Deutsche Gesellschaft für ... (GIZ) GmbH": the gazetteer's name, when it has one.)
    const longest = candidates.reduce((best, x) => (x.surface.length > best.length ? x.surface : best), candidates[0].surface);
    const name = longest.includes('(') && gzName ? gzName : longest;
    const aliases = new Map<string, string>();
    for (const x of ms) if (fold_(x.surface) !== fold_(name)) aliases.set(fold_(x.surface), x.surface);
    if (gzName && fold_(gzName) !== fold_(name)) aliases.set(fold_(gzName), gzName);
    const country = ms.find((x) => x.country)?.country ?? null;
    const index = entities.length;
    for (const x of ms) x.entity = index;
    entities.push({ name, aliases: [...aliases.values()], country, mentions: ms.sort((a, b) => a.start - b.start) });
  }
  return entities;
}
