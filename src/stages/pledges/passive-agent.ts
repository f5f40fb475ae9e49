import type { ActorCandidate } from './actors.js';
import type { CompiledCues } from './cues.js';

/**
 * A future passive with its agent ("the maintenance will be covered by KOICA", "a desk will be opened at the
 * headquarters by KOTRA", "is to be completed by the Railway Authority by 2030") commits the agent as its active form
 * would ("KOICA will cover"). The cue (kind 'by', a modal before "be") holds only when:
 * - a party stands right after "by" (not "will be completed by December", "by the end of the year");
 * - the verb is no event, meeting or implementing role, which the active form would not commit either
 *   ("will be chaired by", "will be held by", "will be implemented by UNDP"), nor one of `passiveNotCommitted`
 *   ("will be attended by", "will be approved by the Board": someone else's step still to come);
 * - a ceremonial verb (`passiveCeremonial`: opened, launched, inaugurated) has a body as agent: a desk opened by an
 *   agency is a service it sets up, a centre "opened by the Prime Minister" a ceremony.
 */
export const FUTURE_PASSIVE = /^(?:will|shall|is\s+to|are\s+to)\s+(?:[a-z]+\s+)?be\s/i;

/** The base forms a past participle may come from: "covered" cover/cove, "planned" plan, "carried" carry, "held" hold. */
export function participleBases(participle: string): string[] {
  const p = participle.toLowerCase().split(/\s+/)[0];
  const irregular = IRREGULAR[p];
  if (irregular) return [irregular];
  const out = [p];
  if (p.endsWith('ied')) out.push(`${p.slice(0, -3)}y`);
  if (p.endsWith('ed')) out.push(p.slice(0, -1), p.slice(0, -2));
  if (/([b-df-hj-np-tv-z])\1ed$/.test(p)) out.push(p.slice(0, -3));
  if (p.endsWith('en')) out.push(p.slice(0, -2), p.slice(0, -1));
  return out;
}

/** Participles the endings below do not undo ("carried", "run" and "set" they do). */
const IRREGULAR: Record<string, string> = { held: 'hold', led: 'lead', met: 'meet', built: 'build', borne: 'bear', taken: 'take', given: 'give', chosen: 'choose', seen: 'see' };

export function passiveAgentHolds(
  participle: string,
  agent: ActorCandidate | undefined,
  gapToAgent: string,
  cues: CompiledCues,
): boolean {
  if (!agent || agent.kind === 'we' || !/^\s*(?:the\s+)?$/i.test(gapToAgent)) return false;
  const bases = participleBases(participle);
  if (cues.passiveNotCommitted.has(participle.toLowerCase())) return false;
  if (bases.some((b) => cues.eventVerbs.has(b) || cues.roleVerbs.has(b) || cues.meetingVerbs.has(b))) return false;
  return !(cues.passiveCeremonial.has(participle.toLowerCase()) && (agent.kind === 'person' || agent.kind === 'he'));
}
