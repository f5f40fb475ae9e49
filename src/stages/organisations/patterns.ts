import type { Span } from '../../doc/document.js';
import { escapeRegExp } from '../../text/regex.js';
import type { OrganisationsResource } from '../../pipeline/resources.js';
import { isCapitalised, tokenize, type Token } from '../../text/tokens.js';
import type { PlaceIndex } from '../places/index.js';
import { trimEndChars } from '../../text/trim.js';

/** A proposed organisation mention: its span, surface and country qualifier if the words give one. */
export interface OrgCandidate extends Span {
  surface: string;
  country: string | null;
  /** Which rule proposed it. */
  rule: string;
}

/**
 * Head-initial names: "Ministry of Post, Telecommunications and Communication of Laos",
 * "Cambodian Ministry of Information", "Vietnam's Ministry of ...", "Authority of Information Security",
 * "Lao Embassy in Vietnam" is handled by the head-final rule. The words after "of" are capitalised words
 * joined by commas, "and", "&" or " - "; a closing "of COUNTRY" is the country qualifier.
 */
export function headInitialRule(res: OrganisationsResource, places: PlaceIndex, stopWords: Set<string>) {
  const heads = res.headInitial.map(escapeRegExp).join('|');
  const cap = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{M}'-]*)";
  const joiner = "(?:,\\s+and\\s+|\\s+and\\s+|,\\s+|\\s+-\\s+|\\s+&\\s+|\\s+of\\s+(?:the\\s+)?|\\s+)";
  const countryForms = places.countryForms.map(escapeRegExp).join('|');
  const re = new RegExp(
    `(?:(?<pre>${countryForms})(?:'s)?\\s+)?(?<head>${heads})\\s+(?:of|for|on)\\s+(?:the\\s+)?(?<field>${cap}(?:${joiner}${cap})*)`,
    'gu',
  );
  return (text: string, offset: number): OrgCandidate[] => {
    const out: OrgCandidate[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let field = m.groups!.field;
      // The name ends before a person's title or an honorific ("... of Foreign Affairs, Mr Thongloun").
      const parts = field.split(/(,\s+and\s+|\s+and\s+|,\s+|\s+-\s+|\s+&\s+|\s+of\s+(?:the\s+)?|\s+)/);
      const stopAt = parts.findIndex((w, k) => k % 2 === 0 && stopWords.has(trimEndChars(w, ".'")));
      if (stopAt > 0) field = parts.slice(0, stopAt - 1).join('');
      if (stopAt === 0) continue;
      let country: string | null = m.groups!.pre ? places.countryOf.get(m.groups!.pre) ?? null : null;
      const tc = places.tailCountryRe.exec(field);
      if (tc) country = places.countryOf.get(tc[1]) ?? country;
      const end = m.index + m[0].length - (m.groups!.field.length - field.length);
      out.push({ start: offset + m.index, end: offset + end, surface: text.slice(m.index, end), country, rule: 'head-initial' });
    }
    return out;
  };
}

/** Words that may stand inside a capitalised run without ending it. */
const JOINERS = new Set(['of', 'and', '&', '-', 'for']);

/**
 * Head-final names: a run of capitalised words ending in a head word ("Vietnam News Agency",
 * "Viettel Military Industry and Telecoms Group", "Mekong University", "Lao Embassy in Vietnam").
 * Leading titles and sentence openers are trimmed; a lone head word is not a name.
 */
