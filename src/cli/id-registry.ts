import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Ids kept in memory before they move to disk: 2^16 ids, a table of 2 MB. */
const SPILL_AT = 1 << 16;

/**
 * The ids a run has seen, so that a later input with the same id is rejected, never overwrites the first.
 * Each id is kept as a 64-bit hash with the compact position of its first input (file index, line): two
 * different ids collide with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million ids).
 *
 * The newest ids sit in a small open-addressing table in typed arrays (16 bytes a slot). When it holds
 * `spillAt` ids they are moved, in one transaction, into a SQLite file at `spillPath` and the table is
 * emptied: memory stays the same whatever the number of ids (a million ids in memory would take 32 MB, ten
 * million 320 MB), and a run that never reaches `spillAt` ids never touches the disk. The file is a scratch
 * file, deleted by close().
 */
export class IdRegistry {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private file: Int32Array;
  private sub: Int32Array;
  private size = 0;
  private db: Database.Database | null = null;
  private find: Database.Statement<[number, number], { file: number; sub: number }> | null = null;
  private insert: Database.Statement<[number, number, number, number]> | null = null;

  constructor(
    private readonly spillPath: string | null,
    private readonly spillAt = SPILL_AT,
  ) {
    const capacity = 1 << 12;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.file = new Int32Array(capacity);
    this.sub = new Int32Array(capacity);
  }

  /** Two independent 32-bit string hashes (FNV-1a and a multiplicative mix), never both zero. */
  private static hash(id: string): [number, number] {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    return [a >>> 0, (b | 1) >>> 0];
  }

  /** Registers `id` as first seen at (file, sub); if it was already seen, returns where, else null. */
  claim(id: string, file: number, sub: number): { file: number; sub: number } | null {
    const [h, l] = IdRegistry.hash(id);
    const mask = this.hi.length - 1;
    let i = h & mask;
    for (; this.lo[i] !== 0; i = (i + 1) & mask) if (this.hi[i] === h && this.lo[i] === l) return { file: this.file[i], sub: this.sub[i] };
    const spilled = this.find?.get(h, l);
    if (spilled) return { file: spilled.file, sub: spilled.sub };
    this.hi[i] = h;
    this.lo[i] = l;
    this.file[i] = file;
    this.sub[i] = sub;
    this.size++;
    if (this.spillPath && this.size >= this.spillAt) this.spill();
    else if (this.size * 2 > this.hi.length) this.grow();
    return null;
  }

  /** Deletes the scratch file, if there is one. */
  close(): void {
    if (!this.db) return;
    this.db.close();
    this.db = null;
    this.find = null;
    this.insert = null;
    rmSync(this.spillPath!, { force: true });
  }

  /** Moves every id of the table to the scratch file and empties the table. */
  private spill(): void {
    if (!this.db) {
      rmSync(this.spillPath!, { force: true });
      this.db = new Database(this.spillPath!);
      // A scratch file, deleted at the end: no journal, no syncing, a small page cache.
      this.db.pragma('journal_mode = OFF');
      this.db.pragma('synchronous = OFF');
      this.db.pragma('cache_size = -4096');
      this.db.exec('CREATE TABLE ids (hi INTEGER NOT NULL, lo INTEGER NOT NULL, file INTEGER NOT NULL, sub INTEGER NOT NULL, PRIMARY KEY (hi, lo)) WITHOUT ROWID');
      this.find = this.db.prepare('SELECT file, sub FROM ids WHERE hi = ? AND lo = ?');
      this.insert = this.db.prepare('INSERT INTO ids (hi, lo, file, sub) VALUES (?, ?, ?, ?)');
    }
    const insert = this.insert!;
    this.db.transaction(() => {
      for (let j = 0; j < this.lo.length; j++) if (this.lo[j] !== 0) insert.run(this.hi[j], this.lo[j], this.file[j], this.sub[j]);
    })();
    this.hi.fill(0);
    this.lo.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const { hi, lo, file, sub } = this;
    const cap = hi.length * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.file = new Int32Array(cap);
    this.sub = new Int32Array(cap);
    const mask = cap - 1;
    for (let j = 0; j < hi.length; j++) {
      if (lo[j] === 0) continue;
      let i = hi[j] & mask;
      while (this.lo[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.file[i] = file[j];
      this.sub[i] = sub[j];
    }
  }
}
