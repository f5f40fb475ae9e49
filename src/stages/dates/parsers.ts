import * as chrono from 'chrono-node';
import type { DatesResource } from '../../pipeline/resources.js';
import { formatPoint, type DateCandidate, type Granularity, type ParseContext } from './candidate.js';
import { lastWord } from '../../text/trim.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;

/** Words that make a chrono result relative to the publication date. */
const RELATIVE = /\b(?:this|next|last|past|previous|following|coming|yesterday|today|tomorrow|tonight|ago|later|earlier)\b/i;

type Parser = (ctx: ParseContext, rules: DatesResource) => DateCandidate[];

/** chrono-node's English parsers, anchored on the publication date; the year stays XXXX without an anchor. */
export const chronoParser: Parser = (ctx, rules) => {
  const duration = new RegExp(rules.durationPattern, 'i');
  const vague = new RegExp(rules.vaguePattern, 'i');
  const ref = ctx.anchor ? new Date(`${ctx.anchor}T12:00:00Z`) : new Date('2000-06-15T12:00:00Z');
  const out: DateCandidate[] = [];
  for (const r of chrono.en.casual.parse(ctx.text, { instant: ref, timezone: 0 })) {
    const s = r.start;
    const certain = (c: 'year' | 'month' | 'day' | 'weekday') => s.isCertain(c);
    const relative = RELATIVE.test(r.text);
    if (duration.test(r.text) || vague.test(r.text)) continue; // "past 40 years", "in the coming time"
    if (/^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i.test(r.text)) continue; // "Sun Chanthol" is a name
    const hasDate = certain('year') || certain('month') || certain('day') || certain('weekday');
    if (!hasDate) continue; // clock time alone ("10 a.m.")
    let g: Granularity = certain('day') || certain('weekday') ? 'day' : certain('month') ? 'month' : 'year';
    if (relative && !certain('day') && !certain('weekday') && /\bmonth\b/i.test(r.text)) g = 'month';
    const needsAnchor = relative || (certain('weekday') && !certain('day'));
    let year: number | null = certain('year') ? s.get('year')! : ctx.anchor ? s.get('year')! : null;
    if (needsAnchor && !ctx.anchor) {
      // "this year" with nothing to anchor it is still a year, of unknown value; other relatives name nothing.
      if (g !== 'year' || !/\bthis year\b/i.test(r.text)) continue;
      year = null;
    }
    const start = formatPoint(year, s.get('month'), s.get('day'), g);
    let value = start;
    if (r.end) {
      const e = r.end;
      const ey = e.isCertain('year') ? e.get('year')! : year;
      const end = formatPoint(ey, e.get('month'), e.get('day'), g);
      if (end !== start) value = `${start}/${end}`;
    }
    // Strip a leading preposition chrono includes ("on 4 September 2018" -> "4 September 2018").
    let text = r.text;
    let index = r.index;
    const lead = /^(?:on|in|at|from|by|since|the)\s+/i.exec(text);
    if (lead && /\d|January|February|March|April|May|June|July|August|September|October|November|December/i.test(text.slice(lead[0].length))) {
      index += lead[0].length;
      text = text.slice(lead[0].length);
    }
    out.push({ start: ctx.offset + index, end: ctx.offset + index + text.length, value, granularity: g, source: 'chrono', priority: 1 });
  }
  return out;
};

/** "2016 - 2020", "the 2021-2025 period", "from 2021 to 2025", "between 2021 and 2025" -> 2016/2020. */
export const yearRangeParser: Parser = (ctx, rules) => {
  const re = /\b(?:(?:from|between)\s+)?((?:19|20)\d\d)\s*(?:[-–—]|to|and|until)\s*((?:19|20)\d\d)\b/g;
  const out: DateCandidate[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || a < rules.yearMin || b > rules.yearMax) continue;
    if (/^between|^from/i.test(m[0]) === false && /\b(?:to|and|until)\b/.test(m[0])) continue; // "2019 and 2020" alone is two years
    const at = m[0].search(/\d/);
    out.push({ start: ctx.offset + m.index + at, end: ctx.offset + m.index + m[0].length, value: `${a}/${b}`, granularity: 'year', source: 'year-range', priority: 2 });
  }
  return out;
};

/** "4 and 5 September 2018", "March 4 and 5" -> a day interval (chrono reads only the second day). */
export const dayPairParser: Parser = (ctx) => {
  const out: DateCandidate[] = [];
  const dm = new RegExp(`\\b(\\d{1,2})\\s+(?:and|&|to)\\s+(\\d{1,2})\\s+(${MONTH_RE})\\b\\.?(?:,?\\s+((?:19|20)\\d\\d))?`, 'g');
  const md = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})\\s+(?:and|&|to)\\s+(\\d{1,2})\\b(?:,?\\s+((?:19|20)\\d\\d))?`, 'g');
  const push = (m: RegExpExecArray, d1: number, d2: number, mon: string, y?: string) => {
    const month = monthIndex(mon);
    if (!month || d1 < 1 || d2 > 31 || d2 <= d1) return;
    const year = y ? Number(y) : ctx.anchor ? Number(ctx.anchor.slice(0, 4)) : null;
    const a = formatPoint(year, month, d1, 'day');
    const b = formatPoint(year, month, d2, 'day');
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + m[0].length, value: `${a}/${b}`, granularity: 'day', source: 'day-pair', priority: 2 });
  };
  let m: RegExpExecArray | null;
  while ((m = dm.exec(ctx.text))) push(m, Number(m[1]), Number(m[2]), m[3], m[4]);
  while ((m = md.exec(ctx.text))) push(m, Number(m[2]), Number(m[3]), m[1], m[4]);
  return out;
};

/** A bare four-digit year ("in 2019", "ASEAN Chair in 2018"), unless the words around make it an amount or a number. */
export const bareYearParser: Parser = (ctx, rules) => {
  const out: DateCandidate[] = [];
  const re = /(?<![\p{L}\d$€£¥.,/:-])((?:1[89]|20)\d\d)(?![\d%]|[.,]\d|-\d|\/\d)/gu;
  const before = new Set(rules.yearBlockBefore.map((w) => w.toLowerCase()));
  const after = new Set(rules.yearBlockAfter.map((w) => w.toLowerCase()));
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const y = Number(m[1]);
    if (y < rules.yearMin || y > rules.yearMax) continue;
    const prev = lastWord(ctx.text.slice(Math.max(0, m.index - 20), m.index)).toLowerCase();
    const next = /^\s*([^\s,.;:)]+)/.exec(ctx.text.slice(m.index + 4, m.index + 24))?.[1]?.toLowerCase() ?? '';
    if (before.has(prev) || after.has(next)) continue;
    out.push({ start: ctx.offset + m.index, end: ctx.offset + m.index + 4, value: String(y), granularity: 'year', source: 'year', priority: 0 });
  }
  return out;
};

export const PARSERS: Parser[] = [chronoParser, yearRangeParser, dayPairParser, bareYearParser];
