import type { Doc, Pledge } from '../../doc/document.js';
import type { PlaceIndex } from '../places/index.js';
import { fold } from '../ingest/normalise.js';
import { entry } from '../../util/maps.js';

/** "the Lao side", "the Thai government": a country's form used as an adjective. */
const ADJECTIVE_USE = /^\s+(?:side|sides|government|delegation|people|authorities|leadership|counterpart|counterparts|ministry|embassy|state|partners?)\b/;

/** "République de Guinée", "República de Colombia": a country's name in its own language. */
const FOREIGN_PARTICLE = /\s(?:de|du|del|do|da|di|la|des)\s/;

/** "UK", "UAE", "RoK": a short form in capitals, counted as two words. */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,4}$|^\p{Lu}\p{Ll}\p{Lu}$/u;

/**
 * A country that commits is recorded under the shortest of its names, the list's own included, preferring a form the
 * article writes on a tie: "Korea" (not "Republic of Korea"), "Angola" for an article that writes only "Republic of
 * Angola", "Viet Nam" or "Türkiye" when the article writes those, "UAE" for "United Arab Emirates"; but not a list's
 * name the article never writes and none of its forms holds ("Kyrgyz Republic", not "Kyrgyzstan"). An abbreviation
 * counts as two words. Demonyms ("Korean"), lines in capitals and forms opening a name or a compound ("Saudi Fund",
 * "Saudi-Egyptian") do not count.
 */
export function writtenCountryNames(doc: Doc, pledges: Pledge[], idx: PlaceIndex): void {
  const named = new Set(pledges.map((p) => p.actor).filter((a) => idx.countryOf.get(a) === a));
  if (!named.size) return;
  // "Viet Nam" and "Vietnam" are one name spelt two ways: as long as each other.
  const letters = (f: string) => fold(f).replace(/^the\s+|[\s-]/g, '');
  const counts = new Map<string, Map<string, number>>();
  for (const m of doc.countries) {
    if (!named.has(m.country)) continue;
    const form = doc.text.slice(m.start, m.end);
    if (!idx.nounForms.has(form) || (form.length > 3 && form === form.toUpperCase())) continue;
    if (/^(?:-|\s+\p{Lu})/u.test(doc.text.slice(m.end, m.end + 2)) || ADJECTIVE_USE.test(doc.text.slice(m.end, m.end + 16))) continue;
    // "Lao" of "Laos", "Saudi" of "Saudi Arabia": a name's opening letters are its adjective.
    if (letters(m.country).startsWith(letters(form)) && letters(form) !== letters(m.country)) continue;
    const forms = entry(counts, m.country, () => new Map<string, number>());
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const length = (f: string): number => (ABBREVIATION.test(f) ? 2 : f.replace(/^the\s+/i, '').split(/\s+/).length);
  const words = (f: string, country: string) => (letters(f) === letters(country) ? length(country) : length(f));
  const rename = new Map<string, string>();
  for (const [country, forms] of counts) {
    // The list's own name only when the article writes it too: gold names a party as the article does
    // ("Kyrgyz Republic", "Democratic Republic of Congo"), not "Kyrgyzstan" or "DR Congo" it never wrote.
    // (A form that holds the list's name, "Republic of Angola", still gives it: gold shortens those to "Angola"; and
    // a form in another language, "République de Guinée", is no English name.)
    let best = country;
    let bestCount = forms.get(country) ?? 0;
    const own = [...forms.keys()].filter((f) => !letters(f).includes(letters(country)) && !FOREIGN_PARTICLE.test(f));
    if (!bestCount && own.length === forms.size) {
      best = own[0];
      bestCount = forms.get(best)!;
    }
    for (const [form, n] of forms) {
      const d = words(form, country) - words(best, country);
      if (d < 0 || (d === 0 && n > bestCount)) [best, bestCount] = [form, n];
    }
    if (best !== country) rename.set(country, best);
  }
  for (const p of pledges) p.actor = rename.get(p.actor) ?? p.actor;
}
