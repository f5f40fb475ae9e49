import nlp from 'compromise';
import type { Pledge } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { spansIn } from '../../text/spans.js';
import { fold } from '../ingest/normalise.js';
import { actorCandidates, afterPreposition, type ActorCandidate } from './actors.js';
import { findAmount } from './amount.js';
import { blocked, clauseStart, compileCues, findCues, type CueMatch } from './cues.js';

/** Text between two parties joined as one subject: "X (ACR) and the Y", "X and his counterpart Y". */
function joinedByAnd(between: string): boolean {
  let t = between.trimStart();
  if (t.startsWith('(')) {
    const close = t.indexOf(')');
    if (close < 0 || t.slice(1, close).includes('(')) return false;
    t = t.slice(close + 1).trimStart();
  }
  if (t.startsWith(',')) t = t.slice(1).trimStart();
  if (!/^and\s/.test(t)) return false;
  const rest = t.slice(4).trimStart();
  return rest.length <= 60 && !/[,;.]/.test(rest);
}

/** Is the text before a candidate "... by|from [the] [Capitalised words] " (the giver of a gift follows)? */
function giverFollows(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  let sawThe = false;
  while (words.length) {
    const w = words[words.length - 1];
    if (w === 'the' && !sawThe) sawThe = true;
    else if (!/^[A-Z][\p{L}'-]*$/u.test(w)) break;
    words.pop();
  }
  return /^(?:by|from)$/.test(words[words.length - 1] ?? '');
}

/** compromise confirms that a verb cue is used as a verb here ("a signed agreement" is not a signing). */
function cueIsVerb(sentence: string, cue: CueMatch): boolean {
  if (cue.noun) return true;
  const first = sentence.slice(cue.start, cue.end).split(/\s+/)[0];
  if (/^(?:will|would|shall|is|are|was|were|be|remain|remains|expressed|affirmed|reaffirmed|showed|confirmed)$/i.test(first)) return true;
  const terms = nlp(sentence).terms().json() as { text: string; terms: { text: string; tags: string[] }[] }[];
  const hit = terms.flatMap((t) => t.terms).find((t) => t.text.toLowerCase() === first.toLowerCase());
  return !hit || hit.tags.includes('Verb') || hit.tags.includes('Infinitive') || hit.tags.includes('Gerund');
}

/** The verb's base form as compromise reads it ("pledged" -> "pledge"), else the cue list's lemma. */
function lemmaOf(sentence: string, cue: CueMatch): string {
  if (cue.lemma !== 'pledge' && cue.lemma !== 'promise' && cue.lemma !== 'give') return cue.lemma;
  const word = sentence.slice(cue.start, cue.end).split(/\s+/)[0];
  if (/^(?:is|was|as|will|would|a|an|the)$/i.test(word)) return cue.lemma;
  const inf = nlp(word).verbs().toInfinitive().text().trim().toLowerCase();
  return inf && /^[a-z ]+$/.test(inf) ? inf : cue.lemma;
}

/** Stage: pledges (commitments and benefits given), each with its actor, action and what the sentence states. */
export const pledges: Stage = {
  name: 'pledges',
  run(doc, res) {
    const cues = compileCues(res.pledges);
    const out: Pledge[] = [];
    let lastPerson: string | null = null;
    let lastActor: string | null = null;
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const cands = actorCandidates(doc, s, cues);
      const firstPerson = cands.find((c) => c.kind === 'person')?.name ?? null;
      const found = findCues(text, cues).find((c) => !blocked(text, c, cues) && cueIsVerb(text, c));
      if (found) {
        const cueAt = s.start + found.start;
        const resolve = (c: ActorCandidate | undefined): string | null => {
          if (!c) return null;
          if (c.kind === 'he') return cands.find((x) => x.kind === 'person' && x.start < c.start)?.name ?? lastPerson;
          if (c.kind === 'it') {
            const prev = cands.filter((x) => (x.kind === 'org' || x.kind === 'country') && x.end <= c.start);
            return prev.length ? prev[prev.length - 1].name : lastActor;
          }
          if (c.kind === 'anaphor') {
            const org = [...doc.orgMentions].reverse().find((o) => o.start < c.start && fold(o.surface).includes(c.head!));
            return org ? doc.organisations[org.entity!].name : null;
          }
          return c.name;
        };
        const cStart = s.start + clauseStart(text, found.start, cues);
        // A candidate's governing preposition is looked for within its own clause ("said on Monday that Japan will").
        const subjects = cands.filter((c) => c.end <= cueAt && !afterPreposition(doc.text, c.start >= cStart ? cStart : s.start, c));
        const inClause = subjects.filter((c) => c.start >= cStart);
        const subject = inClause[inClause.length - 1] ?? subjects[0];
        let actor: string | null = null;
        if (found.lemma === 'give') {
          // "a gift presented to Cambodia by X", "will receive assistance from X": the giver follows.
          const after = cands.find((c) => c.start > cueAt && giverFollows(doc.text.slice(Math.max(s.start, c.start - 40), c.start)));
          if (after) actor = resolve(after);
        }
        if (!actor && subject) {
          // "X and Y signed ...": two parties joined by "and" make a joint commitment.
          const prev = subjects[subjects.indexOf(subject) - 1];
          if (prev && subject.kind !== 'joint' && prev.kind !== 'joint' && prev.name !== subject.name && joinedByAnd(doc.text.slice(prev.end, subject.start))) {
            actor = 'joint';
          } else actor = resolve(subject);
        }
        if (!actor) actor = lastActor ?? doc.organisations[0]?.name ?? 'unknown';
        const p: Pledge = { start: s.start, end: s.end, actor, action: lemmaOf(text, found), cue: { start: cueAt, end: s.start + found.end } };
        const benef = cands.find((c) => c.start >= s.start + found.end && c.kind !== 'joint' && c.kind !== 'he' && c.kind !== 'it' && c.kind !== 'anaphor' && fold(c.name) !== fold(actor));
        if (benef) p.beneficiary = benef.name;
        const amount = findAmount(text);
        if (amount) p.amount = { value: amount.value, currency: amount.currency, text: amount.text };
        const due = spansIn(doc.dates, s).find((d) => d.start >= s.start + found.end && d.end <= s.end);
        if (due) p.due = due.value;
        out.push(p);
        if (actor !== 'joint' && actor !== 'unknown') lastActor = actor;
      }
      if (firstPerson) lastPerson = firstPerson;
    }
    doc.pledges = out;
  },
};
