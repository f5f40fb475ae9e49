import type { Doc } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { documentAnchor, sharedYear, yearlessDateline } from './anchor.js';
import type { Anchor, DateCandidate } from './candidate.js';
import { PARSER_NEEDS, PARSERS } from './parsers.js';
import { dropOtherCalendars, dropRecurring, dropRestated, extendFrom, joinRanges, removeOverlaps, shareYear } from './refiners.js';
import { comparedPeriods } from './comparison.js';
import { dateRules, type CompiledDateRules } from './rules.js';
import { TenseReader } from './tense.js';

/** Cheap test that a sentence may hold a date, so chrono runs only where it can find something. */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|this|next|last|ago|nineteen|twenty|year|quarter|half|semester)/i;

function parseAll(doc: Doc, anchor: Anchor, c: CompiledDateRules, dayFirst: boolean, chronoCache: Map<string, unknown[]>): DateCandidate[] {
  const all: DateCandidate[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!MAY_HOLD_DATE.test(text) && !c.holidayWords?.test(text)) continue;
    const reader = new TenseReader(text, c.tense);
    const ctx = { text, offset: s.start, anchor, dayFirst, tenseAt: (a: number, b: number) => reader.at(a, b), chronoCache };
    const cands = PARSERS.flatMap((p, i) => (PARSER_NEEDS[i].test(text) ? p(ctx, c) : []));
    all.push(...dropOtherCalendars(doc.text, dropRecurring(doc.text, dropRestated(doc.text, joinRanges(doc.text, shareYear(doc.text, removeOverlaps(cands))))), anchor.year));
  }
  return all;
}

/** A stand-in year for counting from a dateline that has none (no article writes it: explicit years are left alone). */
const NO_YEAR = 2097;

/**
 * Dates counted from a dateline with no year, their year put back to XXXX: days and months stand ("yesterday",
 * "next month"); weekdays and years counted from it do not (no year says which Monday or which "last year").
 */
function withoutYear(cands: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const d of cands) {
    if (d.explicitYear || !NEAR_NO_YEAR.test(d.value)) out.push(d);
    else if (d.source !== 'weekday' && d.granularity !== 'year') out.push({ ...d, value: d.value.replace(NEAR_NO_YEAR_ALL, 'XXXX') });
  }
  return out;
}
/** The stand-in year and the years either side of it ("last month" in January). */
const NEAR_NO_YEAR_ALL = new RegExp(`\\b(?:${NO_YEAR - 1}|${NO_YEAR}|${NO_YEAR + 1})\\b`, 'g');
/** The same, for test(): without the g flag no lastIndex is kept between calls. */
const NEAR_NO_YEAR = new RegExp(NEAR_NO_YEAR_ALL.source);

/**
 * Stage 3: dates, resolved against the article's anchor: the dateline, input `published`,
 * --reference-date, else a first-lines statement of when the release was issued (anchor.ts), else the
 * year of a bracketed month-year in the headline; with none of these, dates without a year take the
 * year that all the article's explicit dates share, else stay XXXX. Values are at the granularity
 * written; the record keeps each distinct value once (assemble).
 */
export const dates: Stage = {
  name: 'dates',
  run(doc, res) {
    const c = dateRules(res.dates, res.calendar);
    const chronoCache = new Map<string, unknown[]>();
    // Read once: the anchor search and both parsing passes need it.
    const dayFirst = doc.numericDayFirst();
    const anchor = documentAnchor(doc, c, dayFirst, chronoCache);
    let all = parseAll(doc, anchor, c, dayFirst, chronoCache);
    if (!anchor.date && all.some((d) => d.value.includes('XXXX') && d.value !== 'XXXX')) {
      const year = sharedYear(all);
      // A dateline without its year ("Vientiane, March 4 (KPL) -") is the day relative dates count from: in the year
      // the article's dates share, else in no year ("yesterday" is XXXX-03-03).
      const dateline = anchor.year === null ? yearlessDateline(doc, all, c) : null;
      if (year !== null) all = parseAll(doc, { date: dateline ? `${year}-${dateline}` : null, year }, c, dayFirst, chronoCache);
      else if (dateline) all = withoutYear(parseAll(doc, { date: `${NO_YEAR}-${dateline}`, year: NO_YEAR }, c, dayFirst, chronoCache));
    }
    doc.dates = extendFrom(doc.text, comparedPeriods(doc.text, all)).map(({ priority: _p, explicitYear: _e, ...d }) => d);
    const unresolved = doc.dates.filter((d) => d.value.includes('XXXX'));
    for (const d of unresolved) doc.warn('unresolved-year', `no year for ${JSON.stringify(doc.slice(d))}: written ${d.value}`, d);
  },
};
