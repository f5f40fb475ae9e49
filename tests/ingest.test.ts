import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/stages/ingest/html.js';
import { normalise } from '../src/stages/ingest/normalise.js';
import { decode } from '../src/stages/ingest/read.js';
import { run } from './helpers.js';

describe('ingest', () => {
  it('normalises quotes, spaces and NFC while mapping back to raw offsets', () => {
    const raw = 'Cambodia\u2019s\u00a0Minister Nguye\u0302\u0303n said \u201cyes\u201d\r\nok';
    const { text, map } = normalise(raw);
    expect(text).toBe("Cambodia's Minister Nguy\u1ec5n said \"yes\"\nok");
    const at = text.indexOf('Nguy');
    const r = map.toRaw(at, at + 'Nguyễn'.length);
    expect(raw.slice(r.start, r.end)).toBe('Nguye\u0302\u0303n');
  });

  it('strips HTML markup, scripts and styles, decodes entities, and keeps offsets into the HTML source', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><p>Minister&nbsp;Tran Van An of the <b>Vietnam News Agency</b> (VNA) &amp; more.</p><script>alert(1)</script></body></html>';
    const { text } = htmlToText(html);
    expect(text).not.toContain('alert');
    expect(text).toContain('Vietnam News Agency (VNA) & more.');
    const r = run(html, { format: 'html' });
    const vna = r.organisations.find((o) => o.name === 'Vietnam News Agency');
    expect(vna).toBeDefined();
    for (const m of vna!.mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the dateline and publication time with its offset', () => {
    const r = run('Title line here\n\nNovember 16, 2023 | 19:15 (GMT+7)\n\nThe ministry met on November 15.');
    expect(r.published).toBe('2023-11-16T19:15:00+07:00');
    expect(r.title).toBe('Title line here');
    expect(r.dates.map((d) => d.value)).toEqual(['2023-11-16', '2023-11-15']);
  });

  it('uses input `published` when there is no dateline, and --reference-date after that', () => {
    expect(run('The talks were held on March 3.', { published: '2020-05-01T10:00:00Z' }).dates[0].value).toBe('2020-03-03');
    expect(run('The talks were held on March 3.', { referenceDate: '2018-04-01' }).dates[0].value).toBe('2018-03-03');
    expect(run('The talks were held on March 3.').dates[0].value).toBe('XXXX-03-03');
  });

  it('treats image file names, {keywords} and a lone Top as page furniture', () => {
    const r = run('Minister Tran Van An met guests in 2019.\n\n20190312-m10.jpg\n{keywords}\nTop\n');
    expect(r.warnings.filter((w) => w.code === 'layout-junk')).toHaveLength(3);
    expect(r.dates.map((d) => d.value)).toEqual(['2019']);
  });

  it('refuses binary input and reads UTF-16 with a byte order mark', () => {
    expect(decode(Buffer.from([0x41, 0x00, 0x42]))).toHaveProperty('error', 'binary');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]);
    expect(decode(utf16)).toMatchObject({ text: 'Hello' });
  });
});
