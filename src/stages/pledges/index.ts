import nlp from 'compromise';
import type { Doc, OrgEntity, Pledge, Span } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { spansIn, startingFrom } from '../../text/spans.js';
import { SpanIndex } from '../../text/cover.js';
import { inside } from '../../text/tokens.js';
import { compiled } from '../../pipeline/compiled.js';
import { isCommonWord } from '../../lexicon/english.js';
import { lastWords, trailingRun, withoutBrackets } from '../../text/trim.js';
import { fold } from '../ingest/normalise.js';
import { actorCandidates, afterPreposition, AnaphorIndex, JOINT_WORDS, resolveAnaphor, WEEKDAYS, type ActorCandidate } from './actors.js';
import { placeIndex, type PlaceIndex } from '../places/index.js';
import { FULL_MONTH_NAMES } from '../dates/relative.js';
import { findAmount } from './amount.js';
import { amountLed, contributionLead, contributionLine, lineItem } from './list-items.js';
import { blocked, Clauses, compileCues, findCues, type CompiledCues, type CueMatch } from './cues.js';
import { partySubject, statesOnly } from './subject.js';
import { respectiveParties } from './respectively.js';
import { FUTURE_PASSIVE, participleBases, passiveAgentHolds } from './passive-agent.js';
import { tagTerms, type TaggedTerm } from '../../text/tagger.js';
import { orgRules, type OrgRules } from '../organisations/rules.js';
import { bodiesFromActors } from './actor-bodies.js';
import { writtenCountryNames } from './country-names.js';
import { peopleLexicon } from '../people/lexicon.js';

/** Text between two parties joined as one subject: "X (ACR) and the Y", "X and his counterpart Y". */
function joinedByAnd(between: string): boolean {
  let t = between.trimStart();
  if (t.startsWith('(')) {
    const close = t.indexOf(')');
    if (close < 0 || t.slice(1, close).includes('(')) return false;
    t = t.slice(close + 1).trimStart();
  }
  if (t.startsWith(',')) t = t.slice(1).trimStart();
  if (!/^and\s/.test(t)) return false;
  const rest = t.slice(4).trimStart();
  // (Not "thanked ... Japan and said the Ministry of Education will": a verb of saying opens a new clause.)
  return rest.length <= 60 && !/[,;.]/.test(rest) && !/\b(?:said|says|told|noted|added|stated|announced|explained|stressed|confirmed)\b/.test(rest);
}

/** Is the text before a candidate "... by|from [the] [Capitalised words] " (the giver of a gift follows)? */
function giverFollows(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  let sawThe = false;
  while (words.length) {
    const w = words[words.length - 1];
    if (w === 'the' && !sawThe) sawThe = true;
    else if (!/^[A-Z][\p{L}'-]*$/u.test(w)) break;
    words.pop();
  }
  return /^(?:by|from)$/.test(words[words.length - 1] ?? '');
}

/** An event verb with what makes it a duty taken on ("take over", "take steps", "stay engaged", "stay with"). */
const DUTY_AFTER = /^(?:take\s+(?:over|charge|responsibility|steps|measures|action|care|ownership)|stay\s+(?:engaged|involved|committed|with|closely|by|the\s+course|on\s+course))\b/;

/**
 * Verbs that, negated after "will", still promise something: to keep at it ("will never abandon", "will not rest"; not "will not look away", which plans nothing) or
 * to spare someone a burden ("will not raise tariffs", "will not charge fees").
 */
const STEADFAST = new Set(['abandon', 'leave', 'forget', 'stop', 'waver', 'hesitate', 'rest', 'relent', 'falter', 'tire', 'give', 'let', 'fail', 'spare', 'back', 'retreat', 'desert', 'cease', 'walk', 'turn', 'raise', 'increase', 'hike', 'charge', 'impose', 'levy', 'tax', 'cut', 'reduce', 'close', 'privatise', 'privatize', 'sell', 'evict', 'demolish', 'withdraw']);
const MONTH = new RegExp(`^(?:${FULL_MONTH_NAMES})$`);

/** A place, a country, a weekday or a month: a capitalised word before a verb that names no party ("Moscow would"). */
const placeOrDay = (n: string, places: PlaceIndex) => places.places.has(n) || places.countryOf.has(n) || WEEKDAYS.has(n) || MONTH.test(n);

/** Lower-case words inside a name ("County of Maui", "Ville de Saguenay"). */
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'du', 'des', 'di', 'da']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'shall', 'is', 'are', 'was', 'were']);

/** The capitalised words right before `at` that make a name ("Hydrom" in "Hydrom will provide"), or null. */
function nameBefore(text: string, at: number): string | null {
  // (Past an auxiliary: "NI Water has agreed to".)
  const words = lastWords(text.slice(Math.max(0, at - 80), at), 8).filter((w) => w !== 'also');
  while (words.length && AUXILIARIES.has(words[words.length - 1])) words.pop();
  let k = words.length;
  while (k > 0 && (/^\p{Lu}[\p{L}'.-]*$/u.test(words[k - 1]) || (NAME_PARTICLES.has(words[k - 1]) && k < words.length))) k--;
  while (k < words.length && !/^\p{Lu}/u.test(words[k])) k++;
  // "Police and URA have agreed": the last of two subjects joined by "and" is not the subject alone.
  if (words[k - 1] === 'and' && k < words.length && !(words[k - 2] ?? '').endsWith(',')) return null;
  // "The Institute of Health Sciences in Kalutara will": a place after a preposition is no subject.
  if (/^(?:in|at|from|of|for|on|to|with|by|near)$/.test(words[k - 1] ?? '') && k < words.length) return null;
  const name = words.slice(k).join(' ').replace(/^(?:The|A|An|This|That|These|Those)\s+/, '');
  // A word of common words joined by hyphens ("Lap-tops") is no name either.
  const plain = (w: string) => w.split('-').every((part) => !part || isCommonWord(part));
  return name && name.split(' ').some((w) => /^\p{Lu}/u.test(w) && !plain(w)) ? name : null;
}

/** Cues whose first word may be a noun or an adjective ("a pledge", "a signed agreement", "taken for granted"). */
const AMBIGUOUS = new Set(['pledge', 'promise', 'give', 'sign', 'commit', 'announce', 'provide', 'fund']);

/**
 * compromise confirms that a verb cue is used as a verb here ("a signed agreement" is not a signing). Only
 * cues whose word can be something else are checked, and a sentence is parsed at most once (`parsed` caches it).
 */
function cueIsVerb(sentence: string, cue: CueMatch, parsed: Map<number, TaggedTerm[]>): boolean {
  if (cue.noun || cue.kind !== 'plain' || !AMBIGUOUS.has(cue.lemma)) return true;
  const first = sentence.slice(cue.start, cue.end).split(/\s+/)[0];
  if (/^(?:will|would|shall|is|are|was|were|be|has|have|had|remain|remains|expressed|affirmed|reaffirmed|showed|confirmed)$/i.test(first)) return true;
  // "LRT commits to completing ...": a third-person "commits to" is a verb (compromise may read "commits" as a plural noun).
  if (/^commits\s+to$/i.test(sentence.slice(cue.start, cue.end))) return true;
  // "Canada committed", "The Bank pledged", "Mansour gave": a past form right after a name (not a possessive, not a
  // capitalised determiner as in "His promise") is that name's verb, as compromise tags it every time; no tagging.
  const before = sentence.slice(Math.max(0, cue.start - 40), cue.start).trimEnd().split(/\s/).at(-1) ?? '';
  const pastForm = /^(?:\p{Ll}+ed|gave)$/u.test(first);
  if (pastForm && /^\p{Lu}[\p{L}\p{M}\p{N}.-]*$/u.test(before) && !/^(?:The|A|An|His|Her|Its|Their|Our|My|Your|This|That|These|Those|Such|Any|Each|Every|No)$/.test(before)) return true;
  // ("X, a local charity, also turned over 300 life vests": so is a past form after an adverb of sequence.)
  if (pastForm && /^(?:also|then|later|subsequently|recently|jointly|further|today|yesterday)$/.test(before)) return true;
  // Only the words around the cue are tagged: a few words either side decide a word's part of speech.
  const from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, cue.start - 60)));
  const to = sentence.indexOf(' ', Math.min(sentence.length, cue.end + 40));
  if (!parsed.has(from)) parsed.set(from, tagTerms(sentence.slice(from, to < 0 ? sentence.length : to)));
  const hit = parsed.get(from)!.find((t) => t.text.toLowerCase() === first.toLowerCase());
  return !hit || hit.tags.has('Verb') || hit.tags.has('Infinitive') || hit.tags.has('Gerund');
}

const infinitives = new Map<string, string>();
/** The verb's base form as compromise reads it ("pledged" -> "pledge"), else the cue list's lemma. */
function lemmaOf(sentence: string, cue: CueMatch): string {
  if (cue.lemma !== 'pledge' && cue.lemma !== 'promise' && cue.lemma !== 'give') return cue.lemma;
  const word = sentence.slice(cue.start, cue.end).split(/\s+/)[0];
  if (/^(?:is|was|as|will|would|a|an|the)$/i.test(word)) return cue.lemma;
  const key = word.toLowerCase();
  if (!infinitives.has(key)) {
    const inf = nlp(word).verbs().toInfinitive().text().trim().toLowerCase();
    infinitives.set(key, inf && /^[a-z ]+$/.test(inf) ? inf : '');
  }
  return infinitives.get(key) || cue.lemma;
}

/** The comma-bounded stretch right before a cue (", through KEXIM, which manages the EDCF, "), if any. */
function parentheticalBefore(text: string, cueStart: number): Span | null {
  const before = text.slice(0, cueStart).trimEnd();
  if (!before.endsWith(',')) return null;
  let open = before.lastIndexOf(',', before.length - 2);
  // The comma of a legal form ("... Materials Co., Ltd.,") is inside the stretch, not its start.
  while (open > 0 && /^\s*(?:Ltd|Inc|LLC|Limited|S\.A|Corp)\.?,?$/.test(before.slice(open + 1, before.length - 1))) open = before.lastIndexOf(',', open - 1);
  return open > 0 && before.length - open < 160 ? { start: open, end: before.length } : null;
}

/** A government's press arm ("Barbados Government Information Service", "Press Office"): it issues, it commits nothing. */
const PRESS_OFFICE = /\b(?:Information|Press|News|Media)\s+(?:Service|Services|Office|Bureau|Agency|Centre|Center|Unit|Department|Division)$/;

/** A news agency, broadcaster, newspaper or magazine the gazetteer knows: it reports, it commits to nothing. */
const MEDIA_KINDS = new Set(['news-agency', 'broadcaster', 'newspaper', 'magazine']);
function isMedia(e: OrgEntity, orgs: OrgRules): boolean {
  return PRESS_OFFICE.test(e.name) || e.mentions.some((m) => !!m.gazetteer && MEDIA_KINDS.has(orgs.gazetteer.kindOf.get(m.gazetteer) ?? ''));
}

