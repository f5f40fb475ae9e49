/**
 * English word knowledge from packages, loaded once: natural's Brill-tagger lexicon (about 90 000 words
 * with Penn Treebank tags, so "agreement" is a common noun and "Wong" only a proper noun) and compromise's
 * lexicon (first names, last names, cities, regions, role nouns it tags Actor, honorifics).
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);

let penn: Record<string, string[]> | null = null;
function pennLexicon(): Record<string, string[]> {
  if (!penn) penn = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  return penn;
}

/** Penn Treebank tags that natural's lexicon gives the exact word, or []. */
export function pennTags(word: string): string[] {
  return pennLexicon()[word] ?? [];
}

/**
 * Is `word` (any case) an ordinary English word, i.e. its lower-case form is listed with a tag other than
 * a proper noun? "Agreement", "Guest", "Consultations" are; "Wong", "Sokhonn", "Havana" are not.
 */
export function isCommonWord(word: string): boolean {
  const tags = pennLexicon()[word.toLowerCase()];
  return !!tags && tags.some((t) => t !== 'NNP' && t !== 'NNPS');
}

/** Is the capitalised form of `word` listed as a proper noun (Matt, Chung, Havana)? */
export function isProperNoun(word: string): boolean {
  const cap = word[0].toUpperCase() + word.slice(1).toLowerCase();
  const tags = pennLexicon()[cap];
  return !!tags && (tags.includes('NNP') || tags.includes('NNPS'));
}

let compromiseTags: Map<string, Set<string>> | null = null;
/** compromise's lexicon: lower-case word or phrase -> its tags. */
function compromiseLexicon(): Map<string, Set<string>> {
  if (!compromiseTags) {
    compromiseTags = new Map();
    const lex = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
    for (const [w, t] of Object.entries(lex)) compromiseTags.set(w, new Set(Array.isArray(t) ? t : [t]));
  }
  return compromiseTags;
}

/** Does compromise's lexicon tag the (lower-cased) word or phrase with `tag`? */
export function hasTag(phrase: string, tag: string): boolean {
  return compromiseLexicon().get(phrase.toLowerCase())?.has(tag) ?? false;
}

/** Every word or phrase compromise's lexicon tags with one of `tags` (lower case). */
export function wordsTagged(...tags: string[]): string[] {
  const out: string[] = [];
  for (const [w, t] of compromiseLexicon()) if (tags.some((x) => t.has(x))) out.push(w);
  return out;
}

/** A given name compromise knows (MaleName, FemaleName, FirstName). */
export const isGivenName = (w: string) => hasTag(w, 'FirstName') || hasTag(w, 'MaleName') || hasTag(w, 'FemaleName');
/** A surname compromise knows. */
export const isKnownSurname = (w: string) => hasTag(w, 'LastName');
