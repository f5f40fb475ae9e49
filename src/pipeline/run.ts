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

/** Every stage a pipeline definition may name. */
export const STAGES: Record<string, Stage> = { ingest, sentences, dates, places, organisations, people, pledges };

export interface Pipeline {
  definition: PipelineDefinition;
  resources: Resources;
  stages: Stage[];
}

export function buildPipeline(definitionPath?: string): Pipeline {
  const { definition, resources } = loadPipeline(definitionPath);
  const stages = definition.stages.map((name) => {
    const st = STAGES[name];
    if (!st) throw new Error(`pipeline ${definition.name}: unknown stage ${JSON.stringify(name)} (known: ${Object.keys(STAGES).join(', ')})`);
    return st;
  });
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
