/**
 * The ids a run has seen, so that a later input with the same id is rejected, never overwrites the first.
 * A million ids as strings in a Map would cost ~100 MB; this table keeps a 64-bit hash of each id and the
 * compact position of its first input (file index, line) in typed arrays: 16 bytes a slot, open addressing.
 * Two different ids collide with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million ids).
 */
export class IdRegistry {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private file: Int32Array;
  private sub: Int32Array;
  private size = 0;

  constructor(capacity = 1 << 12) {
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
    if ((this.size + 1) * 2 > this.hi.length) this.grow();
    const [h, l] = IdRegistry.hash(id);
    const mask = this.hi.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.lo[i] === 0) {
        this.hi[i] = h;
        this.lo[i] = l;
        this.file[i] = file;
        this.sub[i] = sub;
        this.size++;
        return null;
      }
      if (this.hi[i] === h && this.lo[i] === l) return { file: this.file[i], sub: this.sub[i] };
    }
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
