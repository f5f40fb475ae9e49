import type { Span } from '../doc/document.js';
import { wordOf, type Word } from './words.js';

export interface Token extends Span {
  text: string;
  /** The shared object of the token's text, where facts about the word are remembered (tokenize sets it). */
  word?: Word;
}

/**
 * Word tokens of a span of text: dotted abbreviations (S.R., H.E.), words with inner hyphens or apostrophes
 * (Co-operation, People's stays whole only when not a possessive), surnames with an elided prefix (O'Brien,
 * N'Guessan, D'Souza, Sid'Ahmed), a possessive 's on its own, and single punctuation marks. A click of the Khoekhoe
 * languages written "!" or "//" before a capital opens a name ("Erastus !Gawaseb", "//Kharas Region").
 */
const TOKEN = /(?<![^\s(])(?:!|\/\/)\p{Lu}\p{Ll}[\p{L}\p{M}]*|(?:\p{Lu}\.){2,}|\p{Lu}'\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|'s\b|[^\s\p{L}\p{N}]/gu;

/** A hyphenated word ending with a one-letter capital before an apostrophe: "Bellefleur-O" of "Bellefleur-O'Brien". */
const ELIDED_AFTER_HYPHEN = /\p{L}-\p{Lu}$/u;

/** A word in capitals, and the capitals after its apostrophe ("ALOFA" of "NUKU'ALOFA"). */
const CAPS_WORD = /^\p{Lu}+$/u;
const CAPS_AFTER_APOSTROPHE = /^\p{Lu}{2,}(?![\p{L}])/u;

const NAME_AFTER_APOSTROPHE = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let text = m[0];
    const end = m.index + text.length;
    // "Sid'Ahmed": a short capitalised word, an apostrophe and a capitalised word are one name (a test of one
    // character per token here costs less than the pattern trying it at every capital). "Bellefleur-O'Brien": so
    // is the elided prefix that ends a hyphenated name; "NUKU'ALOFA", "N'DJAMENA": so is a word in capitals with
    // an apostrophe inside (a dateline's place).
    if (slice.charCodeAt(end) === 39 && isCap(slice[end + 1] ?? 'a')) {
      const after = slice.slice(end + 1, end + 41);
      const rest = (((text.length <= 4 && isCap(text)) || ELIDED_AFTER_HYPHEN.test(text)) && NAME_AFTER_APOSTROPHE.exec(after)) || (CAPS_WORD.test(text) && CAPS_AFTER_APOSTROPHE.exec(after)) || null;
      if (rest) {
        text = slice.slice(m.index, end + 1 + rest[0].length);
        TOKEN.lastIndex = m.index + text.length;
      }
    }
    // "Ochieng' Odera": Luo names write a final velar nasal "ng'"; the apostrophe stays on the name before another name
    // (not a quotation's closing mark: "the 'Beijing' Declaration", "the 'Hong Kong' Group": no quotation opened on the
    // line shortly before).
    else if (slice.charCodeAt(end) === 39 && text.endsWith('ng') && isCap(text) && slice[end + 1] === ' ' && isCap(slice[end + 2] ?? 'a') && !/(?:^|[\s(“"])'/.test(slice.slice(Math.max(0, m.index - 60, slice.lastIndexOf('\n', m.index) + 1), m.index + 1))) {
      text += "'";
      TOKEN.lastIndex = end + 1;
    }
    // "World Bank-funded", "Kigali-based": a name and a participle that says what it did or where it is, three tokens.
    const dash = text.lastIndexOf('-');
    if (dash > 0 && isCap(text) && MODIFIER_AFTER_NAME.has(text.slice(dash + 1))) {
      const at = from + m.index;
      const head = text.slice(0, dash);
      out.push({ text: head, start: at, end: at + dash, word: wordOf(head) }, { text: '-', start: at + dash, end: at + dash + 1, word: wordOf('-') });
      out.push({ text: text.slice(dash + 1), start: at + dash + 1, end: at + text.length, word: wordOf(text.slice(dash + 1)) });
      continue;
    }
    out.push({ text, start: from + m.index, end: from + m.index + text.length, word: wordOf(text) });
  }
  return out;
}

/** Participles written after a name with a hyphen: the name stays a token of its own ("World Bank-funded project"). */
const MODIFIER_AFTER_NAME = new Set(['funded', 'financed', 'backed', 'supported', 'sponsored', 'led', 'owned', 'based', 'run', 'managed', 'operated', 'built', 'registered', 'headquartered', 'hosted', 'brokered', 'assisted', 'initiated', 'organised', 'organized', 'certified', 'accredited', 'designed', 'made', 'affiliated', 'linked', 'controlled']);

/** A name that opens with a Khoekhoe click ("!Gawaseb", "//Kharas"). */
const CLICK_NAME = /^(?:!|\/\/)\p{Lu}/u;

// First-letter tests, asked for almost every token: an ASCII first character is answered without a regex
// (among ASCII characters only A-Z are \p{Lu} and only a-z are \p{Ll}), but for the rare "!" or "/" of a click.

/**
 * Starts with a capital letter (/^\p{Lu}/u), after a Polynesian glottal stop ("ʻAmanaki", "ʻOkusitino") or a Khoekhoe
 * click ("!Gawaseb").
 */
/** The token before token i, past a stop right before it ("Dr. Jordan": "Dr"). */
export const tokenBefore = <T extends { text: string }>(toks: T[], i: number): T | undefined => (toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1]);

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || ((c === 33 || c === 47) && CLICK_NAME.test(w)) : /^[ʻʼ]?\p{Lu}/u.test(w);
};
export const isCapitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) && /\p{L}/u.test(w);
export const isAllCaps = (w: string) => /^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(w) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(w);
/** Starts with a lower-case letter (/^\p{Ll}/u). */
export const isLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
};

// Shape bits of a token's text, worked out once per word (shapeOf).
/** /^\p{Lu}/u */
export const SHAPE_CAP = 1;
/** /^\p{Ll}/u */
export const SHAPE_LOWER = 2;
/** /^\p{L}{2,}/u: opens with two letters */
export const SHAPE_TWO_LETTERS = 4;
/** /^\p{Lu}{2,}$/u: two capitals or more and nothing else */
export const SHAPE_ALL_CAPITALS = 8;

function shapeBits(w: string): number {
  let s = 0;
  if (isCap(w)) s |= SHAPE_CAP;
  if (isLower(w)) s |= SHAPE_LOWER;
  if (/^\p{L}{2,}/u.test(w)) s |= SHAPE_TWO_LETTERS;
  if (/^\p{Lu}{2,}$/u.test(w)) s |= SHAPE_ALL_CAPITALS;
  return s;
}

/** The shape bits of a token's text, kept on its word. */
export function shapeOf(t: Token): number {
  const w = t.word;
  if (!w) return shapeBits(t.text);
  if (w.shape < 0) w.shape = shapeBits(t.text);
  return w.shape;
}

/** True when [a.start, a.end) and b overlap. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
