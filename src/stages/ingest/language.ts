import type { Doc } from '../../doc/document.js';
import { compiled } from '../../pipeline/compiled.js';
import type { LayoutResource } from '../../pipeline/resources.js';

/**
 * Flags articles that do not read as English (a share of common English words far below normal prose):
 * the rules will find little in them, and the reader should know why the record is thin.
 */
export function checkLanguage(doc: Doc, res: LayoutResource): void {
  const common = compiled(res, 'language', (r) => new Set(r.language.commonWords));
  // The words of the lower-cased text (/\p{L}+/gu), counted without keeping them.
  const word = /\p{L}+/gu;
  const lower = doc.text.toLowerCase();
  let words = 0;
  let known = 0;
  let m: RegExpExecArray | null;
  while ((m = word.exec(lower))) {
    words++;
    if (common.has(m[0])) known++;
  }
  if (words < res.language.minWords) return;
  const share = known / words;
  if (share < res.language.minShare) doc.warn('not-english', `only ${(share * 100).toFixed(1)}% of ${words} words are common English words: the rules are written for English, so little may be found`);
}
