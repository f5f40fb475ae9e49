/**
 * English word knowledge from packages, loaded once and kept compact: natural's Brill-tagger lexicon (about
 * 90 000 words with Penn Treebank tags, so "agreement" is a common noun and "Wong" only a proper noun),
 * reduced to one small flag set per word; and compromise's own lexicon (first names, last names, cities,
 * regions, role nouns it tags Actor, honorifics), read where compromise keeps it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import type { Token } from '../text/tokens.js';
import { newFactTable } from '../text/words.js';
import { join } from 'node:path';
import { PackedTable } from './packed.js';
import { packageRoot } from '../pipeline/resources.js';

const require = createRequire(import.meta.url);

const COMMON = 1; // listed with a tag other than a proper noun's
const PROPER = 2; // listed as a proper noun (NNP, NNPS)
const VERB_FIRST = 4; // its first (most frequent) tag is a verb's
const BASE_VERB = 8; // one of its tags is a verb's base form (VB: "open", "hold")
const NOUN_FIRST = 16; // its first (most frequent) tag is a common noun's (NN, NNS: "injury", "works")
const ADJECTIVE_FIRST = 32; // its first tag is an adjective's (JJ: "spinal", "public")

/** Flags of each word of natural's lexicon (words with none left out). */
export function* pennFlagEntries(lex: Record<string, string[]>): Generator<[string, number]> {
  for (const [w, tags] of Object.entries(lex)) {
    let f = 0;
    if (tags.some((t) => t !== 'NNP' && t !== 'NNPS')) f |= COMMON;
    if (tags.includes('NNP') || tags.includes('NNPS')) f |= PROPER;
    if (tags[0]?.startsWith('VB')) f |= VERB_FIRST;
    if (tags.includes('VB')) f |= BASE_VERB;
    if (tags[0] === 'NN' || tags[0] === 'NNS') f |= NOUN_FIRST;
    if (tags[0]?.startsWith('JJ')) f |= ADJECTIVE_FIRST;
    if (f) yield [w, f];
  }
}

/** natural's lexicon's JSON (read, not cached by require, so it is dropped once reduced). */
export function naturalLexicon(): Record<string, string[]> {
  return JSON.parse(readFileSync(require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8'));
}

let flags: PackedTable | null = null;
/** natural's lexicon as flags per exact word, packed (0: not listed). */
const pennFlags = (): PackedTable => (flags ??= new PackedTable(pennFlagEntries(naturalLexicon())));

/**
 * Answers per word as written, remembered: the stages ask about the same words again and again, and a Map
 * hit costs less than lower-casing the word and looking it up. Emptied when it grows large (a long run
 * over many articles), so memory stays bounded.
 */
class WordMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly compute: (word: string) => V) {}
  get(word: string): V {
    let v = this.map.get(word);
    if (v === undefined && !this.map.has(word)) {
      if (this.map.size >= 10_000) this.map.clear();
      v = this.compute(word);
      this.map.set(word, v);
    }
    return v as V;
  }
}

/**
 * The American spelling of a British one, which natural's lexicon lists ("defence" -> "defense", "programme" ->
 * "program", "centre" -> "center", "labour" -> "labor", "organisation" -> "organization"), or '' when the word
 * has none of these endings. Press releases from the Commonwealth write the British forms.
 */
