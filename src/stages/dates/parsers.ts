import * as chrono from 'chrono-node';
import { formatInterval, formatPoint, isCalendarDay, type DateCandidate, type Granularity, type ParseContext } from './candidate.js';
import { capitalised, MONTH_NAMES, monthIndex, relativeParser } from './relative.js';
import { shift, weekdayDate, weekdayOf, yearFor, ymd } from './resolve.js';
import type { CompiledDateRules } from './rules.js';
import { periodParser } from './periods.js';
import { foreignDates } from './foreign.js';
import { lastWord, trimEndChars } from '../../text/trim.js';

export type Parser = (ctx: ParseContext, rules: CompiledDateRules) => DateCandidate[];

/**
 * chrono-node with only the parsers for dates as written (month names, numeric dates, weekdays). Its
 * clock-time parser reads "from 1 June" as 1 o'clock in June; its relative parsers ("in a year", "the day before", "last few months",
 * "a year earlier") and casual words ("now", "tonight", "this morning") read durations and anaphora
 * as dates; relative.ts reads the relative dates this stage keeps. The casual time parser would also
 * swallow "the morning of 8 September 2021" whole and lose the date, and the end-of-period refiner turns
 * "the end of November" into a day.
 */
const DATE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
/**
 * Its unlikely-format filter keeps "May" only after "in" ("since May", "mid-May" lost); monthIsName
 * decides instead. Without clock times, time zones ("(GMT+7)") are not part of a date.
 */
const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner', 'ENUnlikelyFormatFilter', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner']);

function datesOnlyChrono(): chrono.Chrono {
  const c = chrono.en.casual.clone();
  c.parsers = c.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)).map((r) => (r.constructor.name === 'ENMergeDateRangeRefiner' ? guardedRangeMerge(r) : r));
  return c;
}

type MergeRefiner = chrono.Refiner & { shouldMergeResults(between: string, current: chrono.ParsingResult, next: chrono.ParsingResult): boolean };

/**
 * chrono's range merge, refused where the dash is a dateline's and what follows opens the sentence: "HANOI, May 12,
 * 2023 – On Thursday, the minister met ..." is a date and a weekday, not a range from one to the other. (A new
 * instance of the refiner's class: chrono.en.casual's own stays as it is.)
 */
function guardedRangeMerge(refiner: chrono.Refiner): chrono.Refiner {
  const Base = refiner.constructor as new () => MergeRefiner;
  return new (class extends Base {
    override shouldMergeResults(between: string, current: chrono.ParsingResult, next: chrono.ParsingResult): boolean {
      if (/^on\b/i.test(next.text) || (next.start.isOnlyWeekdayComponent() && current.start.isCertain('year'))) return false;
      return super.shouldMergeResults(between, current, next);
    }
  })();
}
export const CHRONO = datesOnlyChrono();

