/**
 * Periods named by comparison with one just written, as statistics releases write them: "exports rose in
 * January to August 2025 against the corresponding period of 2024" -> `2024-01/2024-08`; "in August, compared
 * with the same month of the previous year" -> August of the year before; "the same quarter last year". The
 * period compared is the nearest month or span of months written before the phrase (in its sentence or the
 * one before, within REACH characters), moved to the year the phrase names. The phrase replaces whatever was
 * read inside it (the bare "2024", "last year").
 */
import type { DateCandidate } from './candidate.js';

const SAME = /\bthe\s+(?:same|corresponding|comparable)\s+(period|months?|quarter|half|semester)\s+(?:of\s+|in\s+)?(?:(?:the\s+)?(previous|preceding|prior|last)\s+year|((?:19|20)\d\d))\b/gi;
/** How far back the compared period may stand. */
const REACH = 400;

/** Adds `years` to each YYYY-MM end of a month value ("2025-01/2025-08" + -1). */
const moveYears = (value: string, years: number) => value.replace(/\b(\d{4})(?=-)/g, (y) => String(Number(y) + years));

export function comparedPeriods(text: string, cands: DateCandidate[]): DateCandidate[] {
  if (!/\b(?:same|corresponding|comparable)\b/i.test(text)) return cands;
  const found: DateCandidate[] = [];
  let next = 0; // candidates before `next` start before the phrase (both run in text order: linear overall)
  SAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SAME.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < cands.length && cands[next].start < start) next++;
    const single = m[1].toLowerCase() === 'month';
    // The nearest month (for "the same month") or span of months ending before the phrase, within REACH.
    let ref: DateCandidate | undefined;
    for (let i = next - 1; i >= 0 && start - cands[i].start <= REACH; i--) {
      const c = cands[i];
      if (c.end > start || c.granularity !== 'month' || c.value.includes('X') || (single && c.value.includes('/'))) continue;
      ref = c;
      break;
    }
    if (!ref) continue;
    const years = m[3] ? Number(m[3]) - Number(ref.value.slice(0, 4)) : -1;
    if (years !== 0) found.push({ start, end, value: moveYears(ref.value, years), granularity: 'month', source: 'compared', priority: 3, explicitYear: true });
  }
  if (!found.length) return cands;
  // Merge in text order; what was read inside a phrase gives way to it.
  const out: DateCandidate[] = [];
  let j = 0;
  for (const c of cands) {
    while (j < found.length && found[j].end <= c.start) out.push(found[j++]);
    if (j < found.length && c.end > found[j].start && c.start < found[j].end) continue;
    out.push(c);
  }
  while (j < found.length) out.push(found[j++]);
  return out;
}
