import { isCommonToken, isCommonWord, isMostlyAdjective, isMostlyNoun, isOrganizationToken } from '../../lexicon/english.js';
import { tokenBefore, type Token } from '../../text/tokens.js';
import { WORLD_REGIONS, type OrgCandidate } from './chains.js';
import type { OrgRules } from './rules.js';
import { shouting } from './acronyms.js';
import { personWithHonour } from './honours.js';
import type { PhraseMatch } from '../../text/phrases.js';
import type { GazetteerHit } from './gazetteer.js';

/**
 * A company's branch in a country: a company the gazetteer knows (kind "company") or compromise's lexicon
 * tags Organization, followed by a country name ("Viettel Cambodia", "Toyota Australia").
 */
export function companyBranchCandidates(text: string, toks: Token[], r: OrgRules, gazetteerAt?: (PhraseMatch<GazetteerHit> | null)[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const gz = gazetteerAt ? gazetteerAt[i] : r.gazetteer.matcher.matchAt(text, toks, i);
    let j = i + 1;
    if (gz && !gz.value.acronym && gz.value.entry.kind === 'company') j = gz.j;
    else if (!(/^\p{Lu}\p{Ll}/u.test(toks[i].text) && isOrganizationToken(toks[i]) && !isCommonToken(toks[i]))) continue;
    if (text.slice(toks[j - 1].end, toks[j]?.start ?? 0) !== ' ') continue;
    const country = r.places.countries.matchAt(text, toks, j);
    if (!country || toks[country.j]?.text === "'s") continue;
    out.push({ start: toks[i].start, end: country.end, surface: text.slice(toks[i].start, country.end), country: null, rule: 'company-branch' });
  }
  return out;
}

/** A company's legal form in one word ("Ltd", "GmbH", "S.A.", "DOOEL", "Limited"): a head with no run of four small letters that is no English word ("Bank", "Group" are heads, no forms). */
export function isLegalFormWord(r: OrgRules, w: string): boolean {
  return w === 'Limited' || ((r.heads.has(w) || r.heads.has(`${w}.`)) && !/\p{Ll}{4,}/u.test(w) && !isCommonWord(w));
}

/** Small words inside a company's name before its form ("Gasoductos del Duero", "Van der Meulen"). */
const NAME_JOINERS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'van', 'der', 'den', 'von', 'y', 'e', '&']);
/** Words between a name and its form that qualify the form (Portuguese "Unipessoal, Lda."). */
const FORM_QUALIFIERS = new Set(['Unipessoal']);
/** At most this many words before a form make its name. */
const MAX_NAME_WORDS = 8;

/**
 * The legal form that starts at token i and closes a name: one word ("Ltd", "S.A.") or several from the
 * multi-word heads that read as a form, with no run of four small letters ("S.p.A.", "s.r.o.", "Sp. z o.o.",
 * "(Pty) Ltd", "Co., Ltd."). Returns its end (exclusive), or 0; a form followed by a capital is none ("AB Bank").
 */
function closingForm(text: string, toks: Token[], r: OrgRules, i: number): number {
  const m = r.multiHeads.matchAt(text, toks, i);
  let j = 0;
  if (m && !/\p{Ll}{4,}/u.test(text.slice(toks[i].start, toks[m.j - 1].end))) j = m.j;
  // (In small letters only as the forms are written so: "plc", "inc.", "hf.")
  else if ((/^\p{Lu}/u.test(toks[i].text) || r.smallForms.has(toks[i].text)) && isLegalFormWord(r, toks[i].text)) j = toks[i + 1]?.text === '.' && toks[i + 1].start === toks[i].end ? i + 2 : i + 1;
  if (!j) return 0;
  const next = toks[j];
  return next && /^\p{Lu}/u.test(next.text) && text.slice(toks[j - 1].end, next.start) === ' ' ? 0 : j;
}

