import type { Span } from '../../doc/document.js';
import { isCommonWord } from '../../lexicon/english.js';
import { fold } from '../ingest/normalise.js';
import { isCap, shapeOf, SHAPE_ALL_CAPITALS, SHAPE_CAP, SHAPE_TWO_LETTERS, type Token } from '../../text/tokens.js';
import { newFactTable } from '../../text/words.js';
import type { OrgRules } from './rules.js';

/**
 * Articles, prepositions and conjunctions of French, Spanish, Portuguese and Italian names, which their acronyms
 * skip as English ones skip "of" ("Association Songtaaba pour le Développement Rural (ASDR)", "Financiera Peruana
 * para el Desarrollo (FIPEDE)").
 */
const ROMANCE_FUNCTION_WORDS = ['le', 'les', 'el', 'los', 'las', 'lo', 'gli', 'il', 'pour', 'para', 'per', 'por', 'di', 'della', 'dello', 'delle', 'degli', 'dei', 'do', 'dos', 'das', 'au', 'aux', 'et', 'y', 'e', 'en', 'sur', 'con', 'com'];

/** Words that acronyms skip ("Ministry of Foreign Affairs" -> MFA). */
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'del', 'da', 'la', 'at', "'s", ...ROMANCE_FUNCTION_WORDS]);

/** Is this word one that acronyms skip ("of", "pour le")? */
export const functionWord = (w: string) => FUNCTION_WORDS.has(w.toLowerCase());

/**
 * Is the token shaped like an acronym: two capitals or more and no more lower-case letters than capitals
 * (MIC, MoFA, MoFA&IC, PCCCC), or opening with two capitals (VNPost, VOVworld)? "McDonald" is not.
 */
export function acronymShaped(w: string): boolean {
  // Asked for nearly every token, several times: a word not opening with a capital is answered at once,
  // others are remembered.
  if (!isCap(w)) return false;
  let v = shapes.get(w);
  if (v === undefined) {
    if (shapes.size >= 10_000) shapes.clear();
    shapes.set(w, (v = shapedLikeAcronym(w)));
  }
  return v;
}
const shapes = new Map<string, boolean>();
const ACRONYM_TABLE = newFactTable();

/** acronymShaped(t.text), kept on the token's word. */
export function acronymToken(t: Token): boolean {
  const w = t.word;
  if (!w || !(shapeOf(t) & SHAPE_CAP)) return acronymShaped(t.text);
  let v = w.facts[ACRONYM_TABLE];
  if (v === undefined) w.facts[ACRONYM_TABLE] = v = acronymShaped(t.text) ? 1 : 0;
  return v === 1;
}

function shapedLikeAcronym(w: string): boolean {
  if (!/^\p{Lu}[\p{L}&.]*$/u.test(w) && !/^\p{Lu}+-\p{Lu}{2,}$/u.test(w)) return false; // "C-DAC"
  // "DIRECTOR-GENERAL", "SECRETARY-GENERAL": a title in capitals spells nothing ("SAFE-WATER" may).
  if (/^\p{Lu}{4,}-GENERAL$/u.test(w) && isCommonWord(w.slice(0, -8).toLowerCase())) return false;
  const upper = (w.match(/\p{Lu}/gu) ?? []).length;
  const lower = (w.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 2 && (lower <= upper || /^\p{Lu}{2}/u.test(w));
}

/** The capitals an acronym spells (MoFA&IC -> MFAIC; all of it when it has no lower case). */
const spelled = (acr: string) => acr.replace(/[^\p{Lu}]/gu, '');

/** Initials of a long form's content words; a hyphenated word gives the initial of each part. */
function initials(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase()) || !/^\p{L}/u.test(w)) continue;
    for (const part of w.split('-')) if (part) out.push(part[0].toUpperCase());
  }
  return out;
}

/**
 * Schwartz and Hearst's test (2003): the short form's letters and digits appear, right to left, in the
 * long form, the first one at the start of a word; here also every content word gives one of them.
 */
