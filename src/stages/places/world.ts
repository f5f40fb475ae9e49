/**
 * Country names of the whole world from the `world-countries` package: common and official names, the
 * alternative spellings an English text may use, and demonyms. The project's places.json can name a
 * country differently (the record's country field) and add forms; everything else comes from here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from '../../pipeline/resources.js';
import { isCommonWord, isGivenName } from '../../lexicon/english.js';
import { withoutMarks } from '../ingest/normalise.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms: Record<string, { m: string; f: string }>;
  independent: boolean;
  cca2: string;
  cca3: string;
  capital: string[];
  currencies: Record<string, { name: string; symbol: string }>;
}

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}' .-]*$/u;

/**
 * An alternative spelling is kept when an English text could use it as the country's name: Latin script,
 * no comma-inverted catalogue form ("Congo, the Democratic Republic of the"), and, for a single word,
 * not an ordinary English word or a given name ("Island" for Iceland, "Dominique" for Dominica) and not
 * a bare ISO code (codes are kept only where places.json lists them, like UK or USA).
 */
function usableForm(s: string): boolean {
  if (!LATIN.test(s) || s.includes(',') || s.includes(' or ')) return false;
  if (/\s/.test(s)) return /^\p{Lu}/u.test(s);
  if (/^\p{Lu}+$/u.test(s)) return s.length >= 3; // UAE, USA, DRC; not the two-letter ISO codes
  return /^\p{Lu}\p{Ll}/u.test(s) && !isCommonWord(s) && !isGivenName(s);
}

export interface WorldData {
  countries: Country[];
  /** Capital cities. */
  capitals: string[];
  /** A capital city -> its country's common name ("N'Djamena" -> "Chad"). */
  capitalOf: Map<string, string>;
  /**
   * ISO 3166 alpha-3 country codes and ISO 4217 currency codes: capitals that are never organisations.
   * (Two-letter codes are left out: AU, the African Union, is also Australia's.)
   */
  codes: Set<string>;
  /** Every country's currencies (ISO 4217 code, symbol, English name), each code once. */
  currencies: { code: string; symbol: string; name: string }[];
  /**
   * Provinces, states and regions of every country (country-region-data) whose names are two words or more, as
   * written and without diacritics ("Thanh Hóa", "Thanh Hoa", "Eastern Cape"): the shape of a person's name, never
   * one. (One-word regions are left out: "Victoria", "Georgia" are also given names.)
   */
  regions: string[];
  /** The one-word provinces, states and regions of country-region-data ("Sindh", "Bavaria"), for a context that names a polity ("the Sindh government"). */
  oneWordRegions: Set<string>;
  /**
   * The states, district and territories of the United States (country-region-data), whose numeric dates put the
   * month first. Not "Georgia" (also a country that writes the day first), "New York" (the United Nations' seat, a
   * dateline of releases from everywhere), "Virginia" (a given name), "Virgin Islands" (the British ones write the day
   * first) or the postal areas of the armed forces.
   */
  usStates: string[];
}

let cached: WorldData | null = null;

/** Countries (independent ones first, so a shared demonym such as "American" names the state). */
export function worldData(): WorldData {
  if (cached) return cached;
  // Read, reduced and dropped: the package's JSON (translations of every name) is not kept in memory.
  const list = (JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[]).sort((a, b) => Number(b.independent) - Number(a.independent));
  const countries: Country[] = [];
  const capitals: string[] = [];
  const capitalOf = new Map<string, string>();
  const codes = new Set<string>();
  const currencies = new Map<string, { code: string; symbol: string; name: string }>();
  for (const c of list) {
    const forms = new Set<string>([c.name.official, ...c.altSpellings].filter((f) => f !== c.name.common && usableForm(f)));
    // "Saint Kitts and Nevis" is as often "St. Kitts and Nevis" or "St Kitts and Nevis".
    for (const f of [c.name.common, ...forms]) if (f.startsWith('Saint ')) for (const st of ['St. ', 'St ']) forms.add(st + f.slice(6));
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d && usableForm(d)) demonyms.add(d);
    countries.push({ name: c.name.common, aliases: [...forms], demonyms: [...demonyms] });
    capitals.push(...c.capital.filter((x) => LATIN.test(x)));
    for (const x of c.capital) if (LATIN.test(x) && !capitalOf.has(x)) capitalOf.set(x, c.name.common);
    codes.add(c.cca3);
    for (const [code, cur] of Object.entries(c.currencies ?? {})) {
      codes.add(code);
      if (!currencies.has(code)) currencies.set(code, { code, symbol: cur.symbol ?? '', name: cur.name ?? '' });
    }
  }
  cached = { countries, capitals, capitalOf, codes, currencies: [...currencies.values()], ...regionNames() };
  return cached;
}

interface RegionCountry {
  countryShortCode: string;
  regions: { name: string }[];
}

const NOT_US_SIGNS = new Set(['Georgia', 'New York', 'Virginia', 'Virgin Islands']);

function regionNames(): { regions: string[]; oneWordRegions: Set<string>; usStates: string[] } {
  const data = JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8')) as RegionCountry[];
  const out = new Set<string>();
  const oneWord = new Set<string>();
  const usStates: string[] = [];
  for (const c of data) {
    for (const { name } of c.regions) {
      if (c.countryShortCode === 'US' && /^[A-Za-z ]+$/.test(name) && !NOT_US_SIGNS.has(name) && !name.startsWith('Armed Forces') && !isGivenName(name)) usStates.push(name);
      if (LATIN.test(name) && /^\p{Lu}\p{Ll}+$/u.test(name)) oneWord.add(name);
      if (!LATIN.test(name) || !/\s/.test(name.trim()) || name.includes(',')) continue;
      out.add(name);
      out.add(withoutMarks(name));
    }
  }
  return { regions: [...out], oneWordRegions: oneWord, usStates };
}