/**
 * Companies named by their legal form, the form closing the name: "Ferrante Cavi S.p.A.", "Moravské
 * Mikrosystémy s.r.o.", "Ubuntu Grid Solutions (Pty) Ltd", "Gasoductos del Duero, S.A.", "National Gas
 * Company of Trinidad and Tobago Limited". The name is the capitalised words right before the form (and a
 * comma between them, as in Spanish and Portuguese), with the small words of names and a whole country name
 * ("Trinidad and Tobago") inside it; the longest candidate wins over the chains' shorter readings.
 */
export function companyFormCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  let countryEnds: Map<number, number> | null = null;
  // A capitalised word of a name: not an opener ("The"), a person's title ("Chairman of ...") or where a company is
  // based or who owns it ("China-based", "State-owned": a capital, then a hyphen and small letters).
  const isCap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !r.openers.has(t.text) && !r.titles.has(t.text) && !/^\p{Lu}[\p{L}.]*-\p{Ll}/u.test(t.text);
  if (shouting(toks)) return out; // "ABOUT VOLTA MOBILE GHANA PLC", as for the chains
  for (let i = 1; i < toks.length; i++) {
    const j = closingForm(text, toks, r, i);
    if (!j) continue;
    // The name's last word: right before the form, or before a comma before it ("Renováveis, S.A.").
    let last = toks[i - 1].text === ',' && toks[i].text !== '(' ? i - 2 : i - 1;
    // "Lafaek Construction, Unipessoal, Lda.": a word that qualifies the form (a one-member company) sits before it.
    if (FORM_QUALIFIERS.has(toks[last]?.text ?? '') && toks[last - 1]?.text === ',') last -= 2;
    // "Illovo Sugar (Malawi) plc": the country of a group's local company, in brackets between the name and its form.
    if (toks[last]?.text === ')' && toks[last - 2]?.text === '(' && r.places.countryOf.has(toks[last - 1].text)) last -= 3;
    let k = last;
    let first = -1;
    let words = 0;
    while (k >= 0 && words < MAX_NAME_WORDS) {
      const t = toks[k];
      if (text.slice(t.end, toks[k + 1].start).includes('\n')) break;
      if (isCap(t)) {
        countryEnds ??= new Map(r.places.countries.findAll(text, toks).map((c) => [c.j - 1, c.i]));
        const c = countryEnds.get(k);
        first = c !== undefined && c < k ? c : k;
        k = first - 1;
        words++;
      } else if ((NAME_JOINERS.has(t.text) || t.text === 'of') && isCap(toks[k - 1]) && first === k + 1) k--;
      else break;
    }
    if (first < 0 || first >= i) continue;
    // Forms alone ("Co. Ltd") name no company.
    if (isLegalFormWord(r, toks[first].text)) continue;
    if (personWithHonour(r, toks.slice(first, j).map((t) => t.text), tokenBefore(toks, first)?.text ?? '')) continue;
    // A full stop after a word of two letters or more may end the sentence, and names are written without it
    // ("Co., Ltd", as the chains give them); after a single letter it belongs to the form ("S.p.A.").
    const end = toks[j - 1].text === '.' && j - 2 > i - 1 && toks[j - 2].text.length > 1 ? toks[j - 2].end : toks[j - 1].end;
    out.push({ start: toks[first].start, end, surface: text.slice(toks[first].start, end), country: null, rule: 'company-form', short: text.slice(toks[first].start, toks[last].end) });
    i = j - 1;
  }
  return out;
}

/** Quotation marks around a company's name after its form: straight (as ingest writes curly ones) or guillemets. */
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '«': '»' };
/** At most this many tokens inside the quotes. */
const MAX_QUOTED = 10;

/**
 * Companies named with their legal form first and the name in quotes: SIA "Vidzemes Koka Moduļi", AS "Gauja
 * Capital", OOO «Romashka» (organisations.json formsBeforeName). The quotes hold capitalised words on one line.
 */
