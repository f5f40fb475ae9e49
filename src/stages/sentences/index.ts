import type { Doc, Sentence } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { compiled } from '../../pipeline/compiled.js';
import { linesOf } from '../ingest/layout.js';
import { trailingRun } from '../../text/trim.js';
import { calendarWords, unguardedMonth } from '../dates/foreign.js';
import { FULL_MONTH_NAMES, MONTH_NAMES } from '../dates/relative.js';

const ENGLISH_MONTH = new RegExp(`^(?:${FULL_MONTH_NAMES})$`, 'i');

/** A date written year first with stops ("2025. 5. 22.", "2025. gada 14. oktobrī", "2025. május 9."). */
const YEAR_FIRST_DATE = /(?<![\d.])(?:19|20)\d\d\.\s?(?:gada\s+)?\d{1,2}\.\s?(?:\d{1,2}\.?|\p{L}+)/gu;

/** After a day's stop: a month number and a stop ("8. 2025", "10. to"), a year after the month's, or a month's name. */
function dayThenMonth(after: string, isMonth: (word: string) => boolean): boolean {
  if (/^\s?(?:\d{1,2}\.(?:\s|$)|(?:19|20)\d\d\b)/.test(after)) return true;
  const w = /^\s(\p{L}+)/u.exec(after);
  return !!w && isMonth(w[1]);
}

/** A month's English name or short form ("Jan.", "Sept."), as the dates stage writes them. */
const MONTH_OR_SHORT = new RegExp(`^(?:${MONTH_NAMES})$`);

/** After a weekday's short form: a day's number, or a month's name or its short form ("Wed. 14 Jan.", "Wed. Jan. 14"). */
function weekdayThenDate(after: string, isMonth: (word: string) => boolean): boolean {
  const w = /^\s(\d{1,2}\b|\p{L}+)(\.?)/u.exec(after);
  return !!w && (/^\d/.test(w[1]) || isMonth(w[1]) || (w[2] === '.' && MONTH_OR_SHORT.test(w[1])));
}

/**
 * Sentence boundaries inside one line: after . ! ? (and closing quotes) followed by a space and a capital,
 * a digit or a quote; or glued ("...Loi.The Lao") when a lower-case word runs straight into a capitalised one.
 * Not after abbreviations (Mr., H.E., U.S.) or initials (Johnny G. Plate), nor after a weekday's short form
 * (`weekdays`) before its date.
 */
