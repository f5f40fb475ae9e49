import { compiled } from '../../pipeline/compiled.js';
import { fold } from '../ingest/normalise.js';
import type { Resources } from '../../pipeline/resources.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { trimEndChars } from '../../text/trim.js';
import { placeIndex, type PlaceIndex } from '../places/index.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { orgKey, synonymMap } from './keys.js';

/** The organisation rules of one pipeline, compiled once: word sets and phrase matchers. */
export interface OrgRules {
  places: PlaceIndex;
  gazetteer: Gazetteer;
  /** Words that end an organisation name ("... Agency"). */
  heads: Set<string>;
  /** Legal forms written in small letters ("plc", "inc.", "hf."), with and without their last stop. */
  smallForms: Set<string>;
  /** Words that start one and take an of-phrase ("Ministry of ..."). */
  headInitial: Set<string>;
  /** Multi-word heads ("Red Cross"): matched on tokens, the last token counts as the head. */
  multiHeads: PhraseMatcher<true>;
  /** Bodies named by their generic name alone ("Politburo", "National Assembly"). */
  standalone: PhraseMatcher<true>;
  /** Heads whose name may end in "in|to PLACE" ("Embassy in Vietnam", "Delegation ... to Laos"). */
  located: Set<string>;
  countryHeads: Set<string>;
  camelCaseSuffixes: string[];
  /** Endings of one-word names of state agencies and companies written as one compound ("Kazhydromet", "Turkmengaz"). */
  compoundSuffixes: string[];
  /** Words that name an agency with a place after them ("Enterprise Ireland"). */
  placeAgencies: Set<string>;
  /** The same words as a token matcher, for those of several words ("Global Affairs"). */
  placeAgencyPhrases: PhraseMatcher<true>;
  /** Nouns whose possessive belongs to a name ("People's"). */
  groupPossessives: Set<string>;
  /** Heads in the plural that name one body before a field ("Centers for Disease Control"). */
  pluralHeads: Set<string>;
  /** Legal forms written before a quoted company name ("SIA \"Vidzemes Koka\""). */
  formsBeforeName: Set<string>;
  /** Legal forms spelt out before a quoted name ('Open Joint Stock Company "X"'): their words, heads and marks. */
  spelledForms: { words: Set<string>; heads: Set<string>; marks: Set<string> };
  mediaNouns: PhraseMatcher<true>;
  creditCues: PhraseMatcher<true>;
  placeDescriptors: Set<string>;
  /** Words that end events, documents and programmes ("Summit", "Agreement"). */
  nonOrgHeads: PhraseMatcher<true>;
  /** Heads that after a country alone name another body's office there ("Bangladesh Office"). */
  countryOffices: Set<string>;
  /** Words that join the title after them rather than the name before it ("... State | Minister", "... Division | Director"). */
  titleModifiers: Set<string>;
  /** Kinds of body ("Board of Directors"): no name without a qualifier. */
  genericBodies: Set<string>;
  /** Lower-case nouns of kinds of body that, in apposition, make a name a body ("the grid operator"). */
  kindNouns: Set<string>;
  /** Lower-case nouns of things that an acronym in brackets right after them names ("the language test (EPS-TOPIK)"). */
  thingNouns: Set<string>;
  /** The same, in order, with their numbers of words. */
  genericBodyWords: { text: string; words: number }[];
  /** Heads that also name a field ("Minister of Public Administration"). */
  fieldHeads: Set<string>;
  /** Month and weekday names: never inside an organisation's name ("Ministry ... on March 18"). */
  calendarWords: Set<string>;
  notAcronyms: Set<string>;
  /** Person titles and honorifics: a name ends before them ("... Committee Chairman X"). */
  titles: Set<string>;
  openers: Set<string>;
  /** Honorifics of people.json, without their stops ("Dr", "Mr"). */
  honorifics: Set<string>;
  /** Abbreviated given names that open a person's name ("Md.", "Mohd."): a name ends before one. */
  nameAbbreviations: Set<string>;
  /** Letters after a person's name (people.json postNominals: "AO", "OBE"), some of them also legal forms ("AO"). */
  postNominals: Set<string>;
  /** Words a name may swap, mapped to one ("organisation" -> "association"), for orgKey. */
  synonyms: Map<string, string>;
  /** Company forms that close a name ("Ltd", "PLC", "AG", "Group"). */
  companyForms: Set<string>;
  /** A word of another language in a body's name, folded, -> the English word ("ministere" -> "ministry", "eau" -> "water"). */
  toEnglish: Map<string, string>;
  /** Head words as orgKey writes them. */
  headsFolded: Set<string>;
  /** Company and media words after a name, as orgKey writes them ("Group" -> "group"). */
  headWordsFolded: Set<string>;
  /** Titles that open a body named after a person ("King Saud University"). */
  eponymTitles: Set<string>;
  /** Surnames of the regional name shapes (people.json): a capitalised run starting with one is a person. */
  surnames: Set<string>;
  /** Endings that mark a word as a surname of the Slavic, Central Asian, Caucasian or Balkan shape ("Ismatov", "Beridze"). */
  surnameEnding: RegExp;
}

