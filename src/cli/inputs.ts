import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listInputs, readInput } from '../stages/ingest/read.js';

/** Parses a JSON Lines file; a broken line is an error naming the file and line. */
export function readJsonl<T>(path: string): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${(err as Error).message}`);
      }
    });
  return out;
}

/** The manifest written beside a records file by `communique run`, if there is one. */
export function manifestBeside(records: string): Record<string, any> | null {
  const path = join(dirname(records), 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** The input paths a run read, from its manifest (those that still exist). */
export function inputsFromManifest(records: string): string[] {
  const m = manifestBeside(records);
  return m ? (m.inputs as string[]).filter((i) => i !== '-' && existsSync(i)) : [];
}

/** Raw article texts by id, read from input files or directories. */
export async function articleTexts(paths: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listInputs(paths)) {
    for (const it of await readInput(f.file, f.root)) if (!('reason' in it)) out.set(it.id, it.raw);
  }
  return out;
}
