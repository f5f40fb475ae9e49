import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDerived } from '../src/dataset/build.js';
import { exportDataset } from '../src/dataset/export.js';
import { formatResult, runQuery } from '../src/dataset/query.js';
import { schemaValidator } from '../src/pipeline/schemas.js';
import { cli as runCli } from './support/spawn.js';

// The CLI as built (npm test builds first), run on corpus/ once for the whole file.
const ROOT = join(__dirname, '..');
const cli = (args: string[]) => runCli(args, { cwd: ROOT });
const out = mkdtempSync(join(tmpdir(), 'communique-ds-'));
const DB = join(out, 'dataset.sqlite');
/** The articles of corpus/ (its .txt files, in any folder): the dataset has one row for each. */
const corpusArticles = (function count(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.txt') ? 1 : 0), 0);
})(join(ROOT, 'corpus'));
const q = (sql: string, ...params: unknown[]) => {
  const db = new Database(DB, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, any>[];
  } finally {
    db.close();
  }
};

/** A small RFC 4180 parser: quoted fields (doubled quotes, commas, CR/LF inside), CRLF record ends. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quote');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += s[i++];
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r') {
      if (s[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}
const asCsvText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('dataset of corpus/', () => {
  let status = -1;
  beforeAll(async () => {
    status = (await cli(['run', 'corpus', '--out', out, '--quiet', '--concurrency', '2'])).status ?? -1;
  });

  it('writes entities.jsonl sorted by id, every line valid, the same as the committed output/entities.jsonl', () => {
    expect(status).toBe(0);
    const text = readFileSync(join(out, 'entities.jsonl'), 'utf8');
    const ents = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(ents.map((e) => e.id)).toEqual([...ents.map((e) => e.id)].sort());
    const validate = schemaValidator('entity.schema.json');
    for (const e of ents) expect(validate(e), e.id).toBe(true);
    // `npm run regenerate` keeps output/ in step with the rules.
    expect(text).toBe(readFileSync(join(ROOT, 'output', 'entities.jsonl'), 'utf8'));
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe(readFileSync(join(ROOT, 'output', 'records.jsonl'), 'utf8'));
  });

  it('links Nguyen Manh Hung as one entity seen in three owner articles, with his titles', () => {
    const [e] = q("SELECT * FROM entities WHERE id = 'nguyen-manh-hung'");
    expect(e).toMatchObject({ type: 'person', name: 'Nguyen Manh Hung', country: 'Vietnam', articles: 3 });
    const arts = q("SELECT DISTINCT article_id FROM mentions WHERE entity_id = 'nguyen-manh-hung' ORDER BY article_id").map((r) => r.article_id);
    expect(arts).toEqual(['001_a11fee273a4d2973', '002_0b44d66291cd5ef0', '004_3558c15590a8b8e2']);
    const titles = q("SELECT DISTINCT title FROM entity_titles WHERE entity_id = 'nguyen-manh-hung'").map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['Minister of Information and Communications', 'Minister of Information and Communications of Vietnam', 'Minister']));
    const line = JSON.parse(e.entity);
    expect(line.titles.find((t: any) => t.title === 'Minister of Information and Communications of Vietnam')).toEqual({ title: 'Minister of Information and Communications of Vietnam', dates: ['2019-03-13'], articles: ['002_0b44d66291cd5ef0'] });
    // A deputy minister whose name differs by one word is another person.
    expect(q("SELECT id FROM entities WHERE name = 'Nguyen Thanh Hung'")).toHaveLength(1);
  });

  it('answers the people of one article and the pledges of one actor', () => {
    const people = q(
      "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = '002_0b44d66291cd5ef0' AND e.type = 'person' ORDER BY e.name",
    ).map((r) => r.name);
    expect(people).toEqual(['Nguyen Manh Hung', 'Somedee Duangdee', 'Thansamay Kommasith']);
    const pledges = q("SELECT article_id, action, beneficiary, beneficiary_entity_id FROM pledges WHERE actor_entity_id = 'nguyen-manh-hung' ORDER BY seq");
    expect(pledges).toEqual([
      { article_id: '004_3558c15590a8b8e2', action: 'support', beneficiary: 'Vietnamese Government', beneficiary_entity_id: 'government-of-vietnam' },
      { article_id: '004_3558c15590a8b8e2', action: 'pledge', beneficiary: null, beneficiary_entity_id: null },
    ]);
    // An acronym actor ("MIC" in 003) is recorded under the name it spells, which links to the ministry's entity.
    expect(q("SELECT actor, actor_entity_id FROM pledges WHERE article_id = '003_2dca30dff9417692' AND actor_kind = 'organisation'")).toEqual([{ actor: 'Ministry of Information and Communications', actor_entity_id: 'ministry-of-information-and-communications-of-vietnam' }]);
    const money = q("SELECT actor, amount_value, amount_currency, beneficiary_country FROM pledges WHERE actor_kind = 'person' AND amount_value IS NOT NULL");
    expect(money).toEqual([{ actor: 'Nguyen Xuan Phuc', amount_value: 5000000, amount_currency: 'USD', beneficiary_country: 'Cambodia' }]);
    expect(q("SELECT count(*) AS n FROM articles")[0].n).toBe(corpusArticles);
    expect(q('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('query: prints a table, JSON or CSV, and refuses a write', async () => {
    const sql = "SELECT id, name, articles FROM entities WHERE articles = 3 AND type = 'person'";
    const table = await cli(['query', sql, '--db', DB]);
    expect(table.status).toBe(0);
    expect(table.stdout).toBe(['id                name              articles', '----------------  ----------------  --------', 'nguyen-manh-hung  Nguyen Manh Hung         3', '(1 row)', ''].join('\n'));
    expect(JSON.parse(formatResult(runQuery(sql, DB), 'json'))).toEqual([{ id: 'nguyen-manh-hung', name: 'Nguyen Manh Hung', articles: 3 }]);
    const refused = await cli(['query', 'DELETE FROM entities', '--db', DB]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/refused: the statement would change the database/);
    for (const bad of ["UPDATE entities SET name = 'x'", 'DROP TABLE pledges', 'CREATE TABLE x (a)', "INSERT INTO meta VALUES ('a', 'b')", "/* c */ ATTACH DATABASE '/tmp/x.db' AS x", 'PRAGMA user_version = 3', 'VACUUM']) {
      expect(() => runQuery(bad, DB), bad).toThrow(/refused/);
    }
    expect(q('SELECT count(*) AS n FROM entities')[0].n).toBeGreaterThan(50);
    expect(() => runQuery('SELECT 1', join(out, 'nothing.sqlite'))).toThrow(/no dataset/);
    expect(runQuery('PRAGMA table_info(pledges)', DB).rows.length).toBeGreaterThan(10);
  });

  it('CSV round-trips: query --csv and export --format csv parse back (RFC 4180) to the rows', async () => {
    const sql = 'SELECT article_id, seq, text, actor, beneficiary, amount_value, due FROM pledges ORDER BY article_id, seq';
    const rows = q(sql);
    const parsed = parseCsv(formatResult(runQuery(sql, DB), 'csv'));
    expect(parsed[0]).toEqual(['article_id', 'seq', 'text', 'actor', 'beneficiary', 'amount_value', 'due']);
    expect(parsed.slice(1)).toEqual(rows.map((x) => Object.values(x).map(asCsvText)));
    expect(rows.some((x) => /[",]/.test(x.text))).toBe(true);

    const dir = join(out, 'csv');
    await exportDataset({ dbPath: DB, outDir: dir, format: 'csv' });
    expect(readdirSync(dir).sort()).toEqual(['articles.csv', 'dates.csv', 'entities.csv', 'entity_names.csv', 'entity_titles.csv', 'mentions.csv', 'meta.csv', 'pledges.csv', 'rejects.csv']);
    for (const t of ['articles', 'entities', 'pledges']) {
      const all = parseCsv(readFileSync(join(dir, `${t}.csv`), 'utf8'));
      const expected = q(`SELECT * FROM ${t}`);
      expect(all[0]).toEqual(Object.keys(expected[0]));
      expect(all.slice(1)).toEqual(expected.map((x) => Object.values(x).map(asCsvText)));
    }
  });

  it('export --format parquet writes one file per table (DuckDB), or refuses clearly without it', async () => {
    const dir = join(out, 'parquet');
    let duck: typeof import('@duckdb/node-api') | null = null;
    try {
      duck = await import('@duckdb/node-api');
    } catch {
      await expect(exportDataset({ dbPath: DB, outDir: dir, format: 'parquet' })).rejects.toThrow(/@duckdb\/node-api/);
      return;
    }
    const written = await exportDataset({ dbPath: DB, outDir: dir, format: 'parquet' });
    expect(written.map((w) => w.table).sort()).toEqual(['articles', 'dates', 'entities', 'entity_names', 'entity_titles', 'mentions', 'meta', 'pledges', 'rejects']);
    const con = await (await duck.DuckDBInstance.create(':memory:')).connect();
    const res = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(actor_entity_id)::INTEGER AS resolved FROM read_parquet('${join(dir, 'pledges.parquet')}')`);
    const [row] = res.getRowObjects();
    expect(row.n).toBe(q('SELECT count(*) AS n FROM pledges')[0].n);
    expect(row.resolved).toBe(q('SELECT count(actor_entity_id) AS n FROM pledges')[0].n);
    con.closeSync();
  });

  it('gives byte-identical entities.jsonl for the records in another order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-ds-order-'));
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(join(dir, 'records.jsonl'), [...lines].reverse().map((l) => l + '\n').join(''));
    writeFileSync(join(dir, 'rejects.jsonl'), '');
    await buildDerived({ outDir: dir, quiet: true });
    expect(readFileSync(join(dir, 'entities.jsonl'))).toEqual(readFileSync(join(out, 'entities.jsonl')));
  });

  it('adds the articles of a new run to the dataset without duplicating those already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-ds-add-'));
    cpSync(DB, join(dir, 'dataset.sqlite'));
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    // A new run: two articles again (one changed) and one new article.
    const again = lines.slice(0, 2).map((l) => JSON.parse(l));
    again[1].title = 'Changed title';
    const fresh = { ...JSON.parse(lines[2]), id: 'new-article', source: 'new-article.txt' };
    writeFileSync(join(dir, 'records.jsonl'), [...again, fresh].map((r) => JSON.stringify(r) + '\n').join(''));
    writeFileSync(join(dir, 'rejects.jsonl'), JSON.stringify({ source: 'broken.json', reason: 'bad-json', message: 'line 1' }) + '\n');
    for (let round = 0; round < 2; round++) {
      await buildDerived({ outDir: dir, quiet: true });
      const db = new Database(join(dir, 'dataset.sqlite'), { readonly: true });
      expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: corpusArticles + 1 });
      expect(db.prepare('SELECT count(*) AS n FROM rejects').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT title FROM articles WHERE id = ?').get(again[1].id)).toEqual({ title: 'Changed title' });
      // Linked over every article of the dataset: the minister is now in four articles (the new one repeats 002's people).
      const e = db.prepare("SELECT articles FROM entities WHERE id = 'nguyen-manh-hung'").get() as { articles: number };
      expect(e.articles).toBe(lines[2].includes('Nguyen Manh Hung') ? 4 : 3);
      expect(db.prepare('SELECT count(*) AS n FROM (SELECT article_id, seq FROM pledges GROUP BY 1, 2 HAVING count(*) > 1)').get()).toEqual({ n: 0 });
      db.close();
    }
    // entities.jsonl describes this run's records only.
    const ents = readFileSync(join(dir, 'entities.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(new Set(ents.flatMap((x) => x.articles))).toEqual(new Set([...again.map((r) => r.id), 'new-article']));
  });

  it('a write killed mid-transaction leaves the previous database intact and usable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-ds-kill-'));
    cpSync(DB, join(dir, 'dataset.sqlite'));
    const before = q('SELECT id, title FROM articles ORDER BY id');
    // New records: the corpus under other ids, many times over, so the writer is mid-way when it is killed.
    const lines = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    const many: string[] = [];
    for (let k = 0; k < 8; k++) for (const l of lines) many.push(JSON.stringify({ ...JSON.parse(l), id: `copy${k}-${JSON.parse(l).id}`, source: `copy${k}/${JSON.parse(l).source}` }));
    writeFileSync(join(dir, 'records.jsonl'), many.join('\n') + '\n');
    writeFileSync(join(dir, 'rejects.jsonl'), '');
    // The writer says when a batch is in (inside the transaction) and waits there to be killed.
    const script = `
      import { buildDerived } from ${JSON.stringify(join(ROOT, 'dist', 'dataset', 'build.js'))};
      await buildDerived({ outDir: ${JSON.stringify(dir)}, quiet: true, batchSize: 20, onBatch: (n) => {
        if (n < 3) return;
        process.stdout.write('in-transaction\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
      } });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('in-transaction') && resolve());
      child.on('exit', () => reject(new Error('the writer finished before it was killed')));
    });
    expect(readdirSync(dir).some((f) => /^dataset\.sqlite\.tmp-\d+$/.test(f))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const db = new Database(join(dir, 'dataset.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.prepare('SELECT id, title FROM articles ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT articles FROM entities WHERE id = 'nguyen-manh-hung'").get()).toEqual({ articles: 3 });
    db.close();
    expect(runQuery('SELECT count(*) AS n FROM articles', join(dir, 'dataset.sqlite')).rows).toEqual([{ n: corpusArticles }]);
    // The next build clears the killed one's temporary file and adds the new articles.
    await buildDerived({ outDir: dir, quiet: true });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const after = new Database(join(dir, 'dataset.sqlite'), { readonly: true });
    expect(after.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: corpusArticles + many.length });
    after.close();
    expect(existsSync(join(dir, 'entities.jsonl'))).toBe(true);
  });
});
