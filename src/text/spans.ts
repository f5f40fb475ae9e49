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
  let lo = 0;
  let hi = items.length;
  const from = range.start - maxLen;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < range.end; i++) if (overlaps(items[i], range)) out.push(items[i]);
  return out;
}
