import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (holds pipeline/ and schemas/), found from this file in src/ or dist/. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

export interface PlacesResource {
  countries: Country[];
  places: string[];
}

export interface PeopleResource {
  titleWords: string[];
  honorifics: string[];
  nameShapes: Record<string, { country: string | null; surnames: string[]; minTokens: number; shortForm?: 'first' | 'last' | 'none' }>;
  notNames: string[];
  roleNouns: string[];
  nameParticles: string[];
  nameSuffixes: string[];
  surnameEndings: string[];
  facilityHeads: string[];
  speechVerbs: string[];
  titleAbbreviations: string[];
  postNominals: string[];
  bylineCues: string[];
  titleModifiers: string[];
  multiWordTitles: string[];
  honorificsNeedingContext: string[];
  contextHonorifics: string[];
  nameAbbreviations: string[];
  placeTitles: string[];
  initialSurnames: string[];
  /** Words that open places' names, not people's ("São", "Cabo", "Qasr"). */
  placeOpeners: string[];
  routeNouns: string[];
}

export interface GazetteerEntry {
  name: string;
  acronyms: string[];
  variants: string[];
  kind?: string;
  country?: string;
  /** An acronym shared by several bodies: matched, but never taken to name this one. */
  ambiguous?: boolean;
  /** A name that is also an ordinary word: an outlet only with a media noun after it ("Reforma newspaper"). */
  needsMediaContext?: boolean;
  /** Acronyms that are also ordinary words ("MAP"): never matched in running text, only where a credit stands. */
  ambiguousAcronyms?: string[];
}

/** Known organisations, from the files that pipeline definitions list under `gazetteer`. */
export interface GazetteerResource {
  organisations: GazetteerEntry[];
}

export interface OrganisationsResource {
  heads: string[];
  headInitial: string[];
  multiWordHeads: string[];
  standalone: string[];
  locatedHeads: string[];
  countryHeads: string[];
  camelCaseSuffixes: string[];
  compoundSuffixes: string[];
  placeAgencies: string[];
  groupPossessives: string[];
  pluralHeads: string[];
  headTranslations: Record<string, string[]>;
  /** Other words of public bodies' names (fields, qualifiers) and the same words in other languages. */
  fieldTranslations: Record<string, string[]>;
  formsBeforeName: string[];
  spelledForms: { words: string[]; heads: string[]; marks: string[] };
  mediaNouns: string[];
  creditCues: string[];
  placeDescriptors: string[];
  fieldHeads: string[];
  brandSuffixes: string[];
  headSynonyms: string[][];
  nonOrgHeads: string[];
  genericBodies: string[];
  kindNouns: string[];
  thingNouns: string[];
  countryOffices: string[];
  titleUnits: string[];
  notAcronyms: string[];
  personTitles: string[];
  eponymTitles: string[];
  openers: string[];
}

export interface PledgesResource {
  commitments: { pattern: string; lemma: string; kind?: 'future' | 'party' | 'benefit' | 'signing' | 'passive' | 'by' | 'agree' | 'headline'; wordBefore?: string[]; wordAfter?: string[] }[];
  benefitVerbs: string[];
  benefitNouns: string[];
  signedThings: string[];
  signerGives: string[];
  animateNouns: string[];
  speakerPeople: string[];
  effectSubjects: string[];
  nounCues: { pattern: string; maxWordsBefore: number };
  blockers: string[];
  clauseBreaks: string[];
  jointSubjects: string[];
  jointVerbs: string[];
  eventVerbs: string[];
  weighVerbs: string[];
  changeVerbs: string[];
  /** Verbs and objects of an implementing body's role ("will implement the project"). */
  roleVerbs: string[];
  roleObjects: string[];
  /** Objects that make a future verb an event: a visit paid, an address delivered. */
  eventObjects?: string[];
  /** A meeting held or convened ("will hold its first meeting"): an event in the calendar, not a commitment. */
  meetingVerbs?: string[];
  meetingObjects?: string[];
  /** What a handover or presentation may pass on without giving anything: a letter, credentials, the chair. */
  notGiven?: string[];
  /** Future passives with an agent that commit no one, and ceremonies when the agent is a person (passive-agent.ts). */
  passiveNotCommitted?: string[];
  passiveCeremonial?: string[];
  /** Objects that make "meet" a payment, not a meeting ("will meet the full cost"). */
  costObjects?: string[];
  requestVerbs: string[];
  submitVerbs: string[];
  requestObjects: string[];
  pastMarkers: string[];
  boilerplateOpeners: string[];
  selfDescriptions: string[];
}

export interface DatesResource {
  durationPattern: string;
  vaguePattern: string;
  yearMin: number;
  yearMax: number;
  yearBlockAfter: string[];
  yearBlockBefore: string[];
  /** Holidays on the same day every year ("Boxing Day"): name -> "MM-DD". */
  fixedDays?: Record<string, string>;
  /** Holidays whose name alone is a date only after a preposition of time ("before Christmas"): name -> "MM-DD". */
  fixedDaysAlone?: Record<string, string>;
}

export interface LayoutResource {
  junkLinePatterns: string[];
  /** labels: words of a publication line around its date ('Press release', 'News item'). */
  datelinePatterns: { maxLine: number; placeAgency: string; labels?: string[] };
  language: { minWords: number; minShare: number; commonWords: string[] };
}

/** Month and weekday names of other languages (calendar-words.json, generated from CLDR by scripts/gen-calendar-words.mjs). */
export interface CalendarResource {
  months: Record<string, number>;
  weekdays: string[];
}

export interface SentencesResource {
  abbreviations: string[];
  /** Words that open a sentence and never follow an abbreviation inside one ("Acme Ltd. The company ..."). */
  openers: string[];
  /** Weekdays' short forms ("Wed."): no sentence ends at one before a month or a day's number ("Wed. Jan. 14, 2026"). */
  weekdayAbbreviations: string[];
}

export interface Resources {
  sentences: SentencesResource;
  places: PlacesResource;
  people: PeopleResource;
  organisations: OrganisationsResource;
  gazetteer: GazetteerResource;
  pledges: PledgesResource;
  dates: DatesResource;
  calendar: CalendarResource;
  layout: LayoutResource;
}

export interface PipelineDefinition {
  name: string;
  stages: string[];
  /** Resource name -> file, or several files whose lists are concatenated (the gazetteer). */
  resources: Record<keyof Resources, string | string[]>;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Several resource files as one: their array fields concatenated in file order ("_comment" dropped). */
function concatLists(files: Record<string, unknown>[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const f of files) {
    for (const [k, v] of Object.entries(f)) if (Array.isArray(v)) (out[k] ??= []).push(...v);
  }
  return out;
}

/** Reads a pipeline definition (default: pipeline/default.json) and the resources it names. */
export function loadPipeline(definitionPath?: string): { definition: PipelineDefinition; resources: Resources } {
  const defPath = definitionPath ?? join(packageRoot, 'pipeline', 'default.json');
  const definition = readJson<PipelineDefinition>(defPath);
  const base = dirname(defPath);
  const res = {} as Record<string, unknown>;
  const at = (file: string) => (isAbsolute(file) ? file : join(base, file));
  for (const [key, file] of Object.entries(definition.resources)) {
    res[key] = Array.isArray(file) ? concatLists(file.map((f) => readJson<Record<string, unknown>>(at(f)))) : readJson(at(file));
  }
  return { definition, resources: res as unknown as Resources };
}
