import type { Token } from '../../text/tokens.js';
import type { OrgRules } from './rules.js';

/** Words skipped between the words an acronym's letters come from. */
const SKIPPED = new Set([',', 'and', '&', 'or', 'of', 'for', 'the', 'in', 'on']);

/**
 * "customs, immigration, quarantine and security (CIQS)", "non-communicable diseases (NCDs)": an acronym in brackets
 * whose letters are the initials of the lower-case words right before it names a term, not a body. (The initials of
 * hyphenated parts count too: "non-communicable" gives N and C.)
 */
export function spellsTermBefore(toks: Token[], open: number, acr: string): boolean {
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const words: string[] = [];
  for (let k = open - 1; k >= 0 && words.length < letters.length; k--) {
    const w = toks[k].text;
    if (SKIPPED.has(w)) continue;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w)) break;
    words.unshift(w);
  }
  for (let n = 1; n <= words.length; n++) {
    const tail = words.slice(words.length - n);
    const byWord = tail.map((w) => w[0]).join('').toUpperCase();
    const byPart = tail.flatMap((w) => w.split('-').filter(Boolean).map((p) => p[0])).join('').toUpperCase();
    if (byWord === letters || byPart === letters) return true;
  }
  return false;
}

/**
 * "the National Action Plan for Food and Nutrition Security (PAN-SAN)": the capitalised name before the bracket is
 * headed by a plan, a programme, a law (organisations.json nonOrgHeads) with its of/for/on-phrase and holds no body's
 * head after it, so the acronym in the bracket, whatever its language, names that thing.
 */
export function namesThingBefore(text: string, toks: Token[], open: number, r: OrgRules): boolean {
  let k = open - 1;
  let thing = false;
  for (; k >= 0 && open - k <= 14; k--) {
    const w = toks[k].text;
    if (/^\p{Lu}/u.test(w)) {
      if (r.heads.has(w) || r.headInitial.has(w)) return false;
      const m = r.nonOrgHeads.matchAt(text, toks, k);
      if (m && /^(?:of|for|on)$/.test(toks[m.j]?.text ?? '')) thing = true;
      continue;
    }
    if (!/^(?:of|for|on|and|&|the|,)$/.test(w)) break;
  }
  return thing;
}
