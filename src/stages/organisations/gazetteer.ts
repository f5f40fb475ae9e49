import type { GazetteerEntry, OrganisationsResource } from '../../pipeline/resources.js';
import { escapeRegExp } from '../../text/regex.js';
import type { PlaceIndex } from '../places/index.js';
import { orgKey } from './keys.js';

export interface Gazetteer {
  /** Matches any acronym or any non-ministry name/variant as written. */
  phraseRe: RegExp;
  /** Exact surface -> entry. */
  bySurface: Map<string, GazetteerEntry>;
  /** orgKey of a name/variant (with the entry's country) -> entry. */
  byKey: Map<string, GazetteerEntry>;
  acronyms: Set<string>;
}

/** Compiles the gazetteer: names and acronyms matched as written, every form also indexed by orgKey. */
export function buildGazetteer(res: OrganisationsResource, places: PlaceIndex): Gazetteer {
  const bySurface = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry>();
  const acronyms = new Set<string>();
  for (const e of res.gazetteer) {
    for (const a of e.acronyms) {
      bySurface.set(a, e);
      acronyms.add(a);
    }
    for (const n of [e.name, ...e.variants]) {
      bySurface.set(n, e);
      byKey.set(`${orgKey(n)}|${e.country ?? ''}`, e);
      // A form carrying its country ("... of Vietnam") is also known by its bare form with the country.
      if (e.country) byKey.set(`${orgKey(stripCountry(n, places).core)}|${e.country}`, e);
    }
  }
  const forms = [...bySurface.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const phraseRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { phraseRe, bySurface, byKey, acronyms };
}

/** Splits a country qualifier off a name: "Lao Ministry of X" / "Vietnam's Ministry of X" / "Ministry of X of Laos". */
export function stripCountry(name: string, places: PlaceIndex): { core: string; country: string | null } {
  let core = name.replace(/^the\s+/i, '');
  let country: string | null = null;
  for (const f of places.countryForms) {
    if (core.startsWith(f + ' ') || core.startsWith(f + "'s ")) {
      country = places.countryOf.get(f)!;
      core = core.slice(core.indexOf(' ') + 1);
      break;
    }
  }
  const m = places.tailCountryRe.exec(core);
  if (m) {
    country = country ?? places.countryOf.get(m[1])!;
    core = core.slice(0, m.index);
  }
  return { core, country };
}
