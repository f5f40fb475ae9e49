import { isBaseVerb, isMostlyVerb } from '../../lexicon/english.js';

/**
 * The tense around a date expression, to place a date written without its year ("on March 3", "in
 * April") or a bare weekday ("Monday") before or after the publication date: "the talks were held on
 * Friday" is the Friday before, "the minister will visit on Friday" the Friday after. The tense word
 * nearest before the expression in its clause decides (in English the verb a date modifies comes before
 * it), else the nearest after it (a date that opens the clause: "On Friday, the government planned"),
 * else the nearest before it in the sentence: a modal or a future phrase ("will", "is scheduled to", "be
 * held"), a past auxiliary or a past verb ("was", "said", "met", "-ed"), or the present ("is", "are").
 */
export type Tense = 'past' | 'future' | 'present' | null;

export interface TenseRules {
  /** Words that make the clause future: modals, "scheduled", "upcoming", "be" (only after a modal or "to"). */
  futureWords: string[];
  /** Words that make the clause future when "to" follows: "is to", "set to", "plans to". */
  futureBeforeTo: string[];
  /** Words that make the clause future when "for" follows: "planned for June", "due for completion". */
  futureBeforeFor: string[];
  /** Past auxiliaries and irregular past verbs ("was", "had", "said", "met", "held"). */
  pastWords: string[];
  /** Present-tense auxiliaries. */
  presentWords: string[];
  /** Words ending in -ed that are not verbs ("hundred", "united", "indeed"). */
  notPastEd: string[];
  /** Words before an -ed word that make it an adjective, not a past verb ("the planned visit", "of desalinated water"). */
  determiners: string[];
  /** Modals that make "be" past ("could not be reached Wednesday"). */
  pastModals: string[];
  /** Reporting verbs ("said", "told"): after a comma that follows the date they frame the sentence. */
  reportingVerbs: string[];
}

interface Token {
  start: number;
  end: number;
  lower: string;
  raw: string;
}

