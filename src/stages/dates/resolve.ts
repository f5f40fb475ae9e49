import type { Anchor } from './candidate.js';
import type { Tense } from './tense.js';

/** Year, month, day of a YYYY-MM-DD string. */
export function ymd(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** The weekday of a date (0 = Sunday). */
export const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/**
 * How far after the publication date a past-tense clause may still name a date of the publication's
 * year ("declared a dividend payable Dec. 1", "asked it to respond by Oct. 31": the clause is past, the
 * date ahead), and how far before it a future clause may (a release posted days after the event it
 * announces). Beyond these, the tense moves the date to the year before or after.
 */
export const PAST_SLACK_DAYS = 45;
export const FUTURE_SLACK_DAYS = 31;

/**
 * The year of a month (and day) written without one. With a publication date: past tense, the last
 * such date on or before it ("the talks were held on December 12", published in January: December of
 * the year before); future, the first on or after it; otherwise the nearest one. With only the year
 * of the article's explicit dates: that year. With nothing: null (written XXXX).
 */
export function yearFor(month: number, day: number | null, anchor: Anchor, tense: Tense): number | null {
  if (!anchor.date) return anchor.year;
  const [Y, M, D] = ymd(anchor.date);
  const ref = dayNumber(Y, M, D);
  // A month counts from its first day when looking back (and gets no slack: "sales rose in April" written
  // in February is last April), from its last when looking ahead.
  const first = dayNumber(Y, month, day ?? 1);
  const last = day === null ? dayNumber(Y, month + 1, 0) : first;
  if (tense === 'past') return first <= ref + (day === null ? 0 : PAST_SLACK_DAYS) ? Y : Y - 1;
  if (tense === 'future') return last >= ref - FUTURE_SLACK_DAYS ? Y : Y + 1;
  // A month in a present clause is mostly a scheduled one ("the session, which begins in October", "the loan falls
  // due in September"): this month or one to come.
  if (tense === 'present' && day === null) return last >= ref ? Y : Y + 1;
  const distance = (y: number) => (day === null ? Math.abs(y * 12 + month - (Y * 12 + M)) : Math.abs(dayNumber(y, month, day) - ref));
  let best = Y;
  for (const y of [Y - 1, Y + 1]) if (distance(y) < distance(best)) best = y;
  return best;
}

/** A date moved by whole days, months or years from an ISO date, as [year, month, day]. */
export function shift(iso: string, unit: 'day' | 'month' | 'year', n: number): [number, number, number] {
  const [y, m, d] = ymd(iso);
  if (unit === 'year') return [y + n, m, d];
  if (unit === 'month') {
    const k = y * 12 + (m - 1) + n;
    return [Math.floor(k / 12), (k % 12 + 12) % 12 + 1, d];
  }
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/**
 * A weekday named alone ("said Monday", "will meet on Thursday"): in a past clause the one in the week
 * before the publication date (the publication day itself included), in a future clause the one in the
 * week after, otherwise the nearer of the two (a clause with no past or future word is mostly present:
 * "the leaders meet separately Monday"; a tie looks back).
 */
export function weekdayDate(weekday: number, anchorDate: string, tense: Tense): [number, number, number] {
  const ref = weekdayOf(...ymd(anchorDate));
  const back = (ref - weekday + 7) % 7;
  const fwd = (weekday - ref + 7) % 7;
  const n = tense === 'future' ? fwd : tense === 'past' ? -back : back <= fwd ? -back : fwd;
  return shift(anchorDate, 'day', n);
}

/**
 * "last April": the most recent April before the publication month, but a year back when that is the
 * month just gone or the current one ("last February" written on March 1 is February of last year;
 * "this February" would name the one just past). "this April": the publication year's. "next April":
 * the first April after the publication month.
 */
export function namedMonthYear(modifier: 'last' | 'this' | 'next', month: number, anchorDate: string): number {
  const [Y, M] = ymd(anchorDate);
  if (modifier === 'this') return Y;
  if (modifier === 'next') return month > M ? Y : Y + 1;
  return month < M - 1 ? Y : Y - 1;
}