export function schwartzHearst(short: string, long: string): boolean {
  let s = short.length - 1;
  let l = long.length - 1;
  const alnum = /[\p{L}\p{N}]/u;
  // Which words gave a letter: a long form padded with words that give none is not the acronym's.
  const used = new Set<number>();
  const wordAt = (i: number) => long.slice(0, i).split(/\s+/).length - 1;
  for (; s >= 0; s--) {
    const c = short[s].toLowerCase();
    if (!alnum.test(c)) continue;
    while (l >= 0 && (long[l].toLowerCase() !== c || (s === 0 && l > 0 && alnum.test(long[l - 1])))) l--;
    if (l < 0) return false;
    used.add(wordAt(l));
    l--;
  }
  const content = long.split(/\s+/).map((w, i) => (FUNCTION_WORDS.has(w.toLowerCase()) ? -1 : i)).filter((i) => i >= 0);
  return content.every((i) => used.has(i));
}

/**
 * Does the acronym stand for these words? Their initials spell it in order (MFA), or the same letters in
 * another order as acronyms borrowed from another language do (PCCCC: Communist Party of Cuba Central
 * Committee), or Schwartz and Hearst's letter test holds (VNPost: Vietnam Post) with as many content
 * words as a short acronym can cover.
 */
export function standsFor(acr: string, words: string[]): boolean {
  if (spells(acr, words)) return true;
  // "Water and Sewerage Company Inc. (WASCO)", "Kenya Power and Lighting Company Ltd. (KPLC)": a short legal form
  // closing the name may be left out of the acronym.
  let n = words.length;
  while (n > 0 && !/^\p{L}/u.test(words[n - 1])) n--;
  // (In order only: "PIB" is no "Bharat Pharma Innovations Ltd".)
  return n > 2 && SHORT_FORMS.has(words[n - 1].toLowerCase()) && spells(acr, words.slice(0, n - 1), false);
}

const SHORT_FORMS = new Set(['inc', 'ltd', 'llc', 'plc']);

function spells(acr: string, words: string[], anyOrder = true): boolean {
  const letters = spelled(acr);
  const ini = initials(words);
  if (letters.length < 2 || !ini.length) return false;
  if (ini.join('') === letters) return true;
  if (anyOrder && ini.length === letters.length && [...ini].sort().join('') === [...letters].sort().join('')) return true;
  // (Words, not hyphen parts, are what must not outnumber the letters: "Co-operation" gives one letter to OSCE.)
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  if (content.length > letters.length || ini[0] !== letters[0]) return false;
  return schwartzHearst(acr, words.join(' ')) || (anyOrder && syllables(acr, content));
}

/**
 * A syllable acronym: the start of every content word in turn, each one letter or more ("Financiera Peruana para el
 * Desarrollo (FIPEDE)": FI-PE-DE, whose letters the right-to-left test above takes from "para el" and so misses).
 */
function syllables(acr: string, content: string[]): boolean {
  const a = fold(acr).replace(/[^a-z0-9]/g, '');
  const ws = content.map((w) => fold(w).replace(/[^a-z0-9]/g, ''));
  // reach[i]: the acronym's first i letters are spelt by the words so far.
  let reach = new Set([0]);
  for (const w of ws) {
    const next = new Set<number>();
    for (const i of reach) for (let n = 1; n <= w.length && i + n <= a.length && a[i + n - 1] === w[n - 1]; n++) next.add(i + n);
    if (!next.size) return false;
    reach = next;
  }
  return reach.has(a.length);
}

export interface Definition {
  acronym: string;
  /** The acronym's own token. */
  short: Span;
  /** The long form it stands for. */
  long: Span;
}

/**
 * Acronym definitions in one sentence: "Long Form (ACR)" with the shortest capitalised run before the
 * bracket that the acronym stands for, "ACR (Long Form)", and "Long Form, ACR,".
 */
export function definitions(text: string, toks: Token[]): Definition[] {
  const out: Definition[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i].text !== '(' || toks[i + 2].text !== ')') continue;
    const acr = toks[i + 1].text;
    if (!acronymToken(toks[i + 1])) continue;
    const long = longFormBefore(text, toks, i, acr);
    if (long) out.push({ acronym: acr, short: toks[i + 1], long });
  }
  // "ACR (Long Form)".
  for (let i = 0; i + 3 < toks.length; i++) {
    if (!acronymToken(toks[i]) || toks[i + 1].text !== '(') continue;
    let close = i + 2;
    while (close < toks.length && close < i + 16 && toks[close].text !== ')') close++;
    if (toks[close]?.text !== ')' || close - i < 4 || !isCap(toks[i + 2].text)) continue;
    const words = toks.slice(i + 2, close).map((t) => t.text);
    if (standsFor(toks[i].text, words)) out.push({ acronym: toks[i].text, short: toks[i], long: { start: toks[i + 2].start, end: toks[close - 1].end } });
  }
  // "United Nations Development Program, UNDP, ..."
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].text !== ',' || !acronymToken(toks[i + 1]) || (toks[i + 2] && toks[i + 2].text !== ',' && toks[i + 2].text !== '.')) continue;
    const long = longFormBefore(text, toks, i, toks[i + 1].text);
    if (long) out.push({ acronym: toks[i + 1].text, short: toks[i + 1], long });
  }
  return out;
}

