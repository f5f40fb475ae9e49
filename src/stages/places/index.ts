import type { CountryMention } from '../../doc/document.js';
import { compiled } from '../../pipeline/compiled.js';
import type { Country, PlacesResource } from '../../pipeline/resources.js';
import type { Stage } from '../../pipeline/stage.js';
import { wordsTagged } from '../../lexicon/english.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { tokenize } from '../../text/tokens.js';
import { findAmount } from '../pledges/amount.js';
import { worldData } from './world.js';

export interface PlaceIndex {
  /** Any name, alias or demonym (exact case) -> country name. */
  countryOf: Map<string, string>;
  /** The same forms as a token matcher. */
  countries: PhraseMatcher<string>;
  /** Names and aliases, not demonyms: the forms that name a country as a noun ("Viet Nam", not "Vietnamese"). */
  nounForms: Set<string>;
  /** Country forms, longest first. */
  countryForms: string[];
  /** Lower-cased one-word place names (countries included): never people. */
  placeWords: Set<string>;
  /** Place names of any length (exact case): countries, capitals, cities and regions. */
  places: PhraseMatcher<true>;
  /** Capitalised codes that are never organisations: ISO country codes, currency codes. */
  codes: Set<string>;
  /** A capital city, as written or in capitals -> its country as countryOf names it ("N'Djamena" -> "Chad"). */
  capitalOf: Map<string, string>;
}

const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * Countries of the world (world-countries) under the names places.json prefers: an entry of places.json
 * that shares a form with a world-countries country renames it and adds its forms.
 */
function mergedCountries(own: Country[]): Country[] {
  const byForm = new Map<string, Country>();
  const out: Country[] = [];
  for (const c of own) {
    const copy = { name: c.name, aliases: [...c.aliases], demonyms: [...c.demonyms] };
    out.push(copy);
    for (const f of [c.name, ...c.aliases]) byForm.set(f, copy);
  }
  for (const w of worldData().countries) {
    const mine = [w.name, ...w.aliases].map((f) => byForm.get(f)).find(Boolean);
    if (mine) {
      for (const f of [w.name, ...w.aliases]) if (f !== mine.name && !mine.aliases.includes(f)) mine.aliases.push(f);
      for (const d of w.demonyms) if (!mine.demonyms.includes(d)) mine.demonyms.push(d);
    } else out.push(w);
  }
  return out;
}

export function placeIndex(res: PlacesResource): PlaceIndex {
  return compiled(res, 'index', (r) => {
    const countryOf = new Map<string, string>();
    const nounForms = new Set<string>();
    // places.json's own countries come first, so their forms keep their meaning ("Korea", "Lao").
    for (const c of mergedCountries(r.countries)) {
      for (const f of [c.name, ...c.aliases, ...c.demonyms]) if (!countryOf.has(f)) countryOf.set(f, c.name);
      for (const f of [c.name, ...c.aliases]) if (countryOf.get(f) === c.name) nounForms.add(f);
    }
    const countries = new PhraseMatcher<string>();
    for (const [f, c] of countryOf) countries.add(f, c);
    const countryForms = [...countryOf.keys()].sort((a, b) => b.length - a.length);
    const world = worldData();
    const placeNames = [...countryOf.keys(), ...r.places, ...world.capitals, ...world.regions, ...wordsTagged('City', 'Region', 'Country').map(titleCase)];
    const placeWords = new Set<string>();
    const places = new PhraseMatcher<true>();
    for (const f of placeNames) {
      places.add(f, true);
      if (tokenize(f).length === 1) placeWords.add(f.toLowerCase());
    }
    const capitalOf = new Map<string, string>();
    for (const [city, country] of world.capitalOf) {
      const named = countryOf.get(country) ?? country;
      capitalOf.set(city, named);
      capitalOf.set(city.toUpperCase(), named);
    }
    return { countryOf, nounForms, countries, countryForms, placeWords, places, codes: world.codes, capitalOf };
  });
}

/**
 * A country qualifier at the end of a name: "... of (the) COUNTRY" or "... in COUNTRY"; returns the country
 * and where the qualifier starts in `name`, or null.
 */
export function tailCountry(name: string, idx: PlaceIndex): { country: string; at: number } | null {
  const toks = tokenize(name);
  for (let k = Math.max(1, toks.length - 6); k < toks.length; k++) {
    const m = idx.countries.matchAt(name, toks, k);
    if (!m || m.j !== toks.length) continue;
    let p = k - 1;
    if ((toks[p].text === 'the' || toks[p].text === 'The') && p > 0) p--;
    if (toks[p].text === 'of' || toks[p].text === 'in') return { country: m.value, at: toks[p].start };
  }
  return null;
}

/** How far before a country's name an amount that holds it may start ("12,500,000.50 US dollars"). */
const AMOUNT_REACH = 30;

/** Is the span inside the written amount around it ("12 million US dollars", not "a Japanese yen loan")? */
function insideAmount(text: string, span: { start: number; end: number }): boolean {
  const from = Math.max(0, span.start - AMOUNT_REACH);
  const amount = findAmount(text.slice(from, span.end + 20));
  return !!amount && from + amount.index <= span.start && from + amount.index + amount.text.length >= span.end;
}

/** Stage: country names, aliases and adjectives ("Vietnam", "Lao PDR", "Cambodian"), each tied to its country. */
export const places: Stage = {
  name: 'places',
  run(doc, res) {
    const idx = placeIndex(res.places);
    const out: CountryMention[] = [];
    for (const s of doc.sentences) {
      // "US" and "Lao" are countries only in capitals as written: the matcher is case-sensitive.
      const toks = doc.tokens(s);
      for (const m of idx.countries.findAll(doc.text, toks)) {
        // "US$", "12 million US dollars": a country's name inside an amount of its money is no mention of the country.
        if (doc.text[m.end] !== '$' && !insideAmount(doc.text, m)) out.push({ start: m.start, end: m.end, country: m.value });
      }
      // "the Vietnam-Japan Joint Committee": each part of a hyphenated compound may be a country.
      for (const t of toks) {
        if (!t.text.includes('-') || idx.countryOf.has(t.text)) continue;
        let at = t.start;
        for (const part of t.text.split('-')) {
          const c = idx.countryOf.get(part);
          if (c) out.push({ start: at, end: at + part.length, country: c });
          at += part.length + 1;
        }
      }
    }
    doc.countries = out.sort((a, b) => a.start - b.start);
  },
};
