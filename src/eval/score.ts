import { fold } from '../stages/ingest/normalise.js';
import { trimChars } from '../text/trim.js';

/** Gold file format: see docs/gold-format.md. */
export interface GoldEntity { name: string; also?: string[]; optional?: boolean; titles?: string[] }
export interface GoldDate { value: string; also?: string[]; text?: string; optional?: boolean }
export interface GoldPledge { text: string; actor: string[]; optional?: boolean }
export interface Gold { id: string; published?: string | null; people: GoldEntity[]; organisations: GoldEntity[]; dates: GoldDate[]; pledges: GoldPledge[] }

export interface RecordLike {
  id: string;
  people: { name: string }[];
  organisations: { name: string }[];
  dates: { value: string }[];
  pledges: { text: string; start: number; end: number; actor: string }[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Misses { missed: string[]; spurious: string[] }
export interface DocScore {
  id: string;
  people: Counts & Misses;
  organisations: Counts & Misses;
  dates: Counts & Misses;
  pledges: Counts & Misses;
  actors: { correct: number; total: number; wrong: { text: string; actor: string; gold: string[] }[] };
}

const PUNCT = ` "'.,;:()[]-`;

/** Matching normal form: case, diacritics, curly quotes, a leading "the", a trailing "'s", surrounding punctuation. */
export function norm(s: string): string {
  const t = fold(s).replace(/\s+/g, ' ');
  return trimChars(trimChars(t, PUNCT).replace(/^the\s+/, '').replace(/'s$/, ''), PUNCT);
}

const counts = (): Counts & Misses => ({ tp: 0, fp: 0, fn: 0, missed: [], spurious: [] });

/** One-to-one matching of predicted names against gold items whose name or `also` contains them. */
function matchNames(pred: string[], gold: { names: string[]; optional?: boolean; label: string }[]): Counts & Misses {
  const c = counts();
  const used = new Array(gold.length).fill(false);
  const golds = gold.map((g) => new Set(g.names.map(norm)));
  for (const p of pred) {
    const n = norm(p);
    const hits = gold.map((_, i) => i).filter((i) => golds[i].has(n));
    const free = hits.filter((i) => !used[i]).sort((a, b) => Number(!!gold[a].optional) - Number(!!gold[b].optional));
    if (free.length) {
      used[free[0]] = true;
      if (!gold[free[0]].optional) c.tp++;
    } else {
      c.fp++;
      c.spurious.push(p);
    }
  }
  gold.forEach((g, i) => {
    if (!used[i] && !g.optional) {
      c.fn++;
      c.missed.push(g.label);
    }
  });
  return c;
}

/** Where a gold sentence sits in the article: exact, else with whitespace and quotes folded. */
export function locate(article: string, sentence: string): { start: number; end: number } | null {
  const at = article.indexOf(sentence);
  if (at >= 0) return { start: at, end: at + sentence.length };
  // Fold both sides the same way, keeping a map back to article offsets.
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < article.length; i++) {
    const ch = article[i].replace(/[\u2018\u2019]/, "'").replace(/[\u201C\u201D]/, '"');
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else folded += ch;
    map.push(i);
  }
  const target = sentence.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
  const f = folded.indexOf(target);
  if (f < 0) return null;
  return { start: map[f], end: map[f + target.length - 1] + 1 };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Scores one record against its gold file, with the rules of docs/gold-format.md. */
export function scoreDoc(gold: Gold, record: RecordLike | undefined, article: string | undefined): DocScore {
  const rec: RecordLike = record ?? { id: gold.id, people: [], organisations: [], dates: [], pledges: [] };
  const entity = (g: GoldEntity) => ({ names: [g.name, ...(g.also ?? [])], optional: g.optional, label: g.name });
  const people = matchNames(rec.people.map((p) => p.name), gold.people.map(entity));
  const organisations = matchNames(rec.organisations.map((o) => o.name), gold.organisations.map(entity));
  const values = [...new Set(rec.dates.map((d) => d.value))];
  const dates = matchNames(values, gold.dates.map((d) => ({ names: [d.value, ...(d.also ?? [])], optional: d.optional, label: d.value })));

  const pledges = counts();
  const actors: DocScore['actors'] = { correct: 0, total: 0, wrong: [] };
  const spans = gold.pledges.map((g) => (article ? locate(article, g.text) : null));
  const used = new Array(gold.pledges.length).fill(false);
  for (const p of rec.pledges) {
    const fits = (i: number) => {
      const s = spans[i];
      if (!s) return false;
      const o = overlap(s, p);
      return o > 0 && o * 2 >= Math.min(s.end - s.start, p.end - p.start);
    };
    const cand = gold.pledges.map((_, i) => i).filter((i) => !used[i] && fits(i)).sort((a, b) => Number(!!gold.pledges[a].optional) - Number(!!gold.pledges[b].optional));
    if (cand.length) {
      const i = cand[0];
      used[i] = true;
      const g = gold.pledges[i];
      if (!g.optional) {
        pledges.tp++;
        actors.total++;
        if (g.actor.map(norm).includes(norm(p.actor))) actors.correct++;
        else actors.wrong.push({ text: p.text, actor: p.actor, gold: g.actor });
      }
    } else if (gold.pledges.some((g, i) => g.optional && fits(i))) {
      // overlaps an optional gold pledge already matched: neither way
    } else {
      pledges.fp++;
      pledges.spurious.push(p.text);
    }
  }
  gold.pledges.forEach((g, i) => {
    if (!used[i] && !g.optional) {
      pledges.fn++;
      pledges.missed.push(g.text);
    }
  });
  return { id: gold.id, people, organisations, dates, pledges, actors };
}

export interface TypeScore { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function prf(c: Counts): TypeScore {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

export const TYPES = ['people', 'organisations', 'dates', 'pledges'] as const;

/** Micro-averaged totals over documents. */
export function summarise(docs: DocScore[]) {
  const totals = Object.fromEntries(
    TYPES.map((t) => {
      const c = docs.reduce((acc, d) => ({ tp: acc.tp + d[t].tp, fp: acc.fp + d[t].fp, fn: acc.fn + d[t].fn }), { tp: 0, fp: 0, fn: 0 });
      return [t, prf(c)];
    }),
  ) as Record<(typeof TYPES)[number], TypeScore>;
  const correct = docs.reduce((a, d) => a + d.actors.correct, 0);
  const total = docs.reduce((a, d) => a + d.actors.total, 0);
  return { documents: docs.length, ...totals, pledgeActorAccuracy: { correct, total, accuracy: total ? correct / total : 1 } };
}
