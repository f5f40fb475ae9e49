import type { Span } from '../../doc/document.js';
import type { Tense } from './tense.js';

export type Granularity = 'day' | 'month' | 'year';

/** A date proposed by a parser, before refiners merge and filter. Offsets are into the document text. */
export interface DateCandidate extends Span {
  value: string;
  granularity: Granularity;
  /** Which parser proposed it (kept on the annotation for debugging rules). */
  source: string;
  /** Parsers that should win an overlap with a longer candidate get a higher priority. */
  priority: number;
  /** The year is written in the expression ("4 September 2018", "2016-2020"), not inferred. */
  explicitYear?: boolean;
}

/**
 * What fixes the year of dates written without one, and the day relative dates count from.
 * `date` (YYYY-MM-DD): the dateline, the input's `published`, --reference-date, or a first-lines
 * statement of when the release was issued. `year` alone: the year that the article's explicit
 * full dates share, which places "March 30" but not "yesterday" or "last year"; or the publication
 * month-year of the headline, which also places "last year".
 */
export interface Anchor {
  date: string | null;
  year: number | null;
  /** `year` is the publication year (a headline's "[September 2023]"): "this year", "last year" count from it. */
  yearIsPublication?: boolean;
}

export const NO_ANCHOR: Anchor = { date: null, year: null };

export interface ParseContext {
  /** Text of one sentence or line. */
  text: string;
  /** Offset of `text` in the document. */
  offset: number;
  anchor: Anchor;
  /** Numeric dates are written day first (text/day-first.ts, read once per Doc). */
  dayFirst: boolean;
  /** Tense of the clause around [start, end) of `text` (tense.ts). */
  tenseAt(start: number, end: number): Tense;
  /**
   * chrono's readings already made for this article, by publication date and text: the issue-date search and
   * the second pass (dates.ts) read the same sentences against the same reference day again.
   */
  chronoCache?: Map<string, unknown[]>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Is this a day of the calendar (month 1-12, day within the month of that year)? */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats a calendar point at a granularity; year null writes XXXX (nothing fixes it). */
export function formatPoint(year: number | null, month: number | null, day: number | null, g: Granularity): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (g === 'year' || month === null) return y;
  if (g === 'month' || day === null) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** `start/end`, or `start` alone when both ends are the same. */
export function formatInterval(start: string, end: string): string {
  return start === end ? start : `${start}/${end}`;
}
