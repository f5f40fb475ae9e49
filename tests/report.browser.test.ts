import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/spawn.js';
import { figures } from '../src/report/data.js';
import { formatFigure, type Format } from '../src/report/html.js';
import { launchChromium } from './browser.js';

// The report opened from disk in a real browser: Debian's Chromium when installed, else the one npm install
// brings (tests/browser.ts chooses), driven by playwright-core. Not skipped anywhere: if no Chromium launches, this test fails and says why.
const SHOTS = join(__dirname, '..', 'test-output');

// An article built to attack the page: markup in its title line and its text, next to items the report shows.
const EVIL = '<script>window.__pwned = 1</script> Minister visits partners\n\nMarch 4, 2024\n\nMinister of Health Nguyen Van Binh <img src=x onerror="window.__pwned = 2"> met Ambassador Sato Kenji. Japan will provide US$5 million to Laos by June 2024.\n';

describe('HTML report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-browser-'));
  let browser: Browser;
  let report: any;
  beforeAll(async () => {
    const input = join(dir, 'in');
    const gold = join(dir, 'gold');
    mkdirSync(input);
    mkdirSync(gold);
    for (const f of readdirSync('corpus').filter((x) => x.endsWith('.txt'))) copyFileSync(join('corpus', f), join(input, f));
    for (const f of readdirSync('corpus/gold')) copyFileSync(join('corpus/gold', f), join(gold, f));
    writeFileSync(join(input, 'evil.txt'), EVIL);
    writeFileSync(join(gold, 'evil.json'), JSON.stringify({ id: 'evil', people: [{ name: 'Nguyen Van Binh' }, { name: 'Tran Thi Mai' }], organisations: [], dates: [{ value: '2024-03-04' }, { value: '2024-06' }], pledges: [] }));
    writeFileSync(join(input, 'broken.jsonl'), '{"id":\n');
    expect((await cli(['run', input, '--out', join(dir, 'run'), '--quiet'])).status).toBe(1); // 1: broken.jsonl is rejected
    // A baseline from the first report, then a second report against a gold with one person fewer: every figure shows its change.
    expect((await cli(['report', '--records', join(dir, 'run', 'records.jsonl'), '--gold', gold, '--out', join(dir, 'base')])).status).toBe(0);
    writeFileSync(join(gold, 'evil.json'), JSON.stringify({ id: 'evil', people: [{ name: 'Nguyen Van Binh' }], organisations: [], dates: [{ value: '2024-03-04' }, { value: '2024-06' }], pledges: [] }));
    const r = await cli(['report', '--records', join(dir, 'run', 'records.jsonl'), '--gold', gold, '--out', join(dir, 'report'), '--baseline', join(dir, 'base', 'report.json')]);
    expect(r.status, r.stderr).toBe(0);
    report = JSON.parse(readFileSync(join(dir, 'report', 'report.json'), 'utf8'));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the figures of report.json, runs nothing injected, logs no error, and is saved as a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && requests.push(r.url()));
    await page.goto('file://' + join(dir, 'report', 'index.html'));

    // Every figure in the page is the value at its path in report.json, written the page's way.
    const shown = await page.$$eval('[data-figure]', (els) => els.map((e) => ({ path: e.getAttribute('data-figure')!, format: e.getAttribute('data-format')!, text: e.textContent })));
    const values = figures(report);
    expect(shown.length).toBeGreaterThan(100);
    for (const f of shown) {
      expect(values[f.path], f.path).toBeTypeOf('number');
      expect(f.text, f.path).toBe(formatFigure(values[f.path], f.format as Format));
    }
    // The baseline made the people recall move, and the page says so next to the figure.
    const delta = await page.textContent('[data-delta-for="quality.types.people.recall"]');
    expect(report.deltas['quality.types.people.recall']).toBeGreaterThan(0);
    expect(delta).toMatch(/^\+\d+\.\d pts$/);

    // Injected markup is text: nothing ran, and the page shows it literally.
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    const body = await page.evaluate(() => document.body.innerText);
    expect(body).toContain('<script>window.__pwned = 1</script>');
    expect(await page.$$('img')).toHaveLength(0);
    // Charts are inline SVG rendered at build time.
    expect(await page.$$eval('svg', (s) => s.length)).toBeGreaterThanOrEqual(5);
    expect(body).toMatch(/Missed and spurious items/);
    expect(body).toContain('bad-json');

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    expect(readFileSync(join(SHOTS, 'report.png')).length).toBeGreaterThan(10_000);
  }, 60_000);
});
