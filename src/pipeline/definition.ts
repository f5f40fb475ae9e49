import type { PipelineDefinition, Resources } from './resources.js';

/** The stages a pipeline definition may name, in the order they are usually run (their code: src/stages/<name>/). */
export const STAGE_NAMES = ['ingest', 'sentences', 'dates', 'places', 'organisations', 'people', 'pledges'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface Pipeline {
  definition: PipelineDefinition;
  resources: Resources;
}

/** Refuses a definition naming an unknown stage, without loading any stage's code. */
export function checkStages(definition: PipelineDefinition): void {
  for (const name of definition.stages)
    if (!(STAGE_NAMES as readonly string[]).includes(name)) throw new Error(`pipeline ${definition.name}: unknown stage ${JSON.stringify(name)} (known: ${STAGE_NAMES.join(', ')})`);
}
