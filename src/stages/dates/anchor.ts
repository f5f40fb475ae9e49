import type { Doc } from '../../doc/document.js';
import { NO_ANCHOR, type Anchor, type DateCandidate } from './candidate.js';
import { chronoParser, foreignDateParser, numericDateParser } from './parsers.js';
import { MONTH_NAMES } from './relative.js';
import { DATELINE_PREPOSITIONS } from './foreign.js';
import type { CompiledDateRules } from './rules.js';

/** How far into the article a statement of when it was issued is looked for (a letterhead, a motto and a headline can take six lines). */
const FIRST_SENTENCES = 10;
const FIRST_CHARS = 1500;

/** "The press release issued by ... on 3 September 2023", "Published on 12 May 2023", "Date of publication: 12.05.2023", "Date of release: Wednesday, 14th May, 2025", "Embargoed until 10:00, July 3, 2025". */
const ISSUED = /\b(?:issued|published|publication|posted|dated|released|embargoed)\b|\bdate(?:\s+of\s+(?:release|issue))?\s*:/i;
/** What was issued is the text itself: a release, statement, communiqué, notice (else "the report, published on ..."). */
const RELEASE = /\b(?:release|statement|communiqu[eé]|notice|announcement|bulletin|advisory|readout)\b/i;
/** A line that opens with its issue: "Posted On:", "Published:", "News | Published 14 January 2025 | Updated ...". */
const OPENS_ISSUED = /^\s*(?:\p{L}+\s*[|:–—-]\s*)?(?:issued|published|posted|released|dated|embargoed)\b/iu;
/** A kind of release and a bar, colon or dash before its date: "Press release | 24. 9. 2025", "News release – 3 June 2025". */
const KIND = /^(?:press|news|media)\s+(?:release|statement|advisory|note)$/i;
const kindLead = (lead: string) => KIND.test(lead.trim().replace(/[|:–—-]$/, '').trimEnd());
/** A line this short that says "published"/"issued" and a date is a dateline ("Issued: 12 May 2023"). */
const SHORT_WORDS = 8;
/** Words of a place (and agency) before a dateline's date: "NEW DELHI,", "WASHINGTON, DC –", "Kigali,". */
const PLACE_WORDS = 5;

