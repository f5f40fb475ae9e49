import type { Doc, PersonMention, Span } from '../../doc/document.js';
import { isCommonToken, isCommonWord, isGivenNameToken, isKnownSurname, isVerbForm } from '../../lexicon/english.js';
import { jaroWinkler } from '../../text/natural.js';
import { spanIndex } from '../../text/cover.js';
import { isCap, isLower, tokenBefore, type Token } from '../../text/tokens.js';
import { fold } from '../ingest/normalise.js';
import { bare, type PeopleLexicon } from './lexicon.js';
import { headlineWithAnyVerb, isHeadline } from '../../text/headline.js';
import { trimEndChars } from '../../text/trim.js';

type Kind = 'org' | 'honorific' | 'title' | 'joiner' | 'name' | 'particle' | 'initial' | 'suffix' | 'place' | 'other';

interface Tok extends Token {
  kind: Kind;
}

/**
 * Lower-case words that may sit inside a title phrase ("Minister of Information and Communications"), among them
 * the lower-case kind of a place ("Akim of Almaty region Marat Sultanov", "Governor of Bamyan province").
 */
const JOINERS = new Set(['of', 'and', 'for', 'the', '&', 'to', 'in', '-', "'s", 'on', 'at', 'region', 'province', 'district', 'oblast', 'county', 'governorate', 'prefecture']);
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Prepositions after a name's comma: what follows is no apposition naming the person's office. */
const APPOSITION_BREAKS = new Set(['by', 'at', 'from', 'with', 'to', 'under', 'through']);
/** Modals and auxiliaries after a role noun that make it the subject of a clause, not an apposition. */
const CLAUSE_VERBS = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'must', 'should', 'are', 'were', 'have', 'had']);
/** Title words a misspelt token is compared with ("Deptuy Prime Minister"). */
const COMMON_TITLES = ['Deputy', 'Minister', 'President', 'Secretary', 'Director', 'Ambassador', 'Chairman', 'Governor'];

