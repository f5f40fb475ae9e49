import type { Span } from '../../doc/document.js';
import type { GazetteerEntry } from '../../pipeline/resources.js';
import { isCommonWord, isGivenName, isMostlyNoun, isMostlyVerb } from '../../lexicon/english.js';
import { personWithHonour } from './honours.js';
import { acronymShaped, shouting } from './acronyms.js';
import { isAllCaps, shapeOf, SHAPE_CAP, tokenBefore, type Token } from '../../text/tokens.js';
import type { PhraseMatcher } from '../../text/phrases.js';
import { trimEndChars } from '../../text/trim.js';
import { tailCountry } from '../places/index.js';
import type { OrgRules } from './rules.js';
import { isLegalFormWord } from './companies.js';
import { UNDER_BODIES } from './keys.js';

/** A proposed organisation mention: its span, surface and country qualifier if the words give one. */
export interface OrgCandidate extends Span {
  surface: string;
  country: string | null;
  /** Which rule proposed it. */
  rule: string;
  acronym?: boolean;
  gazetteer?: GazetteerEntry;
  /** A company's name without its legal form ("Ferrante Cavi" of "Ferrante Cavi S.p.A."), as later sentences write it. */
  short?: string;
}

/**
 * Organisation names built around a head noun, found in "chains": runs of capitalised words joined by
 * of/for/on/and/&/'s (and "the" after them), a bracketed word inside the run ("Communist Party of China
 * (CPC) Central Committee"), a list inside a head-initial field ("Ministry of Culture, Sports and
 * Tourism"), a place after a located head ("Embassy in Vietnam") and a lower-case place descriptor
 * ("Party Committee of the central city of Da Nang"). A chain is then cut into names:
 * - a person's title ends a name and, with its of-phrase, is dropped ("Deputy Director of the | Publicity
 *   Department ..."), unless it sits in the of-phrase of a head-initial name ("Office of the President")
 *   or carries a possessive ("Prime Minister's Office");
 * - a list splits where the next item is a name of its own ("the A Bank, the B Authority and the C
 *   Academy"), and "and" before a country ends the name ("Ministry of X and Singapore's ...");
 * - a name is a head-initial word with its of-phrase, or words ending in a head word with any of-phrase
 *   after it, or a standalone body ("Politburo"); an of-phrase ends after a place when a person's name
 *   follows ("... of Da Nang Nguyen Van Quang").
 */
export function chainCandidates(text: string, toks: Token[], r: OrgRules, companies: OrgCandidate[] = []): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  if (shouting(toks)) return out; // "ABOUT VOLTA MOBILE GHANA PLC": capitals that shout name nothing by themselves
  CALENDAR_WORDS = r.calendarWords;
  const multiHeadEnds = new Set(r.multiHeads.findAll(text, toks).map((m) => m.j - 1));
  const ctx: Ctx = { text, toks, r, multiHeadEnds, companyStarts: new Set(companies.map((c) => c.start)) };
  for (let i = 0; i < toks.length; i++) {
    if (!capTok(toks[i])) continue;
    const chain = buildChain(ctx, i);
    for (const seg of segments(ctx, chain)) {
      const c = nameIn(ctx, seg);
      if (c) out.push(...c);
    }
    i = chain[chain.length - 1];
  }
  return out;
}

interface Ctx {
  text: string;
  toks: Token[];
  r: OrgRules;
  /** Token indexes that end a multi-word head ("Cross" of "Red Cross"). */
  multiHeadEnds: Set<number>;
  /** Where the names of companies with a legal form start (companyFormCandidates), by character offset. */
  companyStarts: Set<number>;
}

/** A capitalised token, or one with a small first letter before a capital ("iTaukei Affairs Board", "eThekwini Municipality"). */
const capTok = (t: Token | undefined): boolean => !!t && ((shapeOf(t) & SHAPE_CAP) !== 0 || /^\p{Ll}\p{Lu}\p{Ll}/u.test(t.text)) && !CALENDAR_WORDS.has(t.text);
let CALENDAR_WORDS: Set<string> = new Set();
const JOIN = new Set(['of', 'for', 'on', 'and', '&', 'de', 'du', 'des', 'del', 'da', 'di', 'la', 'es', 'el', 'al', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'et', 'y', 'e', 'bin', 'bint', 'ibn', 'per', 'della', 'delle', 'dello', 'degli', 'dei', 'für', 'dan']);
const LIST = new Set(['and', '&', ',']);
const OF = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'del', 'di', 'da', 'do', 'dos', 'das', 'per', 'della', 'delle', 'dello', 'degli', 'dei', 'der', 'für']);
/** "Universidade Técnica do Atlântico", "Banque Centrale des États": the joiners of another language that open the field after a head-initial word and its adjective. */
const ADJECTIVE_FIELD = new Set(['des', 'de', 'du', 'del', 'do', 'da', 'dos', 'das', 'di', 'della', 'delle', 'degli', 'dei', 'dello']);
/** Particles inside place names before a head ("Cabo de Hornos Municipality", "San Pedro de Macorís Province"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des']);
/** "and" of other languages inside a name: "Cassa Depositi e Prestiti", "Agua y Saneamiento". */
const FOREIGN_AND = new Set(['e', 'y', 'et', 'und', 'i', 'dan']);
/** Articles after a joiner: "of the", "per la", "de los". */
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo']);

/** Tokens m and m + 1 are an elided French article, "l'" or "d'" ("de l'Électricité"). */
const elided = (ctx: Ctx, m: number) => (word(ctx, m) === 'l' || word(ctx, m) === 'd') && word(ctx, m + 1) === "'";
/** A field opens at token k: "of", "de", ... or an elided "d'" / "l'" ("Compagnie Ivoirienne d'Électricité"). */
const fieldAt = (ctx: Ctx, k: number) => OF.has(word(ctx, k)) || elided(ctx, k);

/** Nothing but spaces between two tokens (a line break ends every name). */
function sameLine(ctx: Ctx, a: number, b: number): boolean {
  return !ctx.text.slice(ctx.toks[a].end, ctx.toks[b].start).includes('\n');
}

const word = (ctx: Ctx, k: number) => ctx.toks[k]?.text ?? '';
const bare = (w: string) => trimEndChars(w, ".'");

function isHead(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  // (A plural head after a common noun names a kind: "Community Health Centres for Seniors".)
  return ctx.r.heads.has(w) || ctx.r.headInitial.has(w) || ctx.multiHeadEnds.has(k) || (ctx.r.pluralHeads.has(w) && fieldAt(ctx, k + 1) && capTok(ctx.toks[k + 2]) && !isMostlyNoun(word(ctx, k - 1).toLowerCase()));
}

/** A title in the plural at token k ("Governors", "Ministers", "Deputies"): the people who hold it. */
function titlesPlural(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w)) return false;
  return ctx.r.titles.has(w.slice(0, -1)) || (w.endsWith('ies') && ctx.r.titles.has(w.slice(0, -3) + 'y'));
}

/** Royal titles that name places ("King County", "Queens County", "Prince Island"). */
const ROYAL_PLACE = /^(?:King|Queen|Queens|Prince|Princess)$/;

/** Words that make a title of "Justice" after them. */
const JUSTICE_TITLE_BEFORE = new Set(['Chief', 'Associate', 'Presiding', 'Acting', 'Deputy', 'Lord', 'Lady', 'Puisne']);

/** A person's title; "General" only beside another title ("Secretary General", "General Director"), not in "General Assembly"; "Executive" after "Chief", "County" or "Group" (no head after it), before another title or before a name a verb of saying stands beside. */
function isTitle(ctx: Ctx, k: number): boolean {
  const w = bare(word(ctx, k));
  // "King County", "Queens County": a royal title before a place's descriptor is part of the place's name.
  if (ROYAL_PLACE.test(w) && capTok(ctx.toks[k + 1]) && ctx.r.placeDescriptors.has(word(ctx, k + 1).toLowerCase())) return false;
  if (ctx.r.titles.has(w) && (ctx.r.multiHeads.matchAt(ctx.text, ctx.toks, k)?.j ?? 0) > k + 1) return false; // "Vice Ministry"
  if (w === 'General') return ctx.r.titles.has(bare(word(ctx, k - 1))) || ctx.r.titles.has(bare(word(ctx, k + 1)));
  // "Northumbria's Police and Crime Commissioner": a title of three words, the first a head elsewhere.
  if (w === 'Police' || w === 'Crime') {
    const at = w === 'Police' ? k : k - 2;
    return word(ctx, at) === 'Police' && word(ctx, at + 1) === 'and' && word(ctx, at + 2) === 'Crime' && bare(word(ctx, at + 3)) === 'Commissioner';
  }
  // "Chief Executive of The Heritage Council", "King County Executive Dow Constantine" (a US county's elected head),
  // "CSIR Group Executive", "SADC Executive Secretary", "said Executive Tran-Whitaker" (before a name), not "National
  // Executive Council", "Mombasa County Executive Committee" nor "Northern Ireland Executive".
  if (w === 'Executive') return (/^(?:Chief|County|Group)$/.test(bare(word(ctx, k - 1))) && !isHead(ctx, k + 1)) || ctx.r.titles.has(bare(word(ctx, k + 1))) || nameAfter(ctx, k);
  // "Chief Justice", "Justice Mwangi", not "Ministry of Social Justice and Empowerment": after another capitalised
  // word of a name, justice is a field.
  if (w === 'Justice') return JUSTICE_TITLE_BEFORE.has(bare(word(ctx, k - 1))) || !(k > 0 && capTok(ctx.toks[k - 1]));
  // "The Board Co-Chairs": a title's plural right after a body's head names its holders too (not "Committee of
  // Permanent Representatives", "Conference of Heads of State").
  return ctx.r.titles.has(w) || (w.endsWith('s') && ctx.r.titles.has(w.slice(0, -1)) && /\p{Ll}s$/u.test(w) && k > 0 && isHead(ctx, k - 1));
}

