import { TYPES } from '../eval/score.js';
import { actorGraph, barChart, qualityChart, timelineChart } from './charts.js';
import type { Context } from './context.js';
import type { ReportData } from './data.js';

/** Escapes text for HTML element content and attribute values: article text never becomes markup. */
export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export type Format = 'pct' | 'num';

/** How the page writes a figure; the browser test formats report.json the same way and compares. */
export function formatFigure(v: number, f: Format): string {
  return f === 'pct' ? `${(v * 100).toFixed(1)}%` : String(v);
}

function deltaText(d: number, f: Format): string {
  const v = f === 'pct' ? (d * 100).toFixed(1) : String(Math.round(d * 10) / 10);
  return `${d > 0 ? '+' : ''}${v}${f === 'pct' ? ' pts' : ''}`;
}

/** Writes a figure: its value, the path of that value in report.json, and its change from the baseline. */
function figureWriter(data: ReportData) {
  return (path: string, v: number, f: Format = 'num', higherIsBetter = true) => {
    const d = data.deltas[path];
    const delta = d === undefined ? '' : ` <span class="delta ${(d > 0) === higherIsBetter ? 'up' : 'down'}" data-delta-for="${esc(path)}">${esc(deltaText(d, f))}</span>`;
    return `<span class="fig" data-figure="${esc(path)}" data-format="${f}">${esc(formatFigure(v, f))}</span>${delta}`;
  };
}

function contextHtml(c: Context | null): string {
  if (!c) return '<span class="muted">(not found in the article text)</span>';
  return `<q>${esc(c.before)}<mark>${esc(c.match)}</mark>${esc(c.after)}</q> <span class="muted">@${c.start}–${c.end}</span>`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dce3;padding-bottom:4px}
