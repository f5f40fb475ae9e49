import { norm, prf, scoreDoc, summarise, TYPES, type Gold, type TypeScore } from '../eval/score.js';
import type { Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { contextOf, findName, type Context } from './context.js';

type ItemType = (typeof TYPES)[number];

/** One missed or spurious item, shown in its sentence. */
export interface ErrorItem {
  type: ItemType;
  kind: 'missed' | 'spurious';
  item: string;
  /** null when the item cannot be placed in the article (no article text, or a name the text does not contain). */
  context: Context | null;
}

export interface DocumentQuality {
  id: string;
  title: string | null;
  scores: Record<ItemType, TypeScore>;
  actors: { correct: number; total: number };
  errors: ErrorItem[];
}

/** Everything the report shows; report.json is exactly this. */
export interface ReportData {
  overview: { documents: number; rejects: number; items: Record<ItemType, number>; warnings: number };
  quality: null | {
    documents: number;
    types: Record<ItemType, TypeScore>;
    pledgeActorAccuracy: { correct: number; total: number; accuracy: number };
    perDocument: DocumentQuality[];
  };
  /** Ids of documents with no item of each type. */
  without: Record<ItemType, string[]>;
  warnings: { code: string; count: number; documents: number }[];
  rejects: { byReason: { reason: string; count: number }[]; items: Reject[] };
  topPeople: { name: string; documents: number; mentions: number }[];
  topOrganisations: { name: string; documents: number; mentions: number }[];
  /** Pledges per month: of the due date when the pledge has one with a month, else of the article's publication. */
  pledgesOverTime: { month: string; basis: 'due' | 'article'; count: number }[];
  actorBeneficiary: { actor: string; beneficiary: string; count: number }[];
  /** Milliseconds per stage, summed over documents (from the run's manifest), when known. */
  stageTimes: { stage: string; ms: number }[];
  /** For each figure also in the baseline report: new value minus baseline value. */
  deltas: Record<string, number>;
}

export interface ReportInput {
  records: CommuniqueRecord[];
  rejects: Reject[];
  manifest: Record<string, any> | null;
  gold: Gold[] | null;
  texts: Map<string, string>;
  baseline: ReportData | null;
}

const byCountThenName = <T extends { name?: string; count?: number; documents?: number; mentions?: number }>(a: T, b: T) =>
  (b.documents ?? b.count ?? 0) - (a.documents ?? a.count ?? 0) || (b.mentions ?? 0) - (a.mentions ?? 0) || String(a.name).localeCompare(String(b.name));

function tally(records: CommuniqueRecord[], pick: (r: CommuniqueRecord) => { name: string; mentions: unknown[] }[], limit = 15) {
  const m = new Map<string, { name: string; documents: number; mentions: number }>();
  for (const r of records) {
    for (const e of pick(r)) {
      const key = norm(e.name);
      const t = m.get(key) ?? { name: e.name, documents: 0, mentions: 0 };
      t.documents++;
      t.mentions += e.mentions.length;
      m.set(key, t);
    }
  }
  return [...m.values()].sort(byCountThenName).slice(0, limit);
}

/** Places a missed gold item or a spurious record item in the article, for display. */
function errorsOf(score: ReturnType<typeof scoreDoc>, gold: Gold, rec: CommuniqueRecord | undefined, raw: string | undefined): ErrorItem[] {
  const out: ErrorItem[] = [];
  const at = (span: { start: number; end: number } | null) => (raw && span ? contextOf(raw, span.start, span.end) : null);
  for (const type of TYPES) {
    for (const item of score[type].missed) {
      let span: { start: number; end: number } | null = null;
      if (raw) {
        if (type === 'people' || type === 'organisations') {
          const g = gold[type].find((x) => x.name === item);
          span = findName(raw, [item, ...(g?.also ?? [])]);
        } else if (type === 'dates') {
          const g = gold.dates.find((x) => x.value === item);
          span = g?.text ? findName(raw, [g.text]) : null;
        } else span = findName(raw, [item]);
      }
      out.push({ type, kind: 'missed', item, context: at(span) });
    }
    for (const item of score[type].spurious) {
      let span: { start: number; end: number } | null = null;
      if (rec) {
        if (type === 'people') span = rec.people.find((p) => p.name === item)?.mentions[0] ?? null;
        else if (type === 'organisations') span = rec.organisations.find((o) => o.name === item)?.mentions[0] ?? null;
        else if (type === 'dates') span = rec.dates.find((d) => d.value === item) ?? null;
        else span = rec.pledges.find((p) => p.text === item) ?? null;
      }
      out.push({ type, kind: 'spurious', item, context: at(span) });
    }
  }
  return out;
}

/** Flattens every number of the report to path -> value ("quality.types.people.f1" -> 0.93). */
export function figures(data: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof data === 'number') out[prefix] = data;
  else if (Array.isArray(data)) {
    // Arrays of named rows are keyed by their name, so a figure keeps its path when rows move.
    data.forEach((row, i) => {
      const key = row && typeof row === 'object' ? (row.id ?? row.code ?? row.reason ?? row.stage ?? (row.month !== undefined ? `${row.month} ${row.basis}` : undefined) ?? (row.actor !== undefined ? `${row.actor}->${row.beneficiary}` : row.name) ?? i) : i;
      figures(row, `${prefix}[${key}]`, out);
    });
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      const path = prefix ? `${prefix}.${k}` : k;
      // Offsets of error contexts and the rejects' line numbers are positions, not figures.
      if (k !== 'deltas' && k !== 'errors' && path !== 'rejects.items') figures(v, path, out);
    }
  }
  return out;
}

