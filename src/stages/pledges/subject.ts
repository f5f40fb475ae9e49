import type { Span } from '../../doc/document.js';
import { hasTag, isCommonWord } from '../../lexicon/english.js';
import { trailingRun, trimEndChars } from '../../text/trim.js';
import type { ActorCandidate } from './actors.js';
import type { CompiledCues } from './cues.js';

const ADVERBS = new Set(['yesterday', 'today', 'tomorrow', 'jointly', 'formally', 'officially', 'has', 'have', 'had', 'is', 'are', 'also', 'further', 'now', 'soon', 'then', 'still', 'always', 'jointly', 'each', 'both', 'too', 'in', 'turn', 'thus', 'therefore', 'accordingly', 'meanwhile', 'likewise', 'similarly', 'additionally']);
const PARTY_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'who']);
/** A verb of being or having right after a party, then no comma up to "and" ("is proud to be Tonga's partner and"). */
const COORDINATED_SUBJECT = /^\s+(?:is|are|was|were|has|have|remains|remained|stands|stood)\s[^,;:]{0,80}$/;

/**
 * Is the subject of a modal cue ("... will provide") a party that can commit (a person, a body, a country,
 * "the two sides", "we") rather than a thing whose effect the sentence describes ("This project will help",
 * "It will also ensure")? `before` is the clause's text before the cue (sentence offsets `offset`).
 */
export function partySubject(before: string, offset: number, cands: ActorCandidate[], c: CompiledCues, bodyHeads: Set<string>, itIsParty = false): boolean {
  let end = before.length;
  const trimRight = () => {
    while (end > 0 && /[\s"'\u201d]/.test(before[end - 1])) end--;
  };
  trimRight();
  // Skip adverbs ("today", "also") and parentheticals between commas ("The project, funded by Japan with
  // US$6.5 million, will ...", "X, Minister of State, today announced"), in any order.
  const wordChar = /[\p{L}\p{N}'.-]/u;
  for (let guard = 0; guard < 6; guard++) {
    // "The Brazilian Agricultural Research Corporation (Embrapa) will": a short name in brackets after the subject.
    // (A bracket that a candidate ends in is the subject's own: "Training Programme (GRÓ FTP) will".)
    if (before[end - 1] === ')') {
      const open = before.lastIndexOf('(', end - 1);
      if (open <= 0 || end - open > 40 || cands.some((x) => x.end <= offset + end && x.end >= offset + end - 2)) break;
      end = open;
      trimRight();
      continue;
    }
    if (before[end - 1] === ',') {
      const open = before.lastIndexOf(',', end - 2);
      if (open <= 0 || end - open >= 120) break;
      // "The Minister of Development Cooperation, Hélène Dewaele, today announced": a person set off by commas is the subject.
      if (cands.some((x) => x.kind === 'person' && x.start >= offset + open && x.end <= offset + end) && /^,\s*\p{Lu}[^,]*,$/u.test(before.slice(open, end).trim())) return true;
      end = open;
      trimRight();
      continue;
    }
    const w = trailingRun(before.slice(Math.max(0, end - 40), end), wordChar);
    if (!w || !ADVERBS.has(w.toLowerCase())) break;
    end -= w.length;
    trimRight();
  }
  const at = offset + end;
  if (cands.some((x) => x.end <= at && x.end >= at - 2 && (x.kind !== 'it' || itIsParty))) return true;
  const w = trimEndChars(trailingRun(before.slice(Math.max(0, end - 40), end), wordChar), '.');
  if (!w) return false;
  const lw = w.toLowerCase().replace(/'s$/, '');
  if (PARTY_PRONOUNS.has(lw)) return true;
  // "Australia is proud to be Tonga's partner and will continue to support ...": a party that is the subject of the
  // verb before "and" is this one's too.
  // (The last party before "and", right before its verb: not "Australia welcomed the decision by Japan to build schools
  // and will provide".)
  if (lw === 'and') {
    // (A possessor names no party: "Tonga's partner".)
    const parties = cands.filter((x) => (x.kind === 'org' || x.kind === 'country' || x.kind === 'person') && x.start >= offset && x.end <= offset + end - w.length && !/^['’]s\b/.test(before.slice(x.end - offset, x.end - offset + 2)));
    const last = parties[parties.length - 1];
    if (last && COORDINATED_SUBJECT.test(before.slice(last.end - offset, end - w.length))) return true;
  }
  // "..., the AIIB, which is providing": a relative pronoun stands for the body named before its comma.
  if ((lw === 'which' || lw === 'that') && before.slice(0, end - w.length).trimEnd().endsWith(',')) {
    const comma = offset + before.slice(0, end - w.length).trimEnd().length - 1;
    if (cands.some((x) => (x.kind === 'org' || x.kind === 'country' || x.kind === 'person') && x.end <= comma && x.end >= comma - 2)) return true;
  }
  if (c.effects.has(lw)) return false;
  if (c.animate.has(lw) || bodyHeads.has(lw) || hasTag(lw, 'Actor')) return true;
  // "Our engineers will share ...": the speaker's own people (not "our economy").
  if (c.speakerPeople.has(lw) && /\b[Oo]ur\s+$/.test(before.slice(Math.max(0, end - w.length - 5), end - w.length))) return true;
  // A capitalised word the other stages did not take (a company, a new body's short name) is a party; not a
  // common word or a gerund capitalised only because it opens the sentence ("Dredging will run ...").
  if (end - w.length <= 0 && (isCommonWord(lw) || /ing$/.test(lw))) return false;
  return /^\p{Lu}/u.test(w) && lw !== 'it' && lw !== 'this';
}

/** "agreed that relations are excellent": an agreement that only states how things are commits nothing. */
export function statesOnly(after: string): boolean {
  const clause = after.split(/[;]|\.\s/)[0];
  if (/\b(?:will|would|shall|to|must|should)\b/i.test(clause)) return false;
  return /\b(?:is|are|was|were|has|have|had|remains?|remained)\b/i.test(clause);
}

export type { Span };
