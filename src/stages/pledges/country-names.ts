import type { Doc, Pledge } from '../../doc/document.js';
import type { PlaceIndex } from '../places/index.js';

/**
 * A country that commits is recorded under the name the article writes for it: "Korea" or "Viet Nam"
 * when the article never writes the list's own name ("Republic of Korea", "Vietnam"). The form written
 * most often wins (the first on a tie). Demonyms ("Korean"), lines in capitals, forms inside an
 * organisation's name ("Embassy of the Kingdom of the Netherlands") and forms that open a name or a
 * compound ("Saudi Fund", "Saudi-Egyptian") do not count.
 */
export function writtenCountryNames(doc: Doc, pledges: Pledge[], idx: PlaceIndex): void {
  const named = new Set(pledges.map((p) => p.actor).filter((a) => idx.countryOf.get(a) === a));
  if (!named.size) return;
  const inOrg = (at: number) => doc.orgMentions.some((o) => o.start <= at && at < o.end);
  const counts = new Map<string, Map<string, number>>();
  const asListed = new Set<string>();
  for (const m of doc.countries) {
    if (!named.has(m.country)) continue;
    const form = doc.text.slice(m.start, m.end);
    if (form === m.country) asListed.add(form);
    if (!idx.nounForms.has(form) || (form.length > 3 && form === form.toUpperCase())) continue;
    if (/^(?:-|\s+\p{Lu})/u.test(doc.text.slice(m.end, m.end + 2)) || inOrg(m.start)) continue;
    const forms = counts.get(m.country) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(m.country, forms);
  }
  const rename = new Map<string, string>();
  for (const [country, forms] of counts) {
    if (asListed.has(country)) continue;
    let best = '';
    for (const [form, n] of forms) if (n > (forms.get(best) ?? 0)) best = form;
    if (best) rename.set(country, best);
  }
  for (const p of pledges) p.actor = rename.get(p.actor) ?? p.actor;
}
