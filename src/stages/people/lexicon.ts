import { compiled } from '../../pipeline/compiled.js';
import type { Resources } from '../../pipeline/resources.js';
import { placeIndex } from '../places/index.js';
import { trimEndChars } from '../../text/trim.js';

/** Strips the dots and apostrophes that tokens do not carry ("Mr." -> "Mr", "Dato'" -> "Dato", "H.E." -> "H.E"). */
export const bare = (w: string) => trimEndChars(w, ".'’");

export interface PeopleLexicon {
  titles: Set<string>;
  /** One-word honorifics, and the first words of multi-word ones with their remaining words. */
  honorifics: Set<string>;
  multiHonorifics: string[][];
  notNames: Set<string>;
  /** Surname (folded to exact case) -> shape name. */
  surnames: Map<string, string>;
  shapeCountry: Map<string, string>;
  places: ReturnType<typeof placeIndex>;
}

export function peopleLexicon(res: Resources): PeopleLexicon {
  return compiled(res.people, 'lexicon', (p) => {
    const honorifics = new Set<string>();
    const multiHonorifics: string[][] = [];
    for (const h of p.honorifics) {
      const words = h.split(/\s+/).map(bare);
      if (words.length === 1) honorifics.add(words[0]);
      else multiHonorifics.push(words);
    }
    const surnames = new Map<string, string>();
    const shapeCountry = new Map<string, string>();
    for (const [shape, def] of Object.entries(p.nameShapes)) {
      shapeCountry.set(shape, def.country);
      for (const s of def.surnames) surnames.set(s, shape);
    }
    return {
      titles: new Set(p.titleWords),
      honorifics,
      multiHonorifics,
      notNames: new Set(p.notNames),
      surnames,
      shapeCountry,
      places: placeIndex(res.places),
    };
  });
}