const titleCaseWord = (w: string) => /^(?:[ʻʼ]|!|\/\/)?\p{Lu}(?:'\p{Lu})?[\p{Ll}\p{M}]/u.test(w); // "O'Brien", "ʻAmanaki", "!Gawaseb" too
/** Lower-case words for places that sit inside a title ("the governor of Samarkand region"). */
const PLACE_WORDS = new Set(['region', 'province', 'city', 'district', 'state', 'county', 'prefecture', 'municipality', 'governorate', 'oblast', 'department', 'island', 'islands', 'canton', 'regency', 'parish', 'borough', 'commune', 'territory', 'emirate', 'raion', 'krai']);

/** A ruler's or a noble's style that is also a given name ("Sultan Al Jaber", "Amir Hossein", "Raja Pervaiz"). */
const STYLES_AS_GIVEN_NAMES = new Set(['Sultan', 'Amir', 'Malik', 'Raja']);
/** Forms of address that never stand inside a name (unlike "Kumari" or "Haji"). */
const STRONG_HONORIFICS = new Set(['Sheikh', 'Sheikha', 'Datuk', 'Dato', 'Shri', 'Smt', 'Honourable', 'Honorable', 'Excellency', 'Professor', 'Doctor', 'Madam', 'Madame', 'Samdech', 'Senator', 'Bapak']);

/** "Kong-listed", "Beijing-based", "US-funded": an English word after the hyphen makes an adjective, not a name ("Eui-yong" is one). */
const participleCompound = (w: string) => {
  const i = w.lastIndexOf('-');
  const part = w.slice(i + 1);
  return i > 0 && /^\p{Ll}/u.test(part) && isCommonWord(part) && (/(?:ed|en|ing)$/.test(part) || COMPOUND_ENDS.has(part));
};
/** Second halves of English compound adjectives that do not end in -ed ("Beijing-made", "nation-wide"); "Hye-won" is a name. */
const COMPOUND_ENDS = new Set(['made', 'run', 'born', 'wide', 'free', 'style', 'level', 'scale', 'term', 'like', 'bound', 'owned', 'backed']);
const titleCased = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const capsWord = (w: string) => /^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(w);

// What classify asks about a word regardless of its neighbours, as bits (wordFlags).
const HONORIFIC = 1 << 0; // lex.honorifics has the word without its stop
const BARE_HE = 1 << 1; // the word without its stop is "HE" (an honorific only before a capital)
const TITLE = 1 << 2;
const TITLE_ABBREVIATION = 1 << 3; // without its stop
const BARE_UPPER = 1 << 4; // capitals only, without its stop
const CONTEXT_HONORIFIC = 1 << 5;
const POST_NOMINAL = 1 << 6; // without its stop
const CALENDAR_WORD = 1 << 7;
const JOINER = 1 << 8;
const PARTICLE = 1 << 9;
const INITIAL_SHAPE = 1 << 10; // a capital and at most one lower-case letter ("S", "Md")
const NAME_ABBREVIATION = 1 << 11;
const ONE_CAPITAL = 1 << 12;
const SUFFIX = 1 << 13; // without its stop
const PLACE_WORD = 1 << 14; // a one-word place (any case) or a country form
const SURNAME = 1 << 15; // a surname of a regional name shape (folded)
const TITLE_CASE = 1 << 16; // titleCaseWord
const PARTICIPLE = 1 << 17; // participleCompound
const CAPS_WORD = 1 << 18; // capsWord
const NOT_ACRONYM = 1 << 19;
const BARE_LISTED = 1 << 20; // a title abbreviation the list gives without a stop ("Cllr")

/** wordFlags of a token, kept on its word (Token.word) when it has one. */
function tokenFlags(t: Token, lex: PeopleLexicon): number {
  const w = t.word;
  if (!w) return wordFlags(t.text, lex);
  let f = w.facts[lex.factTable];
  if (f === undefined) w.facts[lex.factTable] = f = wordFlags(t.text, lex);
  return f;
}

/** The word facts of `word`, worked out once per word and lexicon (classify asks them for every token). */
function wordFlags(word: string, lex: PeopleLexicon): number {
  let f = lex.wordFlags.get(word);
  if (f !== undefined) return f;
  const w = bare(word);
  f = 0;
  if (lex.honorifics.has(w)) f |= HONORIFIC;
  if (w === 'HE') f |= BARE_HE;
  // ("Statistician-General", "Auditor-General": an office named X-General.)
  if (lex.titles.has(word) || /^\p{Lu}\p{Ll}+-General$/u.test(word)) f |= TITLE;
  if (lex.titleAbbreviations.has(w)) f |= TITLE_ABBREVIATION;
  if (/^\p{Lu}+$/u.test(w)) f |= BARE_UPPER;
  if (lex.bareTitleAbbreviations.has(word)) f |= BARE_LISTED;
  if (lex.contextHonorifics.has(word)) f |= CONTEXT_HONORIFIC;
  if (lex.postNominals.has(w)) f |= POST_NOMINAL;
  if (CALENDAR.test(word)) f |= CALENDAR_WORD;
  if (JOINERS.has(word)) f |= JOINER;
  if (lex.particles.has(word)) f |= PARTICLE;
  if (/^\p{Lu}\p{Ll}?$/u.test(word)) f |= INITIAL_SHAPE;
  if (lex.nameAbbreviations.has(word)) f |= NAME_ABBREVIATION;
  if (/^\p{Lu}$/u.test(word)) f |= ONE_CAPITAL;
  if (lex.suffixes.has(w)) f |= SUFFIX;
  if (lex.places.placeWords.has(word.toLowerCase()) || lex.places.countryOf.has(word)) f |= PLACE_WORD;
  if (surnameShape(word, lex) !== undefined) f |= SURNAME;
  if (titleCaseWord(word)) f |= TITLE_CASE;
  if (participleCompound(word)) f |= PARTICIPLE;
  if (capsWord(word)) f |= CAPS_WORD;
  if (lex.notAcronyms.has(word)) f |= NOT_ACRONYM;
  if (lex.wordFlags.size >= 10_000) lex.wordFlags.clear();
  lex.wordFlags.set(word, f);
  return f;
}

/** The name shape whose surnames hold the word (folded), remembered per word. */
function surnameShape(word: string, lex: PeopleLexicon): string | undefined {
  let shape = lex.surnameShapes.get(word);
  if (shape === undefined && !lex.surnameShapes.has(word)) {
    shape = lex.surnames.get(fold(word));
    if (lex.surnameShapes.size >= 10_000) lex.surnameShapes.clear();
    lex.surnameShapes.set(word, shape);
  }
  return shape;
}

/**
 * Classifies each token of a sentence: honorifics, titles, joiners, name words (capitalised, or a surname in
 * capitals beside one), particles ("bin", "da"), initials, suffixes ("Jr.", "II"), places, organisation words
 * (inside an organisation mention), everything else.
 */
function classify(doc: Doc, s: Span, toks: Token[], lex: PeopleLexicon): Tok[] {
  const orgs = spanIndex(doc.orgMentions, doc.text.length);
  const out: Tok[] = toks.map((t) => ({ text: t.text, start: t.start, end: t.end, word: t.word, kind: 'other' as Kind }));
  const placeNames = new Set<number>();
  for (const m of lex.multiHonorifics.findAll(doc.text, toks)) for (let k = m.i; k < m.j; k++) out[k].kind = 'honorific';
  for (const m of lex.multiTitles.findAll(doc.text, toks)) for (let k = m.i; k < m.j; k++) if (out[k].kind === 'other') out[k].kind = 'title';
  for (const m of lex.places.places.findAll(doc.text, toks)) {
    // A place named after a person is the person right after a title ("President Ho Chi Minh's").
    // ("Dr. Jordan Whitfield-Baca": the honorific before its stop.)
    const before = tokenBefore(out, m.i);
    const titled = !!before && (before.kind === 'honorific' || (tokenFlags(before, lex) & HONORIFIC) !== 0 || lex.titles.has(bare(before.text)));
    if (m.j - m.i > 1 && !titled) for (let k = m.i; k < m.j; k++) if (out[k].kind === 'other') out[k].kind = 'place';
    if (titled) for (let k = m.i; k < m.j; k++) placeNames.add(k);
  }
  const flags = toks.map((t) => tokenFlags(t, lex));
  const titleCaseAt = (k: number) => k >= 0 && k < out.length && (flags[k] & TITLE_CASE) !== 0;
  // "M.Sc.", "S.Kes.": letters and stops written together that make a degree after a name are no name.
  // (Where each run of tokens written together starts, found in one pass: a line of dots costs no more.)
  const degree = new Set<number>();
  let runStart = 0; // the first token of the run written together that holds token i
  for (let i = 1; i + 1 < out.length; i++) {
    if (out[i - 1].end !== out[i].start) runStart = i;
    if (runStart === i || out[i - 1].text !== '.' || out[i + 1].text !== '.' || out[i].end !== out[i + 1].start || degree.has(i) || i + 1 - runStart > 8) continue;
    const a = runStart;
    const glued = doc.text.slice(out[a].start, out[i + 1].end);
    if (lex.postNominals.has(glued) || lex.postNominals.has(glued.slice(0, -1)) || /^(?:\p{Lu}\.){1,2}\p{Lu}\p{Ll}{1,3}\.$/u.test(glued)) for (let k = a; k <= i + 1; k++) degree.add(k);
  }
  // "H.E. ONDO MINKO Ghislain": surnames in capitals, two or three, before a given name.
  const capsBeforeName = (i: number) => {
    let k = i;
    while (k + 1 < out.length && k - i < 2 && flags[k + 1] & CAPS_WORD && !(flags[k + 1] & NOT_ACRONYM)) k++;
    return k > i && titleCaseAt(k + 1) && !orgs.insideAny(out[k + 1]);
  };
  // "M." that may be the French "Monsieur": not after a name, nor the second of two initials ("T. M. Haris", "T. M. HARIS").
  const frenchM = (i: number) => out[i].text === 'M' && out[i + 1]?.text === '.' && !(i > 0 && out[i - 1].kind === 'name') && !(i > 1 && out[i - 1].text === '.' && out[i - 2].kind === 'initial');
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (degree.has(i)) continue;
    if (orgs.insideAny(t)) {
      t.kind = 'org';
      continue;
    }
    // "Sri. T. M. Haris": the Indian "Sri" with a stop is a form of address (without one it may open "Sri Lanka").
    if (t.text === 'Sri' && out[i + 1]?.text === '.' && /^\p{Lu}/u.test(out[i + 2]?.text ?? '')) t.kind = 'honorific';
    if (t.kind !== 'other') continue;
    const f = flags[i];
    const next = out[i + 1];
    if (f & HONORIFIC && (!(f & BARE_HE) || (next && isCap(next.text)))) t.kind = 'honorific';
    // "M. MOUNDOUNGA Pierre-Claver": the French "Monsieur" before a surname in capitals, not an initial.
    else if (frenchM(i) && out[i + 2] && capsWord(out[i + 2].text)) t.kind = 'honorific';
    // Without its stop only where a name starts ("Cllr Nia Rees-Tudor", "Lt Gen Gilani"), not inside one ("Anuradha Sen Mukherjee"),
    // or before another title ("The Det Sgt said").
    else if (f & TITLE || (f & TITLE_ABBREVIATION && (next?.text === '.' || f & BARE_UPPER || (f & BARE_LISTED && (flags[i + 1] & (TITLE | TITLE_ABBREVIATION) || !(i > 0 && isCap(out[i - 1].text) && out[i - 1].kind !== 'title' && out[i - 1].kind !== 'honorific')))))) t.kind = 'title';
    // "U Min Naing Oo", "Dona Maria das Graças Silva"; after another form of address, before a name of one word and more
    // ("His Highness Sayyid Azzan bin Qais").
    else if (f & CONTEXT_HONORIFIC && titleCaseAt(i + 1) && (titleCaseAt(i + 2) || (flags[i + 2] & PARTICLE && titleCaseAt(i + 3)) || (i > 0 && (out[i - 1].kind === 'honorific' || out[i - 1].kind === 'title')))) t.kind = 'honorific';
    else if (f & POST_NOMINAL && i > 0 && out[i - 1].kind === 'name') t.kind = 'title'; // "Patrick Doyle MP"
    else if (f & CALENDAR_WORD) t.kind = 'other';
    else if (f & JOINER) t.kind = 'joiner';
    else if (f & PARTICLE) t.kind = 'particle';
    else if (f & (INITIAL_SHAPE | NAME_ABBREVIATION) && next?.text === '.' && (f & (ONE_CAPITAL | NAME_ABBREVIATION) || (out[i + 2] && next.end === out[i + 2].start && titleCaseAt(i + 2)))) t.kind = 'initial'; // "S.", "Md.", "Ts.Enkhjargal"
    // "A.K. Sharma", "P.J. van der Merwe": initials written together before a name (not a place's: "U.S. Senator").
    else if (DOTTED_INITIALS.test(t.text) && next && joinedGap(doc.text, t, next) && ((titleCaseAt(i + 1) && !(flags[i + 1] & (TITLE | PLACE_WORD))) || flags[i + 1] & PARTICLE) && !(i > 0 && out[i - 1].kind === 'name') && !lex.places.countryOf.has(t.text) && !lex.places.places.has(t.text)) t.kind = 'initial';
    // "Sabitri K.C.": a surname written as initials after a given name.
    else if (lex.initialSurnames.has(t.text) && i > 0 && out[i - 1].kind === 'name' && joinedGap(doc.text, out[i - 1], t)) t.kind = 'name';
    else if (f & SUFFIX && i > 0 && out[i - 1].kind === 'name') t.kind = 'suffix';
    else if (f & PLACE_WORD && !placeNames.has(i) && !(f & SURNAME && next && titleCaseAt(i + 1)) && !placeInName(out, i, lex) && !givenNameBeforeSurname(out, i, lex)) t.kind = 'place';
    else if (f & TITLE_CASE && !(f & PARTICIPLE)) t.kind = 'name';
    else if (f & ONE_CAPITAL && next && titleCaseAt(i + 1) && joinedGap(doc.text, t, next) && i > 0 && titleCaseAt(i - 1)) t.kind = 'name'; // "Ciarán Ó Murchú"
    else if (f & CAPS_WORD && !(f & NOT_ACRONYM) && ((next && titleCaseAt(i + 1)) || (i > 0 && titleCaseAt(i - 1)) || capsBeforeName(i))) t.kind = 'name';
    // "M. Jean-Baptiste MOREL": the French "M." before a name, not an initial.
    if (frenchM(i) && titleCaseWord(out[i + 2]?.text ?? '')) t.kind = 'honorific';
  }
  // "Karthigesu a/l Ramasamy", "Ravi s/o Kumar": a particle written with a slash is three tokens.
  for (let i = 0; i + 2 < out.length; i++) {
    if (out[i + 1].text === '/' && out[i].end === out[i + 1].start && out[i + 1].end === out[i + 2].start && lex.particles.has(`${out[i].text}/${out[i + 2].text}`)) for (let k = i; k <= i + 2; k++) out[k].kind = 'particle';
  }
  // An honorific between two name words is part of the name ("Sita Kumari Shrestha").
  for (let i = 1; i + 1 < out.length; i++) {
    if (out[i].kind !== 'honorific') continue;
    const soft = bare(out[i].text).length > 3 && !STRONG_HONORIFICS.has(bare(out[i].text));
    if (out[i - 1].kind === 'name' && (soft || !isCommonToken(out[i - 1])) && out[i + 1].kind === 'name' && titleCaseAt(i) && joinedGap(doc.text, out[i - 1], out[i]) && joinedGap(doc.text, out[i], out[i + 1])) out[i].kind = 'name';
  }
  // A title word right after a name and before nothing name-like is a surname ("Julie Bishop said").
  // (Not an abbreviation with its stop before a name: "Secretary Agriculture Dr. Sadaf Iqbal Rana".)
  for (let i = 1; i < out.length; i++) {
    const next = out[i + 1];
    const beforeName = next?.text === '.' && out[i + 2]?.kind === 'name';
    if ((out[i].kind === 'title' || out[i].kind === 'honorific') && out[i - 1].kind === 'name' && joinedGap(doc.text, out[i - 1], out[i]) && titleCaseAt(i) && (!next || !['title', 'joiner', 'name', 'honorific'].includes(next.kind)) && !beforeName) out[i].kind = 'name';
    // So is a one-word title between a given name and another name word ("Eng. Mohamed Sheriff Koroma").
    else if (out[i].kind === 'title' && out[i - 1].kind === 'name' && next?.kind === 'name' && isGivenNameToken(out[i - 1]) && out[i - 2]?.kind !== 'name' && joinedGap(doc.text, out[i - 1], out[i]) && joinedGap(doc.text, out[i], next) && titleCaseAt(i)) out[i].kind = 'name';
  }
  // "Eng. Sultan bin Abdulrahman Al-Harbi": a title or an honorific before "bin", "bint" or "ibn" is the given name.
  for (let i = 0; i + 2 < out.length; i++) {
    if ((out[i].kind === 'title' || out[i].kind === 'honorific') && /^(?:bin|bint|ibn)$/.test(out[i + 1].text) && /^\p{Lu}/u.test(out[i + 2].text) && titleCaseAt(i)) out[i].kind = 'name';
  }
  // "H.E. Eng. Sultan Rashid Al-Nuaimi", "Dr. Sultan Al Jaber": a ruler's style that is also a given name, after a
  // professional title with its stop and before two name words, is the given name (not after "H.H.": "H.H. Sultan Haitham").
  for (let i = 2; i + 2 < out.length; i++) {
    const style = out[i].kind === 'honorific' || out[i].kind === 'title';
    const professional = (out[i - 2].kind === 'title' || out[i - 2].kind === 'honorific') && out[i - 2].text.length > 1;
    if (style && STYLES_AS_GIVEN_NAMES.has(out[i].text) && out[i - 1].text === '.' && professional && out[i + 1].kind === 'name' && out[i + 2].kind === 'name' && titleCaseAt(i)) out[i].kind = 'name';
  }
  // "Kamal Osman al-Tayeb", "Ahmed el-Sayed": an Arabic article joined to the next name word belongs to the name.
  for (let i = 1; i < out.length; i++) {
    if (out[i].kind === 'other' && out[i - 1].kind === 'name' && /^(?:al|el|ul|ad|ar|as|ash|at|az|an|ed|es|et)-\p{Lu}\p{Ll}/u.test(out[i].text) && joinedGap(doc.text, out[i - 1], out[i])) out[i].kind = 'name';
  }
  // "Aïssatou DIOP NDIAYE": a surname in capitals beside another one that sits beside a given name.
  for (let i = 1; i < out.length; i++) {
    if (out[i].kind === 'other' && flags[i] & CAPS_WORD && !(flags[i] & NOT_ACRONYM) && out[i - 1].kind === 'name' && flags[i - 1] & CAPS_WORD && joinedGap(doc.text, out[i - 1], out[i])) out[i].kind = 'name';
  }
  // A misspelt title before a title ("Prak Sokhonn Deptuy Prime Minister").
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].kind === 'name' && out[i + 1].kind === 'title' && !isCommonToken(out[i]) && COMMON_TITLES.some((x) => jaroWinkler(x, out[i].text) >= 0.9)) out[i].kind = 'title';
  }
  return out;
}

