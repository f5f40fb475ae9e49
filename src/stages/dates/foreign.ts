import type { CalendarResource } from '../../pipeline/resources.js';
import { compiled } from '../../pipeline/compiled.js';
import { formatPoint, isCalendarDay, type DateCandidate, type ParseContext } from './candidate.js';
import { isCommonWord } from '../../lexicon/english.js';

/**
 * Dates written with a month name of another language, as datelines of releases often are:
 * "Díli, 8 de outubro de 2025", "Kinshasa, le 3 septembre 2025", "Bogotá D.C., julio 3 de 2025",
 * "jueves, 14 ago 2025", "Rīgā, 2025. gada 14. oktobrī", "2025. május 9.". The month words come from
 * calendar-words.json (every CLDR language's month names, generated). A day and a four-digit year must
 * stand around the word, so an ordinary word that happens to be a month somewhere ("set", "mai") is
 * read as one only inside a full date; without a year ("Lausanne, jeudi 3 juillet") only a full
 * month name is read, and only in the article's first lines, where a dateline stands.
 */
export interface CalendarWords {
  /** Lower-cased month word -> month number. */
  months: Map<string, number>;
  /** A long month name without its last two letters (6 letters or more) -> month: inflected forms ("oktobrī"). */
  stems: Map<string, number>;
  /** Lower-cased weekday names of those languages ("jueves", "jeudi"). */
  weekdays: Set<string>;
  /** The first three letters of every month word and stem: a word opening otherwise is no month (most words). */
  openings: Set<string>;
}

/** How far into the article a date without a year may be a dateline's. */
const DATELINE_CHARS = 600;
const STEM_MIN = 4;

export function calendarWords(res: CalendarResource): CalendarWords {
  return compiled(res, 'calendar', (r) => {
    const months = new Map(Object.entries(r.months));
    const stems = new Map<string, number>();
    const clash = new Set<string>();
    for (const [w, m] of months) {
      if (w.length < STEM_MIN + 2) continue;
      const stem = w.slice(0, -2);
      if (stems.has(stem) && stems.get(stem) !== m) clash.add(stem);
      stems.set(stem, m);
    }
    for (const s of clash) stems.delete(s);
    const openings = new Set([...months.keys()].map((w) => w.slice(0, 3)));
    // "china" (Quechua) or "sun" (a short form): a weekday that is an ordinary English word is read as the word.
    return { months, stems, weekdays: new Set(r.weekdays.filter((w) => !isCommonWord(w))), openings };
  });
}

/**
 * A word that names a month in some language and is no ordinary English word ("März", "juillet", "oktobrī";
 * not "now", "here" or "set", which are month abbreviations somewhere): where no day and year guard the
 * reading (a dateline without its year, a stop after a day), only such a word is taken for a month.
 */
export function unguardedMonth(word: string, cal: CalendarWords): number {
  const w = word.toLowerCase();
  return w.length >= 4 && !isCommonWord(w) ? monthOf(w, cal, false) : 0;
}

/** The month a word names in some language, or 0; `stemmed` also accepts inflected forms of long names. */
function monthOf(word: string, cal: CalendarWords, stemmed: boolean): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!cal.openings.has(w.slice(0, 3))) return 0;
  const exact = cal.months.get(w);
  if (exact) return exact;
  if (!stemmed) return 0;
  for (let k = w.length - 1; k >= STEM_MIN; k--) {
    const m = cal.stems.get(w.slice(0, k));
    if (m) return m;
  }
  return 0;
}

