import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// One "sentence" (no full stop) holding tens of thousands of dates: overlap removal and tense lookup
// must stay linear in its length (a quadratic pass would take minutes here).
describe('dates stage on a long line of dates', () => {
  it('finishes quickly and keeps one entry per value', () => {
    const text = 'The ministers met on March 3 and said Monday that 2019-2020 and the 2021 plan, last year, '.repeat(12_000);
    const t = Date.now();
    const r = extract(text, { published: '2020-05-01' });
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(r.dates.map((d) => d.value)).toEqual(['2020-03-03', '2020-04-27', '2019/2020', '2021', '2019']);
    expect(r.dates[0].mentions).toHaveLength(12_000);
  }, 60_000);
  it('finishes quickly without an anchor too (issue-date search and the shared-year pass)', () => {
    const text = 'Issued on 3 May 2020 with May 4, today, and 5 May 2020 then '.repeat(12_000);
    const t = Date.now();
    const r = extract(text);
    expect(Date.now() - t).toBeLessThan(20_000);
    // No issue statement (the sentence is long and names no release): May 4 takes the year all full dates share.
    expect(r.dates.map((d) => d.value)).toEqual(['2020-05-03', '2020-05-04', '2020-05-05']);
  }, 60_000);
});
