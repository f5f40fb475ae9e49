import { isCommonWord } from '../../lexicon/english.js';
import { isCap, type Token } from '../../text/tokens.js';
import type { OrgCandidate } from './chains.js';
import type { OrgRules } from './rules.js';

/** Most capitalised words a name described by its kind may have. */
const MAX_NAME = 4;
/** Most words between the article and the kind noun ("the Norwegian state-owned grid operator"). */
const MAX_MODIFIERS = 6;
/** What may follow an appositive kind noun: the apposition closes or goes on with a relative or a participle. */
const AFTER_KIND = new Set([',', '.', ';', ')', 'that', 'which', 'who', 'whose', 'based', 'headquartered', 'owned', 'operating', 'working', 'responsible', 'providing', 'managing', 'specialising', 'specializing', 'dedicated', 'tasked', 'set', 'established', 'created', 'founded', 'listed', 'contracted', 'hired', 'selected', 'appointed', 'commissioned', 'chosen', 'engaged', 'registered', 'licensed', 'active', 'specialised', 'specialized', 'with', 'in', 'of', 'for']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Names that an apposition of a kind of body makes a body, where no head word does ("Statnett, the Norwegian grid
 * operator, said", "the independent charity Oxfam"): the kind noun (kindNouns) and its modifiers (lower-case words,
 * numbers, countries' adjectives and places) stand right after the name and a comma, or right before the name.
 */
export function kindCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!r.kindNouns.has(toks[i].text)) continue;
    const first = modifiersStart(toks, i, r);
    if (first < 0) continue;
    // "X, the ... operator,": the name ends right before ", the".
    if (toks[first - 1]?.text === ',' && AFTER_KIND.has(toks[i + 1]?.text ?? '.')) {
      // ("The Teso Women's Water Network (TEWWAN), a community-based organisation": an acronym in brackets between.)
      const bracketed = toks[first - 2]?.text === ')' && toks[first - 4]?.text === '(';
      const end = bracketed ? first - 5 : first - 2;
      let start = end;
      while (start - 1 >= 0 && end - start + 1 < MAX_NAME + 1 && (isCap(toks[start - 1].text) || (toks[start - 1].text === "'s" && isCap(toks[start - 2]?.text ?? ''))) && toks[start - 1].end + 1 >= toks[start].start) start--;
      while (start < end && r.openers.has(toks[start].text)) start++; // "The Teso ..."
      if (start >= 0 && isCap(toks[end]?.text ?? '') && (start === 0 || !isCap(toks[start - 1].text) || r.openers.has(toks[start - 1].text)) && nameLike(text, toks, start, end, r, false, /^an?$/i.test(toks[first].text))) out.push(cand(text, toks, start, end));
    }
    // "by the state transmission system operator, Moldelectrica, to help": the name set off after the kind noun.
    if (toks[first].text.toLowerCase() === 'the' && toks[i + 1]?.text === ',' && isCap(toks[i + 2]?.text ?? '')) {
      let end = i + 2;
      while (end + 1 < toks.length && end - i < MAX_NAME + 1 && isCap(toks[end + 1].text)) end++;
      if (/^[,.;]$/.test(toks[end + 1]?.text ?? '') && nameLike(text, toks, i + 2, end, r)) out.push(cand(text, toks, i + 2, end));
    }
    // "the independent charity Oxfam said": the name follows the kind noun.
    const opening = first === 0 && !ARTICLES.has(toks[0].text.toLowerCase());
    if ((toks[first].text.toLowerCase() === 'the' || opening) && isCap(toks[i + 1]?.text ?? '') && toks[i + 1].start === toks[i].end + 1) {
      let end = i + 1;
      while (end + 1 < toks.length && end - i < MAX_NAME && isCap(toks[end + 1].text) && toks[end + 1].start === toks[end].end + 1) end++;
      if (end - i <= MAX_NAME && !isCap(toks[end + 1]?.text ?? '') && nameLike(text, toks, i + 1, end, r, true)) out.push(cand(text, toks, i + 1, end));
    }
  }
  return out;
}

/**
 * The index of the article that opens the kind noun's phrase ending at token k, or -1: "the" (or "a", "an") and at
 * most MAX_MODIFIERS words that are lower-case, numbers, hyphens, or countries' adjectives and places.
 */
function modifiersStart(toks: Token[], k: number, r: OrgRules): number {
  for (let j = k - 1; j >= 0 && k - j <= MAX_MODIFIERS + 1; j--) {
    const w = toks[j].text;
    if (ARTICLES.has(w.toLowerCase())) return j;
    if (/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w) || w === '-' || r.places.countryOf.has(w) || r.places.placeWords.has(w.toLowerCase())) continue;
    if (/^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(w)) continue; // "Oslo-based"
    if (toks[j + 1]?.text === '-' && /^\p{Ll}/u.test(toks[j + 2]?.text ?? '')) continue; // "Seattle-based", split by the tokenizer
    return -1;
  }
  // "Lebanese humanitarian organisation Cedar Hands Relief (CHR) today launched": the sentence opens with the phrase.
  return k - 1 <= MAX_MODIFIERS && k > 0 ? 0 : -1;
}

/**
 * Tokens a..b read as a body's name: capitalised, no title, place or calendar word, and not all ordinary words (but
 * for two words or more described by an indefinite kind: "Cascade Bridge Housing, a Seattle-based nonprofit").
 */
function nameLike(text: string, toks: Token[], a: number, b: number, r: OrgRules, after = false, described = false): boolean {
  if (a < 0 || b < a) return false;
  const words = toks.slice(a, b + 1).map((t) => t.text).filter((w) => w !== "'s");
  if (words.some((w) => !isCap(w) || r.titles.has(w) || r.calendarWords.has(w))) return false;
  // "Today, the company"; after the kind noun only a single word ("the company Board"): "the charity Cedar Hands Relief" is one.
  if (words.every((w) => isCommonWord(w)) && (!after || words.length === 1) && !(described && words.length >= 2)) return false;
  const surface = text.slice(toks[a].start, toks[b].end);
  return !r.places.places.has(surface) && !r.places.countryOf.has(surface) && !r.openers.has(words[0]);
}

function cand(text: string, toks: Token[], a: number, b: number): OrgCandidate {
  return { start: toks[a].start, end: toks[b].end, surface: text.slice(toks[a].start, toks[b].end), country: null, rule: 'kind' };
}