const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'i');
/** A weekday alone, full name, maybe with a modifier ("Sun", "Wed" and "weekend" are not read alone). */
const WEEKDAY_ALONE = /^(?:(this|last|next|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_OF_WEEK = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?(next|last)\s+week$/i;

/** The date within 13 days of `anchor` (YYYY-MM-DD) that is weekday `wd` (0 = Sunday) and day `day` of its month, or null. */
function weekdayOnDay(wd: number, day: number, anchor: string): [number, number, number] | null {
  for (let d = -13; d <= 13; d++) {
    const [y, m, dd] = shift(anchor, 'day', d);
    if (dd === day && weekdayOf(y, m, dd) === wd) return [y, m, dd];
  }
  return null;
}

/** Trims what chrono includes around a date: punctuation, a leading preposition ("on 4 September 2018"). */
function trimSpan(text: string, index: number): { text: string; index: number } {
  let a = 0;
  let b = text.length;
  while (a < b && /[\s,(]/.test(text[a])) a++;
  while (b > a && /[\s,)]/.test(text[b - 1])) b--;
  let t = text.slice(a, b);
  let i = index + a;
  const lead = /^(?:on|in|at|from|by|since|the|of)\s+/i.exec(t);
  if (lead) {
    i += lead[0].length;
    t = t.slice(lead[0].length);
  }
  return { text: t, index: i };
}

/**
 * A month name alone that is a person's name: "Theresa May", "Ms. June Tan", "April Smith said". After
 * a capitalised word other than a function word ("In June", "Since May"), or before a capitalised word
 * with no function word in front ("June Tan said"); "May" opening a sentence is a wish. "in June",
 * "late April", "mid-May", "June was busy" are months.
 */
function monthIsName(text: string, start: number, end: number, c: CompiledDateRules): boolean {
  const before = text.slice(Math.max(0, start - 25), start);
  const prev = /\s$/.test(before) || !before ? trimEndChars(lastWord(before), '.') : '';
  const next = /^\s*(\p{L}+)/u.exec(text.slice(end, end + 25))?.[1] ?? '';
  if (c.yearAfterCapitalised.has(prev.toLowerCase())) return false;
  if (!before.trim() && /^may$/i.test(text.slice(start, end))) return true; // "May the friendship ...": a wish
  return capitalised(prev) || capitalised(next);
}

/**
 * Dates as written, read by chrono: "4 September 2018", "March 11-13", "Sept. 6 to 8", "October 2017",
 * "2019-06-03", "Monday". A year left out is fixed by the anchor and the tense of the clause
 * (resolve.ts); a weekday alone by the tense too. Numeric dates need their year ("6 1/4%", "7/8" are
 * fractions); month names need their capital ("you may", "the march").
 */
export const chronoParser: Parser = (ctx, c) => {
  const { anchor } = ctx;
  const ref = anchor.date ? new Date(`${anchor.date}T12:00:00Z`) : new Date('2000-06-15T12:00:00Z');
  const out: DateCandidate[] = [];
  const key = `${anchor.date ?? ''}\u0000${ctx.text}`;
  let results = ctx.chronoCache?.get(key) as chrono.ParsedResult[] | undefined;
  if (!results) {
    results = CHRONO.parse(ctx.text, { instant: ref, timezone: 0 });
    ctx.chronoCache?.set(key, results);
  }
  for (const r of results) {
    const s = r.start;
    const { text, index } = trimSpan(r.text, r.index);
    if (c.duration.test(text) || c.vague.test(text)) continue; // a length of time or a vague time, should chrono read one
    // "INDEC", "DECREE": chrono may read a month's abbreviation inside a longer word.
    if (/[\p{L}\p{N}]/u.test(ctx.text[index - 1] ?? '') || /\p{L}/u.test(ctx.text[index + text.length] ?? '')) continue;
    const hasDay = s.isCertain('day');
    const hasMonth = s.isCertain('month');
    const hasYear = s.isCertain('year');
    let value: string;
    let g: Granularity;
    if (hasMonth) {
      const name = MONTH_WORD.exec(text);
      // Numeric dates other than ISO are numericDateParser's ("7/8" is a fraction, "01/03/2019/QH" a number).
      if (name ? !capitalised(name[0]) : !/^\d{4}[-/.]\d\d?[-/.]\d\d?\b/.test(text) || !hasYear || !hasDay) continue;
      if (!hasDay && !hasYear && !r.end && monthIsName(ctx.text, index, index + text.length, c)) continue;
      g = hasDay ? 'day' : 'month';
      const month = s.get('month')!;
      const day = hasDay ? s.get('day')! : null;
      const e = r.end;
      const endYearCertain = e?.isCertain('year') ?? false;
      let year: number | null;
      if (hasYear) year = s.get('year')!;
      else if (e && endYearCertain) year = e.get('year')! - (e.get('month')! < month ? 1 : 0);
      else year = yearFor(month, day, anchor, ctx.tenseAt(index, index + text.length));
      const start = formatPoint(year, month, day, g);
      value = start;
      if (e) {
        if (!e.isCertain('month') && !e.isCertain('day')) continue;
        const em = e.get('month')!;
        const ed = e.get('day');
        let ey = endYearCertain ? e.get('year')! : year;
        if (!endYearCertain && ey !== null && (em < month || (em === month && g === 'day' && ed! < day!))) ey += 1;
        value = formatInterval(start, formatPoint(ey, em, ed, g));
      }
      // A period with its end year written ("from 1 April 2026 to 31 March 2027", "from 20 February till 1 April 2025")
      // beats a reading of one end alone.
      const priority = e && endYearCertain ? 2 : 1;
      out.push({ start: ctx.offset + index, end: ctx.offset + index + text.length, value, granularity: g, source: 'chrono', priority, explicitYear: hasYear || endYearCertain });
      continue;
    }
    // A weekday alone: needs the publication date; "Friday to December" is no date.
    if (!s.isCertain('weekday') || r.end || !anchor.date) continue;
    // "Tuesday next week", "Friday of last week": that day of the week (Monday to Sunday) after or before the publication's.
    const weekOf = WEEKDAY_OF_WEEK.exec(text);
    if (weekOf && capitalised(weekOf[1])) {
      const monday = -((weekdayOf(...ymd(anchor.date)) + 6) % 7);
      const at = shift(anchor.date, 'day', monday + (/next/i.test(weekOf[2]) ? 7 : -7) + ((WEEKDAYS.indexOf(weekOf[1].toLowerCase()) + 6) % 7));
      out.push({ start: ctx.offset + index, end: ctx.offset + index + text.length, value: formatPoint(at[0], at[1], at[2], 'day'), granularity: 'day', source: 'weekday', priority: 1 });
      continue;
    }
    const w = WEEKDAY_ALONE.exec(text);
    if (!w || !capitalised(w[2])) continue;
    let point: [number, number, number];
    // "on Monday (16)": a weekday with its day of the month in brackets, as Brazilian releases write it, is the one
    // within a fortnight of the publication that falls on that day.
    const dayNote = /^\s?\((\d{1,2})\)/.exec(ctx.text.slice(index + text.length, index + text.length + 6));
    const noted = dayNote && !w[1] ? weekdayOnDay(WEEKDAYS.indexOf(w[2].toLowerCase()), Number(dayNote[1]), anchor.date) : null;
    // "last Monday": chrono's reading. "next Sunday" is the coming one two days ahead or more ("next Wednesday (30)"
    // written on Monday the 28th); said the day before or on the day, the one a week on. "this Thursday" is the one of
    // this week the tense points to ("said this Thursday that ..." on a Friday is yesterday), not always the next.
    if (noted) point = noted;
    else if (w[1] && /^next$/i.test(w[1].trim())) {
      const coming = weekdayDate(WEEKDAYS.indexOf(w[2].toLowerCase()), anchor.date, 'future');
      const at = formatPoint(coming[0], coming[1], coming[2], 'day');
      const tomorrow = shift(anchor.date, 'day', 1);
      point = at === anchor.date || at === formatPoint(tomorrow[0], tomorrow[1], tomorrow[2], 'day') ? shift(at, 'day', 7) : coming;
    } else if (w[1] && !/^this$/i.test(w[1].trim())) point = [s.get('year')!, s.get('month')!, s.get('day')!];
    else {
      // "Submissions close by Friday", "open until Sunday": a deadline in a clause that is not past is the coming one.
      const tense = ctx.tenseAt(index, index + text.length);
      const deadline = tense !== 'past' && DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, index - 12), index));
      point = weekdayDate(WEEKDAYS.indexOf(w[2].toLowerCase()), anchor.date, deadline ? 'future' : tense);
    }
    g = 'day';
    value = formatPoint(point[0], point[1], point[2], 'day');
    out.push({ start: ctx.offset + index, end: ctx.offset + index + text.length, value, granularity: g, source: 'weekday', priority: 1 });
  }
  // A weekday beside the date it names ("Monday (March 13)", "13 March (Monday)"): the date says it.
  return out.filter((c, i) => {
    if (c.end <= c.start) return false;
    if (c.source !== 'weekday') return true;
    const near = (d: DateCandidate | undefined) =>
      d !== undefined && d.granularity === 'day' && d.source !== 'weekday' && /^[\s,()–-]*$/.test(d.start >= c.end ? ctx.text.slice(c.end - ctx.offset, d.start - ctx.offset) : ctx.text.slice(d.end - ctx.offset, c.start - ctx.offset));
    return !near(out[i - 1]) && !near(out[i + 1]);
  });
};