const WORD = String.raw`(\p{L}[\p{L}\p{M}ʻ'’]*\.?)`;
const DAY = String.raw`(\d{1,2})\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
/** The word some languages put before a dateline's date: "Mérida, a 9 de mayo", "Kinshasa, le 3 septembre". */
export const DATELINE_PREPOSITIONS = ['a', 'le', 'el', 'den', 'am', 'il', 'dne'];
/** Words of a dateline's date that are not the date: those and "ngày" before the day; "de", "del", "gada" between. */
const LEAD = String.raw`(?:(?:${[...DATELINE_PREPOSITIONS, 'ngày'].join('|')})\s+)?`;
const LEAD_WORD = new RegExp(`^${LEAD.slice(0, -1)}`, 'u');
const OF = String.raw`(?:(?:de|del|di|do|da|of|gada|m\.)\s+)?`;
/** Day, month, year: "8 de outubro de 2025", "24 septembrie 2025", "14 ago 2025". */
const DMY = new RegExp(String.raw`(?<![\p{L}\d.])${LEAD}${DAY}\s+${OF}${WORD},?\s+${OF}${YEAR}(?!\d)`, 'gu');
/** Month, day, year: "julio 3 de 2025". */
const MDY = new RegExp(String.raw`(?<![\p{L}\p{M}\dʻ'’])${WORD}\s+(\d{1,2}),?\s+${OF}${YEAR}(?!\d)`, 'gu');
/** Year, day, month: "2025. gada 14. oktobrī"; year, month, day: "2025. május 9.", "2025 m. spalio 14 d.". */
const YDM = new RegExp(String.raw`(?<![\d.])${YEAR}\.?\s+${OF}${DAY}\s+${WORD}(?![\p{L}\d])`, 'gu');
const YMD = new RegExp(String.raw`(?<![\d.])${YEAR}\.?\s+${OF}${WORD}\s+(\d{1,2})(?:\.|\s+d\.)?(?![\p{L}\d])`, 'gu');
/** The patterns a year guards, with the groups of their year, month word and day, read in this order. */
const WITH_YEAR: { re: RegExp; year: number; month: number; day: number }[] = [
  { re: DMY, year: 3, month: 2, day: 1 },
  { re: MDY, year: 3, month: 1, day: 2 },
  { re: YDM, year: 1, month: 3, day: 2 },
  { re: YMD, year: 1, month: 2, day: 3 },
];
/** Day and month alone, in a dateline: "Lausanne, jeudi 3 juillet". */
const DM = new RegExp(String.raw`(?<![\p{L}\d.])${LEAD}${DAY}\s+${OF}${WORD}(?![\p{L}\d])`, 'gu');

/** A four-digit year: every reading but a dateline's day and month stands within a few words of one. */
const YEAR_AT = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** How far around a year its date's words can stand ("2025. gada 14. oktobrī", "8 de outubro de 2025"). */
const WINDOW = 40;
const LETTERS = /\p{L}[\p{L}\p{M}ʻ'’]*/gu;

/** Is any word of `text` a month of some language? (Most windows around a year hold none: then no pattern runs.) */
function holdsMonth(text: string, cal: CalendarWords): boolean {
  for (const w of text.match(LETTERS) ?? []) if (w.length >= 3 && monthOf(w, cal, true)) return true;
  return false;
}

export function foreignDates(ctx: ParseContext, cal: CalendarWords): DateCandidate[] {
  // Only the stretches around a year with a month word in them are read, not the whole sentence.
  const windows: [number, number][] = [];
  YEAR_AT.lastIndex = 0;
  for (let y = YEAR_AT.exec(ctx.text); y; y = YEAR_AT.exec(ctx.text)) {
    // From a word's start: a window cut inside "123" must not read "23".
    const a = ctx.text.lastIndexOf(' ', Math.max(0, y.index - WINDOW)) + 1;
    const b = Math.min(ctx.text.length, y.index + 4 + WINDOW);
    if (!holdsMonth(ctx.text.slice(a, b), cal)) continue;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else windows.push([a, b]);
  }
  const dateline = ctx.offset < DATELINE_CHARS;
  if (!windows.length && !dateline) return [];
  const out: DateCandidate[] = [];
  const taken: [number, number][] = [];
  const push = (at: number, written: string, y: number | null, m: number, d: number, explicitYear: boolean) => {
    // The span is the date itself, without the dateline's "a", "le" before it.
    const lead = LEAD_WORD.exec(written)?.[0].length ?? 0;
    const text = written.slice(lead);
    const start = ctx.offset + at + lead;
    const end = start + text.length;
    if (taken.some(([a, b]) => start < b && a < end)) return;
    taken.push([start, end]);
    out.push({ start, end, value: formatPoint(y, m, d, 'day'), granularity: 'day', source: 'foreign-month', priority: 2, explicitYear });
  };
  // Each pattern runs over each window; match indexes are made relative to the whole sentence.
  for (const g of WITH_YEAR) {
    for (const [a, b] of windows) {
      const part = ctx.text.slice(a, b);
      g.re.lastIndex = 0;
      for (let m = g.re.exec(part); m; m = g.re.exec(part)) {
        const [y, mo, d] = [Number(m[g.year]), monthOf(m[g.month], cal, true), Number(m[g.day])];
        if (mo && isCalendarDay(y, mo, d)) push(a + m.index, m[0], y, mo, d, true);
      }
    }
  }
  if (dateline) {
    DM.lastIndex = 0;
    for (let m = DM.exec(ctx.text); m; m = DM.exec(ctx.text)) {
      // No year guards this reading: no ordinary English word ("the 3 here"), no abbreviation ("set").
      const mo = unguardedMonth(m[2].replace(/\.$/, ''), cal);
      if (!mo || ctx.offset + m.index > DATELINE_CHARS) continue;
      const y = ctx.anchor.date ? Number(ctx.anchor.date.slice(0, 4)) : ctx.anchor.year;
      if (isCalendarDay(y ?? 2000, mo, Number(m[1]))) push(m.index, m[0], y, mo, Number(m[1]), false);
    }
  }
  return out;
}
