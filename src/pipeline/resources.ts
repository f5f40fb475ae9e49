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
  nameShapes: Record<string, { country: string; surnames: string[]; minTokens: number }>;
  notNames: string[];
}

export interface GazetteerEntry {
  name: string;
  acronyms: string[];
  variants: string[];
  kind?: string;
  country?: string;
}

export interface OrganisationsResource {
  gazetteer: GazetteerEntry[];
  heads: string[];
  headInitial: string[];
  countryHeads: string[];
  camelCaseSuffixes: string[];
  notAcronyms: string[];
  personTitles: string[];
  openers: string[];
}

export interface PledgesResource {
  commitments: { pattern: string; lemma: string }[];
  futureVerbs: string[];
  nounCues: { pattern: string; maxWordsBefore: number };
  blockers: string[];
  clauseBreaks: string[];
  jointSubjects: string[];
}

export interface DatesResource {
  durationPattern: string;
  vaguePattern: string;
  yearMin: number;
  yearMax: number;
  yearBlockAfter: string[];
  yearBlockBefore: string[];
}

export interface LayoutResource {
  junkLinePatterns: string[];
  datelinePatterns: { maxLine: number; placeAgency: string };
  language: { minWords: number; minShare: number; commonWords: string[] };
}

export interface SentencesResource {
  abbreviations: string[];
}

export interface Resources {
  sentences: SentencesResource;
  places: PlacesResource;
  people: PeopleResource;
  organisations: OrganisationsResource;
  pledges: PledgesResource;
  dates: DatesResource;
  layout: LayoutResource;
}

export interface PipelineDefinition {
  name: string;
  stages: string[];
  resources: Record<keyof Resources, string>;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Reads a pipeline definition (default: pipeline/default.json) and the resources it names. */
export function loadPipeline(definitionPath?: string): { definition: PipelineDefinition; resources: Resources } {
  const defPath = definitionPath ?? join(packageRoot, 'pipeline', 'default.json');
  const definition = readJson<PipelineDefinition>(defPath);
  const base = dirname(defPath);
  const res = {} as Record<string, unknown>;
  for (const [key, file] of Object.entries(definition.resources)) {
    res[key] = readJson(isAbsolute(file) ? file : join(base, file));
  }
  return { definition, resources: res as unknown as Resources };
}
