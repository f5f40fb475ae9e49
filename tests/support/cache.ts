import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Documents the cache of an output directory holds (committed ones only; 0 while it is being created). */
export function cachedCount(out: string): number {
  const path = join(out, '.cache', 'outcomes.sqlite');
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM outcomes').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}