export function americanSpelling(w: string): string {
  const a = w
    .replace(/ence(s?)$/, 'ense$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/([tb])re(s?)$/, '$1er$2')
    .replace(/mme(s?)$/, 'm$1')
    .replace(/([^aeiou]i)s(e|es|ed|ing|ation|ations|er|ers)$/, '$1z$2')
    .replace(/yse(s|d)?$/, 'yze$1')
    .replace(/ogue(s?)$/, 'og$1');
  return a === w ? '' : a;
}

/** Flags of the lower-case form of a word as written (or of its American spelling, for a British one not listed). */
const lowerFlags = new WordMemo((word) => {
  const w = word.toLowerCase();
  const f = pennFlags().get(w);
  if (f) return f;
  const us = americanSpelling(w);
  return us ? pennFlags().get(us) : 0;
});
/** Flags of the capitalised form ("Matt") of a word as written. */
const capFlags = new WordMemo((word) => pennFlags().get(word[0].toUpperCase() + word.slice(1).toLowerCase()));

/**
 * Is `word` (any case) an ordinary English word, i.e. its lower-case form is listed with a tag other than
 * a proper noun? "Agreement", "Guest", "Consultations" are; "Wong", "Sokhonn", "Havana" are not.
 */
export function isCommonWord(word: string): boolean {
  return (lowerFlags.get(word) & COMMON) !== 0;
}

/** Is the capitalised form of `word` listed as a proper noun (Matt, Chung, Havana)? */
export function isProperNoun(word: string): boolean {
  return (capFlags.get(word) & PROPER) !== 0;
}

// The same questions about a token, answered from its word (Token.word) where the answer is kept.
const COMMON_TABLE = newFactTable();
const GIVEN_TABLE = newFactTable();
const ORGANIZATION_TABLE = newFactTable();

function kept(t: Token, table: number, ask: (w: string) => boolean): boolean {
  const w = t.word;
  if (!w) return ask(t.text);
  let v = w.facts[table];
  if (v === undefined) w.facts[table] = v = ask(t.text) ? 1 : 0;
  return v === 1;
}

/** isCommonWord(t.text). */
export const isCommonToken = (t: Token): boolean => kept(t, COMMON_TABLE, isCommonWord);
/** isGivenName(t.text). */
export const isGivenNameToken = (t: Token): boolean => kept(t, GIVEN_TABLE, isGivenName);
/** hasTag(t.text, 'Organization'). */
export const isOrganizationToken = (t: Token): boolean => kept(t, ORGANIZATION_TABLE, (w) => hasTag(w, 'Organization'));

/** Can the (lower-case) word be a verb's base form ("open", "hold", "sign"), as after "to"? */
export function isBaseVerb(word: string): boolean {
  return (lowerFlags.get(word) & BASE_VERB) !== 0;
}

/** Is the (lower-case) word most often a verb ("combine", "commits", "sign")? */
export function isMostlyVerb(word: string): boolean {
  return (lowerFlags.get(word) & VERB_FIRST) !== 0;
}

/** isMostlyVerb, or a third person's form of one the lexicon lacks ("Secures" for "secure"). */
export function isVerbForm(word: string): boolean {
  return isMostlyVerb(word) || (word.endsWith('s') && isMostlyVerb(word.slice(0, -1)));
}

/** Is the (lower-case) word most often a common noun ("injury", "works"; not "spinal", "open")? */
export function isMostlyNoun(word: string): boolean {
  return (lowerFlags.get(word) & NOUN_FIRST) !== 0;
}

/** Is the (lower-case) word most often an adjective ("spinal", "public")? */
export function isMostlyAdjective(word: string): boolean {
  return (lowerFlags.get(word) & ADJECTIVE_FIRST) !== 0;
}

type Lexicon = Record<string, string | string[]>;
let compromiseLex: Lexicon | null = null;
/** compromise's lexicon as compromise itself holds it: lower-case word or phrase -> tag or tags. */
function compromiseLexicon(): Lexicon {
  compromiseLex ??= (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return compromiseLex;
}

/** compromise's tag or tags for the lower-cased word or phrase. */
const lexiconTags = new WordMemo((phrase) => compromiseLexicon()[phrase.toLowerCase()]);

/** Does compromise's lexicon tag the (lower-cased) word or phrase with `tag`? */
export function hasTag(phrase: string, tag: string): boolean {
  const t = lexiconTags.get(phrase);
  return t === tag || (Array.isArray(t) && t.includes(tag));
}

/** Every word or phrase compromise's lexicon tags with one of `tags` (lower case). */
export function wordsTagged(...tags: string[]): string[] {
  const out: string[] = [];
  for (const [w, t] of Object.entries(compromiseLexicon())) if (tags.some((x) => t === x || (Array.isArray(t) && t.includes(x)))) out.push(w);
  return out;
}

let worldGiven: PackedTable | null = null;
/** Given names of the whole world (pipeline/resources/given-names.json, generated from @faker-js/faker's locales). */
function worldGivenNames(): PackedTable {
  if (!worldGiven) {
    const file = JSON.parse(readFileSync(join(packageRoot, 'pipeline', 'resources', 'given-names.json'), 'utf8')) as { names: string[] };
    worldGiven = new PackedTable(file.names.map((n) => [n, 1] as const));
  }
  return worldGiven;
}
// A world list's name counts unless it is a common English word or compromise knows the word as something else
// ("Will", "Hope" stay compromise's to judge).
const givenNames = new WordMemo((w) => hasTag(w, 'FirstName') || hasTag(w, 'MaleName') || hasTag(w, 'FemaleName') || (worldGivenNames().get(w) === 1 && !isCommonWord(w.toLowerCase()) && lexiconTags.get(w) === undefined));
/** A given name compromise knows (MaleName, FemaleName, FirstName), or one of the world list's. */
export const isGivenName = (w: string) => givenNames.get(w);
/** A surname compromise knows. */
export const isKnownSurname = (w: string) => hasTag(w, 'LastName');
