/**
 * `communique query "SQL"`: one read-only statement against a dataset. The database is opened read-only
 * and the statement must also be read-only by SQLite's own judgement (better-sqlite3's `stmt.readonly`),
 * so neither a write nor a PRAGMA that changes anything can run.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { csvRow } from './csv.js';
import { plural } from '../util/plural.js';

/** The statement without the spaces and comments before its first keyword. */
function firstKeyword(sql: string): string {
  let i = 0;
  for (;;) {
    while (i < sql.length && /\s/.test(sql[i])) i++;
    if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else break;
  }
  return sql.slice(i, i + 6).toUpperCase();
}

export type QueryFormat = 'table' | 'json' | 'csv';

export class QueryError extends Error {}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Opens a dataset read-only (an error naming the file when there is none). */
export function openDataset(path: string): Database.Database {
  if (!existsSync(path)) throw new QueryError(`no dataset at ${path} (communique run writes DIR/dataset.sqlite; give another with --db)`);
  return new Database(path, { readonly: true, fileMustExist: true });
}

export function runQuery(sql: string, dbPath: string): QueryResult {
  const db = openDataset(dbPath);
  try {
    let stmt: Database.Statement;
    try {
      stmt = db.prepare(sql);
    } catch (err) {
      throw new QueryError((err as Error).message);
    }
    if (!stmt.readonly) throw new QueryError('refused: the statement would change the database; query runs read-only statements only (SELECT, WITH ..., read-only PRAGMA)');
    // SQLite counts ATTACH and DETACH as read-only (they change the connection, not a file); query has no use for them.
    if (['ATTACH', 'DETACH'].includes(firstKeyword(sql))) throw new QueryError('refused: ATTACH and DETACH are not allowed; query reads the one dataset given by --db');
    if (!stmt.reader) {
      stmt.run();
      return { columns: [], rows: [] };
    }
    const columns = stmt.columns().map((c) => c.name);
    return { columns, rows: stmt.all() as Record<string, unknown>[] };
  } finally {
    db.close();
  }
}

const cell = (v: unknown): string => (v === null || v === undefined ? 'NULL' : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v).replace(/\r?\n/g, '\\n'));

/** The rows as an aligned text table (numbers right-aligned), with a row count. */
export function formatTable({ columns, rows }: QueryResult): string {
  if (!columns.length) return 'ok\n';
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => r[c] === null || typeof r[c] === 'number' || typeof r[c] === 'bigint'));
  const width = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => [...r[i]].length)));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(width[i] + s.length - [...s].length) : s.padEnd(width[i] + s.length - [...s].length));
  const lines = [columns.map(pad).join('  ').trimEnd(), width.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells) lines.push(r.map(pad).join('  ').trimEnd());
  lines.push(`(${plural(rows.length, 'row')})`);
  return lines.join('\n') + '\n';
}

export function formatResult(res: QueryResult, format: QueryFormat): string {
  if (format === 'json') return JSON.stringify(res.rows, null, 2) + '\n';
  if (format === 'csv') return res.columns.length ? csvRow(res.columns) + res.rows.map((r) => csvRow(res.columns.map((c) => r[c]))).join('') : '';
  return formatTable(res);
}