/** A deadline's preposition right before a weekday. */
const DEADLINE_BEFORE = /\b(?:by|until|till|before)\s+$/i;

/**
 * Numeric dates with a four-digit year, "25/03/2023", "12.03.2023", "14-11-2024", "03/25/2023": day first or month
 * first as the article writes them (text/day-first.ts); a first number over 12 is a day either way.
 * (chrono reads them month first only.)
 */
export const numericDateParser: Parser = (ctx, c) => {
  const out: DateCandidate[] = [];
  const blockedBefore = (at: number) => c.blockBefore.has(lastWord(ctx.text.slice(Math.max(0, at - 20), at)).toLowerCase()); // "No. 01/03/2019"
  /** A real calendar day at a match, unless a blocking word stands before it. */
  const day = (m: RegExpExecArray, y: number, month: number, d: number) => {
    if (blockedBefore(m.index) || !isCalendarDay(y, month, d)) return;
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value: formatPoint(y, month, d, 'day'), granularity: 'day', source: 'numeric', priority: 2, explicitYear: true });
  };
  let m: RegExpExecArray | null;
  const re = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])/g;
  while ((m = re.exec(ctx.text))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let [d, month] = ctx.dayFirst ? [a, b] : [b, a];
    if (month > 12) [d, month] = [month, d];
    day(m, Number(m[4]), month, d);
  }
  // Year first with slashes, as in Japan and Taiwan: "2024/11/14". Always year, month, day.
  const yearFirstSlash = /(?<![\d/.-])((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?![\d/])/g;
  while ((m = yearFirstSlash.exec(ctx.text))) day(m, Number(m[1]), Number(m[2]), Number(m[3]));
  // Day first with stops and spaces, as in Central Europe: "14. 8. 2025". Always day, month, year.
  const spaced = /(?<![\d/.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)/g;
  while ((m = spaced.exec(ctx.text))) day(m, Number(m[3]), Number(m[2]), Number(m[1]));
  // Year first with stops, as in Korea, Hungary and China: "2025. 5. 22.", "2025.05.22". Always year, month, day.
  const yearFirst = /(?<![\d.])((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d]|\.\d)\.?/g;
  while ((m = yearFirst.exec(ctx.text))) day(m, Number(m[1]), Number(m[2]), Number(m[3]));
  return out;
};

/**
 * Year ranges and fiscal years as intervals: "2016 - 2020", "the 2021-2025 period", "2023/24",
 * "2022-23", "FY2023-2030", "fiscal 2019/20", "from fiscal 2026 through fiscal 2028", "from 2021 to 2025",
 * "for 2024 to 2025", "between 2021 and 2025".
 * Two-digit ends are read in the first year's century ("1999-00" is 1999/2000); "2019 and 2020" without
 * "between" is two years.
 */
export const yearRangeParser: Parser = (ctx, c) => {
  const re = /(?<![\p{L}\d$€£¥.,/-])(?:(from|between)\s+)?(?:FY\s?|fiscal\s+(?:years?\s+)?)?((?:19|20)\d\d)\s*([-–—/]|to|and|until|through)\s*(?:FY\s?|fiscal\s+(?:year\s+)?)?((?:19|20)?\d\d)(?![\d%]|[.,]\d|[-/]\d)/giu;
  const out: DateCandidate[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const a = Number(m[2]);
    const word = /^[a-z]/i.test(m[3]);
    if (word && !m[1] && !/^(?:through|until|to)$/i.test(m[3])) continue; // "2019 and 2020" alone is two years; "2019 through 2021", "the years 2021 to 2024" a range
    let b = Number(m[4]);
    if (m[4].length === 2) {
      if (word) continue;
      b += Math.floor(a / 100) * 100;
      if (b <= a) b += 100;
    }
    if (b <= a || b - a > 100 || a < c.rules.yearMin || b > c.rules.yearMax) continue;
    const at = m[1] ? m[0].search(/\d|FY|fiscal/i) : 0;
    out.push({ start: ctx.offset + m.index + at, end: ctx.offset + m.index + m[0].length, value: `${a}/${b}`, granularity: 'year', source: 'year-range', priority: 2, explicitYear: true });
  }
  return out;
};

/**
 * "4 and 5 September 2018", "March 4 and 5", "5th and 6th May", "Monday 21st and Tuesday 22nd July", "5, 6 and 7 May 2023", "24-25 September 2025" -> a day interval
 * from the first day to the last (chrono reads only the last day). ("May 5, 6 and 7" stays with chrono.)
 */
// The parsers' patterns are built once; each loop runs its global pattern to the end (lastIndex back at 0).
const ORD = '(?:st|nd|rd|th)?';
// ("24-25 September 2025", "March 18–19, 2025": a dash between the days too.)
const PAIR_JOIN = '(?:,?\\s+(?:and|&|to)\\s+|\\s?[-–—]\\s?)';
// ("Monday 17th and Tuesday 18th November 2025": a weekday before each day.)
const PAIR_WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DAY_PAIR_DM = new RegExp(`\\b${PAIR_WEEKDAY}(\\d{1,2})${ORD}${PAIR_JOIN}${PAIR_WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:,?\\s+((?:19|20)\\d\\d))?`, 'g');
const DAY_PAIR_MD = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORD}${PAIR_JOIN}(\\d{1,2})${ORD}\\b(?:,?\\s+((?:19|20)\\d\\d))?`, 'g');

export const dayPairParser: Parser = (ctx) => {
  const out: DateCandidate[] = [];
  const dm = DAY_PAIR_DM;
  const md = DAY_PAIR_MD;
  dm.lastIndex = 0;
  md.lastIndex = 0;
  const push = (m: RegExpExecArray, from: number, d1: number, d2: number, mon: string, y?: string) => {
    const month = monthIndex(mon);
    if (!month || d1 < 1 || d2 > 31 || d2 <= d1) return;
    // A full stop after a full month name ends the sentence; after "Sept" it is the abbreviation's.
    const len = m[0].endsWith('.') && !y && /^(?:May|June|July|\w{5,})\.$/.test(m[0].slice(m[0].lastIndexOf(mon))) ? m[0].length - 1 : m[0].length;
    const to = m.index + len;
    const year = y ? Number(y) : yearFor(month, d1, ctx.anchor, ctx.tenseAt(from, to));
    const a = formatPoint(year, month, d1, 'day');
    const b = formatPoint(year, month, d2, 'day');
    out.push({ start: ctx.offset + from, end: ctx.offset + to, value: `${a}/${b}`, granularity: 'day', source: 'day-pair', priority: 2, explicitYear: !!y });
  };
  let m: RegExpExecArray | null;
  while ((m = dm.exec(ctx.text))) {
    // "5, 6 and 7 May": earlier days of the list, read back from the pair (at most a few). Only a list's "and"
    // joins them: "Phase 1, 3 to 21 February" is a range after a number of something else.
    let from = m.index;
    let d1 = Number(m[1]);
    const list = /\d(?:st|nd|rd|th)?,?\s+(?:and|&)\s/.test(m[0]);
    for (let k = 0; k < 6 && list; k++) {
      const item = /(\d{1,2})(?:st|nd|rd|th)?, ?$/.exec(ctx.text.slice(Math.max(0, from - 7), from));
      if (!item || /\d/.test(ctx.text[from - item[0].length - 1] ?? '') || Number(item[1]) >= d1) break;
      from -= item[0].length;
      d1 = Number(item[1]);
    }
    push(m, from, d1, Number(m[2]), m[3], m[4]);
  }
  while ((m = md.exec(ctx.text))) push(m, m.index, Number(m[2]), Number(m[3]), m[1], m[4]);
  return out;
};

/** "2019 participants" is a count; "in 2019 students protested" a year (a preposition of time says so). */
function isCount(prev: string, next: string, c: CompiledDateRules): boolean {
  return c.blockAfter.has(next) && !(c.yearPrepositions.has(prev.toLowerCase()) && !c.amountAfter.has(next));
}

/**
 * A bare four-digit year ("in 2019", "ASEAN Chair in 2018", "mid-2022", "by end-2026", "the 1997 budget"), unless the
 * words around make it an amount or a number, it is a decade ("the 1990s"), it is the year of a quarter,
 * half ("the third quarter of 1984": the expression names the quarter), or it follows a
 * capitalised word that it names with ("Vision 2030", "Agenda 2063", "Expo 2020": a programme, not a date);
 * and a fiscal year of two digits ("FY24").
 */
export const bareYearParser: Parser = (ctx, c) => {
  const out: DateCandidate[] = [];
  const re = /(?<![\p{L}\d$€£¥.,/:-])(?:FY\s?|(?:mid|early|late|end|start)-)?((?:1[89]|20)\d\d)(?![\d%]|[.,]\d|-\d|\/\d|s\b)/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const y = Number(m[1]);
    if (y < c.rules.yearMin || y > c.rules.yearMax) continue;
    if (y % 10 === 0 && /^'s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue; // "the 1990's"; "1998's" is a year
    const at = m.index + m[0].length - 4;
    const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    const prev = lastWord(before);
    const next = /^\s*([^\s,.;:)]+)/.exec(ctx.text.slice(at + 4, at + 24))?.[1]?.toLowerCase() ?? '';
    if (c.blockBefore.has(prev.toLowerCase())) continue;
    if (isCount(prev, next, c)) continue;
    // "Enquiries: 2888 2088": a group of a longer number; "2017 E.C.", "2082 BS", "2568 B.E.": a year of another era.
    const after = ctx.text.slice(at + 4, at + 12);
    if (/\d{3}\s$/.test(before) || /^\s\d{3}/.test(after) || OTHER_ERA.test(after)) continue;
    // "the third quarter of 1984", "Q3 1984": a quarter or a half names no year ("the summer of 1998" is 1998).
    const part = prev.toLowerCase() === 'of' ? lastWord(ctx.text.slice(Math.max(0, m.index - 30), m.index).trimEnd().slice(0, -2)) : prev;
    if (c.yearPartBefore.has(part.toLowerCase())) continue;
    // ("A 2024 IOM study": the article opening a sentence is no name; it is not among the function words of
    // yearAfterCapitalised, which datelines read too, where "A" opens a place: "A Coruña".)
    // ("the IPU's 2022 survey", "Kenya's 2024 budget": after an owner's possessive the year is a date, unless a name
    // follows, "Kopp's 1987 Chevrolet", a model, or a plural, "Malawi's 2000 smallholder farmers", a count.)
    const possessiveYear = /'s$/.test(prev) && /^\s\p{Ll}/u.test(after) && !ctx.text.slice(at + 4, at + 48).split(/\s+/).slice(1, 3).some((w) => /^\p{Ll}+s[,.;:]?$/u.test(w));
    if (at === m.index && /^\s$/.test(before.slice(-1)) && /^\p{Lu}[\p{L}\d&'-]*$/u.test(prev) && !possessiveYear && !c.yearAfterCapitalised.has(prev.toLowerCase()) && !MONTH_WORD.test(prev) && !/^An?$/.test(prev)) continue;
    out.push({ start: ctx.offset + at, end: ctx.offset + at + 4, value: String(y), granularity: 'year', source: 'year', priority: 0, explicitYear: true });
  }
  // "during FY24": a fiscal year of two digits is the year it ends in, by its label (not one end of "FY24-FY26";
  // "FY99" of the century before).
  const short = /(?<![\p{L}\d/–-])FY\s?(\d\d)(?![\d%/–-]|[.,]\d)/gu;
  while ((m = short.exec(ctx.text))) {
    const y = (Number(m[1]) <= 60 ? 2000 : 1900) + Number(m[1]);
    if (y < c.rules.yearMin || y > c.rules.yearMax) continue;
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value: String(y), granularity: 'year', source: 'year', priority: 0, explicitYear: true });
  }
  return out;
};

/** After a year: the abbreviation of a calendar other than the Gregorian (Ethiopian, Buddhist, Bikram Sambat, Hijri). */
const OTHER_ERA = /^\s+(?:E\.\s?C\.|EC\b|B\.\s?E\.|BE\b|B\.\s?S\.|BS\b|A\.\s?H\.|AH\b)/;

const MONTH_RANGE = new RegExp(`\\bbetween\\s+(${MONTH_NAMES})\\.?\\s+and\\s+(${MONTH_NAMES})\\b(?:\\.?,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi');

/** "between April and June (2023)": a month interval (chrono reads two months, each with its own year). */
export const monthRangeParser: Parser = (ctx) => {
  const out: DateCandidate[] = [];
  const re = MONTH_RANGE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    if (!capitalised(m[1]) || !capitalised(m[2])) continue;
    const a = monthIndex(m[1]);
    const b = monthIndex(m[2]);
    if (a === b) continue;
    let y1: number | null;
    let y2: number | null;
    if (m[3]) {
      y2 = Number(m[3]);
      y1 = b < a ? y2 - 1 : y2;
    } else {
      y1 = yearFor(a, null, ctx.anchor, ctx.tenseAt(m.index, m.index + m[0].length));
      y2 = y1 === null ? null : b < a ? y1 + 1 : y1;
    }
    const value = `${formatPoint(y1, a, null, 'month')}/${formatPoint(y2, b, null, 'month')}`;
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value, granularity: 'month', source: 'month-range', priority: 2, explicitYear: !!m[3] });
  }
  return out;
};