/**
 * Capitalised words after token k that no head closes, with a verb of saying before or after them: a person's name
 * ("said Executive Tran-Whitaker"; not "Executive Information Service" nor "the Executive Yuan").
 */
function nameAfter(ctx: Ctx, k: number): boolean {
  let j = k + 1;
  while (j - k <= 4 && capTok(ctx.toks[j]) && !isHead(ctx, j)) j++;
  return j > k + 1 && !isHead(ctx, j) && (SAID.test(word(ctx, k - 1)) || SAID.test(word(ctx, j)));
}

/** Verbs of saying (or announcing) next to a title and a name. */
const SAID = /^(?:said|says|told|added|noted|stated|announced|announces|urged|urges|welcomed|welcomes)$/;

/** Does token k end a company's legal form ("Ltd.", "Co., Ltd.", "GmbH", "S.A.", "Bhd")? */
function legalForm(ctx: Ctx, k: number): boolean {
  return isLegalFormWord(ctx.r, word(ctx, k) === '.' ? word(ctx, k - 1) : word(ctx, k));
}

/** Does a phrase of `matcher` that starts at token k or one of the three before it ("Côte d'Ivoire" is four tokens) end as `ends` asks? */
function phraseFrom<V>(ctx: Ctx, matcher: PhraseMatcher<V>, k: number, ends: (j: number) => boolean): boolean {
  for (let d = 0; d <= 3 && d <= k; d++) {
    const m = matcher.matchAt(ctx.text, ctx.toks, k - d);
    if (m && ends(m.j)) return true;
  }
  return false;
}

/** Does a country's name end at token k ("Serbia", "South Africa")? */
const countryEndsAt = (ctx: Ctx, k: number): boolean => phraseFrom(ctx, ctx.r.places.countries, k, (j) => j === k + 1);

/** The last token of the capitalised run from token m (dashes inside it included; a name's length at most). */
function capitalRunEnd(ctx: Ctx, m: number): number {
  let e = m;
  while (e - m < 12 && e + 1 < ctx.toks.length && sameLine(ctx, e, e + 1) && (capTok(ctx.toks[e + 1]) || (/^[–—-]$/.test(word(ctx, e + 1)) && capTok(ctx.toks[e + 2])))) e++;
  return e;
}

/** The last word of a field of study or work: a common word or an acronym ("Sciences", "AI"), not a town's name. */
const fieldEnd = (w: string): boolean => isCommonWord(w) || /^\p{Lu}{2,}s?$/u.test(w) || WORLD_REGIONS.has(w);
/** Parts of the world a regional body's remit names ("Fund for Water and Sanitation in Latin America and the Caribbean"). */
export const WORLD_REGIONS = new Set(['America', 'Americas', 'Asia', 'Africa', 'Europe', 'Pacific', 'Caribbean', 'Oceania', 'Arctic', 'Mediterranean', 'Balkans', 'Sahel', 'Mindanao']);

/** Endings of the names of fields of study and work and of their adjectives ("Climatology", "Geophysics", "Atmospheric"). */
const FIELD_ENDING = /(?:ology|ography|onomy|ometry|ics|ical|ic|ism|ture|tion|sion|ment|ance|ence|ity|ship)$/;
/** A word of seven letters or more with such an ending, and no given name. */
const fieldShaped = (w: string): boolean => w.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(w) && FIELD_ENDING.test(w) && !isGivenName(w);

/** Does the capitalised run from token m end in a head? */
const endsInHead = (ctx: Ctx, m: number): boolean => capTok(ctx.toks[m]) && isHead(ctx, capitalRunEnd(ctx, m));

const ADDRESS = /^(?:Street|Road|Avenue|Boulevard|Lane|Square|Drive|Highway|Quay|Parade|Terrace)$/;
/** Does the capitalised run from token m end in a word of nonOrgHeads (a programme, a project, an agreement)? */
function endsInNonOrgHead(ctx: Ctx, m: number): boolean {
  if (!capTok(ctx.toks[m])) return false;
  const e = capitalRunEnd(ctx, m);
  for (let k = m; k <= e; k++) {
    const hit = ctx.r.nonOrgHeads.matchAt(ctx.text, ctx.toks, k);
    if (hit && hit.j - 1 === e) return true;
  }
  return false;
}

/** Words after a capitalised run that go on with a name (joiners, brackets, the end of the sentence do too). */
const NAME_GOES_ON = new Set([...JOIN, 'in', 'to', 'at', 'under', 'against', 'the', 'a', 'an']);
/** Is the capitalised run ending at token e a modifier of what follows it: a number or a lower-case word that is no joiner? */
function modifiesCommonNoun(ctx: Ctx, e: number): boolean {
  const next = ctx.toks[e + 1];
  if (!next || !sameLine(ctx, e, e + 1)) return false;
  return /^\d/.test(next.text) || (/^\p{Ll}/u.test(next.text) && !NAME_GOES_ON.has(next.text) && !isMostlyVerb(next.text));
}

/** Is every word of the capitalised run from token m already in the chain ("... and Tourism | for Tourism")? */
function repeatsChain(ctx: Ctx, chain: number[], m: number): boolean {
  const words = new Set(chain.map((x) => word(ctx, x)));
  for (let x = m, e = capitalRunEnd(ctx, m); x <= e; x++) if (!words.has(word(ctx, x))) return false;
  return true;
}

/** Does the capitalised run from token m end in a street's word ("Lynch Street")? */
const endsInAddress = (ctx: Ctx, m: number): boolean => capTok(ctx.toks[m]) && ADDRESS.test(word(ctx, capitalRunEnd(ctx, m)));

/** Is token `k` inside a country's or a place's name that starts at most three tokens before it ("Trinidad and Tobago", "Asia and the Pacific")? */
function insidePlaceName(ctx: Ctx, k: number): boolean {
  for (let a = Math.max(0, k - 3); a < k; a++) {
    const m = ctx.r.places.countries.matchAt(ctx.text, ctx.toks, a) ?? ctx.r.places.places.matchAt(ctx.text, ctx.toks, a);
    if (m && m.j > k + 1) return true;
  }
  return false;
}

/** Adjectives of parts of the world, besides countries' own ("Caribbean", "Asian"). */
const REGION_ADJECTIVES = new Set(['African', 'American', 'Andean', 'Arab', 'Asian', 'Atlantic', 'Baltic', 'Caribbean', 'Central', 'European', 'Latin', 'Mediterranean', 'Nordic', 'Pacific']);
/** A country's adjective ("Kenyan") or a region's ("Caribbean"). */
const placeAdjective = (ctx: Ctx, w: string): boolean => REGION_ADJECTIVES.has(w) || (ctx.r.places.countryOf.has(w) && !ctx.r.places.nounForms.has(w));

/** A member's title right before a house's name: "Member of ", "Members of the ". */
const MEMBER_OF_BEFORE = /\bMembers?\s+of\s+(?:the\s+)?$/;

/** The start of an honorific of several words: "The Rt Hon", "the Honourable", "The Most Reverend". */
const HONORIFIC_AFTER_AND = /^the\s+(?:rt\.?|right|hon\.?|honou?rable|most|very)\s/i;

/** Abbreviated prefixes of place names, written with a stop ("St. Lucia", "Mt. Hagen"). */
const PLACE_PREFIXES = new Set(['St', 'Ste', 'Mt', 'Ft']);

