import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/spawn.js';
import { diffRecords, formatDiff } from '../src/diff/diff.js';
import type { Gold } from '../src/eval/score.js';
import { buildReport, figures } from '../src/report/data.js';
import { esc, renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { run } from './helpers.js';

const TEXT = 'March 4, 2024\n\nMinister of Health Nguyen Van Binh met Ambassador Sato Kenji. Japan will provide US$5 million to Laos by June 2024. The Mekong Research Institute hosted the meeting.';
const record = () => run(TEXT, { id: 'a1' });
const gold: Gold = {
  id: 'a1',
  people: [{ name: 'Nguyen Van Binh' }, { name: 'Tran Thi Mai' }],
  organisations: [{ name: 'Ministry of Health', also: ['Ministry of Health'] }],
  dates: [{ value: '2024-03-04' }, { value: '2024-06' }],
  pledges: [{ text: 'Japan will provide US$5 million to Laos by June 2024.', actor: ['Japan'] }],
};

describe('report data', () => {
  const rec = record();
  const data = buildReport({ records: [rec], rejects: [{ source: 'x.txt', reason: 'binary', message: 'NUL' }], manifest: { timeMs: { perStage: { dates: 1.5 } } }, gold: [gold], texts: new Map([['a1', TEXT]]), baseline: null });

  it('scores against gold and shows each missed and spurious item in its sentence', () => {
    const q = data.quality!;
    expect(rec.people.map((p) => p.name)).toEqual(['Nguyen Van Binh', 'Sato Kenji']);
    expect(q.types.people).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(q.pledgeActorAccuracy).toEqual({ correct: 1, total: 1, accuracy: 1 });
    const errs = q.perDocument[0].errors;
    const spurious = errs.find((e) => e.kind === 'spurious' && e.item === 'Sato Kenji')!;
    expect(spurious.context).toMatchObject({ match: 'Sato Kenji', before: 'Minister of Health Nguyen Van Binh met Ambassador ' });
    expect(TEXT.slice(spurious.context!.start, spurious.context!.end)).toBe('Sato Kenji');
    // A gold name the text never contains cannot be placed, and says so.
    expect(errs.find((e) => e.item === 'Tran Thi Mai')).toMatchObject({ kind: 'missed', context: null });
  });

  it('counts what needs no gold: items, rejects, warnings, people, pledges by month, actor -> beneficiary, stage times', () => {
    expect(data.overview).toMatchObject({ documents: 1, rejects: 1, items: { pledges: 1 } });
    expect(data.rejects.byReason).toEqual([{ reason: 'binary', count: 1 }]);
    expect(data.pledgesOverTime).toEqual([{ month: '2024-06', basis: 'due', count: 1 }]);
    expect(data.actorBeneficiary).toEqual([{ actor: 'Japan', beneficiary: 'Laos', count: 1 }]);
    expect(data.topPeople[0]).toEqual({ name: 'Nguyen Van Binh', documents: 1, mentions: 1 });
    expect(data.stageTimes).toEqual([{ stage: 'dates', ms: 1.5 }]);
  });

  it('gives every figure its change from a baseline report', () => {
    const better = buildReport({ records: [rec], rejects: [], manifest: null, gold: [{ ...gold, people: [gold.people[0]] }], texts: new Map([['a1', TEXT]]), baseline: data });
    expect(better.deltas['quality.types.people.recall']).toBeCloseTo(0.5);
    expect(better.deltas['overview.rejects']).toBe(-1);
    expect(better.deltas['overview.documents']).toBeUndefined(); // unchanged
    expect(renderMarkdown(better)).toMatch(/\| people \| 50\.0% \| 100\.0% \(\+50\.0\)/);
    expect(Object.keys(figures(better))).toContain('quality.perDocument[a1].scores.people.f1');
  });

  it('escapes article text: markup in a name or sentence is shown, never parsed', async () => {
    expect(esc('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    const evil = { ...rec, title: '<script>alert(1)</script>', people: [{ ...rec.people[0], name: '<b onmouseover=alert(1)>X</b>' }] };
    const html = await renderHtml(buildReport({ records: [evil], rejects: [], manifest: null, gold: null, texts: new Map(), baseline: null }), { title: 't', sources: [] });
    expect(html).not.toMatch(/<script|<b onmouseover/);
    expect(html).toContain('&lt;b onmouseover=alert(1)&gt;X&lt;/b&gt;');
    expect(html).toContain("default-src 'none'");
  });
});

describe('diff', () => {
  const a = record();
  it('reports items added, removed and changed (value, actor) per document, with totals', () => {
    const b = structuredClone(a);
    b.pledges[0].actor = 'joint';
    b.dates[0].value = '2024-03-05';
    b.people.pop();
    b.organisations.push({ name: 'Asian Development Bank', aliases: ['ADB'], country: null, mentions: [] });
    const extra = { ...structuredClone(a), id: 'a2' };
    const d = diffRecords([a], [b, extra]);
    expect(d.documents).toMatchObject({ old: 1, new: 2, added: 1, changed: 1, unchanged: 0 });
    const doc = d.perDocument.find((x) => x.id === 'a1')!;
    expect(doc.types.pledges!.changed[0].fields).toEqual(['actor: Japan -> joint']);
    expect(doc.types.dates!.changed[0].fields).toEqual(['value: 2024-03-04 -> 2024-03-05']);
    expect(doc.types.people!.removed).toEqual(['Sato Kenji']);
    expect(doc.types.organisations!.added).toEqual(['Asian Development Bank']);
    expect(d.totals.people).toEqual({ added: 2, removed: 1, changed: 0 });
    expect(formatDiff(d)).toContain('~ a1');
    expect(diffRecords([a], [structuredClone(a)]).perDocument).toEqual([]);
  });

  it('CLI: exit 1 with differences, 0 without; --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-diff-'));
    const b = structuredClone(a);
    b.pledges[0].actor = 'joint';
    writeFileSync(join(dir, 'old.jsonl'), JSON.stringify(a) + '\n');
    writeFileSync(join(dir, 'new.jsonl'), JSON.stringify(b) + '\n');
    const r = await cli(['diff', join(dir, 'old.jsonl'), join(dir, 'new.jsonl'), '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).totals.pledges).toEqual({ added: 0, removed: 0, changed: 1 });
    expect((await cli(['diff', join(dir, 'old.jsonl'), join(dir, 'old.jsonl')])).status).toBe(0);
    expect((await cli(['diff', join(dir, 'old.jsonl'), join(dir, 'missing.jsonl')])).status).toBe(2);
  });
});

describe('report CLI', () => {
  it('writes index.html, report.json and summary.md, and says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-report-'));
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'records.jsonl'), JSON.stringify(record()) + '\n');
    const r = await cli(['report', '--records', join(dir, 'run', 'records.jsonl'), '--out', join(dir, 'rep')]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['index.html', 'report.json', 'summary.md']) expect(existsSync(join(dir, 'rep', f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'rep', 'report.json'), 'utf8')).quality).toBeNull();
    const bad = await cli(['report', '--records', join(dir, 'nope.jsonl')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no records file');
  });
});