export function formFirstCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const close = CLOSING_QUOTE[toks[i + 1].text];
    if (!close || text.slice(toks[i].end, toks[i + 1].start) !== ' ') continue;
    const from = r.formsBeforeName.has(toks[i].text) ? i : spelledFormStart(text, toks, i, r);
    if (from < 0) continue;
    let j = i + 2;
    while (j < toks.length && j - i < MAX_QUOTED && toks[j].text !== close && !text.slice(toks[j - 1].end, toks[j].start).includes('\n')) j++;
    if (toks[j]?.text !== close || j === i + 2 || !/^\p{Lu}/u.test(toks[i + 2].text)) continue;
    out.push({ start: toks[from].start, end: toks[j].end, surface: text.slice(toks[from].start, toks[j].end), country: null, rule: 'company-form', short: text.slice(toks[i + 2].start, toks[j - 1].end) });
    i = j;
  }
  return out;
}

/**
 * A legal form spelt out before a quoted name, ending at token `end`: 'Open Joint Stock Holding Company "Barqi
 * Tojik"', 'Limited Liability Company "Agro Invest"', 'State Unitary Enterprise "Toshkent Metropoliteni"'. The words
 * are organisations.json's spelledForms: they end in one of its heads and hold one of its marks. Returns the form's
 * first token, or -1.
 */
function spelledFormStart(text: string, toks: Token[], end: number, r: OrgRules): number {
  if (!r.spelledForms.heads.has(toks[end].text)) return -1;
  let a = end;
  while (a - 1 >= 0 && end - a < 6 && r.spelledForms.words.has(toks[a - 1].text) && text.slice(toks[a - 1].end, toks[a].start) === ' ') a--;
  for (let k = a; k < end; k++) if (r.spelledForms.marks.has(toks[k].text)) return a;
  return -1;
}

/**
 * Agencies named by a word and a place, with no head noun: "Enterprise Ireland", "Invest India", "Business
 * Oregon", "Tourism Australia" (the words are organisations.json's placeAgencies). Only where the place ends
 * the name: a capital after it that is no person's title makes it something else.
 */
export function placeAgencyCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    // One word ("Invest India") or several ("Global Affairs Canada").
    const opener = r.placeAgencyPhrases.matchAt(text, toks, i)?.j ?? (r.placeAgencies.has(toks[i].text) ? i + 1 : -1);
    if (opener < 0 || opener >= toks.length || text.slice(toks[opener - 1].end, toks[opener].start) !== ' ') continue;
    const place = r.places.places.matchAt(text, toks, opener);
    if (!place) continue;
    const next = toks[place.j];
    if (next && /^\p{Lu}/u.test(next.text) && !r.titles.has(next.text)) continue;
    out.push({ start: toks[i].start, end: place.end, surface: text.slice(toks[i].start, place.end), country: null, rule: 'place-agency' });
    i = place.j - 1;
  }
  return [...out, ...fieldCountryCandidates(text, toks, r)];
}

/** countryHeads that name a commodity as well as a utility ("Gas", "Power"): after a country's adjective, the commodity ("Russian Gas"). */
const COMMODITY_HEADS = new Set(['Power', 'Water', 'Energy', 'Electricity', 'Gas']);

/**
 * An acronym that may open a utility's name ("ACWA" of "ACWA Power"): capitals, no code, country or word the lists keep
 * from acronyms, and not a listed body's ("SADC Energy" is a unit of SADC).
 */
export function utilityAcronym(w: string, r: OrgRules): boolean {
  return /^\p{Lu}{2,6}$/u.test(w) && !r.notAcronyms.has(w) && !r.places.codes.has(w) && !r.places.countryOf.has(w) && !r.gazetteer.byAcronym.has(w);
}

/**
 * "Kenya Power", "Vietnam Post", "ACWA Power", "Ethiopian Airlines": a national utility, carrier or broadcaster named by a
 * place (or a demonym) or an acronym and one of organisations.json's countryHeads, with nothing capitalised after it (no
 * "India Energy Week") and nothing capitalised before it (a longer name is the chains' to find). Not a part of the world.
 */