/** Token indexes of one chain starting at token i (connectors and brackets included). */
function buildChain(ctx: Ctx, i: number): number[] {
  const { toks, r } = ctx;
  const chain = [i];
  let k = i;
  // "Ministry of ...", "Office National de l'Électricité ...": a head-initial word, maybe one adjective, then its field.
  const hasHeadInitialField = () => chain.some((x, n) => r.headInitial.has(word(ctx, x)) && (fieldAt(ctx, chain[n + 1]) || (capTok(toks[chain[n + 1]]) && !isHead(ctx, chain[n + 1]) && fieldAt(ctx, chain[n + 2]))));
  for (;;) {
    const n = k + 1;
    if (n >= toks.length || !sameLine(ctx, k, n)) break;
    const w = toks[n].text;
    // "Group Co., Ltd.": a company form spans its own stops and commas.
    const form = r.multiHeads.matchAt(ctx.text, toks, k);
    if (form && form.j - 1 > k) {
      for (let x = k + 1; x < form.j; x++) chain.push(x);
      k = form.j - 1;
      continue;
    }
    // "the Council of Ministers No. 412": a number's abbreviation ends the name.
    if (capTok(toks[n]) && !(/^Nos?$/.test(w) && (word(ctx, n + 1) === '.' || /^\d/.test(word(ctx, n + 1))))) {
      chain.push(n);
      k = n;
      continue;
    }
    // "Workers' Education": a plural possessive inside a name.
    if (w === "'" && /s$/.test(word(ctx, k)) && toks[n].start === toks[k].end && capTok(toks[n + 1]) && sameLine(ctx, n, n + 1)) {
      chain.push(n, n + 1);
      k = n + 1;
      continue;
    }
    // "Serbia–Türkiye Parliamentary Friendship Group": a dash between two countries.
    if ((w === '–' || w === '-' || w === '—') && countryEndsAt(ctx, k) && r.places.countries.matchAt(ctx.text, toks, n + 1) && sameLine(ctx, k, n + 1)) {
      chain.push(n);
      k = n;
      continue;
    }
    // "Côte d'Ivoire", "Conservatoire d'Art": an elided article inside a name.
    if ((w === 'd' || w === 'l') && word(ctx, n + 1) === "'" && capTok(toks[n + 2]) && toks[n + 2].start === toks[n + 1].end) {
      chain.push(n, n + 1, n + 2);
      k = n + 2;
      continue;
    }
    if (w === "'s" && capTok(toks[n + 1]) && toks[n].start === toks[k].end) {
      chain.push(n, n + 1);
      k = n + 1;
      continue;
    }
    // "Government of St. Kitts and Nevis", "St. Lucia Air and Sea Ports Authority": a place's abbreviated prefix keeps its stop.
    if (w === '.' && PLACE_PREFIXES.has(word(ctx, k)) && toks[n].start === toks[k].end && capTok(toks[n + 1]) && sameLine(ctx, n, n + 1)) {
      chain.push(n, n + 1);
      k = n + 1;
      continue;
    }
    // "Daesung Microtech Co., Ltd. of the Republic of Korea": a company's legal form ends its name.
    if (w === 'of' && legalForm(ctx, k)) break;
    // "a Regional Humanitarian Fund of USD 10 million": a currency's code before a number is an amount, no part of a name.
    if (w === 'of' && /^\p{Lu}{3}$/u.test(word(ctx, n + 1)) && /^\d/.test(word(ctx, n + 2))) break;
    // "the Department for Science, Innovation and Technology and The Rt Hon X MP": an honorific opens a person.
    if (w === 'and' && toks[n + 1] && HONORIFIC_AFTER_AND.test(ctx.text.slice(toks[n + 1].start, toks[n + 1].start + 24))) break;
    if (JOIN.has(w)) {
      let m = n + 1;
      if (ARTICLES.has(word(ctx, m)) && w !== '&') m++;
      // "Ministry of Economy and of Cooperation", "Ministerio de Obras Públicas y de Transporte", "Ministère de
      // l'Énergie et des Mines": a repeated "of" after "and" inside a head-initial field.
      if ((w === 'and' || FOREIGN_AND.has(w)) && OF.has(word(ctx, m)) && hasHeadInitialField()) m += ARTICLES.has(word(ctx, m + 1)) ? 2 : 1;
      // "de l'Electricité", "Office de la Topographie et du Cadastre": an elided or French article after the joiner.
      if (elided(ctx, m)) m += 2;
      else if (/^(?:la|le|les|du)$/.test(word(ctx, m)) && capTok(toks[m + 1])) m++;
      // "The Ministry of Industry and Ferrante Cavi S.p.A.": after a name with a head, a company named with its legal
      // form is a name of its own ("Angkor Rubber and Rice Co., Ltd" has no head before "and": one name).
      if (w === 'and' && ctx.companyStarts.has(toks[m]?.start ?? -1) && (chain.some((x) => isHead(ctx, x)) || legalForm(ctx, k))) break;
      // "Statement by the Presidency on the South Africa–Mozambique Bi-National Commission": what "on" introduces
      // is a topic, and one that ends in a head is a body of its own ("Committee on Foreign Affairs" goes on).
      if (w === 'on' && endsInHead(ctx, m)) break;
      // "a grant to the Government of Barbados for the Sunshine Schools Retrofit Programme": what a body gets money
      // for is a programme, no part of its name.
      if (w === 'for' && ARTICLES.has(word(ctx, n + 1)) && endsInNonOrgHead(ctx, m)) break;
      // "the Department of Transportation for the Interstate 5 bridge": capitals after "for the" that modify a
      // lower-case noun or a number give a purpose, no part of the name ("Fund for the Development of ..." goes on).
      if (w === 'for' && ARTICLES.has(word(ctx, n + 1)) && capTok(toks[m]) && modifiesCommonNoun(ctx, capitalRunEnd(ctx, m))) break;
      // "OMRAN Group for Jebel Akhdar tourism complex": so after a name of two words or more that ends in its head.
      if (w === 'for' && m === n + 1 && isHead(ctx, k) && chain.includes(k - 1) && capTok(toks[k - 1]) && capTok(toks[m]) && modifiesCommonNoun(ctx, capitalRunEnd(ctx, m))) break;
      // "a grant to the Ministry of Health of Uganda for the Lake Kyoga Hospital": after an of-field closed by a country,
      // "for" gives a purpose.
      if (w === 'for' && countryEndsAt(ctx, k) && hasHeadInitialField()) break;
      // "Undersecretary of the Ministry of Heritage and Tourism for Tourism": a field the name already holds is the
      // title's portfolio.
      if (w === 'for' && m === n + 1 && hasHeadInitialField() && capTok(toks[m]) && repeatsChain(ctx, chain, m)) break;
      // "the Ministry of Economic Affairs ... of the German state of Baden-Württemberg": a country's adjective before a
      // lower-case word opens a description, no part of the name.
      if (w === 'of' && r.places.countryOf.has(word(ctx, m)) && !r.places.nounForms.has(word(ctx, m)) && /^\p{Ll}/u.test(word(ctx, m + 1))) break;
      // "at the Ministry on Lynch Street": an address is no field.
      if ((w === 'on' || w === 'at') && endsInAddress(ctx, m)) break;
      if (capTok(toks[m]) && sameLine(ctx, k, m)) {
        for (let x = n; x <= m; x++) chain.push(x);
        k = m;
        continue;
      }
      // "of the central city of Da Nang": a lower-case place descriptor inside an of-phrase.
      if (w === 'of' && word(ctx, n + 1) === 'the') {
        let d = n + 2;
        if (!r.placeDescriptors.has(word(ctx, d)) && /^\p{Ll}+$/u.test(word(ctx, d))) d++;
        if (r.placeDescriptors.has(word(ctx, d)) && word(ctx, d + 1) === 'of' && capTok(toks[d + 2]) && sameLine(ctx, k, d + 2)) {
          for (let x = n; x <= d + 2; x++) chain.push(x);
          k = d + 2;
          continue;
        }
      }
      break;
    }
    // "Council for Research in Ayurvedic Sciences", "Centre of Excellence in Applied AI": "in" inside a field.
    // (A field ends in a common word or an acronym, "Sciences", "AI"; a town does not: "Institute of Health Sciences in Kalutara".)
    if (w === 'in' && hasHeadInitialField() && capTok(toks[n + 1]) && !townAt(ctx, n + 1) && sameLine(ctx, k, n + 1) && !r.located.has(word(ctx, chain[0])) && fieldEnd(word(ctx, capitalRunEnd(ctx, n + 1)))) {
      chain.push(n);
      k = n;
      continue;
    }
    // "Slovak University of Agriculture in Nitra", "University of Economics in Bratislava": a university named by its
    // field keeps its town (not "University of Nairobi in Kenya", named by its place).
    if (w === 'in' && word(ctx, chain[chain.length - 1]) !== 'University' && chain.some((x) => word(ctx, x) === 'University' && word(ctx, x + 1) === 'of') && fieldEnd(word(ctx, k)) && !chain.some((x) => r.places.placeWords.has(word(ctx, x).toLowerCase()) && !r.places.countryOf.has(word(ctx, x)))) {
      // (The town is one or two capitalised words, no common word: "in Nitra", "in Banská Bystrica".)
      const end = capitalRunEnd(ctx, n + 1);
      if (capTok(toks[n + 1]) && end - n <= 2 && !toks.slice(n + 1, end + 1).some((t) => isCommonWord(t.text)) && sameLine(ctx, k, end)) {
        for (let x = n; x <= end; x++) chain.push(x);
        break;
      }
    }
    // "Permanent Interstate Committee for Drought Control in the Sahel": "in the" and a part of the world, the field's end.
    if (w === 'in' && word(ctx, n + 1) === 'the' && WORLD_REGIONS.has(word(ctx, n + 2)) && capitalRunEnd(ctx, n + 2) === n + 2 && hasHeadInitialField() && sameLine(ctx, k, n + 2) && !r.located.has(word(ctx, chain[0]))) {
      chain.push(n, n + 1);
      k = n + 1;
      continue;
    }
    // "Committee of Emergency Situations ... under the Government of the Republic of Tajikistan", "Agency ... under the
    // President of the Republic of Uzbekistan": the body a state agency reports to is part of its name.
    if (w === 'under' && hasHeadInitialField() && word(ctx, n + 1) === 'the' && UNDER_BODIES.has(word(ctx, n + 2)) && OF.has(word(ctx, n + 3)) && sameLine(ctx, k, n + 2)) {
      chain.push(n, n + 1, n + 2);
      k = n + 2;
      continue;
    }
    // "Ministry of Public Health and the Fight against AIDS": a portfolio's fight against something is its last field
    // (what follows, "... AIDS and Enabel", is another name).
    if (w === 'against' && (word(ctx, k) === 'Fight' || word(ctx, k) === 'Struggle') && hasHeadInitialField() && capTok(toks[n + 1]) && sameLine(ctx, k, n + 1)) {
      for (let x = n, e = capitalRunEnd(ctx, n + 1); x <= e; x++) chain.push(x);
      break;
    }
    // (A permanent mission, or a committee of permanent representatives, before "to": looked at only there.)
    const permanent = w === 'to' && chain.some((x) => word(ctx, x) === 'Permanent') && (chain.some((x) => r.located.has(word(ctx, x))) || word(ctx, k) === 'Representatives');
    if ((w === 'in' || w === 'to') && (chain.some((x) => r.located.has(word(ctx, x)) || (word(ctx, x) === 'Commission' && word(ctx, x - 1) === 'High')) || permanent)) {
      // "Embassy of India in Phnom Penh", "Delegation of the European Union to Laos": the place ends the name.
      let m = n + 1;
      if (word(ctx, m) === 'the') m++;
      const place = r.places.places.matchAt(ctx.text, toks, m);
      // ("Permanent Mission of Kenya to the United Nations", "Committee of Permanent Representatives to ASEAN": a body a
      // permanent mission is accredited to, as the gazetteer names it, ends the name too; not "Embassy of Japan to UNICEF".)
      const body = permanent ? r.gazetteer.matcher.matchAt(ctx.text, toks, m) : null;
      const until = place ?? body;
      if (until && sameLine(ctx, k, until.j - 1)) {
        for (let x = n; x < until.j; x++) chain.push(x);
      }
      break;
    }
    if (w === '(') {
      // "(CPC)" inside a name goes on only when the words after it end in a head ("... (CPC) Central Committee").
      const close = n + 2;
      if (word(ctx, close) === ')' && capTok(toks[n + 1]) && capTok(toks[close + 1]) && sameLine(ctx, k, close + 1)) {
        let e = close + 1;
        while (capTok(toks[e + 1]) && sameLine(ctx, e, e + 1)) e++;
        if (isHead(ctx, e)) {
          for (let x = n; x <= close; x++) chain.push(x);
          k = close;
          continue;
        }
      }
      break;
    }
    // "Ministry of Culture - Information and Tourism": a dash inside a head-initial field.
    if (w === '-' && hasHeadInitialField() && capTok(toks[n + 1]) && sameLine(ctx, k, n + 1) && !isHead(ctx, n + 1)) {
      chain.push(n);
      k = n;
      continue;
    }
    // ("Philippine Atmospheric, Geophysical and ... Administration": a country's adjective opens the list's first item.)
    // ("Separately, Cascadia Pulp & Paper Co.": an adverb in -ly set off before the name is no item of a list.)
    const adverb = chain.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(word(ctx, chain[0])) && isCommonWord(word(ctx, chain[0]).toLowerCase()) && !isMostlyNoun(word(ctx, chain[0]).toLowerCase());
    if (w === ',' && !adverb && (hasHeadInitialField() || (!chain.some((x) => isHead(ctx, x) && !isTitle(ctx, x)) && !(r.places.countryOf.has(word(ctx, chain[0])) && chain.length === 1))) && fieldListFollows(ctx, n, !hasHeadInitialField())) {
      chain.push(n);
      k = n;
      continue;
    }
    // "Ministry of Climate Resilience, the Environment, ...", "Ministère de l'Agriculture, des Ressources ...": an
    // article or "of" opening the next field of the list.
    if ((w === 'the' || OF.has(w)) && word(ctx, k) === ',' && hasHeadInitialField()) {
      let m = n + 1;
      if (ARTICLES.has(word(ctx, m))) m++;
      else if (elided(ctx, m)) m += 2;
      if (capTok(toks[m]) && sameLine(ctx, k, m)) {
        for (let x = n; x <= m; x++) chain.push(x);
        k = m;
        continue;
      }
    }
    break;
  }
  return chain;
}

