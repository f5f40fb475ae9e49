import type { OffsetMap } from './offsets.js';
import { tokenize, type Token } from '../text/tokens.js';
import { numericDayFirst } from '../text/day-first.js';

/** A span of the document's normalised text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the line (paragraph) the sentence sits in. */
  line: number;
}

export interface DateAnnotation extends Span {
  value: string;
  granularity: 'day' | 'month' | 'year';
  source: string;
}

export interface PersonMention extends Span {
  /** The name tokens only (no title), e.g. "Hung" or "Nguyen Manh Hung". */
  name: string;
  /** Title words that stood before the name in the same phrase. */
  titles: string[];
  country: string | null;
  /** Index into doc.people once merged. */
  entity?: number;
}

export interface PersonEntity {
  name: string;
  titles: string[];
  country: string | null;
  mentions: PersonMention[];
}

export interface OrgMention extends Span {
  surface: string;
  /** Key that groups variants of one body. */
  key: string;
  country: string | null;
  gazetteer?: string;
  acronym?: boolean;
  /** A news agency's acronym after a dateline or in a credit ("ALGIERS, May 6 (APS) -"): it spells no other name of the article. */
  agency?: boolean;
  /** Named with a company's legal form ("Ferrante Cavi S.p.A.", "Akagera BioPharma Ltd"): "the company" may stand for it. */
  company?: boolean;
  /** Its name without the legal form, when the form was found ("Ferrante Cavi"). */
  short?: string;
  /** A company's first word standing for it ("Airtel Kenya", "Skyward"): never the body's name while a longer form is there. */
  brand?: boolean;
  entity?: number;
}

export interface OrgEntity {
  name: string;
  aliases: string[];
  country: string | null;
  mentions: OrgMention[];
}

export interface CountryMention extends Span {
  country: string;
}

export interface Pledge extends Span {
  actor: string;
  action: string;
  cue: Span;
  beneficiary?: string;
  amount?: { value: number; currency: string; text: string };
  due?: string;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface DocMeta {
  id: string;
  source: string;
  title?: string | null;
  published?: string | null;
  url?: string;
}

/**
 * One article moving through the pipeline. Stages add stand-off annotations (spans of `text`);
 * `map` takes any span back to the raw input, which is what records carry.
 */
export class Doc {
  /** Lines that are page furniture (image names, "Top"): no stage reads them. */
  junk: Span[] = [];
  title: Span | null = null;
  dateline: Span | null = null;
  /** Publication date-time as ISO 8601, or null. */
  published: string | null = null;
  /** Calendar date that anchors relative dates (YYYY-MM-DD), or null when nothing fixes the year. */
  anchor: string | null = null;
  sentences: Sentence[] = [];
  dates: DateAnnotation[] = [];
  countries: CountryMention[] = [];
  personMentions: PersonMention[] = [];
  people: PersonEntity[] = [];
  orgMentions: OrgMention[] = [];
  organisations: OrgEntity[] = [];
  pledges: Pledge[] = [];
  warnings: Warning[] = [];
  timings: Record<string, number> = {};

  constructor(
    readonly meta: DocMeta,
    /** The input exactly as read: offsets in records point into this. */
    readonly raw: string,
    /** Normalised text that stages read. */
    readonly text: string,
    readonly map: OffsetMap,
    /** Anchor date given by the caller (--reference-date), used when the article has none. */
    readonly referenceDate: string | null = null,
  ) {}

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The raw span and raw text behind a span of the normalised text. */
  evidence(span: Span): { text: string; start: number; end: number } {
    const r = this.map.toRaw(span.start, span.end);
    return { text: this.raw.slice(r.start, r.end), start: r.start, end: r.end };
  }

  warn(code: string, message: string, span?: Span): void {
    const w: Warning = { code, message };
    if (span) {
      const r = this.map.toRaw(span.start, span.end);
      w.start = r.start;
      w.end = r.end;
    }
    this.warnings.push(w);
  }

  private dayFirst: boolean | undefined;

  /** Whether this article writes numeric dates day first (text/day-first.ts): read once for ingest's dateline and the dates stage. */
  numericDayFirst(): boolean {
    return (this.dayFirst ??= numericDayFirst(this.text));
  }

  private readonly sentenceTokens = new Map<number, { end: number; toks: Token[] }>();

  /**
   * The word tokens of a sentence (tokenize(text, s.start, s.end)), computed once and shared by the stages
   * that read them. Callers must not modify the array or its tokens.
   */
  tokens(s: Span): Token[] {
    const hit = this.sentenceTokens.get(s.start);
    if (hit && hit.end === s.end) return hit.toks;
    const toks = tokenize(this.text, s.start, s.end);
    if (!hit) this.sentenceTokens.set(s.start, { end: s.end, toks });
    return toks;
  }

  isJunk(pos: number): boolean {
    // Junk spans are whole lines, added in text order: the last one starting at or before pos is the only candidate.
    let lo = 0;
    let hi = this.junk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.junk[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && pos < this.junk[lo - 1].end) return true;
    // Spans not in order (set by hand): the plain scan.
    return !this.junkSorted() && this.junk.some((j) => pos >= j.start && pos < j.end);
  }

  private junkChecked = -1;
  private junkInOrder = true;
  /** Are the junk spans in order and apart (checked again only when their number changes)? */
  private junkSorted(): boolean {
    if (this.junkChecked !== this.junk.length) {
      this.junkChecked = this.junk.length;
      this.junkInOrder = this.junk.every((j, i) => i === 0 || j.start >= this.junk[i - 1].end);
    }
    return this.junkInOrder;
  }
}
