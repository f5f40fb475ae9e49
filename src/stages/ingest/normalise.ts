import { MappedBuilder, OffsetMap } from '../../doc/offsets.js';

/** Characters replaced one-for-one so that rules see plain ASCII punctuation. */
const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ',
  '\u2028': '\n', '\u2029': '\n',
};
/** Characters dropped: zero-width marks, byte order mark, carriage returns (CRLF -> LF). */
const DROP = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\u00AD']);

/** Characters below U+0300 (where combining marks begin) that REPLACE or DROP handle: tab, CR, NBSP, soft hyphen. */
const SPECIAL_LOW = new Set([0x09, 0x0d, 0xa0, 0xad]);

/**
 * NFC, straight quotes, plain spaces, LF line ends; returns the map from the result back to the input.
 * Works one grapheme-ish cluster (base + combining marks) at a time so NFC can be mapped. Runs of plain
 * characters (below U+0300, none that is replaced or dropped, no mark after) are copied whole: a cluster
 * of one such character is kept as it is.
 */
export function normalise(input: string): { text: string; map: OffsetMap } {
  const b = new MappedBuilder();
  const cluster = /[^\p{M}][\p{M}]*|[\p{M}]+/ysu;
  const n = input.length;
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x300 && !SPECIAL_LOW.has(c) && (i + 1 === n || input.charCodeAt(i + 1) < 0x300)) {
      i++;
      continue;
    }
    if (run < i) b.copy(input.slice(run, i), run);
    cluster.lastIndex = i;
    const m = cluster.exec(input)!;
    const chunk = m[0];
    const at = i;
    i += chunk.length;
    run = i;
    if (chunk.length === 1) {
      if (DROP.has(chunk)) continue;
      const rep = REPLACE[chunk];
      if (rep !== undefined) b.replace(rep, at, at + 1);
      else b.copy(chunk, at);
      continue;
    }
    const nfc = chunk.normalize('NFC');
    if (nfc === chunk) b.copy(chunk, at);
    else b.replace(nfc, at, at + chunk.length);
  }
  if (run < n) b.copy(input.slice(run, n), run);
  return b.finish(input.length);
}

/** Folds case, diacritics and quotes: used for comparing names, never for offsets. */
export function fold(s: string): string {
  // Plain ASCII has nothing to decompose or replace.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return withoutMarks(s).toLowerCase();
}

/** Diacritics and curly quotes taken out, case kept ("Đắk Lắk" -> "Dak Lak", "Møre" -> "More"). */
export function withoutMarks(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // Letters NFD does not take apart: Turkish dotless i, Polish l, Nordic o and ae, German sharp s; and curly
      // apostrophes and quotes (SIA “Vidzemes Koka” is SIA "Vidzemes Koka"). One pass: no replacement holds a
      // letter that another replaces.
      .replace(/[đĐıİłŁøØæÆœŒß\u2018\u2019\u201C\u201D\u201E«»]/g, (c) => FOLD_LETTERS[c])
  );
}

const FOLD_LETTERS: Record<string, string> = {
  đ: 'd', Đ: 'D', ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', '\u2018': "'", '\u2019': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '«': '"', '»': '"',
};