/** The heading of a statement both sides issue. */
const JOINT_STATEMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé]|press\s+statement)\b/i;
/** Signed documents counted but not named ("several agreements", "a number of MoUs"). */
const VAGUE_DOCUMENTS = /\b(?:several|various|a\s+number\s+of|a\s+series\s+of|multiple)\s+(?:\p{L}+\s+)?(?:agreements|documents|memoranda|MoUs|MOUs|instruments|deals|accords)\b/u;
/** A sentence that opens with a common noun phrase ("The general contractor", "Its implementing partner"). */
const COMMON_NOUN_SUBJECT = /^\s*(?:\p{Lu}\p{Ll}+,\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u;
/** The capitalised word right before a place's "for", "to" or "in" ("Country Manager for", "Ambassador to the"), or ''. */
function titleBeforePlace(before: string): string {
  const words = before.trimEnd().split(/\s+/);
  if (words[words.length - 1] === 'the') words.pop();
  if (!/^(?:for|to|in)$/.test(words.pop() ?? '')) return '';
  const w = words.pop() ?? '';
  return /^\p{Lu}\p{L}+$/u.test(w) ? w : '';
}
/** A clause opening with an indefinite or definite gift ("A contribution of ...", "In addition, a grant of ..."). */
const GIFT_SUBJECT = /^\s*(?:(?:In\s+addition|Additionally|Meanwhile|Furthermore|Moreover|Separately),\s+)?(?:[Aa]n?|[Tt]he|[Aa]nother|[Aa]\s+further)\s/;
/** "from" (and "the") right before a party. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/;
/** A clause opening with an unnamed number of parties ("Several development partners", "Many donors"). */
const VAGUE_PARTIES = /(?:^\s*|[–—-]\s+)(?:Several|Many|Some|Various|Numerous|Other|A\s+number\s+of)\s+(?:[a-z-]+\s+)?(?:partners|donors|countries|organi[sz]ations|agencies|members|companies|stakeholders|institutions)\s+$/;
/** A grant or a loan and "from" right before its giver: "a US$3.5 million grant from the". */
const GIVEN_FROM = /\b(?:grants?|loans?|credits?|contributions?|donations?)\s+from\s+(?:the\s+)?$/i;
/** Before a gapped party: a comma or "and" ("..., CIFF US$ 50 million"). After it: an amount, maybe past its acronym. */
const GAPPED_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/;
const GAPPED_AMOUNT = /^(?:\s+\([\p{Lu}\d-]{2,10}\))?\s+(?:US\$|USD|EUR|NOK|SEK|DKK|GBP|JPY|€|£|\$|\d)/u;

/** The year of the first "in 2019", "in December 2023" in a text, or null. */
function yearAfterIn(text: string): number | null {
  const y = /\bin\s+(?:\p{L}+\s+)?((?:19|20)\d\d)\b/u.exec(text);
  return y ? Number(y[1]) : null;
}

/** The most words of a second subject after "and" ("... and the European Union (EU) will contribute"). */
const AND_SUBJECT_WORDS = 8;

/** Does the text between two cues end with "and" and a new capitalised subject of a few words ("... and the European Union (EU)")? */
function andNewSubject(gap: string): boolean {
  const at = gap.lastIndexOf(' and ');
  if (at < 0) return false;
  const subject = gap.slice(at + 5).trim();
  return /^(?:the\s+)?\p{Lu}/u.test(subject) && !/[;:,]/.test(subject) && subject.split(/\s+/).length <= AND_SUBJECT_WORDS;
}

/** How far after a past cue its year is looked for ("donated ... in 2023"). */
const LONG_AGO_REACH = 100;

/**
 * Where the first modal of "X will A ... and will B" stands, for a cue right after that "and" (-1 if the cue
 * has a subject of its own). Only within one sentence part: no stop or semicolon between. ("the EBRD had invested
 * ... since 1993 and would continue to support": a finite auxiliary of the first verb ends the subject too.)
 */
function sharedSubjectEnd(text: string, cueStart: number): number {
  const before = text.slice(0, cueStart).trimEnd();
  if (!before.endsWith(' and')) return -1;
  const m = /\b(?:will|would|shall)\s/.exec(before) ?? /\b(?:has|have|had)\s/.exec(before);
  if (!m || m.index >= before.length - 4 || /[.;]/.test(before.slice(m.index))) return -1;
  return m.index;
}

/** A relative clause about a person opened by ", who" with no comma since: the cue stands inside it. */
const WHO_CLAUSE_BEFORE = /,\s+who\s[^,;]*$/;
/** Cues that say in so many words that a party commits itself. */
const EXPLICIT_COMMITMENT = new Set(['commit', 'pledge', 'promise', 'vow']);
/** A document as the subject right before a passive cue: "the statement", "the results", "the report". */
const DOCUMENT_BEFORE = /\b(?:statement|report|results|data|figures|minutes|schedule|list|details|findings|guidelines|communiqu[eé]|decision|outcome)\s+$/i;
/** Verbs that with a share after them say how a whole divides ("will make up 50 per cent", "account for a third"). */
const SHARE_VERBS = new Set(['make', 'account', 'represent', 'comprise', 'constitute', 'form']);
const SHARE_AFTER = /^\s*(?:up\s+|for\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+)?(?:\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|(?:a|one|two)\s+(?:third|quarter|fifth|half)s?|half|the\s+(?:majority|bulk)|a\s+(?:majority|share))(?!\w)/;
/**
 * Does a comma and "and" open a clause of its own between two cues ("the Korean side will train 60 doctors, and the
 * software platform will be developed by ...")? Then the passive's agent is no giver of the first cue's benefit.
 */
function laterClause(between: string): boolean {
  const at = between.lastIndexOf(', and ');
  return at >= 0 && !between.includes(',', at + 1);
}

/** A passive's auxiliary, still to come, right before its participle ("will be", "which is to be"). */
const PASSIVE_BEFORE = /\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:then\s+|also\s+|first\s+)?be\s+$/;
/** Documents that, as the subject of "will be presented", are shown, not given ("the agreement", "its new strategy"). */
const PRESENTED_DOCUMENTS = new Set(['agreement', 'agreements', 'memorandum', 'memoranda', 'strategy', 'strategies', 'plan', 'plans', 'report', 'reports', 'results', 'findings', 'proposal', 'proposals', 'programme', 'programmes', 'program', 'programs', 'policy', 'policies', 'budget', 'budgets', 'bill', 'bills', 'decree', 'decrees', 'law', 'laws', 'draft', 'drafts', 'document', 'documents', 'study', 'studies', 'roadmap', 'roadmaps', 'framework', 'declaration', 'outcome', 'outcomes']);
/** Words that close a noun phrase's head and open what qualifies it ("strategy | for water", "equipment | worth EUR 2 million"). */
const AFTER_HEAD = new Set(['for', 'of', 'on', 'in', 'worth', 'with', 'to', 'from', 'by', 'at', 'under', 'valued', 'costing']);
/**
 * Is the subject of a passive a document? Its head is the last word of the clause before the passive (after the last
 * comma, "which" or "that" left out) that comes before the first preposition ("its new strategy for water and
 * sanitation, which" -> "strategy"; "medical equipment worth EUR 2 million" -> "equipment").
 */
function presentedDocument(before: string): boolean {
  let clause = before.trimEnd().replace(/(?:,\s*)?\b(?:which|that)$/, '').trimEnd();
  clause = clause.slice(clause.lastIndexOf(',') + 1);
  const words = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const prep = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  const head = prep > 0 ? words[prep - 1] : words[words.length - 1];
  return !!head && PRESENTED_DOCUMENTS.has(head);
}
/** A thing finished before the article: "was inaugurated", "were completed", "had been opened". */
const DONE_BEFORE = /\b(?:was|were|had\s+been)\s+(?:inaugurated|completed|commissioned|finished|opened|handed\s+over)\b/;
// ("stood ready to increase its support should safe access be secured": "should" before a determiner or a noun of
// circumstance opens an inverted condition; a plain "should" takes a verb, "funds should reach".)
const CONDITION_AFTER = /\b(?:if|unless|provided\s+that|on\s+condition\s+that)\b|\bshould\s+(?:the|a|an|any|such|its|their|our|this|these|those|safe|sufficient|adequate|funding|financing|resources|conditions|circumstances|access|demand|needs?)\s+(?:[\p{L}-]+\s+){0,5}?(?:be|arise|become|prove|permit|allow|require|materiali[sz]e|improve|change)\b/u;
/** What opens a question after a verb of weighing: "whether", "if", "how", "the feasibility of" ("ways to" plans). */
const OPEN_QUESTION = /^\s+(?:whether|if|how|the\s+(?:possibility|feasibility))\b/;
/** Words that only qualify what is given, count it or time it ("the", "additional", "million", "last Friday"), passed over to reach its noun. */
const OBJECT_FILLERS = /^(?:a|an|the|his|her|its|their|also|today|formally|officially|investment|new|additional|further|some|more|than|in|of|on|at|worth|thousand|million|billion|trillion|bn|last|this|yesterday|week|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z])$/;

/** The first words of a verb's object, lower-cased, past articles, adverbs of the moment and a sum. */
function objectNouns(after: string): string[] {
  return after.slice(0, 60).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !OBJECT_FILLERS.test(w)).slice(0, 4);
}

/** The last word of a capitalised name right after the verb ("the Just Socio-Ecological Transition Plan for X": "plan"), lower-cased. */
function namedObjectHead(after: string): string {
  const m = /^\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,6}\p{Lu}[\p{L}-]*)/u.exec(after.slice(0, 120));
  // (Not one of two things given: "the Project Completion Report and a Rural Health Unit building".)
  if (!m || /^\s+and\b/.test(after.slice(m[0].length))) return '';
  return (m[1].split(/[\s-]+/).pop() ?? '').toLowerCase();
}

/** Does the text end with "that" or "which" and one to four capitalised words ("results that Indonesia ")? */
function relativeSubject(before: string): boolean {
  const words = before.trim().split(/\s+/);
  let n = 0;
  while (n < 4 && n < words.length && /^\p{Lu}/u.test(words[words.length - 1 - n])) n++;
  return n > 0 && /^(?:that|which)$/.test(words[words.length - 1 - n] ?? '');
}

/** A central bank's rate kept ("keep the Kina Facility Rate unchanged", "maintain the policy rate at 6.5 per cent"). */
const POLICY_RATE = /\b(?:policy|repo|reverse\s+repo|interest|facility|lending|deposit|benchmark|discount|base|bank|refinancing|overnight)\s+rates?\b|\brates?\s+(?:unchanged|steady|on\s+hold)\b/i;

/** A pronoun and a copula before a benefit noun: "These are grants", "This is not a gift", "It was a loan". */
const KIND_OF_THING = /^\W*(?:these|those|this|that|it|they)\s+(?:is|are|was|were)\s+(?:not\s+)?(?:(?:a|an|only|just|simply)\s+)?$/i;
/** Asking for a benefit: "Applications for the SBDC grants", "eligible for the new loans". */
const APPLYING_FOR = /\b(?:applications?|apply|applying|eligible|eligibility|qualify|bids?)\s+for\s+(?:the\s+|these\s+|such\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Heads of anaphors that fit any body ("the agency", "the organisation"). */
const GENERIC_BODY_HEADS = new Set(['agency', 'organisation', 'organization', 'institution', 'body']);
const NOTHING_COMMITTED = /\b[Nn]o\s+(?:new\s+|formal\s+|firm\s+)?(?:agreements?|deals?|commitments?|contracts?|decisions?|pledges?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\b|\bwithout\s+(?:making\s+)?(?:any\s+)?(?:firm\s+)?commitments?\b/;
const HEARSAY = /\b(?:[Uu]nconfirmed|not\s+(?:been\s+)?(?:confirmed|verified)|could\s+not\s+be\s+(?:confirmed|verified))\b/;

/** "GIZ confirmed that it will make available ...": "it" after a body's own report is that body. */
const REPORTED_IT = /\b(?:confirmed|announced|said|stated|added|noted|declared|indicated|reiterated|affirmed|explained)\s+(?:that\s+)?it\s+$/;
/** Does the text name a benefit ("funding", "grant", "scholarships")? */
// (Not a word inside a name, capitalised after a capitalised word: "contributes to the Ukraine Energy Support Fund".)
const namesBenefit = (text: string, cues: CompiledCues): boolean => {
  const words = text.split(/[^\p{L}\p{N}$€£¥]+/u);
  return words.some((w, i) => cues.benefitNouns.has(w.toLowerCase()) && !(i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}\p{Ll}/u.test(words[i - 1])));
};

/** A verb of reporting and its "that" between a party and a passive cue ("X confirmed that the fees will be waived"). */
const REPORTS_THAT = /\b(?:confirmed|announced|said|stated|decided|informed|assured|added|noted|declared)\s+(?:\p{L}+\s+){0,3}?that\s/u;

/** An auxiliary right before a participle ("is funded by", "has been financed by", "was also granted by"). */
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+)?$/;

