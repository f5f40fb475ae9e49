import type { Span } from '../doc/document.js';

/**
 * A fixed list of spans over a text of known length, asked in constant time whether a span overlaps any of
 * them or lies inside one. It replaces `list.some((o) => overlaps(o, t))` in loops over tokens, which is
 * quadratic when one long sentence holds thousands of mentions. Built in one pass over the text.
 */
export class SpanIndex {
  /** covered[i]: how many positions before i lie inside a non-empty span. */
  private covered: Int32Array | null = null;
  /** points[i]: how many empty spans sit at positions before i. */
  private points: Int32Array | null = null;
  /** reach[i]: the furthest end of the spans that start at or before i (-1 when none does). */
  private reach: Int32Array | null = null;

  constructor(
    private readonly spans: readonly Span[],
    private readonly length: number,
  ) {}

  /** Does `t` overlap any span (o.start < t.end && t.start < o.end)? `t` must not be empty. */
  overlapsAny(t: Span): boolean {
    if (!this.covered) this.buildCover();
    const end = Math.min(t.end, this.length);
    if (end > t.start && this.covered![end] - this.covered![Math.max(0, t.start)] > 0) return true;
    // An empty span at p overlaps t when t.start < p < t.end.
    const pts = this.points!;
    const a = Math.max(0, t.start + 1);
    return end > a && pts[end] - pts[a] > 0;
  }

  /** Does some span hold all of `t` (o.start <= t.start && t.end <= o.end)? */
  insideAny(t: Span): boolean {
    if (!this.reach) this.buildReach();
    if (t.start < 0) return false;
    return this.reach![Math.min(t.start, this.length)] >= t.end;
  }

  private buildCover(): void {
    const n = this.length;
    const diff = new Int32Array(n + 2);
    const pts = new Int32Array(n + 2);
    for (const s of this.spans) {
      const a = Math.max(0, s.start);
      const b = Math.min(n, s.end);
      if (s.end > s.start) {
        if (b > a) {
          diff[a]++;
          diff[b]--;
        }
      } else if (s.start === s.end && a === s.start && a <= n) pts[a + 1]++;
    }
    const covered = new Int32Array(n + 1);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      depth += diff[i];
      covered[i + 1] = covered[i] + (depth > 0 ? 1 : 0);
    }
    for (let i = 1; i <= n; i++) pts[i] += pts[i - 1];
    this.covered = covered;
    this.points = pts;
  }

  private buildReach(): void {
    const n = this.length;
    const reach = new Int32Array(n + 1).fill(-1);
    for (const s of this.spans) {
      const a = Math.max(0, s.start);
      if (a <= n && s.end > reach[a]) reach[a] = s.end;
    }
    for (let i = 1; i <= n; i++) if (reach[i - 1] > reach[i]) reach[i] = reach[i - 1];
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
