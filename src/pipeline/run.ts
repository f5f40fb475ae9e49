import { performance } from 'node:perf_hooks';
import type { Doc } from '../doc/document.js';
import { assemble } from '../stages/assemble/record.js';
import { dates } from '../stages/dates/index.js';
import { createDoc, ingest } from '../stages/ingest/index.js';
import type { InputItem } from '../stages/ingest/read.js';
import { organisations } from '../stages/organisations/index.js';
import { people } from '../stages/people/index.js';
import { places } from '../stages/places/index.js';
import { pledges } from '../stages/pledges/index.js';
import { sentences } from '../stages/sentences/index.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { loadPipeline, type PipelineDefinition, type Resources } from './resources.js';
import type { Stage } from './stage.js';
import { checkStages, type StageName } from './definition.js';

/** Every stage a pipeline definition may name. */
export const STAGES: Record<StageName, Stage> = { ingest, sentences, dates, places, organisations, people, pledges };

export interface Pipeline {
  definition: PipelineDefinition;
  resources: Resources;
  stages: Stage[];
}

export function buildPipeline(definitionPath?: string): Pipeline {
  const { definition, resources } = loadPipeline(definitionPath);
  checkStages(definition);
  const stages = definition.stages.map((name) => STAGES[name as StageName]);
  return { definition, resources, stages };
}

/** Runs every stage over one input; returns the document (annotations, timings) and its record. */
export function processItem(p: Pipeline, item: InputItem, referenceDate: string | null = null): { doc: Doc; record: CommuniqueRecord } {
  const t0 = performance.now();
  const doc = createDoc(item, referenceDate);
  doc.timings.read = performance.now() - t0;
  for (const st of p.stages) {
    const t = performance.now();
    st.run(doc, p.resources);
    doc.timings[st.name] = (doc.timings[st.name] ?? 0) + performance.now() - t;
  }
  const t = performance.now();
  const record = assemble(doc);
  doc.timings.assemble = performance.now() - t;
  return { doc, record };
}

/** A short article that touches every stage's rules, so that their lazily built matchers and word lists exist. */
const WARM_UP = 'HANOI, March 4, 2024 - Minister of Health Nguyen Van Binh met the Japan International Cooperation Agency (JICA) and said that Japan will provide 5 million USD to the Ministry of Health.';

/**
 * Builds every rule table a document can need (gazetteers, word lists, compiled patterns) by running the
 * pipeline once over a short article. Workers call it before they take documents, so a document's time
 * budget measures the document, not the loading.
 */
export function warmUp(p: Pipeline): void {
  processItem(p, { id: 'warm-up', source: 'warm-up', format: 'txt', raw: WARM_UP, title: null, published: null, hash: '', notes: [] }, null);
}
