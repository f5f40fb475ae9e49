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
    };
  });
}
