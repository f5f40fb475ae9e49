import type { DateCandidate } from './candidate.js';

/**
 * Overlapping candidates: keep the one with the higher priority, then the longer one, then the earlier one.
 * ("4 and 5 September 2018" beats chrono's "5 September 2018"; "October 2017" beats the bare year 2017.)
 */
export function removeOverlaps(cands: DateCandidate[]): DateCandidate[] {
  if (cands.length < 2) return cands;
  const ranked = [...cands].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Characters taken by kept candidates (candidates are short, so this is linear in the text they cover).
  let base = Infinity;
  let top = 0;
  for (const c of cands) {
    base = Math.min(base, c.start);
    top = Math.max(top, c.end);
  }
  const taken = new Uint8Array(top - base);
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start - base; i < c.end - base && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start - base, c.end - base);
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