/**
 * After a comma inside "Ministry of Culture, ...": is this a list of fields closed by "and" ("Sports and
 * Tourism"), with no head, title or country among them (so not a list of separate bodies)? With
 * `headAfter`, the list must end in a head ("Foreign, Commonwealth and Development Office").
 */
function fieldListFollows(ctx: Ctx, comma: number, headAfter: boolean): boolean {
  let k = comma + 1;
  let words = 0;
  // "Department of Housing, Local Government and Heritage", "..., Home Affairs and Police Services": a head that
  // also names a field is an item of the list, unless an article makes it a body of its own ("and the Police").
  const bodyAt = (x: number) => isHead(ctx, x) && !(!headAfter && ctx.r.fieldHeads.has(word(ctx, x)) && !ARTICLES.has(word(ctx, x - 1)));
  for (let steps = 0; steps < 16 && k < ctx.toks.length; steps++, k++) {
    const w = word(ctx, k);
    if (w === 'and' || w === '&' || FOREIGN_AND.has(w)) {
      while (!headAfter && (OF.has(word(ctx, k + 1)) || ARTICLES.has(word(ctx, k + 1)))) k++; // "... and of Cooperation", "y de Transporte"
      if (!headAfter && elided(ctx, k + 1)) k += 2; // "et de l'Élevage"
      // ("Ministry of Trade, Industry, and Tourism": the serial comma right before "and".)
      if ((!words && k !== comma + 1) || !capTok(ctx.toks[k + 1]) || bodyAt(k + 1)) return false;
      if (!headAfter) return true;
      // "Foreign, Commonwealth and Development Office": the last item ends in the head of the whole list.
      let e = k + 1;
      while (capTok(ctx.toks[e + 1]) && sameLine(ctx, e, e + 1)) e++;
      return isHead(ctx, e) && e > k + 1;
    }
    if (w === ',') {
      if (!words) return false;
      continue;
    }
    if ((OF.has(w) || ARTICLES.has(w) || w === 'l' || w === "'") && !headAfter) continue; // "Ministry of Economy, of the Plan and of Cooperation", ", des Ressources"
    if (!capTok(ctx.toks[k]) || bodyAt(k) || isTitle(ctx, k) || ctx.r.places.countryOf.has(w) || acronymShaped(w)) return false;
    words++;
  }
  return false;
}

interface Segment {
  /** Chain token indexes of the segment. */
  idx: number[];
  /** The segment follows a title's "of" with no "the" ("Minister of | Public Administration"): it may be a field. */
  field: boolean;
}

/**
 * "King Saud University", "Dr. Ram Manohar Lohia Hospital": a title opening a body named after a person, when
 * nothing capitalised comes before it and one to four name words then a head follow it.
 */
function eponym(ctx: Ctx, chain: number[], p: number, cur: number[]): boolean {
  if (!ctx.r.eponymTitles.has(bare(word(ctx, chain[p]))) || cur.some((x) => capTok(ctx.toks[x]))) return false;
  let q = p + 1;
  if (word(ctx, chain[q]) === '.') q++;
  const from = q;
  while (q < chain.length && q - from < 4 && chain[q] === chain[q - 1] + 1 && capTok(ctx.toks[chain[q]]) && !isHead(ctx, chain[q]) && !isTitle(ctx, chain[q])) q++;
  return q > from && q < chain.length && chain[q] === chain[q - 1] + 1 && isHead(ctx, chain[q]);
}

