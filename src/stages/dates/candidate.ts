import type { Span } from '../../doc/document.js';

export type Granularity = 'day' | 'month' | 'year';

/** A date proposed by a parser, before refiners merge and filter. Offsets are into the document text. */
export interface DateCandidate extends Span {
  value: string;
  granularity: Granularity;
  /** Which parser proposed it (kept on the annotation for debugging rules). */
  source: string;
  /** Parsers that should win an overlap with a longer candidate get a higher priority. */
  priority: number;
}

export interface ParseContext {
  /** Text of one sentence or line. */
  text: string;
  /** Offset of `text` in the document. */
  offset: number;
  /** YYYY-MM-DD that anchors relative dates and missing years, or null. */
  anchor: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats a calendar point at a granularity; year null writes XXXX (nothing fixes it). */
export function formatPoint(year: number | null, month: number | null, day: number | null, g: Granularity): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (g === 'year' || month === null) return y;
  if (g === 'month' || day === null) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}
