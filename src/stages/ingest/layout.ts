import * as chrono from 'chrono-node';
import type { Doc, Span } from '../../doc/document.js';
import { compiled } from '../../pipeline/compiled.js';
import type { LayoutResource } from '../../pipeline/resources.js';

export interface Line extends Span {
  index: number;
}

/** Lines of the text with their spans (without the newline). */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, index: index++ });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Clock time and UTC offset written on a dateline ("04:12 pm GMT+7", "19:15 (GMT+7)"). */
function timeOf(rest: string): string | null {
  const t = /\b(\d{1,2})[:.h](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(rest);
  if (!t) return null;
  let h = Number(t[1]);
  const min = Number(t[2]);
  const mer = t[3]?.toLowerCase()[0];
  if (mer === 'p' && h < 12) h += 12;
  if (mer === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  let offset = '';
  const z = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(rest);
  if (z) offset = `${z[1]}${pad(Number(z[2]))}:${pad(Number(z[3] ?? 0))}`;
  return `T${pad(h)}:${pad(min)}:00${offset}`;
}

/**
 * A line that is mostly a full date (weekday, date, clock time, offset): returns the ISO date-time. A numeric
 * date is read in the article's order (`dayFirst`: "07-02-2025" in Paramaribo is 7 February).
 */
function datelineValue(line: string, dayFirst: boolean, labels: RegExp | null = null): { iso: string; date: string } | null {
  if (line.length > 80) return null;
  const results = (dayFirst ? chrono.en.GB : chrono).parse(line);
  const full = results.find((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));
  if (!full) return null;
  // "Press release | Brussels, 18/11/2024 16:45": the line's labels, and a place with its comma right before the date.
  let before = line.slice(0, full.index);
  // ("Press release 042/2025 | Berlin, 14 May 2025", "No. 87": a release's number after its label.)
  if (labels) before = withoutPlace(before.replace(labels, ' ').replace(RELEASE_NUMBER, ' ').trimEnd());
  const rest = (before + ' ' + line.slice(full.index + full.text.length))
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Posted|Published)\b/gi, '')
    .replace(/\b\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?/gi, '')
    .replace(/\(?\b(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\)?/gi, '')
    .replace(/[|,()\s\-–—:]+/g, '');
  if (rest.length > 3) return null;
  const y = full.start.get('year')!;
  const mo = full.start.get('month')!;
  const d = full.start.get('day')!;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  // (chrono may have read the clock time with the date: "18/11/2024 16:45".)
  const clock = full.start.isCertain('hour') ? `T${pad(full.start.get('hour')!)}:${pad(full.start.get('minute') ?? 0)}:00` : null;
  const time = timeOf(line.slice(full.index + full.text.length)) ?? clock;
  return { iso: time ? date + time : date, date };
}

/** A release's reference number: "042/2025", "No. 87", "Nr. 12/25". */
const RELEASE_NUMBER = /(?:\b(?:No|Nr)\.?\s?|#)?\b\d{1,4}(?:\/\d{2,4})?\b/g;

/** Lower-case words inside places' names. */
const PLACE_PARTICLES = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'es', 'el', 'al', 'la', 'le', 'du', 'sur']);

/** `before` without a place of up to three capitalised words and its comma at its end ("Press release | Brussels,"). */
function withoutPlace(before: string): string {
  if (!before.endsWith(',')) return before;
  const words = before.slice(0, -1).split(' ');
  let k = words.length;
  // ("Port of Spain,", "Dar es Salaam,": a particle inside the place's name, between capitalised words.)
  while (k > 0 && words.length - k < 4 && (/^\p{Lu}[\p{L}.'’-]*$/u.test(words[k - 1]) || (PLACE_PARTICLES.has(words[k - 1]) && k < words.length && /^\p{Lu}/u.test(words[k - 2] ?? '')))) k--;
  return k < words.length ? words.slice(0, k).join(' ') : before;
}

/** "WASHINGTON, DC, June 17, 2008 – ...", "São Paulo, October 20, 2025 –": a place and a full date opening the first paragraph. */
const INLINE_DATELINE = /^(\p{Lu}[\p{L}.'’]*(?:[ ,]+\p{Lu}[\p{L}.'’]*){0,4}),\s+([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*[–—-]\s*/u;

/** Finds page furniture, the title line and the dateline; sets published and the date anchor. */
export function analyseLayout(doc: Doc, res: LayoutResource): void {
  const text = doc.text;
  const lines = linesOf(text);
  const { junk, placeAgency, labels } = compiled(res, 'layout', (r) => ({
    junk: r.junkLinePatterns.map((p) => new RegExp(p, 'u')),
    placeAgency: new RegExp(r.datelinePatterns.placeAgency, 'u'),
    labels: r.datelinePatterns.labels?.length ? new RegExp(`\\b(?:${r.datelinePatterns.labels.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi') : null,
  }));
  const contentLines: Line[] = [];
  for (const line of lines) {
    const s = text.slice(line.start, line.end);
    if (!s.trim()) continue;
    if (junk.some((re) => re.test(s))) {
      doc.junk.push({ start: line.start, end: line.end });
      doc.warn('layout-junk', `skipped page furniture ${JSON.stringify(s.trim().slice(0, 40))}`, line);
      continue;
    }
    contentLines.push(line);
  }

  const top = contentLines.slice(0, res.datelinePatterns.maxLine);
  for (const line of top) {
    const s = text.slice(line.start, line.end);
    const v = datelineValue(s, doc.numericDayFirst(), labels);
    if (v) {
      doc.dateline = { start: line.start, end: line.end };
      doc.published = v.iso;
      doc.anchor = v.date;
      break;
    }
    const inline = INLINE_DATELINE.exec(s);
    if (inline) {
      const dv = datelineValue(inline[2], doc.numericDayFirst());
      if (dv) {
        doc.dateline = { start: line.start, end: line.start + inline[0].length };
        doc.published = dv.iso;
        doc.anchor = dv.date;
        break;
      }
    }
    const pa = placeAgency.exec(s);
    if (pa && !doc.dateline) doc.dateline = { start: line.start, end: line.start + pa[0].length };
  }

  // Title: the input's own title, else a first line that reads as a headline (no closing full stop).
  if (contentLines.length) {
    const first = contentLines[0];
    const s = text.slice(first.start, first.end).trim();
    const isDateline = doc.dateline && doc.dateline.start === first.start;
    if (!isDateline && s.length <= 200 && !/[.!?]["')]?$/.test(s) && contentLines.length > 1) {
      doc.title = { start: first.start, end: first.end };
    }
  }

  if (!doc.published && doc.meta.published) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.meta.published);
    if (m) {
      doc.published = doc.meta.published;
      doc.anchor = `${m[1]}-${m[2]}-${m[3]}`;
    } else {
      doc.warn('bad-published', `input field published ${JSON.stringify(doc.meta.published)} is not an ISO 8601 date`);
    }
  }
  if (!doc.anchor && doc.referenceDate) doc.anchor = doc.referenceDate;
  if (!doc.anchor) doc.warn('no-anchor', 'no dateline, published date or --reference-date: dates without a year stay XXXX');
}
