import { createHash } from 'node:crypto';
import { buildPipeline, processItem, type Pipeline } from './pipeline/run.js';
import type { CommuniqueRecord } from './types/record.gen.js';

export type { CommuniqueRecord, DateEntry, PersonEntry, OrganisationEntry, PledgeEntry, WarningEntry, Mention, Amount } from './types/record.gen.js';
export { buildPipeline, processItem } from './pipeline/run.js';
export { validateRecord } from './stages/assemble/validate.js';

export interface ExtractOptions {
  id?: string;
  source?: string;
  /** 'txt' (default) or 'html' (markup stripped; offsets into the HTML source). */
  format?: 'txt' | 'html';
  title?: string | null;
  /** ISO 8601 publication date used when the text has no dateline. */
  published?: string | null;
  /** YYYY-MM-DD anchor for relative dates when neither the dateline nor `published` gives one. */
  referenceDate?: string | null;
  /** A pipeline definition file (default: pipeline/default.json). */
  pipeline?: string;
}

const pipelines = new Map<string, Pipeline>();

/** Extracts the record for one article text. Offsets in the record index into `text`. */
export function extract(text: string, options: ExtractOptions = {}): CommuniqueRecord {
  const key = options.pipeline ?? '';
  let p = pipelines.get(key);
  if (!p) pipelines.set(key, (p = buildPipeline(options.pipeline)));
  const item = {
    id: options.id ?? 'document',
    source: options.source ?? options.id ?? 'document',
    format: options.format ?? 'txt',
    raw: text,
    title: options.title ?? null,
    published: options.published ?? null,
    hash: createHash('sha256').update(text).digest('hex'),
    notes: [],
  } as const;
  return processItem(p, { ...item, notes: [] }, options.referenceDate ?? null).record;
}
