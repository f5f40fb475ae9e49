import type { PersonEntity } from '../../doc/document.js';
import { fold } from '../ingest/normalise.js';
import { jaroWinkler } from '../../text/natural.js';
import type { Detected } from './detect.js';
import { entry } from '../../util/maps.js';

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

interface Person {
  tokens: string[];
  mentions: Detected[];
}

/**
 * Particles of European surnames, which a sentence may open with a capital ("Von Hollenstein said"); the lexicon's
 * wider list also holds words that are names of their own ("Le", "Lo", "Ben").
 */
const EUROPEAN_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'das', 'zu', 'ter', 'ten', 'op']);

/** "Al-Qahtani" -> Al, Qahtani; "El-Shazly" and "El" -> Al (the article's two transliterations). */
function arabicArticle(t: string, i: number, all: string[]): string[] {
  const m = /^([AaEe]l)-(\p{Lu}.*)$/u.exec(t);
  if (m) return ['Al', m[2]];
  return /^[Ee]l$/.test(t) && i < all.length - 1 ? ['Al'] : [t];
}

/** Ordered parts of two words or more of a name short enough to list them all (2^n of them). */
const MAX_INDEXED_TOKENS = 8;
const SEP = '\u0001';

/** Every ordered part of two tokens or more of `tokens` (the whole included), as keys. */
function subsequenceKeys(tokens: string[]): string[] {
  const n = tokens.length;
  const out: string[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // one token
    const parts: string[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) parts.push(tokens[i]);
    out.push(parts.join(SEP));
  }
  return out;
}

/** The name with token i left open, for finding names that differ from it in that token only. */
const maskedKey = (tokens: string[], i: number) => `${tokens.length}${SEP}${tokens.map((t, k) => (k === i ? '' : t)).join(SEP)}${SEP}${i}`;

/**
 * Merges detected mentions into people. Full names (two or more words) merge when equal without initials,
 * when one is an ordered part of the other, or when they differ by one misspelt word. A one-word mention
 * ("Hung", "Minister Noda") joins the person whose name contains that word; when two people share it,
 * the nearest one named before it (else after it) wins, so two people never collapse into one.
 *
 * Each full name joins the first person (in order of creation) it fits; indexes by whole name, by ordered
 * part and by name with one word left open find that person without comparing the name with every other.
 */
