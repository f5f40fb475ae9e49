import { compiled } from '../../pipeline/compiled.js';
import type { PledgesResource } from '../../pipeline/resources.js';

export type CueKind = 'future' | 'party' | 'benefit' | 'signing' | 'passive' | 'by' | 'agree' | 'headline' | 'plain';

export interface CueMatch {
  start: number;
  end: number;
  lemma: string;
  kind: CueKind;
  /** Noun cues ("The donation includes ...") are blocked by a blocking word anywhere in the sentence. */
  noun: boolean;
}

export interface CompiledCues {
  commitments: { re: RegExp; lemma: string; kind: CueKind; wordBefore: Set<string> | null; wordAfter: Set<string> | null }[];
  animate: Set<string>;
  /** Plural nouns of people that after "our" name the speaker's own (pledges.json speakerPeople). */
  speakerPeople: Set<string>;
  effects: Set<string>;
  benefitVerbs: Set<string>;
  /** Words that name what is given ("grant", "loan", "million"). */
  benefitNouns: Set<string>;
  /** What is signed ("agreement", "MoU", "notes"). */
  signedThings: Set<string>;
  /** Infinitives after "signed ... with Y to" that make the signer the giver ("to offer", "to extend"). */
  signerGives: Set<string>;
  noun: RegExp;
  nounMaxWordsBefore: number;
  blockers: RegExp[];
  breaks: RegExp[];
  joint: RegExp[];
  jointVerbs: Set<string>;
  eventVerbs: Set<string>;
  /** Verbs that before "whether", "if", "how" weigh an open question ("will evaluate whether"). */
  weighVerbs: Set<string>;
  /** Verbs of a quantity's movement ('will fall'): a forecast, no commitment. */
  changeVerbs: Set<string>;
  roleVerbs: Set<string>;
  roleObjects: Set<string>;
  eventObjects: Set<string>;
  meetingVerbs: Set<string>;
  meetingObjects: Set<string>;
  notGiven: Set<string>;
  /** Participles whose future passive with an agent commits no one ('will be attended by'); see passive-agent.ts. */
  passiveNotCommitted: Set<string>;
  /** Participles of a ceremony when the agent is a person ('will be opened by the Prime Minister'). */
  passiveCeremonial: Set<string>;
  costObjects: Set<string>;
  requestVerbs: Set<string>;
  submitVerbs: Set<string>;
  requestObjects: Set<string>;
  pastMarkers: RegExp;
  boilerplate: RegExp;
  /** A paragraph in which the issuer describes itself ("Established in 1961, KFAED has ..."). */
  selfDescription: RegExp;
  /** Matches where any commitment pattern matches (anyOf): a sentence it does not match has no commitment cue. */
  anyCommitment: AnyOf;
  /** Matches where any blocker matches: the same answer as testing them one by one. */
  anyBlocker: AnyOf;
  /** Matches where any joint-subject pattern matches. */
  anyJoint: AnyOf;
}

/** Says whether any of several patterns matches a text. */
export interface AnyOf {
  test(text: string): boolean;
}

/**
 * A tester that answers "does any of `patterns` match?", each pattern compiled once, without their `g` flag (so no
 * `lastIndex` state). Not one alternation of them all: such a joined pattern is one the ReDoS check
 * (tests/redos.test.ts) cannot prove safe, and the answers are the same.
 */
export function anyOf(patterns: string[], flags: string): AnyOf {
  const res = patterns.map((p) => new RegExp(p, flags.replace('g', '')));
  return { test: (text) => res.some((re) => re.test(text)) };
}

export function compileCues(res: PledgesResource): CompiledCues {
  return compiled(res, 'cues', (r) => ({
    commitments: r.commitments.map((c) => ({
      re: new RegExp(c.pattern, 'gi'),
      lemma: c.lemma,
      kind: c.kind ?? 'plain',
      wordBefore: c.wordBefore ? new Set(c.wordBefore) : null,
      wordAfter: c.wordAfter ? new Set(c.wordAfter) : null,
    })),
    animate: new Set(r.animateNouns),
    speakerPeople: new Set(r.speakerPeople),
    benefitVerbs: new Set(r.benefitVerbs),
    benefitNouns: new Set(r.benefitNouns),
    signedThings: new Set(r.signedThings),
    signerGives: new Set(r.signerGives),
    effects: new Set(r.effectSubjects),
    noun: new RegExp(r.nounCues.pattern, 'gi'),
    nounMaxWordsBefore: r.nounCues.maxWordsBefore,
    blockers: r.blockers.map((b) => new RegExp(b, 'gi')),
    breaks: r.clauseBreaks.map((b) => new RegExp(b, 'gi')),
    joint: r.jointSubjects.map((j) => new RegExp(j, 'gu')),
    jointVerbs: new Set(r.jointVerbs),
    eventVerbs: new Set(r.eventVerbs),
    weighVerbs: new Set(r.weighVerbs),
    changeVerbs: new Set(r.changeVerbs),
    roleVerbs: new Set(r.roleVerbs),
    roleObjects: new Set(r.roleObjects),
    eventObjects: new Set(r.eventObjects ?? []),
    meetingVerbs: new Set(r.meetingVerbs ?? []),
    meetingObjects: new Set(r.meetingObjects ?? []),
    notGiven: new Set(r.notGiven ?? []),
    passiveNotCommitted: new Set(r.passiveNotCommitted ?? []),
    passiveCeremonial: new Set(r.passiveCeremonial ?? []),
    costObjects: new Set(r.costObjects ?? []),
    requestVerbs: new Set(r.requestVerbs),
    submitVerbs: new Set(r.submitVerbs),
    requestObjects: new Set(r.requestObjects),
    boilerplate: new RegExp(`^(?:${r.boilerplateOpeners.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\b`),
    selfDescription: new RegExp(r.selfDescriptions.join('|')),
    pastMarkers: new RegExp(`\\b(?:${r.pastMarkers.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\b`, 'i'),
    anyCommitment: anyOf(r.commitments.map((c) => c.pattern), 'i'),
    anyBlocker: anyOf(r.blockers, 'i'),
    anyJoint: anyOf(r.jointSubjects, 'u'),
  }));
}