/** Small words inside place names: "Ciudad de México", "Santa Cruz de la Sierra", "Frankfurt am Main", "Dar es Salaam". */
const PLACE_PARTICLES = new Set(['es', 'de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'di', 'du', 'des', 'al', 'el', 'am', 'an', 'der', 'sur']);
/** "FOR IMMEDIATE RELEASE | 4 February 2025": the release formula before a dateline's place or date. */
const IMMEDIATE_RELEASE = /^\s*for\s+immediate\s+release\s*[|:·/–—-]?\s*/i;
/** Lower-case words of a label or a body's name before a bar ("Ministry of Health ·"). */
const LABEL_JOINERS = new Set(['of', 'and', 'for', 'the', '&']);
/** A dateline's preposition right before its date ("Mérida, a 9 de mayo"): dropped from the place. */
const DATE_PREPOSITION = new RegExp(`\\s(?:${DATELINE_PREPOSITIONS.join('|')})$`);

/**
 * What stands before a date that opens its line, if the date is a dateline: nothing but a weekday, or
 * a place of capitalised words (not "On", "In") ending with a comma, a dash, a bracket or a bar, or a place
 * of one or two words with nothing after it ("Bratislava 14. 8. 2025").
 */
function datelineLead(lead: string, c: CompiledDateRules): boolean {
  // A weekday (in any language: "jueves, 14 ago 2025"), and a date of another calendar before the Gregorian one
  // ("Riyadh, Dhu al-Qadah 20, 1446, May 18, 2025"): its numbers and its Arabic article go; its month's name
  // reads as a capitalised word of the place.
  const functionWords = c.yearAfterCapitalised;
  const rest = lead
    .replace(IMMEDIATE_RELEASE, '')
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi, ' ')
    .replace(/[\p{L}ʻ'’]+/gu, (w) => (c.calendar.weekdays.has(w.toLowerCase()) ? ' ' : w))
    .replace(/\b\d{1,4}\b|\bal-/g, ' ')
    .trim()
    .replace(DATE_PREPOSITION, '');
  if (/^[,(]*$/.test(rest)) return true;
  const words = rest.split(/[\s,–—()|·/-]+/).filter(Boolean);
  // "Ministry of Health · 12 June 2024", "News / 14.03.2025": before a bar, a dot or a slash the words are a label
  // or a body's name, which may hold lower-case joiners. ("OTTAWA, ON,": a province's code after the place is no "on".)
  const barred = /[|·/]$/.test(rest);
  // "Bratislava 14. 8. 2025": a place of a word or two may stand before the date without a comma; "KOROR, Palau
  // (March 20, 2025)", "Victoria, Mahé | 27 January 2025": or with a bracket or a bar.
  if (!/[,–—(|·/-]$/.test(rest) && !(words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !functionWords.has(w.toLowerCase())))) return false;
  // ("The Global New Light of Myanmar | February 5, 2025 |": a newspaper's name before a bar may open with "The".)
  // ("NASSAU, The Bahamas –", "BANJUL, The Gambia,": a country's name may open with "The" after the place.)
  const countryThe = (w: string, n: number) => w === 'The' && n > 0 && /^\p{Lu}\p{Ll}/u.test(words[n + 1] ?? '') && n + 2 === words.length;
  return words.length <= PLACE_WORDS + 3 && words.every((w, n) => (/^\p{Lu}/u.test(w) && (!functionWords.has(w.toLowerCase()) || (n > 0 && /^\p{Lu}{2}$/u.test(w)) || (barred && n === 0 && w === 'The') || countryThe(w, n))) || PLACE_PARTICLES.has(w) || (barred && LABEL_JOINERS.has(w)));
}

/** Full dates (a day with its year, not an interval) written in a line or a sentence, in text order. */
function fullDates(text: string, c: CompiledDateRules, dayFirst: boolean, chronoCache?: Map<string, unknown[]>): DateCandidate[] {
  const ctx = { text, offset: 0, anchor: NO_ANCHOR, dayFirst, tenseAt: () => null, chronoCache };
  return [...chronoParser(ctx, c), ...numericDateParser(ctx, c), ...foreignDateParser(ctx, c)].filter((d) => d.granularity === 'day' && d.explicitYear && !d.value.includes('/')).sort((a, b) => a.start - b.start);
}

/** How many of the last lines are looked at for a release's sign-off date ("BANDAR SERI BEGAWAN / 5 JUNE 2025"). */
const LAST_LINES = 4;

/**
 * A full date alone on one of the article's last lines, or after a place ("Warsaw, 26.09.2025"): the sign-off
 * of a release that states its date at the end.
 */
function signOffDate(doc: Doc, c: CompiledDateRules, dayFirst: boolean, chronoCache?: Map<string, unknown[]>): string | null {
  const lines = doc.text.trimEnd().split('\n').map((l) => l.trim()).filter(Boolean).slice(-LAST_LINES).reverse();
  for (const line of lines) {
    if (line.split(/\s+/).length > 8) continue;
    const d = fullDates(line, c, dayFirst, chronoCache)[0];
    if (d && datelineLead(line.slice(0, d.start), c) && !line.slice(d.end).replace(/[.)\s]/g, '')) return d.value;
  }
  return null;
}

/**
 * A headline that ends with its place and date after a dash: "Visit to Brazil of the Minister ... - Brasília, August 21, 2025".
 */
function datedHeadline(line: string, d: DateCandidate, c: CompiledDateRules): boolean {
  if (line.slice(d.end).replace(/[.)\s]/g, '')) return false;
  const lead = line.slice(0, d.start);
  const dash = Math.max(lead.lastIndexOf(' - '), lead.lastIndexOf(' – '), lead.lastIndexOf(' — '));
  return dash > 0 && /,\s*$/.test(lead) && datelineLead(lead.slice(dash + 3), c);
}

/**
 * When ingest found no dateline, no input `published` and no --reference-date: a full date (day, month
 * and year) in the article's first sentences that says when the release was issued. Either the date
 * opens its line, alone or after a place ("March 31, 2017 Signing of ...": a dateline run into the
 * headline; "NEW DELHI, 12 MAR 2023"; "Kigali, 15th March 2023 – The minister ..."), or the sentence
 * says the text was issued, published, posted, dated or released then: it names the release or
 * statement, or is a short line ("Issued on 12 May 2023"), not "the report, published on 12 May 2023, ...".
 * Dates are read by this stage's own parsers, so numeric ones follow the article's order.
 */
export function issueDate(doc: Doc, c: CompiledDateRules, dayFirst: boolean, chronoCache?: Map<string, unknown[]>): string | null {
  for (const s of doc.sentences.slice(0, FIRST_SENTENCES)) {
    if (s.start > FIRST_CHARS) break;
    const text = doc.slice(s);
    const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
    const opensLine = !doc.text.slice(lineStart, s.start).trim();
    const cands = fullDates(text, c, dayFirst, chronoCache);
    // A line that opens with the word ("Posted On: 02 DEC 2025 4:15PM by PIB Delhi") is about the text itself too.
    const aboutRelease = RELEASE.test(text) || text.split(/\s+/, SHORT_WORDS + 1).length <= SHORT_WORDS || (opensLine && OPENS_ISSUED.test(text));
    for (const d of cands) {
      if (d.start > FIRST_CHARS) break;
      const lead = text.slice(0, d.start);
      const atStart = opensLine && datelineLead(lead, c);
      if (atStart || (aboutRelease && ISSUED.test(lead)) || (opensLine && kindLead(lead)) || (opensLine && datedHeadline(text, d, c))) return d.value;
    }
  }
  return null;
}

/**
 * A dateline that gives the day without the year ("Vientiane, March 4 (KPL) -", "Suva, Fiji – 14 March", "BAKU,
 * October 10."): the month and day ("03-04") of the first such date that opens a line of the article's first lines
 * after nothing but a place. With the year the article's dates share, it anchors "yesterday" and "next month".
 */
export function yearlessDateline(doc: Doc, cands: DateCandidate[], c: CompiledDateRules): string | null {
  for (const d of cands) {
    if (d.start > DATELINE_REACH) break;
    const m = /^XXXX-(\d\d-\d\d)$/.exec(d.value);
    if (!m) continue;
    const lineStart = doc.text.lastIndexOf('\n', d.start - 1) + 1;
    if (datelineLead(doc.text.slice(lineStart, d.start), c)) return m[1];
  }
  return null;
}
/** How far into the article a dateline without its year is looked for. */
const DATELINE_REACH = 600;

/**
 * The one year that the article's explicitly written years share, when it writes at least one full
 * date or month with its year ("8th September 2021", "September 2023"): it places "Sept. 6 to 8" and
 * "May 10" in that year. Any other year written (a bare "2019", an interval's end, a historical "January
 * 7, 1979") leaves dates without a year as XXXX; bare years alone do not count ("March 22" in an article
 * that mentions 2014 stays XXXX).
 */
export function sharedYear(cands: DateCandidate[]): number | null {
  const years = new Set<string>();
  let calendar = false;
  for (const c of cands) {
    if (!c.explicitYear) continue;
    for (const end of c.value.split('/')) years.add(end.slice(0, 4));
    if (c.granularity !== 'year') calendar = true;
  }
  return calendar && years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A month and year in brackets in the headline, "UK announces aid ... [September 2023]": the month the
 * release was issued. It gives the publication year, not a day.
 */
export function headlineYear(doc: Doc): number | null {
  const first = doc.sentences[0];
  if (!first) return null;
  const lineStart = doc.text.lastIndexOf('\n', first.start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', first.start);
  const line = doc.text.slice(lineStart, Math.min(lineEnd === -1 ? doc.text.length : lineEnd, lineStart + 400));
  const m = new RegExp(`[\\[(]\\s*(?:${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d\\d)\\s*[\\])]`).exec(line);
  return m ? Number(m[1]) : null;
}

/**
 * `dayFirst`: numeric dates of this article are written day first (text/day-first.ts). An issue date
 * found here ("Díli, 8 de outubro de 2025", a sign-off) is also the record's `published`, which ingest leaves
 * empty when its dateline patterns do not read the line.
 */
export function documentAnchor(doc: Doc, c: CompiledDateRules, dayFirst: boolean, chronoCache?: Map<string, unknown[]>): Anchor {
  // Looked for whenever the record has no publication date, so that --reference-date does not change it.
  const issued = doc.published ? null : (issueDate(doc, c, dayFirst, chronoCache) ?? signOffDate(doc, c, dayFirst, chronoCache));
  // The issue date the article states anchors it for the later stages too (pledges read doc.anchor), before a
  // --reference-date, which stands only for articles that state none.
  if (issued) {
    doc.published = issued;
    if (!doc.anchor || doc.anchor === doc.referenceDate) doc.anchor = issued;
  }
  if (doc.anchor) return { date: doc.anchor, year: Number(doc.anchor.slice(0, 4)) };
  if (issued) return { date: issued, year: Number(issued.slice(0, 4)) };
  const year = headlineYear(doc);
  return year !== null ? { date: null, year, yearIsPublication: true } : NO_ANCHOR;
}