const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const SPOKEN_YEAR = new RegExp(`\\b(nineteen|twenty)[\\s-]+(?:(${Object.keys(TEENS).join('|')})|(${Object.keys(TENS).join('|')})(?:[\\s-]+(${Object.keys(UNITS).join('|')}))?)\\b(?!-)`, 'gi');

/**
 * A year said in words, as transcripts write it: "nineteen seventy-nine", "nineteen eighty", "twenty
 * twenty-one". Not "two thousand years" (a count) or "nineteen twenty-dollar bills" (an amount).
 */
export const spokenYearParser: Parser = (ctx, c) => {
  const out: DateCandidate[] = [];
  const re = SPOKEN_YEAR;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const next = /^\s*([^\s,.;:)]+)/.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1]?.toLowerCase() ?? '';
    const prev = lastWord(ctx.text.slice(Math.max(0, m.index - 20), m.index));
    if (isCount(prev, next, c) || /^(?:years?|dollars?|days?|months?|hours?|minutes?)$/.test(next)) continue;
    const y = (m[1].toLowerCase() === 'nineteen' ? 1900 : 2000) + (m[2] ? TEENS[m[2].toLowerCase()] : TENS[m[3].toLowerCase()] + (m[4] ? UNITS[m[4].toLowerCase()] : 0));
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value: String(y), granularity: 'year', source: 'spoken-year', priority: 1, explicitYear: true });
  }
  return out;
};

