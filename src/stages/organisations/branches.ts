/**
 * A body's national branch or seat, named by the place right after the body's name with nothing between ("World
 * Vision Solomon Islands", "Save the Children UK", "Comenius University Bratislava"): the place is part of the name
 * written there. The mention keeps its key, so the branch and the body's bare name stay one organisation, named by
 * its longest form. A UN agency's, a bank's or an intergovernmental body's office ("UNICEF Madagascar") is that
 * body itself, named without the place.
 */
import type { OrgMention } from '../../doc/document.js';
import type { Token } from '../../text/tokens.js';
import type { OrgRules } from './rules.js';

/** Gazetteer kinds whose bodies keep national branches of their own name (NGOs, humanitarian bodies). */
const BRANCHING = new Set(['ngo', 'humanitarian', 'other']);

/** Extends in place each mention followed by a place that ends its phrase (a capital, "'s" or a digit after it do not). */
export function placeBranches(text: string, mentions: OrgMention[], sentenceTokens: Token[][], r: OrgRules): void {
  // The token right after each mention (one space after it), found in one pass over the tokens.
  const wanted = new Set<number>();
  for (const m of mentions) if (text[m.end] === ' ') wanted.add(m.end + 1);
  if (!wanted.size) return;
  const at = new Map<number, { toks: Token[]; i: number }>();
  for (const toks of sentenceTokens) for (let i = 0; i < toks.length; i++) if (wanted.has(toks[i].start)) at.set(toks[i].start, { toks, i });
  const starts = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    // (Not a two-letter acronym: "the EU Ukraine summit".)
    if (text[m.end] !== ' ' || m.key.startsWith('gov:') || (m.acronym && m.surface.length <= 2)) continue;
    if (m.gazetteer && !BRANCHING.has(r.gazetteer.kindOf.get(m.gazetteer) ?? 'other')) continue;
    const next = at.get(m.end + 1);
    if (!next) continue;
    const place = r.places.places.matchAt(text, next.toks, next.i);
    if (!place || starts.has(next.toks[next.i].start)) continue;
    const after = next.toks[place.j];
    if (after && (/^[\p{Lu}\d]/u.test(after.text) || /^['’]s$/.test(after.text) || after.text === '-')) continue;
    m.end = place.end;
    m.surface = text.slice(m.start, place.end).replace(/^the\s+/i, '');
  }
}