/** Cuts a chain at titles and at list boundaries into segments that may each hold one name. */
function segments(ctx: Ctx, chain: number[]): Segment[] {
  const out: Segment[] = [];
  let cur: number[] = [];
  let field = false;
  const close = (nextField = false) => {
    while (cur.length && !capTok(ctx.toks[cur[cur.length - 1]])) cur.pop();
    if (cur.length) out.push({ idx: cur, field });
    cur = [];
    field = nextField;
  };
  const curHasHeadInitialField = () => cur.some((x, n) => ctx.r.headInitial.has(word(ctx, x)) && OF.has(word(ctx, cur[n + 1])));
  for (let p = 0; p < chain.length; p++) {
    const k = chain[p];
    const w = word(ctx, k);
    if (isTitle(ctx, k) && !eponym(ctx, chain, p, cur)) {
      // A run of title words; followed by 's it is part of the name ("Prime Minister's Office").
      let q = p;
      while (q + 1 < chain.length && isTitle(ctx, chain[q + 1])) q++;
      const possessive = word(ctx, chain[q] + 1) === "'s" && chain[q + 1] === chain[q] + 1;
      // Inside a head-initial field a title is part of the name right after "of (the)" ("Office of the President")
      // or when nothing follows it ("Office of the Refugee Relief and Repatriation Commissioner").
      // ("Office of the Honourable Daniel Thériault-Morin": an honorific there opens a person's name.)
      const inField = curHasHeadInitialField() && !ctx.r.honorifics.has(w) && (word(ctx, chain[p - 1]) === 'the' || OF.has(word(ctx, chain[p - 1])) || (q === chain.length - 1 && !ctx.r.honorifics.has(bare(word(ctx, chain[q])))));
      if (!possessive && !inField) {
        // "Ministry of Finance State | Minister", "World Bank Division | Director": a modifier right before the
        // title is part of it, when it follows a capital directly and the name keeps a head without it.
        let at = chain[p];
        while (cur.length >= 2 && cur[cur.length - 1] === at - 1 && ctx.r.titleModifiers.has(word(ctx, at - 1)) && cur[cur.length - 2] === at - 2 && capTok(ctx.toks[at - 2]) && cur.slice(0, -1).some((x) => isHead(ctx, x))) {
          cur.pop();
          at--;
        }
        // "the Ministry of External Affairs and the High | Commissioner of Ghana": after "the", the modifier is the
        // title's (close drops the "and the" left before it).
        if (cur.length >= 2 && cur[cur.length - 1] === at - 1 && ctx.r.titleModifiers.has(word(ctx, at - 1)) && word(ctx, at - 2) === 'the') cur.pop();
        p = q;
        // The title's own of-phrase ("Director of the ...") introduces what follows: skip its connector.
        let the = false;
        while (p + 1 < chain.length && !capTok(ctx.toks[chain[p + 1]])) {
          p++;
          if (word(ctx, chain[p]) === 'the') the = true;
        }
        close(!the && OF.has(word(ctx, chain[q] + 1)));
        continue;
      }
    }
    // "European Commission's Directorate-General for ...", "IFRC's Disaster Response Emergency Fund": a possessor
    // that is a body of its own is a name apart from what it owns.
    // "University of Rwanda's College of ...": so is a head-initial name with its field (not "Lao People's ...").
    // ("the Bank of Namibia's Strategic Plan": what it owns may be a plan or a programme, no body.)
    if (w === "'s" && cur.length && (isHead(ctx, chain[p - 1]) || (curHasHeadInitialField() && !ctx.r.groupPossessives.has(word(ctx, chain[p - 1]))) || (cur.filter((x) => capTok(ctx.toks[x])).length === 1 && acronymShaped(word(ctx, chain[p - 1])))) && (itemIsName(ctx, chain.slice(p + 1)) || endsInNonOrgHead(ctx, chain[p + 1] ?? -1))) {
      close();
      continue;
    }
    if (LIST.has(w) && cur.length) {
      // After "and the" or ", the" the next item runs to the next such boundary ("... and the Food and
      // Agriculture Organization"); after a bare "and" only to the next "and" or comma.
      const next = word(ctx, chain[p + 1]) === 'the' ? itemAfterThe(ctx, chain, p + 1) : nextItem(ctx, chain, p + 1);
      const nextText = next.length ? ctx.text.slice(ctx.toks[next[0]].start, ctx.toks[next[next.length - 1]].end) : '';
      // "X and Singapore's ...", "X and UNDP's ...": a possessor opens a new phrase.
      const possessor = next.some((x) => word(ctx, x) === "'s");
      // "Government of Canada and Wapiti Narrows Cree Nation": an of-field closed by a country is complete.
      const closedByCountry = w === 'and' && curHasHeadInitialField() && ctx.r.places.countryOf.has(word(ctx, chain[p - 1])) && capTok(ctx.toks[next[0] ?? -1]);
      // After "and the" a name of its own always starts a new item ("the Government and the Ministry of ...").
      const afterThe = word(ctx, chain[p + 1]) === 'the';
      // "Latin America and the Caribbean": a place and a region of no country joined by "and the" make one region.
      // ("IFAD's Asia and the Pacific Division": so does a listed region's name before more of a name.)
      const region = afterThe && ((ctx.r.places.placeWords.has(word(ctx, chain[p - 1]).toLowerCase()) && next.length === 1 && ctx.r.places.placeWords.has(word(ctx, next[0]).toLowerCase()) && !ctx.r.places.countryOf.has(word(ctx, next[0]))) || (w === 'and' && insidePlaceName(ctx, k)));
      if (region) {
        cur.push(k);
        continue;
      }
      // "Bureau of Communication and Public Services", "Department of Housing, Local Government and Heritage": after a
      // bare "and" or a comma inside a head-initial field, an item whose heads all name fields continues the field.
      // ("Committee of Emergency Situations and Civil Defence": a field word is one of the item's heads even where the
      // head list does not hold it.)
      const nextHeads = next.filter((x) => isHead(ctx, x) || ctx.r.fieldHeads.has(word(ctx, x)));
      // (After a comma, only an item with a word that is no head: "Local Government", not "Army Command".)
      const fieldGoesOn = (w === 'and' || (w === ',' && next.some((x) => capTok(ctx.toks[x]) && !isHead(ctx, x)))) && !afterThe && curHasHeadInitialField() && nextHeads.length > 0 && nextHeads.every((x) => ctx.r.fieldHeads.has(word(ctx, x)));
      // ("Department of Hygiene and Health Promotion of the Ministry of Health": so does an item with no head before its
      // own "of"; the body after that "of" owns the whole and is split off later.)
      const ownOf = next.findIndex((x) => OF.has(word(ctx, x)));
      const ownerAfter = w === 'and' && !afterThe && ownOf > 0 && curHasHeadInitialField() && !next.slice(0, ownOf).some((x) => isHead(ctx, x));
      if (fieldGoesOn || ownerAfter) {
        cur.push(k);
        continue;
      }
      // "the European Parliament and the Council": a head alone after "and the" is a body of its own, named by its
      // head as an article names bodies it has named before.
      const nextCaps = next.filter((x) => capTok(ctx.toks[x]));
      const theHead = afterThe && nextCaps.length === 1 && isHead(ctx, nextCaps[0]) && itemIsName(ctx, cur);
      // "the Ministry and Hanseong Institute of Technology": a head alone, named before, then a body of its own.
      const curCaps = cur.filter((x) => capTok(ctx.toks[x]));
      // (Or a headline's first word: "Ministry and Hanseong Institute of Technology sign MoU".)
      const opensLine = (x: number) => x === 0 || !sameLine(ctx, x - 1, x);
      const bareHeadCur = w === 'and' && curCaps.length === 1 && isHead(ctx, curCaps[0]) && (word(ctx, curCaps[0] - 1).toLowerCase() === 'the' || opensLine(curCaps[0])) && itemIsName(ctx, next);
      if (ctx.r.places.countryOf.has(nextText) || possessor || closedByCountry || theHead || bareHeadCur || (afterThe && listedItem(ctx, next)) || (itemIsName(ctx, next) && (afterThe || itemIsName(ctx, cur)))) {
        close();
        continue;
      }
    }
    cur.push(k);
  }
  close();
  return out;
}

/** The chain tokens of the list item that starts at chain position p (up to the next and/&/comma), "the" skipped. */
function nextItem(ctx: Ctx, chain: number[], p: number): number[] {
  const out: number[] = [];
  for (let q = p; q < chain.length; q++) {
    const w = word(ctx, chain[q]);
    if (LIST.has(w)) break;
    if (!out.length && w === 'the') continue;
    out.push(chain[q]);
  }
  return out;
}

/** The chain tokens after "and the" / ", the" up to the next such boundary, "the" skipped. */
function itemAfterThe(ctx: Ctx, chain: number[], p: number): number[] {
  const out: number[] = [];
  for (let q = p + 1; q < chain.length; q++) {
    if (LIST.has(word(ctx, chain[q])) && word(ctx, chain[q + 1]) === 'the') break;
    out.push(chain[q]);
  }
  return out;
}

/**
 * Is the item a name of two words or more that the gazetteer lists whole ("Department of Agriculture and the | World
 * Food Programme", whose head no head list holds)?
 */