// "Done at Lusaka on this 23rd day of October 2025": the day of a month as treaties and proclamations write it.
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}\\s+day\\s+of\\s+(${MONTH_NAMES})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'g');

export const dayOfMonthParser: Parser = (ctx) => {
  const out: DateCandidate[] = [];
  DAY_OF_MONTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_OF_MONTH.exec(ctx.text))) {
    const month = monthIndex(m[2]);
    const d = Number(m[1]);
    const year = m[3] ? Number(m[3]) : yearFor(month, d, ctx.anchor, ctx.tenseAt(m.index, m.index + m[0].length));
    if (!month || (year !== null && !isCalendarDay(year, month, d))) continue;
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value: formatPoint(year, month, d, 'day'), granularity: 'day', source: 'day-of-month', priority: 3, explicitYear: !!m[3] });
  }
  return out;
};

/** "Boxing Day 2015", "on New Year's Eve", "before Christmas": a holiday on the same day every year (dates.json fixedDays). */
export const holidayParser: Parser = (ctx, c) => {
  const out: DateCandidate[] = [];
  for (const re of [c.holidays, c.holidaysAlone]) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text))) {
      const day = c.holidayDay.get(m[1].replace(/\s+/g, ' ').replace(/\u2019/g, "'").toLowerCase());
      if (!day) continue;
      const start = m.index + m[0].indexOf(m[1]);
      const end = m.index + m[0].length;
      // "Lunar New Year's Eve", "Orthodox Christmas Day": a capitalised word before the name makes another calendar's
      // holiday (not the sentence's first word: "Boxing Day 2015 brought floods").
      const lead = ctx.text.slice(Math.max(0, start - 30), start);
      const before = lead.trimEnd().split(/\s/).pop() ?? '';
      if (lead !== lead.trimEnd() && /^\p{Lu}/u.test(before) && !/[.!?:"“]$/.test(before)) continue;
      const year = m[2] ? Number(m[2]) : yearFor(day[0], day[1], ctx.anchor, ctx.tenseAt(start, end));
      out.push({ start: ctx.offset + start, end: ctx.offset + end, value: formatPoint(year, day[0], day[1], 'day'), granularity: 'day', source: 'holiday', priority: 2, explicitYear: !!m[2] });
    }
  }
  return out;
};