/**
 * The shortest run of words ending at token `at` (exclusive), opening with a capital, that the acronym stands for;
 * a longer one whose initials spell it exactly wins over one that only holds its letters ("Association of African
 * Universities (AAU)", not "African Universities").
 */
function longFormBefore(text: string, toks: Token[], at: number, acr: string): Span | null {
  const maxWords = Math.min(spelled(acr).length + 5, spelled(acr).length * 2 + 2);
  const words: string[] = [];
  let loose: Span | null = null;
  let ordered: Span | null = null;
  for (let k = at - 1; k >= 0 && words.length < maxWords; k--) {
    const w = toks[k].text;
    if (w === '-') continue; // "EU - Vietnam Investment Protection Agreement (EVIPA)"
    if (!/^[\p{L}\p{N}]/u.test(w) && w !== '&' && w !== "'s") break;
    if (text.slice(toks[k].end, toks[k + 1].start).includes('\n')) break;
    words.unshift(w);
    if (isCap(w) && standsFor(acr, words)) {
      const span = { start: toks[k].start, end: toks[at - 1].end };
      if (initials(words).join('') === spelled(acr)) return span;
      // "Organization for Security and Co-operation in Europe (OSCE)": letters in their order win over the same
      // letters shuffled ("Security and Co-operation in Europe" holds S, C, O, E).
      if (spells(acr, words, false)) ordered ??= span;
      loose ??= span;
    }
  }
  return ordered ?? loose;
}

/**
 * Is this acronym-shaped token an organisation's acronym when nothing defines it? Not a code, a currency,
 * a numeral, a common abbreviation (notAcronyms), a country, a place written in capitals (a dateline's
 * "HANOI"), an English word in capitals ("PRESS RELEASE"), a surname in capitals before or after a
 * given name ("CHUNG Eui-yong", "PRAK Sokhonn"), a plural ("CHPs") or a time zone ("11:30 (UYT)").
 */
