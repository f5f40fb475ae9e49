import type { OrgCandidate } from './chains.js';
import type { OrgRules } from './rules.js';

/** First words of a polity after "of the": "the Republic of Korea" is a country, not a body inside a body. */
const POLITIES = new Set(['Republic', 'Kingdom', 'Sultanate', 'Principality', 'State', 'States', 'Province', 'Region', 'County', 'Municipality', 'City', 'Commonwealth', 'Federation', 'Union', 'Emirate', 'Territory', 'Government', 'People']);

/**
 * "Directorate of Port Works of the Ministry of Public Works", "Yucatán Peninsula Basin Agency of the National
 * Water Commission": a unit named with its own head and field, then "of the" and the body it belongs to, is
 * two bodies, each named on its own. Not a bare head before "of the" ("Council of the European Union", one
 * body), nor a country or other polity after it ("Ministry of Energy of the Republic of Uzbekistan").
 */
export function splitBodyOfBody(c: OrgCandidate, r: OrgRules): OrgCandidate[] {
  if (c.gazetteer || c.acronym || c.rule === 'company-form') return [c];
  const at = c.surface.lastIndexOf(' of the ');
  if (at < 0) return [c];
  const left = c.surface.slice(0, at);
  const right = c.surface.slice(at + ' of the '.length);
  const leftWords = left.replace(/^the\s+/i, '').split(' ');
  const rightWords = right.split(' ');
  const hasHead = (ws: string[]) => ws.some((w) => r.heads.has(w) || r.headInitial.has(w));
  if (leftWords.length < 2 || rightWords.length < 2 || !hasHead(leftWords) || !hasHead(rightWords)) return [c];
  if (POLITIES.has(rightWords[0]) || r.places.countryOf.has(right) || !/^\p{Lu}/u.test(right) || right.includes('(')) return [c];
  const rightStart = c.start + at + ' of the '.length;
  return [
    { ...c, end: c.start + at, surface: left, short: undefined },
    { ...c, start: rightStart, surface: right, short: undefined },
  ];
}