function listedItem(ctx: Ctx, item: number[]): boolean {
  const caps = item.filter((k) => capTok(ctx.toks[k]));
  if (!caps.length) return false;
  const m = ctx.r.gazetteer.matcher.matchAt(ctx.text, ctx.toks, caps[0]);
  return !!m && caps.length >= 2 && m.j === caps[caps.length - 1] + 1 && !m.value.acronym;
}

/** Would these tokens make a name on their own (a head with a modifier, or a head-initial word with its of-phrase)? */
function itemIsName(ctx: Ctx, item: number[]): boolean {
  const caps = item.filter((k) => capTok(ctx.toks[k]));
  while (caps.length && ctx.r.openers.has(word(ctx, caps[0]))) caps.shift(); // "The Senate ..."
  if (!caps.length) return false;
  if (ctx.r.standalone.has(ctx.text.slice(ctx.toks[caps[0]].start, ctx.toks[caps[caps.length - 1]].end))) return true;
  if (caps.length === 1 && acronymShaped(word(ctx, caps[0]))) return true;
  if (caps.length >= 2 && isHead(ctx, caps[0]) && caps.every((k, n) => n === 0 || k === caps[n - 1] + 1)) return !commonAfterHead(ctx, caps[1], caps[caps.length - 1]); // "Bank Indonesia", not "Senate Environment"
  // "Société Nationale des Eaux": a head-initial word, maybe one adjective, then its field.
  return caps.some((k, n) => (n > 0 && isHead(ctx, k)) || (ctx.r.headInitial.has(word(ctx, k)) && (fieldAt(ctx, k + 1) || (capTok(ctx.toks[k + 1]) && !isHead(ctx, k + 1) && fieldAt(ctx, k + 2)))));
}

/**
 * Are tokens a..b, after a head that opens a name, ordinary English words and no head or place ("Senate | Environment
 * and Public Works Committee", "Union | Environment Minister", "Government | Statistician")? Then the head is a
 * modifier of what follows, and the words name no body with it ("Bank | Indonesia", "Radio | Free Asia" do).
 */
function commonAfterHead(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const w = word(ctx, k);
    if (!capTok(ctx.toks[k]) || isHead(ctx, k) || !isCommonWord(w) || ctx.r.places.placeWords.has(w.toLowerCase()) || ctx.r.places.countryOf.has(w)) return false;
  }
  return b >= a;
}

/**
 * Do tokens a..b (capitals one after another) read as a person's name after a body's name ("... of Foreign Affairs
 * | Katarzyna Wiśniewska-Zając", "the Fund | Waleed Shamlan Al-Bahar")? Two words or more, none an English word, a
 * place or a head, and one shaped as a name: a given name, a known surname, a double-barrelled or an "Al-" surname.
 */
