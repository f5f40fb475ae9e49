import { tokenize, type Token } from './tokens.js';

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  /** Token indexes: tokens[i] .. tokens[j - 1]. */
  i: number;
  j: number;
  start: number;
  end: number;
  value: V;
}

let nextId = 0;

/** Tokens may sit inside one phrase only when nothing but spaces (no line break) separates them: [ \t\u00a0]*. */
function sameLineGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * A list of phrases compiled into one token trie: matching costs one map lookup per token and phrase
 * length, however long the list (a gazetteer of thousands of names is as cheap as a list of ten).
 * Phrases are tokenized like the text they are matched against (src/text/tokens.ts); `key` folds each
 * token (exact case by default). The first value added for a phrase wins.
 */
export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map() };
  size = 0;

  /** Where this matcher's root lookups are kept on words (Word.roots); a new id once phrases change. */
  private id = -1;

  /**
   * `key` folds each token; without it tokens are looked up as they are (every matcher of the stages).
   * `remember`: keep root lookups on the tokens' words; off for matchers built for one document.
   */
  constructor(
    private readonly key?: (token: string) => string,
    private readonly remember = true,
  ) {}

  /** The trie node the token leads to from the root. */
  private rootOf(t: Token): Node<V> | undefined {
    const w = t.word;
    if (this.key || !this.remember || !w) return this.root.next.get(this.key ? this.key(t.text) : t.text);
    if (this.id < 0) this.id = nextId++;
    let n = w.roots[this.id] as Node<V> | null | undefined;
    if (n === undefined) w.roots[this.id] = n = this.root.next.get(t.text) ?? null;
    return n ?? undefined;
  }

  add(phrase: string, value: V): void {
    this.id = -1; // lookups kept on words under the old id no longer hold
    const toks = tokenize(phrase);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      const k = this.key ? this.key(t.text) : t.text;
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map() }));
      node = n;
    }
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  /** The longest phrase that starts at token i, or null. `text` is what the tokens index into. */
  matchAt(text: string, toks: Token[], i: number): PhraseMatch<V> | null {
    if (i >= toks.length) return null;
    let node = this.rootOf(toks[i]);
    if (!node) return null; // most tokens start no phrase
    let bestJ = -1;
    let bestValue: V | undefined;
    if (node.value !== undefined) {
      bestJ = i;
      bestValue = node.value;
    }
    for (let j = i + 1; j < toks.length && node.next.size; j++) {
      if (!sameLineGap(text, toks[j - 1].end, toks[j].start)) break;
      const t = toks[j].text;
      node = node.next.get(this.key ? this.key(t) : t);
      if (!node) break;
      if (node.value !== undefined) {
        bestJ = j;
        bestValue = node.value;
      }
    }
    return bestJ < 0 ? null : { i, j: bestJ + 1, start: toks[i].start, end: toks[bestJ].end, value: bestValue as V };
  }

  /** matchAt at every token: for a caller that needs both these and findAll's (longestOf). */
  matchEach(text: string, toks: Token[]): (PhraseMatch<V> | null)[] {
    return toks.map((_, i) => this.matchAt(text, toks, i));
  }

  /** Longest matches left to right, not overlapping. */
  findAll(text: string, toks: Token[]): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < toks.length; i++) {
      const m = this.matchAt(text, toks, i);
      if (m) {
        out.push(m);
        i = m.j - 1;
      }
    }
    return out;
  }

  /** findAll's matches from matchEach's. */
  static longestOf<V>(each: (PhraseMatch<V> | null)[]): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < each.length; i++) {
      const m = each[i];
      if (m) {
        out.push(m);
        i = m.j - 1;
      }
    }
    return out;
  }

  /** Is the whole of `phrase` one of the phrases? */
  has(phrase: string): boolean {
    const toks = tokenize(phrase);
    const m = toks.length ? this.matchAt(phrase, toks, 0) : null;
    return !!m && m.j === toks.length;
  }

  get(phrase: string): V | undefined {
    const toks = tokenize(phrase);
    const m = toks.length ? this.matchAt(phrase, toks, 0) : null;
    return m && m.j === toks.length ? m.value : undefined;
  }
}
