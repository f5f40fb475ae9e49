/* Generated from schemas/record.schema.json by scripts/gen-types.mjs. Do not edit. */

/**
 * Day YYYY-MM-DD, month YYYY-MM, year YYYY, or an interval A/B of these; XXXX stands for a year nothing in the text fixes.
 *
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "dateValue".
 */
export type DateValue = string;

/**
 * One structured record extracted from one press release. Every offset is a UTF-16 code-unit offset into the raw input text as read (the .txt file, the JSON `text` field, the HTML source), so raw.slice(start, end) === text.
 */
export interface CommuniqueRecord {
  /**
   * The input's `id`, or the file name without extension (with the line number for JSONL lines that have no id).
   */
  id: string;
  /**
   * Input path relative to the input root (for JSONL: path#line).
   */
  source: string;
  /**
   * The article's title: the input's `title` field, else the first line when it reads as a headline.
   */
  title: string | null;
  /**
   * Publication date-time (ISO 8601, with offset when the dateline gives one) or date; from the dateline, else the input's `published` field.
   */
  published: string | null;
  /**
   * Each distinct date value once, with the first expression that gave it.
   */
  dates: DateEntry[];
  people: PersonEntry[];
  organisations: OrganisationEntry[];
  pledges: PledgeEntry[];
  warnings: WarningEntry[];
}
/**
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "date".
 */
export interface DateEntry {
  /**
   * The first expression that gave this value.
   */
  text: string;
  value: DateValue;
  start: number;
  end: number;
  /**
   * The finest unit the text states.
   */
  granularity?: 'day' | 'month' | 'year';
  /**
   * Every expression in the text that gave this value.
   */
  mentions: Mention[];
}
/**
 * A stretch of the raw input text.
 *
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "mention".
 */
export interface Mention {
  /**
   * raw.slice(start, end).
   */
  text: string;
  start: number;
  end: number;
}
/**
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "person".
 */
export interface PersonEntry {
  /**
   * The fullest form of the name the article uses, without titles or honorifics.
   */
  name: string;
  /**
   * Roles and honorifics the article gives the person.
   */
  titles: string[];
  /**
   * The country the person's title or name shape ties them to, when known.
   */
  country?: string | null;
  /**
   * Every reference by name, short forms included.
   */
  mentions: Mention[];
}
/**
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface OrganisationEntry {
  /**
   * The fullest form the article uses (with its country qualifier when given).
   */
  name: string;
  /**
   * Other forms: acronyms, shorter forms, gazetteer names.
   */
  aliases: string[];
  /**
   * Country qualifier, when the name or a variant carries one.
   */
  country?: string | null;
  mentions: Mention[];
}
/**
 * A sentence that commits a party to a future action or gives a concrete benefit. `cue`: the words that made it a pledge. `due`: the date the sentence attaches to the commitment.
 *
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "pledge".
 */
export interface PledgeEntry {
  /**
   * The whole sentence that carries the pledge (raw.slice(start, end)).
   */
  text: string;
  start: number;
  end: number;
  /**
   * The committing party: a person's full name, an organisation as the sentence names it, a country, or `joint` when both or all sides commit; `unknown` when no party could be found.
   */
  actor: string;
  /**
   * Lemma of the commitment verb (pledge, agree, sign, support, give, ...).
   */
  action: string;
  cue?: Mention;
  /**
   * Who the commitment is for, when stated.
   */
  beneficiary?: string;
  amount?: Amount;
  due?: DateValue;
}
/**
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "amount".
 */
export interface Amount {
  /**
   * The amount in units of the currency (5 million -> 5000000).
   */
  value: number;
  /**
   * ISO 4217 code (USD, AUD, ...); XXX when the text names a currency several countries share without saying whose ("22 million dinars").
   */
  currency: string;
  /**
   * The amount as written.
   */
  text?: string;
}
/**
 * This interface was referenced by `CommuniqueRecord`'s JSON-Schema
 * via the `definition` "warning".
 */
export interface WarningEntry {
  /**
   * Stable machine-readable code, e.g. unresolved-year, undefined-acronym, no-dateline, layout-junk.
   */
  code: string;
  message: string;
  start?: number;
  end?: number;
}