h3{font-size:14px;margin:16px 0 6px}
section{background:#fff;border:1px solid #e1e4ea;border-radius:6px;padding:12px 16px;margin:12px 0}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #e1e4ea;border-radius:6px;padding:8px 14px;min-width:110px}
.card .fig{font-size:22px;font-weight:600;display:block}.card small{color:#5b6474}
table{border-collapse:collapse;margin:6px 0}th,td{padding:3px 10px;text-align:left;border-bottom:1px solid #edf0f4;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.delta{font-size:11px;margin-left:4px}.delta.up{color:#1a7f37}.delta.down{color:#c0392b}
.muted{color:#6b7485;font-size:12px}td.n .muted{white-space:nowrap}mark{background:#ffe58a;padding:0 1px}
q{quotes:none}details{margin:4px 0}summary{cursor:pointer}
.err li{margin:3px 0}.tag{display:inline-block;font-size:11px;border-radius:3px;padding:0 5px;margin-right:4px;color:#fff}
.tag.missed{background:#c0392b}.tag.spurious{background:#b9770e}
.charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
nav a{margin-right:12px}
`;

/** The whole page: one file, styles inline, charts as inline SVG, no script, and a policy that forbids any. */
export async function renderHtml(data: ReportData, meta: { title: string; sources: string[] }): Promise<string> {
  const fig = figureWriter(data);
  const parts: string[] = [];
  const o = data.overview;
  parts.push(`<header><h1>${esc(meta.title)}</h1><div class="muted">${meta.sources.map(esc).join(' · ')}</div></header>`);
  parts.push(`<nav>${[data.quality ? ['quality', 'Quality'] : null, ['coverage', 'Coverage'], ['warnings', 'Warnings'], ['rejects', 'Rejects'], ['entities', 'People & organisations'], ['pledges', 'Pledges'], ['timing', 'Time per stage']].filter(Boolean).map((x) => `<a href="#${x![0]}">${x![1]}</a>`).join('')}</nav>`);
  parts.push(`<div class="cards">${[
    ['documents', fig('overview.documents', o.documents)],
    ['rejected', fig('overview.rejects', o.rejects, 'num', false)],
    ...TYPES.map((t) => [t, fig(`overview.items.${t}`, o.items[t])]),
    ['warnings', fig('overview.warnings', o.warnings, 'num', false)],
  ].map(([k, v]) => `<div class="card">${v}<small>${k}</small></div>`).join('')}</div>`);

  if (data.quality) {
    const q = data.quality;
    const rows = TYPES.map((t) => {
      const s = q.types[t];
      const p = `quality.types.${t}`;
      return `<tr><td>${t}</td><td class="n">${fig(`${p}.precision`, s.precision, 'pct')}</td><td class="n">${fig(`${p}.recall`, s.recall, 'pct')}</td><td class="n">${fig(`${p}.f1`, s.f1, 'pct')}</td><td class="n">${fig(`${p}.tp`, s.tp)}</td><td class="n">${fig(`${p}.fp`, s.fp, 'num', false)}</td><td class="n">${fig(`${p}.fn`, s.fn, 'num', false)}</td></tr>`;
    });
    const a = q.pledgeActorAccuracy;
    const perDoc = q.perDocument.map((d) => {
      const p = `quality.perDocument[${d.id}]`;
      return `<tr><td>${esc(d.id)}<div class="muted">${esc(d.title ?? '')}</div></td>${TYPES.map((t) => `<td class="n">${fig(`${p}.scores.${t}.f1`, d.scores[t].f1, 'pct')}<div class="muted">P ${fig(`${p}.scores.${t}.precision`, d.scores[t].precision, 'pct')} · R ${fig(`${p}.scores.${t}.recall`, d.scores[t].recall, 'pct')}</div></td>`).join('')}<td class="n">${fig(`${p}.actors.correct`, d.actors.correct)}/${fig(`${p}.actors.total`, d.actors.total)}</td><td class="n">${d.errors.length}</td></tr>`;
    });
    const errors = q.perDocument.filter((d) => d.errors.length).map((d) => `<details><summary>${esc(d.id)} — ${d.errors.length} ${d.errors.length === 1 ? 'error' : 'errors'}</summary><ul class="err">${d.errors.map((e) => `<li><span class="tag ${e.kind}">${e.kind}</span><b>${esc(e.type)}</b> ${esc(e.item.length > 160 ? e.item.slice(0, 160) + '…' : e.item)}<br>${contextHtml(e.context)}</li>`).join('')}</ul></details>`);
    parts.push(`<h2 id="quality">Quality against gold (${q.documents} documents)</h2><section><div class="charts"><div>${await qualityChart(q)}</div><div>
<table><tr><th>type</th><th class="n">precision</th><th class="n">recall</th><th class="n">F1</th><th class="n">tp</th><th class="n">fp</th><th class="n">fn</th></tr>${rows.join('')}</table>
<p>Pledge actor accuracy: ${fig('quality.pledgeActorAccuracy.accuracy', a.accuracy, 'pct')} (${fig('quality.pledgeActorAccuracy.correct', a.correct)} of ${fig('quality.pledgeActorAccuracy.total', a.total)} matched pledges)</p></div></div>
<h3>Per document (F1, with precision and recall)</h3><table><tr><th>document</th>${TYPES.map((t) => `<th class="n">${t}</th>`).join('')}<th class="n">actors</th><th class="n">errors</th></tr>${perDoc.join('')}</table>
<h3>Missed and spurious items, in their sentences</h3>${errors.length ? errors.join('') : '<p>None: every gold item was found and nothing else.</p>'}</section>`);
  }

  parts.push(`<h2 id="coverage">Coverage</h2><section><table><tr><th>documents with no</th><th class="n">count</th><th>ids</th></tr>${TYPES.map((t) => `<tr><td>${t === 'people' ? 'person' : t === 'organisations' ? 'organisation' : t.replace(/s$/, '')}</td><td class="n">${data.without[t].length}</td><td class="muted">${data.without[t].slice(0, 40).map(esc).join(', ')}${data.without[t].length > 40 ? ', …' : ''}</td></tr>`).join('')}</table></section>`);

  const warnRows = data.warnings.map((w) => `<tr><td>${esc(w.code)}</td><td class="n">${fig(`warnings[${w.code}].count`, w.count, 'num', false)}</td><td class="n">${fig(`warnings[${w.code}].documents`, w.documents, 'num', false)}</td></tr>`);
  parts.push(`<h2 id="warnings">Warnings by code</h2><section>${data.warnings.length ? `<div class="charts"><div>${await barChart(data.warnings.map((w) => ({ label: w.code, value: w.count })), 'warnings')}</div><table><tr><th>code</th><th class="n">warnings</th><th class="n">documents</th></tr>${warnRows.join('')}</table></div>` : '<p>No warnings.</p>'}</section>`);

  const rej = data.rejects;
  parts.push(`<h2 id="rejects">Rejected inputs</h2><section>${rej.items.length ? `<table><tr><th>reason</th><th class="n">count</th></tr>${rej.byReason.map((r) => `<tr><td>${esc(r.reason)}</td><td class="n">${fig(`rejects.byReason[${r.reason}].count`, r.count, 'num', false)}</td></tr>`).join('')}</table>
<details><summary>All ${rej.items.length} rejects</summary><table><tr><th>source</th><th>reason</th><th>message</th></tr>${rej.items.map((r) => `<tr><td>${esc(r.source)}</td><td>${esc(r.reason)}</td><td class="muted">${esc(r.message)}</td></tr>`).join('')}</table></details>` : '<p>No input was rejected.</p>'}</section>`);

  const top = (rows: ReportData['topPeople'], key: string) => `<table><tr><th>name</th><th class="n">documents</th><th class="n">mentions</th></tr>${rows.map((r) => `<tr><td>${esc(r.name)}</td><td class="n">${fig(`${key}[${r.name}].documents`, r.documents)}</td><td class="n">${fig(`${key}[${r.name}].mentions`, r.mentions)}</td></tr>`).join('')}</table>`;
  parts.push(`<h2 id="entities">Top people and organisations</h2><section><div class="charts"><div><h3>People (documents naming them)</h3>${data.topPeople.length ? (await barChart(data.topPeople.map((p) => ({ label: p.name, value: p.documents })), 'documents')) + top(data.topPeople, 'topPeople') : '<p>None.</p>'}</div>
<div><h3>Organisations (documents naming them)</h3>${data.topOrganisations.length ? (await barChart(data.topOrganisations.map((p) => ({ label: p.name, value: p.documents })), 'documents')) + top(data.topOrganisations, 'topOrganisations') : '<p>None.</p>'}</div></div></section>`);

  const tl = data.pledgesOverTime;
  const ab = data.actorBeneficiary;
  parts.push(`<h2 id="pledges">Pledges</h2><section><h3>Over time (by month of the due date, else of the article)</h3>${tl.length ? (await timelineChart(tl)) + `<details><summary>Table</summary><table><tr><th>month</th><th>dated by</th><th class="n">pledges</th></tr>${tl.map((r) => `<tr><td>${esc(r.month)}</td><td>${r.basis}</td><td class="n">${fig(`pledgesOverTime[${r.month} ${r.basis}].count`, r.count)}</td></tr>`).join('')}</table></details>` : '<p>No dated pledges.</p>'}
<h3>Who pledges to whom (actor → beneficiary)</h3>${ab.length ? (await actorGraph(ab)) + `<table><tr><th>actor</th><th>beneficiary</th><th class="n">pledges</th></tr>${ab.map((e) => `<tr><td>${esc(e.actor)}</td><td>${esc(e.beneficiary)}</td><td class="n">${fig(`actorBeneficiary[${e.actor}->${e.beneficiary}].count`, e.count)}</td></tr>`).join('')}</table>` : '<p>No pledge names a beneficiary.</p>'}</section>`);

  parts.push(`<h2 id="timing">Time per stage</h2><section>${data.stageTimes.length ? `<div class="charts"><div>${await barChart(data.stageTimes.map((s) => ({ label: s.stage, value: s.ms })), 'milliseconds, summed over documents')}</div><table><tr><th>stage</th><th class="n">ms</th></tr>${data.stageTimes.map((s) => `<tr><td>${esc(s.stage)}</td><td class="n">${fig(`stageTimes[${s.stage}].ms`, s.ms, 'num', false)}</td></tr>`).join('')}</table></div><p class="muted">From the run's manifest; timings vary from run to run, records do not.</p>` : '<p>No manifest beside the records: no timings.</p>'}</section>`);

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title><style>${CSS}</style></head>
<body><main>
${parts.join('\n')}
<p class="muted">Every figure here is in report.json beside this page. Written by communique.</p>
</main></body></html>
`;
}
