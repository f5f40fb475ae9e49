import { isCommonWord } from '../../lexicon/english.js';
import { isCap, isLower, type Token } from '../../text/tokens.js';
import { acronymShaped, hashtagOrHandle } from './acronyms.js';
import type { OrgCandidate } from './chains.js';
import type { OrgRules } from './rules.js';

/** Capitalised tokens ending at token `end` (inclusive), at most five, on one line, titles and openers excluded. */
function capsBefore(text: string, toks: Token[], end: number, r: OrgRules): number {
  let a = end + 1;
  while (a - 1 >= 0 && end - (a - 1) < 5 && isCap(toks[a - 1].text) && !r.titles.has(toks[a - 1].text) && !r.openers.has(toks[a - 1].text)) {
    if (a <= end && text.slice(toks[a - 1].end, toks[a].start).includes('\n')) break;
    a--;
  }
  return a;
}

function span(text: string, toks: Token[], a: number, b: number, rule: string): OrgCandidate {
  return { start: toks[a].start, end: toks[b].end, surface: text.slice(toks[a].start, toks[b].end), country: null, rule };
}

/**
 * Media outlets named by what the text calls them: capitalised words before a lower-case media noun
 * ("the Granma newspaper", "Kommersant daily"), before an apposition ("Nhan Dan - the official newspaper of
 * ..."), and credits ("Photo: VNA", "Source: Xinhua"). A country or its adjective alone ("Vietnamese
 * newspapers") names no outlet.
 */
export function mediaCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const onlyCountry = (a: number, b: number) => r.places.countryOf.has(text.slice(toks[a].start, toks[b].end));
  for (let i = 1; i < toks.length; i++) {
    const noun = isLower(toks[i].text) ? r.mediaNouns.matchAt(text, toks, i) : null;
    if (noun) {
      const a = capsBefore(text, toks, i - 1, r);
      if (a <= i - 1 && !onlyCountry(a, i - 1)) out.push(span(text, toks, a, i - 1, 'media'));
      continue;
    }
    // "X - the official newspaper of", "X, the national broadcaster"
    if ((toks[i].text === '-' || toks[i].text === '–' || toks[i].text === ',') && toks[i + 1]?.text === 'the' && isCap(toks[i - 1].text)) {
      let k = i + 2;
      while (k < toks.length && k < i + 5 && isLower(toks[k].text) && !r.mediaNouns.matchAt(text, toks, k)) k++;
      if (r.mediaNouns.matchAt(text, toks, k)) {
        const a = capsBefore(text, toks, i - 1, r);
        if (a <= i - 1 && !onlyCountry(a, i - 1)) out.push(span(text, toks, a, i - 1, 'media'));
      }
    }
  }
  // Credits: "Photo: VNA", "(Source: Xinhua)"; a credit to a person's name is left to the people stage.
  for (let i = 0; i + 2 < toks.length; i++) {
    const cue = r.creditCues.matchAt(text, toks, i);
    if (!cue || toks[cue.j]?.text !== ':') continue;
    const a = cue.j + 1;
    let b = a;
    while (b + 1 < toks.length && isCap(toks[b + 1].text) && !text.slice(toks[b].end, toks[b + 1].start).includes('\n')) b++;
    // "Photo: B. Bayarmaa": a single letter is a person's initial; "Photo: The opening session ...", "Photo: Dr. Rupjyoti
    // Deka and ...": a caption's common first word or a title is no credit. (An acronym is left to the acronyms, which
    // know what the article defines: "Photo: MES press service"; nor is an abbreviation, "Photo: L-R: ...".)
    if (a < toks.length && isCap(toks[a].text) && toks[a].text.length > 1 && b - a < 1 && !isCommonWord(toks[a].text) && !r.titles.has(toks[a].text) && !acronymShaped(toks[a].text) && !r.notAcronyms.has(toks[a].text)) out.push(span(text, toks, a, b, 'credit'));
  }
  return out;
}

/** "LaoPost", "LaoCERT", "CyprusAid": one CamelCase word ending in an organisation suffix (not a hashtag or a handle: "#CanadaDev", "@CanadaDev"). */
export function camelCaseCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].text;
    if (!/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) || hashtagOrHandle(toks, i)) continue;
    if (r.camelCaseSuffixes.some((s) => w.endsWith(s) && w.length > s.length && /\p{Ll}/u.test(w[w.length - s.length - 1]))) out.push(span(text, toks, i, i, 'camel-case'));
  }
  return out;
}

/**
 * "Kazhydromet", "Kyrgyzhydromet", "Turkmengaz", "Uzbekenergo": one capitalised word that joins a country's stem to
 * a body's word (organisations.json compoundSuffixes), with at least two letters before it ("Uzhydromet"); no English word.
 */
export function compoundCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].text;
    if (!/^\p{Lu}\p{Ll}{4,}$/u.test(w) || isCommonWord(w) || r.places.placeWords.has(w.toLowerCase())) continue;
    if (r.compoundSuffixes.some((s) => w.endsWith(s) && w.length >= s.length + 2)) out.push(span(text, toks, i, i, 'compound'));
  }
  return out;
}
