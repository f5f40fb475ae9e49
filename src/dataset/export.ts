/**
 * `communique export --format csv|parquet DIR`: one file per table of a dataset (DIR/<table>.csv or
 * .parquet), each written through a temporary file and a rename. Rows are streamed from SQLite, never
 * held all at once. Parquet is written by DuckDB (@duckdb/node-api, an optional dependency): rows go
 * into an in-memory DuckDB table with the SQLite column types (INTEGER -> BIGINT, REAL -> DOUBLE,
 * TEXT -> VARCHAR) through its appender, then COPY ... (FORMAT parquet). DuckDB's own sqlite extension
 * is not used: it is downloaded on first use, and a build machine may have no network.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { csvRow } from './csv.js';
import { openDataset, QueryError } from './query.js';

export type ExportFormat = 'csv' | 'parquet';

interface Column {
  name: string;
  type: string;
}

/** The dataset's tables (the ones the schema defines, in file order) with their columns. */
function tables(db: Database.Database): { name: string; columns: Column[] }[] {
  const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[]).map((r) => r.name);
  return names.map((name) => ({ name, columns: (db.prepare('SELECT name, type FROM pragma_table_info(?) ORDER BY cid').all(name) as Column[]).map((c) => ({ name: c.name, type: c.type.toUpperCase() })) }));
}

const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function exportDataset(opts: { dbPath: string; outDir: string; format: ExportFormat }): Promise<{ table: string; rows: number; file: string }[]> {
  const db = openDataset(opts.dbPath);
  mkdirSync(opts.outDir, { recursive: true });
  try {
    const list = tables(db);
    return opts.format === 'csv' ? await exportCsv(db, list, opts.outDir) : await exportParquet(db, list, opts.outDir);
  } finally {
    db.close();
  }
}

async function exportCsv(db: Database.Database, list: { name: string; columns: Column[] }[], dir: string) {
  const done: { table: string; rows: number; file: string }[] = [];
  for (const t of list) {
    const file = join(dir, `${t.name}.csv`);
    const tmp = `${file}.tmp-${process.pid}`;
    const out = createWriteStream(tmp);
    let rows = 0;
    try {
      out.write(csvRow(t.columns.map((c) => c.name)));
      for (const r of db.prepare(`SELECT * FROM ${quoteId(t.name)}`).raw().iterate() as IterableIterator<unknown[]>) {
        rows++;
        if (!out.write(csvRow(r))) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      renameSync(tmp, file);
    } catch (err) {
      out.destroy();
      rmSync(tmp, { force: true });
      throw err;
    }
    done.push({ table: t.name, rows, file });
  }
  return done;
}

async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch (err) {
    throw new QueryError(`--format parquet needs the optional dependency @duckdb/node-api, which is not installed or does not load here (${(err as Error).message.split('\n')[0]}); install it with \`npm install @duckdb/node-api\`, or export --format csv`);
  }
}

const duckType = (sqliteType: string) => (/INT/.test(sqliteType) ? 'BIGINT' : /REAL|FLOA|DOUB/.test(sqliteType) ? 'DOUBLE' : /BLOB/.test(sqliteType) ? 'BLOB' : 'VARCHAR');

async function exportParquet(db: Database.Database, list: { name: string; columns: Column[] }[], dir: string) {
  const duck = await loadDuckDb();
  const instance = await duck.DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  const done: { table: string; rows: number; file: string }[] = [];
  try {
    for (const t of list) {
      const types = t.columns.map((c) => duckType(c.type));
      await con.run(`CREATE TABLE ${quoteId(t.name)} (${t.columns.map((c, i) => `${quoteId(c.name)} ${types[i]}`).join(', ')})`);
      const app = await con.createAppender(t.name);
      let rows = 0;
      for (const r of db.prepare(`SELECT * FROM ${quoteId(t.name)}`).raw().iterate() as IterableIterator<unknown[]>) {
        r.forEach((v, i) => {
          if (v === null || v === undefined) app.appendNull();
          else if (types[i] === 'BIGINT') app.appendBigInt(BigInt(v as number));
          else if (types[i] === 'DOUBLE') app.appendDouble(Number(v));
          else if (types[i] === 'BLOB') app.appendBlob(v as Uint8Array);
          else app.appendVarchar(String(v));
        });
        app.endRow();
        if (++rows % 10_000 === 0) app.flushSync();
      }
      app.closeSync();
      const file = join(dir, `${t.name}.parquet`);
      const tmp = `${file}.tmp-${process.pid}`;
      try {
        await con.run(`COPY ${quoteId(t.name)} TO '${tmp.replace(/'/g, "''")}' (FORMAT parquet)`);
        renameSync(tmp, file);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
      await con.run(`DROP TABLE ${quoteId(t.name)}`);
      done.push({ table: t.name, rows, file });
    }
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  return done;
}
