import type { Doc } from '../../doc/document.js';
import type { CommuniqueRecord, DateEntry, OrganisationEntry, PersonEntry, PledgeEntry } from '../../types/record.gen.js';

/** Builds the record: every span mapped back to the raw input; dates once per value with all their mentions. */
export function assemble(doc: Doc): CommuniqueRecord {
  const ev = (s: { start: number; end: number }) => doc.evidence(s);
  const dates: DateEntry[] = [];
  const byValue = new Map<string, DateEntry>();
  for (const d of doc.dates) {
    const e = ev(d);
    const seen = byValue.get(d.value);
    if (seen) {
      seen.mentions.push(e);
      continue;
    }
    const entry: DateEntry = { text: e.text, value: d.value, start: e.start, end: e.end, granularity: d.granularity, mentions: [e] };
    byValue.set(d.value, entry);
    dates.push(entry);
  }
  const people: PersonEntry[] = doc.people.map((p) => ({ name: p.name, titles: p.titles, country: p.country, mentions: p.mentions.map(ev) }));
  const organisations: OrganisationEntry[] = doc.organisations.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country, mentions: o.mentions.map(ev) }));
  const pledges: PledgeEntry[] = doc.pledges.map((p) => {
    const e = ev(p);
    const out: PledgeEntry = { text: e.text, start: e.start, end: e.end, actor: p.actor, action: p.action, cue: ev(p.cue) };
    if (p.beneficiary) out.beneficiary = p.beneficiary;
    if (p.amount) out.amount = p.amount;
    if (p.due) out.due = p.due;
    return out;
  });
  const title = doc.meta.title ?? (doc.title ? ev(doc.title).text.trim() : null);
  return {
    id: doc.meta.id,
    source: doc.meta.source,
    title,
    published: doc.published,
    dates,
    people,
    organisations,
    pledges,
    warnings: doc.warnings,
  };
}
