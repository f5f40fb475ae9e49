import type { OrgEntity, OrgMention } from '../../doc/document.js';
import { compiled } from '../../pipeline/compiled.js';
import type { Resources } from '../../pipeline/resources.js';
import type { Stage } from '../../pipeline/stage.js';
import { overlaps } from '../../text/tokens.js';
import { fold } from '../ingest/normalise.js';
import { placeIndex } from '../places/index.js';
import { buildGazetteer, stripCountry, type Gazetteer } from './gazetteer.js';
import { orgKey } from './keys.js';
import { camelCaseRule, governmentRule, headFinalRule, headInitialRule, type OrgCandidate } from './patterns.js';
import { trimEndChars } from '../../text/trim.js';

function rules(res: Resources) {
  return compiled(res.organisations, 'rules', (r) => {
    const places = placeIndex(res.places);
    const titleWords = new Set(r.personTitles);
    const notStart = new Set(r.openers);
    return {
      places,
      gazetteer: buildGazetteer(r, places),
      headInitial: headInitialRule(r, places, new Set([...r.personTitles, ...r.openers, ...res.people.honorifics.map((h) => trimEndChars(h, ".'"))])),
      headFinal: headFinalRule(r, places, titleWords, notStart),
      camel: camelCaseRule(r),
      government: governmentRule(places),
      notAcronyms: new Set(r.notAcronyms),
    };
  });
}

