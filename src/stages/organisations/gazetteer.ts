import type { GazetteerEntry } from '../../pipeline/resources.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { tailCountry, type PlaceIndex } from '../places/index.js';
import { orgKey } from './keys.js';
import { tokenize } from '../../text/tokens.js';
import { withoutBrackets } from '../../text/trim.js';
import { isCommonWord, isGivenName } from '../../lexicon/english.js';

export interface GazetteerHit {
  entry: GazetteerEntry;
  /** The form matched is one of the entry's acronyms. */
  acronym: boolean;
  /** Every word of the form is an ordinary word ("Foreign Affairs", "Financial Times"). */
  plain: boolean;
}

export interface Gazetteer {
  /** Every name, variant and acronym as written, as one token trie. */
  matcher: PhraseMatcher<GazetteerHit>;
  /** orgKey of a name/variant (with the entry's country) -> entry. */
  byKey: Map<string, GazetteerEntry>;
  /** Acronym as written -> entry (ambiguous acronyms left out). */
  byAcronym: Map<string, GazetteerEntry>;
  /** Agencies' acronyms that spell ordinary words ("MAP"), taken only on a credit line. */
  creditAcronyms: Set<string>;
  /** An entry's name -> its kind ("un", "bank", "ngo", ...). */
  kindOf: Map<string, string>;
}

const COMPASS = new Set(['East', 'West', 'North', 'South', 'Central', 'Northern', 'Southern', 'Eastern', 'Western']);

/** Compiles gazetteer entries: forms matched as written (first entry wins a shared form), names also indexed by orgKey. */
export function buildGazetteer(entries: GazetteerEntry[], places: PlaceIndex, synonyms?: Map<string, string>): Gazetteer {
  const matcher = new PhraseMatcher<GazetteerHit>();
  const byKey = new Map<string, GazetteerEntry>();
  const byAcronym = new Map<string, GazetteerEntry>();
  const creditAcronyms = new Set<string>();
  const kindOf = new Map<string, string>();
  for (const listed of entries) {
    if (listed.kind && !kindOf.has(listed.name)) kindOf.set(listed.name, listed.kind);
    for (const a of listed.ambiguousAcronyms ?? []) creditAcronyms.add(a);
    // A one-word name that needs a media context ("Kabar", the Saba News Agency's "Saba") is read where a filing agency
    // stands, like those acronyms.
    if (listed.needsMediaContext) for (const n of [listed.name, ...listed.variants]) if (!/\s/.test(n)) creditAcronyms.add(n);
    // The lists name countries as their sources do ("South Korea", "Ivory Coast"): under the places index's
    // own name, a body's country compares equal to the country found in text.
    const country = listed.country && places.countryOf.get(listed.country);
    const e = country && country !== listed.country ? { ...listed, country } : listed;
    for (const a of e.acronyms) {
      matcher.add(a, { entry: e, acronym: true, plain: false });
      if (!e.ambiguous && !byAcronym.has(a)) byAcronym.set(a, e);
    }
    for (const form of [e.name, ...e.variants]) {
      const n = matchForm(form);
      // One ordinary word ("Dawn", "Mint", "Time") names an outlet only with a media noun after it, which the
      // media rule reads; a name that needs that context (needsMediaContext) is never matched alone.
      if (!n || (!/\s/.test(n) && (isCommonWord(n) || isGivenName(n) || e.needsMediaContext))) continue;
      // A list of countries ("Cambodia, Laos, Myanmar and Vietnam") names the countries, not a grouping.
      if (tokenize(n).every((t) => places.countryOf.has(t.text) || !/^\p{Lu}/u.test(t.text))) continue;
      // "The East African" without its article is an adjective ("Foreign Affairs and East African Cooperation").
      if (/\s/.test(n) && n !== form.trim() && /^The\s/.test(form) && n.split(' ').every((w) => COMPASS.has(w) || places.countryOf.has(w) || /(?:an|ese|ish)$/.test(w))) continue;
      matcher.add(n, { entry: e, acronym: false, plain: tokenize(n).every((t) => !/^\p{L}/u.test(t.text) || isCommonWord(t.text)) });
      const k = `${orgKey(n, synonyms)}|${e.country ?? ''}`;
      if (!byKey.has(k)) byKey.set(k, e);
      // A form carrying its country ("... of Vietnam") is also known by its bare form with the country.
      if (e.country) {
        const bare = `${orgKey(stripCountry(n, places).core, synonyms)}|${e.country}`;
        if (!byKey.has(bare)) byKey.set(bare, e);
      }
    }
  }
  return { matcher, byKey, byAcronym, creditAcronyms, kindOf };
}

/** A gazetteer form as text writes it: no disambiguating "(Kenya)", no leading "The". */
function matchForm(form: string): string {
  const f = form.trim().endsWith(')') ? withoutBrackets(form) : form;
  return f.replace(/^The\s+/, '').trim();
}

/** Splits a country qualifier off a name: "Lao Ministry of X" / "Vietnam's Ministry of X" / "Ministry of X of Laos". */
export function stripCountry(name: string, places: PlaceIndex): { core: string; country: string | null } {
  let core = name.replace(/^the\s+/i, '');
  let country: string | null = null;
  // The longest country form that opens the name and is followed by a space or a possessive.
  const words = core.split(' '); // core changes only when a country is found, which ends the loop
  for (let n = 4; n >= 1 && !country; n--) {
    if (words.length <= n) continue;
    let lead = words.slice(0, n).join(' ');
    const possessive = lead.endsWith("'s");
    if (possessive) lead = lead.slice(0, -2);
    const c = places.countryOf.get(lead);
    if (c) {
      country = c;
      core = words.slice(n).join(' ');
    }
  }
  const tail = tailCountry(core, places);
  if (tail) {
    country = country ?? tail.country;
    core = core.slice(0, tail.at).trimEnd();
  }
  return { core, country };
}
