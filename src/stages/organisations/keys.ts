import { fold } from '../ingest/normalise.js';

const STOP = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** A word's singular, enough to merge Post/Posts, Communication/Communications, Affairs/Affair. */
function singular(w: string): string {
  if (w.length > 3 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Key under which variants of one organisation name coincide: folded case and diacritics, no punctuation
 * or hyphens (Co-operation = Cooperation), no function words, singular nouns.
 */
export function orgKey(name: string): string {
  return fold(name)
    .replace(/'s\b/g, '')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map(singular)
    .join(' ');
}