/** Keeps the longest of overlapping candidates (earlier first on ties). */
function longestFirst(cands: OrgCandidate[]): OrgCandidate[] {
  const kept: OrgCandidate[] = [];
  for (const c of [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Does the acronym spell the long form's words (VNPT: Vietnam Post and Telecommunications)? Letters in order, first letter first. */
export function acronymFits(acronym: string, long: string): boolean {
  const a = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = long.split(/[\s-]+/).filter((w) => w && !/^(?:of|and|the|for|on|in|&)$/i.test(w));
  if (!a || !words.length || words[0][0].toLowerCase() !== a[0]) return false;
  // Each acronym letter must be found, in order, in the long form's letters, preferring word initials.
  const letters = words.join(' ').toLowerCase();
  let pos = 0;
  for (const ch of a) {
    const at = letters.indexOf(ch, pos);
    if (at < 0) return false;
    pos = at + 1;
  }
  const initials = words.map((w) => w[0].toLowerCase()).join('');
  let hits = 0;
  for (const ch of a) if (initials.includes(ch)) hits++;
  return hits >= Math.min(2, a.length);
}

function keyFor(c: { surface: string; country: string | null }, gz: Gazetteer, places: ReturnType<typeof placeIndex>): { key: string; country: string | null; gazetteer?: string } {
  const direct = gz.bySurface.get(c.surface.replace(/^the\s+/i, ''));
  if (direct) return { key: `gz:${direct.name}`, country: direct.country ?? c.country, gazetteer: direct.name };
  const { core, country } = stripCountry(c.surface, places);
  const cn = country ?? c.country;
  for (const k of [`${orgKey(c.surface)}|`, `${orgKey(core)}|${cn ?? ''}`, `${orgKey(core)}|`]) {
    const e = gz.byKey.get(k);
    if (e && (!e.country || !cn || e.country === cn)) return { key: `gz:${e.name}`, country: e.country ?? cn, gazetteer: e.name };
  }
  if (/^[Gg]overnment|[Gg]overnment$/.test(core)) return { key: `gov:${cn}`, country: cn };
  return { key: `k:${orgKey(core)}|${cn ?? ''}`, country: cn };
}

/** Stage: organisations from patterns, the gazetteer and acronym definitions; variants merged into entities. */
export const organisations: Stage = {
  name: 'organisations',
  run(doc, res) {
    const r = rules(res);
    const mentions: OrgMention[] = [];
    const defined = new Map<string, string>(); // acronym -> key of its long form
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const cands: OrgCandidate[] = [
        ...r.headInitial(text, s.start),
        ...r.headFinal(text, s.start),
        ...r.camel(text, s.start),
        ...r.government(text, s.start),
      ];
      r.gazetteer.phraseRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.gazetteer.phraseRe.exec(text))) {
        cands.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, surface: m[0], country: null, rule: 'gazetteer' });
      }
      for (const c of longestFirst(cands)) {
        const k = keyFor(c, r.gazetteer, r.places);
        mentions.push({ start: c.start, end: c.end, surface: c.surface.replace(/^the\s+/i, ''), key: k.key, country: k.country, gazetteer: k.gazetteer, acronym: r.gazetteer.acronyms.has(c.surface) });
      }
    }
    mentions.sort((a, b) => a.start - b.start);

    // "Viettel Cambodia": a known company name followed by a country is its subsidiary there.
    for (const mnt of mentions) {
      if (!mnt.gazetteer) continue;
      const after = /^ ([A-Z][a-z]+)/.exec(doc.text.slice(mnt.end, mnt.end + 30));
      if (after && r.places.countryOf.has(after[1]) && !mnt.acronym) {
        const surface = `${mnt.surface} ${after[1]}`;
        Object.assign(mnt, { end: mnt.end + after[0].length, surface, key: `k:${orgKey(surface)}|`, gazetteer: undefined });
      }
    }

    // Acronym definitions: "Vietnam Post Corporation (VNPost)", "United Nations Development Program, UNDP,".
    for (const mnt of mentions) {
      const after = /^(?:\s*\(|,\s*)([A-Z][a-z]*[A-Z][A-Za-z]*)(?:\)|,)/.exec(doc.text.slice(mnt.end, mnt.end + 20));
      if (after && !mnt.acronym && acronymFits(after[1], mnt.surface)) defined.set(after[1], mnt.key);
    }
    // Acronym tokens: defined in this article, else from the gazetteer (already matched), else warned about.
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const re = /(?<![\p{L}\p{N}-])[A-Z][a-z]*[A-Z][A-Za-z]*(?![\p{L}\p{N}])/gu;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        if (mentions.some((x) => overlaps(x, span))) continue;
        const key = defined.get(m[0]);
        if (key) {
          mentions.push({ ...span, surface: m[0], key, country: null, acronym: true });
        } else if (/^[A-Z]{2,}$/.test(m[0]) && !r.notAcronyms.has(m[0]) && !r.places.countryOf.has(m[0])) {
          doc.warn('undefined-acronym', `${m[0]} is not defined in the article or the gazetteer`, span);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);

    // Entities: group by key; a variant with no country joins the single variant of the same core that has one.
    const groups = new Map<string, OrgMention[]>();
    for (const mnt of mentions) {
      let key = mnt.key;
      if (key.startsWith('k:') && key.endsWith('|')) {
        const core = key.slice(0, -1);
        const withCountry = [...new Set(mentions.filter((x) => x.key.startsWith(core + '|') && x.key !== key).map((x) => x.key))];
        if (withCountry.length === 1) key = withCountry[0];
      }
      mnt.key = key;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(mnt);
    }
    const entities: OrgEntity[] = [];
    for (const [, ms] of groups) {
      const full = ms.filter((x) => !x.acronym);
      const pool = full.length ? full : ms;
      const name = pool.reduce((best, x) => (x.surface.length > best.length ? x.surface : best), pool[0].surface);
      const aliases = new Map<string, string>();
      for (const x of ms) if (fold(x.surface) !== fold(name)) aliases.set(fold(x.surface), x.surface);
      const gzName = ms.find((x) => x.gazetteer)?.gazetteer;
      if (gzName && fold(gzName) !== fold(name)) aliases.set(fold(gzName), gzName);
      for (const [acr, key] of defined) if (key === ms[0].key && fold(acr) !== fold(name)) aliases.set(fold(acr), acr);
      const country = ms.find((x) => x.country)?.country ?? null;
      const index = entities.length;
      for (const x of ms) x.entity = index;
      entities.push({ name, aliases: [...aliases.values()], country, mentions: ms });
    }
    doc.orgMentions = mentions;
    doc.organisations = entities;
  },
};
