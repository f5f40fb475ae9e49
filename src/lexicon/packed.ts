/**
 * A read-only table from words to small numbers (1 to 65 535), packed for a small heap: each word, a NUL and
 * its number as one character, all in one string, found through an open-addressing table of offsets. Held
 * by every worker: natural's 90 000 words took 5.7 MB of heap as a Map, and take about 2 MB so.
 */
export class PackedTable {
  private readonly text: string;
  /** Offset + 1 of an entry in `text`; 0 is an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, number]>) {
    const parts: string[] = [];
    for (const [w, v] of entries) {
      if (!(v >= 1 && v <= 0xffff) || w.includes('\u0000')) throw new Error(`PackedTable: cannot hold ${JSON.stringify(w)} -> ${v}`);
      parts.push(w + '\u0000' + String.fromCharCode(v));
    }
    this.text = parts.join('');
    let capacity = 16;
    while (capacity < parts.length * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let at = 0; at < this.text.length; ) {
      const end = this.text.indexOf('\u0000', at);
      const word = this.text.slice(at, end);
      let i = PackedTable.hash(word) & this.mask;
      while (this.slots[i] !== 0 && !this.holds(this.slots[i] - 1, word)) i = (i + 1) & this.mask;
      this.slots[i] = at + 1; // a repeated word takes its last number, as in a Map
      at = end + 2;
    }
  }

  /** The number of `word`, or 0 if it is not in the table. */
  get(word: string): number {
    if (word.includes('\u0000')) return 0;
    for (let i = PackedTable.hash(word) & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask) {
      const at = this.slots[i] - 1;
      if (this.holds(at, word)) return this.text.charCodeAt(at + word.length + 1);
    }
    return 0;
  }

  /** Does the entry at `at` hold `word`? */
  private holds(at: number, word: string): boolean {
    return this.text.charCodeAt(at + word.length) === 0 && this.text.startsWith(word, at);
  }

  /** FNV-1a over the UTF-16 code units. */
  private static hash(word: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }
}
