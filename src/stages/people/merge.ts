import type { PersonEntity } from '../../doc/document.js';
import { fold } from '../ingest/normalise.js';
import { jaroWinkler } from '../../text/natural.js';
import type { Detected } from './detect.js';

/** Name tokens without initials, folded: "Wendy R. Sherman" -> ["wendy", "sherman"]. */
const keyTokens = (d: { tokens: string[] }) => d.tokens.filter((t) => !/^\p{Lu}$/u.test(t)).map(fold);

/** Two full names that differ in one token by a likely misspelling ("Guo Weimin" / "Guo Wenmin"). */
export function spellingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    diffs++;
    if (a[i][0] !== b[i][0] || jaroWinkler(a[i], b[i]) < 0.85) return false;
  }
  return diffs === 1;
}

/** b's tokens appear in a, in order ("Bilawal Bhutto" in "Bilawal Bhutto Zardari"). */
function subsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const t of long) if (t === short[i]) i++;
  return i === short.length;
}

/**
 * Merges detected mentions into people. Full names (two or more words) merge when equal without initials,
 * when one is an ordered part of the other, or when they differ by one misspelt word. A one-word mention
 * ("Hung", "Minister Noda") joins the person whose name contains that word; when two people share it,
 * the nearest one named before it (else after it) wins, so two people never collapse into one.
 */
export function mergePeople(mentions: Detected[]): PersonEntity[] {
  const people: { tokens: string[]; mentions: Detected[] }[] = [];
  const fulls = mentions.filter((m) => m.tokens.length >= 2).sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  for (const m of fulls) {
    const k = keyTokens(m);
    const found = people.find((p) => {
      const pk = p.tokens;
      return pk.join(' ') === k.join(' ') || (k.length >= 2 && subsequence(k, pk)) || spellingVariant(k, pk);
    });
    if (found) found.mentions.push(m);
    else people.push({ tokens: k, mentions: [m] });
  }
  for (const m of mentions.filter((x) => x.tokens.length === 1)) {
    const w = fold(m.tokens[0]);
    const candidates = people.filter((p) => p.tokens.includes(w));
    let target = candidates[0];
    if (candidates.length > 1) {
      const dist = (p: (typeof people)[number]) => {
        const before = p.mentions.filter((x) => x.tokens.length >= 2 && x.start < m.start).map((x) => m.start - x.start);
        const after = p.mentions.filter((x) => x.tokens.length >= 2 && x.start > m.start).map((x) => x.start - m.start + 1e9);
        return Math.min(...before, ...after);
      };
      // A short mention's own title ("Minister Hung" vs "Deputy Minister ... Hung") picks the person it fits.
      const fits = (p: (typeof people)[number]) => (m.titles.length && p.mentions.some((x) => x.tokens.length >= 2 && x.titles.some((t) => m.titles.some((u) => fold(t) === fold(u)))) ? 0 : 1);
      target = [...candidates].sort((a, b) => fits(a) - fits(b) || dist(a) - dist(b))[0];
    }
    if (target) target.mentions.push(m);
    else people.push({ tokens: [w], mentions: [m] });
  }
  return people.map((p) => {
    const ms = p.mentions.sort((a, b) => a.start - b.start);
    const best = [...ms].sort((a, b) => b.tokens.length - a.tokens.length || b.name.length - a.name.length || a.start - b.start)[0];
    const titles: string[] = [];
    for (const m of ms) for (const t of m.titles) if (!titles.some((x) => fold(x) === fold(t))) titles.push(t);
    return { name: best.name, titles, country: ms.find((m) => m.country)?.country ?? null, mentions: ms };
  });
}
