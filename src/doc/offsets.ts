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
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends text whose characters came one-to-one from raw[rawStart...]. */
  copy(text: string, rawStart: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]);
      this.starts.push(rawStart + i);
      this.ends.push(rawStart + i + 1);
    }
  }

  /** Appends text that as a whole stands for raw[rawStart, rawEnd) (an entity, a composed character, a tag). */
  replace(text: string, rawStart: number, rawEnd: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]);
      this.starts.push(rawStart);
      this.ends.push(rawEnd);
    }
  }

  get length(): number {
    return this.parts.length;
  }

  lastChar(): string {
    return this.parts.length ? this.parts[this.parts.length - 1] : '';
  }

  finish(rawLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: new OffsetMap(Int32Array.from(this.starts), Int32Array.from(this.ends), rawLength),
    };
  }
}