function all(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** How far a cue's wordBefore / wordAfter is looked for, within its clause. */
const NEAR = 120;
/** Is the character at i a full stop or semicolon that ends a clause ("US$8.6" keeps its point)? */
const endsClause = (text: string, i: number) => (text[i] === '.' || text[i] === ';') && !/\d/.test(text[i + 1] ?? '');
/** The text before `at`, back to the last full stop or semicolon within NEAR characters. */
const clauseBefore = (text: string, at: number) => {
  let i = at - 1;
  while (i >= Math.max(0, at - NEAR) && !endsClause(text, i)) i--;
  return text.slice(i + 1, at);
};
/** The text after `at`, up to the next full stop or semicolon within NEAR characters. */
const clauseAfter = (text: string, at: number) => {
  let i = at;
  while (i < Math.min(text.length, at + NEAR) && !endsClause(text, i)) i++;
  return text.slice(at, i);
};
const hasWord = (text: string, words: Set<string>) => text.split(/[^\p{L}]+/u).some((w) => words.has(w.toLowerCase()));

/** Commitment cues in a sentence, in order of position (offsets relative to the sentence). */
export function findCues(text: string, c: CompiledCues): CueMatch[] {
  const out: CueMatch[] = [];
  // Most sentences hold no cue: one pass of the alternation says so.
  const some = c.anyCommitment.test(text);
  for (const { re, lemma, kind, wordBefore, wordAfter } of some ? c.commitments : []) {
    for (const m of all(re, text)) {
      if (wordBefore && !hasWord(clauseBefore(text, m.index), wordBefore)) continue;
      if (wordAfter && !hasWord(clauseAfter(text, m.index + m[0].length), wordAfter)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, lemma: lemma === '$verb' ? (m.groups?.verb ?? 'commit').toLowerCase().replace(/\s+/g, ' ') : lemma, kind, noun: false });
    }
  }
  for (const m of all(c.noun, text)) {
    const wordsBefore = text.slice(0, m.index).split(/\s+/).filter(Boolean).length;
    if (wordsBefore <= c.nounMaxWordsBefore) out.push({ start: m.index, end: m.index + m[0].length, lemma: 'give', kind: 'plain', noun: true });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Start of the clause holding position `at`: after the last clause break before it. */
export function clauseStart(text: string, at: number, c: CompiledCues): number {
  let start = 0;
  for (const re of c.breaks) for (const m of all(re, text)) if (m.index + m[0].length <= at && m.index + m[0].length > start) start = m.index + m[0].length;
  return start;
}

/**
 * clauseStart for one sentence, with the clause breaks found once: the start of the clause holding a position
 * is then a binary search over their ends, not a new pass of every break pattern over the sentence.
 */
export class Clauses {
  private ends: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly c: CompiledCues,
  ) {}

  /** Same as clauseStart(text, at, c). */
  start(at: number): number {
    if (!this.ends) {
      const ends: number[] = [];
      for (const re of this.c.breaks) for (const m of all(re, this.text)) ends.push(m.index + m[0].length);
      this.ends = ends.sort((a, b) => a - b);
    }
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? ends[lo - 1] : 0;
  }
}

/** Is the cue governed by a request, wish, hope, belief or thanks earlier in its clause (anywhere, for noun cues)? */
export function blocked(text: string, cue: CueMatch, c: CompiledCues, clauses: Clauses = new Clauses(text, c)): boolean {
  const from = cue.noun ? 0 : clauses.start(cue.start);
  const to = cue.noun ? text.length : cue.start;
  const scope = text.slice(from, to);
  return c.anyBlocker.test(scope);
}

export { all as allMatches };
