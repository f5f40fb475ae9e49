/**
 * Offset maps between a derived text (markup stripped, normalised) and the raw input.
 * Every character i of the derived text came from raw[start[i], end[i]).
 * Characters inserted by ingest (a newline for a <p> tag) point at the markup that caused them.
 */
export class OffsetMap {
  constructor(
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly rawLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    const s = new Int32Array(length);
    const e = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new OffsetMap(s, e, length);
  }

  /** Raw span covering derived [from, to). Empty spans map to an empty raw span. */
  toRaw(from: number, to: number): { start: number; end: number } {
    if (to <= from) {
      const p = from < this.start.length ? this.start[from] : this.rawLength;
      return { start: p, end: p };
    }
    return { start: this.start[from], end: this.end[to - 1] };
  }

  /** A map for a text derived from this map's text: compose(inner) maps inner's chars to raw. */
  compose(inner: OffsetMap): OffsetMap {
    const n = inner.start.length;
    const s = new Int32Array(n);
    const e = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = this.start[inner.start[i]] ?? this.rawLength;
      const lastInner = inner.end[i] - 1;
      e[i] = lastInner >= 0 && lastInner < this.end.length ? this.end[lastInner] : this.rawLength;
      if (e[i] < s[i]) e[i] = s[i];
    }
    return new OffsetMap(s, e, this.rawLength);
  }
}

/** Builds a derived string piece by piece, recording where each piece came from. */
export class MappedBuilder {
  private parts: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private n = 0;
  private last = '';

  /** Room for `more` characters in the offset arrays (doubling, so appends cost linear time overall). */
  private reserve(more: number): void {
    if (this.n + more <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.n + more) size *= 2;
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.n += text.length;
    this.last = text[text.length - 1];
  }

  /** Appends text whose characters came one-to-one from raw[rawStart...]. */
  copy(text: string, rawStart: number): void {
    if (!text.length) return;
    this.reserve(text.length);
    for (let i = 0, k = this.n; i < text.length; i++, k++) {
      this.starts[k] = rawStart + i;
      this.ends[k] = rawStart + i + 1;
    }
    this.append(text);
  }

  /** Appends text that as a whole stands for raw[rawStart, rawEnd) (an entity, a composed character, a tag). */
  replace(text: string, rawStart: number, rawEnd: number): void {
    if (!text.length) return;
    this.reserve(text.length);
    this.starts.fill(rawStart, this.n, this.n + text.length);
    this.ends.fill(rawEnd, this.n, this.n + text.length);
    this.append(text);
  }

  get length(): number {
    return this.n;
  }

  lastChar(): string {
    return this.n ? this.last : '';
  }

  finish(rawLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: new OffsetMap(this.starts.slice(0, this.n), this.ends.slice(0, this.n), rawLength),
    };
  }
}
