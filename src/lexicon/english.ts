/**
 * English word knowledge from packages, loaded once and kept compact: natural's Brill-tagger lexicon (about
 * 90 000 words with Penn Treebank tags, so "agreement" is a common noun and "Wong" only a proper noun),
 * reduced to one small flag set per word; and compromise's own lexicon (first names, last names, cities,
 * regions, role nouns it tags Actor, honorifics), read where compromise keeps it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);

const COMMON = 1; // listed with a tag other than a proper noun's
const PROPER = 2; // listed as a proper noun (NNP, NNPS)
const VERB_FIRST = 4; // its first (most frequent) tag is a verb's

let flags: Map<string, number> | null = null;
/** natural's lexicon as flags per exact word; the JSON itself is read, reduced and dropped (not cached by require). */
function pennFlags(): Map<string, number> {
  if (!flags) {
    const path = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const lex = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
    flags = new Map();
    for (const [w, tags] of Object.entries(lex)) {
      let f = 0;
      if (tags.some((t) => t !== 'NNP' && t !== 'NNPS')) f |= COMMON;
      if (tags.includes('NNP') || tags.includes('NNPS')) f |= PROPER;
      if (tags[0]?.startsWith('VB')) f |= VERB_FIRST;
      if (f) flags.set(w, f);
    }
  }
  return flags;
}

/**
 * Is `word` (any case) an ordinary English word, i.e. its lower-case form is listed with a tag other than
 * a proper noun? "Agreement", "Guest", "Consultations" are; "Wong", "Sokhonn", "Havana" are not.
 */
export function isCommonWord(word: string): boolean {
  return ((pennFlags().get(word.toLowerCase()) ?? 0) & COMMON) !== 0;
}

/** Is the capitalised form of `word` listed as a proper noun (Matt, Chung, Havana)? */
export function isProperNoun(word: string): boolean {
  const cap = word[0].toUpperCase() + word.slice(1).toLowerCase();
  return ((pennFlags().get(cap) ?? 0) & PROPER) !== 0;
}

/** Is the (lower-case) word most often a verb ("combine", "commits", "sign")? */
export function isMostlyVerb(word: string): boolean {
  return ((pennFlags().get(word.toLowerCase()) ?? 0) & VERB_FIRST) !== 0;
}

type Lexicon = Record<string, string | string[]>;
let compromiseLex: Lexicon | null = null;
/** compromise's lexicon as compromise itself holds it: lower-case word or phrase -> tag or tags. */
function compromiseLexicon(): Lexicon {
  compromiseLex ??= (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return compromiseLex;
}

/** Does compromise's lexicon tag the (lower-cased) word or phrase with `tag`? */
export function hasTag(phrase: string, tag: string): boolean {
  const t = compromiseLexicon()[phrase.toLowerCase()];
  return t === tag || (Array.isArray(t) && t.includes(tag));
}

/** Every word or phrase compromise's lexicon tags with one of `tags` (lower case). */
export function wordsTagged(...tags: string[]): string[] {
  const out: string[] = [];
  for (const [w, t] of Object.entries(compromiseLexicon())) if (tags.some((x) => t === x || (Array.isArray(t) && t.includes(x)))) out.push(w);
  return out;
}

/** A given name compromise knows (MaleName, FemaleName, FirstName). */
export const isGivenName = (w: string) => hasTag(w, 'FirstName') || hasTag(w, 'MaleName') || hasTag(w, 'FemaleName');
/** A surname compromise knows. */
export const isKnownSurname = (w: string) => hasTag(w, 'LastName');
