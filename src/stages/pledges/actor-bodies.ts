/**
 * A refiner after the pledges are found: a party that commits to something and that no stage took for a person,
 * a place or an organisation is an organisation with no head word in its name ("Enercal undertakes to ...",
 * "Te Aponga Uira will manage ...", "Tucson Water will"). It joins the article's organisations, with every place
 * its name is written as evidence.
 */
import type { Doc, OrgMention, Pledge } from '../../doc/document.js';
import { isCommonWord } from '../../lexicon/english.js';
import { fold } from '../ingest/normalise.js';
import { trimEndChars } from '../../text/trim.js';
import type { PlaceIndex } from '../places/index.js';
import type { OrgRules } from '../organisations/rules.js';
import { acronymShaped } from '../organisations/acronyms.js';
import { isLegalFormWord } from '../organisations/companies.js';
import { WEEKDAYS } from './actors.js';

/** Small words a name of this kind may hold ("Bahamas Power and Light", "Údarás na Gaeltachta"). */
const JOINERS = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'na', 'an', 'da', 'do', 'di', 'del', 'y', 'e', 'et', '&']);

/** Could the actor's name be an organisation's: capitalised words that are not a place, a day, a title or a code? */
function bodyName(name: string, r: OrgRules, places: PlaceIndex, titleWords: Set<string>): boolean {
  const words = name.split(' ');
  // "AUSTRALIA AND NEW ZEALAND": a heading in capitals.
  if (words.length > 1 && name === name.toUpperCase()) return false;
  if (words.length > 6 || !/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  if (places.places.has(name) || places.countryOf.has(name) || places.codes.has(name) || r.notAcronyms.has(name)) return false;
  // One acronym no stage took is a code or an undefined abbreviation; one legal form ("JSC") names no company.
  if (words.length === 1 && (acronymShaped(name) || isLegalFormWord(r, name))) return false;
  // "IPARD III", "Horizon 2020": a programme's number or edition.
  if (/^(?:[IVX]+|\d[\d.-]*)$/.test(words[words.length - 1])) return false;
  // "Ogooué-Ivindo Province": a place and its descriptor is a place.
  if (words.length === 2 && r.placeDescriptors.has(words[1].toLowerCase())) return false;
  let proper = false;
  for (const w of words) {
    if (JOINERS.has(w)) continue;
    const bare = trimEndChars(w, ".'");
    // (The organisation rules' titles hold the honorifics too.)
    if (!/^\p{Lu}/u.test(w) || r.titles.has(bare) || titleWords.has(bare) || WEEKDAYS.has(w) || r.calendarWords.has(w)) return false;
    if (!w.split('-').every((part) => !part || isCommonWord(part))) proper = true;
  }
  return proper;
}

/** Where the name is written in the article, whole words only. */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const edge = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (edge.test(text[at - 1] ?? '') || edge.test(text[at + name.length] ?? '')) continue;
    out.push({ start: at, end: at + name.length });
  }
  return out;
}

/** The words of a name, folded, for finding one name inside another. */
const wordsOf = (name: string) => ` ${fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The organisation an actor's name (`inner`: its words as wordsOf gives them) is another name for: a run of the
 * words of its name or of an alias ("Hanseong" in "Hanseong Battery Materials Co Ltd", "Rosatom" in "State Atomic
 * Energy Corporation Rosatom"), or a name
 * written in brackets right after one of its mentions ("State Secretariat for the Environment (Semas)") or in
 * apposition before one ("Medr, the Commission for Tertiary Education and Research, will").
 */
function bodyItNames(doc: Doc, inner: string, spans: { start: number; end: number }[], byEnd: Map<number, OrgMention>, byStart: Map<number, OrgMention>): number {
  const i = doc.organisations.findIndex((o) => [o.name, ...o.aliases].some((n) => wordsOf(n).includes(inner)));
  if (i >= 0) return i;
  for (const s of spans) {
    const before = doc.text.slice(s.start - 2, s.start) === ' (' && doc.text[s.end] === ')' ? byEnd.get(s.start - 2) : undefined;
    if (before) return before.entity!;
    const gap = /^,\s+(?:the\s+)?/.exec(doc.text.slice(s.end, s.end + 8));
    const after = gap ? byStart.get(s.end + gap[0].length) : undefined;
    if (after && /^\s*,/.test(doc.text.slice(after.end))) return after.entity!;
  }
  return -1;
}

/** At most this many parties per article are looked up in its text (each lookup reads the whole text once). */
const MAX_LOOKUPS = 40;

/** Adds to doc.organisations each pledge actor that names a body no stage found. */
export function bodiesFromActors(doc: Doc, pledges: Pledge[], r: OrgRules, places: PlaceIndex, titleWords: Set<string>): void {
  const known = new Set<string>();
  for (const o of doc.organisations) for (const n of [o.name, ...o.aliases]) known.add(fold(n));
  // Most articles name every party that commits: what follows is worked out only for an actor no stage found.
  if (pledges.every((p) => p.actor === 'joint' || p.actor === 'unknown' || known.has(fold(p.actor)))) return;
  const people = doc.people.flatMap((p) => [p.name, ...p.mentions.map((m) => m.name)]).map(wordsOf);
  const byEnd = new Map<number, OrgMention>();
  const byStart = new Map<number, OrgMention>();
  for (const m of doc.orgMentions) {
    if (m.entity === undefined) continue;
    byEnd.set(m.end, m);
    byStart.set(m.start, m);
  }
  // Where the organisations stage found a mention, an occurrence of the actor's name is inside it ("Mekong Xanh" in
  // "Mekong Xanh Agriculture JSC"): not a mention of its own.
  const found = [...doc.orgMentions];
  const taken = (sp: { start: number; end: number }) => found.some((m) => m.start < sp.end && sp.start < m.end);
  const renamed = new Map<string, string>();
  let lookups = 0;
  for (const { actor } of pledges) {
    if (actor === 'joint' || actor === 'unknown' || known.has(fold(actor))) continue;
    known.add(fold(actor));
    // "Mongolia Jennifer Lynn Harcourt": a person's name inside is a person, not a body.
    if (!bodyName(actor, r, places, titleWords)) continue;
    const actorWords = wordsOf(actor);
    if (people.some((p) => actorWords.includes(p))) continue;
    if (++lookups > MAX_LOOKUPS) break;
    const all = occurrences(doc.text, actor);
    const spans = all.filter((sp) => !taken(sp));
    if (!spans.length) continue;
    const named = bodyItNames(doc, actorWords, all, byEnd, byStart);
    const entity = named >= 0 ? named : doc.organisations.length;
    const mentions: OrgMention[] = spans.map((s) => ({ ...s, surface: actor, key: `actor:${actor}`, country: null, entity }));
    if (named >= 0) {
      const body = doc.organisations[named];
      body.aliases.push(actor);
      body.mentions = [...body.mentions, ...mentions].sort((a, b) => a.start - b.start);
      // A company named again without its legal form is the party under its registered name.
      const registered = body.mentions.find((m) => m.company && m.surface.startsWith(`${actor} `));
      if (registered) renamed.set(actor, registered.surface);
    } else doc.organisations.push({ name: actor, aliases: [], country: null, mentions });
    doc.orgMentions.push(...mentions);
  }
  if (renamed.size) for (const p of pledges) p.actor = renamed.get(p.actor) ?? p.actor;
}
