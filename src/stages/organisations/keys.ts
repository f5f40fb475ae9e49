import { fold } from '../ingest/normalise.js';

/** What a state agency is "under" in its name ("... under the Government of ..."). */
export const UNDER_BODIES = new Set(['Government', 'President', 'Cabinet', 'Office']);

/** The name without a tail " under the Government ..." (whom a state agency reports to). */
function withoutUnder(name: string): string {
  const at = name.indexOf(' under the ');
  return at > 0 && UNDER_BODIES.has(name.slice(at + 11).split(' ')[0]) ? name.slice(0, at) : name;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** A word's singular, enough to merge Post/Posts, Communication/Communications, Affairs/Affair. */
function singular(w: string): string {
  if (w.length > 3 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Key under which variants of one organisation name coincide: folded case and diacritics, no punctuation
 * or hyphens (Co-operation = Cooperation), no function words, singular nouns, and with `synonyms` one
 * word for words a body's name may swap (Association / Organisation).
 */
export function orgKey(name: string, synonyms?: Map<string, string>): string {
  // "Agency for Land Reclamation ... under the Government (of Tajikistan)": whom a state agency reports to is no part
  // of what tells it apart, so the short form joins it.
  return fold(withoutUnder(name))
    .replace(/'s\b/g, '')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map(singular)
    .map((w) => synonyms?.get(w) ?? w)
    .join(' ');
}

/** orgKey's word for each word of a synonym group: the group's first ("organisation" -> "association"). */
export function synonymMap(groups: string[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    const canon = singular(fold(g[0]));
    for (const w of g) if (!out.has(singular(fold(w)))) out.set(singular(fold(w)), canon);
  }
  return out;
}
