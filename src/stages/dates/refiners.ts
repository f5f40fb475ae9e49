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

/**
 * "from 1 December 2025 to 10 January 2026", "between 3 March 2025 and 2 April 2025", "26/08/2024 – 30/08/2024": two dates of the same
 * granularity, each complete, joined as the two ends of one period, are that period (chrono reads each alone when
 * both carry a year).
 */
export function joinRanges(text: string, cands: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (b && a.granularity === b.granularity && (a.granularity === 'day' || a.granularity === 'month') && !a.value.includes('/') && !b.value.includes('/') && !a.value.includes('X') && !b.value.includes('X') && a.value < b.value) {
      const between = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 8), a.start);
      // ("26/08/2024 – 30/08/2024", "02.06.2025 - 15.07.2025": two dates with their years written, a dash between.)
      const dashed = a.explicitYear && b.explicitYear && /^\s?[–—-]\s?$/.test(between);
      // ("(July 1, 2025, through June 30, 2026)": a bracket opens the period as "from" does.)
      // ("held on 30 June and 1 July": two days running joined by "and" are one two-day period.)
      // (Days written with their months' names: "filed 2023-05-06 and 2023/05/07" are two filings.)
      const named = (c: DateCandidate) => /\p{L}/u.test(text.slice(c.start, c.end));
      const running = a.granularity === 'day' && /^\s+and\s+$/i.test(between) && named(a) && named(b) && nextDay(a.value) === b.value;
      const joined = dashed || running || (/^,?\s+(?:to|until|till|through)\s+$/i.test(between) && /(?:\bfrom\s+|\(\s*)$/i.test(lead)) || (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(lead));
      if (joined) {
        out.push({ ...a, end: b.end, value: `${a.value}/${b.value}`, source: `${a.source}+range`, explicitYear: a.explicitYear || b.explicitYear });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * "the months of June and July 2025", "on 30 June or 1 July 2026": a month or day written without its year,
 * joined by "and", "or" or a comma to one of the same granularity that writes it, shares that year.
 * ("the arrears for April and May", written in June: two months without a year, the earlier first and at most two
 * apart, are one stretch of the later one's year, which the tense's slack may have put apart; "in March and
 * October" are two dates.)
 */
export function shareYear(text: string, cands: DateCandidate[]): DateCandidate[] {
  const out = [...cands];
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (a.explicitYear || a.granularity !== b.granularity || a.granularity === 'year' || a.value.includes('/') || b.value.includes('/')) continue;
    if (!/^\s*(?:,\s*)?(?:and|or|&|,)\s*$/i.test(text.slice(a.end, b.start))) continue;
    if (b.explicitYear) out[i] = { ...a, value: b.value.slice(0, 4) + a.value.slice(4), explicitYear: true };
    else if (a.granularity === 'month' && /^\d{4}-\d\d$/.test(a.value) && /^\d{4}-\d\d$/.test(b.value)) {
      const gap = Number(b.value.slice(5)) - Number(a.value.slice(5));
      if (gap > 0 && gap <= 2) out[i] = { ...a, value: b.value.slice(0, 4) + a.value.slice(4) };
    }
  }
  return out;
}

/** "The Secretariat's financial year runs from July to June": the months of any year, no date. */
const GENERIC_SPAN = /\b(?:year|season|semester)\s+(?:runs|run|starts|begins|lasts|goes)\s+(?:from\s+)?$/i;

/**
 * "the lean season of 2025 (1 January to 31 May 2025)", "FY2025 (April 2025 to March 2026)": a period restated
 * in brackets right after it, more precisely, is one date (the bracket's); a span of months any year has ("runs
 * from July to June") is none.
 */
export function dropRestated(text: string, cands: DateCandidate[]): DateCandidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const out: DateCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a.explicitYear && GENERIC_SPAN.test(text.slice(Math.max(0, a.start - 40), a.start))) continue;
    if (b && a.granularity === 'year' && b.granularity !== 'year' && /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && b.value.slice(0, 4) === a.value.slice(0, 4)) continue;
    out.push(a);
  }
  return out;
}

/** Words before a year far ahead that make it a target ("by 2080", "until 2100", "a goal for 2080", "Vision 2100"). */
const TARGET_BEFORE = /\b(?:by|until|till|through|before|beyond|(?:target|goal)s?\s+(?:of|for)|Vision|Agenda)\s+$/i;
/** Words after it that do ("the 2080 target", "its 2070 net-zero goal"). */
const TARGET_AFTER = /^\s+(?:[\w-]+\s+)?(?:target|goal|horizon|vision|agenda|deadline)s?\b/i;

/**
 * "2080 Jestha 25", "the fiscal year 2080/81" in a release of 2023: a date (a year, a range of years, a day) fifty
 * or more years after the publication year, with no target word before or after it, is of another calendar (Nepal's
 * Bikram Sambat runs 56 or 57 years ahead), not the Gregorian one.
 */
export function dropOtherCalendars(text: string, cands: DateCandidate[], year: number | null): DateCandidate[] {
  if (year === null) return cands;
  const far = (c: DateCandidate) => /^\d{4}/.test(c.value) && Number(c.value.slice(0, 4)) >= year + 50;
  return cands.filter((c) => !(far(c) && !TARGET_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) && !TARGET_AFTER.test(text.slice(c.end, c.end + 30))));
}

/** "each March", "every Monday": a month or weekday that recurs names no one date. */
export function dropRecurring(text: string, cands: DateCandidate[]): DateCandidate[] {
  return cands.filter((c) => c.explicitYear || !/\b(?:each|every)\s+$/i.test(text.slice(Math.max(0, c.start - 7), c.start)));
}

/** The calendar day after a YYYY-MM-DD day. */
function nextDay(iso: string): string {
  const t = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1));
  return t.toISOString().slice(0, 10);
}
