import { fold } from '../stages/ingest/normalise.js';

/** A highlighted span shown in its sentence: text before, the span itself, text after. */
export interface Context {
  before: string;
  match: string;
  after: string;
  start: number;
  end: number;
}

const STOP = /[.!?\n]/;

/** The sentence around raw[start, end): back and forward to the nearest stop or line break, at most 240 characters each way. */
export function contextOf(raw: string, start: number, end: number): Context {
  let b = start;
  while (b > 0 && start - b < 240 && !(STOP.test(raw[b - 1]) && /\s/.test(raw[b] ?? ''))) b--;
  let e = end;
  while (e < raw.length && e - end < 240 && !STOP.test(raw[e])) e++;
  if (e < raw.length && raw[e] !== '\n') e++;
  return { before: raw.slice(b, start).trimStart(), match: raw.slice(start, end), after: raw.slice(end, e).trimEnd(), start, end };
}

/** First place a name (or one of its other forms) occurs in the text, ignoring case and diacritics. */
export function findName(raw: string, names: string[]): { start: number; end: number } | null {
  const folded = fold(raw);
  // fold() keeps length for Latin text (diacritics removed one for one after NFC); fall back to exact search otherwise.
  const sameLength = folded.length === raw.length;
  for (const n of names) {
    if (!n) continue;
    const at = raw.indexOf(n);
    if (at >= 0) return { start: at, end: at + n.length };
    if (sameLength) {
      const f = folded.indexOf(fold(n));
      if (f >= 0) return { start: f, end: f + n.length };
    }
  }
  return null;
}