/** "by the programme", "by this project": the agent after "by" is a thing (an effect subject), not a party. */
function thingAfterBy(after: string, cues: CompiledCues): boolean {
  const m = /^\s*(?:the|this|that|these|its)\s+([a-z]+)\b/.exec(after);
  return !!m && cues.effects.has(m[1]);
}

/**
 * Is the candidate inside brackets that close before the cue ("The Puerto Rico Electric Power Authority (Autoridad
 * de Energía Eléctrica, AEE) will")? The name before the bracket is the subject.
 */
function bracketed(text: string, from: number, x: Span, cueAt: number): boolean {
  const open = text.lastIndexOf('(', x.start);
  if (open < from || text.lastIndexOf(')', x.start) > open) return false;
  const close = text.indexOf(')', x.end);
  return close >= 0 && close < cueAt;
}

/** "The agreement between the Ministry and JICA": "between" and an "and" before the next comma. */
function betweenTwo(lead: string): boolean {
  const at = lead.search(/\bbetween\s/);
  if (at < 0) return false;
  const rest = lead.slice(at);
  const stop = rest.search(/[,;]/);
  return / and /.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * Where a sentence reports a thing, in lower case, that "would be" or "will be" done ("He added that the first grants
 * would be paid by the end of May"), else -1.
 */
function reportedThingAt(text: string): number {
  for (const m of text.matchAll(REPORTED_THING)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/\s+/);
    const modal = rest.findIndex((w) => w === 'would' || w === 'will');
    if (modal >= 1 && modal <= 4 && rest.slice(0, modal).every((w) => /^[a-z-]+$/.test(w)) && rest[modal + 1] === 'be' && TIMING_PARTICIPLES.has(rest[modal + 2])) return m.index;
  }
  return -1;
}
/** What happens to a thing once given: its timing, not a gift ("the vaccines would be given free of charge" still gives). */
const TIMING_PARTICIPLES = new Set(['paid', 'delivered', 'completed', 'finished', 'disbursed', 'transferred', 'ready', 'installed', 'operational', 'released', 'distributed', 'handed']);
/** A verb of saying and a determiner: where a reported thing may open ("said the first grants ..."). */
const REPORTED_THING = /\b(?:said|added|announced|confirmed|stated|explained)\s+(?:that\s+)?(?:the|its|all)\s/g;

/** A short line with no closing stop: a heading ("About UNICEF", "Notes to editors"), not prose ("About 200 trucks ..."). */
const isHeading = (line: string) => line.split(/\s+/).length <= 6 && !/[.;,]$/.test(line.trim());

/** What follows a past participle after a comma ("..., approved in March 2023 by the Board"): no object. */
const PARTICIPLE_NEXT = /^\s*(?:[,.;)]|$|(?:in|on|at|by|last|earlier|under|during|through|from|with|since|before|after|as|when|following|jointly|recently)\b)/;

/** A currency or a sum's number word ("USD", "US$", "€12", "million"). */
const SUM_WORD = /^(?:[$€£¥]|US\$|(?:USD|EUR|GBP|million|billion|bn)\b)/;
/** A head of a lender's name ("World Bank", "Kuwait Fund", "Banque ...", "Banco ..."). */
const LENDER_WORD = /^(?:Bank|Fund|Banque|Banco|Fonds|Fondo|Facility)\b/;

/**
 * After a signing: "... with Y to offer ...", the infinitive after the other party one of cues.signerGives, in the same
 * clause (no stop or semicolon before it), at most 12 words after "with", no sum and no lender between.
 */
function signerGives(after: string, cues: CompiledCues): boolean {
  const w = after.indexOf(' with ');
  if (w < 0 || /[.;]/.test(after.slice(0, w))) return false;
  const words = after.slice(w + 6).split(/\s+/, 14);
  for (let i = 0; i + 1 < words.length; i++) {
    // ("a loan agreement with the AfDB worth USD 148.6 million to finance", "with the World Bank to finance": a sum or a
    // lender between says the other party gives; the signer borrows.)
    if (/[.;]$/.test(words[i]) || words[i] === 'worth' || SUM_WORD.test(words[i]) || LENDER_WORD.test(words[i])) return false;
    if (words[i] === 'to') return cues.signerGives.has(words[i + 1].replace(/,$/, '')); // "to fund, with US$ 25 million,"
  }
  return false;
}

/** What opens the terms of a document signed: "under which", "by which", "whereby". */
const UNDER_WHICH = /\b(?:under|by)\s+which\b|\bwhereby\b/;

/** "The agreement was signed", "The two agreements were signed": a signing named again by its document. */
const RESTATED_SIGNING = /^\s*(?:The|This|These|Both)\s+(?:\w+\s+){0,2}?(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|deals?|documents?|notes|accords?|protocols?|arrangements?|compacts?)\s+(?:was|were)\s+(?:\w+\s+)?signed$/;
/**
 * "X, Chairman of the company, signed the MoU on its behalf", "A and B exchanged the documents": who signed for a party,
 * or handed the papers over, of a signing the article has reported.
 */
const SIGNATORY = /^exchanged\s+(?:the|their)\s+(?:signed\s+)?(?:documents|agreements?|MoUs?|memorand(?:um|a)|instruments)\b|^signed\s+(?:the|this|these|both)\s+(?:\w+\s+){0,2}?(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|documents?|accords?|protocols?)\s+on\s+(?:its|their|his|her)\s+behalf\b/i;
/**
 * "Photo: ... after the signing of the MoU", "Signing of the agreement between A and B at ...": a caption of a signing,
 * with no finite verb of its own (not "Signing of a second agreement will take place in June").
 */
const FINITE = /\b(?:will|would|shall|is|are|was|were|took|takes|take)\b/;
const CAPTION = /^\s*(?:\(?Photos?\)?(?:\s+caption)?\s*:|Signing\s+of\b)/i;

/** "The fund's board agreed", "the Bank's Board of Directors approved": a body's governing organ acts for it. */
const GOVERNING_BODY = /^'s\s+(?:[Bb]oard(?:\s+of\s+(?:[Dd]irectors|[Gg]overnors|[Tt]rustees|[Ee]xecutive\s+[Dd]irectors))?|[Ee]xecutive\s+[Bb]oard|[Gg]overning\s+[Bb]ody|[Cc]ouncil|[Mm]anagement|[Ss]ecretariat)\b/;

/** A lead-in that ends with a modal before its list: "Thailand will:", "In addition, NDF will also:". */
const WILL_LEAD = /\b(?:will|shall)(?:\s+also)?\s*:\s*$/;

/** A kind of money right after a country's adjective ("the Swedish contribution", "the Japanese grant"). */
const OWN_MONEY = /^\s+(?:contribution|grant|loan|funding|funds|donation|assistance|aid|support|financing)\b/;

/** A fronted phrase naming a partner: "Under an existing partnership with", "Through its agreement with". */
const PARTNERSHIP_WITH = /^(?:Under|Through)\s+(?:an?|the|its|their)\s+(?:\p{Ll}+\s+)?(?:partnership|agreement|arrangement|cooperation)\s+with\s/u;

/** Lemmas of a lead-in whose list items are each something agreed or committed to. */
const AGREEMENT_LEMMAS = new Set(['agree', 'concur', 'commit', 'pledge', 'vow', 'promise', 'undertake']);

/**
 * A list item that can be a pledge of its own: words, not a bare number ("3."); not a document the lead-in's
 * signing named ("MoU between X and Y on ..."); not a numbered paragraph of a statement (a capital, a full stop).
 */
