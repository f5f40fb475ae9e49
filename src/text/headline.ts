import type { Span } from '../doc/document.js';
import { isMostlyVerb, isVerbForm } from '../lexicon/english.js';
import { isCap, isLower, type Token } from './tokens.js';

const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'upon', 's']);

/**
 * A headline in title case ("Vietnam, Singapore Combine Forces to Fight Crime"): a whole line with no
 * closing stop, most of its longer words capitalised, one of them a verb. Capitals there say nothing about
 * names, so stages read only known names, acronyms and titled people in it. (Official prose capitalises
 * heavily too, but ends in a stop.)
 */
export function isHeadline(text: string, s: Span, toks: Token[]): boolean {
  // Organisations and people ask it of the same sentence and its shared tokens: the answer is kept with them.
  const seen = answers.get(toks);
  if (seen && seen.text === text && seen.start === s.start && seen.end === s.end) return seen.headline;
  const headline = headlineShape(text, s, toks);
  answers.set(toks, { text, start: s.start, end: s.end, headline });
  return headline;
}

const answers = new WeakMap<Token[], { text: string; start: number; end: number; headline: boolean }>();

/**
 * The same shape with a verb the lexicon lacks in its third person ("Speaker Secures Support to Digitise Offices"): for
 * reading a verb after a title, not for the rest of a headline's reading (organisations' names there stay as they were).
 */
export const headlineWithAnyVerb = (text: string, s: Span, toks: Token[]): boolean => isHeadline(text, s, toks) || headlineShape(text, s, toks, isVerbForm);

function headlineShape(text: string, s: Span, toks: Token[], verb: (w: string) => boolean = isMostlyVerb): boolean {
  if ((s.start > 0 && text[s.start - 1] !== '\n') || (s.end < text.length && text[s.end] !== '\n')) return false;
  if (/[.!?:;]["')\]]*$/.test(text.slice(Math.max(s.start, s.end - 3), s.end))) return false;
  // Title case leaves only short function words in lower case; "who is also" is prose (a caption).
  if (toks.some((t) => isLower(t.text) && !TITLE_CASE_LOWER.has(t.text))) return false;
  const words = toks.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (words.length < 4 || words.filter((t) => isCap(t.text)).length / words.length < 0.75) return false;
  // A headline says something ("Combine", "Commits", "Sign"); a line of names ("Directorate of Information and
  // Communication | African Union Commission") is read like prose.
  return words.some((t) => verb(t.text));
}

