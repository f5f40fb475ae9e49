import type { Doc } from '../../doc/document.js';
import { compiled } from '../../pipeline/compiled.js';
import type { LayoutResource } from '../../pipeline/resources.js';

/**
 * Flags articles that do not read as English (a share of common English words far below normal prose):
 * the rules will find little in them, and the reader should know why the record is thin.
 */
export function checkLanguage(doc: Doc, res: LayoutResource): void {
  const common = compiled(res, 'language', (r) => new Set(r.language.commonWords));
  const words = doc.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < res.language.minWords) return;
  const share = words.filter((w) => common.has(w)).length / words.length;
  if (share < res.language.minShare) doc.warn('not-english', `only ${(share * 100).toFixed(1)}% of ${words.length} words are common English words: the rules are written for English, so little may be found`);
}
