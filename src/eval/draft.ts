import type { CommuniqueRecord } from '../types/record.gen.js';
import { norm, type Gold, type GoldEntity } from './score.js';

/** Forms of `extra` that differ (in the matching normal form) from `name`, from each other and from every name in `taken`; first spelling kept. */
function otherForms(name: string, extra: string[], taken: Set<string>): string[] {
  const seen = new Set([norm(name)]);
  const out: string[] = [];
  for (const x of extra) {
    const n = norm(x);
    if (!n || seen.has(n) || taken.has(n)) continue;
    seen.add(n);
    out.push(x);
  }
  return out;
}

/** The names of the other entities of a list: a form that is another entity's name stays out of `also`. */
const othersOf = (names: string[], i: number) => new Set(names.filter((_, j) => j !== i).map(norm));

/**
 * A gold draft from one record, for a person to correct (docs/gold-format.md): the record's published
 * date; people with the other surface forms of their mentions in `also` and their titles; organisations
 * with their aliases and other mention forms in `also`; each date value with its first expression; each
 * pledge sentence with the record's actor. Scoring the same record against its draft gives 100%.
 */
export function goldDraft(record: CommuniqueRecord): Gold {
  const personNames = record.people.map((p) => p.name);
  const orgNames = record.organisations.map((o) => o.name);
  const people = record.people.map((p, i): GoldEntity => {
    const also = otherForms(p.name, p.mentions.map((m) => m.text), othersOf(personNames, i));
    return { name: p.name, ...(also.length ? { also } : {}), ...(p.titles.length ? { titles: [...p.titles] } : {}) };
  });
  const organisations = record.organisations.map((o, i): GoldEntity => {
    const also = otherForms(o.name, [...o.aliases, ...o.mentions.map((m) => m.text)], othersOf(orgNames, i));
    return { name: o.name, ...(also.length ? { also } : {}) };
  });
  const seen = new Set<string>();
  const dates = record.dates.filter((d) => !seen.has(d.value) && seen.add(d.value)).map((d) => ({ value: d.value, text: d.text }));
  const pledges = record.pledges.map((p) => ({ text: p.text, actor: [p.actor || 'unknown'] }));
  return { id: record.id, published: record.published, people, organisations, dates, pledges };
}
