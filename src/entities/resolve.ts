/**
 * Within one record: the entity of each person and organisation entry, and of a pledge's actor or
 * beneficiary (a name as the sentence gives it). The article's own entries come first, since the article
 * tells which "MIC" or "Minister Hung" it means; a country name is a country; failing both, a form that
 * names exactly one entity anywhere.
 */
import { fold } from '../stages/ingest/normalise.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import type { EntityType, LinkResult } from './link.js';
import { orgGroupKey, personGroupKey } from './link.js';
import { orgName, personTokens } from './names.js';
import type { EntityRules } from './rules.js';

export type PartyKind = EntityType | 'country' | 'joint' | 'unknown' | 'other';

export interface Party {
  kind: PartyKind;
  entityId: string | null;
  country: string | null;
}

export interface ArticleEntities {
  people: (string | null)[];
  organisations: (string | null)[];
  party(name: string): Party;
}

export function resolveArticle(r: CommuniqueRecord, link: LinkResult, rules: EntityRules): ArticleEntities {
  const people = r.people.map((p) => link.entityOf.get(personGroupKey(p, r.id).key) ?? null);
  const organisations = r.organisations.map((o) => link.entityOf.get(orgGroupKey(o, r.id, rules).key) ?? null);
  const local = new Map<string, string>();
  const add = (k: string, id: string | null) => {
    if (k && id && !local.has(k)) local.set(k, id);
  };
  // Full names first, then the other forms, so a form two entries share goes to the one it names in full.
  r.people.forEach((p, i) => add(`f|${fold(p.name)}`, people[i]));
  r.organisations.forEach((o, i) => add(`f|${fold(o.name)}`, organisations[i]));
  r.organisations.forEach((o, i) => o.aliases.forEach((a) => add(`f|${fold(a)}`, organisations[i])));
  r.people.forEach((p, i) => p.mentions.forEach((m) => add(`f|${fold(m.text)}`, people[i])));
  r.organisations.forEach((o, i) => o.mentions.forEach((m) => add(`f|${fold(m.text)}`, organisations[i])));
  r.people.forEach((p, i) => add(`p|${personTokens(p.name).join(' ')}`, people[i]));
  r.organisations.forEach((o, i) => [o.name, ...o.aliases].forEach((f) => add(`o|${orgName(f, rules).key}`, organisations[i])));

  const entityParty = (id: string): Party => {
    const e = link.byId.get(id)!;
    return { kind: e.type, entityId: id, country: e.country };
  };
  const party = (name: string): Party => {
    const s = name.trim();
    if (s === 'joint' || s === 'unknown') return { kind: s, entityId: null, country: null };
    const id = local.get(`f|${fold(s)}`) ?? local.get(`p|${personTokens(s).join(' ')}`) ?? local.get(`o|${orgName(s, rules).key}`);
    if (id) return entityParty(id);
    const country = rules.places.countryOf.get(s) ?? rules.places.countryOf.get(s.replace(/^the\s+/i, ''));
    if (country) return { kind: 'country', entityId: null, country };
    const global = link.byForm.get(fold(s));
    if (global?.size === 1) return entityParty([...global][0]);
    return { kind: 'other', entityId: null, country: null };
  };
  return { people, organisations, party };
}