function personRun(ctx: Ctx, a: number, b: number): boolean {
  if (b <= a || b - a > 3) return false;
  let shaped = false;
  for (let k = a; k <= b; k++) {
    const w = word(ctx, k);
    if (!/^\p{Lu}[\p{L}\p{M}'-]*$/u.test(w) || isHead(ctx, k) || ctx.r.places.placeWords.has(w.toLowerCase()) || w.split('-').some((p) => p && !/^(?:Al|El|Ul|Bin|Ben)$/.test(p) && isCommonWord(p))) return false;
    if (isGivenName(w) || ctx.r.surnames.has(w) || ctx.r.surnameEnding.test(w) || /^(?:Al|El)-\p{Lu}|\p{Ll}-\p{Lu}/u.test(w)) shaped = true;
  }
  return shaped;
}

/** Is token k inside a place's name ("Viet Nam", "Ho Chi Minh City")? */
const inPlace = (ctx: Ctx, k: number): boolean => phraseFrom(ctx, ctx.r.places.places, k, (j) => j > k);

/** Is token k the start of a person's name (a regional surname, a given name, a surname in capitals)? */
function nameStarts(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  if (isHead(ctx, k) || inPlace(ctx, k)) return false;
  if (ctx.r.surnames.has(w)) return true;
  if (isAllCaps(w) && w.length > 1 && /^\p{Lu}\p{Ll}/u.test(word(ctx, k + 1))) return true;
  return isGivenName(w) && capTok(ctx.toks[k + 1]) && !isHead(ctx, k + 1);
}

/** An opener, also in capitals ("SOURCE Canada Mortgage and Housing Corporation": a wire release's footer label). */
const isOpener = (r: OrgRules, w: string): boolean => r.openers.has(w) || (w.length >= 4 && isAllCaps(w) && r.openers.has(w[0] + w.slice(1).toLowerCase()));

/** A Roman numeral of two letters or more up to XXXIX, or "V" alone (a lone "X" or "I" is left out: a letter, a pronoun). */
const ROMAN_ORDINAL = /^(?=[IVX]{2}|V$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** The name(s) a segment holds, or null. */
function nameIn(ctx: Ctx, seg: Segment): OrgCandidate[] | null {
  const { toks, r } = ctx;
  let idx = seg.idx;
  // Openers ("During", "The") and leading connectors are not part of a name.
  while (idx.length && (isOpener(r, word(ctx, idx[0])) || !capTok(toks[idx[0]]))) idx = idx.slice(1);
  if (!idx.length) return null;
  // "Member of Parliament for Ottawa Centre", "Member of the Legislative Assembly for Halifax": the house and the
  // constituency are the member's title, no body.
  if (idx.some((k) => word(ctx, k) === 'for') && MEMBER_OF_BEFORE.test(ctx.text.slice(Math.max(0, toks[idx[0]].start - 16), toks[idx[0]].start))) return null;
  // Standalone bodies, with a country before them ("Vietnamese National Assembly").
  const standalone = r.standalone.matchAt(ctx.text, toks, idx[0]);
  // ("Vice Minister of Civil Defence": after a title and "of", a body's name in English words is the title's field;
  // one of two words or more in another language is the house itself: "Deputy Chairman of Rajya Sabha". One word
  // the lexicon lacks may still be English: "Director of Inspectorate".)
  if (standalone && standalone.j - 1 === idx[idx.length - 1]) return seg.field && (idx.length < 2 || idx.some((k) => isCommonWord(word(ctx, k)))) ? null : [cand(ctx, idx[0], idx[idx.length - 1], 'standalone')];
  if (personWithHonour(r, idx.map((k) => word(ctx, k)), tokenBefore(toks, idx[0])?.text ?? '')) return null;
  const heads = idx.filter((k) => isHead(ctx, k));
  if (!heads.length) {
    const lead = r.places.countries.matchAt(ctx.text, toks, idx[0]);
    if (lead) {
      const s = r.standalone.matchAt(ctx.text, toks, lead.j + (word(ctx, lead.j) === "'s" ? 1 : 0));
      if (s && s.j - 1 === idx[idx.length - 1]) return [cand(ctx, idx[0], idx[idx.length - 1], 'standalone')];
    }
    return null;
  }
  // "Governments of Japan and Australia": one government each.
  if (word(ctx, idx[0]) === 'Governments' && OF.has(word(ctx, idx[1]))) {
    const out: OrgCandidate[] = [];
    for (const m of r.places.countries.findAll(ctx.text, toks.slice(0, idx[idx.length - 1] + 1))) {
      if (m.start < toks[idx[1]].end) continue;
      out.push({ start: toks[idx[0]].start, end: m.end, surface: `Government of ${m.value}`, country: m.value, rule: 'government' });
    }
    return out.length ? out : null;
  }
  // "Office National des Forages Ruraux", "Banque Centrale des ...": the field may follow one adjective, or two before
  // a Romance "de" ("Empresa Pública Municipal de Agua Potable").
  // ("Compagnie Ivoirienne d'Électricité": or an elided "d'".)
  const adjective = (k: number) => idx.includes(k) && capTok(toks[k]) && !isHead(ctx, k);
  const fieldAfter = (h: number) => r.headInitial.has(word(ctx, h)) && idx.includes(h + 1) && (fieldAt(ctx, h + 1) || (adjective(h + 1) && (ADJECTIVE_FIELD.has(word(ctx, h + 2)) || elided(ctx, h + 2) || (adjective(h + 2) && ADJECTIVE_FIELD.has(word(ctx, h + 3))))));
  const headInitial = heads.find(fieldAfter);
  const last = heads[heads.length - 1];
  let end: number;
  if (headInitial !== undefined) end = ofPhraseEnd(ctx, idx, headInitial);
  // "Nordwind Energie AG of Germany": a company form closes its name.
  else if (OF.has(word(ctx, last + 1)) && idx.includes(last + 1) && !r.companyForms.has(word(ctx, last))) end = ofPhraseEnd(ctx, idx, last);
  else if (last === idx[0]) {
    // "Bank Negara Malaysia", "Radio Free Asia": a name that opens with its head runs on over the words right after it.
    end = last;
    // (And over a conjunction of another language between capitals: "Cassa Depositi e Prestiti".)
    for (;;) {
      if (idx.includes(end + 1) && capTok(toks[end + 1]) && !nameStarts(ctx, end + 1)) end++;
      else if (FOREIGN_AND.has(word(ctx, end + 1)) && idx.includes(end + 2) && capTok(toks[end + 2])) end += 2;
      else break;
    }
    // "the Fund Marwan Abdullah Al-Ghanim": stopped by a person's name, the words run over open that name; "the Fund
    // Waleed Shamlan Al-Bahar": the words run over are one.
    if (end > last && ((idx.includes(end + 1) && capTok(toks[end + 1]) && nameStarts(ctx, end + 1)) || personRun(ctx, last + 1, end))) end = last;
    if (end > last && commonAfterHead(ctx, last + 1, end) && !r.standalone.has(ctx.text.slice(toks[last].start, toks[end].end))) return null;
  } else {
    end = last;
    // "State Atomic Energy Corporation Rosatom": one brand word right after the head belongs to the name.
    const next = end + 1;
    if (idx.includes(next) && capTok(toks[next]) && !idx.includes(next + 1) && word(ctx, next).length >= 3 && word(ctx, next + 1) !== '.' && !isCommonWord(word(ctx, next)) && !nameStarts(ctx, next) && !r.places.places.has(word(ctx, next))) end = next;
  }
  // "Government Debt Management Strategy", "Vietnam News Agency Photo Exhibition": capitals that run on from the
  // name into an event, a document or a programme make the whole a name of that thing, not of a body.
  let tail = end;
  while (idx.includes(tail + 1) && capTok(toks[tail + 1])) tail++;
  for (let k = end + 1; k <= tail; k++) {
    const m = r.nonOrgHeads.matchAt(ctx.text, toks, k);
    if (m && m.j - 1 === tail) return null;
  }
  // A head-final name that ends in such a word names that thing; a head-initial one stays a body ("Office of the Plan"),
  // unless the people of a title in the plural hold it ("Board of Governors Meeting"); after a place, the body ends
  // before them ("Bank of Ghana | Governors Forum").
  let cut = false;
  for (let k = start0(idx); k <= end; k++) {
    const m = r.nonOrgHeads.matchAt(ctx.text, toks, k);
    if (!m || m.j - 1 !== end) continue;
    if (headInitial === undefined) return null;
    if (titlesPlural(ctx, k - 1)) {
      if (!r.places.places.has(word(ctx, k - 2))) return null;
      end = k - 2;
      cut = true;
      break;
    }
  }
  // ("the ASEAN Central Bank Deputies' Meeting": a meeting of the people of a title after the name.)
  const meetingAt = word(ctx, end + 2) === "'" ? end + 3 : end + 2;
  if (!cut && titlesPlural(ctx, end + 1) && toks[meetingAt] && r.nonOrgHeads.matchAt(ctx.text, toks, meetingAt)) return null;
  // "... Delegation to Vietnam", "Embassy in Hanoi": a located head's place closes the name.
  if ((r.located.has(word(ctx, end)) || (word(ctx, end) === 'Commission' && word(ctx, end - 1) === 'High')) && (word(ctx, end + 1) === 'in' || word(ctx, end + 1) === 'to') && idx.includes(end + 1)) {
    end = idx[idx.length - 1];
    // ("DSWD Central Office in Quezon City": the place's descriptor is the place's.)
    while (/^\p{Lu}/u.test(word(ctx, end + 1)) && r.placeDescriptors.has(word(ctx, end + 1).toLowerCase()) && toks[end + 1].start === toks[end].end + 1) end++;
  }
  // The name starts where the words right before its first head start ("... in Indonesia of the | United
  // Nations Office ..."): capitals joined by nothing, "&", "and", a hyphen or a possessive.
  const first = heads[0];
  let start = first;
  const walkable = (k: number) => {
    const w = word(ctx, k);
    // "Port of Rotterdam Authority": an "of" between capitals that are no place ("Indonesia of the UN Office" stops).
    // ("Dr Fatima El Amrani | of Delft University": nor a person's name after an honorific or a title.)
    if (w === 'of') return capTok(toks[k - 1]) && !r.places.places.has(word(ctx, k - 1)) && capTok(toks[k + 1]) && !titledNameBefore(ctx, k);
    // "Food and Agriculture Organization", not "Shahriar Kabir and | World Bank": "and" after a common word.
    // "Finance, Planning and Development Committee", not "Contact: Amina Koné-Traoré, | Communication ... Department".
    // "Antigua and Barbuda Port Authority": the "and" of a country's name.
    if (w === 'and' && insidePlaceName(ctx, k)) return true;
    // ("IFAD's Asia and the Pacific Division": and the article of a region's name.)
    if (w === 'the' && word(ctx, k - 1) === 'and' && insidePlaceName(ctx, k - 1)) return true;
    // "Latin American and Caribbean Demographic Centre": "and" between the adjectives of two places or regions.
    if (w === 'and' && placeAdjective(ctx, word(ctx, k - 1)) && placeAdjective(ctx, word(ctx, k + 1))) return true;
    // "the United States and Soviet Union conferred": a country before "and" opens no name.
    if (w === 'and' && countryEndsAt(ctx, k - 1)) return false;
    // "the Calder and Colne Rivers Trust": one proper name right after "the" before "and" shares the head after it (not a
    // place, a body's head, a title or an acronym: "the EU and African Union Commission"; nor before a head alone: "the
    // Artibonite and Centre departments").
    if (w === 'and' && /^the$/i.test(word(ctx, k - 2)) && /^\p{Lu}\p{Ll}+$/u.test(word(ctx, k - 1)) && !isCommonWord(word(ctx, k - 1).toLowerCase()) && !r.places.places.has(word(ctx, k - 1)) && !r.places.countryOf.has(word(ctx, k - 1)) && !isHead(ctx, k - 1) && !isTitle(ctx, k - 1) && !isHead(ctx, k + 1)) return true;
    // ("Meteorology, Climatology and Geophysics Agency": or a word shaped as a field, "Climatology", "Atmospheric".)
    // ("Meteorology, Climatology, and Geophysical Agency": "and" after a serial comma, the word before the comma.)
    if (w === 'and' || w === ',') {
      const before = w === 'and' && word(ctx, k - 1) === ',' ? k - 2 : k - 1;
      return isCommonWord(word(ctx, before)) || fieldShaped(word(ctx, before));
    }
    // "Kelana Microtech Sdn. | Bhd.": an abbreviation's stop inside the name.
    if (w === '.') return toks[k].start === toks[k - 1]?.end && capTok(toks[k - 1]) && capTok(toks[k + 1]);
    // "Côte d'Ivoire Permanent Joint Commission": an elided article between two capitals.
    if (elided(ctx, k)) return capTok(toks[k - 1]) && capTok(toks[k + 2]);
    // "Cabo de Hornos Municipality": a place's own particle between two capitals.
    if (PLACE_PARTICLES.has(w)) return capTok(toks[k - 1]) && capTok(toks[k + 1]);
    // "van der Meulen": "der" is a joiner of fields ("Amt der ...") and, after "van"/"von", part of a name.
    if (w === 'der') return /^[Vv][ao]n$/.test(word(ctx, k - 1)) && capTok(toks[k + 1]);
    return ['&', 'and', "'s", "'", '–', '-', '—'].includes(w) || (JOIN.has(w) && !OF.has(w) && w !== 'for' && w !== 'on');
  };
  // A one-word standalone body that owns the name ("the Senedd's | Equality ... Committee") is a body of its own.
  let owner: number | null = null;
  while (idx.includes(start - 1) && (capTok(toks[start - 1]) || walkable(start - 1)) && idx[0] < start) {
    // A possessor that is a body of its own ("World Bank's | International Development Association"), a standalone
    // one or the article's anaphor ("the Bank's | Board") is not part of the name; a title's is ("Prime Minister's Office").
    if (word(ctx, start - 1) === "'s") {
      if (r.standalone.has(word(ctx, start - 2))) owner = start - 2;
      if (isHead(ctx, start - 2) || owner !== null) break;
    }
    start--;
  }
  if (start > first) return null;
  while (!capTok(toks[start])) start++;
  if (isOpener(r, word(ctx, start)) && start < first) start++;
  // "China-based Yunnan Xinglian ... Co., Ltd", "Kigali-based ...": where a body is based or who owns it is no part of its name.
  while (start < first && /^\p{Lu}[\p{L}.]*-(?:based|owned|led|funded|backed|registered|headquartered)$/u.test(word(ctx, start))) start++;
  // "the Prime Minister's Delegation": a title's possessive makes a name only of a standing body ("... Office").
  const modifiers = idx.filter((k) => k >= start && k < first && capTok(toks[k]));
  if (modifiers.length && modifiers.every((k) => isTitle(ctx, k)) && !r.heads.has(word(ctx, first))) return null;
  // "the Board of Directors of the African Development Bank Group": a kind of body of a named one names the latter.
  for (const { text: g, words: n } of r.genericBodyWords) {
    const k = idx.indexOf(start);
    // Only an owner after it ("of", "de"): "on"/"for" give its remit, and the whole is the name ("Joint Committee on Health").
    const joiner = word(ctx, idx[k + n]);
    if (k < 0 || !idx[k + n] || ctx.text.slice(toks[start].start, toks[idx[k + n - 1]].end) !== g || !OF.has(joiner) || joiner === 'on' || joiner === 'for') continue;
    let q = k + n + 1;
    // ("Working Group of Regulatory Bodies", "Committee of Experts": members in the plural with no article name the
    // body's members, not its owner; the whole is the name.)
    if (word(ctx, idx[q]) !== 'the' && /\p{Ll}[^s]s$/u.test(word(ctx, end))) continue;
    if (word(ctx, idx[q]) === 'the') q++;
    if (idx[q] !== undefined && idx[q] <= end) start = idx[q];
  }
  const words = idx.filter((k) => k >= start && k <= end && capTok(toks[k]));
  if (words.length < 2) return null; // a lone head word ("Ministry") is no name
  if (r.genericBodies.has(ctx.text.slice(toks[start].start, toks[end].end))) return null; // "the Board of Directors"
  // ("the V Joint Commission": nor with a Roman ordinal that counts its sessions; "VIII Constitutional Government" is a name.)
  // ("the inaugural session of the ... Inaugural Joint Commission": nor with a word that counts or dates them.)
  if ((ROMAN_ORDINAL.test(word(ctx, start)) || SESSION_ORDINAL.test(word(ctx, start))) && start < end && r.genericBodies.has(ctx.text.slice(toks[start + 1].start, toks[end].end))) return null;
  // "Chittagong Division" (a province), not "IFAD's Asia and the Pacific Division" (a part of the world). ("Western
  // Division": a point of the compass alone before it names a province too, as Fiji's four.)
  if (word(ctx, end) === 'Division' && words.slice(0, -1).some((k) => !isCommonWord(word(ctx, k))) && !words.slice(0, -1).every((k) => WORLD_PARTS.has(word(ctx, k)))) return null;
  if (word(ctx, end) === 'Division' && words.length === 2 && COMPASS.test(word(ctx, start))) return null;
  if (r.countryOffices.has(word(ctx, end)) && words.length === 2 && r.places.countryOf.has(word(ctx, start))) return null; // "ILO's Bangladesh Office"
  // "The Angolan Party undertook ...": in a treaty's or a communiqué's words a country's adjective and "Party" is one
  // side, not a political party (those carry more words: "Scottish National Party").
  if (word(ctx, end) === 'Party' && words.length === 2 && r.places.countryOf.has(word(ctx, start)) && !r.places.nounForms.has(word(ctx, start))) return null;
  // "the Bank Group's": head words alone name no body unless an of-phrase follows ("Police Academy of Cambodia").
  if (words.every((k) => isHead(ctx, k)) && !idx.some((k) => k > start && k <= end && OF.has(word(ctx, k)))) return null;
  // After "Minister of" a phrase is a field ("Public Administration") unless it has a head that is not one.
  if (seg.field && !heads.some((h) => h >= start && h <= end && !r.fieldHeads.has(word(ctx, h)))) return null;
  return owner === null ? [cand(ctx, start, end, 'head')] : [cand(ctx, owner, owner, 'standalone'), cand(ctx, start, end, 'head')];
}

/** Is a place other than a part of the world named at token k ("in Kalutara", not "in Latin America and the Caribbean")? */
function townAt(ctx: Ctx, k: number): boolean {
  const m = ctx.r.places.places.matchAt(ctx.text, ctx.toks, k);
  return !!m && !ctx.toks.slice(m.i, m.j).every((t) => WORLD_PARTS.has(t.text) || t.text === 'and' || t.text === 'the');
}

/** Words of the names of continents and world regions ("Asia and the Pacific", "Latin America and the Caribbean"). */
/** Words that count or date the sessions of a body ("Inaugural", "Second", "Annual"): with a generic body, no name. */
const SESSION_ORDINAL = /^(?:Inaugural|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)|Annual|Extraordinary|Ordinary)$/;
/** A point of the compass as an adjective. */
const COMPASS = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West)$/;
const WORLD_PARTS = new Set([...WORLD_REGIONS, 'Latin', 'Middle', 'East', 'West', 'North', 'South', 'Central', 'Eastern', 'Western', 'Southern', 'Northern', 'Arab', 'States', 'Atlantic']);

/** Name particles that may stand inside a person's name ("El", "de", "van"). */
const NAME_PARTICLES = new Set(['El', 'Al', 'de', 'da', 'van', 'von', 'der', 'bin', 'bint', 'ibn', 'dos', 'del']);

/** Is the capitalised run before token k (particles and initials included) a person's name after an honorific or a title ("Dr Fatima El Amrani")? */
function titledNameBefore(ctx: Ctx, k: number): boolean {
  let q = k - 1;
  while (q > 0 && k - q <= 5 && (capTok(ctx.toks[q - 1]) || NAME_PARTICLES.has(word(ctx, q - 1)) || (word(ctx, q - 1) === '.' && /^\p{Lu}$/u.test(word(ctx, q - 2)))) && !ctx.r.honorifics.has(bare(word(ctx, q - 1))) && !ctx.r.titles.has(bare(word(ctx, q - 1)))) q--;
  let before = q - 1;
  if (word(ctx, before) === '.') before--;
  const w = bare(word(ctx, before));
  return q < k && (ctx.r.honorifics.has(w) || ctx.r.titles.has(w)) && !isHead(ctx, q) && !isHead(ctx, k - 1);
}

function ofPhraseEnd(ctx: Ctx, idx: number[], h: number): number {
  const { toks, r } = ctx;
  const from = idx.indexOf(h);
  let end = h;
  for (let p = from + 1; p < idx.length; p++) {
    const k = idx[p];
    if (!capTok(toks[k])) continue;
    // "... Disaster Management and Relief | Md. Kamrul Hasan": an abbreviated given name starts a person's name.
    if (r.nameAbbreviations.has(word(ctx, k)) && word(ctx, k + 1) === '.') break;
    // "Saudi Fund for Development Signs ...": a capitalised verb of a headline ends the name.
    if (p === idx.length - 1 && !isHead(ctx, k) && /s$/.test(word(ctx, k)) && isMostlyVerb(word(ctx, k)) && p > from + 1) break;
    const joined = !capTok(toks[idx[p - 1]]); // reached through a connector
    if (!joined && p > from + 1) {
      // A capitalised word straight after the previous one: it continues the name only if what follows ends in a head.
      const rest = idx.slice(p).filter((x) => capTok(toks[x]));
      const prevPlace = r.places.places.matchAt(ctx.text, toks, findPhraseStart(ctx, idx, p - 1));
      // After a place, a run of two capitals or more is a person's name ("... of Da Nang | Nguyen Van Quang"),
      // a single word finishes the name ("Organization of American States").
      // So does a run of words shaped as a name ("Ministry of Foreign Affairs | Katarzyna Wiśniewska-Zając").
      // (The run is the capitals right after one another from here: "Bakhodir Rakhimov | and the Minister ...".)
      // ("People's Committee of Thanh Hoa Province | Le Duc Giang": the place's own descriptor is still the place.)
      if (prevPlace && prevPlace.j === k && r.placeDescriptors.has(word(ctx, k).toLowerCase())) {
        end = k;
        continue;
      }
      let run = p;
      while (run + 1 < idx.length && idx[run + 1] === idx[run] + 1 && capTok(toks[idx[run + 1]])) run++;
      // ("Government of the Hong Kong | Special Administrative Region": a run that ends in a place's descriptor is the place's.)
      const nameFollows = (nameStarts(ctx, k) || (!!prevPlace && prevPlace.j === k && rest.length >= 2) || personRun(ctx, k, idx[run])) && !r.placeDescriptors.has(word(ctx, idx[run]).toLowerCase());
      if (nameFollows && !rest.some((x) => isHead(ctx, x))) break;
    } else if (nameStarts(ctx, k) && !idx.slice(p).some((x) => isHead(ctx, x))) {
      const phrase = r.places.places.matchAt(ctx.text, toks, k);
      if (!phrase) break;
    }
    end = k;
  }
  return end;
}

const start0 = (idx: number[]) => idx[0];

/** Start of the run of capitalised tokens (without connectors) that ends at chain position p. */
function findPhraseStart(ctx: Ctx, idx: number[], p: number): number {
  let q = p;
  while (q > 0 && capTok(ctx.toks[idx[q - 1]]) && idx[q - 1] === idx[q] - 1) q--;
  return idx[q];
}

function cand(ctx: Ctx, a: number, b: number, rule: string): OrgCandidate {
  const { toks, r } = ctx;
  const surface = ctx.text.slice(toks[a].start, toks[b].end);
  let country: string | null = null;
  const lead = r.places.countries.matchAt(ctx.text, toks, a);
  if (lead && lead.j <= b) country = lead.value;
  const tail = tailCountry(surface, r.places);
  if (tail) country = tail.country;
  return { start: toks[a].start, end: toks[b].end, surface, country, rule };
}
