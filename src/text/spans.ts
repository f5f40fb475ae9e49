import type { Span } from '../doc/document.js';
import { overlaps } from './tokens.js';

interface Sorted<T> {
  items: T[];
  maxLen: number;
}
const cache = new WeakMap<readonly Span[], Sorted<Span>>();

/**
 * The spans of `list` that overlap `range`, in start order, found by binary search instead of a scan
 * (stages ask this once per sentence, so a scan would make long articles quadratic). The list is sorted
 * once and cached by identity: stages assign their annotation arrays whole and do not mutate them later.
 */
export function spansIn<T extends Span>(list: readonly T[], range: Span): T[] {
  let idx = cache.get(list) as Sorted<T> | undefined;
  if (!idx) {
    const items = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    idx = { items, maxLen: items.reduce((m, x) => Math.max(m, x.end - x.start), 0) };
    cache.set(list, idx as Sorted<Span>);
  }
  const { items, maxLen } = idx;
  // First item that could reach into the range: its start is at most maxLen before range.start.
  const lo = startingFrom(items, range.start - maxLen);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < range.end; i++) if (overlaps(items[i], range)) out.push(items[i]);
  return out;
}

/** The index of the first of spans sorted by start that starts at or after a position (binary search). */
export function startingFrom(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of spans sorted by start that starts before a position. */
export function lastBefore<T extends { start: number }>(sorted: readonly T[], pos: number): T | undefined {
  const i = startingFrom(sorted, pos);
  return i ? sorted[i - 1] : undefined;
}