export function undefinedAcronymIsOrg(toks: Token[], k: number, r: OrgRules): boolean {
  const w = toks[k].text;
  if (!acronymShaped(w) || (spelled(w).length < 3 && !/\p{Ll}/u.test(w))) return false;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  if (r.notAcronyms.has(w) || r.notAcronyms.has(singular) || r.places.codes.has(w) || r.places.countryOf.has(w)) return false;
  if (/^[IVXLCDM]+$/.test(w) || r.titles.has(w)) return false;
  if (/^\p{Lu}+$/u.test(w) && isCommonWord(w)) return false;
  // "1,200 CHPs", "our MCAs": capitals with a plural's "s" count people or things of a kind, no one body.
  if (/^\p{Lu}{2,}s$/u.test(w)) return false;
  // "Hon. Brian Ouma, MCA, welcomed ...": capitals set off by commas right after a person's name are a post-nominal.
  const name = toks[k - 2]?.text ?? '';
  if (toks[k - 1]?.text === ',' && /^[,.]$/.test(toks[k + 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(name) && !isCommonWord(name) && !r.heads.has(name) && !r.places.placeWords.has(name.toLowerCase()) && !r.places.countryOf.has(name)) return false;
  const next = toks[k + 1]?.text ?? '';
  const prev = toks[k - 1]?.text ?? '';
  // "KSh 2 billion", "Rs 500": a mixed-case abbreviation before a number is a currency; so are three capitals before
  // an amount ("ZWG 96 million", "ZWG 27,000"), a code the currency lists may not have yet.
  if (/\p{Ll}/u.test(w) && /^\d/.test(next)) return false;
  if (/^\p{Lu}{3}$/u.test(w) && /^\d/.test(next) && (/^\d{1,3}[.,]\d{3}/.test(toks.slice(k + 1, k + 4).map((t) => t.text).join('')) || /^(?:million|billion|thousand|bn|m|mln)$/i.test(toks[k + 2]?.text ?? ''))) return false;
  if (capsPlace(toks, k, r)) return false;
  // "GOV.UK": capitals joined by a stop to a domain's letters are a web address.
  if (next === '.' && toks[k + 1].start === toks[k].end && toks[k + 2]?.start === toks[k + 1].end && /^\p{L}{2,}$/u.test(toks[k + 2].text)) return false;
  // "#SADCCholeraResponse", "@USAIDGuatemala": a hashtag or a handle with lower case in it is a label, not a body;
  // "NKariuki [at] eachq.org": the name part of a spelled-out e-mail address.
  if (/\p{Ll}/u.test(w) && hashtagOrHandle(toks, k)) return false;
  if ((next === '[' || next === '(') && toks[k + 2]?.text.toLowerCase() === 'at' && toks[k + 3]?.text === (next === '[' ? ']' : ')')) return false;
  const nameLike = (x: string) => /^\p{Lu}\p{Ll}/u.test(x) && !isCommonWord(x) && !r.heads.has(x) && !r.titles.has(x) && !r.places.placeWords.has(x.toLowerCase());
  const capsName = capitalsOnly(w);
  if (capsName && (nameLike(next) || nameLike(prev))) return false;
  // "H.E. ONDO MINKO Ghislain": surnames in capitals, two or three, before a given name.
  const caps = (i: number) => /^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(toks[i]?.text ?? '');
  if (capsName && caps(k + 1) && (nameLike(toks[k + 2]?.text ?? '') || (caps(k + 2) && nameLike(toks[k + 3]?.text ?? '')))) return false;
  // "Dr. W.A.D. Nuwan Priyankara": dotted initials before a name or after a title are a person's.
  const titled = r.titles.has(prev) || (prev === '.' && r.titles.has(toks[k - 2]?.text ?? ''));
  if (/^(?:\p{Lu}\.)+$/u.test(w) && (nameLike(next) || titled)) return false;
  // "No: 2024/168/AFW": a part of a reference code, glued by a slash to digits.
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const slashNumber = (i: number, d: number) => toks[i]?.text === '/' && glued(toks[Math.min(i, k)], toks[Math.max(i, k)]) && /\d/.test(toks[i + d]?.text ?? '');
  if (slashNumber(k - 1, -1) || slashNumber(k + 1, 1)) return false;
  // "N'DJAMENA", "CÔTE D'IVOIRE": the rest of a word after an elided letter.
  if ((prev === "'" || prev === '’') && glued(toks[k - 1], toks[k]) && glued(toks[k - 2], toks[k - 1]) && /^\p{L}$/u.test(toks[k - 2]?.text ?? '')) return false;
  // "Aïssatou DIOP NDIAYE": beside another surname in capitals that sits beside a given name or after a title
  // ("Minister NGONO ESSOMBA").
  if (capsName && /^\p{Lu}{2,}$/u.test(prev) && (nameLike(toks[k - 2]?.text ?? '') || r.titles.has(toks[k - 2]?.text ?? ''))) return false;
  // "NOVEMBER", "FEB": a month in capitals.
  if (r.calendarWords.has(w[0] + w.slice(1).toLowerCase())) return false;
  // "Minister NDOYE", "Mr. SARR": a title or honorific before a word in capitals makes it a surname.
  if (/^\p{Lu}+$/u.test(w) && titled) return false;
  // A word in capitals opening a line before a comma or a dash is a dateline's place ("ULAANBAATAR, MONGOLIA"; "ILOILO
  // CITY, Aug. 20").
  const placeEnd = /^(?:CITY|TOWN)$/.test(next) ? toks[k + 2]?.text ?? '' : next;
  if (/^\p{Lu}+$/u.test(w) && (k === 0 || /^\p{Lu}+$/u.test(prev) || prev === ',') && /^[,–—-]$|^\($/.test(placeEnd) && k <= 3) return false;
  if (r.heads.has(w)) return false; // "PLC", "GmbH": a company form, not a body of its own
  // "Block TTDAA 17", "COP 28": capitals before a number designate a thing or a session (not before a year: "The
  // BGMEA 2025 general meeting"). (Before a lower-case noun of a thing they stay a body: "the NEMA guidelines".)
  if (/^\d{1,4}$/.test(next) && !/^(?:19|20)\d\d$/.test(next)) return false;
  return !timeZone(toks, k);
}

/** A word of capitals only, maybe hyphenated ("MES", "SG-SICA", "NDOYE"). */
export const capitalsOnly = (w: string): boolean => /^\p{Lu}+(?:-\p{Lu}+)*$/u.test(w);

/** "11:30 (UYT)", "14:00 GST", "2 p.m. (AST)", "1845 hrs (BST)": capitals right after a clock time name its time zone. */
export function timeZone(toks: Token[], k: number): boolean {
  const at = toks[k - 1]?.text === '(' ? k - 2 : k - 1;
  const before = toks.slice(Math.max(0, at - 4), at + 1).map((t) => t.text).join('');
  return /(?:^|\D)\d{1,2}:[0-5]\d$/.test(before) || /(?:^|\D)\d{1,4}(?:[ap]\.?m\.?|hrs?|h)$/i.test(before);
}

/** Is token k a hashtag's or a handle's word, glued to the "#" or "@" before it ("#CanadaDev", "@USAID")? */
export function hashtagOrHandle(toks: Token[], k: number): boolean {
  const p = toks[k - 1];
  return !!p && (p.text === '#' || p.text === '@') && p.end === toks[k].start;
}

/**
 * Does the acronym at token k name an event, a plan or a document by where it stands? "(TICAD 9)", "(COP 29)": numbered
 * in brackets, a session of an event; "Health Development Plan (PDS)": in brackets after a plan's, an event's or a
 * document's word, that thing's, in whatever language its letters are (one they spell is a definition, read as such).
 */
export function thingsAcronym(toks: Token[], k: number, r: OrgRules): boolean {
  if (toks[k - 1]?.text !== '(') return false;
  const next = toks[k + 1]?.text ?? '';
  if (/^\d{1,4}$/.test(next) && toks[k + 2]?.text === ')') return true;
  // ("the EPS Korean language test (EPS-TOPIK)", "its 2027 regional budget (APBD)": a lower-case noun of a thing, too.)
  if (next === ')' && r.thingNouns.has(toks[k - 2]?.text ?? '')) return true;
  if (next !== ')' || k < 2 || r.nonOrgHeads.matchAt('', [toks[k - 2]], 0)?.j !== 1) return false;
  // (Letters in another language's order: a name that opens with the acronym's first letter may be its own, "National
  // Farmers' Platform (NFP)".)
  let a = k - 2;
  while (a > 0 && k - a < 10 && (isCap(toks[a - 1].text) || toks[a - 1].text === "'" || toks[a - 1].text === "'s")) a--;
  // (Not an opener of the sentence: "The National Farmers' Platform (NFP)".)
  while (a < k - 2 && r.openers.has(toks[a].text)) a++;
  return toks[a].text[0] !== toks[k].text[0];
}

/** Is token k, with its neighbours in capitals, a place written in capitals ("HANOI", "ABU DHABI")? */
export function capsPlace(toks: Token[], k: number, r: OrgRules): boolean {
  let a = k;
  let b = k;
  while (a > 0 && k - a < 3 && /^\p{Lu}{2,}$/u.test(toks[a - 1].text)) a--;
  while (b + 1 < toks.length && b - k < 3 && /^\p{Lu}{2,}$/u.test(toks[b + 1].text)) b++;
  for (let i = a; i <= k; i++) {
    for (let j = k; j <= b; j++) {
      const phrase = toks.slice(i, j + 1).map((t) => t.text[0] + t.text.slice(1).toLowerCase()).join(' ');
      if (r.places.places.has(phrase)) return true;
    }
  }
  return false;
}

/**
 * A line that shouts ("UAE, KAZAKHSTAN SIGN ENERGY DEAL", "MEDIA RELEASE"): most of its words in capitals.
 * Its capitals are not acronyms unless the article defines them or the gazetteer knows them.
 */
export function shouting(toks: Token[]): boolean {
  // Asked of each sentence's shared tokens by several steps: the answer is kept with the array.
  let v = shoutingCache.get(toks);
  if (v === undefined) {
    let words = 0;
    let caps = 0;
    for (const t of toks) {
      const shape = shapeOf(t);
      if (!(shape & SHAPE_TWO_LETTERS)) continue;
      words++;
      if (shape & SHAPE_ALL_CAPITALS) caps++;
    }
    v = caps >= 2 && caps / words >= 0.6;
    shoutingCache.set(toks, v);
  }
  return v;
}
const shoutingCache = new WeakMap<Token[], boolean>();
