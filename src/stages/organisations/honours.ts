import { isGivenName } from '../../lexicon/english.js';
import type { OrgRules } from './rules.js';

/**
 * "Professor Eleanor Whitfield AO": a given name, capitalised words and the letters of an honour (people.json
 * postNominals) make a person, not a company and its legal form ("AO" is both), after a title or a form of address
 * (`before`, the word before the run: "Maria Pharm AO" stays a company). The words are the run's, in order.
 */
export function personWithHonour(r: OrgRules, words: string[], before: string): boolean {
  const last = words.length - 1;
  return last >= 2 && r.titles.has(before.replace(/\.$/, '')) && r.postNominals.has(words[last]) && isGivenName(words[0]) && words.slice(1, last).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !r.heads.has(w) && !r.headInitial.has(w));
}
