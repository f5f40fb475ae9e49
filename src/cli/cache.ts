import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Reject } from '../stages/ingest/read.js';

/** What a run needs of a finished document to write it again: its record line and item counts, or its reject. */
export type Finished = { line: string; counts: [number, number, number, number] } | { reject: Reject };

const COMMIT_EVERY = 128;
const COMMIT_MS = 200;

/**
 * The content-addressed cache of finished documents (`--cache DIR`, by default OUT/.cache): one SQLite file,
 * key = sha256 of the rules' fingerprint (tool and code version, library versions, pipeline definition, every
 * rule resource, reference date) and the input item (its bytes' hash, id, source, title, published), value =
 * the record line, compressed. A rule change changes every key, so nothing stale can be served; entries of
 * other rules are dropped when the cache is opened with new ones. Writes are batched in transactions; a run
 * killed mid-batch loses only the last uncommitted documents, which the next run processes again. This is
 * also what makes a run resumable.
 */
export class OutcomeCache {
  hits = 0;
  misses = 0;
  private pending = 0;
  private lastCommit = Date.now();
  private readonly getStmt: Database.Statement<[Buffer], { body: Buffer }>;
  private readonly putStmt: Database.Statement<[Buffer, Buffer]>;

  private constructor(private readonly db: Database.Database) {
    this.getStmt = db.prepare('SELECT body FROM outcomes WHERE key = ?');
    this.putStmt = db.prepare('INSERT OR REPLACE INTO outcomes (key, body) VALUES (?, ?)');
    db.exec('BEGIN');
  }

  /** Opens (or creates) the cache in `dir`; a file that is not a usable cache is replaced, with a notice. */
  static open(dir: string, fingerprint: string): { cache: OutcomeCache; notice: string | null } {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'outcomes.sqlite');
    let notice: string | null = null;
    let db: Database.Database;
    try {
      db = OutcomeCache.connect(path);
    } catch (err) {
      notice = `cache: ${path} was unreadable (${(err as Error).message}); starting a new one`;
      for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
      db = OutcomeCache.connect(path);
    }
    const row = db.prepare("SELECT value FROM meta WHERE name = 'fingerprint'").get() as { value: string } | undefined;
    if (row?.value !== fingerprint) {
      if (row) notice = 'cache: the rules, the pipeline or the code changed since the cache was written; every document is processed again';
      db.exec('DELETE FROM outcomes');
      db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('fingerprint', ?)").run(fingerprint);
    }
    return { cache: new OutcomeCache(db), notice };
  }

  private static connect(path: string): Database.Database {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE IF NOT EXISTS outcomes (key BLOB PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;');
    return db;
  }

  get(key: Buffer): Finished | null {
    const row = this.getStmt.get(key);
    if (!row) {
      this.misses++;
      return null;
    }
    this.hits++;
    return JSON.parse(inflateRawSync(row.body).toString('utf8')) as Finished;
  }

  put(key: Buffer, value: Finished): void {
    this.putStmt.run(key, deflateRawSync(JSON.stringify(value), { level: 1 }));
    if (++this.pending >= COMMIT_EVERY || Date.now() - this.lastCommit > COMMIT_MS) this.commit();
  }

  private commit(): void {
    this.db.exec('COMMIT; BEGIN');
    this.pending = 0;
    this.lastCommit = Date.now();
  }

  close(): void {
    this.db.exec('COMMIT');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
