/**
 * Derived outputs of a run: DIR/entities.jsonl (the people and organisations of records.jsonl linked
 * across articles) and DIR/dataset.sqlite (articles, entities, mentions, dates, pledges, rejects).
 *
 * Both are replaced atomically. The database is built in DIR/dataset.sqlite.tmp-<pid> inside one SQLite
 * transaction and renamed over the old one only once complete and synced: a run killed at any point
 * leaves the previous database as it was (and its readers undisturbed), never a half-written one or one
 * with a hot journal to roll back. The articles of the previous database that this run did not produce
 * again are carried over, so a run over new inputs adds to the dataset; an article id or input source
 * this run produced again is replaced, never duplicated. Entities, mentions, dates and pledges are then
 * derived afresh from all the articles, so entity ids are the same as linking all of them at once.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, rmSync, renameSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AtomicStream, isAtomicTemp, syncFile } from '../cli/atomic.js';
import { articleDate, Linker, type EntityLine, type LinkResult } from '../entities/link.js';
import { resolveArticle } from '../entities/resolve.js';
import { entityRules } from '../entities/rules.js';
import { jsonLines } from '../entities/stream.js';
import { schemaValidator } from '../pipeline/schemas.js';
import { packageRoot } from '../pipeline/resources.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { DDL, SCHEMA_VERSION } from './schema.js';

export interface BuildOptions {
  outDir: string;
  quiet: boolean;
  /** Rows per batch (progress and yielding to the event loop; the transaction is one whatever the batch). */
  batchSize?: number;
  /** Called after each batch written inside the transaction (tests kill the writer here). */
  onBatch?: (batches: number) => void;
}

export interface BuildSummary {
  entities: number;
  articles: number;
}

interface Reject {
  source: string;
  id?: string;
  reason: string;
  message?: string;
}

const DERIVED = ['entities.jsonl', 'dataset.sqlite'];

/** entities.jsonl, every line checked against schemas/entity.schema.json, written through a temporary file and a rename. */
async function writeEntities(path: string, entities: EntityLine[]): Promise<void> {
  const validate = schemaValidator('entity.schema.json');
  const out = new AtomicStream(path);
  for (const e of entities) {
    if (!(validate as (x: unknown) => boolean)(e)) throw new Error(`entity ${e.id} does not match schemas/entity.schema.json: ${validate.errors?.map((x) => `${x.instancePath} ${x.message}`).join('; ')}`);
    await out.write(JSON.stringify(e) + '\n');
  }
  await out.commit(true);
}

async function link(records: AsyncIterable<CommuniqueRecord> | Iterable<CommuniqueRecord>): Promise<LinkResult> {
  const linker = new Linker();
  for await (const r of records) linker.add(r);
  return linker.finish();
}

/** sha256 of the run's records.jsonl and rejects.jsonl (streamed) and the dataset's schema version. */
async function outputsDigest(dir: string): Promise<string> {
  const h = createHash('sha256').update(`${SCHEMA_VERSION}\0`);
  for (const f of ['records.jsonl', 'rejects.jsonl']) {
    const path = join(dir, f);
    if (existsSync(path)) for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
    h.update('\0');
  }
  return h.digest('hex');
}

