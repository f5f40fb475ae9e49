import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildReport, type ReportData } from '../report/data.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { writeAtomic } from './atomic.js';
import { readGold } from './evaluate.js';
import { articleTexts, inputsFromManifest, manifestBeside, readJsonl } from './inputs.js';

export interface ReportOptions {
  records: string;
  gold?: string;
  out: string;
  baseline?: string;
  input?: string[];
}

/** `communique report`: index.html, report.json and summary.md for a records file (and its gold, when given). */
export async function reportCommand(opts: ReportOptions): Promise<ReportData> {
  if (!existsSync(opts.records)) throw new Error(`no records file at ${opts.records} (run \`communique run\` first, or give --records)`);
  if (opts.gold && !existsSync(opts.gold)) throw new Error(`no gold directory at ${opts.gold}`);
  if (opts.baseline && !existsSync(opts.baseline)) throw new Error(`no baseline report at ${opts.baseline}`);
  const records = readJsonl<CommuniqueRecord>(opts.records);
  const rejectsPath = join(dirname(opts.records), 'rejects.jsonl');
  const rejects = existsSync(rejectsPath) ? readJsonl<Reject>(rejectsPath) : [];
  const inputs = opts.input?.length ? opts.input : inputsFromManifest(opts.records);
  const data = buildReport({
    records,
    rejects,
    manifest: manifestBeside(opts.records),
    gold: opts.gold ? readGold(opts.gold) : null,
    texts: inputs.length ? await articleTexts(inputs) : new Map(),
    baseline: opts.baseline ? (JSON.parse(readFileSync(opts.baseline, 'utf8')) as ReportData) : null,
  });
  const sources = [`records: ${basename(resolve(opts.records))} (${records.length})`, opts.gold ? `gold: ${basename(resolve(opts.gold))}` : 'no gold', opts.baseline ? `baseline: ${basename(resolve(opts.baseline))}` : ''].filter(Boolean);
  await writeAtomic(join(opts.out, 'report.json'), JSON.stringify(data, null, 2) + '\n');
  await writeAtomic(join(opts.out, 'summary.md'), renderMarkdown(data));
  await writeAtomic(join(opts.out, 'index.html'), await renderHtml(data, { title: 'communique report', sources }));
  return data;
}