/** Dates with a month name of another language ("8 de outubro de 2025"): foreign.ts. */
export const foreignDateParser: Parser = (ctx, c) => foreignDates(ctx, c.calendar);

export const PARSERS: Parser[] = [chronoParser, relativeParser, numericDateParser, yearRangeParser, dayPairParser, monthRangeParser, bareYearParser, spokenYearParser, periodParser, foreignDateParser, dayOfMonthParser, holidayParser];

/**
 * For each of PARSERS, text that every match of its patterns contains: a sentence without it gets nothing from
 * that parser, which is then not run. chrono's date parsers (CHRONO) each need a digit, a month name or a
 * weekday name (all of which hold one of these three-letter stems) or "weekend"/"weekday"; the relative
 * parser needs one of its words; numeric dates a digit, a stop, slash or hyphen and a digit; year ranges and bare
 * years a four-digit year; day pairs a digit; month ranges "between"; spoken years "nineteen" or "twenty";
 * periods a quarter, half, span or year word; foreign dates a number beside a word; "the 23rd day of October" its
 * "day of"; holidays a capital.
 */
export const PARSER_NEEDS: RegExp[] = [
  /[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week/i,
  /yesterday|today|tomorrow|this|last|next|ago|month/i,
  /\d[/.-]\s?\d/,
  /(?:19|20)\d\d/,
  /\d/,
  /between/i,
  /(?:1[89]|20)\d\d/,
  /nineteen|twenty/i,
  /quarter|half|semester|months|\b[QH][1-4]|between|from|year/i,
  /\d[.,]?\s+\p{L}|\p{L}\s+\d/u,
  /\bday\s+of\b/i,
  /\p{Lu}/u,
];