export function headFinalRule(res: OrganisationsResource, places: PlaceIndex, titleWords: Set<string>, notStart: Set<string>) {
  const heads = new Set(res.heads);
  const countryHeads = new Set(res.countryHeads);
  return (text: string, offset: number): OrgCandidate[] => {
    const toks = tokenize(text);
    const out: OrgCandidate[] = [];
    const isWord = (t: Token | undefined) => !!t && isCapitalised(t.text) && t.text !== "'s";
    let i = 0;
    while (i < toks.length) {
      if (!isWord(toks[i])) {
        i++;
        continue;
      }
      // Collect a run: capitalised words, with joiners between capitalised words.
      let j = i;
      while (j + 1 < toks.length) {
        const next = toks[j + 1];
        const gap = text.slice(toks[j].end, next.start);
        if (gap.includes('\n')) break;
        if (isWord(next)) {
          j++;
          continue;
        }
        if (JOINERS.has(next.text) && isWord(toks[j + 2])) {
          j += 2;
          continue;
        }
        break;
      }
      // "Cambodia Post and Vietnam Post": an "and" followed by a country name starts a second name.
      for (let k = i + 1; k < j; k++) {
        if (toks[k].text === 'and' && places.countryOf.has(toks[k + 1].text) && toks.slice(i, k).some((t) => heads.has(t.text) || countryHeads.has(t.text))) {
          j = k - 1;
          break;
        }
      }
      const run = toks.slice(i, j + 1);
      // Rightmost head in the run; a country head counts only right after a country name.
      let h = -1;
      for (let k = run.length - 1; k >= 0; k--) {
        const w = run[k].text;
        if (heads.has(w) || (countryHeads.has(w) && k > 0 && places.countryOf.has(run[k - 1].text))) {
          h = k;
          break;
        }
      }
      if (h > 0) {
        // Left boundary: after the last title word / sentence opener / lower-case joiner before the name proper.
        let s = 0;
        for (let k = 0; k < h; k++) {
          const w = run[k].text;
          if (titleWords.has(w) || notStart.has(w) || JOINERS.has(w)) s = k + 1;
        }
        while (s < h && JOINERS.has(run[s].text)) s++;
        if (h - s >= 1) {
          let endTok = run[h];
          // "Embassy in Vietnam": an embassy's host country belongs to its name.
          const after = toks.slice(i + h + 1, i + h + 3);
          let country: string | null = places.countryOf.get(run[s].text) ?? null;
          if (/^(?:Embassy|Consulate)$/.test(run[h].text) && after[0]?.text === 'in' && after[1] && places.countryOf.has(after[1].text)) {
            endTok = after[1];
          }
          const st = run[s].start;
          out.push({ start: offset + st, end: offset + endTok.end, surface: text.slice(st, endTok.end), country, rule: 'head-final' });
        }
      }
      i = toks[j + 1]?.text === 'and' ? j + 2 : j + 1;
    }
    return out;
  };
}

/** "LaoPost", "LaoCERT": one CamelCase word ending in an organisation suffix. */
export function camelCaseRule(res: OrganisationsResource) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:${res.camelCaseSuffixes.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text: string, offset: number): OrgCandidate[] => {
    const out: OrgCandidate[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, surface: m[0], country: null, rule: 'camel-case' });
    return out;
  };
}

/** "the Vietnamese Government", "Government of Vietnam", "Governments of Japan and Australia" (each). */
export function governmentRule(places: PlaceIndex) {
  const forms = places.countryForms.map(escapeRegExp).join('|');
  const pre = new RegExp(`(?<![\\p{L}])(${forms})(?:'s)?\\s+[Gg]overnment(?![\\p{L}])`, 'gu');
  const post = new RegExp(`(?<![\\p{L}])[Gg]overnments?\\s+of\\s+(?:the\\s+)?(${forms})(?:\\s+and\\s+(${forms}))?(?![\\p{L}])`, 'gu');
  return (text: string, offset: number): OrgCandidate[] => {
    const out: OrgCandidate[] = [];
    let m: RegExpExecArray | null;
    pre.lastIndex = 0;
    while ((m = pre.exec(text))) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, surface: m[0], country: places.countryOf.get(m[1])!, rule: 'government' });
    post.lastIndex = 0;
    while ((m = post.exec(text))) {
      const firstEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
      const surface = text.slice(m.index, firstEnd).replace(/^([Gg]overnment)s/, '$1');
      out.push({ start: offset + m.index, end: offset + firstEnd, surface, country: places.countryOf.get(m[1])!, rule: 'government' });
    }
    return out;
  };
}

