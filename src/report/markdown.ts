import { TYPES } from '../eval/score.js';
import type { ReportData } from './data.js';
import { formatFigure } from './html.js';

/** summary.md: a short table for CI logs and pull requests. */
export function renderMarkdown(data: ReportData): string {
  const d = (path: string, pct: boolean) => {
    const v = data.deltas[path];
    if (v === undefined) return '';
    return ` (${v > 0 ? '+' : ''}${pct ? (v * 100).toFixed(1) : Math.round(v * 10) / 10})`;
  };
  const lines: string[] = ['# communique report', ''];
  const o = data.overview;
  lines.push(`${o.documents} documents${d('overview.documents', false)}, ${o.rejects} rejected${d('overview.rejects', false)}, ${o.warnings} warnings${d('overview.warnings', false)}.`, '');
  if (data.quality) {
    const q = data.quality;
    lines.push(`## Quality against gold (${q.documents} documents)`, '', '| type | precision | recall | F1 | tp | fp | fn |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const t of TYPES) {
      const s = q.types[t];
      const p = `quality.types.${t}`;
      lines.push(`| ${t} | ${formatFigure(s.precision, 'pct')}${d(`${p}.precision`, true)} | ${formatFigure(s.recall, 'pct')}${d(`${p}.recall`, true)} | ${formatFigure(s.f1, 'pct')}${d(`${p}.f1`, true)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
    }
    const a = q.pledgeActorAccuracy;
    lines.push('', `Pledge actor accuracy: ${formatFigure(a.accuracy, 'pct')}${d('quality.pledgeActorAccuracy.accuracy', true)} (${a.correct}/${a.total}).`, '');
  }
  lines.push('## Items', '', '| type | items | documents with none |', '|---|---:|---:|');
  for (const t of TYPES) lines.push(`| ${t} | ${o.items[t]}${d(`overview.items.${t}`, false)} | ${data.without[t].length} |`);
  if (data.rejects.byReason.length) lines.push('', `Rejects: ${data.rejects.byReason.map((r) => `${r.reason} ${r.count}`).join(', ')}.`);
  if (data.warnings.length) lines.push('', `Warnings: ${data.warnings.map((w) => `${w.code} ${w.count}`).join(', ')}.`);
  return lines.join('\n') + '\n';
}