export function mergePeople(mentions: Detected[]): PersonEntity[] {
  const foldCache = new Map<string, string>();
  const f = (w: string) => {
    let v = foldCache.get(w);
    if (v === undefined) foldCache.set(w, (v = fold(w)));
    return v;
  };
  const people: Person[] = [];
  const byName = new Map<string, number>();
  const byPart = new Map<string, number>();
  const byMasked = new Map<string, number[]>();
  /** People whose names are too long to index every ordered part: checked one by one. */
  const longNames: number[] = [];
  const byToken = new Map<string, number[]>();
  const addPerson = (p: Person): void => {
    const id = people.length;
    people.push(p);
    const k = p.tokens;
    if (!byName.has(k.join(' '))) byName.set(k.join(' '), id);
    if (k.length <= MAX_INDEXED_TOKENS) {
      for (const key of subsequenceKeys(k)) if (!byPart.has(key)) byPart.set(key, id);
    } else longNames.push(id);
    if (k.length >= 2) for (let i = 0; i < k.length; i++) entry(byMasked, maskedKey(k, i), () => []).push(id);
    for (const w of new Set(k)) entry(byToken, w, () => []).push(id);
  };
  /** The first person the full name fits: same name, an ordered part of theirs, or one misspelt word apart. */
  const firstFit = (k: string[]): number => {
    let best = byName.get(k.join(' ')) ?? Infinity;
    // "TAKEMURA Shinichiro" / "Shinichiro Takemura", "Chen Xiaoyan" / "Xiaoyan Chen": a name of two words written
    // in the other order, family name first.
    if (k.length === 2) best = Math.min(best, byName.get(`${k[1]} ${k[0]}`) ?? Infinity);
    if (k.length >= 2) {
      best = Math.min(best, byPart.get(k.join(SEP)) ?? Infinity);
      for (const id of longNames) {
        if (id >= best) break;
        if (subsequence(k, people[id].tokens)) best = id;
      }
      for (let i = 0; i < k.length; i++) {
        for (const id of byMasked.get(maskedKey(k, i)) ?? []) {
          if (id >= best) break;
          if (spellingVariant(k, people[id].tokens)) {
            best = id;
            break;
          }
        }
      }
    }
    return best;
  };
  // Name tokens without initials and particles, folded: "Wendy R. Sherman" -> ["wendy", "sherman"], "Von
  // Hollenstein" -> ["hollenstein"]. A name of one word besides them ("Ó Briain") is placed as a one-word mention is.
  // The Arabic article is one key word however it is written: "Al-Qahtani", "Al Qahtani", "El-Shazly" -> al, qahtani.
  const keyOf = (m: Detected) => m.tokens.filter((t, i) => !/^\p{Lu}$/u.test(t) && !(i === 0 && m.tokens.length > 1 && /^\p{Lu}\p{Ll}/u.test(t) && EUROPEAN_PARTICLES.has(t.toLowerCase()))).flatMap(arabicArticle).map(f);
  const fulls = mentions.filter((m) => keyOf(m).length >= 2).sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  for (const m of fulls) {
    const k = keyOf(m);
    const found = firstFit(k);
    if (found !== Infinity) people[found].mentions.push(m);
    else addPerson({ tokens: k, mentions: [m] });
  }
  // What each person's full names say, for placing one-word mentions: their titles, where they stand.
  const fullTitles = new Map<number, Set<string>>();
  const fullStarts = new Map<number, number[]>();
  const titlesOf = (id: number) =>
    entry(fullTitles, id, () => new Set(people[id].mentions.filter((x) => x.tokens.length >= 2).flatMap((x) => x.titles.map(f))));
  const startsOf = (id: number) =>
    entry(fullStarts, id, () => people[id].mentions.filter((x) => x.tokens.length >= 2).map((x) => x.start).sort((a, b) => a - b));
  for (const m of mentions.filter((x) => keyOf(x).length <= 1)) {
    const w = keyOf(m)[0] ?? f(m.tokens[m.tokens.length - 1]);
    const candidates = byToken.get(w) ?? [];
    let target = candidates[0];
    if (candidates.length > 1) {
      // The nearest full name before the mention, else the nearest after it (counted 1e9 further).
      const dist = (id: number) => {
        const starts = startsOf(id);
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid] < m.start) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0) return m.start - starts[lo - 1];
        while (lo < starts.length && starts[lo] === m.start) lo++;
        return lo < starts.length ? starts[lo] - m.start + 1e9 : Infinity;
      };
      // A short mention's own title ("Minister Hung" vs "Deputy Minister ... Hung") picks the person it fits.
      const own = m.titles.map(f);
      const fits = (id: number) => (own.length && own.some((u) => titlesOf(id).has(u)) ? 0 : 1);
      // The first candidate with the best (fits, dist), as a stable sort would put first.
      let bestFit = Infinity;
      let bestDist = Infinity;
      for (const id of candidates) {
        const fi = fits(id);
        if (fi > bestFit) continue;
        const d = dist(id);
        if (fi < bestFit || d < bestDist) {
          target = id;
          bestFit = fi;
          bestDist = d;
        }
      }
    }
    if (target !== undefined) people[target].mentions.push(m);
    else addPerson({ tokens: [w], mentions: [m] });
  }
  return people.map((p) => {
    const ms = p.mentions.sort((a, b) => a.start - b.start);
    const best = [...ms].sort((a, b) => b.tokens.length - a.tokens.length || b.name.length - a.name.length || a.start - b.start)[0];
    const titles: string[] = [];
    const seen = new Set<string>();
    for (const m of ms) {
      for (const t of m.titles) {
        const ft = f(t);
        if (seen.has(ft)) continue;
        seen.add(ft);
        titles.push(t);
      }
    }
    return { name: best.name, titles, country: ms.find((m) => m.country)?.country ?? null, mentions: ms };
  });
}
