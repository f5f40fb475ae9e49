import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { goldDraft } from '../eval/draft.js';
import { validateGold } from '../eval/gold.js';
import { isGoldPath, listInputs, type Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { writeAtomic } from './atomic.js';
import { readJsonl } from './inputs.js';
import { runCommand } from './run.js';
import { plural } from '../util/plural.js';

export interface GoldDraftOptions {
  inputs: string[];
  out: string;
  force: boolean;
  concurrency: number;
  referenceDate: string | null;
  pipeline?: string;
  timeout?: number;
}

export interface GoldDraftSummary {
  written: string[];
  skipped: string[];
  rejects: Reject[];
}

/** A file name for an id: ids of JSON inputs may hold characters a file name cannot. */
export function draftFileName(id: string): string {
  const safe = id.replace(/[/\\:*?"<>|\x00-\x1f]/g, '_');
  return `${safe.startsWith('.') ? '_' + safe : safe}.json`;
}

/**
 * `communique gold draft`: runs the current pipeline over the inputs (read exactly as `run` reads them)
 * and writes OUT/<id>.json per article, a gold draft for a person to correct. Existing files are kept
 * unless `force`.
 */
export async function goldDraftCommand(opts: GoldDraftOptions): Promise<GoldDraftSummary> {
  const missing = opts.inputs.filter((i) => i !== '-' && !existsSync(i));
  if (missing.length) throw new Error(`gold draft: no such file or directory: ${missing.join(', ')}`);
  // The articles, as `run` finds them; never gold folders, nor the drafts directory itself (`gold draft docs --out docs/gold-drafts`).
  const outPrefix = resolve(opts.out) + sep;
  const files = (await listInputs(opts.inputs.filter((i) => i !== '-'))).filter((f) => !isGoldPath(f.file.slice(f.root.length)) && !f.file.startsWith(outPrefix));
  const stdin = opts.inputs.includes('-');
  if (!files.length && !stdin) throw new Error(`gold draft: no articles (.txt, .html, .htm, .json, .jsonl) in ${opts.inputs.join(', ')}`);

  const tmp = await mkdtemp(join(tmpdir(), 'communique-gold-'));
  let records: CommuniqueRecord[];
  let rejects: Reject[];
  try {
    await runCommand({ inputs: [...files.map((f) => f.file), ...(stdin ? ['-'] : [])], out: tmp, concurrency: opts.concurrency, referenceDate: opts.referenceDate, quiet: true, pipeline: opts.pipeline, timeout: opts.timeout, noDataset: true });
    records = readJsonl<CommuniqueRecord>(join(tmp, 'records.jsonl'));
    // Each file went in on its own, so a reject's source is its base name: give back the path it was found at.
    const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));
    const byName = new Map<string, string[]>();
    for (const f of files) byName.set(basename(f.file), [...(byName.get(basename(f.file)) ?? []), shown(f.file)]);
    rejects = readJsonl<Reject>(join(tmp, 'rejects.jsonl')).map((r) => {
      const [name, ...rest] = r.source.split('#');
      const paths = byName.get(name);
      return paths?.length === 1 ? { ...r, source: [paths[0], ...rest].join('#') } : r;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const written: string[] = [];
  const skipped: string[] = [];
  const names = new Set<string>();
  for (const record of records) {
    let name = draftFileName(record.id);
    for (let n = 2; names.has(name); n++) name = draftFileName(`${record.id}-${n}`);
    names.add(name);
    const path = join(opts.out, name);
    if (existsSync(path) && !opts.force) {
      skipped.push(name);
      continue;
    }
    const draft = goldDraft(record);
    const errors = validateGold(draft);
    if (errors.length) throw new Error(`gold draft: the draft for ${record.id} breaks schemas/gold.schema.json: ${errors.join('; ')}`);
    await writeAtomic(path, JSON.stringify(draft, null, 2) + '\n');
    written.push(name);
  }
  return { written, skipped, rejects };
}

/** The lines `gold draft` prints: drafts written, files kept, inputs that gave no record. */
export function formatDraftSummary(s: GoldDraftSummary, out: string): string {
  const lines = [`communique: ${plural(s.written.length, 'draft')} written to ${out}`];
  if (s.skipped.length) lines.push(`communique: ${plural(s.skipped.length, 'existing gold file')} kept (--force overwrites): ${s.skipped.join(', ')}`);
  for (const r of s.rejects) lines.push(`communique: no draft for ${r.source}: ${r.reason}: ${r.message}`);
  return lines.join('\n') + '\n';
}