const CALENDAR = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

export function orgRules(res: Resources): OrgRules {
  return compiled(res.organisations, 'rules', (r) => {
    const places = placeIndex(res.places);
    const multiHeads = phrases(r.multiWordHeads);
    const standalone = phrases(r.standalone);
    const mediaNouns = phrases(r.mediaNouns);
    const creditCues = phrases(r.creditCues);
    const titles = new Set<string>(r.personTitles);
    for (const h of res.people.honorifics) titles.add(trimEndChars(h, ".'"));
    const surnames = new Set<string>();
    for (const shape of Object.values(res.people.nameShapes)) for (const s of shape.surnames) surnames.add(s);
    const synonyms = synonymMap(r.headSynonyms);
    const nonOrgHeads = phrases(r.nonOrgHeads);
    return {
      places,
      synonyms,
      gazetteer: buildGazetteer(res.gazetteer.organisations, places, synonyms),
      surnameEnding: new RegExp(`\\p{Ll}(?:${res.people.surnameEndings.join('|')})$`, 'u'),
      heads: new Set(r.heads),
      smallForms: new Set(r.heads.filter((h) => /^\p{Ll}/u.test(h)).flatMap((h) => [h, trimEndChars(h, '.')])),
      headInitial: new Set(r.headInitial),
      multiHeads,
      standalone,
      located: new Set(r.locatedHeads),
      countryHeads: new Set(r.countryHeads),
      camelCaseSuffixes: r.camelCaseSuffixes,
      compoundSuffixes: r.compoundSuffixes,
      placeAgencies: new Set(r.placeAgencies),
      placeAgencyPhrases: phrases(r.placeAgencies.filter((w) => /\s/.test(w))),
      groupPossessives: new Set(r.groupPossessives),
      pluralHeads: new Set(r.pluralHeads),
      formsBeforeName: new Set(r.formsBeforeName),
      spelledForms: { words: new Set(r.spelledForms.words), heads: new Set(r.spelledForms.heads), marks: new Set(r.spelledForms.marks) },
      mediaNouns,
      creditCues,
      placeDescriptors: new Set(r.placeDescriptors),
      fieldHeads: new Set(r.fieldHeads),
      nonOrgHeads,
      genericBodies: new Set(r.genericBodies),
      kindNouns: new Set(r.kindNouns),
      thingNouns: new Set(r.thingNouns),
      // ("Provincial Government of Albay": a government's owner is part of its name, not a body it belongs to.)
      genericBodyWords: [...new Set(r.genericBodies)].filter((g) => !g.endsWith(' Government')).map((g) => ({ text: g, words: g.split(' ').length })),
      countryOffices: new Set(r.countryOffices),
      titleModifiers: new Set([...res.people.titleModifiers, ...r.titleUnits]),
      calendarWords: new Set(CALENDAR),
      notAcronyms: new Set(r.notAcronyms),
      titles,
      eponymTitles: new Set(r.eponymTitles),
      openers: new Set(r.openers),
      honorifics: new Set(res.people.honorifics.map((h) => trimEndChars(h, ".'"))),
      nameAbbreviations: new Set(res.people.nameAbbreviations),
      postNominals: new Set(res.people.postNominals),
      surnames,
      companyForms: new Set([...r.brandSuffixes, 'PLC', 'Plc', 'LLC', 'Ltd', 'Limited', 'Inc', 'AG', 'GmbH', 'SA', 'NV', 'BV', 'SpA', 'Bhd', 'Pte', 'JSC', 'SAOG', 'ASA', 'AB', 'Oy', 'Oyj', 'KK'].filter((w) => /^\p{Lu}/u.test(w))),
      toEnglish: englishWords(r.headTranslations, r.fieldTranslations),
      headsFolded: new Set([...r.heads, ...r.headInitial].map((w) => orgKey(w)).filter((w) => w && !w.includes(' '))),
      // ("Kazinform" and "Kazinform News Agency": "news" closes an outlet's name with its head, as "newspaper" does alone.)
      headWordsFolded: new Set([...r.brandSuffixes, ...r.mediaNouns, 'news'].map((w) => orgKey(w)).filter(Boolean)),
    };
  });
}

/** The English word a word of another language in a body's name stands for ("Région" -> "region"), or null for an English word. */
export function englishOf(r: OrgRules, word: string): string | null {
  const en = r.toEnglish.get(fold(word));
  // ("Communications", "Industries" are English too, though the table lists them under "communication", "industry".)
  const lower = word.toLowerCase();
  return en && en !== lower && en !== lower.replace(/s$/, '') && en !== lower.replace(/ies$/, 'y') ? en : null;
}

/** The translation tables as one map from a folded foreign word to its English word. */
function englishWords(...tables: Record<string, string[]>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of tables) for (const [en, forms] of Object.entries(table)) for (const f of forms) if (!out.has(fold(f))) out.set(fold(f), en);
  return out;
}

/** A token matcher of phrases. */
function phrases(list: string[]): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const p of list) m.add(p, true);
  return m;
}
