/**
 * A letterhead in capitals ("MINISTRY OF FOREIGN AFFAIRS", "CHAMBER OF DEPUTIES OF CHILE — Press Office",
 * "EAST AFRICAN COMMUNITY"): the body that issues the release, on one of its first or last short lines. The
 * name rules read title case, so the line is read again written in title case (same length, same offsets),
 * and what they find there is taken, with the name in title case.
 */
import type { Span } from '../../doc/document.js';
import { tokenize, type Token } from '../../text/tokens.js';
import type { OrgRules } from './rules.js';
import { chainCandidates, type OrgCandidate } from './chains.js';
import { shouting } from './acronyms.js';

/** How near the top or the end of the article a letterhead stands, and how long its line is. */
const TOP_CHARS = 600;
const END_CHARS = 300;
const MAX_WORDS = 10;
/** Words a title keeps in lower case. */
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'das', 'y', 'e', 'et', 'dan']);

/** The line's letters in title case, one character for one; words `keep` accepts stay as written (acronyms). */
export function titleCase(line: string, keep: (w: string) => boolean = () => false): string {
  let first = true;
  return line.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (w) => {
    if (keep(w)) {
      first = false;
      return w;
    }
    const lower = w.toLowerCase();
    // "L'EAU" is "l'Eau" and "D'IVOIRE" "d'Ivoire" (an elided French article); "O'BRIEN" is "O'Brien".
    const elision = /^([ld])(['’])(\p{L}.*)$/iu.exec(w);
    const out = elision
      ? (first ? elision[1].toUpperCase() : elision[1].toLowerCase()) + elision[2] + elision[3][0] + elision[3].slice(1).toLowerCase()
      : !first && SMALL.has(lower) ? lower : w[0] + w.slice(1).toLowerCase();
    first = false;
    // Title case can change a word's length only for letters with no one-character case pair: keep such words.
    return out.length === w.length ? out : w;
  });
}

/**
 * Is this sentence (its tokens `toks`) a short line near the top or the end of the article that shouts, most of
 * its words in capitals (a "— Press Office" tail may follow)?
 */
export function isLetterhead(text: string, s: Span, toks: Token[]): boolean {
  if (s.start > TOP_CHARS && s.end < text.length - END_CHARS) return false;
  return text.slice(s.start, s.end).split(/\s+/).length <= MAX_WORDS && shouting(toks);
}

/** Organisation names on a letterhead line, read in title case; offsets into the article. */
export function letterheadCandidates(text: string, s: Span, r: OrgRules): OrgCandidate[] {
  // ("ECOWAS COMMISSION" is "ECOWAS Commission", as the body text writes it: an acronym the gazetteer knows stays, of
  // three letters or more: "AU" in "SECRÉTARIAT D'ÉTAT AU COMMERCE" is French.)
  const line = titleCase(text.slice(s.start, s.end), (w) => w.length >= 3 && r.gazetteer.byAcronym.has(w));
  // The line in place, so offsets stay the article's.
  const copy = text.slice(0, s.start) + line + text.slice(s.end);
  const toks: Token[] = tokenize(copy, s.start, s.end);
  return chainCandidates(copy, toks, r).map((c) => ({ ...c, surface: copy.slice(c.start, c.end), rule: 'letterhead' }));
}