export function buildReport(input: ReportInput): ReportData {
  const { records, rejects, manifest, gold } = input;
  const count = (t: ItemType) => records.reduce((a, r) => a + r[t].length, 0);
  const data: ReportData = {
    overview: {
      documents: records.length,
      rejects: rejects.length,
      items: { people: count('people'), organisations: count('organisations'), dates: count('dates'), pledges: count('pledges') },
      warnings: records.reduce((a, r) => a + r.warnings.length, 0),
    },
    quality: null,
    without: Object.fromEntries(TYPES.map((t) => [t, records.filter((r) => !r[t].length).map((r) => r.id)])) as Record<ItemType, string[]>,
    warnings: [],
    rejects: { byReason: [], items: rejects },
    topPeople: tally(records, (r) => r.people),
    topOrganisations: tally(records, (r) => r.organisations),
    pledgesOverTime: [],
    actorBeneficiary: [],
    stageTimes: Object.entries((manifest?.timeMs?.perStage ?? {}) as Record<string, number>).map(([stage, ms]) => ({ stage, ms })),
    deltas: {},
  };

  const warn = new Map<string, { count: number; docs: Set<string> }>();
  for (const r of records) for (const w of r.warnings) {
    const e = warn.get(w.code) ?? { count: 0, docs: new Set<string>() };
    e.count++;
    e.docs.add(r.id);
    warn.set(w.code, e);
  }
  data.warnings = [...warn].map(([code, e]) => ({ code, count: e.count, documents: e.docs.size })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const reasons = new Map<string, number>();
  for (const r of rejects) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  data.rejects.byReason = [...reasons].map(([reason, c]) => ({ reason, count: c })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));

  const months = new Map<string, number>();
  const edges = new Map<string, number>();
  for (const r of records) {
    for (const p of r.pledges) {
      const due = p.due && /^\d{4}-\d{2}/.test(p.due) ? p.due.slice(0, 7) : null;
      const pub = r.published && /^\d{4}-\d{2}/.test(r.published) ? r.published.slice(0, 7) : null;
      const key = due ? `${due}|due` : pub ? `${pub}|article` : null;
      if (key) months.set(key, (months.get(key) ?? 0) + 1);
      if (p.beneficiary) edges.set(`${p.actor}\u0000${p.beneficiary}`, (edges.get(`${p.actor}\u0000${p.beneficiary}`) ?? 0) + 1);
    }
  }
  data.pledgesOverTime = [...months].map(([k, c]) => {
    const [month, basis] = k.split('|');
    return { month, basis: basis as 'due' | 'article', count: c };
  }).sort((a, b) => a.month.localeCompare(b.month) || a.basis.localeCompare(b.basis));
  data.actorBeneficiary = [...edges].map(([k, c]) => {
    const [actor, beneficiary] = k.split('\u0000');
    return { actor, beneficiary, count: c };
  }).sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor) || a.beneficiary.localeCompare(b.beneficiary)).slice(0, 30);

  if (gold) {
    const recs = new Map(records.map((r) => [r.id, r]));
    const scores = gold.map((g) => scoreDoc(g, recs.get(g.id), input.texts.get(g.id)));
    const s = summarise(scores);
    data.quality = {
      documents: s.documents,
      types: { people: s.people, organisations: s.organisations, dates: s.dates, pledges: s.pledges },
      pledgeActorAccuracy: s.pledgeActorAccuracy,
      perDocument: scores.map((d, i) => ({
        id: d.id,
        title: recs.get(d.id)?.title ?? null,
        scores: Object.fromEntries(TYPES.map((t) => [t, prf(d[t])])) as Record<ItemType, TypeScore>,
        actors: { correct: d.actors.correct, total: d.actors.total },
        errors: errorsOf(d, gold[i], recs.get(d.id), input.texts.get(d.id)),
      })),
    };
  }

  if (input.baseline) {
    const now = figures(data);
    const before = figures(input.baseline);
    for (const [k, v] of Object.entries(now)) if (k in before && before[k] !== v) data.deltas[k] = v - before[k];
  }
  return data;
}
