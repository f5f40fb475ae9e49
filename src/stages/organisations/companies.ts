import { isCommonToken, isOrganizationToken } from '../../lexicon/english.js';
import type { Token } from '../../text/tokens.js';
import type { OrgCandidate } from './chains.js';
import type { OrgRules } from './rules.js';
import type { PhraseMatch } from '../../text/phrases.js';
import type { GazetteerHit } from './gazetteer.js';

/**
 * A company's branch in a country: a company the gazetteer knows (kind "company") or compromise's lexicon
 * tags Organization, followed by a country name ("Viettel Cambodia", "Toyota Australia").
 */
export function companyBranchCandidates(text: string, toks: Token[], r: OrgRules, gazetteerAt?: (PhraseMatch<GazetteerHit> | null)[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const gz = gazetteerAt ? gazetteerAt[i] : r.gazetteer.matcher.matchAt(text, toks, i);
    let j = i + 1;
    if (gz && !gz.value.acronym && gz.value.entry.kind === 'company') j = gz.j;
    else if (!(/^\p{Lu}\p{Ll}/u.test(toks[i].text) && isOrganizationToken(toks[i]) && !isCommonToken(toks[i]))) continue;
    if (text.slice(toks[j - 1].end, toks[j]?.start ?? 0) !== ' ') continue;
    const country = r.places.countries.matchAt(text, toks, j);
    if (!country || toks[country.j]?.text === "'s") continue;
    out.push({ start: toks[i].start, end: country.end, surface: text.slice(toks[i].start, country.end), country: null, rule: 'company-branch' });
  }
  return out;
}
