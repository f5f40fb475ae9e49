import type { DateCandidate } from './candidate.js';

/**
 * Overlapping candidates: keep the one with the higher priority, then the longer one, then the earlier one.
 * ("4 and 5 September 2018" beats chrono's "5 September 2018"; "October 2017" beats the bare year 2017.)
 */
export function removeOverlaps(cands: DateCandidate[]): DateCandidate[] {
  const ranked = [...cands].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "from March 11-13": the preposition belongs to the interval's text as written (gold quotes it so). */
export function extendFrom(text: string, cands: DateCandidate[]): DateCandidate[] {
  return cands.map((c) => {
    if (!c.value.includes('/')) return c;
    const m = /\b(?:from|the|between)\s+$/i.exec(text.slice(Math.max(0, c.start - 10), c.start));
    return m ? { ...c, start: c.start - m[0].length } : c;
  });
}
