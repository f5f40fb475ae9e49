/**
 * Periods written as parts of a year or as spans between two points, each one interval:
 * - quarters, halves and semesters: "the second quarter of 2025", "Q3 2024", "H1 2026", "the first half of next
 *   year", "the second half of the year", "the second quarter" (this year's) -> `2025-04/2025-06` (months);
 * - "the first nine months of this year" -> `2025-01/2025-09`; "from January to June next year";
 * - "between August 2023 and July 2024", "from March 2024 to June 2025" -> months;
 * - "between May 2 and June 30", "from 2 May to 30 June 2025" -> days (a missing year from the tense);
 * - "from FY2025/26 to FY2028/29" -> `2025/2029` (years);
 * - "the end of the year", "the current year" -> the publication year.
 * A year named only relatively ("next year", "the year") needs the publication date (or year).
 */
import { formatInterval, formatPoint, type DateCandidate, type ParseContext } from './candidate.js';
import { MONTH_NAMES, NUMBER_WORDS, capitalised, monthIndex } from './relative.js';
import { yearFor } from './resolve.js';

const YEAR = '((?:19|20)\\d\\d)';
const ORD = '(?:st|nd|rd|th)?';
// (The year may be left out after "the": "in the second quarter" is this year's.)
const PART = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|I{1,3}|IV)\\s+(quarter|half|semester)\\b(?:\\s+(?:of\\s+)?(?:${YEAR}|(?:(this|next|last|the\\s+current|the)\\s+(?:fiscal\\s+|calendar\\s+)?year))\\b)?`, 'gi');
const FIRST_MONTHS = new RegExp(`\\bthe\\s+first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:${YEAR}|(this|next|last|the)\\s+year)\\b`, 'gi');
const MONTHS_REL = new RegExp(`\\b(?:between|from)\\s+(${MONTH_NAMES})\\s+(?:and|to|until|through)\\s+(${MONTH_NAMES})\\s+(this|next|last)\\s+year\\b`, 'g');
const PART_CODE = new RegExp(`\\b(Q[1-4]|H[12])\\s*(?:of\\s+)?${YEAR}\\b`, 'g');
const MONTHS_SPAN = new RegExp(`\\b(?:between|from)\\s+(${MONTH_NAMES})\\.?\\s+${YEAR}\\s+(?:and|to|until|through|[-–])\\s+(${MONTH_NAMES})\\.?\\s+${YEAR}\\b`, 'g');
const DAYS_SPAN_MD = new RegExp(`\\b(?:between|from)\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORD}\\s+(?:and|to|until|through)\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORD}\\b(?:,?\\s+${YEAR}\\b)?`, 'g');
const DAYS_SPAN_DM = new RegExp(`\\b(?:between|from)\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?\\s+(?:and|to|until|through)\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:,?\\s+${YEAR}\\b)?`, 'g');
const FISCAL_SPAN = new RegExp(`(?<![\\d/])(?:FY\\s?)?${YEAR}[/–-](\\d\\d(?:\\d\\d)?)\\s+(?:to|until|through|-|–)\\s+(?:FY\\s?)?${YEAR}[/–-](\\d\\d(?:\\d\\d)?)(?![\\d/])`, 'g');
const YEAR_ITSELF = /\b(?:the\s+(?:end|beginning|start|middle|course|rest|remainder|close|turn)\s+of\s+the\s+(?:current\s+)?year|the\s+current\s+year)\b/gi;

// (Roman numerals as translated releases write them: "in the II quarter of 2025".)
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, i: 1, ii: 2, iii: 3, iv: 4 };

/** The last two digits of a fiscal year's end read in its start's century ("2025/26" ends in 2026). */
const fiscalEnd = (a: number, b: string) => (b.length === 4 ? Number(b) : Math.floor(a / 100) * 100 + Number(b) + (Number(b) < a % 100 ? 100 : 0));

export function periodParser(ctx: ParseContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const t = ctx.text;
  const anchorYear = ctx.anchor.date ? Number(ctx.anchor.date.slice(0, 4)) : ctx.anchor.yearIsPublication ? ctx.anchor.year : null;
  const anchorMonth = ctx.anchor.date ? Number(ctx.anchor.date.slice(5, 7)) : 0;
  const push = (index: number, length: number, value: string, granularity: 'day' | 'month' | 'year', explicitYear: boolean, priority = 3) =>
    out.push({ start: ctx.offset + index, end: ctx.offset + index + length, value, granularity, source: 'period', priority, explicitYear });
  const months = (y: number, from: number, to: number) => formatInterval(formatPoint(y, from, null, 'month'), formatPoint(y, to, null, 'month'));
  let m: RegExpExecArray | null;

  for (const re of [PART, FIRST_MONTHS, MONTHS_REL, PART_CODE, MONTHS_SPAN, DAYS_SPAN_MD, DAYS_SPAN_DM, FISCAL_SPAN, YEAR_ITSELF]) re.lastIndex = 0;
  while ((m = PART.exec(t))) {
    const half = m[2].toLowerCase() !== 'quarter';
    const word = m[1].toLowerCase();
    if (/^[iv]+$/.test(word) && m[1] !== m[1].toUpperCase()) continue; // a Roman numeral in capitals only
    // Without a year: only "the second quarter" standing alone ("the first half of the match" is no date), in a
    // clause that looks ahead ("will start in the second quarter"); a report of results ("profit rose in the third
    // quarter") leaves the year to its context.
    const yearless = !m[3] && !m[4];
    if (yearless && (!/^the\s/i.test(m[0]) || /^\s+of\b/.test(t.slice(m.index + m[0].length)) || ctx.tenseAt(ctx.offset + m.index, ctx.offset + m.index + m[0].length) !== 'future')) continue;
    const n = word === 'final' || word === 'last' ? (half ? 2 : 4) : ORDINAL[word];
    if (half && n > 2) continue;
    const rel = m[4]?.toLowerCase().replace(/\s+/g, ' ');
    const y = m[3] ? Number(m[3]) : anchorYear === null ? null : anchorYear + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
    if (y === null) continue;
    const size = half ? 6 : 3;
    // ("by the end of the first quarter" written in December: next year's.)
    const year = yearless && n * size < anchorMonth ? y + 1 : y;
    push(m.index, m[0].length, months(year, (n - 1) * size + 1, n * size), 'month', !!m[3]);
  }
  // "the first nine months of this year" -> January to September.
  while ((m = FIRST_MONTHS.exec(t))) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const rel = m[3]?.toLowerCase();
    const y = m[2] ? Number(m[2]) : anchorYear === null ? null : anchorYear + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
    // (The span stops before "of 1997", "of this year", which keep their own value: the year.)
    const span = m[0].lastIndexOf(' of ');
    if (y !== null && n >= 2 && n <= 11 && span > 0) push(m.index, span, months(y, 1, n), 'month', !!m[2]);
  }
  // "from January to June next year".
  while ((m = MONTHS_REL.exec(t))) {
    if (!capitalised(m[1]) || !capitalised(m[2]) || anchorYear === null) continue;
    const [a, b] = [monthIndex(m[1]), monthIndex(m[2])];
    const y = anchorYear + (m[3].toLowerCase() === 'next' ? 1 : m[3].toLowerCase() === 'last' ? -1 : 0);
    // (Above the relative parser's "June next year", which it contains.)
    if (b > a) push(m.index, m[0].length, months(y, a, b), 'month', false, 5);
  }
  while ((m = PART_CODE.exec(t))) {
    const n = Number(m[1][1]);
    const size = m[1][0] === 'H' ? 6 : 3;
    push(m.index, m[0].length, months(Number(m[2]), (n - 1) * size + 1, n * size), 'month', true);
  }
  while ((m = MONTHS_SPAN.exec(t))) {
    if (!capitalised(m[1]) || !capitalised(m[3])) continue;
    const [y1, y2] = [Number(m[2]), Number(m[4])];
    const [a, b] = [monthIndex(m[1]), monthIndex(m[3])];
    if (y2 < y1 || (y2 === y1 && b <= a)) continue;
    push(m.index, m[0].length, formatInterval(formatPoint(y1, a, null, 'month'), formatPoint(y2, b, null, 'month')), 'month', true);
  }
  const days = (index: number, text: string, a: number, d1: number, b: number, d2: number, year: string | undefined) => {
    if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || (a === b && d2 <= d1)) return;
    const start = ctx.offset + index;
    const y2 = year ? Number(year) : yearFor(b, d2, ctx.anchor, ctx.tenseAt(start, start + text.length));
    const y1 = y2 === null ? null : b < a ? y2 - 1 : y2;
    push(index, text.length, formatInterval(formatPoint(y1, a, d1, 'day'), formatPoint(y2, b, d2, 'day')), 'day', !!year);
  };
  while ((m = DAYS_SPAN_MD.exec(t))) if (capitalised(m[1]) && capitalised(m[3])) days(m.index, m[0], monthIndex(m[1]), Number(m[2]), monthIndex(m[3]), Number(m[4]), m[5]);
  while ((m = DAYS_SPAN_DM.exec(t))) if (capitalised(m[2]) && capitalised(m[4])) days(m.index, m[0], monthIndex(m[2]), Number(m[1]), monthIndex(m[4]), Number(m[3]), m[5]);
  while ((m = FISCAL_SPAN.exec(t))) {
    const a = Number(m[1]);
    const b = fiscalEnd(Number(m[3]), m[4]);
    if (fiscalEnd(a, m[2]) !== a + 1 || b <= a || b - a > 50) continue;
    const at = m[0].search(/\d|FY/);
    push(m.index + at, m[0].length - at, `${a}/${b}`, 'year', true);
  }
  while ((m = YEAR_ITSELF.exec(t))) if (anchorYear !== null) push(m.index, m[0].length, String(anchorYear), 'year', false);
  return out;
}
