import type { ActorCandidate } from './actors.js';

/**
 * "Australia and New Zealand will provide AUD 3 million and NZD 2 million respectively", "the announcement by Australia
 * and New Zealand of AUD 12 million and NZD 6.5 million respectively": each party listed commits its own share, so
 * each is a pledge of its own (the guidelines: two parties pledging different things in one sentence, two entries).
 *
 * Returns the parties (bodies and countries) listed together, in order, around the pledge's actor (or, for a joint
 * actor, the list closest before the cue), when the clause after the cue says "respectively"; else null.
 */
export function respectiveParties(text: string, sentenceStart: number, cands: ActorCandidate[], cueStart: number, cueEnd: number, actor: string): string[] | null {
  const rel = cueEnd - sentenceStart;
  const rest = text.slice(rel);
  const at = rest.search(/\brespectively\b/);
  if (at < 0 || /[;:]/.test(rest.slice(0, at))) return null;
  const parties = cands.filter((x) => x.kind === 'org' || x.kind === 'country');
  const lists: ActorCandidate[][] = [];
  for (const x of parties) {
    const list = lists[lists.length - 1];
    const prev = list?.[list.length - 1];
    const gap = prev ? text.slice(prev.end - sentenceStart, x.start - sentenceStart) : '';
    // ("The Caribbean Development Bank (CDB) and the European Union (EU)": an acronym in brackets goes with its name.)
    if (prev && prev.name === x.name && /^\s*\($/.test(gap)) list[list.length - 1] = { ...prev, end: x.end + (text[x.end - sentenceStart] === ')' ? 1 : 0) };
    else if (prev && LISTED.test(gap)) list.push(x);
    else lists.push([x]);
  }
  const joined = lists.filter((l) => l.length >= 2 && /\band\s/.test(text.slice(l[l.length - 2].end - sentenceStart, l[l.length - 1].start - sentenceStart)));
  const chosen = actor === 'joint' ? joined.filter((l) => l[l.length - 1].end <= cueStart).pop() : joined.find((l) => l.some((x) => x.name === actor));
  if (!chosen) return null;
  const names = [...new Set(chosen.map((x) => x.name))];
  return names.length >= 2 ? names : null;
}

/** What stands between two parties of one list: a comma or "and", then "the". */
const LISTED = /^(?:\s*,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