export function splitLine(text: string, from: number, to: number, abbreviations: Set<string>, isMonth: (word: string) => boolean = () => false, openers: Set<string> = new Set(), honorifics: Set<string> = new Set(), weekdays: Set<string> = new Set()): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  const boundary = /(?<![.!?])([.!?]+|\u2026)(["')\]]*)(?:(\s+)(?=["'(\[]?[\p{Lu}\d])|(?=\p{Lu}\p{Ll})|(?=-\p{Lu}{2,}))/gu;
  boundary.lastIndex = from;
  const line = text.slice(0, to);
  // Found only when a stop follows a number (rare): most lines never look.
  let yearFirst: number[][] | null = null;
  const inYearFirstDate = (at: number) => (yearFirst ??= [...text.slice(from, to).matchAll(YEAR_FIRST_DATE)].map((d) => [from + d.index!, from + d.index! + d[0].length])).some(([a, b]) => at >= a && at < b - 1);
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(line))) {
    const stopAt = m.index;
    const glued = m[3] === undefined;
    // The word before the stop.
    const before = trailingRun(text.slice(Math.max(from, stopAt - 20), stopAt), /[\p{L}\d.]/u);
    // "signed with Acme Ltd. The company will", "Termo-Dardania Sh.P.K. Under the agreement": an abbreviation
    // that ends a name ends the sentence too when a word that only opens sentences follows.
    // (Not after a title or an honorific, `honorifics` without their stops: "Mr. In Sokhon" is a Khmer name.)
    const opens = m[3] !== undefined && !honorifics.has(before) && openers.has(/^[\p{L}]+/u.exec(text.slice(stopAt + m[0].length, stopAt + m[0].length + 20))?.[0] ?? '');
    if (m[1] === '.' && !opens) {
      if (abbreviations.has(before) || abbreviations.has(before.replace(/\.$/, ''))) continue;
      // "ST. GEORGE'S, GRENADA": an abbreviation in capitals, as datelines and letterheads write them.
      if (/^\p{Lu}{2,}$/u.test(before) && abbreviations.has(before[0] + before.slice(1).toLowerCase())) continue;
      if (/\p{Lu}\.\p{Lu}$/u.test(before)) continue; // S.R, U.S
      // "2025. 5. 22.", "2025. gada 14. oktobrī": a date written year first with stops, not three sentences.
      if (/^\d{1,4}$/.test(before) && inYearFirstDate(stopAt)) continue;
      // "Bratislava 14. 8. 2025", "Graz, 12. März 2025", "2. april": a day written with a stop, then its month.
      if (/^\d{1,2}$/.test(before) && dayThenMonth(text.slice(stopAt + 1, stopAt + 20), isMonth)) continue;
      // "BELMOPAN, Wed. Jan. 14, 2026": a weekday's short form, then the month or the day.
      if (weekdays.has(before) && weekdayThenDate(text.slice(stopAt + 1, stopAt + 20), isMonth)) continue;
    }
    if (m[1] === '.' && /^\p{Lu}$/u.test(before)) continue; // an initial, whatever follows ("Henry A. The")
    if (glued && !/\p{Ll}{2}$/u.test(before) && m[1] !== '.') continue;
    if (glued && !/[\p{Ll}\d)]$/u.test(before)) continue;
    if (glued && before.length < 3) continue; // "Ts.Enkhjargal", "B.Enkhjargal": an initial glued to a name
    const end = stopAt + m[1].length + m[2].length;
    if (end > start) out.push({ start, end });
    start = end + (m[3]?.length ?? 0);
  }
  if (start < to) out.push({ start, end: to });
  // Trim spaces.
  return out
    .map((s) => {
      let a = s.start;
      let b = s.end;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      return { start: a, end: b };
    })
    .filter((s) => s.end > s.start);
}

/** Stage 2: sentences with offsets, line by line, skipping page furniture. */
export const sentences: Stage = {
  name: 'sentences',
  run(doc: Doc, res) {
    // People's honorifics and titles' short forms ("Dr", "Tmt.", "Amb."), without their stops.
    const honorifics = compiled(res.people, 'honorificWords', (p) => new Set([...p.honorifics, ...p.titleAbbreviations].map((h) => (h.endsWith('.') ? h.slice(0, -1) : h))));
    // Names' own short forms ("Md. Anwarul") do not end a sentence either, nor honorifics and titles' short forms
    // written with a stop ("Tmt. V. Arulmozhi", "Ing. Agr. Carlos Pérez").
    const abbr = compiled(res.sentences, 'abbr', (r) => new Set([...r.abbreviations, ...res.people.nameAbbreviations, ...[...res.people.honorifics, ...res.people.titleAbbreviations].flatMap((h) => h.split(' ')).filter((h) => /^\p{Lu}[\p{L}.]*\.$/u.test(h)).map((h) => h.slice(0, -1))]));
    const openers = compiled(res.sentences, 'openers', (r) => new Set(r.openers));
    const weekdays = compiled(res.sentences, 'weekdays', (r) => new Set(r.weekdayAbbreviations));
    // Month names of every language, English included ("12. März", "2. april", "5. May").
    const cal = calendarWords(res.calendar);
    const isMonth = (w: string) => ENGLISH_MONTH.test(w) || unguardedMonth(w, cal) > 0;
    const out: Sentence[] = [];
    for (const line of linesOf(doc.text)) {
      if (line.end === line.start || doc.isJunk(line.start)) continue;
      for (const s of splitLine(doc.text, line.start, line.end, abbr, isMonth, openers, honorifics, weekdays)) out.push({ ...s, line: line.index });
    }
    doc.sentences = out;
  },
};
