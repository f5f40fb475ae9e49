import type { Span } from '../doc/document.js';

/**
 * A fixed list of spans, asked in logarithmic time whether a span overlaps any of them or lies inside one.
 * It replaces `list.some((o) => overlaps(o, t))` in loops over tokens, which is quadratic when one long
 * sentence holds thousands of mentions. The spans are sorted by start once, with the furthest end among
 * each prefix: the spans that start before a point are a prefix, and one of them reaches past another
 * point exactly when the prefix's furthest end does.
 */
export class SpanIndex {
  private starts: Float64Array | null = null;
  /** reach[i]: the furthest end among the first i + 1 spans in start order. */
  private reach: Float64Array | null = null;

  constructor(
    private readonly spans: readonly Span[],
    /** The text's length (kept for callers; the index does not need it). */
    readonly length = 0,
  ) {}

  /** Does `t` overlap any span (o.start < t.end && t.start < o.end)? */
  overlapsAny(t: Span): boolean {
    // The spans that start before t.end: does one of them end after t.start?
    const n = this.countStartingBefore(t.end, false);
    return n > 0 && this.reach![n - 1] > t.start;
  }

  /** Does some span hold all of `t` (o.start <= t.start && t.end <= o.end)? */
  insideAny(t: Span): boolean {
    // The spans that start at or before t.start: does one of them end at or after t.end?
    const n = this.countStartingBefore(t.start, true);
    return n > 0 && this.reach![n - 1] >= t.end;
  }

  /** How many spans start before `pos` (or at it, with `orAt`). */
  private countStartingBefore(pos: number, orAt: boolean): number {
    if (!this.starts) this.build();
    const starts = this.starts!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos || (orAt && starts[mid] === pos)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private build(): void {
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    const starts = new Float64Array(sorted.length);
    const reach = new Float64Array(sorted.length);
    let far = -Infinity;
    sorted.forEach((s, i) => {
      starts[i] = s.start;
      far = Math.max(far, s.end);
      reach[i] = far;
    });
    this.starts = starts;
    this.reach = reach;
  }
}

const indexes = new WeakMap<readonly Span[], SpanIndex>();

/** The SpanIndex of an annotation array, built once per array (stages assign their arrays whole and do not mutate them later). */
export function spanIndex(list: readonly Span[], length: number): SpanIndex {
  let idx = indexes.get(list);
  if (!idx) indexes.set(list, (idx = new SpanIndex(list, length)));
  return idx;
}
