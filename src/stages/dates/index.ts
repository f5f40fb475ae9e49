import type { Stage } from '../../pipeline/stage.js';
import { PARSERS } from './parsers.js';
import { extendFrom, removeOverlaps } from './refiners.js';

/** Cheap test that a sentence may hold a date, so chrono runs only where it can find something. */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|this|next|last)/i;

/** Stage 3: dates, resolved against the article's anchor (dateline, input `published`, --reference-date). */
export const dates: Stage = {
  name: 'dates',
  run(doc, res) {
    const all = [];
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      if (!MAY_HOLD_DATE.test(text)) continue;
      const ctx = { text, offset: s.start, anchor: doc.anchor };
      const cands = PARSERS.flatMap((p) => p(ctx, res.dates));
      all.push(...removeOverlaps(cands));
    }
    doc.dates = extendFrom(doc.text, all).map(({ priority: _p, ...d }) => d);
    const unresolved = doc.dates.filter((d) => d.value.includes('XXXX'));
    for (const d of unresolved) doc.warn('unresolved-year', `no year for ${JSON.stringify(doc.slice(d))}: written ${d.value}`, d);
  },
};
