import type { Doc, PersonMention, Span } from '../../doc/document.js';
import { inside, isCapitalised, tokenize, type Token } from '../../text/tokens.js';
import { spansIn } from '../../text/spans.js';
import { bare, type PeopleLexicon } from './lexicon.js';

type Kind = 'title' | 'honorific' | 'joiner' | 'name' | 'other' | 'place';

interface Tok extends Token {
  kind: Kind;
}

/** Lower-case words that may sit inside a titled phrase ("Minister of Information and Communications"). */
const JOINERS = new Set(['of', 'and', 'for', 'the', '&', 'to', 'in', '-', "'s", 'on']);

/**
 * Classifies each token of a sentence for person detection: titles, honorifics, joiners, name-like words,
 * and everything else (places, organisation words, openers).
 */
function classify(doc: Doc, s: Span, toks: Token[], lex: PeopleLexicon): Tok[] {
  const orgSpans = spansIn(doc.orgMentions, s);
  const out: Tok[] = toks.map((t) => ({ ...t, kind: 'other' as Kind }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const w = bare(t.text);
    const next = out[i + 1];
    if (orgSpans.some((o) => inside(t, o))) t.kind = 'other';
    else if (lex.honorifics.has(w) && (w !== 'HE' || (next && isCapitalised(next.text)))) t.kind = 'honorific';
    else if (lex.titles.has(t.text)) t.kind = 'title';
    else if (JOINERS.has(t.text)) t.kind = 'joiner';
    else if (lex.surnames.has(t.text) && next && isCapitalised(next.text) && !lex.titles.has(next.text) && !lex.notNames.has(next.text)) t.kind = 'name';
    else if (lex.places.placeWords.has(t.text.toLowerCase()) || lex.places.countryOf.has(t.text)) t.kind = 'place';
    else if (/^\p{Lu}$/u.test(t.text) && next?.text === '.' && i > 0 && /^\p{Lu}\p{Ll}/u.test(out[i - 1].text)) t.kind = 'name'; // "Varney A. Sirleaf"
    else if (lex.notNames.has(t.text) && t.text.length <= 3 && i > 0 && out[i - 1].kind === 'name' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) t.kind = 'name'; // "Tran Van An": a short word after a name is part of it
    else if (lex.notNames.has(t.text)) t.kind = 'other';
    else if (/^\p{Lu}[\p{Ll}\p{M}]/u.test(t.text) || (/^\p{Lu}$/u.test(t.text) && next?.text === '.')) t.kind = 'name';
    else if (/^\p{Lu}{2,}$/u.test(t.text)) t.kind = 'other';
  }
  // Multi-word honorifics ("His Majesty", "Tan Sri") and place names ("Phnom Penh").
  const mark = (words: string[], kind: Kind) => {
    for (let i = 0; i < out.length; i++) {
      if (words.every((w, k) => out[i + k] && bare(out[i + k].text) === w)) for (let k = 0; k < words.length; k++) out[i + k].kind = kind;
    }
  };
  for (const words of lex.multiHonorifics) mark(words, 'honorific');
  for (const words of lex.places.placePhrases) mark(words, 'place');
  return out;
}

export interface Detected extends PersonMention {
  /** Name tokens, for merging. */
  tokens: string[];
  shape: string | null;
}

/** A phrase: tokens that may belong to one titled name ("Vietnamese Prime Minister Nguyen Xuan Phuc"). */
function phrases(toks: Tok[], text: string, base: number): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = cur[cur.length - 1];
    const gapHasBreak = prev && /[\n]/.test(text.slice(prev.end - base, t.start - base));
    if (gapHasBreak) flush();
    if (t.kind !== 'joiner' && t.kind !== 'other' && t.kind !== 'place' && !/^\p{L}/u.test(t.text)) {
      flush();
      continue;
    }
    if (t.text === '.' || t.text === "'") {
      // The stop after an initial or an honorific ("G.", "Mr.", "Dato'") stays inside the phrase.
      if (prev && (prev.kind === 'honorific' || /^\p{Lu}$/u.test(prev.text))) continue;
      flush();
      continue;
    }
    // Any other mark ends the phrase (",", "(", "<", "/", ...); joiners "&", "-" and a possessive "'s" do not.
    if (!/^(?:[\p{L}\p{N}&-]|'s$)/u.test(t.text)) {
      flush();
      continue;
    }
    if (t.kind === 'other' && /^\p{Ll}/u.test(t.text)) {
      flush();
      continue;
    }
    cur.push(t);
  }
  flush();
  return out;
}