const BACK = 20;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** Adverbs between a modal and its verb ("would also set up"). */
const LINK_ADVERBS = new Set(['also', 'further', 'jointly', 'soon', 'then', 'now', 'still', 'not', 'first', 'quickly']);
const AHEAD = 8;
/** "by the end of", "before", "until": what stands before a date that is a deadline. */
const DEADLINE_BEFORE = /\b(?:by|before|until|till)\s+(?:the\s+(?:end|middle)\s+of\s+)?$/i;
/** What ends a clause between two words: a semicolon, a colon, a comma not inside a number ("to 25,000 households"). */
const CLAUSE_BREAK = /[;:]|(?<!\d),|,(?!\d)/;
/** Determiners and pronouns after "to" that the lexicon also tags as verbs. */
const NOT_VERBS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'all', 'each', 'every', 'no']);
/** Words after a past verb that show it is one ("arrested in May", "voted to"). */
const PREPOSITIONS = new Set(['to', 'by', 'in', 'on', 'at', 'for', 'from', 'with', 'into', 'over', 'under', 'as', 'and', 'or', 'that', 'up', 'out', 'off', 'down']);
/** Prepositions after which an -ed word opens a noun phrase ("by affected households", "for displaced families"). */
const ADJECTIVE_AFTER = new Set(['by', 'for', 'of', 'with', 'from', 'among', 'between', 'against']);
/** Words ending in "s" that are no plural noun (before a participle they make it a verb: "this changed by", "as agreed by"). */
const NOT_PLURALS = new Set(['its', 'his', 'hers', 'this', 'was', 'has', 'is', 'does', 'as', 'us', 'thus', 'yes', 'always', 'perhaps']);
/** Linking verbs before a participle ("remain closed", "stays shut"). */
const LINKING = new Set(['remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'get', 'gets', 'keep', 'keeps']);
/** Present-tense words that are also base forms and nouns ("begin", "start"). */
const BASE_FORMS = new Set(['begin', 'start', 'expire']);

/** Reads the tense words of one sentence once; `at` answers for any span of it. */
export class TenseReader {
  private tokens: Token[] | null = null;

  constructor(
    private readonly text: string,
    private readonly rules: CompiledTenseRules,
  ) {}

  private tokenize(): Token[] {
    const out: Token[] = [];
    const re = /[A-Za-z]+(?:'[A-Za-z]+)?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase(), raw: m[0] });
    return out;
  }

  /**
   * The tense word at token i, if it is one. `ahead`: the word follows the date, where "planned to"
   * is the past verb the date modifies ("On Friday, the government planned to pay"), not a future.
   */
  private classify(toks: Token[], i: number, ahead: boolean): Tense {
    const r = this.rules;
    const t = toks[i];
    const w = t.lower;
    const next = toks[i + 1]?.lower;
    const prev = toks[i - 1]?.lower;
    if (w === 'be') {
      const modal = prev === 'not' ? toks[i - 2]?.lower : prev;
      return modal !== undefined && r.pastModals.has(modal) ? 'past' : 'future'; // "will be", "to be"; "could not be reached"
    }
    if (w.endsWith("'ll") || r.future.has(w)) return w === 'may' && t.raw !== 'may' ? null : 'future';
    if (!ahead && next === 'to' && r.futureBeforeTo.has(w)) return 'future';
    if (!ahead && next === 'for' && r.futureBeforeFor.has(w)) return 'future';
    if (r.present.has(w)) {
      // "before the works begin in May" is present; "will begin in May", "to start in June" look ahead; "the start of
      // June" is a noun.
      if (BASE_FORMS.has(w) && prev !== undefined && (r.future.has(prev) || prev === 'to')) return 'future';
      if (BASE_FORMS.has(w) && prev !== undefined && r.determiners.has(prev)) return null;
      return 'present';
    }
    if ((w === 'has' || w === 'have') && next === 'until') return 'present'; // "Parliament has until 31 December"
    // ("solar-powered", "state-owned", "long-awaited": a compound in -ed is an adjective, no past verb.)
    const compound = this.text[t.start - 1] === '-' && /[A-Za-z]/.test(this.text[t.start - 2] ?? '');
    const pastVerb = r.past.has(w) || (w.length > 4 && w.endsWith('ed') && !r.notPastEd.has(w) && !compound);
    if (!pastVerb) return null;
    // "would (also) set up", "to set up": a verb form shared by past and present ("set", "put") after a modal
    // or "to" is not past.
    const modal = prev !== undefined && LINK_ADVERBS.has(prev) ? toks[i - 2]?.lower : prev;
    if (modal !== undefined && r.future.has(modal) && r.past.has(w)) return 'future';
    if (modal === 'to' && r.past.has(w)) return null;
    if (prev === 'be') return this.classify(toks, i - 1, ahead); // "will be held", "could not be reached"
    // "will be formally signed this Friday": past an adverb in -ly.
    if (prev !== undefined && prev.length > 4 && prev.endsWith('ly') && toks[i - 2]?.lower === 'be') return this.classify(toks, i - 2, ahead);
    // "will remain closed on Monday", "remains closed": a participle after a linking verb takes that verb's tense.
    if (prev !== undefined && LINKING.has(prev)) {
      const before = toks[i - 2]?.lower;
      if (before !== undefined && r.future.has(before)) return 'future';
      return prev.endsWith('s') ? 'present' : null;
    }
    if (prev !== undefined && r.present.has(prev)) return 'present'; // "is held every year"
    if (prev !== undefined && r.determiners.has(prev) && !r.past.has(w)) return null; // "the planned visit"
    // "to submit updated enrolment data by 30 June": an -ed word between a verb's base form and a noun is an adjective.
    if (prev !== undefined && next !== undefined && !r.past.has(w) && isMostlyVerb(prev) && isBaseVerb(prev) && !r.past.has(prev) && !r.present.has(prev) && !NOT_VERBS.has(next) && !PREPOSITIONS.has(next) && /^[a-z]+$/.test(toks[i + 1].raw)) return null;
    // ("for affected households", "to displaced families": an -ed word between a preposition and a noun is an adjective.)
    if (prev !== undefined && next !== undefined && !r.past.has(w) && ADJECTIVE_AFTER.has(prev) && /^[a-z]+$/.test(toks[i + 1].raw) && !PREPOSITIONS.has(next) && !NOT_VERBS.has(next)) return null;
    // "building materials purchased by affected households": a participle after a plural noun, with its agent, modifies
    // the noun; it is no past tense of the clause.
    if (next === 'by' && prev !== undefined && !r.past.has(w) && /^[a-z]+s$/.test(toks[i - 1].raw) && !r.past.has(prev) && !r.present.has(prev) && !NOT_PLURALS.has(prev)) return null;
    return 'past';
  }

  /** The tense nearest to the span [start, end) of the sentence (the tense before it wins a tie). */
  at(start: number, end: number): Tense {
    const toks = (this.tokens ??= this.tokenize());
    // First token ending after `start` (binary search: a sentence may be a long line of many dates).
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].end > start) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    let after = first;
    while (after < toks.length && toks[after].start < end) after++;
    // Ahead of the date and past a comma, a reporting verb frames the sentence, it is not the date's
    // verb ("as soon as Tuesday, Castro said"; but "Since May, prices rose").
    let comma = -1;
    for (let k = after; k < toks.length && k - after < AHEAD; k++) {
      if (/[,;:"]/.test(this.text.slice(k === after ? end : toks[k - 1].end, toks[k].start))) {
        comma = k;
        break;
      }
    }
    const aheadEnd = Math.min(toks.length, after + AHEAD);
    const gap = (k: number) => this.text.slice(toks[k].end, toks[k + 1]?.start ?? toks[k].end);
    // 1. Back through the date's own clause (to a comma, semicolon or colon, or "that" opening it):
    // "met the minister on Friday"; "expressed confidence that the summit in August would ...".
    // "the fourth seizure since January, and we will not allow ...": what "since" starts has begun.
    if (first > 0 && toks[first - 1].lower === 'since') return 'past';
    const deadline = first > 0 && (toks[first - 1].lower === 'by' || toks[first - 1].lower === 'before');
    const infinitive = deadline || !WEEKDAY.test(this.text.slice(start, end));
    // A deadline set off by commas belongs to the clause before it: "committed to presenting to the Council, by July,
    // a strategy prepared with ..." (not to the reduced relative after it).
    const aside = deadline && first > 1 && /^\s*,/.test(gap(first - 2)) && /^\s*,/.test(this.text.slice(end));
    let k = first - 1;
    for (; k >= 0 && first - k <= BACK; k--) {
      if (CLAUSE_BREAK.test(k === first - 1 ? this.text.slice(toks[k].end, start) : gap(k)) && !(aside && k === first - 2)) break;
      if (toks[k].lower === 'that' && k < first - 1) break;
      // "called on the EU to open the cluster by June", "to hold consultations from April": a date of an infinitive is
      // ahead of the sentence's time. (A weekday only as a deadline: "the first countries to accede on Friday".)
      // ("fell to a record low in April": natural's lexicon gives "a" a verb's tag; a determiner opens no infinitive.)
      if (infinitive && toks[k].raw === 'to' && toks[k + 1] && /^[a-z]+$/.test(toks[k + 1].raw) && !NOT_VERBS.has(toks[k + 1].raw) && isBaseVerb(toks[k + 1].raw) && !this.rules.past.has(toks[k + 1].raw)) return 'future';
      const t = this.classify(toks, k, false);
      if (t) return t;
    }
    // 1b. In a fronted participle's phrase, the main clause after its comma decides, its reporting verb included:
    // "Speaking on Friday during a visit to the new store on Eigg, Ms X said ..." (the speech was when she said it).
    const opener = toks[0];
    if (opener && opener.start === 0 && first > 0 && /^[A-Z][a-z]+ing$/.test(opener.raw) && !/[,;:]/.test(this.text.slice(0, start))) {
      const main = this.text.indexOf(',', end);
      if (main >= 0) {
        let j = after;
        while (j < toks.length && toks[j].start < main) j++;
        for (const stop = Math.min(toks.length, j + AHEAD); j < stop; j++) {
          const t = this.classify(toks, j, true);
          if (t) return t;
        }
      }
    }
    // 2. Ahead, for a date that opens its clause: "On Friday, the government planned to pay". Not past a
    // comma and a conjunction: "to be held in Vientiane, Lao PDR, in October, and welcomed ..." starts a new clause.
    const newClause = comma === after && /^(?:and|but|while|which|who|whereas)$/.test(toks[after]?.lower ?? '');
    for (let j = after; j < aheadEnd && !newClause; j++) {
      if (comma !== -1 && j >= comma && this.rules.reporting.has(toks[j].lower)) continue;
      const t = this.classify(toks, j, true);
      if (t) return t;
    }
    // 3. Back past the clause: "Prices rose 2% in January, the department said Wednesday".
    for (; k >= 0 && first - k <= BACK; k--) {
      const t = this.classify(toks, k, false);
      if (t) return t;
    }
    // A deadline with no tense around it ("- transfer Crown Land to BPL by the end of March") is ahead.
    if (DEADLINE_BEFORE.test(this.text.slice(Math.max(0, start - 24), start))) return 'future';
    return null;
  }
}

export interface CompiledTenseRules {
  future: Set<string>;
  futureBeforeTo: Set<string>;
  futureBeforeFor: Set<string>;
  past: Set<string>;
  present: Set<string>;
  notPastEd: Set<string>;
  determiners: Set<string>;
  pastModals: Set<string>;
  reporting: Set<string>;
}

export function compileTense(r: TenseRules): CompiledTenseRules {
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    future: set(r.futureWords),
    futureBeforeTo: set(r.futureBeforeTo),
    futureBeforeFor: set(r.futureBeforeFor),
    past: set(r.pastWords),
    present: set(r.presentWords),
    notPastEd: set(r.notPastEd),
    determiners: set(r.determiners),
    pastModals: set(r.pastModals),
    reporting: set(r.reportingVerbs),
  };
}
