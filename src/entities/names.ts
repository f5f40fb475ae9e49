/**
 * Keys under which the names of one entity coincide across articles, and the small tests the linking
 * rules use (acronyms, initials, titles). Everything is folded (case, diacritics) so "Nguyễn" = "Nguyen".
 */
import { fold } from '../stages/ingest/normalise.js';
import { orgKey } from '../stages/organisations/keys.js';
import { stripCountry } from '../stages/organisations/gazetteer.js';
import { tailCountry } from '../stages/places/index.js';
import type { EntityRules } from './rules.js';

/** A person's name as folded words, without initials ("Wendy R. Sherman" -> wendy sherman); apostrophes and hyphens join ("O'Brien", "Dong-hyun"). */
export function personTokens(name: string): string[] {
  const words = fold(name)
    .replace(/['’-]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const full = words.filter((w) => w.length > 1);
  return full.length >= 2 ? full : words;
}

/** An acronym: one word, mostly capitals ("VNA", "VNPost", "AMEXCID", "U.N."), not an ordinary capitalised word ("Viettel", "LaoPost"). */
export function isAcronym(form: string): boolean {
  const s = form.trim();
  if (!s || /\s/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = s.replace(/[^\p{Lu}]/gu, '');
  return upper.length >= 2 && upper.length * 2 > letters.length;
}

/** An acronym compared: capitals and digits only ("U.N." = "UN", "VNPost" = "VNPOST"). */
export const acronymKey = (form: string) => fold(form).toUpperCase().replace(/[^A-Z0-9&]/g, '');

/** The initials of a name's words (hyphenated parts count as words), function words left out: "Asia-Pacific Telecommunity" -> APT. */
export function initials(name: string, rules: EntityRules): string {
  return fold(name)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && !rules.acronymStop.has(w))
    .map((w) => w[0].toUpperCase())
    .join('');
}

export interface OrgName {
  /** Key of the name without its country qualifier (orgKey: folded, singular, no function words). */
  key: string;
  /** The country the name itself gives ("Vietnamese ...", "... of Vietnam"), if any. */
  country: string | null;
  /** orgKey of the whole name, qualifier included: tells a country variant from a plain repeat. */
  fullKey: string;
}

export function orgName(name: string, rules: EntityRules): OrgName {
  const { core, country } = stripCountry(name.trim(), rules.places);
  const key = orgKey(core || name, rules.headSynonyms);
  return { key: key || orgKey(name, rules.headSynonyms), country, fullKey: orgKey(name, rules.headSynonyms) };
}

/** A name every country has its own of ("Ministry of Health", "National Assembly"): its first key word is an unqualified head. */
export function isUnqualifiedBody(key: string, rules: EntityRules): boolean {
  return rules.unqualified.has(key.split(' ')[0]);
}

/**
 * A title compared across articles: folded, without its country words ("Vietnamese Minister of Health",
 * "Minister of Health of Vietnam" -> "minister of health") and without courtesy words.
 */
export function titleKey(title: string, rules: EntityRules): string {
  let t = title.trim();
  const tail = tailCountry(t, rules.places);
  if (tail) t = t.slice(0, tail.at).trimEnd();
  const words = t.split(/\s+/).filter(Boolean);
  // Country forms opening the title ("Cambodian", "Lao", "Viet Nam's"), longest first.
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ').replace(/['’]s$/, '');
    if (rules.places.countryOf.has(lead)) {
      words.splice(0, n);
      break;
    }
  }
  return fold(words.join(' '))
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w && !rules.titleStop.has(w))
    .join(' ');
}

/** A slug for ids: lower case, letters and digits of any script, words joined by hyphens. */
export function slug(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .slice(0, 80)
    .split('-')
    .filter(Boolean)
    .join('-');
}
