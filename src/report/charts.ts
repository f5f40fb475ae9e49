import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportData } from './data.js';

// Charts are vega-lite specs rendered to SVG strings at build time (vega's headless SVG renderer):
// the page needs no script and no network to show them.

const FONT = 'system-ui, sans-serif';
const base = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } } } as const;

async function svg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const out = await view.toSVG();
  view.finalize();
  return out;
}

/** Grouped bars: precision, recall and F1 per type. */
export function qualityChart(q: NonNullable<ReportData['quality']>): Promise<string> {
  const values = Object.entries(q.types).flatMap(([type, s]) => [
    { type, metric: 'precision', value: s.precision },
    { type, metric: 'recall', value: s.recall },
    { type, metric: 'F1', value: s.f1 },
  ]);
  return svg({
    ...base,
    width: 420,
    height: 180,
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: { field: 'type', type: 'nominal', title: null, sort: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'metric', sort: ['precision', 'recall', 'F1'] },
      y: { field: 'value', type: 'quantitative', title: null, scale: { domain: [0, 1] }, axis: { format: '.0%' } },
      color: { field: 'metric', type: 'nominal', sort: ['precision', 'recall', 'F1'], title: null, scale: { range: ['#4c78a8', '#72b7b2', '#f58518'] } },
    },
  } as TopLevelSpec);
}

/** Horizontal bars of a count per label. */
export function barChart(rows: { label: string; value: number }[], title: string): Promise<string> {
  return svg({
    ...base,
    width: 320,
    height: { step: 16 },
    data: { values: rows },
    mark: { type: 'bar', color: '#4c78a8' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
      x: { field: 'value', type: 'quantitative', title, axis: { tickMinStep: 1 } },
    },
  } as TopLevelSpec);
}

/** Pledges per month, stacked by what dated them (the pledge's due date or the article). */
export function timelineChart(rows: ReportData['pledgesOverTime']): Promise<string> {
  return svg({
    ...base,
    width: 520,
    height: 160,
    data: { values: rows },
    mark: 'bar',
    encoding: {
      x: { field: 'month', type: 'ordinal', title: null, axis: { labelAngle: -45 } },
      y: { field: 'count', type: 'quantitative', title: 'pledges', axis: { tickMinStep: 1 } },
      color: { field: 'basis', type: 'nominal', title: 'month of', scale: { domain: ['due', 'article'], range: ['#f58518', '#4c78a8'] } },
    },
  } as TopLevelSpec);
}

/** Who pledges to whom: actors on the left, beneficiaries on the right, a line per pair (wider = more pledges). */
export function actorGraph(edges: ReportData['actorBeneficiary']): Promise<string> {
  const actors = [...new Set(edges.map((e) => e.actor))];
  const benefs = [...new Set(edges.map((e) => e.beneficiary))];
  const rows = Math.max(actors.length, benefs.length);
  const y = (list: string[], name: string) => ((list.indexOf(name) + 0.5) * rows) / list.length;
  const lines = edges.map((e) => ({ x: 0, x2: 1, y: y(actors, e.actor), y2: y(benefs, e.beneficiary), count: e.count }));
  const short = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  const labels = [...actors.map((a) => ({ x: 0, y: y(actors, a), name: short(a), side: 'actor' })), ...benefs.map((b) => ({ x: 1, y: y(benefs, b), name: short(b), side: 'beneficiary' }))];
  const scaleX = { domain: [0, 1] };
  const scaleY = { domain: [rows, 0] };
  return svg({
    ...base,
    width: 300,
    height: Math.max(60, rows * 22),
    padding: { left: 230, right: 230, top: 10, bottom: 10 },
    autosize: { type: 'none' },
    layer: [
      {
        data: { values: lines },
        mark: { type: 'rule', color: '#9ab', opacity: 0.8 },
        encoding: {
          x: { field: 'x', type: 'quantitative', scale: scaleX, axis: null },
          x2: { field: 'x2' },
          y: { field: 'y', type: 'quantitative', scale: scaleY, axis: null },
          y2: { field: 'y2' },
          strokeWidth: { field: 'count', type: 'quantitative', scale: { range: [1, 6] }, legend: null },
        },
      },
      {
        data: { values: labels.filter((l) => l.side === 'actor') },
        mark: { type: 'text', align: 'right', dx: -6, fontSize: 11 },
        encoding: { x: { field: 'x', type: 'quantitative', scale: scaleX, axis: null }, y: { field: 'y', type: 'quantitative', scale: scaleY, axis: null }, text: { field: 'name' } },
      },
      {
        data: { values: labels.filter((l) => l.side === 'beneficiary') },
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 11 },
        encoding: { x: { field: 'x', type: 'quantitative', scale: scaleX, axis: null }, y: { field: 'y', type: 'quantitative', scale: scaleY, axis: null }, text: { field: 'name' } },
      },
    ],
  } as TopLevelSpec);
}