/** The summary of the existing dataset if it was built from exactly these outputs (and entities.jsonl is there), else null. */
function upToDate(dbPath: string, entitiesPath: string, digest: string): BuildSummary | null {
  if (!existsSync(dbPath) || !existsSync(entitiesPath)) return null;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
      if (meta.get('outputs_digest') !== digest) return null;
      return { entities: Number(meta.get('run_entities')), articles: Number(meta.get('articles')) };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Every article of the database being built, in id order, a page at a time (the connection stays free for inserts between pages). */
function* articlesOf(db: Database.Database, page = 500): Generator<CommuniqueRecord> {
  const stmt = db.prepare<[string, number], { id: string; record: string }>('SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?');
  let after = '';
  for (;;) {
    const rows = stmt.all(after, page);
    for (const r of rows) yield JSON.parse(r.record) as CommuniqueRecord;
    if (rows.length < page) return;
    after = rows[rows.length - 1].id;
  }
}

/** Reads DIR/records.jsonl and DIR/rejects.jsonl; writes DIR/entities.jsonl and DIR/dataset.sqlite. */
export async function buildDerived(opts: BuildOptions): Promise<BuildSummary> {
  const dir = opts.outDir;
  const batchSize = opts.batchSize ?? 1000;
  // Temporaries of an earlier build that was killed before its rename.
  for (const f of readdirSync(dir)) if (DERIVED.some((d) => f.startsWith(`${d}.`)) && isAtomicTemp(f)) rmSync(join(dir, f), { force: true });

  const recordsPath = join(dir, 'records.jsonl');
  const dbPath = join(dir, 'dataset.sqlite');
  // A re-run that produced the same records and rejects (all from the cache, say) has nothing new to add.
  const digest = await outputsDigest(dir);
  const same = upToDate(dbPath, join(dir, 'entities.jsonl'), digest);
  if (same) {
    if (!opts.quiet) process.stderr.write(`communique: ${dbPath} and entities.jsonl are up to date (same records as when they were built)\n`);
    return same;
  }
  const fromRun = await link(jsonLines<CommuniqueRecord>(recordsPath));
  await writeEntities(join(dir, 'entities.jsonl'), fromRun.entities);

  const tmp = `${dbPath}.tmp-${process.pid}`;
  const db = new Database(tmp);
  let articles = 0;
  let entities = fromRun.entities.length;
  try {
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    db.exec(DDL);
    const old = existsSync(dbPath) ? attachOld(db, dbPath, opts.quiet) : false;
    db.exec('BEGIN');
    let batches = 0;
    let inBatch = 0;
    const tick = async () => {
      if (++inBatch < batchSize) return;
      inBatch = 0;
      opts.onBatch?.(++batches);
      await new Promise((r) => setImmediate(r));
    };

    if (old) {
      db.exec('INSERT INTO articles SELECT * FROM old.articles');
      db.exec('INSERT INTO rejects SELECT * FROM old.rejects');
    }
    const art = db.prepare(
      'INSERT OR REPLACE INTO articles (id, source, title, published, published_date, people, organisations, dates, pledges, warnings, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const dropReject = db.prepare('DELETE FROM rejects WHERE source = ?');
    const dropArticleOfSource = db.prepare('DELETE FROM articles WHERE source = ? AND id <> ?');
    let fromThisRun = 0;
    for await (const r of jsonLines<CommuniqueRecord>(recordsPath)) {
      dropReject.run(r.source);
      dropArticleOfSource.run(r.source, r.id);
      art.run(r.id, r.source, r.title, r.published, articleDate(r.published), r.people.length, r.organisations.length, r.dates.length, r.pledges.length, r.warnings.length, JSON.stringify(r));
      fromThisRun++;
      await tick();
    }
    // An input this run rejected gives no article any more, whatever an earlier run made of it.
    const rej = db.prepare('INSERT OR REPLACE INTO rejects (source, id, reason, message) VALUES (?, ?, ?, ?)');
    const dropArticle = db.prepare('DELETE FROM articles WHERE source = ?');
    for await (const x of jsonLines<Reject>(join(dir, 'rejects.jsonl'))) {
      dropArticle.run(x.source);
      rej.run(x.source, x.id ?? null, x.reason, x.message ?? null);
      await tick();
    }
    articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    // Articles kept from earlier runs: link everything the dataset holds (the same ids as one run over all).
    const linked = articles === fromThisRun ? fromRun : await link(articlesOf(db));
    entities = linked.entities.length;

    const ent = db.prepare('INSERT INTO entities (id, type, name, country, first_seen, last_seen, articles, mentions, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const entName = db.prepare('INSERT INTO entity_names (entity_id, name) VALUES (?, ?)');
    for (const e of linked.entities) {
      ent.run(e.id, e.type, e.name, e.country, e.firstSeen, e.lastSeen, e.articles.length, e.mentions, JSON.stringify(e));
      for (const v of e.variants) entName.run(e.id, v);
      await tick();
    }

    const rules = entityRules();
    const title = db.prepare('INSERT OR IGNORE INTO entity_titles (entity_id, article_id, title) VALUES (?, ?, ?)');
    const mention = db.prepare('INSERT OR IGNORE INTO mentions (article_id, entity_id, type, name, text, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const date = db.prepare('INSERT OR IGNORE INTO dates (article_id, value, value_from, value_to, granularity, text, char_start, char_end, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const pledge = db.prepare(
      `INSERT INTO pledges (article_id, seq, char_start, char_end, text, action, actor, actor_kind, actor_entity_id, actor_country, beneficiary, beneficiary_kind,
        beneficiary_entity_id, beneficiary_country, amount_value, amount_currency, amount_text, due, year, month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of articlesOf(db)) {
      const ids = resolveArticle(r, linked, rules);
      r.people.forEach((p, i) => {
        const id = ids.people[i];
        if (!id) return;
        for (const t of p.titles) title.run(id, r.id, t);
        for (const m of p.mentions) mention.run(r.id, id, 'person', p.name, m.text, m.start, m.end);
      });
      r.organisations.forEach((o, i) => {
        const id = ids.organisations[i];
        if (!id) return;
        for (const m of o.mentions) mention.run(r.id, id, 'organisation', o.name, m.text, m.start, m.end);
      });
      for (const d of r.dates) {
        const [from, to = from] = d.value.split('/');
        date.run(r.id, d.value, from, to, d.granularity ?? null, d.text, d.start, d.end, d.mentions.length);
      }
      const day = articleDate(r.published);
      r.pledges.forEach((p, seq) => {
        const a = ids.party(p.actor);
        const b = p.beneficiary ? ids.party(p.beneficiary) : null;
        // When the pledge was made: the article's date; for an undated article, its due date when that fixes a year.
        const due = p.due?.split('/')[0] ?? null;
        const when = day ?? (due && !due.startsWith('XXXX') ? due : null);
        const year = when?.slice(0, 4) ?? null;
        const month = when && when.length >= 7 ? when.slice(0, 7) : null;
        pledge.run(
          r.id, seq, p.start, p.end, p.text, p.action, p.actor, a.kind, a.entityId, a.country,
          p.beneficiary ?? null, b?.kind ?? null, b?.entityId ?? null, b?.country ?? null,
          p.amount?.value ?? null, p.amount?.currency ?? null, p.amount?.text ?? null, p.due ?? null, year, month,
        );
      });
      await tick();
    }
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('schema_version', SCHEMA_VERSION);
    meta.run('tool', `${pkg.name} ${pkg.version}`);
    meta.run('outputs_digest', digest);
    meta.run('run_entities', String(fromRun.entities.length));
    meta.run('articles', String(articles));
    db.exec('COMMIT');
    if (old) db.exec('DETACH DATABASE old');
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) throw new Error(`dataset: ${fk.length} rows break a foreign key`);
    db.pragma('optimize');
    db.close();
    syncFile(tmp);
    renameSync(tmp, dbPath);
  } catch (err) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw err;
  }
  if (!opts.quiet) process.stderr.write(`communique: ${entities} entities from ${articles} articles -> ${join(dir, 'entities.jsonl')}, ${dbPath}\n`);
  return { entities: fromRun.entities.length, articles };
}

/** Attaches the previous dataset to carry its articles over; one of another schema version is not carried over (said on stderr). */
function attachOld(db: Database.Database, path: string, quiet: boolean): boolean {
  try {
    db.prepare('ATTACH DATABASE ? AS old').run(path);
    const v = db.prepare("SELECT value FROM old.meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    if (v?.value === SCHEMA_VERSION) return true;
    db.exec('DETACH DATABASE old');
  } catch {
    if ((db.prepare("SELECT count(*) AS n FROM pragma_database_list WHERE name = 'old'").get() as { n: number }).n) db.exec('DETACH DATABASE old');
  }
  if (!quiet) process.stderr.write(`communique: ${path} is not a dataset of schema version ${SCHEMA_VERSION}; it is replaced, not added to\n`);
  return false;
}

