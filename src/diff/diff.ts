import { norm } from '../eval/score.js';
import type { CommuniqueRecord } from '../types/record.gen.js';

export const DIFF_TYPES = ['people', 'organisations', 'dates', 'pledges'] as const;
type DiffType = (typeof DIFF_TYPES)[number];

export interface Change {
  key: string;
  /** What changed: "actor: Japan -> joint", "value: 2019-03 -> 2019-03-11". */
  fields: string[];
}

export interface TypeDiff {
  added: string[];
  removed: string[];
  changed: Change[];
}

export interface DocDiff {
  id: string;
  status: 'added' | 'removed' | 'changed';
  types: Partial<Record<DiffType, TypeDiff>>;
}

export interface Diff {
  documents: { old: number; new: number; added: number; removed: number; changed: number; unchanged: number };
  totals: Record<DiffType, { added: number; removed: number; changed: number }>;
  perDocument: DocDiff[];
}

/**
 * How items are matched between two runs, and which of their fields count as a change:
 * people and organisations by normalised name; dates by the expression's position in the text (so a new
 * value for the same words is a change); pledges by their sentence's position.
 */
const KEYS: Record<DiffType, { key: (x: any) => string; label: (x: any) => string; fields: (x: any) => Record<string, unknown> }> = {
  people: { key: (p) => norm(p.name), label: (p) => p.name, fields: (p) => ({ titles: p.titles, country: p.country }) },
  organisations: { key: (o) => norm(o.name), label: (o) => o.name, fields: (o) => ({ aliases: [...o.aliases].sort(), country: o.country }) },
  dates: { key: (d) => `${d.start}-${d.end}`, label: (d) => `${d.text} = ${d.value}`, fields: (d) => ({ value: d.value, granularity: d.granularity }) },
  pledges: {
    key: (p) => `${p.start}-${p.end}`,
    label: (p) => (p.text.length > 100 ? `${p.text.slice(0, 99)}…` : p.text),
    fields: (p) => ({ actor: p.actor, action: p.action, beneficiary: p.beneficiary ?? null, amount: p.amount ? `${p.amount.value} ${p.amount.currency}` : null, due: p.due ?? null }),
  },
};

const show = (v: unknown) => (v === null || v === undefined ? '-' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v));

function diffType(type: DiffType, a: any[], b: any[]): TypeDiff {
  const k = KEYS[type];
  const before = new Map(a.map((x) => [k.key(x), x]));
  const after = new Map(b.map((x) => [k.key(x), x]));
  const out: TypeDiff = { added: [], removed: [], changed: [] };
  for (const [key, x] of after) {
    const old = before.get(key);
    if (!old) {
      out.added.push(k.label(x));
      continue;
    }
    const fa = k.fields(old);
    const fb = k.fields(x);
    const fields = Object.keys(fb).filter((f) => JSON.stringify(fa[f]) !== JSON.stringify(fb[f])).map((f) => `${f}: ${show(fa[f])} -> ${show(fb[f])}`);
    if (fields.length) out.changed.push({ key: k.label(x), fields });
  }
  for (const [key, x] of before) if (!after.has(key)) out.removed.push(k.label(x));
  return out;
}

/** Compares two record sets (an old run and a new one) document by document. */
export function diffRecords(oldRecs: CommuniqueRecord[], newRecs: CommuniqueRecord[]): Diff {
  const a = new Map(oldRecs.map((r) => [r.id, r]));
  const b = new Map(newRecs.map((r) => [r.id, r]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  const empty = { people: [], organisations: [], dates: [], pledges: [] } as unknown as CommuniqueRecord;
  const totals = Object.fromEntries(DIFF_TYPES.map((t) => [t, { added: 0, removed: 0, changed: 0 }])) as Diff['totals'];
  const perDocument: DocDiff[] = [];
  let unchanged = 0;
  for (const id of ids) {
    const ra = a.get(id);
    const rb = b.get(id);
    const doc: DocDiff = { id, status: !ra ? 'added' : !rb ? 'removed' : 'changed', types: {} };
    for (const t of DIFF_TYPES) {
      const d = diffType(t, (ra ?? empty)[t], (rb ?? empty)[t]);
      if (!d.added.length && !d.removed.length && !d.changed.length) continue;
      doc.types[t] = d;
      totals[t].added += d.added.length;
      totals[t].removed += d.removed.length;
      totals[t].changed += d.changed.length;
    }
    if (doc.status === 'changed' && !Object.keys(doc.types).length) unchanged++;
    else perDocument.push(doc);
  }
  const count = (s: DocDiff['status']) => perDocument.filter((d) => d.status === s).length;
  return { documents: { old: a.size, new: b.size, added: count('added'), removed: count('removed'), changed: count('changed'), unchanged }, totals, perDocument };
}

/** The diff as a person reads it before regenerating a dataset. */
export function formatDiff(d: Diff): string {
  const lines: string[] = [];
  for (const doc of d.perDocument) {
    lines.push(`${doc.status === 'added' ? '+ ' : doc.status === 'removed' ? '- ' : '~ '}${doc.id}${doc.status === 'changed' ? '' : ` (document ${doc.status})`}`);
    for (const t of DIFF_TYPES) {
      const td = doc.types[t];
      if (!td) continue;
      lines.push(`    ${t}: +${td.added.length} -${td.removed.length} ~${td.changed.length}`);
      for (const x of td.added) lines.push(`      + ${x}`);
      for (const x of td.removed) lines.push(`      - ${x}`);
      for (const c of td.changed) lines.push(`      ~ ${c.key}: ${c.fields.join('; ')}`);
    }
  }
  const docs = d.documents;
  lines.push('', `documents: ${docs.old} -> ${docs.new}; ${docs.added} added, ${docs.removed} removed, ${docs.changed} changed, ${docs.unchanged} unchanged`);
  lines.push('type            added removed changed');
  for (const t of DIFF_TYPES) lines.push(`${t.padEnd(15)} ${String(d.totals[t].added).padStart(5)} ${String(d.totals[t].removed).padStart(7)} ${String(d.totals[t].changed).padStart(7)}`);
  return lines.join('\n') + '\n';
}
