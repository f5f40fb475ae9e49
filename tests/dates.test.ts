import { describe, expect, it } from 'vitest';
import { run, values } from './helpers.js';

const dl = 'June 3, 2019 | 04:12 pm GMT+7\n\n';

describe('dates', () => {
  it('writes values at the granularity written', () => {
    expect(values(run(dl + 'An agreement was signed in October 2017 and renewed in 2018.'))).toEqual(['2019-06-03', '2017-10', '2018']);
  });
  it('reads day ranges, year ranges and day pairs as intervals', () => {
    expect(values(run(dl + 'The visit ran from March 11-13 under the 2021-2025 plan.'))).toEqual(['2019-06-03', '2019-03-11/2019-03-13', '2021/2025']);
    expect(values(run(dl + 'Talks on 4 and 5 September 2018 went well.'))).toContain('2018-09-04/2018-09-05');
  });
  it('resolves relative dates against the dateline', () => {
    expect(values(run(dl + 'The plan will start next year and was drafted last month.'))).toEqual(['2019-06-03', '2020', '2019-05']);
  });
  it('leaves the year unknown when nothing fixes it', () => {
    const r = run('The ministers met on November 8.');
    expect(values(r)).toEqual(['XXXX-11-08']);
    expect(r.warnings.some((w) => w.code === 'unresolved-year')).toBe(true);
  });
  it('ignores durations, anniversaries, clock times, counts and 5G', () => {
    expect(values(run(dl + 'Over the past 40 years, on the 40th anniversary, at 10 a.m., 2,000 people used 5G for 30 minutes.'))).toEqual(['2019-06-03']);
  });
  it('does not read vague expressions as dates', () => {
    expect(values(run(dl + 'In recent years and in the coming time, cooperation will grow soon.'))).toEqual(['2019-06-03']);
  });
});
