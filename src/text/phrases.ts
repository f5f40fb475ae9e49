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

/** Tokens may sit inside one phrase only when nothing but spaces (no line break) separates them. */
const SAME_LINE_GAP = /^[ \t\u00a0]*$/;

/**
 * A list of phrases compiled into one token trie: matching costs one map lookup per token and phrase
 * length, however long the list (a gazetteer of thousands of names is as cheap as a list of ten).
 * Phrases are tokenized like the text they are matched against (src/text/tokens.ts); `key` folds each
 * token (exact case by default). The first value added for a phrase wins.
 */
export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map() };
  size = 0;

  constructor(private readonly key: (token: string) => string = (t) => t) {}

  add(phrase: string, value: V): void {
    const toks = tokenize(phrase);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      const k = this.key(t.text);
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
    let node: Node<V> | undefined = this.root;
    let best: PhraseMatch<V> | null = null;
    for (let j = i; j < toks.length; j++) {
      if (j > i && !SAME_LINE_GAP.test(text.slice(toks[j - 1].end, toks[j].start))) break;
      node = node.next.get(this.key(toks[j].text));
      if (!node) break;
      if (node.value !== undefined) best = { i, j: j + 1, start: toks[i].start, end: toks[j].end, value: node.value };
    }
    return best;
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
