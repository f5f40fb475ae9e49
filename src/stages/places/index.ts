import type { CountryMention } from '../../doc/document.js';
import { escapeRegExp } from '../../text/regex.js';
import { compiled } from '../../pipeline/compiled.js';
import type { PlacesResource } from '../../pipeline/resources.js';
import type { Stage } from '../../pipeline/stage.js';

export interface PlaceIndex {
  /** Any name, alias or demonym (exact case) -> country name. */
  countryOf: Map<string, string>;
  /** Matches any country form as a whole word. */
  countryRe: RegExp;
  /** Country forms, longest first. */
  countryForms: string[];
  /** A trailing country qualifier: " of (the) COUNTRY" / " in COUNTRY" at the end of a name. */
  tailCountryRe: RegExp;
  /** Lower-cased one-word place names (countries included): never people. */
  placeWords: Set<string>;
  /** Multi-word place names as word lists ("Phnom Penh"): their words are places only together. */
  placePhrases: string[][];
}

export function placeIndex(res: PlacesResource): PlaceIndex {
  return compiled(res, 'index', (r) => {
    const countryOf = new Map<string, string>();
    for (const c of r.countries) for (const f of [c.name, ...c.aliases, ...c.demonyms]) countryOf.set(f, c.name);
    const countryForms = [...countryOf.keys()].sort((a, b) => b.length - a.length);
    const forms = countryForms.map(escapeRegExp);
    const tailCountryRe = new RegExp(`(?<!\\s)\\s+(?:of|in)\\s+(?:the\\s+)?(${forms.join('|')})$`, 'u');
    const countryRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}$])`, 'gu');
    const placeWords = new Set<string>();
    const placePhrases: string[][] = [];
    for (const f of [...countryOf.keys(), ...r.places]) {
      const words = f.split(/\s+/);
      if (words.length === 1) placeWords.add(f.toLowerCase());
      else placePhrases.push(words);
    }
    return { countryOf, countryRe, countryForms, tailCountryRe, placeWords, placePhrases };
  });
}

/** Stage: country names, aliases and adjectives ("Vietnam", "Lao PDR", "Cambodian"), each tied to its country. */
export const places: Stage = {
  name: 'places',
  run(doc, res) {
    const idx = placeIndex(res.places);
    const out: CountryMention[] = [];
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      idx.countryRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = idx.countryRe.exec(text))) {
        // "US" and "Lao" are countries only in capitals as written; the regex is case-sensitive already.
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, country: idx.countryOf.get(m[0])! });
      }
    }
    doc.countries = out;
  },
};
