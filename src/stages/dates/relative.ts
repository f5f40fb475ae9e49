import { formatInterval, formatPoint, type DateCandidate, type Granularity, type ParseContext } from './candidate.js';
import { namedMonthYear, shift, ymd } from './resolve.js';

/** Month names as written in dates (capitalised: "may" and "march" in lower case are a verb and a noun). */
/** The English months written in full, as an alternation. */
export const FULL_MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_NAMES = `${FULL_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const monthIndex = (s: string) => MONTHS.indexOf(s.toLowerCase().slice(0, 3)) + 1;
/** A month name whose first letter is a capital (or the whole word is, as in headlines). */
export const capitalised = (word: string) => /^\p{Lu}/u.test(word);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

// Built once; each loop below runs its global pattern to the end (lastIndex back at 0).
const MONTH_REL_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'gi');
const DAY_REL_YEAR = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'gi');
/** The start of a period right before its end: "from 1 January to ", "from March 3 - ". */
const PERIOD_START = new RegExp(`\\bfrom\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\s*(?:to|until|till|through|and|[–—-])\\s*$`, 'i');
const LAST_MONTH_DAY = new RegExp(`\\blast\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, 'gi');
const REL_MONTH = new RegExp(`\\b(last|this|next)\\s+(${MONTH_NAMES})\\b\\.?`, 'gi');
const AGO = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD})(?:[\\s-]+(${NUMBER_WORD}))?\\s+(years?|months?|days?)\\s+ago\\b`, 'gi');

/**
 * Relative dates counted from the publication date, written by this grammar (chrono's relative
 * parsers also read durations and anaphora: "in a year", "the years that followed", "a year earlier"):
 * - "yesterday", "today", "tomorrow", "last night" (a day); "now" and "tonight" name no calendar date here.
 * - "this/last/next year", "this/last/next month" ("earlier this year", "late next year" too); "the end of the month".
 *   Weeks, weekends, quarters and seasons are not days, months or years: nothing.
 * - "January this year", "June of last year": that month of that year; "15 May last year", "January 1 next year": that day.
 * - "last April", "this September", "next May".
 * - "five years ago", "42 years ago", "three months ago", "two days ago" (not "a year ago": in results
 *   reporting that is the comparable period, not a calendar year).
 * "this year" with nothing to anchor it is still a year, of unknown value (XXXX); the others need the
 * publication date (for this/last/next year, the publication year is enough).
 */
export function relativeParser(ctx: ParseContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const date = ctx.anchor.date;
  const push = (index: number, text: string, value: string, granularity: Granularity, priority = 3) =>
    out.push({ start: ctx.offset + index, end: ctx.offset + index + text.length, value, granularity, source: 'relative', priority });
  const t = ctx.text;
  let m: RegExpExecArray | null;

  // ("last night": the evening before the day of publication, so yesterday.)
  const casual = /\b(yesterday|today|tomorrow|last\s+night)\b/gi;
  while ((m = casual.exec(t))) {
    if (!date) continue;
    // "USA Today", "Leaders of Tomorrow": capitalised inside a sentence (not after a colon, quote or dash) it is a name.
    if (capitalised(m[1]) && /[\p{L}\d,]/u.test(t.slice(Math.max(0, m.index - 10), m.index).trimEnd().slice(-1))) continue;
    // ("the leaders of tomorrow", "the skills of tomorrow": the future in general, no day; not "ahead of tomorrow's
    // election", "the end of tomorrow".)
    if (/^tomorrow$/i.test(m[1]) && !/^['’]s\b/.test(t.slice(m.index + m[0].length))) {
      const before = t.slice(Math.max(0, m.index - 30), m.index).split(/\s+/);
      if (before[before.length - 1] === '' && before[before.length - 2]?.toLowerCase() === 'of' && /^\p{L}+s$/u.test(before[before.length - 3] ?? '')) continue;
    }
    const n = /^last/i.test(m[1]) ? -1 : { yesterday: -1, today: 0, tomorrow: 1 }[m[1].toLowerCase() as 'today'];
    const [y, mo, d] = shift(date, 'day', n);
    push(m.index, m[0], formatPoint(y, mo, d, 'day'), 'day', 2);
  }

  const monthRelYear = MONTH_REL_YEAR;
  monthRelYear.lastIndex = 0;
  while ((m = monthRelYear.exec(t))) {
    if (!capitalised(m[1]) || !date) continue;
    const y = ymd(date)[0] + OFFSET[m[2].toLowerCase()];
    push(m.index, m[0], formatPoint(y, monthIndex(m[1]), null, 'month'), 'month', 4);
  }

  // "15 May last year", "January 1 next year": that day of that year.
  const dayRelYear = DAY_REL_YEAR;
  dayRelYear.lastIndex = 0;
  while ((m = dayRelYear.exec(t))) {
    const monthName = m[2] ?? m[3];
    const day = Number(m[1] ?? m[4]);
    if (!capitalised(monthName) || !date || day < 1 || day > 31) continue;
    const y = ymd(date)[0] + OFFSET[m[5].toLowerCase()];
    // "from 1 January to 29 September this year": the end of a period, whose start takes the same year.
    if (/(?:\b(?:to|until|till|through|and)\s+|[–—-]\s*)$/.test(t.slice(Math.max(0, m.index - 9), m.index))) {
      const from = PERIOD_START.exec(t.slice(Math.max(0, m.index - 40), m.index));
      if (!from) continue;
      const start = formatPoint(y, monthIndex(from[2] ?? from[3]), Number(from[1] ?? from[4]), 'day');
      const at = m.index - (Math.min(40, m.index) - from.index);
      push(at, t.slice(at, m.index + m[0].length), formatInterval(start, formatPoint(y, monthIndex(monthName), day, 'day')), 'day', 5);
      continue;
    }
    push(m.index, m[0], formatPoint(y, monthIndex(monthName), day, 'day'), 'day', 5);
  }

  // "last October 24": the latest October 24 before the publication date (a day, not last year's October).
  const lastDay = LAST_MONTH_DAY;
  lastDay.lastIndex = 0;
  while ((m = lastDay.exec(t))) {
    if (!capitalised(m[1]) || !date) continue;
    const [Y, M, D] = ymd(date);
    const month = monthIndex(m[1]);
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const y = month < M || (month === M && day < D) ? Y : Y - 1;
    push(m.index, m[0], formatPoint(y, month, day, 'day'), 'day', 4);
  }

  const relMonth = REL_MONTH;
  relMonth.lastIndex = 0;
  while ((m = relMonth.exec(t))) {
    if (!capitalised(m[2]) || !date) continue;
    const month = monthIndex(m[2]);
    const y = namedMonthYear(m[1].toLowerCase() as 'last', month, date);
    push(m.index, m[0], formatPoint(y, month, null, 'month'), 'month', 4);
  }

  const relUnit = /\b(this|last|next)\s+(year|month)\b/gi;
  while ((m = relUnit.exec(t))) {
    const k = OFFSET[m[1].toLowerCase()];
    const unit = m[2].toLowerCase() as 'year' | 'month';
    if (!date) {
      if (unit === 'year' && ctx.anchor.yearIsPublication && ctx.anchor.year !== null) push(m.index, m[0], String(ctx.anchor.year + k), 'year');
      else if (unit === 'year' && k === 0) push(m.index, m[0], 'XXXX', 'year');
      continue;
    }
    const [y, mo] = shift(date, unit, k);
    push(m.index, m[0], formatPoint(y, mo, null, unit), unit);
  }

  // "by the end of the month", "at the beginning of this month": the month of publication.
  const partOfMonth = /\bthe\s+(?:end|middle|start|beginning)\s+of\s+(?:the|this)\s+month\b/gi;
  while ((m = partOfMonth.exec(t))) {
    if (!date) continue;
    const [y, mo] = ymd(date);
    push(m.index, m[0], formatPoint(y, mo, null, 'month'), 'month');
  }

  const ago = AGO;
  ago.lastIndex = 0;
  while ((m = ago.exec(t))) {
    if (!date) continue;
    const word = (w: string) => (/^\d/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);
    const tens = word(m[1]);
    const units = m[2] ? word(m[2]) : 0;
    if (m[2] && !(tens >= 20 && tens % 10 === 0 && units < 10)) continue; // "twenty-five", not "one hundred"
    const n = tens + units;
    const unit = m[3].toLowerCase().replace(/s$/, '') as 'year' | 'month' | 'day';
    const [y, mo, d] = shift(date, unit, -n);
    push(m.index, m[0], formatPoint(y, mo, d, unit), unit);
  }
  return out;
}
