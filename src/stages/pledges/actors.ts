import type { Doc, OrgEntity, OrgMention, Span } from '../../doc/document.js';
import { spanIndex } from '../../text/cover.js';
import { lastBefore, spansIn, startingFrom } from '../../text/spans.js';
import { inside, isCap, tokenize } from '../../text/tokens.js';
import type { CompiledCues } from './cues.js';
import { allMatches } from './cues.js';
import { trimEndChars } from '../../text/trim.js';
import { fold } from '../ingest/normalise.js';
import { isAcronym } from '../../entities/names.js';
import { worldData } from '../places/world.js';
import { standsFor } from '../organisations/acronyms.js';
import type { PlaceIndex } from '../places/index.js';

export type ActorKind = 'person' | 'org' | 'country' | 'joint' | 'he' | 'it' | 'we' | 'anaphor';

/** Something in a sentence that could be the party making a commitment. */
export interface ActorCandidate extends Span {
  kind: ActorKind;
  /** Name to record: person's full name, organisation as written, country name, 'joint'. */
  name: string;
  /** For anaphors ("the university"): the head word to look for among organisations. */
  head?: string;
}

const PREPOSITIONS = new Set(['of', 'in', 'to', 'for', 'with', 'by', 'from', 'at', 'between', 'on', 'into', 'among', 'toward', 'towards', 'through', 'about', 'including', 'like', 'as', 'under', 'via', 'across', 'within', 'over', 'against', 'during']);
/** Words skipped when looking for the preposition that governs a candidate. */
const SKIP = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|[A-Z][\p{L}'-]*|&|and)$/u;

/** Is the candidate the object of a preposition ("to Prime Minister Noda", "of their Joint Trade Committee")? */
export function afterPreposition(text: string, sentenceStart: number, c: Span): boolean {
  // Only the last eight words matter: a bounded window keeps this linear in long sentences.
  const window = text.slice(Math.max(sentenceStart, c.start - 300), c.start);
  const before = window.split(/\s+/).filter(Boolean);
  if (/\(\s*$/.test(window)) return true; // "(JTC)": an acronym in brackets is no subject
  for (let i = before.length - 1; i >= 0 && i >= before.length - 8; i--) {
    const w = trimEndChars(before[i], ',.;:()"');
    // "Minister of Information and Communications Nguyen Manh Hung": "of" inside a capitalised title is no
    // preposition; nor after a word that stands for the country ("the government of Australia").
    // A name closed by an abbreviation ("Daehan Fiber Co., Ltd. of the Republic of Korea") has ended: its "of" is one.
    if ((w === 'of' || w === 'for') && i > 0 && ((/^[A-Z]/.test(before[i - 1]) && !before[i - 1].endsWith('.')) || /^(?:government|people|side|authorities|leadership|ministry)$/.test(before[i - 1]))) continue;
    if (PREPOSITIONS.has(w.toLowerCase())) return true;
    if (/[,;:()]$/.test(before[i])) return false;
    if (!SKIP.test(w)) return false;
  }
  return false;
}

/** "council" opening a clause with no article before a verb of deciding ("..., council approved", "Council voted to"). */
const BARE_COUNCIL = /(?:^|,\s)([Cc]ouncil)(?=\s+(?:also\s+|unanimously\s+)?(?:approved|agreed|voted|allocated|awarded|committed|endorsed)\b)/g;
/**
 * "Government" opening a clause with no article before its verb, as Commonwealth releases write it ("In turn,
 * Government will make available ...", "Government has approved ...").
 */
const BARE_GOVERNMENT = /(?:^|,\s)(Government)(?=\s+(?:also\s+|further\s+)?(?:will|shall|would|has|have|had|is|was|intends|undertakes|undertook|commits|committed|pledged|agreed|approved|allocated|announced|decided)\b)/g;
/** "the ministry", "the Bank", "the Secretariat": a body named earlier, by its head word (either case). */
const ANAPHOR = /\b(?:the|The|its|Its)\s+(?:\p{L}+\s+)?([Uu]niversity|[Mm]inistry|[Bb]ank|[Aa]gency|[Ee]mbassy|[Cc]ompany|[Cc]orporation|[Gg]roup|[Cc]ommittee|[Gg]overnment|[Oo]rganisation|[Oo]rganization|[Aa]uthority|[Dd]epartment|[Cc]ouncil|[Cc]ommission|[Ss]ecretariat|[Ff]und|[Ff]oundation|[Ii]nstitute|[Aa]cademy|[Cc]ity|[Ss]ultanate|[Kk]ingdom|[Rr]epublic|[Uu]nion|[Aa]ssociation|[Oo]ffice|[Aa]dministration|[Pp]rogramme|[Cc]entre|[Cc]enter|[Ss]ociety|[Ff]ederation|[Ll]ender|[Dd]eveloper|[Dd]evelopers|[Pp]rovince|[Rr]egion|[Cc]ounty|[Mm]unicipality|[Dd]istrict|[Rr]egency|[Cc]anton|[Pp]refecture|[Tt]erritory|[Aa]kimat|[Hh]okimiyat|[Cc]onsortium|[Cc]ontractor|[Ss]upplier|State|[Aa]uthorities|Service|Force|Trust|[Bb]oard|[Bb]ureau|[Dd]irectorate|[Ii]nspectorate|[Aa]lliance|[Cc]oalition)\b/gu;

/**
 * "Cabinet approved", "The Cabinet on Tuesday approved", "the Federal Cabinet agreed": a government's cabinet acts
 * for the government (not "Cabinet Office", "Cabinet Secretary", "the Cabinet of Ministers of Ukraine", which are
 * names or titles).
 */
const CABINET = /\b(?:(?:the|The)\s+(?:\p{Lu}\p{L}+\s+)?)?(?:Cabinet|cabinet)\b(?!\s+(?:Office|Secretar|Minister|Division|Department|Committee|of\b|meeting|paper|decision|member|level|rank|post|reshuffle)|-)/gu;

/**
 * "This Government", "this administration": a speaker's own body named from inside it; so is "Government" with no
 * article opening a quotation, as the Commonwealth's ministers say it ("\"Government has committed to ...").
 */
const THIS_BODY = /\b[Tt]his\s+(?:Government|Ministry|[Aa]dministration|Department|Council|Bank|Agency|Office)\b|(?<=(?:^|[\s(])["“])Government\b(?!\s+(?:of|House|officials?|spokes\w+)\b)/g;

/** Adjectives of a government below the state's, with the head word of the place they name ('' when none fits). */
const SUBNATIONAL_GOVERNMENT = new Map([['provincial', 'province'], ['regional', 'region'], ['municipal', 'municipality'], ['county', 'county'], ['district', 'district'], ['prefectural', 'prefecture'], ['cantonal', 'canton'], ['territorial', 'territory'], ['local', ''], ['city', '']]);
/** A place's name before a lower-case "government" ("the Sindh government"), the place in group 1. */
const PLACE_GOVERNMENT = /\b(?!The\s)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:['’]s)? government\b/gu;
// ("The authorities are committed to raising tax revenue": in a lender's statement, the borrowing country.)
const COUNTRY_WORDS = new Set(['government', 'kingdom', 'republic', 'sultanate', 'state', 'administration', 'authorities']);
/** "Government of Bahia", "the Government of X State": a government of a place, the place in group 1. */
const STATE_GOVERNMENT = /^(?:the\s+)?Government\s+of\s+(?:the\s+)?(\S+(?:\s\S+){0,2}?)(?:\s+State)?$/;

/**
 * The body an anaphor stands for: the nearest earlier organisation whose name has the anaphor's head word
 * (of the anaphor's country when it names one: "the Lao ministry"); "the Government", "the Kingdom" are the
 * country's government, else the country.
 */
export function resolveAnaphor(doc: Doc, c: ActorCandidate, idx: PlaceIndex, bodies: AnaphorIndex = new AnaphorIndex(doc), translations: Record<string, string[]> = {}, asSubject = false): string | null {
  const words = doc.text.slice(c.start, c.end).split(/\s+/);
  const adj = words.length > 2 ? words[1] : '';
  const country = idx.countryOf.get(adj) ?? null;
  const head = c.head!;
  // The head in the body's own language too ("the Bank": "Banque Agricole du Faso").
  const heads = [head, ...(translations[head] ?? []).map(fold)];
  // ("the State": a state's government, "Lagos State Government", not the "State Executive Council" inside it.)
  const hasHead = (name: string) => words_(name).some((w) => heads.includes(w)) && (head !== 'state' || /\bState(?:\s+Government)?$|\bGovernment\b/.test(name));
  // "the company": also a body named with a company's legal form ("Ferrante Cavi S.p.A.").
  const named = bodies.lastBefore(`${head}|${country ?? ''}`, c.start, (e) => !(country && e.country && e.country !== country) && (hasHead(e.name) || e.aliases.some(hasHead) || (head === 'company' && e.mentions.some((m) => m.company))));
  if (named && head === 'company') return mainCompany(doc, bodies, c.start) ?? doc.organisations[named.entity!].name;
  if (named) return doc.organisations[named.entity!].name;
  // "the consortium" of companies named with their legal forms, none called a consortium: the one named most.
  if (head === 'consortium') return mainCompany(doc, bodies, c.start);
  // "The contractor has undertaken to recruit ...": the company named last before it (the one the contract went to).
  if (head === 'contractor' || head === 'supplier') {
    const m = bodies.lastBefore('company:', c.start, (e) => e.mentions.some((x) => x.company));
    return m ? doc.organisations[m.entity!].name : null;
  }
  // "the region" in lower case is mostly a stretch of land ("technicians from the region"), "the Region" the polity,
  // and so is the subject of a commitment ("For its part, the province will provide"): looked up among the places
  // named before (else the speaker stands for it).
  if (SUBNATIONAL.has(head)) {
    const capital = isCap(doc.text.slice(c.end - head.length, c.end));
    if (!capital && !asSubject) return null;
    // "The Province has awarded ...", "The Southern Province (Province Sud) agreed": a polity never named in full
    // before is the party as the article writes it, when it opens the sentence (after "X said the Region would",
    // the speaker stands for it).
    const before = doc.text.slice(Math.max(0, c.start - 3), c.start);
    const kept = before.trimEnd();
    const opens = (c.start <= 3 && !kept) || /[.!?]$/.test(kept) || before.slice(kept.length).includes('\n');
    return placeNamedBefore(doc.text, c.start, head) ?? (asSubject && opens && capital ? doc.text.slice(c.start, c.end).replace(/^[Tt]he\s+/, '') : null);
  }
  // The cabinet is the government it belongs to when the article names that government, else the party as written.
  if (head === 'cabinet') {
    const gov = bodies.lastBefore('gov:', c.start, (_e, o) => o.key.startsWith('gov:'));
    return gov ? doc.organisations[gov.entity!].name : 'Cabinet';
  }
  // "the provincial government", "the municipal authorities": a government below the state's is no country's; the
  // place named before stands for it (else the speaker does).
  const below = SUBNATIONAL_GOVERNMENT.get(adj.toLowerCase());
  if (below !== undefined && (head === 'government' || head === 'authorities' || head === 'administration')) return below ? placeNamedBefore(doc.text, c.start, below) : null;
  if (COUNTRY_WORDS.has(head)) {
    if (country) return country;
    // "The State will provide a counterpart" after "the Government of Bahia": a state's own government, named as a
    // government of a place that is no country.
    if (head === 'state') {
      const own = bodies.lastBefore('state-gov:', c.start, (e) => STATE_GOVERNMENT.test(e.name) && !idx.countryOf.has(e.name.replace(STATE_GOVERNMENT, '$1')));
      if (own) return doc.organisations[own.entity!].name;
    }
    const gov = bodies.lastBefore('gov:', c.start, (_e, o) => o.key.startsWith('gov:'));
    if (gov) return doc.organisations[gov.entity!].name;
    // The issuer's own country ("N'Djamena, 17 June –": Chad) when the article names it besides the dateline;
    // else the country named last ("WASHINGTON – The World Bank approved ... for Laos": Laos).
    const home = homeCountry(doc, idx);
    if (home && doc.countries.some((m) => m.country === home)) return home;
    const lastCountry = lastBefore(doc.countries, c.start);
    if (lastCountry) return lastCountry.country;
    // "The Government will remove consumption tax on rice": a government the article never names otherwise is the
    // party as written, not the minister who announced it.
    return asSubject && head === 'government' ? 'Government' : null;
  }
  // "the Embassy will release the funds" where the article names "the Embassy of Japan in Nepal" only further down:
  // the one body of the article with that head.
  const anywhere = doc.organisations.filter((e) => !(country && e.country && e.country !== country) && (hasHead(e.name) || e.aliases.some(hasHead)));
  return anywhere.length === 1 ? anywhere[0].name : null;
}

const words_ = (name: string) => fold(name).split(/\s+/);

/** The country of a capital that opens one of the article's first lines, before a comma, a bracket or a dash. */
function homeCountry(doc: Doc, idx: PlaceIndex): string | null {
  for (const line of doc.text.slice(0, 600).split('\n')) {
    const stop = line.search(/[,(–—]/u);
    const country = stop > 1 && stop <= 40 ? idx.capitalOf.get(line.slice(0, stop).trim()) : undefined;
    if (country) return country;
  }
  return null;
}

/**
 * "The company" among several companies named before it: the one the article has named most often so far (the
 * investor it is about, not the state utility it contracts with), the latest on a tie.
 */
function mainCompany(doc: Doc, bodies: AnaphorIndex, pos: number): string | null {
  const counts = new Map<number, number>();
  let best = -1;
  for (const m of bodies.allBefore('company:', pos, (e) => e.mentions.some((x) => x.company))) {
    const n = (counts.get(m.entity!) ?? 0) + 1;
    counts.set(m.entity!, n);
    if (best < 0 || n >= counts.get(best)!) best = m.entity!;
  }
  return best < 0 ? null : doc.organisations[best].name;
}

/** Heads of a province, region or district's own name: "the Province" is the polity named so before. */
const SUBNATIONAL = new Set(['province', 'region', 'county', 'municipality', 'district', 'regency', 'canton', 'prefecture', 'territory']);
/** How far back a polity's name is looked for (bounded, so each anaphor costs the same in a long article). */
const PLACE_WINDOW = 4000;

/** The last "Province of Salta" / "Morobe Province" written before `pos`, or null. */
function placeNamedBefore(text: string, pos: number, head: string): string | null {
  const from = Math.max(0, pos - PLACE_WINDOW);
  const Head = head[0].toUpperCase() + head.slice(1);
  // Not an article or a preposition opening the sentence ("In Morobe Province").
  const word = String.raw`(?!(?:The|This|Its|In|On|At|For|From|By|Under|With|Of|To|And)\b)\p{Lu}[\p{L}'-]*`;
  const re = new RegExp(String.raw`\b${Head} of (?:the )?${word}(?: ${word}){0,3}|${word}(?: ${word}){0,2} ${Head}\b`, 'gu');
  let last: string | null = null;
  for (const m of text.slice(from, pos).matchAll(re)) last = m[0];
  return last;
}

/**
 * The article's organisation mentions (with an entity) grouped by what an anaphor asks of them, built once
 * per kind of question: the last one before a position is then a binary search, not a scan back over all.
 */
export class AnaphorIndex {
  private readonly lists = new Map<string, OrgMention[]>();
  constructor(private readonly doc: Doc) {}

  /** The last mention (in the order of doc.orgMentions) that starts before `pos` and whose entity passes `test`; `key` names the test. */
  lastBefore(key: string, pos: number, test: (e: OrgEntity, o: OrgMention) => boolean): OrgMention | undefined {
    const list = this.list(key, test);
    // orgMentions are sorted by start: the last that starts before pos.
    const i = startingFrom(list, pos);
    return i ? list[i - 1] : undefined;
  }

  /** All such mentions before `pos`, in text order. */
  allBefore(key: string, pos: number, test: (e: OrgEntity, o: OrgMention) => boolean): OrgMention[] {
    const list = this.list(key, test);
    return list.slice(0, startingFrom(list, pos));
  }

  private list(key: string, test: (e: OrgEntity, o: OrgMention) => boolean): OrgMention[] {
    let list = this.lists.get(key);
    if (!list) {
      list = this.doc.orgMentions.filter((o) => o.entity !== undefined && test(this.doc.organisations[o.entity], o));
      this.lists.set(key, list);
    }
    return list;
  }
}

/** Words that make what several parties commit to one thing done together. */
export const JOINT_WORDS = new Set(['joint', 'jointly', 'together', 'common']);
const FILLERS = new Set(['also', 'jointly', 'today', 'have', 'has', 'formally', 'officially']);
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const INNER = new Set(['of', 'the', "'s", '.', 'counterpart', 'his', 'her', '-', '&']);

/**
 * "President X and Prime Minister Y agreed", "the Pope and the Grand Imam agreed", "Volta Mobile and the Ghana
 * Investment Fund (GIFEC) also signed": two named parties joined by "and" right before a verb of joint
 * commitment make one joint subject. Token by token, at most a dozen tokens each side of "and".
 */
function pairsBeforeVerbs(doc: Doc, s: Span, cues: CompiledCues, orgIndex: ReturnType<typeof spanIndex>): ActorCandidate[] {
  const toks = doc.tokens(s);
  const out: ActorCandidate[] = [];
  const cap = (k: number) => !!toks[k] && isCap(toks[k].text);
  for (let i = 1; i < toks.length; i++) {
    if (!cues.jointVerbs.has(toks[i].text)) continue;
    let j = i - 1;
    while (j >= 0 && FILLERS.has(toks[j].text)) j--;
    if (j >= 1 && WEEKDAYS.has(toks[j].text) && toks[j - 1].text === 'on') j -= 2;
    if (toks[j]?.text === ')' && toks[j - 2]?.text === '(') j -= 3;
    // "Antigua and Barbuda has agreed", "Crime Stoppers Trinidad and Tobago has agreed": a singular verb, one party.
    if (toks.slice(j + 1, i).some((t) => t.text === 'has' || t.text === 'is' || t.text === 'was')) continue;
    const end = j;
    let k = j;
    while (k >= 0 && end - k < 12 && (cap(k) || INNER.has(toks[k].text))) k--;
    if (k < 1 || toks[k].text !== 'and' || !cap(end)) continue;
    // "The Ministry of Health and Human Services (MHHS) committed": an "and" inside one body's name joins no parties.
    if (orgIndex.overlapsAny({ start: toks[k].start, end: toks[k].end })) continue;
    let left = k - 1;
    if (toks[left]?.text === ')' && toks[left - 2]?.text === '(') left -= 3;
    if (!cap(left)) continue;
    let start = left;
    while (start - 1 >= 0 && left - start < 12 && (cap(start - 1) || INNER.has(toks[start - 1].text))) start--;
    while (start < left && !cap(start) && toks[start].text !== 'the') start++;
    // "Canada, Spain and Switzerland have pledged": the last two of a list of names are no pair (pledges/index.ts
    // names the first of such a list).
    // (Unless what they agree to is joint: "The Ministry of Health, WHO and UNFPA also agreed to conduct a joint review".)
    if (toks[start - 1]?.text === ',' && cap(start - 2) && !toks.slice(i + 1).some((t) => JOINT_WORDS.has(t.text))) continue;
    out.push({ start: toks[start].start, end: toks[end].end, kind: 'joint', name: 'joint' });
  }
  return out;
}

/**
 * The name an organisation mention gives a pledge's actor: as written, except an acronym ("BADEA", "IICA"),
 * which is recorded as the body's full name when the article spells it out. A reader (and a gold file)
 * names the party by its name; the acronym is only the article's short-hand for it.
 */
function orgActorName(doc: Doc, m: OrgMention): string {
  const organ = GOVERNING_ORGAN.exec(m.surface);
  const body = organ && fold(organ[1]);
  const parent = body && doc.organisations.find((e) => [e.name, ...e.aliases].some((f) => fold(f) === body));
  if (parent) return parent.name;
  if (m.entity === undefined) return m.surface;
  const e = doc.organisations[m.entity];
  // ("Deutsche Gesellschaft für ... (GIZ) GmbH": a form with its acronym inside is the body under its name.)
  if (m.surface.includes('(') && !e.name.includes('(')) return e.name;
  // A company named again without its legal form ("Benguela Desal" after "Benguela Desal (Pty) Ltd") is the
  // party under its registered name, as a reader or register would cite it.
  if (!m.acronym && !isAcronym(m.surface)) {
    const registered = e.mentions.find((x) => x.company && x.surface.startsWith(`${m.surface} `));
    if (registered) return registered.surface;
    // "OPEC Fund" for "OPEC Fund for International Development", "Al-Nakheel Energy" for "... Energy Company": a name
    // cut before its complement or its company word is the body's full name.
    const bare = m.surface.replace(/^the\s+/i, '');
    return e.name.startsWith(`${bare} `) && FULL_NAME_REST.test(e.name.slice(bare.length + 1)) ? e.name : m.surface;
  }
  // The form written in the article that the acronym spells ("MIC": "Ministry of Information and Communications",
  // not the longer "... of Vietnam" the body is also named by), else the body's name.
  const written = new Set(e.mentions.map((x) => x.surface.replace(/^the\s+/i, '')));
  const spelt = [...written].filter((f) => !isAcronym(f) && standsFor(m.surface, tokenize(f).map((t) => t.text)));
  return spelt.length ? spelt.reduce((a, b) => (b.length > a.length ? b : a)) : e.name;
}

/**
 * What completes a short name into the full one: a complement ("for ...", "of the Ménaka Region", "and EU Funds")
 * or a company word or legal form ("Company", "Co., Ltd."); not a word naming a larger body ("World Bank Group").
 */
const FULL_NAME_REST = /^(?:(?:for|to|of|and|on)\s|(?:Company|Corporation|Limited|Incorporated|Co\.|Ltd\.?|LLC|LLP|JSC|S\.?A\.?|PLC|plc)(?:$|[\s,]))/;

/**
 * "The Council of the Eurasian Fund ... approved", "the Board of Executive Directors of the Bank": a body's
 * governing organ acts for the body, which is the party (when the article names that body on its own too).
 */
const GOVERNING_ORGAN = /^(?:the\s+)?(?:(?:Executive|Governing|Supervisory|Management)\s+)?(?:Board|Council)(?:\s+of\s+(?:Executive\s+)?(?:Directors|Governors|Trustees))?\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** Words after a capital city that make it the subject standing for its state ("Seoul will raise the quota"). */
const CAPITAL_AS_STATE = /^\s+(?:will|would|shall|has|have|had|agreed|pledged|committed|undertook|signed|announced|plans|intends|is\s+to)\b/;

/** All actor candidates of one sentence, in order. */
export function actorCandidates(doc: Doc, s: Span, cues: CompiledCues, places?: PlaceIndex): ActorCandidate[] {
  const capitals = places?.capitalOf;
  const text = doc.text.slice(s.start, s.end);
  const out: ActorCandidate[] = [];
  const persons = spansIn(doc.personMentions, s);
  const orgs = spansIn(doc.orgMentions, s);
  for (const m of persons) if (inside(m, s) && m.entity !== undefined) out.push({ start: m.start, end: m.end, kind: 'person', name: doc.people[m.entity].name });
  for (const m of orgs) if (inside(m, s)) out.push({ start: m.start, end: m.end, kind: 'org', name: orgActorName(doc, m) });
  const orgIndex = spanIndex(doc.orgMentions, doc.text.length);
  const personIndex = spanIndex(doc.personMentions, doc.text.length);
  for (const m of spansIn(doc.countries, s)) {
    if (!inside(m, s) || orgIndex.overlapsAny(m) || personIndex.overlapsAny(m)) continue;
    // A country adjective inside a title ("Vietnamese Minister ...") belongs to the person after it, not a party of its own.
    const after = doc.text.slice(m.end, m.end + 40);
    if (/^(?:'s)?\s+(?:Deputy\s+|Prime\s+|Foreign\s+|Vice\s+)?(?:Minister|Ambassador|President|Prime|Deputy|counterpart|minister|ambassador|leader)\b/.test(after)) continue;
    out.push({ start: m.start, end: m.end, kind: 'country', name: m.country });
  }
  // "The Sindh government committed to providing Rs 4.5 billion": a province's or a state's government named by its
  // place and a lower-case "government" is a party of its own, not the country's.
  const placeGovernments = new Set<number>();
  if (places && text.includes(' government')) {
    for (const m of allMatches(PLACE_GOVERNMENT, text)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // (A place the lists know, or a one-word province or state of country-region-data: "Sindh"; not "Kenyan" nor a
      // leader's "the Modi government".)
      const place = places.places.has(m[1]) || worldData().oneWordRegions.has(m[1]);
      if (place && !places.countryOf.has(m[1]) && !orgIndex.overlapsAny(span) && !personIndex.overlapsAny(span)) {
        out.push({ ...span, kind: 'org', name: m[0] });
        placeGovernments.add(span.end);
      }
    }
  }
  // A capital, or a one-word province or state ("Saskatchewan will provide ..."), right before a verb of committing
  // stands for its government.
  const regions = worldData().oneWordRegions;
  for (const t of doc.tokens(s)) {
    if (!isCap(t.text)) continue;
    const country = capitals?.get(t.text);
    const region = regions.has(t.text) && !places?.countryOf.has(t.text);
    if ((!country && !region) || !CAPITAL_AS_STATE.test(doc.text.slice(t.end, t.end + 12)) || orgIndex.overlapsAny(t) || personIndex.overlapsAny(t)) continue;
    // (Not "the City of Tallinn will cover": the city's own government; nor a province after a preposition.)
    if (country && !/\bof\s+$/.test(doc.text.slice(Math.max(0, t.start - 4), t.start))) out.push({ start: t.start, end: t.end, kind: 'country', name: country });
    if (region && !/\b(?:of|in|to|for)\s+$/.test(doc.text.slice(Math.max(0, t.start - 5), t.start))) out.push({ start: t.start, end: t.end, kind: 'country', name: t.text });
  }
  out.push(...pairsBeforeVerbs(doc, s, cues, orgIndex));
  for (const re of cues.anyJoint.test(text) ? cues.joint : []) {
    for (const m of allMatches(re, text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'joint', name: 'joint' });
  }
  for (const m of allMatches(/\b(?:he|she|He|She)\b/g, text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'he', name: '' });
  for (const m of allMatches(/\b(?:it|It)\b(?!\s+is\s)/g, text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'it', name: '' });
  for (const m of allMatches(/\b(?:we|We|I|our|Our|my|My)\b/g, text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'we', name: '' });
  // "This Government will have the plant producing water", "This Ministry will not let ...": in a quotation, the
  // speaker's own body, as "we" is.
  if (/["“”«»]/.test(text)) for (const m of allMatches(THIS_BODY, text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'we', name: '' });
  for (const m of allMatches(CABINET, text)) {
    // A bare lower-case "cabinet" is furniture; the body is capitalised or follows "the".
    if (m[0] === 'cabinet') continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (!orgIndex.overlapsAny(span)) out.push({ ...span, kind: 'anaphor', name: '', head: 'cabinet' });
  }
  for (const m of allMatches(ANAPHOR, text)) {
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    // "the Ministry of X" is a name (an org mention already), not an anaphor; so is "the Republic of Korea"
    // when no stage took it as a body (and "the Sindh government", a party above).
    if (orgIndex.overlapsAny(span) || placeGovernments.has(span.end) || /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(doc.text.slice(span.end, span.end + 12))) continue;
    // "the Dominican Republic", "the Czech Republic": a country's whole name, not "the Republic" of a demonym's country.
    if (spansIn(doc.countries, span).some((x) => x.end === span.end && x.start > span.start)) continue;
    const head = m[1].toLowerCase();
    out.push({ ...span, kind: 'anaphor', name: '', head });
  }
  // "In a separate vote, council approved a $250,000 grant": a city's council named without its article; so is a
  // government ("In turn, Government will make available").
  for (const [re, head] of [[BARE_COUNCIL, 'council'], [BARE_GOVERNMENT, 'government']] as const) {
    for (const m of allMatches(re, text)) {
      const at = s.start + m.index + m[0].length - m[1].length;
      const span = { start: at, end: at + m[1].length };
      if (!orgIndex.overlapsAny(span)) out.push({ ...span, kind: 'anaphor', name: '', head });
    }
  }
  // Drop candidates nested in a longer one (a joint phrase inside nothing, a country inside a joint phrase).
  // In (start, longest-first) order a container always comes first, so one sweep with the furthest end seen suffices.
  const sorted = out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorCandidate[] = [];
  let maxEnd = -1;
  let maxEndStart = -1;
  for (const c of sorted) {
    const nested = maxEnd > c.end || (maxEnd === c.end && maxEndStart < c.start);
    if (c.end > maxEnd) {
      maxEnd = c.end;
      maxEndStart = c.start;
    }
    if (!nested) kept.push(c);
  }
  return kept;
}