/**
 * "the Cao Lanh – An Huu expressway", "the Akhaura–Sylhet section": capitalised words (up to four) on the other side
 * of a dash, and a route noun (people.json routeNouns) after the pair, make the run one end of a route: a place.
 * (Not after a title, a form of address or a list's label, nor before a role or a closing dash: "Governor Jane
 * Wanjiru – Kiambu bypass –", "Contact: Jane Kariuki – Kenya Railways line manager".)
 */
function routeEnd(toks: Tok[], a: number, b: number, lex: PeopleLexicon): boolean {
  const dash = (t: Tok | undefined) => !!t && /^[–—-]$/.test(t.text);
  const cap = (t: Tok | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  const capsFrom = (k: number, step: number) => {
    let n = 0;
    while (n < 4 && cap(toks[k + n * step])) n++;
    return n;
  };
  // The route noun at k closes the pair: no role, title or dash after it.
  const closes = (k: number) => lex.routeNouns.has(toks[k]?.text ?? '') && !dash(toks[k + 1]) && toks[k + 1]?.kind !== 'title' && !lex.roleNouns.has(toks[k + 1]?.text ?? '');
  const after = dash(toks[b + 1]) ? capsFrom(b + 2, 1) : 0;
  if (after) {
    const p = tokenBefore(toks, a);
    if (p && (p.kind === 'title' || p.kind === 'honorific' || /^[:;]$/.test(p.text))) return false;
    return closes(b + 2 + after);
  }
  return dash(toks[a - 1]) && capsFrom(a - 2, -1) > 0 && closes(b + 1);
}


/**
 * A city's name inside a person's name ("Tomás Echeverría Lagos", "Rafael Mendoza Ortega"): a place word that
 * is not a country's, right after two capitalised words or between two of them.
 */
function placeInName(out: Tok[], i: number, lex: PeopleLexicon): boolean {
  const w = out[i].text;
  if (!titleCaseWord(w)) return false;
  const cap = (k: number) => !!out[k] && titleCaseWord(out[k].text) && out[k].kind !== 'title' && out[k].kind !== 'honorific' && out[k].kind !== 'org' && !lex.titles.has(out[k].text);
  const nameWord = (k: number) => cap(k) && !isCommonToken(out[k]);
  // "Ms. Sigrid Aaland": a surname after an honorific and a given name (a country's other spelling, not its name).
  if (lex.places.countryOf.get(w) !== w && nameWord(i - 1) && tokenBefore(out, i - 1)?.kind === 'honorific') return true;
  if (lex.places.countryOf.has(w)) return false;
  if (out[i - 1]?.kind === 'particle' && nameWord(i - 2)) return true; // "bin Salem Al Kaabi"
  if (nameWord(i - 1) && out[i - 2]?.kind === 'particle' && nameWord(i - 3)) return true; // "Mariem Mint Ahmed Salem"
  // "Santiago Belaúnde Rey": a city's name opening two name words no place list knows.
  const unknown = (k: number) => nameWord(k) && !lex.places.placeWords.has(out[k].text.toLowerCase()) && !lex.titles.has(out[k].text);
  // (Not after "of": "the Mayor of Skopje Ivana Stojanovska-Ristić" is a title's place, then a name.)
  if (unknown(i + 1) && unknown(i + 2) && !cap(i - 1) && out[i - 1]?.text !== 'of') return true;
  return (nameWord(i - 1) && nameWord(i - 2)) || (nameWord(i - 1) && cap(i + 1) && out[i - 1].kind === 'name');
}

export interface Detected extends PersonMention {
  /** Name tokens, for merging. */
  tokens: string[];
  shape: string | null;
}

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** Verbs of saying: only a person does them (not "received" or "hosted", which a hall or a park does too). */
const SAYING = /^(?:said|says|told|stated|added|noted|explained|stressed|emphasi[sz]ed|remarked|commented)$/;
const DOUBLE_BARRELLED = /^\p{Lu}[\p{Ll}\p{M}]+-\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * "Victoria Ciobanu-Rusu", "Jordan Whitfield-Baca": a one-word place before a surname (double-barrelled, or one
 * the lists know) opens a name ("Victoria Falls" does not).
 */
function givenNameBeforeSurname(out: Tok[], i: number, lex: PeopleLexicon): boolean {
  const next = out[i + 1];
  if (!next || !titleCaseWord(next.text) || isCommonToken(next) || tokenFlags(next, lex) & (PLACE_WORD | TITLE) || lex.orgHeads.has(next.text)) return false;
  // (A country's name only before a double-barrelled surname, "Jordan Whitfield-Baca", not "Laos Nguyen ..."; or before
  // an uncommon name that ends its line, "Jordan Kuzyk" on a contact line, or a comma after a given name or a title,
  // "Claudia Montenegro Ruiz,"; not "signed with Ghana Cocobod,".)
  if (DOUBLE_BARRELLED.test(next.text)) return true;
  const after = out[i + 2];
  if (lex.places.countryOf.has(out[i].text)) return !isCommonWord(next.text.toLowerCase()) && (!after || (after.text === ',' && ['name', 'title', 'honorific'].includes(out[i - 1]?.kind ?? '')));
  return isKnownSurname(next.text) || (tokenFlags(next, lex) & SURNAME) !== 0;
}

/** Can the gap between two tokens sit inside a name (spaces, or nothing)? */
const joinedGap = (text: string, a: Token, b: Token) => b.start - a.end <= 0 || (b.start - a.end === 1 && text.charCodeAt(a.end) === 32); // /^ ?$/

/** Runs of name words: name words, with initials (and their stop), particles between names, suffixes after. */
function runs(toks: Tok[], text: string, lex: PeopleLexicon): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    // A run starts at a name word, or at initials before one ("S. K. Mehta", "B.Enkhjargal", "Md. Anwarul").
    // (An initial and its stop, or initials written together with theirs: "A.K. Sharma".)
    const initialWidth = (k: number) => (toks[k]?.kind !== 'initial' ? 0 : toks[k + 1]?.text === '.' ? 2 : toks[k].text.endsWith('.') ? 1 : 0);
    let first = i;
    while (initialWidth(first)) first += initialWidth(first);
    // "P. van der Merwe": particles between the initials and the surname.
    if (first > i && toks[first]?.kind === 'particle') {
      let q = first;
      while (toks[q]?.kind === 'particle' && q - first < 3 && joinedGap(text, toks[q - 1], toks[q])) q++;
      if (toks[q]?.kind === 'name' && joinedGap(text, toks[q - 1], toks[q])) first = q;
    }
    if (toks[first]?.kind !== 'name' || (first > i && !joinedGap(text, toks[first - 1], toks[first]))) {
      i++;
      continue;
    }
    let j = first;
    for (;;) {
      const n = j + 1;
      if (n >= toks.length || !joinedGap(text, toks[j], toks[n])) break;
      const k = toks[n].kind;
      // "Anselm St. Bernard", "Marcella St. Rose-Joseph": a surname opening with "St." (not a place: "St. Lucia").
      if (toks[n].text === 'St' && toks[n + 1]?.text === '.' && toks[n + 2]?.kind === 'name' && toks[j].kind === 'name' && joinedGap(text, toks[n + 1], toks[n + 2]) && !lex.places.places.has(`St. ${toks[n + 2].text}`) && !lex.places.places.has(`Saint ${toks[n + 2].text}`)) j = n + 2;
      else if (k === 'name' || k === 'suffix') j = n;
      // An initial glued to the next name ("Ulaanbaatar Kh.Bat-Ochir") opens a name of its own.
      else if (k === 'initial' && toks[n + 1]?.text === '.' && !(toks[n + 2] && toks[n + 1].end === toks[n + 2].start)) j = n + 1;
      else if (k === 'particle') {
        // "van der Berg", "bin Haji Tahir": particles (and an honorific after one) before the next name word.
        let q = n;
        while (q < toks.length && q - n < 3 && (toks[q].kind === 'particle' || (toks[q].kind === 'honorific' && q > n)) && joinedGap(text, toks[q], toks[q + 1] ?? toks[q])) q++;
        if (toks[q]?.kind !== 'name') break;
        j = q;
      }
      // 'Rolando "Boyet" Magbanua', "Ramon 'Monching' Alcaraz": a nickname in quotes between the given name and the
      // surname (a single quote opens one only after a space).
      else if ((/^["“‘]$/.test(toks[n].text) || (toks[n].text === "'" && toks[n].start > toks[j].end)) && toks[n + 1]?.kind === 'name' && /^["”'’]$/.test(toks[n + 2]?.text ?? '') && toks[n + 3]?.kind === 'name' && toks[n].end === toks[n + 1].start && toks[n + 1].end === toks[n + 2].start && joinedGap(text, toks[n + 2], toks[n + 3])) j = n + 3;
      else if (toks[n].text === '.' && toks[j].kind === 'suffix' && /^\p{Lu}/u.test(toks[j].text)) j = n; // "Jr.", not "kyzy." ending a sentence
      // "Laurence d'Ursel": an elided particle glued to the next name word.
      else if (toks[n].text === 'd' && toks[n + 1]?.text === "'" && toks[n + 2]?.kind === 'name' && toks[n].end === toks[n + 1].start && toks[n + 1].end === toks[n + 2].start) j = n + 2;
      // "Taufa'ahau": an apostrophe inside a name word.
      else if (toks[n].text === "'" && isLower(toks[n + 1]?.text ?? '') && toks[n].end === toks[n + 1].start && toks[n].start === toks[j].end) j = n + 1;
      else break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

interface Evidence {
  /** A title or honorific right before the name ("Minister X", "H.E. X", "Senator the Honourable X"). */
  direct: boolean;
  /** A title phrase before it ("Minister of Foreign Affairs of Japan X"). */
  titled: boolean;
  /** ", Secretary General of ..." / ", a senior adviser" after it. */
  appositiveAfter: boolean;
  /** "the Minister for Foreign Affairs of Australia, X" before it. */
  appositiveBefore: boolean;
  /** "his Cuban counterpart X", "Chargé d'affaires X" */
  roleBefore: boolean;
  /** "X said", "said X" */
  speech: boolean;
  /** A line that is only the name, before a short line of title ("Funmilayo Adebayo / Director (Information)"). */
  signature: boolean;
}

/**
 * Finds person mentions in one sentence. `maybe` receives one-word titled mentions that are also common
 * words ("Minister Hung"): names only if a full name in the article has that word.
 */
export function detectInSentence(doc: Doc, s: Span, lex: PeopleLexicon, maybe: Detected[] = []): Detected[] {
  const raw = doc.tokens(s);
  const headline = isHeadline(doc.text, s, raw);
  const toks = classify(doc, s, raw, lex);
  const out: Detected[] = [];
  // "Pieter Van Damme", "Jan De Smet": a particle written with a capital between two name words is no common word, nor
  // is the word after a particle ("Pieter van Damme").
  const particleNames = new Set<Tok>();
  for (let k = 1; k + 1 < toks.length; k++) {
    if (toks[k + 1].kind !== 'name' || !((toks[k].kind === 'name' || toks[k].kind === 'particle') && lex.particles.has(toks[k].text.toLowerCase()) && toks[k - 1].kind === 'name')) continue;
    particleNames.add(toks[k]).add(toks[k + 1]);
  }
  for (const [a0, b0] of runs(toks, doc.text, lex)) {
    let a = a0;
    let b = b0;
    const known = (t: Tok) => isGivenNameToken(t) || (tokenFlags(t, lex) & SURNAME) !== 0 || isKnownSurname(t.text);
    const common = (t: Tok) => t.kind === 'name' && isCommonToken(t) && !known(t) && !particleNames.has(t);
    const ev = evidence(doc, toks, a, b, lex);
    // Field words before a name belong to the title ("Minister of Foreign Affairs | Pham Binh Minh"); common
    // words after it are not part of it ("Ho Chi Minh | Park").
    const headBefore = headTitleBefore(toks, a, lex);
    // ("Minister for European Integration | Victoria ...": a word before a common one, after the title's "for", too.)
    const fieldWord = (k: number) => k === a0 && toks[k - 1]?.kind === 'joiner' && k + 1 < b && !known(toks[k]) && common(toks[k + 1]);
    // ("Secretary General of the State Chancellery | Ion Mârzac": after the title's body, the field is over.)
    // ("Director of the Agency (SDC), | Beat Vögeli-Marti,": set off after a title, with a surname of a name's shape.)
    const setOffAfterTitle = toks[a0 - 1]?.text === ',' && ev.appositiveBefore && toks.slice(a0, b0 + 1).some((t) => t.kind === 'name' && !common(t) && (known(t) || DOUBLE_BARRELLED.test(t.text)));
    const lastName = toks.slice(a0, b0 + 1).filter((t) => t.kind === 'name').pop();
    const afterBody = ((toks[a0 - 1]?.kind === 'org' && ev.titled) || setOffAfterTitle) && !!lastName && !common(lastName);
    // (There a common word still goes when another follows it: "the EDB | Management Board | Alexei ...".)
    const fieldGoesOn = (k: number) => !afterBody || common(toks[k + 1]) || lex.orgHeads.has(toks[k + 1].text);
    // ("Member for Geraldton | Dermot Hollis MLA", "Undersecretary for ... ASEAN Affairs | Rafael M. Tanedo": a word of
    // no name's shape after the title's joiner, or after a body in its field, before a given name and more of a name.)
    const beforeGiven = (k: number) => k === a0 && (toks[k - 1]?.kind === 'joiner' || (toks[k - 1]?.kind === 'org' && toks[k - 2]?.kind === 'joiner')) && k + 2 <= b && !known(toks[k]) && toks[k + 1].kind === 'name' && isGivenNameToken(toks[k + 1]);
    // ("Acting Mayor of Chernihiv | Halyna Kovalenko": the one word after a place title's "of", before two more, unless a
    // given name or a surname the place lists do not hold.)
    const placeOfTitle = (k: number) => k === a0 && k + 2 <= b && toks[k - 1]?.text === 'of' && lex.placeTitles.has(toks[k - 2]?.text ?? '') && (!known(toks[k]) || lex.places.places.has(toks[k].text));
    while (a < b && ((common(toks[a]) && !headBefore && fieldGoesOn(a)) || lex.orgHeads.has(toks[a].text) || fieldWord(a) || beforeGiven(a) || placeOfTitle(a))) a++;
    // "Union Minister of Jal Shakti Shri Raghunath Prasad Meena": a strong honorific inside the run opens the name.
    // ("... Cultural Affairs | Shri P. K. Sreedharan": or initials, also where the run opens with the honorific.)
    for (let k = b - 2; k >= a; k--) {
      if (STRONG_HONORIFICS.has(toks[k].text) && ((toks[k + 1].kind === 'name' && toks[k + 2]?.kind === 'name' && k > a) || toks[k + 1].kind === 'initial')) {
        toks[k].kind = 'honorific'; // (so that the title before it stays the name's title)
        a = k + 1;
        break;
      }
    }
    // Trailing words that are mostly verbs ("Abdel-Ghani Receives", "Mwangi Witnesses") close no name.
    const verbish = (t: Tok) => isVerbForm(t.text);
    const notName = (t: Tok) => lex.notNames.has(t.text) && t.text.length > 3; // "Tran Van An": a short word after a name is part of it
    // ("Rawle St. Hill": the word after "St." is the surname.)
    const afterSaint = (k: number) => toks[k - 1]?.text === '.' && toks[k - 2]?.text === 'St' && k - 2 > a;
    // ("Hyun-joo Park, AIIB Vice President": a head of a place's name before a title set off after it is a surname.)
    // (Nor after a preposition and "the": "received today, at the Itamaraty Palace, the Minister".)
    const prepBefore = (k: number) => /^(?:at|in|near|from|to|of|on)$/.test(toks[k]?.text ?? '');
    // ("Mayor Peter Park said", "Anna Hill told reporters": a park or a hill says nothing; a surname right before a verb of
    // saying stays in the name; so does one set off by commas after a title: "The Secretary of Mobility, Paula Andrea
    // Restrepo Villa, said".)
    const saysNext = (SAYING.test(toks[b + 1]?.text ?? '') || (ev.appositiveBefore && toks[b + 1]?.text === ',')) && b > a;
    const keepsHead = (ev.appositiveAfter || saysNext) && !prepBefore(a - 1) && !(toks[a - 1]?.text === 'the' && prepBefore(a - 2));
    // ("Fepulea'i": a letter glued to an apostrophe inside the name is no particle.)
    const elidedEnd = (k: number) => toks[k - 1]?.text === "'" && toks[k - 1].end === toks[k].start;
    if (routeEnd(toks, a, b, lex)) continue;
    // "Speaker Secures Support to Digitise Offices": in a headline, a verb right after a title is the title's, no name.
    if ((toks[a - 1]?.kind === 'title' || toks[a - 1]?.kind === 'honorific') && /s$/.test(toks[a].text) && verbish(toks[a]) && !known(toks[a]) && headlineWithAnyVerb(doc.text, s, raw)) continue;
    // ("Speaker Mutale Banda Receives Delegation": in a headline the name ends before its verb, when a capitalised
    // object follows; not at the word after a given name: "Minister Conor Burns in Nairobi".)
    const verbAt = headline ? toks.slice(a + 1, b + 1).findIndex((t, n) => common(t) && /s$/.test(t.text) && verbish(t) && !(n === 0 && isGivenNameToken(toks[a])) && /^\p{Lu}/u.test(toks[a + n + 2]?.text ?? '')) : -1;
    if (verbAt >= 0) b = a + verbAt;
    while (b > a && !afterSaint(b) && ((lex.facilityHeads.has(toks[b].text) && !keepsHead) || notName(toks[b]) || (toks[b].kind === 'particle' && !elidedEnd(b)) || (headline && common(toks[b]) && verbish(toks[b]) && !(tokenFlags(toks[a], lex) & SURNAME)))) b--;
    // "Governor of Central Kalimantan, H. Rahmat Hidayat Siregar": an "H." (Haji) after a title, before three name words
    // or more, is a form of address, not an initial ("H. Ross Perot" has two; "H. Stuart Lee Walker of the Bank" no title).
    if ((ev.titled || ev.direct || ev.appositiveBefore) && toks[a].kind === 'initial' && toks[a].text === 'H' && toks[a + 1]?.text === '.' && b - (a + 2) >= 2 && toks.slice(a + 2, b + 1).every((t) => t.kind === 'name')) a += 2;
    if (a !== a0) Object.assign(ev, evidence(doc, toks, a, b, lex));
    const nameToks = toks.slice(a, b + 1).filter((t) => t.kind === 'name');
    if (!nameToks.length) continue;
    if (nameToks.every((t) => capsWord(t.text))) {
      // "said Minister DEMBÉLÉ", "Mr. SARR": a surname in capitals after a title, where a full name of the article has it.
      if (nameToks.length === 1 && ev.direct) maybe.push(mentionOf(doc, toks, a, b, nameToks, null, ev, lex));
      continue;
    }
    const after = toks[b + 1];
    // "Ho Chi Minh Mausoleum", "Quan Su street", "Pengiran Anak Saleha (RIPAS) Hospital", "Gandhi Scholarships"
    const facility = after?.text === '(' && toks[b + 3]?.text === ')' ? toks[b + 4] : after;
    if (facility && lex.facilityHeads.has(titleCased(facility.text))) continue;
    if (lex.places.places.has(doc.text.slice(toks[a].start, toks[b].end))) continue;
    // "on São Miguel, Terceira and Pico", "Niassa, Cabo Delgado and Nampula": a place's opening word, and no title.
    if (lex.placeOpeners.has(toks[a].text) && !ev.direct) continue;
    // "the Los Baños-based institute": where something is based, owned or registered is a place or a body.
    if (/^-(?:based|headquartered|registered|owned|funded|backed|born)\b/.test(doc.text.slice(toks[b].end, toks[b].end + 14))) continue;
    // "Kano, Benue, Ogun and Ebonyi states": an item of a list of places that a plural place noun closes.
    if (!ev.direct && placeListItem(toks, a, b)) continue;
    // "Sierra Leoneans in the diaspora": a people, named by its demonym's plural.
    const runText = doc.text.slice(toks[a].start, toks[b].end);
    if (/s$/.test(runText) && lex.places.countryOf.has(runText.slice(0, -1)) && !lex.places.nounForms.has(runText.slice(0, -1))) continue;
    // "ready-to-use funds (Dana Siap Pakai/DSP)", "waiting money (Dana Tunggu Hunian)": a term in another language in
    // brackets, with its acronym after a slash, or alone right after the common noun it translates (not a role's noun).
    if (toks[a - 1]?.text === '(' && toks[b + 1]?.text === '/' && /^\p{Lu}{2,}$/u.test(toks[b + 2]?.text ?? '') && toks[b + 3]?.text === ')') continue;
    const glossed = toks[a - 2];
    // (Three words or more, not a given name and a known name: "The accused (Abdul Karim)", "a widow (Maria Santos)" are people.)
    const glossWords = toks.slice(a, b + 1).filter((t) => t.kind === 'name');
    const namesShape = glossWords.length < 3 || (isGivenNameToken(glossWords[0]) && (isKnownSurname(glossWords[glossWords.length - 1].text) || isGivenNameToken(glossWords[glossWords.length - 1])));
    if (toks[a - 1]?.text === '(' && toks[b + 1]?.text === ')' && glossed && /^\p{Ll}+$/u.test(glossed.text) && !lex.roleNouns.has(glossed.text) && !ev.direct && !ev.titled && !ev.roleBefore && !namesShape) continue;
    // "the Port of Ana Chaves", "the City of Santa Rosa": a place or a building named after "of".
    if (toks[a - 1]?.text === 'of' && (lex.placeOpeners.has(toks[a - 2]?.text ?? '') || lex.facilityHeads.has(toks[a - 2]?.text ?? '')) && !ev.direct) continue;
    // Initials count as a word of the name ("B.Enkhjargal", "S. K. Mehta").
    const n = nameToks.length + (toks.slice(a, b + 1).some((t) => t.kind === 'initial') ? 1 : 0);
    const commons = nameToks.filter(common).length;
    const shape = nameToks.map((t) => surnameShape(t.text, lex)).find(Boolean) ?? null;
    const strong = ev.direct || ev.titled || ev.appositiveAfter || ev.appositiveBefore || ev.roleBefore || ev.signature;
    // In a headline, or after "at", "in", "near" (a place: "at Ban Nong Ian"), only a title or a role says "person".
    const placeBefore = /^(?:at|in|near|from|to)$/.test(toks[a - 1]?.text ?? '');
    if ((headline || placeBefore) && !strong) continue;
    if (n === 1) {
      // "X, Gateshead area commander, added": a word before a lower-case role modifies the role.
      const role = (t: Tok | undefined) => !!t && /^\p{Ll}/u.test(t.text) && lex.roleNouns.has(t.text);
      if (role(toks[b + 1]) || (toks[b + 1] && /^\p{Ll}/u.test(toks[b + 1].text) && role(toks[b + 2]))) continue;
      // "his Indonesian counterpart, Hendarto,", "Editor: Suharyanto": one name word after a role or a byline.
      const w0 = nameToks[0].text;
      // "... at the ministry, Sutrisno, said": a single name set off by commas before a verb of saying.
      const setOff = toks[a - 1]?.text === ',' && toks[b + 1]?.text === ',' && ev.speech && a > 1;
      if ((ev.roleBefore || ev.appositiveAfter || ev.appositiveBefore || setOff) && /^\p{Lu}[\p{Ll}\p{M}'-]+$/u.test(w0) && !commons && !lex.roleNouns.has(w0.toLowerCase()) && !lex.titles.has(w0) && !lex.notNames.has(w0) && (toks[a - 1]?.text === ',' || toks[a - 1]?.text === ':')) {
        out.push(mentionOf(doc, toks, a, b, nameToks, shape, ev, lex));
        continue;
      }
      // A one-word name after a title ("Minister Kono"), unless the word is a role or a common word ("Chief Guest").
      const w = nameToks[0].text;
      if (!ev.direct || !headBefore || lex.roleNouns.has(w.toLowerCase()) || lex.titles.has(w.replace(/s$/, '')) || lex.notNames.has(w)) continue;
      // "Minister Hung": a common word is a name only where a full name of the article uses it.
      if (commons) {
        maybe.push(mentionOf(doc, toks, a, b, nameToks, shape, ev, lex));
        continue;
      }
    } else {
      // ("said Hyun-joo Park, AIIB Vice President": a name set off by a title after it may hold an ordinary word.)
      // (After a title's words only when a title follows too: "Minister of Foreign Affairs, African Cooperation and ..."
      // is a field of the title.)
      // ("The Vice Minister of Infrastructure, Ana Lucía Coy Pop,": so may one that opens with two given names after a title.)
      const givenPair = strong && nameToks.length >= 2 && isGivenNameToken(nameToks[0]) && isGivenNameToken(nameToks[1]) && !common(nameToks[0]) && !common(nameToks[1]);
      if (commons * 2 >= n && !((ev.direct || ev.appositiveAfter || afterBody || givenPair) && commons < n)) continue;
      const medium = ev.speech || isGivenNameToken(nameToks[0]) || shape !== null;
      if (!strong && !medium) continue;
      if (!strong && commons) continue;
    }
    out.push(mentionOf(doc, toks, a, b, nameToks, shape, ev, lex));
  }
  return out;
}

/** Prepositions that put a place after them ("in", "near"): no role noun before one names the run after it. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'on', 'across', 'outside', 'inside']);

/** Plural nouns of places that close a list of their names ("Bokeo, Xayaboury and Vientiane provinces"). */
const PLURAL_PLACES = new Set(['states', 'provinces', 'districts', 'regions', 'counties', 'municipalities', 'islands', 'cities', 'towns', 'villages', 'departments', 'governorates', 'prefectures', 'oblasts', 'parishes', 'divisions', 'atolls', 'emirates', 'cantons', 'communes', 'territories']);

/**
 * Is the run a..b an item of a list (after or before a comma or "and") that a plural place noun closes, with nothing
 * but capitalised words, commas and "and" between?
 */
function placeListItem(toks: Tok[], a: number, b: number): boolean {
  const sep = (t: Tok | undefined) => t !== undefined && (t.text === ',' || t.text === 'and' || t.text === '&');
  let listed = sep(toks[a - 1]);
  let k = b + 1;
  for (; k < toks.length && k - b < 16; k++) {
    if (sep(toks[k])) listed = true;
    else if (!isCap(toks[k].text)) break;
  }
  return listed && k < toks.length && PLURAL_PLACES.has(toks[k].text);
}

/**
 * Is the word right before a run (past a stop or "the") an honorific or a title that names an office by
 * itself ("Minister", "Pope", "Gen."), not one that only qualifies the next word ("Deputy", "Foreign")?
 */
function headTitleBefore(toks: Tok[], a: number, lex: PeopleLexicon): boolean {
  let p = a - 1;
  while (p >= 0 && (toks[p].text === '.' || toks[p].text === 'the')) p--;
  const t = toks[p];
  if (!t) return false;
  if (t.kind === 'honorific') return true;
  if (t.kind !== 'title') return false;
  const w = bare(t.text);
  // "Lieutenant General Wiratmoko", "Attorney General X": a modifier closing a title of several words heads it.
  if (lex.titleModifiers.has(w) && toks[p - 1]?.kind === 'title' && isCap(w)) return true;
  return !lex.titleModifiers.has(w) && (lex.roleNouns.has(w.toLowerCase()) || lex.titleAbbreviations.has(w) || isCap(w));
}

/**
 * A signature: the run is the whole line and the next line is a short one that holds a title or a role
 * ("Khin Thandar Aye" / "Communication Officer" / "UNICEF Myanmar").
 */
function signatureLine(doc: Doc, toks: Tok[], a: number, b: number, lex: PeopleLexicon): boolean {
  const start = toks[a].start;
  const end = toks[b].end;
  // The name alone on its line, or with a style in brackets after it ("Ngozi Okafor (Mrs)"), or in brackets itself
  // ("(Charulata S. Deshpande)" over "Chief General Manager").
  const wrapped = start > 0 && doc.text[start - 1] === '(' && (start === 1 || doc.text[start - 2] === '\n') && doc.text[end] === ')';
  const head = wrapped ? 1 : 0;
  const tail = wrapped ? 1 : (/^[ \t]*\((?:Mrs?|Ms|Miss|Dr|Prof|Hon)\.?\)[ \t]*(?=\n|$)/.exec(doc.text.slice(end, end + 12))?.[0].length ?? 0);
  if ((start - head > 0 && doc.text[start - head - 1] !== '\n') || (end + tail < doc.text.length && doc.text[end + tail] !== '\n')) return false;
  const nl = doc.text.indexOf('\n', end + tail + 1);
  const next = doc.text.slice(end + tail + 1, nl < 0 ? doc.text.length : nl).trim();
  const words = next.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  // "Director, Information and Public Relations": a word's comma is no part of it.
  return words.some((w) => {
    const t = bare(trimEndChars(w, ',;:'));
    return lex.titles.has(t) || lex.roleNouns.has(t.toLowerCase());
  });
}

/** What the words around a run say about it being a person's name. */
function evidence(doc: Doc, toks: Tok[], a: number, b: number, lex: PeopleLexicon): Evidence {
  let p = a - 1;
  while (p >= 0 && (toks[p].text === '.' || toks[p].text === 'the')) p--;
  const direct = p >= 0 && (toks[p].kind === 'title' || toks[p].kind === 'honorific');
  let titled = direct;
  for (let q = a - 1; q >= 0 && q >= a - 14 && !titled; q--) {
    const k = toks[q].kind;
    if (k === 'title' || k === 'honorific') titled = true;
    // A comma inside a field list of the title ("Minister of Planning, Economic Development and ...").
    else if (toks[q].text === ',' && q > 0 && titleCaseWord(toks[q - 1].text) && q < a - 1) continue;
    else if (!(k === 'joiner' || k === 'place' || k === 'org' || k === 'name' || /^[.()']$/.test(toks[q].text))) break;
  }
  // (Past letters after the name: "Rhodri ap Dafydd MS said", "X MP, Minister of ...".)
  let e = b;
  while (toks[e + 1]?.kind === 'title' && tokenFlags(toks[e + 1], lex) & POST_NOMINAL) e++;
  const next = toks[e + 1];
  // "Nenita Capulong, 54, chairperson of ...", "Juan Pérez, 61, said": an age set off after a name says it is a person's
  // (evidence of its own, below), and the apposition or the verb comes after it.
  const age = next?.text === ',' && /^[1-9]\d$/.test(toks[e + 2]?.text ?? '') && toks[e + 3]?.text === ',' && isLower(toks[e + 4]?.text ?? '') ? 2 : 0;
  let appositiveAfter = false;
  if (next?.text === ',') {
    for (let q = e + 2 + age; q < toks.length && q <= e + 7 + age; q++) {
      const w = toks[q].text;
      if (toks[q].kind === 'title' || lex.roleNouns.has(w.toLowerCase())) {
        // ("Under the Surya Sinchai Abhiyan, farmers will get pumps": a role noun before its verb is a clause's subject.)
        if (toks[q].kind !== 'title' && CLAUSE_VERBS.has(toks[q + 1]?.text ?? '')) break;
        appositiveAfter = true;
        break;
      }
      // (", by the Commissioner ...": a title after a preposition belongs to another phrase, not to an apposition.)
      if (w === ',' || w === '.' || w === ';' || w === 'and' || w === 'or' || w === 'who' || lex.speechVerbs.has(w) || APPOSITION_BREAKS.has(w)) break;
    }
  }
  // "appointed Stoyan Georgiev Valchanov as Deputy Regional Governor": a title after "as" is the name's.
  if (next?.text === 'as') {
    const q = /^(?:the|a|an|new)$/.test(toks[e + 2]?.text ?? '') ? e + 3 : e + 2;
    if (toks[q]?.kind === 'title') appositiveAfter = true;
  }
  let appositiveBefore = false;
  if (toks[a - 1]?.text === ',') {
    // (A comma of a field list only after the title's "for"/"of": "Secretary for Economy, Energy and Planning", not
    // "Deputy Secretary, Pacific and Development Group, Manatū Aorere".)
    let listComma = false;
    for (let q = a - 2; q >= 0 && q >= a - 16; q--) {
      const k = toks[q].kind;
      if (k === 'title' || (lex.titles.has(titleCased(toks[q].text)) && isLower(toks[q].text))) {
        appositiveBefore = !listComma;
        break;
      }
      if (k === 'joiner' && /^(?:of|for)$/.test(toks[q].text)) listComma = false;
      // "the khokim of Samarkand region, Erkin Tursunov": a lower-case place word inside the title; "... of the
      // Eurasian Development Bank (EDB), Askar Mukanov": a body's acronym in brackets.
      // (Only before a name of two words or more: "Chairman of Hydrogen Oman (Hydrom), Hydrom signed" is the body.)
      // ("President of the Riigikogu of Estonia, Margus Tamme": an article inside the title's field.)
      // ("the Cabinet Secretary for Economy, Energy and Planning, Rhodri ap Dafydd": a comma inside the title's field list.)
      const fieldComma = toks[q].text === ',' && titleCaseWord(toks[q - 1]?.text ?? '') && titleCaseWord(toks[q + 1]?.text ?? '');
      if (fieldComma) listComma = true;
      if (PLACE_WORDS.has(toks[q].text) || fieldComma || ((toks[q].text === '(' || toks[q].text === ')') && b > a) || (toks[q].text === 'the' && toks[q - 1]?.kind === 'joiner')) continue;
      if (!(k === 'joiner' || k === 'place' || k === 'org' || k === 'name' || k === 'honorific')) break;
    }
  }
  // "his Cuban counterpart X": a role noun, maybe with an adjective or demonym between.
  let roleBefore = false;
  for (let q = a - 1; q >= 0 && q >= a - 3; q--) {
    if (toks[q].text === ',' && q === a - 1) continue; // "his Indonesian counterpart, Hendarto"
    // "a maternal and child hospital in Bahir Dar": a preposition right before the run makes it a place, not a role's holder.
    if (q === a - 1 && PLACE_PREPOSITIONS.has(toks[q].text)) break;
    // One person's role ("counterpart"), not several people's ("the two ministers, Masdar ...").
    if (lex.roleNouns.has(toks[q].text.toLowerCase()) && isLower(toks[q].text) && !/(?:ss|[^s]s)$/.test(toks[q].text)) {
      roleBefore = true;
      break;
    }
    if (!(toks[q].kind === 'place' || isLower(toks[q].text))) break;
  }
  // "By Maricel Tolentino", "WAM/Amjad Saleh/Rola Haddad": a byline opening its line, or names between slashes.
  const lineStart = (k: number) => k === 0 || doc.text.slice(toks[k - 1].end, toks[k].start).includes('\n');
  if (a === 1 && toks[0].text === 'By' && lineStart(0)) roleBefore = true;
  if (toks[a - 1]?.text === '/' || toks[b + 1]?.text === '/') roleBefore = toks.every((t) => !isLower(t.text));
  // "Photo: Signing ceremony in Novi Sad © EBRD/Milan Jovanović": the credit after a slash on a photo line.
  if (toks[a - 1]?.text === '/' && b + 1 >= toks.length && /(?:©|\bPhoto\b|\bCredit\b)/i.test(doc.text.slice(doc.text.lastIndexOf('\n', toks[a].start) + 1, toks[a].start))) roleBefore = true;
  // "Reported by Chanida Thongkham", "(Reporting by Li Mingxuan and Dana Omarova)"
  for (let q = Math.max(0, a - 3); q < a; q++) {
    const m = lex.bylines.matchAt(doc.text, toks, q);
    if (m && m.j === a && /\bby$/i.test(doc.text.slice(m.start, m.end))) roleBefore = true;
  }
  if (toks[a - 1]?.text === 'and') {
    for (let q = Math.max(0, a - 9); q < a - 2; q++) {
      const m = lex.bylines.matchAt(doc.text, toks, q);
      if (m && /\bby$/i.test(doc.text.slice(m.start, m.end)) && toks.slice(m.j, a - 1).every((t) => t.kind === 'name' || t.kind === 'initial' || t.text === '.')) roleBefore = true;
    }
  }
  // "Andrés Felipe Gómez, afgomez@iadb.org", "Bwalya Sichinga, +1 (202) 555-0143": a contact.
  if (next?.text === ',' && /^\s*(?:\+\d|[\w.-]+@[\w-]+\.)/.test(doc.text.slice(next.end, next.end + 40))) roleBefore = true;
  // A contact line: the name opens it, then a separator, and the line gives an e-mail address or a telephone
  // ("Inès Moreau – Tel.: +32 2 ...", "Awa Diallo, UNICEF West and Central Africa, adiallo@unicef.org").
  if (lineStart(a) && next && /^[,–—|(-]$/.test(next.text)) {
    const nl = doc.text.indexOf('\n', next.end);
    const line = doc.text.slice(next.end, nl < 0 ? Math.min(doc.text.length, next.end + 160) : Math.min(nl, next.end + 160));
    if (/(?<![\w.-])[\w.-]+@[\w-]+\.\w|\+\d[\d ()-]{6}|\b(?:Tel|Phone|Mobile|Mob|Cell)\b/.test(line)) roleBefore = true;
  }
  // "Media contact:" / "Tashi Choden Wangmo": a name alone on the line after a byline cue alone on its own.
  if (lineStart(a) && (b + 1 >= toks.length || doc.text.slice(toks[b].end, toks[b + 1].start).includes('\n'))) {
    const lineEnd = doc.text.lastIndexOf('\n', toks[a].start - 1);
    const prev = doc.text.slice(doc.text.lastIndexOf('\n', lineEnd - 1) + 1, Math.max(0, lineEnd)).trim();
    if (lex.bylineLines.has(trimEndChars(prev, ':').trim().toLowerCase())) roleBefore = true;
  }
  // "Reporter: Rizka Amalia Putri", "(Photo: Burak Çelikkaya - Anadolu Agency)"
  if (toks[a - 1]?.text === ':') {
    for (let q = Math.max(0, a - 4); q < a - 1; q++) {
      const m = lex.bylines.matchAt(doc.text, toks, q);
      if (m && m.j === a - 1) roleBefore = true;
    }
  }
  if (age) roleBefore = true;
  const after = next?.text === ',' ? toks[e + 2 + age] : next;
  const speech = (!!after && lex.speechVerbs.has(after.text)) || (p >= 0 && /^(?:said|says|told)$/.test(toks[p].text));
  return { direct, titled, appositiveAfter, appositiveBefore, roleBefore, speech, signature: signatureLine(doc, toks, a, b, lex) };
}

function mentionOf(doc: Doc, toks: Tok[], a: number, b: number, nameToks: Tok[], shape: string | null, ev: Evidence, lex: PeopleLexicon): Detected {
  const start = toks[a].start;
  let end = toks[b].end;
  if (toks[b].kind === 'initial' || (toks[b].text === '.' && toks[b - 1]?.kind !== 'suffix')) end = toks[b].end;
  // The title phrase before the name: from its first title/place word to its last title word.
  let q = a - 1;
  const prefix: Tok[] = [];
  while (q >= 0 && q >= a - 14) {
    const k = toks[q].kind;
    if (!(k === 'title' || k === 'honorific' || k === 'joiner' || k === 'place' || k === 'org' || (k === 'name' && isCommonToken(toks[q])) || /^[.()]$/.test(toks[q].text))) break;
    prefix.unshift(toks[q]);
    q--;
  }
  while (prefix.length && prefix[0].kind !== 'title' && prefix[0].kind !== 'place' && prefix[0].kind !== 'name') prefix.shift();
  let last = prefix.length - 1;
  while (last >= 0 && (prefix[last].kind === 'honorific' || prefix[last].kind === 'joiner' || prefix[last].text === '.')) last--;
  const titleText = last >= 0 && prefix.slice(0, last + 1).some((t) => t.kind === 'title') ? doc.text.slice(prefix[0].start, prefix[last].end) : '';
  const honorifics = prefix.filter((t) => t.kind === 'honorific' && !/^(?:Mr|Mrs|Ms|Miss|Mx)$/.test(bare(t.text))).map((t) => (bare(t.text) === 'Dato' ? "Dato'" : t.text));
  const countryTok = prefix.find((t) => t.kind === 'place' && lex.places.countryOf.has(t.text));
  let country = countryTok ? lex.places.countryOf.get(countryTok.text)! : null;
  if (!country && titleText) {
    const tail = /\bof\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)\s*$/u.exec(titleText);
    if (tail && lex.places.countryOf.has(tail[1])) country = lex.places.countryOf.get(tail[1])!;
  }
  if (!country && shape) country = lex.shapeCountry.get(shape) ?? null;
  const titles = [...honorifics, ...(titleText ? [titleText] : [])];
  if (ev.appositiveAfter) {
    // (Past an age: "Nenita Capulong, 54, chairperson of ...".)
    const rest = doc.text.slice(toks[b + 1].start, Math.min(doc.text.length, toks[b + 1].start + 200)).replace(/^,\s[1-9]\d(?=,)/, '');
    const m = /^,\s+((?:the\s+)?[^,.;]+?)(?=,|\.|;|$| in | on | at | who | and )/u.exec(rest);
    if (m) titles.push(m[1].replace(/^the\s+/, ''));
  }
  const tokens = nameToks.map((t) => t.text);
  // (The name without a nickname in quotes: 'Rolando "Boyet" Magbanua' is Rolando Magbanua; the span keeps it.)
  const written = doc.text.slice(start, end);
  const name = written.replace(/\s["“'‘][^"”'’\s]{1,20}["”'’](?=\s)/u, '');
  const kept = new Set(name.split(' '));
  return { start, end, name, titles, country, tokens: name === written ? tokens : tokens.filter((t) => kept.has(t)), shape };
}
