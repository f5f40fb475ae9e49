import type { CalendarResource, DatesResource } from '../../pipeline/resources.js';
import { calendarWords, type CalendarWords } from './foreign.js';
import { compiled } from '../../pipeline/compiled.js';
import { compileTense, type CompiledTenseRules, type TenseRules } from './tense.js';

/**
 * pipeline/resources/dates.json as this stage reads it: the fields that src/pipeline/resources.ts
 * declares, and the word lists of the date grammar (tense words, words that may stand before a year).
 */
export interface DateRules extends DatesResource {
  tense: TenseRules;
  /**
   * A four-digit number right after a capitalised word names something ("Vision 2030", "Agenda 2063",
   * "Expo 2020"), unless the word is one of these (prepositions, determiners, "Fiscal", "FY").
   */
  yearAfterCapitalised: string[];
  /** Words before a year (or before "of" and a year) that make the expression a quarter, half or season. */
  yearPartBefore: string[];
  /** Prepositions of time: a year after one is a year even before a count noun ("in 2019 students ..."). */
  yearPrepositions: string[];
  /** Words after a number that make it an amount whatever stands before it ("million", "%"). */
  amountAfter: string[];
}

export interface CompiledDateRules {
  rules: DateRules;
  duration: RegExp;
  vague: RegExp;
  tense: CompiledTenseRules;
  blockBefore: Set<string>;
  blockAfter: Set<string>;
  yearAfterCapitalised: Set<string>;
  yearPartBefore: Set<string>;
  yearPrepositions: Set<string>;
  amountAfter: Set<string>;
  /** Month and weekday names of other languages (foreign.ts). */
  calendar: CalendarWords;
  /** fixedDays' names, with a year after them or not; fixedDaysAlone's after a preposition of time (parsers.ts). */
  holidays: RegExp | null;
  holidaysAlone: RegExp | null;
  /** Any holiday's name: a sentence without one holds no holiday (no g flag: test() keeps no state). */
  holidayWords: RegExp | null;
  /** A holiday's name, lower-cased, with a straight apostrophe -> [month, day]. */
  holidayDay: Map<string, [number, number]>;
}

/** A holiday's name as a pattern: its spaces any space, its apostrophe straight or curly. */
const namePattern = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['\u2019]");

/** Words after a holiday's name that make it a season, a place or a thing, not the day ("Christmas Island", "the Christmas holidays", "Christmas Eve shopping"). */
const NOT_THE_DAY = '(?!\\s+(?:\\p{Lu}|holidays?|season|period|break|tree|market|lights|celebrations?|festivities|shopping|rush|dinner|lunch|party|message|greetings|campaign|appeal|services?))';

function holidayPatterns(rules: DateRules): Pick<CompiledDateRules, 'holidays' | 'holidaysAlone' | 'holidayDay' | 'holidayWords'> {
  const holidayDay = new Map<string, [number, number]>();
  const add = (days: Record<string, string> | undefined) => Object.entries(days ?? {}).map(([name, md]) => {
    const [m, d] = md.split('-').map(Number);
    holidayDay.set(name.toLowerCase(), [m, d]);
    return namePattern(name);
  });
  const full = add(rules.fixedDays);
  const alone = add(rules.fixedDaysAlone);
  return {
    holidayDay,
    holidayWords: full.length + alone.length ? new RegExp(`\\b(?:${[...full, ...alone].join('|')})\\b`, 'u') : null,
    holidays: full.length ? new RegExp(`\\b(${full.join('|')})(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b)?${NOT_THE_DAY}`, 'gu') : null,
    holidaysAlone: alone.length ? new RegExp(`\\b(?:[Bb]efore|[Bb]y|[Uu]ntil|[Tt]ill|[Aa]fter|[Aa]head\\s+of|[Oo]ver|[Ss]ince|[Aa]t)\\s+(${alone.join('|')})\\b${NOT_THE_DAY}`, 'gu') : null,
  };
}

export function dateRules(res: DatesResource, calendar: CalendarResource): CompiledDateRules {
  return compiled(res, 'dates', (r) => {
    const rules = r as DateRules;
    const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => w.toLowerCase()));
    return {
      rules,
      duration: new RegExp(rules.durationPattern, 'i'),
      vague: new RegExp(rules.vaguePattern, 'i'),
      tense: compileTense(rules.tense),
      blockBefore: lower(rules.yearBlockBefore),
      blockAfter: lower(rules.yearBlockAfter),
      yearAfterCapitalised: lower(rules.yearAfterCapitalised),
      yearPartBefore: lower(rules.yearPartBefore),
      yearPrepositions: lower(rules.yearPrepositions),
      amountAfter: lower(rules.amountAfter),
      calendar: calendarWords(calendar),
      ...holidayPatterns(rules),
    };
  });
}