export function countryHeadCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i].text;
    if (!r.countryHeads.has(head) || text.slice(toks[i - 1].end, toks[i].start) !== ' ') continue;
    const next = toks[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && text.slice(toks[i].end, next.start) === ' ') continue;
    // ("EAC Energy ministers", "US Energy exports": a noun after it makes the words a modifier; "Zambia Energy and Mining
    // Week": a name that goes on after "and" or "of".)
    if (next && /^\p{Ll}/u.test(next.text) && isMostlyNoun(next.text)) continue;
    if (next && /^(?:and|&|of)$/.test(next.text) && /^\p{Lu}/u.test(toks[i + 2]?.text ?? '')) continue;
    let from = -1;
    const before = toks[i - 1].text;
    if (utilityAcronym(before, r)) from = i - 1;
    for (let a = Math.max(0, i - 3); a < i && from < 0; a++) {
      const place = r.places.places.matchAt(text, toks, a);
      if (place?.j !== i) continue;
      const written = text.slice(toks[a].start, toks[i - 1].end);
      const demonym = r.places.countryOf.has(written) && !r.places.nounForms.has(written);
      if (!WORLD_REGIONS.has(written) && !(demonym && COMMODITY_HEADS.has(head))) from = a;
    }
    if (from < 0 || /^\p{Lu}/u.test(toks[from - 1]?.text ?? '')) continue;
    out.push({ start: toks[from].start, end: toks[i].end, surface: text.slice(toks[from].start, toks[i].end), country: null, rule: 'country-head' });
  }
  return out;
}

/** Words that make a place of a country's name, not a body ("Northern Ireland", "South Africa" are matched whole). */
const PLACE_MODIFIERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Greater', 'Upper', 'Lower', 'Rural', 'Urban', 'Coastal', 'Mainland']);

/**
 * "Spinal Cord Injury Canada", "Cancer Research Ireland": national bodies named by a field and their country: two
 * to five capitalised ordinary words, the last most often a noun, right before a country's name that ends the
 * capitals; not a title, a head, a programme, and not the end of a list ("Environment and | Climate Change Canada").
 */
function fieldCountryCandidates(text: string, toks: Token[], r: OrgRules): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1]?.text ?? '';
    if (/^\p{Lu}/u.test(prev) || prev === 'and' || prev === '&' || prev === ',' || prev === '-') continue;
    let k = i;
    while (k < toks.length && k - i < 5 && fieldWord(toks[k].text, r) && text.slice(toks[k].end, toks[k + 1]?.start ?? toks[k].end) === ' ') k++;
    if (k - i < 2) continue;
    const country = r.places.countries.matchAt(text, toks, k);
    if (!country || !r.places.nounForms.has(text.slice(country.start, country.end)) || /^\p{Lu}/u.test(toks[country.j]?.text ?? '')) continue;
    const words = toks.slice(i, k).map((t) => t.text);
    if (PLACE_MODIFIERS.has(words[0]) || !isMostlyNoun(words[words.length - 1])) continue;
    if (r.nonOrgHeads.matchAt(text, toks, k - 1)) continue;
    out.push({ start: toks[i].start, end: country.end, surface: text.slice(toks[i].start, country.end), country: country.value, rule: 'field-country' });
    i = country.j - 1;
  }
  return out;
}

/** A capitalised ordinary noun or adjective that may name a field ("Spinal", "Injury"): no head, title, opener or calendar word. */
function fieldWord(w: string, r: OrgRules): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w) && (isMostlyNoun(w) || isMostlyAdjective(w)) && !r.heads.has(w) && !r.headInitial.has(w) && !r.titles.has(w) && !r.openers.has(w) && !r.calendarWords.has(w) && !r.places.countryOf.has(w) && !r.places.placeWords.has(w.toLowerCase());
}