function listItemPledge(body: string): boolean {
  const b = body.trim();
  if ((b.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
  if (/^(?:an?\s+|the\s+)?(?:Agreement|Memorandum|MoU|MOU|Protocol|Treaty|Programme|Program|Contract|Letter|Exchange|Minutes|Plan|Declaration)\b/.test(b)) return false;
  return !(/^\p{Lu}/u.test(b) && /[.!?]["')\]]*$/.test(b));
}

/** The share of an article before which a boilerplate heading ("Background", "About X") is read as a section of the body. */
const BODY_SHARE = 0.4;

/**
 * Whether the paragraph (text between blank lines) holding a sentence matches `re`, each paragraph tested once:
 * the paragraphs' bounds are found in one pass, so an article of one huge paragraph costs no more than a short one.
 */
class Paragraphs {
  private readonly spans: Span[] = [];
  private readonly answers = new Map<number, boolean>();

  constructor(private readonly text: string) {
    let start = 0;
    for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) {
      this.spans.push({ start, end: at });
      start = at + 2;
    }
    this.spans.push({ start, end: text.length });
  }

  test(s: Span, re: RegExp): boolean {
    // The last paragraph that starts at or before the sentence.
    const k = startingFrom(this.spans, s.start + 1) - 1;
    let v = this.answers.get(k);
    if (v === undefined) {
      v = re.test(this.text.slice(this.spans[k].start, this.spans[k].end));
      this.answers.set(k, v);
    }
    return v;
  }
}

/** A fronted subordinate clause ("As ...", "When ...") before a cue. */
const SUBORDINATE = /^\s*(?:As|When|While|Since|Because|Although|Though|Once|If|Unless|Whereas)\b/;

/**
 * Quoted stretches of a sentence (straight double quotes, as ingest writes them). A quote mark after a comma or
 * a stop closes a quotation that began in an earlier sentence ('... next year," Mr Whitcombe said.'); an
 * unclosed quote runs to the end.
 */
function quoted(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0 && !out.length && i > 0 && /[,.!?]/.test(text[i - 1])) out.push({ start: 0, end: i + 1 });
    else if (open < 0) open = i;
    else {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** A line of a list of contributions as a pledge: its giver named before the colon or after "from", else `fallback`. */
function contribution(doc: Doc, s: Span, at: number, line: NonNullable<ReturnType<typeof contributionLine>>, cands: ActorCandidate[], fallback: string | null): Pledge {
  const cue = { start: at + line.amount.start, end: at + line.amount.end };
  let actor = fallback;
  if (line.giver) {
    const from = at + line.giver.start;
    const to = at + line.giver.end;
    const named = cands.find((c) => c.start >= from && c.start < to && (c.kind === 'org' || c.kind === 'country' || c.kind === 'person'));
    // A giver before the colon that no stage took is still named there ("Trinidad and Tobago: ...").
    const written = line.giver.end < line.amount.start ? withoutBrackets(doc.text.slice(from, to)).trim() : '';
    actor = named?.name ?? (written || fallback);
  }
  const { value, currency, text } = line.money;
  return { start: s.start, end: s.end, actor: actor ?? 'unknown', action: 'contribute', cue, amount: { value, currency, text } };
}

/** Stage: pledges (commitments and benefits given), each with its actor, action and what the sentence states. */
export const pledges: Stage = {
  name: 'pledges',
  run(doc, res) {
    const cues = compileCues(res.pledges);
    const places = placeIndex(res.places);
    const titleWords = peopleLexicon(res).titles;
    const orgs = orgRules(res);
    const bodyHeads = compiled(res.organisations, 'bodyHeads', (o) => new Set([...o.heads, ...o.headInitial].map((h) => h.toLowerCase())));
    const out: Pledge[] = [];
    let lastPerson: string | null = null;
    let lastActor: string | null = null;
    let lastPledgeActor: string | null = null;
    let boilerplate = false;
    const bodies = new AnaphorIndex(doc);
    let paragraphs: Paragraphs | undefined;
    let personSpans: SpanIndex | undefined;
    // A list of contributions under a lead-in ("The pledges announced include:"): the lead-in's pledge actor.
    let lead: { pledges: number; allocation: boolean; pledgeOnly: boolean; modal: boolean; actor: string | null } | null = null;
    let list: { actor: string | null; allocation: boolean; action: string; items: boolean } | null = null;
    // Where the article's prose starts: the first sentence that ends with a stop. Lines above it without one are its
    // headline and subheadlines, which announce what the body reports in full (gold takes the body's sentence).
    // "Joint statement by Prime Minister X and President Y ... We committed to ...": in a joint statement, "we" outside a
    // quotation is both sides.
    const jointVoice = JOINT_STATEMENT.test(doc.text.slice(0, 600));
    // (Prose has words: a date line that ends in "1:45 p.m." is none.)
    const proseStart = doc.sentences.find((x) => /[.!?]["'”’)\]]*$/.test(doc.text.slice(x.start, x.end)) && (doc.text.slice(x.start, x.end).match(/\p{L}{2,}/gu)?.length ?? 0) >= 4)?.start ?? doc.text.length;
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      // "About UNICEF", "Notes to editors": from there on the release describes itself and pledges nothing.
      // (Past the article's first part only: "Background" can also head the body's first section.)
      if (cues.boilerplate.test(text) && (s.start === 0 || doc.text[s.start - 1] === '\n') && isHeading(text) && s.start > doc.text.length * BODY_SHARE) boilerplate = true;
      if (boilerplate) continue;
      // "Established in 1961, KFAED has extended loans to more than 100 countries.": late in the release, a paragraph
      // in which the issuer describes itself.
      if (s.start > doc.text.length * BODY_SHARE && (paragraphs ??= new Paragraphs(doc.text)).test(s, cues.selfDescription)) continue;
      // ("By Tamara Williams-Grant": a cue word inside a person's name is no cue.)
      const cueMatches = findCues(text, cues).filter((c) => !(personSpans ??= new SpanIndex(doc.personMentions, doc.text.length)).overlapsAny({ start: s.start + c.start, end: s.start + c.end }));
      // A lead-in without contribution words heads a list only when it is a pledge itself.
      if (lead && (!lead.pledgeOnly || out.length > lead.pledges)) {
        const own = out.length > lead.pledges ? out[out.length - 1] : null;
        // Its items are pledges of their own after an agreement ("Both sides agreed to cooperate in:") or a
        // modal that the items complete ("The funding will:"), not after "includes:" or "will support:".
        const items = (!!own && AGREEMENT_LEMMAS.has(own.action)) || lead.modal;
        list = { actor: lead.actor ?? own?.actor ?? null, allocation: lead.allocation, action: own?.action ?? 'contribute', items };
      }
      lead = null;
      if (list) {
        const item = lineItem(doc.text, s.start, s.end);
        const line = item && contributionLine(item.body, list.allocation);
        if (item && line) {
          out.push(contribution(doc, s, item.at, line, actorCandidates(doc, s, cues), list.actor ?? lastPledgeActor ?? lastActor));
          continue;
        }
        // "- EUR 45 million to support the decentralisation of ...;": a share of the money, a pledge of the lead-in's party.
        // "• construction of six girls' hostels ...;", "(2) economic cooperation ...": an item of what the lead-in gives.
        if (item?.marked && cueMatches.length === 0 && (amountLed(item.body) || (list.items && listItemPledge(item.body)))) {
          const at = item.at + (item.body.length - item.body.trimStart().length);
          out.push({ start: s.start, end: s.end, actor: list.actor ?? lastPledgeActor ?? lastActor ?? 'unknown', action: list.action, cue: { start: at, end: Math.min(s.end, at + (/^\S+/.exec(doc.text.slice(at, s.end))?.[0].length ?? 1)) } });
          continue;
        }
        if (!item?.marked) list = null;
      }
      const leadIn = contributionLead(text) ?? (/:\s*$/.test(text) ? { allocation: false, pledgeOnly: true } : null);
      // "Under the programme, Thailand will:": the modal opens a list of what the party before it will do; the
      // lead-in itself states no pledge, its items do.
      const willLead = WILL_LEAD.exec(text);
      // ("Under the package, the Region will:": a body named by its head stands for that body.)
      const willCand = willLead ? actorCandidates(doc, s, cues, places).filter((c) => c.end <= s.start + willLead.index && (c.kind === 'org' || c.kind === 'country' || c.kind === 'person' || c.kind === 'anaphor') && !afterPreposition(doc.text, s.start, c)).pop() : undefined;
      const willActor = willCand ? (willCand.kind === 'anaphor' ? resolveAnaphor(doc, willCand, places, bodies, res.organisations.headTranslations, true) : willCand.name) : null;
      if (leadIn) lead = { pledges: out.length, allocation: leadIn.allocation, pledgeOnly: 'pledgeOnly' in leadIn && !willActor, modal: /\b(?:will|shall|would|to)(?:\s+also)?\s*:\s*$/.test(text), actor: willActor };
      // A giver named after "by" states whose benefit it is ("a loan approved by the IDB") before any other cue;
      // then the first cue whose party the sentence names; else the first cue that holds.
      // (Not after another cue, as a participle after a comma, "CABEI will provide ..., funded by the Korea Fund,
      // to ...", "signed 14 grant agreements ..., co-financed by the ERDF", naming where the money comes from, or
      // an approval still to come, "will purchase the output at a tariff to be approved by the regulator": the
      // first cue's subject is the party.)
      const promised = cueMatches.find((c) => c.kind !== 'by');
      // After a promise, "financed by" names no giver of what was promised: after a thing ("the goods financed by the
      // programme"), or as a participle after a noun with no "is"/"was"/"been" ("will supply software under a
      // contract financed by the EU"). ("rice seed donated by Vinafood", "a loan approved by the IDB" still name one.)
      const giverCue = (c: CueMatch) =>
        c.kind === 'by' &&
        !(promised && promised.start < c.start && (/(?:,|\bto\s+be)\s*$/.test(text.slice(0, c.start)) || laterClause(text.slice(promised.end, c.start)) || thingAfterBy(text.slice(c.end, c.end + 40), cues) || (/^(?:co-?)?(?:funded|financed|sponsored|donated|supplied|gifted)\b/i.test(text.slice(c.start, c.end)) && !AUXILIARY_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)))));
      const ordered = cueMatches.sort((a, b) => Number(giverCue(b)) - Number(giverCue(a)) || a.start - b.start);
      if (!ordered.length) {
        // No cue, no pledge: all the sentence passes on is the first person it names (as the next speaker).
        const named = spansIn(doc.personMentions, s).some((m) => inside(m, s) && m.entity !== undefined);
        const firstPerson = named ? (actorCandidates(doc, s, cues).find((c) => c.kind === 'person')?.name ?? null) : null;
        if (firstPerson) lastPerson = firstPerson;
        continue;
      }
      const cands = actorCandidates(doc, s, cues, places);
      const clauses = new Clauses(text, cues);
      // "The Bank will lend EUR 5 million. It will also grant a moratorium.": right after a pledge by a party other
      // than both sides, "it" is that party (elsewhere "it" is mostly the project: "It will comprise a mill").
      const last = out[out.length - 1];
      const itIsParty = !!last && last.actor !== 'joint' && last.actor !== 'unknown' && !doc.text.slice(last.end, s.start).trim();
      const firstPerson = cands.find((c) => c.kind === 'person')?.name ?? null;
      const quotes = quoted(text);
      // The speaker of a quotation: a person named outside the quotes, else the last person named.
      const speaker = cands.find((c) => c.kind === 'person' && !quotes.some((q) => c.start - s.start >= q.start && c.end - s.start <= q.end))?.name ?? lastPerson;
      const resolve = (c: ActorCandidate | undefined, asSubject = false): string | null => {
        if (!c) return null;
        if (c.kind === 'he') return cands.find((x) => x.kind === 'person' && x.start < c.start)?.name ?? lastPerson;
        if (c.kind === 'we') return jointVoice && /^(?:we|our)$/i.test(doc.text.slice(c.start, c.end)) && !quotes.some((q) => c.start - s.start >= q.start && c.end - s.start <= q.end) ? 'joint' : speaker;
        if (c.kind === 'it') {
          // "the Bank was proud to support Poland and ... it stood ready": the body in subject position before it.
          const prev = cands.filter((x) => (x.kind === 'org' || x.kind === 'country' || x.kind === 'anaphor') && x.end <= c.start && !afterPreposition(doc.text, s.start, x));
          return prev.length ? resolve(prev[0]) : lastActor;
        }
        // "WFP Country Director X said the agency will": a generic anaphor after the one body its sentence names before it.
        if (c.kind === 'anaphor' && GENERIC_BODY_HEADS.has(c.head ?? '')) {
          const before = cands.filter((x) => x.kind === 'org' && x.end <= c.start);
          if (before.length === 1) return before[0].name;
        }
        // An anaphor the article names no body for ("the Ministry committed"): the last person named (its head).
        if (c.kind === 'anaphor') return resolveAnaphor(doc, c, places, bodies, res.organisations.headTranslations, asSubject) ?? speaker;
        return c.name;
      };
      /** The party the sentence names as making the commitment a cue states, or null when it names none. */
      const actorOf = (c: CueMatch): string | null => {
        const cueAt = s.start + c.start;
        const cueEnd = s.start + c.end;
        const cStart = s.start + clauses.start(c.start);
        // A candidate's governing preposition is looked for within its own clause ("said on Monday that Japan will").
        // Not a subject: the object of a preposition, a possessor ("welcomed Malaysia's commitment and undertook"),
        // or anything inside a parenthetical right before the cue ("the Korean government, through KEXIM, which
        // manages the EDCF, would also provide").
        const paren = parentheticalBefore(text, c.start);
        // ("the AfDB Country Manager for Chad, Mrs. X, announced": a country after a title's "for", "to" or "in" is the
        // title's, no subject.)
        const inTitle = (x: ActorCandidate) => x.kind === 'country' && titleWords.has(titleBeforePlace(doc.text.slice(Math.max(s.start, x.start - 40), x.start)));
        const subjects = cands.filter((x) => x.end <= cueAt && !inTitle(x) && !afterPreposition(doc.text, x.start >= cStart ? cStart : s.start, x) && (doc.text.slice(x.end, x.end + 2) !== "'s" || GOVERNING_BODY.test(doc.text.slice(x.end, x.end + 40))) && !(paren && x.start - s.start >= paren.start && x.end - s.start <= paren.end) && !bracketed(doc.text, s.start, x, cueAt));
        // "The general contractor, Tuktu Northern Builders Ltd., promised": a body set off after a common noun that opens
        // the sentence names the subject.
        // (An active cue only: "The recipient, Kenya, will be provided with tents by Japan", "will receive ... from" are not.)
        if (paren && c.kind !== 'passive' && c.kind !== 'by' && !/\breceive$/.test(c.lemma) && COMMON_NOUN_SUBJECT.test(text.slice(0, paren.start))) {
          const named = cands.find((x) => (x.kind === 'org' || x.kind === 'country') && x.start - s.start >= paren.start && x.end - s.start <= paren.end);
          if (named && /^,\s*(?:the\s+)?$/.test(doc.text.slice(s.start + paren.start, named.start))) return resolve(named);
        }
        const inClause = subjects.filter((x) => x.start >= cStart);
        const subject = inClause[inClause.length - 1] ?? subjects[0];
        // "A contribution of GBP 4 million from the FCDO will support ...", "a grant of USD 1.2 million from the AWF, a fund
        // hosted by the Bank, will cover ...": a subject that names what is given is the gift of the first party after its "from".
        // (The gift's own noun as the cue: the party after "from" within its phrase, "a grant of USD 1.2 million from X".)
        if (c.kind === 'future' || c.noun) {
          // (After a report's "that": "He announced that a concessional loan from the EDCF, managed by KEXIM, will ...".)
          const clause = doc.text.slice(cStart, cueAt);
          const that = clause.lastIndexOf(' that ');
          const lead = that >= 0 ? clause.slice(that + 6) : clause;
          const within = (x: ActorCandidate) => (c.noun ? x.start >= cueEnd && x.start - cueEnd <= 60 && !doc.text.slice(cueEnd, x.start).includes(',') : x.start >= cStart && x.end <= cueAt);
          const giver = GIFT_SUBJECT.test(lead) ? cands.find((x) => within(x) && (x.kind === 'org' || x.kind === 'country') && FROM_BEFORE.test(doc.text.slice(Math.max(cStart, x.start - 12), x.start))) : undefined;
          if (giver && (c.noun || namesBenefit(doc.text.slice(cStart, giver.start), cues))) return resolve(giver);
        }
        // (Past a place inside the giver's title: "handed over by Chinese Ambassador to Myanmar Mr Yang Haibo".)
        if (c.kind === 'by') {
          const after = cands.filter((x) => x.start >= cueEnd && x.kind !== 'we');
          const titlePlace = (x: ActorCandidate) => x.kind === 'country' && /\b(?:to|of|in)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(s.start, x.start - 8), x.start)) && after.some((y) => y.kind === 'person' && y.start > x.end && y.start - x.end <= 12);
          const agents = after.filter((x) => !titlePlace(x));
          // ("will be funded jointly by KAH and the Namibia Training Authority": two agents, both sides'.)
          if (agents.length >= 2 && /\bjointly\s+by\s/.test(doc.text.slice(cueAt, agents[0].start)) && /^\s+and\s+(?:the\s+)?$/.test(doc.text.slice(agents[0].end, agents[1].start))) return 'joint';
          return resolve(agents[0]);
        }
        // "The third agreement commits SONAGAS to supplying gas": the party a document commits is its object.
        if (/^commits\s/i.test(text.slice(c.start, c.end))) {
          // (The name alone between "commits" and "to": "Germany commits KfW financing to Kenya" stays Germany's.)
          const bound = cands.find((x) => x.start >= cueAt + 8 && x.end <= cueEnd && (x.kind === 'org' || x.kind === 'country' || x.kind === 'person' || x.kind === 'joint') && /^commits\s+(?:the\s+)?$/i.test(doc.text.slice(cueAt, x.start)) && /^\s+to$/.test(doc.text.slice(x.end, cueEnd)));
          if (bound) return bound.kind === 'joint' ? 'joint' : resolve(bound, true);
        }
        // "will jointly explore", "... together": the sides act as one.
        if (/\bjointly\b/.test(text.slice(c.start, c.end + 10)) || /^\s+together\b/.test(text.slice(c.end, c.end + 12))) return 'joint';
        // "The two leaders agreed that the Sri Lanka Ports Authority would offer ...": the party the agreement binds
        // ("... that the defence committees of the two parliaments would hold": both sides).
        if (c.kind === 'agree' && /that$/i.test(text.slice(c.start, c.end))) {
          // (The subject right before an active modal only: "agreed that the 10th Session of the JPC will be held" is both sides'.)
          const modal = /\b(?:will|would|shall)\s+(?!be\b)/.exec(text.slice(c.end, c.end + 160));
          const at = modal ? cueEnd + modal.index : -1;
          const bound = modal ? cands.filter((x) => x.start >= cueEnd && x.end <= at && /^(?:\([^()]{1,20}\))?$/.test(doc.text.slice(x.end, at).trim())).pop() : undefined;
          // (A joint body of the two, "the Kenya-Zambia Joint Permanent Commission will meet", is both sides'.)
          if (bound && (bound.kind === 'org' || bound.kind === 'country' || bound.kind === 'joint')) return bound.kind === 'joint' || /\bJoint\b/.test(bound.name) ? 'joint' : resolve(bound, true);
        }
        // "with the two sides pledging to ...": a joint subject right before the cue, even after "with".
        if (cands.some((x) => x.kind === 'joint' && x.end <= cueAt && x.end >= cueAt - 2)) return 'joint';
        // "The agreement was signed by X and Y": signed by two.
        const after = text.slice(c.end, c.end + 160);
        const byAt = after.indexOf(' by ');
        if (c.lemma === 'sign' && byAt >= 0 && after.indexOf(' and ', byAt) > byAt && /^(?:was|were|has been|have been|had been)\b/.test(text.slice(c.start, c.end))) return 'joint';
        // (However long the signers' titles: "signed ... by X, EBRD Managing Director for Türkiye, and by the Mayor, Y".)
        // (A noun cue too: "The loan agreement was signed ... by X ..., and by Y".)
        const passiveSigned = /\b(?:was|were|been)\s+(?:\p{L}+ly\s+)?signed\b/u.exec(text);
        if (passiveSigned && (c.lemma === 'sign' || c.noun)) {
          const by = text.indexOf(' by ', passiveSigned.index);
          const signers = by >= 0 ? cands.filter((x) => x.start >= s.start + by && (x.kind === 'person' || x.kind === 'org')) : [];
          if (signers.length >= 2 && /\band\s/.test(doc.text.slice(signers[0].end, signers[signers.length - 1].start))) return 'joint';
          // ("A bilateral agreement to this effect was signed in Amman": signed by the two, named or not.)
          if (by < 0 && /\b(?:bilateral|joint)\b/i.test(text.slice(0, c.start))) return 'joint';
        }
        // "The grant agreement between the Ministry and JICA was signed by ...": the parties the document is between.
        if (c.lemma === 'sign' && /^(?:was|were|has been|have been|had been)\b/.test(text.slice(c.start, c.end)) && betweenTwo(text.slice(clauses.start(c.start), c.start))) return 'joint';
        // "In the presence of both presidents, the following instruments were signed:": a signing with no signer named is both sides'.
        if (c.lemma === 'sign' && /^(?:were|have been)\b/.test(text.slice(c.start, c.end)) && byAt < 0) return 'joint';
        // "... representatives of UNICEF, who agreed to": the relative pronoun's antecedent.
        const before = lastWords(text.slice(Math.max(0, c.start - 40), c.start), 3).filter((w) => w !== 'also');
        if (/^(?:who|which)$/.test(before[before.length - 1] ?? '') && (before[before.length - 2] ?? '').endsWith(',')) {
          const ante = [...cands].reverse().find((x) => x.end <= cueAt && /^\)?,/.test(doc.text.slice(x.end, x.end + 4).replace(/\s/g, '')));
          // "Daesung Storage Co., Ltd. of the Republic of Korea, which will build": a body's country of origin is
          // not the antecedent; the body is ("representatives of UNICEF, who" keep UNICEF).
          const owner = ante?.kind === 'country' ? cands.find((x) => x.kind === 'org' && x.end <= ante.start && /^\.?\s+of\s+(?:the\s+)?$/.test(doc.text.slice(x.end, ante.start))) : undefined;
          // ("Mr X, Ambassador of Saudi Arabia to Pakistan, who conveyed": the country a title is accredited to is not
          // the antecedent; the title's holder is.)
          // (After "who" and a person's apposition only: "travelled to Jordan, which will host" keeps Jordan.)
          const accredited = before[before.length - 1] === 'who' && ante?.kind === 'country' && /\b(?:to|in)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(s.start, ante.start - 8), ante.start));
          const holder = accredited ? [...cands].reverse().find((x) => x.kind === 'person' && x.end <= ante.start && ante.start - x.end <= 120 && doc.text.startsWith(', ', x.end)) : undefined;
          if (ante) return resolve(holder ?? owner ?? ante);
        }
        // "Northshield Mining Corp. signed an agreement with Cambrian College to offer 150 placements": what the signer
        // undertakes to give the other party is the signer's own commitment.
        if (c.lemma === 'sign' && subject && subject.kind !== 'joint' && signerGives(text.slice(c.end), cues)) return resolve(subject, true);
        // Signing takes two: "X signed ... with Y", "X and Y signed", "X, Minister of ..., and Y, ..., signed".
        if (c.lemma === 'sign' && (/^[^.;]*?\bwith\s/.test(text.slice(c.end)) && cands.some((x) => x.start > cueEnd && x.kind !== 'we'))) return 'joint';
        if (c.lemma === 'sign' && /\band\s/.test(doc.text.slice(cStart, cueAt)) && !/\bsaid\b/.test(doc.text.slice(cStart, cueAt))) return 'joint';
        // A list item with no subject ("- agreed to harmonise ...", "3) will simplify ...") continues its lead-in.
        const lead = text.slice(0, Math.min(c.start, 12)).trim().split(/\s+/).filter((w) => w && w !== 'also');
        if (c.start <= 12 && lead.length <= 1 && /^(?:[-•*–]|\(?[0-9ivx]{1,4}[.)])?$/i.test(lead[0] ?? '') && lastPledgeActor) return lastPledgeActor;
        // "The Record of Discussions was signed by the two delegation leaders", "It was agreed that ...": both sides.
        if (/^(?:was|were|has been|have been)\b/.test(text.slice(c.start, c.end)) && byAt >= 0 && byAt <= 20 && cands.find((x) => x.start >= cueEnd + byAt)?.kind === 'joint') return 'joint';
        if (c.kind === 'agree' && /\b[Ii]t\s+(?:was|has\s+been)\s+(?:also\s+|further\s+)?$/.test(text.slice(Math.max(0, c.start - 24), c.start))) return 'joint';
        // "MARD presented MAFF with 10 tonnes of seeds developed by the Institute": an active giver before the verb.
        if (c.lemma === 'give' && c.kind !== 'passive' && /^(?:donat|gave|give|present|hand|grant|gift|award|contribut)/i.test(text.slice(c.start, c.end)) && subject && subject.start >= cStart && !/\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(0, c.start)) && /^\s*(?:\p{L}+ly\s+|also\s+|today\s+)?$/u.test(doc.text.slice(subject.end, cueAt))) return resolve(subject, true);
        if (c.lemma === 'give' || c.kind === 'passive') {
          // The party named right after "by" / "from" ("a gift presented to Cambodia by X", "will be provided by X").
          // "handed over by Chinese Ambassador to Myanmar Mr Yang Haibo to ...": the first party after "by" is the giver,
          // past a place inside its title ("handed over this morning by the contractor, Toyo Harbour ..., to KPA").
          const by = text.indexOf(' by ', c.end - 1);
          const byParty = by >= 0 ? cands.find((x) => x.kind !== 'we' && x.kind !== 'it' && x.start >= s.start + by && x.start <= s.start + by + 90 && !(x.kind === 'country' && /\b(?:to|of|in)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(s.start, x.start - 8), x.start)))) : undefined;
          // ("by the contractor, Toyo Harbour Engineering Co., Ltd.,": the name set off after a common noun.)
          const named = byParty?.kind === 'anaphor' ? cands.find((x) => x.start > byParty.end && /^,\s*$/.test(doc.text.slice(byParty.end, x.start))) : undefined;
          const agent = named ?? byParty ?? cands.find((x) => x.start >= cueEnd - 3 && x.kind !== 'we' && giverFollows(doc.text.slice(Math.max(s.start, x.start - 40), x.start)));
          const a = resolve(agent);
          // "Manx Utilities has also confirmed that ... tariffs will remain frozen": with no agent, the party that reports it.
          if (!a && c.kind === 'passive' && subject && REPORTS_THAT.test(doc.text.slice(subject.end, cueAt))) return resolve(subject, true);
          // "Under an existing partnership with UNDP, 2,000 tarpaulins will be handed over": the partner a fronted phrase names.
          const partnership = !a && c.kind === 'passive' ? PARTNERSHIP_WITH.exec(text) : null;
          if (partnership) {
            const partner = cands.find((x) => (x.kind === 'org' || x.kind === 'country') && x.start >= s.start + partnership[0].length && x.end <= s.start + text.indexOf(',', partnership[0].length));
            if (partner) return resolve(partner);
          }
          // "The first tranche of the Swedish contribution will be paid out": a country's own money, named by its adjective.
          const owner = !a && c.kind === 'passive' ? cands.find((x) => x.kind === 'country' && x.start >= cStart && x.end <= cueAt && OWN_MONEY.test(doc.text.slice(x.end, x.end + 20))) : undefined;
          if (owner) return resolve(owner);
          if (a || c.kind === 'passive') return a;
        }
        // "X will receive ...": the recipient is not the giver; the giver is named after "from", else the article's party.
        if (/\breceive$/.test(c.lemma)) return resolve(cands.find((x) => x.start >= cueEnd && giverFollows(doc.text.slice(Math.max(s.start, x.start - 40), x.start)))) ?? lastActor;
        // "Tuvalu, Nauru and Niue have each agreed to ...": each party commits on its own; the first named stands for them.
        const each = () => /\beach\s+(?:\p{L}+\s+)?$/u.test(doc.text.slice(subject!.end, cueAt)) || /^(?:will|would|shall)\s+each\b/.test(text.slice(c.start, c.end));
        if (inClause.length >= 2 && subject && each() && /\band\s/.test(doc.text.slice(inClause[0].end, cueAt))) return resolve(inClause[0], true);
        // "Canada, Spain and Switzerland have pledged", "Turkana County Government, Marsabit County Government and Isiolo
        // County Government have agreed": three or more parties listed by name each commit; the first stands for them.
        if (inClause.length >= 3 && subject && /^\s*,\s*$/.test(doc.text.slice(inClause[0].end, inClause[1].start)) && /\band\s/.test(doc.text.slice(inClause[inClause.length - 2].end, inClause[inClause.length - 1].start)) && inClause.every((x) => x.kind === 'org' || x.kind === 'country') && !text.slice(c.end).split(/[^\p{L}]+/u).some((w) => JOINT_WORDS.has(w))) return resolve(inClause[0], true);
        // Several parties agreeing together ("The Government, employers' organizations and the ILO have agreed").
        if ((c.lemma === 'agree' || c.lemma === 'concur') && inClause.length >= 2 && /\band\s/.test(doc.text.slice(inClause[0].end, cueAt)) && !/\bsaid\b/.test(doc.text.slice(cStart, cueAt))) return 'joint';
        // "Cooperation to be expanded in five fields": a headline with no party names both sides' plan.
        if (c.kind === 'headline' && !subject) return 'joint';
        // A capitalised name right before the cue that no stage took ("Hydrom will provide"); also after a subject
        // of an earlier clause ("ENAP will lease ..., while Nordwind will finance").
        const named = nameBefore(text, c.start);
        // "Gécamines, which holds a stake in Kando Cuivre SAS, will contribute", "Medr, the Commission for ...,
        // will support": the name right before the parenthetical is the subject.
        // "The Minister of Energy, Mr. Moussa Dembele, signed": a person set off after a title is the title's holder.
        // ("..., and its Executive Director, Dr. Marcus Holder, pledged": a title right before the holder's commas names the
        // subject, whatever bodies the clause names before it.)
        if (paren) {
          const holder = cands.find((x) => x.kind === 'person' && x.start - s.start >= paren.start && x.end - s.start <= paren.end);
          const lead = text.slice(0, paren.start).split(/\s+/).slice(-6);
          const titleRightBefore = titleWords.has(lead[lead.length - 1]?.replace(/,$/, '') ?? '');
          if (holder && (subject ? titleRightBefore && subject.end <= s.start + paren.start : lead.some((w) => titleWords.has(w)))) return holder.name;
        }
        if (!subject && paren && !named) return nameBefore(text, paren.start);
        if (!subject) return named && !placeOrDay(named, places) ? named : null;
        if (named && !placeOrDay(named, places) && subject.end < s.start + c.start - named.length - 1 && !cands.some((x) => x.end > subject.end && x.end <= cueAt)) return named;
        // Two parties make a joint commitment: "X and Y signed", "X, Minister of ..., and Y signed", "X signed ... with Y".
        const prev = subjects[subjects.indexOf(subject) - 1];
        const twoPeople = subject.kind === 'person' && inClause.some((x) => x.kind === 'person' && x.name !== subject.name && /\band\s/.test(doc.text.slice(x.end, subject.start)));
        const joined = !!prev && subject.kind !== 'joint' && prev.kind !== 'joint' && prev.name !== subject.name && joinedByAnd(doc.text.slice(prev.end, subject.start));
        if (twoPeople || joined) return 'joint';
        // "The Board of Executive Directors (BED) of the Islamic Development Bank approved": a kind of body acts for
        // the body it is of.
        if (subject.kind === 'org' && orgs.genericBodies.has(subject.name)) {
          const owner = cands.find((x) => x.kind === 'org' && x.start > subject.end && x.end <= cueAt && /^(?:\s*\([^()]{1,12}\))?\s+of\s+(?:the\s+)?$/.test(doc.text.slice(subject.end, x.start)));
          if (owner) return owner.name;
        }
        return resolve(subject, true);
      };
      const anchorYear = doc.anchor ? Number(doc.anchor.slice(0, 4)) : null;
      /** "In 2023, ...": a year before the article's own in a fronted phrase. */
      const pastYear = (lead: string) => {
        const y = /^\s*(?:In|in|During|during|By|by|Since|since)\s+((?:19|20)\d\d)\b/.exec(lead);
        return !!y && anchorYear !== null && Number(y[1]) < anchorYear;
      };
      /**
       * "approved its first loan to Peru in 1961", "donated 20 ambulances to the Ministry of Public Health (MSP) in
       * 2023": a year well before the article's own in the part of the sentence right after the cue.
       */
      const longAgo = (after: string) => {
        const y = yearAfterIn(after.slice(0, LONG_AGO_REACH).split(/[;:]|\s(?:and|but|while|whereas)\s/)[0]);
        return y !== null && anchorYear !== null && y < anchorYear - 1;
      };
      const parsed = new Map<number, TaggedTerm[]>();
      const reportedThing = /\b(?:would|will)\s+be\b/.test(text) ? reportedThingAt(text) : -1;
      const headline = !/[.!?:;]["')\]]*$/.test(text) && (s.end >= doc.text.length || doc.text[s.end] === '\n');
      // A short line without a stop that is neither the article's first line nor its title: a section heading.
      const headingInBody = headline && isHeading(text) && s !== doc.sentences[0] && !(doc.title && s.start >= doc.title.start && s.end <= doc.title.end);
      const signingHeadline = headline && text.split(/\s+/).length <= 20 && /\b(?:sign|signs|signed|agree|agrees|agreed)\b/i.test(text);
      const accepts = (c: CueMatch): boolean => {
        if (blocked(text, c, cues, clauses)) return false;
        // "The agreement was signed by X and Y": who signed what the article already reported signed, no new pledge.
        if (c.lemma === 'sign' && (RESTATED_SIGNING.test(text.slice(0, c.end)) || SIGNATORY.test(text.slice(c.start)) || (CAPTION.test(text) && !FINITE.test(text))) && out.some((p) => p.action === 'sign')) return false;
        const from = clauses.start(c.start);
        // "As the two countries will commemorate ..., the ministers reaffirmed ...": a cue in a fronted
        // subordinate clause is not the sentence's commitment.
        const lead = text.slice(from, c.start);
        if (SUBORDINATE.test(lead) && !lead.includes(',') && text.indexOf(',', c.end) > 0) return false;
        const cueText = text.slice(c.start, c.end);
        // The cue's last word: the verb of "will attend", "will implement", "will provide".
        const verb = trailingRun(cueText, /\p{L}/u).toLowerCase();
        // "The Extended Fund Facility", "the Granted Land Act": a capitalised cue inside a prose sentence is part of a name.
        if (!headline && !c.noun && /^\p{Lu}/u.test(cueText) && !/^\p{Lu}+\b/u.test(cueText) && /[\p{L}\d,]\s*$/u.test(text.slice(0, c.start))) return false;
        // "The plan was approved by the Council of Ministers last Friday", "The three operations were approved by the Board":
        // a past approval reports a step on the way; the commitment is the thing approved, told elsewhere ("the loan,
        // approved by the ADB Board last Friday, will finance ..." still names its giver).
        if (c.kind === 'by' && /^approved\b/i.test(cueText) && /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(Math.max(0, c.start - 30), c.start))) return false;
        // "Several partners announced their support at the ceremony": an unnamed number of parties names no one who commits.
        if (VAGUE_PARTIES.test(text.slice(from, c.start))) return false;
        if (c.kind === 'by' && FUTURE_PASSIVE.test(cueText)) {
          const agent = cands.find((x) => x.start >= s.start + c.end);
          // (With its particle: "will be carried out by" is "carried out", not "carried".)
          const words = cueText.split(/\s+/);
          const particle = words[words.indexOf(c.lemma) + 1] ?? '';
          const participle = /^(?:out|up|over|off)$/.test(particle) ? `${c.lemma} ${particle}` : c.lemma;
          if (!passiveAgentHolds(participle, agent, agent ? doc.text.slice(s.start + c.end, agent.start) : '', cues)) return false;
        }
        // "The arrangement will be signed in Kupang on 3 November": a signing still to come is a date in the calendar.
        if (c.lemma === 'sign' && /^(?:will|shall|is\s+to|are\s+to)\s+be\s+signed$/.test(cueText)) return false;
        // "Donation to Vanuatu", "Loan for the Baucau road": a section heading inside the article names a topic.
        if (c.noun && headingInBody) return false;
        // "These are grants, not loans", "This is not a gift": a thing's kind said of it; "Applications for the SBDC
        // grants can be submitted online": asking for one. Neither gives anything.
        // "It is payment for results that Indonesia has delivered and that have been verified": a perfect with no object
        // after it, in a relative clause on a noun, says what the noun is, not what a party gives.
        if (c.kind === 'party' && /^(?:has|have)\s/i.test(cueText) && /^\s*(?:and\b|[,.;)]|$)/.test(text.slice(c.end)) && relativeSubject(text.slice(Math.max(0, c.start - 60), c.start))) return false;
        // ("These are grants, not loans": nor the kind it is not.)
        if (c.noun && (KIND_OF_THING.test(text.slice(0, c.start)) || APPLYING_FOR.test(text.slice(0, c.start)) || /,\s+not\s+$/.test(text.slice(0, c.start)))) return false;
        // "He said the first grants would be paid by the end of May", "said the seed would be delivered before the
        // sowings": the timing of a thing already given, reported, is no commitment of its own.
        if (reportedThing !== -1 && c.start >= reportedThing) return false;
        // "The Committee decided to reduce the monetary policy rate", "decided to keep the refinancing rate unchanged": a
        // monetary policy decision sets a rate, it gives nothing to anyone.
        // ("would keep the Kina Facility Rate unchanged": so does holding one.)
        // (A central bank's rate only: "will keep the reduced 5% VAT rate" still gives.)
        if (c.lemma === 'decide' && /\b(?:rates?|ratio)\b/.test(text.slice(c.end, c.end + 60))) return false;
        if (c.kind === 'future' && /^(?:keep|maintain|hold|leave)$/.test(verb) && POLICY_RATE.test(text.slice(c.end, c.end + 60))) return false;
        // "The European Council decided to open accession negotiations with Moldova in December 2023": a decision of a year gone.
        if (c.lemma === 'decide' && anchorYear !== null) {
          const y = yearAfterIn(text.slice(c.end));
          if (y !== null && y < anchorYear) return false;
        }
        // "We will not accept that": a refusal commits nothing to anyone ("will never abandon", "will not stop" do).
        if (c.kind === 'future' && /\b(?:not|never)\s+(?:\p{L}+\s+)?\p{L}+$/u.test(cueText) && !STEADFAST.has(verb)) return false;
        // "will attend", "will travel": a plan for an event commits nothing to anyone ("will meet the full cost" pays).
        const objectWords = () => text.slice(c.end, c.end + 40).toLowerCase().split(/[^\p{L}]+/u).slice(1, 5);
        // ("will take over the management", "will take steps", "will stay engaged with": duties taken on, not events.)
        if (c.kind === 'future' && cues.eventVerbs.has(verb) && !(verb === 'meet' && objectWords().some((w) => cues.costObjects.has(w))) && !DUTY_AFTER.test(`${verb} ${objectWords().slice(0, 2).join(' ')}`)) return false;
        // "would evaluate whether legal amendments are needed", "will explore how reserves could be used": a question still
        // open commits nothing yet.
        // ("a request the ministry said it would evaluate in the coming weeks": so is one weighed with no object after it.)
        if (c.kind === 'future' && cues.weighVerbs.has(verb) && (OPEN_QUESTION.test(text.slice(c.end)) || /^\s*(?:[,.;]|$|(?:in|within|by|before|after|over|during|at)\b)/.test(text.slice(c.end)))) return false;
        // "logistics costs will fall", "the travel time will drop to two hours": a forecast of a quantity, no commitment.
        // (Used without an object only: "will drop examination fees" still gives.)
        if (c.kind === 'future' && cues.changeVerbs.has(verb) && /^\s*(?:[,.;]|$|\d|(?:by|to|from|below|above|sharply|significantly|considerably|further|slightly|dramatically|substantially|steadily|gradually)\b)/.test(text.slice(c.end))) return false;
        // "She also handed over a letter of invitation", "presented his credentials", "presented the traceability
        // platform", "has extended the state of alert": nothing given (the object's first two words are looked at).
        // ("have already given their consent": nor is a permission; "granted 1,118 investment licences": nor a licence.)
        // ("presented the Just Socio-Ecological Transition Plan for Tocopilla": a name's last word is its head; "received
        // K1.05 billion more in tax revenue": a sum's words are passed over.)
        if (/^(?:hand(?:ed|s)?\s+over|handover|hand-over|presented|gave|granted|(?:has\s+|have\s+|had\s+)?received|(?:has|have|had)\s+(?:also\s+|already\s+)?(?:given|extended|granted)|extended)$/i.test(cueText) && (objectNouns(text.slice(c.end)).slice(0, 2).some((w) => cues.notGiven.has(w)) || cues.notGiven.has(namedObjectHead(text.slice(c.end))))) return false;
        // "Priority will be given to households": a passive give of what is given only in an idiom.
        if (c.kind === 'passive' && /\bgiven$/i.test(cueText) && cues.notGiven.has(lastWords(text.slice(0, c.start), 1)[0]?.toLowerCase() ?? '')) return false;
        // "The grant will be implemented through Sida": a benefit noun's verb of an implementing role names who runs it.
        if (c.noun) {
          const role = /^[^.;]{0,60}?\b(?:will|shall|is\s+to)\s+be\s+(\p{Ll}+)\s+(?:through|by|via)\b/u.exec(text.slice(c.end));
          if (role && participleBases(role[1]).some((b) => cues.roleVerbs.has(b))) return false;
        }
        // "received relief supplies from the Government of Australia": a gift only with a giver named after "from".
        if (/received$/i.test(cueText) && !cands.some((x) => x.start >= s.start + c.end && (x.kind === 'org' || x.kind === 'country' || x.kind === 'person') && giverFollows(doc.text.slice(Math.max(s.start, x.start - 40), x.start)))) return false;
        // "Schools will remain closed on Monday if the alert is still in force", "would provide ... provided that": a
        // conditional commits to nothing yet. (An explicit commitment with a condition is still one: "committed to
        // clearing all areas by 2025, provided that the funding gap is closed", "pledged more rice if needed".)
        if (CONDITION_AFTER.test(text.slice(c.end)) && !EXPLICIT_COMMITMENT.has(c.lemma)) return false;
        // "Deputy Akim X, who will coordinate the working group, said that ...": a person's role in a relative clause
        // set off by commas describes the speaker; the sentence says something else.
        if (c.kind === 'future' && WHO_CLAUSE_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start)) && /^[^,;.]*,/.test(text.slice(c.end))) return false;
        // "Unconfirmed reports that France has dispatched a vessel", "... were not confirmed by the Embassy": hearsay.
        if (HEARSAY.test(text)) return false;
        // "The agreement will be presented to the public", "its new strategy, which will be presented to the Council": a
        // document still to be shown gives nothing.
        if (/^presented$/i.test(cueText) && PASSIVE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) && presentedDocument(text.slice(Math.max(0, c.start - 90), c.start).replace(PASSIVE_BEFORE, ''))) return false;
        // "the monetary policy statement will be released on 12 February": a document made public is no benefit given.
        if (c.kind === 'passive' && /^(?:released|sent|delivered|made\s+available|available)$/.test(verb) && DOCUMENT_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return false;
        // "a pilot phase financed by KOICA in 2023, which trained ...", "the road section financed by the fund was
        // inaugurated in September 2023": a thing funded before, described in passing, with nothing still to come.
        if (c.kind === 'by' && !AUXILIARY_BEFORE.test(text.slice(0, c.start)) && !/\b(?:will|would|shall)\b/.test(text)) {
          const y = yearAfterIn(text);
          // ("Since 2019, UNEP has supported the replanting ... through the WIO-SAP project, funded by the GEF.")
          // (Only a mark that opens the sentence: "the largest climate investment in Samoa to date" still funds.)
          if ((y !== null && anchorYear !== null && y < anchorYear) || DONE_BEFORE.test(text) || (cues.pastMarkers.exec(text)?.index ?? 99) <= 2) return false;
        }
        // "No agreement was signed at that meeting", "would keep its funding under review": nothing committed.
        if (NOTHING_COMMITTED.test(text) || /^[^.;]{0,40}\bunder\s+review\b/.test(text.slice(c.end))) return false;
        // "will pay an official visit", "will pay tribute", "will deliver a keynote address": an event, not a payment or a delivery.
        if (c.kind === 'future') {
          // (Up to three words: "will hold an online information session".)
          const object = /^\s+(?:(?:a|an|the|his|her|its|their)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(text.slice(c.end, c.end + 48));
          if (object && object.slice(1).some((w) => w !== undefined && cues.eventObjects.has(w.toLowerCase()))) return false;
          // "The committee will hold its first meeting in June" (hosting one still can be: "would host a follow-up meeting").
          if (object && cues.meetingVerbs.has(verb) && object.slice(1).some((w) => w !== undefined && cues.meetingObjects.has(w.toLowerCase()))) return false;
        }
        // "The Minister will report to the Council of Ministers tomorrow": an account given to a body, no commitment.
        if (c.kind === 'future' && verb === 'report' && /^\s+(?:back\s+)?to\s+(?:the\s+)?\p{Lu}/u.test(text.slice(c.end, c.end + 24))) return false;
        // "Women will make up at least 50 per cent of participants", "will account for a third": a share, no action.
        if (c.kind === 'future' && SHARE_VERBS.has(verb) && SHARE_AFTER.test(text.slice(c.end, c.end + 60))) return false;
        // "The Ministry of Works will implement the project": an implementing body's role, not a commitment.
        if (c.kind === 'future' && cues.roleVerbs.has(verb)) {
          const object = /^\s+(?:the|this|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}]+)/u.exec(text.slice(c.end, c.end + 60));
          if (object && cues.roleObjects.has(object[1].toLowerCase())) return false;
        }
        // "The Government will ask the World Bank ...", "will submit a request to the European Commission": asking
        // another party for something commits the asker to nothing.
        if (c.kind === 'future' && cues.requestVerbs.has(verb)) return false;
        if (c.kind === 'future' && cues.submitVerbs.has(verb)) {
          // (Past one adjective too: "will submit the special budget bill".)
          const object = /^\s+(?:(?:a|an|the|its|their|a\s+formal|an\s+official)\s+)?([\p{L}]+)(?:\s+([\p{L}]+))?(?:\s+([\p{L}]+))?/u.exec(text.slice(c.end, c.end + 50));
          if (object && object.slice(1).some((w) => w !== undefined && cues.requestObjects.has(w.toLowerCase()))) return false;
        }
        // "The two countries last signed a port agreement in 2019": the signing before this one.
        if (c.lemma === 'sign' && /\blast\s+$/i.test(text.slice(0, c.start))) return false;
        // "the two leaders witnessed the signing of several agreements": documents not named and no sum commit no one yet.
        if (c.lemma === 'sign' && VAGUE_DOCUMENTS.test(text) && !findAmount(text)) return false;
        // "has provided ... since 1991", "was signed in July last year", "signed an air services agreement in 2019",
        // "Since 2023, BEL has signed ...": a description of the past.
        // (Fronted too: "Since 2015, Japan has donated ...", "In 2023, the EU allocated ...".)
        const clause = text.slice(from, Math.min(text.length, c.end + 120));
        const pastBenefit = (c.kind === 'party' && /^(?:has|have|decided|resolved|voted)\b/i.test(cueText)) || ((c.kind === 'benefit' || (c.kind === 'plain' && !c.noun)) && /ed$/.test(cueText)) || (c.lemma === 'sign' && /^(?:was|were|had|has|have|signed)\b/i.test(cueText));
        // (A plain "signed" only by its date: "X, which has operated in Cuba since 2019, signed a contract" is news.)
        const plainSigned = c.lemma === 'sign' && /^signed\b/i.test(cueText) && !/\b(?:has|have|had)\s+(?:\p{L}+ly\s+|also\s+)?$/iu.test(text.slice(Math.max(0, c.start - 24), c.start));
        if (pastBenefit && ((!plainSigned && cues.pastMarkers.test(clause)) || pastYear(lead) || pastYear(text.slice(0, c.start)) || longAgo(text.slice(c.end)))) return false;
        // "Since 1960, IDA has provided grants ...", "approved its first loan to Peru in 1961": a benefit noun in a
        // sentence about long ago, with nothing still to come.
        if (c.noun && !/\b(?:will|would|shall)\b/.test(text) && (pastYear(text.slice(0, c.start)) || longAgo(text.slice(c.end)))) return false;
        // "the IMF's Extended Fund Facility, approved in March 2023": a participle after a comma is no finite verb
        // (a finite one takes its object: "X, Minister of Finance, announced $85 million in funding").
        // ("the first results-based payment, received from Norway in 2022, to 31 provinces": so is "received".)
        // (After a common noun only: "Dr. Salem Ali Al-Ghwail, received at the Ministry's headquarters a shipment" is finite.)
        // (And only where its phrase closes with a comma: "The Ministry, represented by its secretary, received on Monday
        // a donation" is finite.)
        const receivedAfterNoun = /^received$/i.test(cueText) && /(?:^|\s)\p{Ll}+,\s*$/u.test(text.slice(Math.max(0, c.start - 30), c.start)) && /^[^,;.]{1,60},/.test(text.slice(c.end));
        if ((c.kind === 'party' || c.kind === 'benefit' || receivedAfterNoun) && /ed$/.test(cueText.split(/\s/)[0]) && text.slice(Math.max(0, c.start - 2), c.start).trim() === ',' && PARTICIPLE_NEXT.test(text.slice(c.end))) return false;
        // "signed today in Madrid the new agreement": a signing needs something signed among the next words.
        // "With the signing of the new agreement today, we believe ...": a fronted circumstance, not the signing itself.
        if (c.kind === 'signing' && /^(?:With|After|Following|Upon|On|Before|Since)\s+the\s+$/.test(text.slice(0, c.start))) return false;
        // (Past a time and place set off by commas: "signed, on Monday 2 June 2025 at the Group's headquarters, an agreement".)
        if (c.kind === 'signing') {
          const inserted = /^,[^,;.]{1,100},/.exec(text.slice(c.end, c.end + 102));
          const from = c.end + (inserted ? inserted[0].length : 0);
          if (!text.slice(from, from + 90).split(/[^\p{L}]+/u).some((w) => cues.signedThings.has(w.toLowerCase()))) return false;
        }
        // "announced a USD 300 million credit line": an announcement is a benefit only with money or a benefit named soon after.
        if (c.kind === 'benefit') {
          // (A cue closing the sentence, "..., the Minister has announced.", looks back over it.)
          const next = /^[.!"'’”\s]*$/.test(text.slice(c.end)) ? text.slice(0, c.start) : text.slice(c.end, c.end + 90);
          if (!findAmount(next) && !namesBenefit(next, cues)) return false;
          // "launched the Restoration Strategy, which aims to restore four million hectares": a thing launched gives a
          // benefit only when its own words name one ("launched a grant scheme"), or money.
          if (/^(?:launch|unveil)/i.test(cueText) && !findAmount(next) && !namesBenefit(next.split(/[,;(]|\bwhich\b|\bthat\b/)[0], cues)) return false;
        }
        const itReports = REPORTED_IT.test(text.slice(Math.max(0, c.start - 40), c.start)) && cands.some((x) => (x.kind === 'org' || x.kind === 'country') && x.end <= s.start + c.start);
        // "AUDA-NEPAD will publish the results ... and will support the winners": a second modal after "and" shares
        // the first one's subject.
        const shared = c.kind === 'future' ? sharedSubjectEnd(text, c.start) : -1;
        const subjectFrom = shared >= 0 ? clauses.start(shared) : from;
        const subjectText = text.slice(subjectFrom, shared >= 0 ? shared : c.start);
        if ((c.kind === 'future' || c.kind === 'party' || c.kind === 'benefit') && !partySubject(subjectText, s.start + subjectFrom, cands, cues, bodyHeads, itIsParty || itReports)) {
          // A thing as subject still states a benefit with "include", "provide", "fund" ("This will include ... funding").
          // (With money or a benefit named in it: "This will include contingency funding" gives, "Each installation will
          // include a battery system" does not.)
          const gives = () => !!findAmount(text) || namesBenefit(text.slice(c.end, c.end + 80), cues);
          if (!(c.kind === 'future' && cues.benefitVerbs.has(verb) && gives())) return false;
        }
        if (c.kind === 'agree' && /that$/i.test(text.slice(c.start, c.end)) && statesOnly(text.slice(c.end))) return false;
        // "X and Y sign loan agreement", "Parties agree to deepen ties": a headline announcing a signing or an
        // agreement names the event the body reports in full; the pledge is the body's sentence.
        if (signingHeadline) return false;
        if (c.kind === 'headline' && !headline) return false; // "Cooperation to be expanded" heads an article, "continues to be expanded" does not
        return cueIsVerb(text, c, parsed);
      };
      let found: CueMatch | undefined;
      let first: CueMatch | undefined;
      let actor: string | null = null;
      let tried = 0;
      for (const c of ordered) {
        if (tried >= 4 || !accepts(c)) continue;
        tried++;
        first ??= c;
        actor = actorOf(c);
        if (actor) {
          found = c;
          break;
        }
      }
      if (!found) found = first;
      // "X said Finland stands ready to ..., while Y said Vietnam is determined to ...": a second party's
      // commitment in a later clause of the same sentence is a second pledge with the same text; so is each party's
      // after a comma and a new subject ("The EU will add a grant, and the Bank will provide EUR 2 million";
      // "the Netherlands will provide a grant, Lakeview Solar will install the rooms, and the County will ...").
      const more: { cue: CueMatch; actor: string }[] = [];
      if (found && actor && actor !== 'joint') {
        let last = found;
        const seen = new Set([actor]);
        for (const c of ordered) {
          if (c.start <= last.end) continue;
          // (The new subject stands right before its cue: not "Centre-Nord, Sahel and Est regions, under a project funded by".)
          const gap = text.slice(last.end, c.start);
          const comma = gap.lastIndexOf(',');
          // (After a comma alone only a "will" of its own: "X will A, Y will B"; not "..., Minister Z announced after signing".)
          // ("..., and that the Cyprus Civil Defence would train": a second reported commitment; "..., and the two
          // agencies will share": a joint one after a party's own.)
          const bothSides = comma >= 0 && c.kind === 'future' && /^,\s+and\s+(?:that\s+)?the\s+(?:two|three)\s[^;:,]*$/.test(gap.slice(comma));
          const joined = (comma >= 0 && c.start - (last.end + comma) <= 120 && /^,\s+(?:and\s+)?(?:that\s+)?(?:the\s+)?[\p{Lu}\d][^;:]*$/u.test(gap.slice(comma))) || bothSides;
          // ("The AFD will provide a loan of EUR 55 million and the European Union (EU) will contribute a grant": "and"
          // with no comma, then a new subject of a few words and its own "will".)
          const andSubject = comma < 0 && c.kind === 'future' && andNewSubject(gap);
          const coordinated = (joined && c.kind !== 'by' && (/^,\s+and\s/.test(gap.slice(comma)) || c.kind === 'future')) || andSubject;
          // "announced today that the Government will provide": the announcement's content, not a second pledge
          // (a later clause may still hold another party's: "X pledged that the Ministry would ..., while Y promised ...").
          if (/^\s+(?:\p{L}+\s+){0,3}?that\s/u.test(gap) && !gap.includes(',')) continue;
          // "signed ... an agreement, under which Fiocruz will support ...": the terms of what was signed.
          if (last.lemma === 'sign' && UNDER_WHICH.test(gap)) break;
          if ((clauses.start(c.start) <= clauses.start(last.start) && !coordinated) || !accepts(c)) continue;
          const a = actorOf(c);
          // ("X will contribute ..., while the Ministry and the AfDB agreed to establish ...": both sides' own clause.)
          const whileBoth = comma >= 0 && /^,\s+(?:while|whereas)\s/.test(gap.slice(comma));
          if (!a || seen.has(a) || (a === 'joint' && !bothSides && !whileBoth && !(coordinated && /\bjointly\b/.test(text.slice(c.start, c.end + 10))))) break;
          more.push({ cue: c, actor: a });
          seen.add(a);
          last = c;
        }
        // "Japan pledged US$ 60 million, CIFF US$ 50 million and the European Union €40 million", "Kazakhstan will
        // supply 400,000 tonnes of coal and Uzbekistan 1.2 billion kilowatt-hours": a party and an amount with the verb
        // left out repeat the commitment for that party.
        if (!more.length) {
          for (const x of cands) {
            if (x.start < s.start + found.end || (x.kind !== 'org' && x.kind !== 'country') || seen.has(x.name)) continue;
            // ("co-financed by a US$8 million grant from Australia and a US$3.5 million grant from PRIF": each giver
            // of an amount named after "from" in a list of grants and loans.)
            const lead = doc.text.slice(Math.max(s.start, x.start - 60), x.start);
            const givenFrom = GIVEN_FROM.test(lead) && findAmount(lead) !== null && /\band\s/.test(lead);
            if (!givenFrom && (!GAPPED_BEFORE.test(doc.text.slice(Math.max(s.start, x.start - 8), x.start)) || !GAPPED_AMOUNT.test(doc.text.slice(x.end, x.end + 16)))) continue;
            more.push({ cue: found, actor: x.name });
            seen.add(x.name);
          }
        }
      }
      // "signed a Letter of Agreement under which UNDP will fund spare parts and the ministry will provide trained staff":
      // terms that bind two parties each to its own share are two pledges, one per party (one party's terms stay the
      // signing's).
      if (found?.lemma === 'sign' && !more.length) {
        const which = UNDER_WHICH.exec(text.slice(found.end));
        const terms = which ? ordered.filter((x) => x.start >= found!.end + which.index && x.kind === 'future' && accepts(x)) : [];
        const parties: { cue: CueMatch; actor: string }[] = [];
        for (const x of terms) {
          const a = actorOf(x);
          if (a && a !== 'joint' && !parties.some((q) => q.actor === a)) parties.push({ cue: x, actor: a });
        }
        if (parties.length >= 2) {
          found = parties[0].cue;
          actor = parties[0].actor;
          more.push(...parties.slice(1));
        }
      }
      // "X and Y will provide A and B respectively": a pledge for each party listed.
      const respective = found && actor ? respectiveParties(text, s.start, cands, s.start + found.start, s.start + found.end, actor) : null;
      if (found && respective) {
        actor = respective[0];
        for (const name of respective.slice(1)) if (!more.some((m) => m.actor === name)) more.push({ cue: found, actor: name });
      }
      if (found) {
        const cueEnd = s.start + found.end;
        // (Not a news agency or a newspaper that only files the story: "KUNA" commits to nothing.)
        if (!actor) actor = lastActor ?? doc.organisations.find((e) => !isMedia(e, orgs))?.name ?? 'unknown';
        const p: Pledge = { start: s.start, end: s.end, actor, action: lemmaOf(text, found), cue: { start: s.start + found.start, end: cueEnd } };
        const committed = actor;
        const benef = cands.find((c) => c.start >= cueEnd && !["joint", "he", "it", "we", "anaphor"].includes(c.kind) && fold(c.name) !== fold(committed));
        if (benef) p.beneficiary = benef.name;
        const amount = findAmount(text);
        if (amount) p.amount = { value: amount.value, currency: amount.currency, text: amount.text };
        const due = spansIn(doc.dates, s).find((d) => d.start >= cueEnd && d.end <= s.end);
        if (due) p.due = due.value;
        // (A headline's pledge still says who the article's party is.)
        if (!(headline && s.start < proseStart)) {
          out.push(p);
          for (const m of more) out.push({ start: s.start, end: s.end, actor: m.actor, action: lemmaOf(text, m.cue), cue: { start: s.start + m.cue.start, end: s.start + m.cue.end } });
        }
        if (actor !== 'joint' && actor !== 'unknown') lastActor = actor;
        lastPledgeActor = actor;
      }
      if (firstPerson) lastPerson = firstPerson;
    }
    doc.pledges = out;
    bodiesFromActors(doc, out, orgs, places, titleWords);
    writtenCountryNames(doc, out, places);
  },
};
