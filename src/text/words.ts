/**
 * One shared object per distinct token text, carried by the tokens of the text (Token.word): what is worked
 * out about a word (the root of each phrase matcher's trie for it, a lexicon's facts about it) is kept there,
 * so each later question about the token is an array read, not a lookup of the word in a Map. Every fact is
 * a pure function of the word's text, so keeping it across documents changes no result.
 */
export class Word {
  /** Per phrase matcher (by its id): the trie node the word leads to from the root, or null. */
  readonly roots: unknown[] = [];
  /** Per fact table (by its id): a number a lexicon worked out for the word. */
  readonly facts: number[] = [];
  /** Letter-case shape bits (tokens.ts shapeOf), -1 until asked. */
  shape = -1;
  constructor(readonly text: string) {}
}

const vocabulary = new Map<string, Word>();
/** Past this many words the vocabulary starts afresh (old tokens keep their Word objects, which stay right); kept
 * small enough for a worker's 128 MB working heap (src/pipeline/pool.ts) on runs over millions of articles. */
const MAX_WORDS = 10_000;

/** The shared Word of a text. */
export function wordOf(text: string): Word {
  let w = vocabulary.get(text);
  if (!w) {
    if (vocabulary.size >= MAX_WORDS) vocabulary.clear();
    vocabulary.set(text, (w = new Word(text)));
  }
  return w;
}

let nextTable = 0;
/** A new id for a table of facts kept on words (one per lexicon object that keeps facts this way). */
export const newFactTable = (): number => nextTable++;
