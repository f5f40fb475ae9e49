import type { Span } from '../doc/document.js';

/**
 * Which characters of a text are taken by accepted spans, and by which. Checking or taking a span costs its
 * length, so keeping the longest of overlapping candidates, or asking whether a token falls inside any
 * mention, stays linear in the text instead of comparing every span with every other.
 */
export class Coverage<T extends Span = Span> {
  private readonly owner: Int32Array;
  private readonly spans: T[] = [];

  constructor(length: number) {
    this.owner = new Int32Array(length + 1).fill(-1);
  }

  /** Does the span overlap any taken one? */
  overlaps(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.owner[i] >= 0) return true;
    return false;
  }

  /** The taken span covering character i (the last taken, where two share it). */
  at(i: number): T | undefined {
    const o = this.owner[i];
    return o >= 0 ? this.spans[o] : undefined;
  }

  take(s: T): void {
    this.owner.fill(this.spans.length, s.start, s.end);
    this.spans.push(s);
  }
}

/** The longest of overlapping spans (earlier first on ties), in text order. */
export function keepLongest<T extends Span>(spans: T[], textLength: number): T[] {
  const cov = new Coverage<T>(textLength);
  const kept: T[] = [];
  for (const c of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (cov.overlaps(c)) continue;
    cov.take(c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