/** Finds person mentions in one sentence. Full names need a title, an honorific, an appositive title or a known name shape. */
export function detectInSentence(doc: Doc, s: Span, lex: PeopleLexicon): Detected[] {
  const toks = classify(doc, s, tokenize(doc.text, s.start, s.end), lex);
  const out: Detected[] = [];
  for (const ph of phrases(toks, doc.text, 0)) {
    let i = 0;
    while (i < ph.length) {
      if (ph[i].kind !== 'name') {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < ph.length && ph[j + 1].kind === 'name') j++;
      const seg = ph.slice(i, j + 1);
      const prefix = ph.slice(0, i);
      const next = ph[j + 1];
      i = j + 1;
      // A name does not run straight into organisation or title words ("Milk Food Joint Stock Company").
      if (next && next.kind !== 'joiner') continue;
      const lastPrefix = [...prefix].reverse().find((t) => t.kind !== 'joiner');
      const titled = prefix.some((t) => t.kind === 'title' || t.kind === 'honorific');
      const directlyTitled = !!lastPrefix && (lastPrefix.kind === 'title' || lastPrefix.kind === 'honorific') && prefix[prefix.length - 1] === lastPrefix;
      const shape = lex.surnames.get(seg[0].text) ?? null;
      const start = seg[0].start;
      const end = seg[seg.length - 1].end + (doc.text[seg[seg.length - 1].end] === '.' && /^\p{Lu}$/u.test(seg[seg.length - 1].text) ? 1 : 0);
      const after = doc.text.slice(end, Math.min(s.end, end + 40));
      const before = doc.text.slice(Math.max(s.start, start - 40), start);
      const appositiveAfter = /^,\s+(?:the\s+)?(?:[A-Z][\p{L}'-]*\s+){0,4}(?:Minister|Secretary|President|Director|Representative|Manager|Ambassador|Chairman|Chairwoman|Spokesperson|Prime|Deputy|King|Head|Chief|Governor|Secretary-General|Director-General)\b/u.test(after);
      const appositiveBefore = /\b(?:director|minister|secretary|president|chairman|chairwoman|representative|manager|spokesperson|ambassador|counterpart|head|chief)(?:-general)?,\s+$/i.test(before);
      const nameTokens = seg.map((t) => t.text);
      const titleTokens = prefix.filter((t) => t.kind !== 'joiner');
      let titleText = '';
      if (titleTokens.length) {
        // The title phrase: from the first title/place word to the last title word before the name.
        const firstIdx = prefix.findIndex((t) => t.kind === 'title' || t.kind === 'place' || t.kind === 'other');
        let lastIdx = prefix.length - 1;
        while (lastIdx >= 0 && (prefix[lastIdx].kind === 'honorific' || prefix[lastIdx].kind === 'joiner' || prefix[lastIdx].text === '.')) lastIdx--;
        if (firstIdx >= 0 && lastIdx >= firstIdx) titleText = doc.text.slice(prefix[firstIdx].start, prefix[lastIdx].end);
      }
      const honorifics = prefix.filter((t) => t.kind === 'honorific' && !/^(?:Mr|Mrs|Ms|Miss)$/.test(bare(t.text))).map((t) => bare(t.text) === 'Dato' ? "Dato'" : t.text);
      const countryTok = prefix.find((t) => t.kind === 'place' && lex.places.countryOf.has(t.text));
      let country = countryTok ? lex.places.countryOf.get(countryTok.text)! : null;
      if (!country) {
        const tail = /\bof\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)\s*$/u.exec(titleText);
        if (tail && lex.places.countryOf.has(tail[1])) country = lex.places.countryOf.get(tail[1])!;
      }
      if (!country && shape) country = lex.shapeCountry.get(shape) ?? null;
      const titles = [...honorifics, ...(titleText ? [titleText] : [])];
      const full = seg.length >= 2 && (titled || shape !== null || appositiveAfter || appositiveBefore);
      // A one-word name after a title, unless the word is itself a role ("Assistant Superintendents").
      const role = lex.titles.has(seg[0].text) || lex.titles.has(seg[0].text.replace(/s$/, ''));
      const short = seg.length === 1 && directlyTitled && !role;
      if (!full && !short) continue;
      if (appositiveAfter) {
        const m = /^,\s+((?:the\s+)?[^,.;]+?)(?=,|\.|;|$| in | on | at | who | and )/u.exec(after);
        if (m) titles.push(m[1].replace(/^the\s+/, ''));
      }
      out.push({ start, end, name: doc.text.slice(start, end), titles, country, tokens: nameTokens, shape });
    }
  }
  return out;
}
