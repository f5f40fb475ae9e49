import type { EntityLine } from '../entities/link.js';

export interface EntityDiff {
  old: number;
  new: number;
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

const FIELDS = ['type', 'name', 'country', 'variants', 'titles', 'firstSeen', 'lastSeen', 'articles', 'mentions', 'merges'] as const;

const show = (v: unknown): string =>
  v === null || v === undefined ? '-' : Array.isArray(v) ? `[${v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ')}]` : String(v);

/** Compares two entities.jsonl sets by id: entities added, removed, and changed field by field. */
export function diffEntities(oldList: EntityLine[], newList: EntityLine[]): EntityDiff {
  const a = new Map(oldList.map((e) => [e.id, e]));
  const b = new Map(newList.map((e) => [e.id, e]));
  const out: EntityDiff = { old: a.size, new: b.size, added: [], removed: [], changed: [] };
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const [x, y] = [a.get(id), b.get(id)];
    if (!x) out.added.push(id);
    else if (!y) out.removed.push(id);
    else {
      const fields = FIELDS.filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f])).map((f) => {
        if (f === 'titles' || f === 'merges') return `${f}: ${(x[f] as unknown[]).length} -> ${(y[f] as unknown[]).length} entries, changed`;
        if (f === 'variants' || f === 'articles') {
          const [xs, ys] = [new Set(x[f] as string[]), new Set(y[f] as string[])];
          const plus = [...ys].filter((s) => !xs.has(s));
          const minus = [...xs].filter((s) => !ys.has(s));
          return `${f}: ${[...plus.map((s) => `+${s}`), ...minus.map((s) => `-${s}`)].join(', ')}`;
        }
        return `${f}: ${show(x[f])} -> ${show(y[f])}`;
      });
      if (fields.length) out.changed.push({ id, fields });
    }
  }
  return out;
}

export function formatEntityDiff(d: EntityDiff): string {
  const lines: string[] = [];
  for (const id of d.added) lines.push(`+ entity ${id}`);
  for (const id of d.removed) lines.push(`- entity ${id}`);
  for (const c of d.changed) lines.push(`~ entity ${c.id}`, ...c.fields.map((f) => `      ${f}`));
  lines.push('', `entities: ${d.old} -> ${d.new}; ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`);
  return lines.join('\n') + '\n';
}

/** Is this a line of entities.jsonl rather than of records.jsonl? */
export const isEntityLine = (x: unknown): x is EntityLine => !!x && typeof x === 'object' && 'merges' in x && 'variants' in x && !('pledges' in x);
