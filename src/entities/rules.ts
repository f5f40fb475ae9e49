/**
 * The data the entity linker works from: its own rules (pipeline/resources/entities.json) and the country
 * and organisation-name knowledge of the pipeline (places.json with world-countries, organisations.json's
 * head synonyms), loaded once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline, packageRoot } from '../pipeline/resources.js';
import { synonymMap } from '../stages/organisations/keys.js';
import { placeIndex, type PlaceIndex } from '../stages/places/index.js';

export interface EntityRulesFile {
  misspelling: { minJaroWinkler: number; maxEdits: number; minWordLength: number };
  unqualifiedHeads: string[];
  acronymStopWords: string[];
  titleStopWords: string[];
}

export interface EntityRules extends EntityRulesFile {
  places: PlaceIndex;
  headSynonyms: Map<string, string>;
  unqualified: Set<string>;
  acronymStop: Set<string>;
  titleStop: Set<string>;
}

let cached: EntityRules | null = null;

export function entityRules(): EntityRules {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(packageRoot, 'pipeline', 'resources', 'entities.json'), 'utf8')) as EntityRulesFile;
  const { resources } = loadPipeline();
  cached = {
    ...file,
    places: placeIndex(resources.places),
    headSynonyms: synonymMap(resources.organisations.headSynonyms ?? []),
    unqualified: new Set(file.unqualifiedHeads),
    acronymStop: new Set(file.acronymStopWords),
    titleStop: new Set(file.titleStopWords),
  };
  return cached;
}
