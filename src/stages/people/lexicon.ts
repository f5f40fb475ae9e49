import { compiled } from '../../pipeline/compiled.js';
import type { Resources } from '../../pipeline/resources.js';
import { wordsTagged } from '../../lexicon/english.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { fold } from '../ingest/normalise.js';
import { placeIndex } from '../places/index.js';
import { trimEndChars } from '../../text/trim.js';
import { newFactTable } from '../../text/words.js';

/** Strips the dots and apostrophes that tokens do not carry ("Mr." -> "Mr", "Dato'" -> "Dato", "H.E." -> "H.E"). */
export const bare = (w: string) => trimEndChars(w, ".'’");

export interface PeopleLexicon {
  /** Words of office as written before a name ("Minister", "Secretary-General", "Lt"). */
  titles: Set<string>;
  /** One-word honorifics, without their dot. */
  honorifics: Set<string>;
  /** Honorifics of several words ("His Excellency", "The Hon", "Datuk Seri"). */
  multiHonorifics: PhraseMatcher<true>;
  /** Titles of several words ("Deputy Prime Minister", "State Councilor"). */
  multiTitles: PhraseMatcher<true>;
  /** Lower-case nouns of office that head an appositive ("X Y, a senior adviser to ..."). */
  roleNouns: Set<string>;
  /** Letters after a name that are not part of it ("MP", "OBE"). */
  postNominals: Set<string>;
  /** Labels before a credited name ("Reporter: X Y"). */
  bylines: PhraseMatcher<true>;
  /** The byline cues in small letters, for a line that holds nothing else ("Media contact:"). */
  bylineLines: Set<string>;
  /** Title words that only qualify the next one ("Deputy", "Foreign"). */
  titleModifiers: Set<string>;
  /** Short forms of names written with a stop ("Md."). */
  nameAbbreviations: Set<string>;
  /** Titles whose "of" names a place ("Mayor of Chernihiv"): one word after it, before a name of two, is the place. */
  placeTitles: Set<string>;
  /** Surnames written as initials after a given name ("Sabitri K.C."). */
  initialSurnames: Set<string>;
  /** Capitalised abbreviations that are no names or bodies ("ICT", "GDP"): not a surname in capitals either. */
  notAcronyms: Set<string>;
  /** Capitalised head nouns of organisation names ("Secretariat", "Ministry"): never the first word of a person's name. */
  orgHeads: Set<string>;
  /** Forms of address that are also names ("U", "Daw", "Khun"): honorifics only before a name of two words or more. */
  contextHonorifics: Set<string>;
  /** Short forms of ranks and titles ("Gen", "Lt", "PM"): titles when their stop follows, or written in capitals. */
  titleAbbreviations: Set<string>;
  /** Title abbreviations the list also gives without a stop ("Cllr", "Col"), as British usage writes them. */
  bareTitleAbbreviations: Set<string>;
  particles: Set<string>;
  /** Words that open places' names ("São Miguel", "Cabo Delgado"). */
  placeOpeners: Set<string>;
  /** Nouns after two places joined by a dash ('the Cao Lanh – An Huu expressway'). */
  routeNouns: Set<string>;
  suffixes: Set<string>;
  facilityHeads: Set<string>;
  speechVerbs: Set<string>;
  notNames: Set<string>;
  /** Folded surname -> shape name. */
  surnames: Map<string, string>;
  shapeCountry: Map<string, string | null>;
  shortForm: Map<string, 'first' | 'last' | 'none'>;
  places: ReturnType<typeof placeIndex>;
  /** Where detect.ts keeps its facts on words (Word.facts). */
  factTable: number;
  /** detect.ts's facts per word as written, remembered (bounded). */
  wordFlags: Map<string, number>;
  /** Word as written -> the shape whose surnames hold it folded, remembered (bounded). */
  surnameShapes: Map<string, string | undefined>;
}

export function peopleLexicon(res: Resources): PeopleLexicon {
  return compiled(res.people, 'lexicon', (p) => {
    const honorifics = new Set<string>();
    const multiHonorifics = new PhraseMatcher<true>();
    for (const h of p.honorifics) {
      if (/\s/.test(h.trim())) multiHonorifics.add(h, true);
      else honorifics.add(bare(h));
    }
    const surnames = new Map<string, string>();
    const shapeCountry = new Map<string, string | null>();
    const shortForm = new Map<string, 'first' | 'last' | 'none'>();
    for (const [shape, def] of Object.entries(p.nameShapes)) {
      shapeCountry.set(shape, def.country);
      shortForm.set(shape, def.shortForm ?? 'none');
      for (const s of def.surnames) if (!surnames.has(fold(s))) surnames.set(fold(s), shape);
    }
    const multiTitles = new PhraseMatcher<true>();
    for (const t of p.multiWordTitles) multiTitles.add(t, true);
    const bylines = new PhraseMatcher<true>();
    for (const b of p.bylineCues) bylines.add(b, true);
    const titles = new Set<string>(p.titleWords);
    // "Vice-Governor", "Deputy-Mayor": a hyphenated rank before any title word is a title too.
    for (const t of p.titleWords) if (/^\p{Lu}\p{Ll}+$/u.test(t)) for (const rank of ['Vice', 'Deputy']) titles.add(`${rank}-${t}`).add(`${rank}-${t.toLowerCase()}`);
    // compromise's Actor nouns (role nouns of the whole language: "coordinator", "bishop", "guest").
    const roleNouns = new Set<string>([...p.roleNouns.map((w) => w.toLowerCase()), ...wordsTagged('Actor').filter((w) => !w.includes(' '))]);
    return {
      titles,
      honorifics,
      multiHonorifics,
      multiTitles,
      roleNouns,
      titleAbbreviations: new Set(p.titleAbbreviations.map(bare)),
      bareTitleAbbreviations: new Set(p.titleAbbreviations.filter((w) => !w.endsWith('.'))),
      contextHonorifics: new Set(p.contextHonorifics),
      nameAbbreviations: new Set(p.nameAbbreviations),
      placeTitles: new Set(p.placeTitles),
      initialSurnames: new Set(p.initialSurnames),
      placeOpeners: new Set(p.placeOpeners),
      routeNouns: new Set(p.routeNouns),
      orgHeads: new Set([...res.organisations.heads, ...res.organisations.headInitial]),
      notAcronyms: new Set(res.organisations.notAcronyms),
      postNominals: new Set(p.postNominals.map(bare)),
      bylines,
      bylineLines: new Set(p.bylineCues.map((b) => b.toLowerCase())),
      titleModifiers: new Set(p.titleModifiers),
      // (Each word of a particle of several: "de los" is read a token at a time.)
      particles: new Set(p.nameParticles.flatMap((x) => x.split(' '))),
      suffixes: new Set(p.nameSuffixes.map(bare)),
      facilityHeads: new Set(p.facilityHeads),
      speechVerbs: new Set(p.speechVerbs),
      notNames: new Set(p.notNames),
      surnames,
      shapeCountry,
      shortForm,
      places: placeIndex(res.places),
      factTable: newFactTable(),
      wordFlags: new Map(),
      surnameShapes: new Map(),
    };
  });
}
