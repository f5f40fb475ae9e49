import type { OrgMention, Span } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { GazetteerEntry } from '../../pipeline/resources.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { isCap, tokenBefore, tokenize, type Token } from '../../text/tokens.js';
import { Coverage, keepLongest } from '../../text/coverage.js';
import { SpanIndex } from '../../text/cover.js';
import { entry } from '../../util/maps.js';
import { isCommonWord, isGivenName, isKnownSurname } from '../../lexicon/english.js';
import { isHeadline } from '../../text/headline.js';
import { fold } from '../ingest/normalise.js';
import { acronymShaped, acronymToken, capitalsOnly, capsPlace, definitions, functionWord, shouting, thingsAcronym, timeZone, undefinedAcronymIsOrg, type Definition } from './acronyms.js';
import { chainCandidates, type OrgCandidate } from './chains.js';
import { camelCaseCandidates, compoundCandidates, mediaCandidates } from './media.js';
import { companyBranchCandidates, companyFormCandidates, countryHeadCandidates, formFirstCandidates, isLegalFormWord, placeAgencyCandidates, utilityAcronym } from './companies.js';
import { isLetterhead, letterheadCandidates } from './letterhead.js';
import { kindCandidates } from './kinds.js';
import { mergeOrganisations, nameKey, resolveAcronyms } from './merge.js';
import { splitBodyOfBody } from './nested.js';
import { namesThingBefore, spellsTermBefore } from './bracket-terms.js';
import { placeBranches } from './branches.js';
import { englishOf, orgRules, type OrgRules } from './rules.js';
import { worldData } from '../places/world.js';

/** nameKey's answers for one article: a name recurs, its key is worked out once. */
type KeyMemo = Map<string, ReturnType<typeof nameKey>>;

function mention(c: OrgCandidate, r: OrgRules, memo: KeyMemo = new Map()): OrgMention {
  // "Finland's Aurora Export Bank": the country's genitive qualifies the name (it gives the country), it is not in it.
  const words = c.surface.includes("'s") ? c.surface.split(' ') : [];
  const g = words.slice(0, 4).findIndex((w) => w.endsWith("'s"));
  const owner = g >= 0 && /^\p{Lu}/u.test(words[g + 1] ?? '') ? r.places.countryOf.get([...words.slice(0, g), words[g].slice(0, -2)].join(' ')) : undefined;
  if (owner) {
    const cut = words.slice(0, g + 1).join(' ').length + 1;
    c = { ...c, start: c.start + cut, surface: c.surface.slice(cut), country: c.country ?? owner };
  }
  // "the Violence Reduction Unit's (VRU) programme": a possessive after the name is not part of it.
  if (/['’]s$/.test(c.surface) && c.surface.length > 3) c = { ...c, end: c.end - 2, surface: c.surface.slice(0, -2) };
  const surface = c.surface.replace(/^the\s+/i, '');
  if (c.gazetteer) {
    return { start: c.start, end: c.end, surface, key: `gz:${c.gazetteer.name}`, country: c.gazetteer.country ?? c.country, gazetteer: c.gazetteer.name, acronym: !!c.acronym };
  }
  const k = entry(memo, `${surface}\u0000${c.country ?? ''}`, () => nameKey(surface, c.country, r));
  const company = c.rule === 'company-form' || isLegalFormWord(r, surface.slice(surface.lastIndexOf(' ') + 1));
  return { start: c.start, end: c.end, surface, key: k.key, country: k.country, gazetteer: k.gazetteer, acronym: !!c.acronym, ...(company ? { company } : {}), ...(c.short ? { short: c.short } : {}) };
}

/** "Deputy Commissioner of Police (DCOP)", "Inspector General of Police (IGP)": a long form that opens with a person's title names a rank. */
function namesRank(text: string, long: Span, r: OrgRules): boolean {
  const first = /^[\p{L}.]+/u.exec(text.slice(long.start, long.end))?.[0] ?? '';
  return r.titles.has(first.replace(/\.$/, '')) && !/'s\b/.test(text.slice(long.start, long.end));
}

/** How near the top a title-case letterhead line stands. */
const LETTERHEAD_TOP = 300;

/** Kinds of body that, after "A"/"An" in brackets or at a line's start, describe the issuer's standing. */
const DESCRIPTOR_KIND = /\s(?:Company|Undertaking|Enterprise|Entity|Parastatal|Corporation|Agency|Institution)$/;

/** Stage: organisations from head-word names, media, acronyms and the gazetteer; variants merged into entities. */
export const organisations: Stage = {
  name: 'organisations',
  run(doc, res) {
    const r = orgRules(res);
    const cands: OrgCandidate[] = [];
    const defs: Definition[] = [];
    const sentenceTokens: Token[][] = [];
    const eventNames: Span[] = [];
    for (const s of doc.sentences) {
      const toks = doc.tokens(s);
      sentenceTokens.push(toks);
      if (!isHeadline(doc.text, s, toks)) {
        const companies = [...companyFormCandidates(doc.text, toks, r), ...formFirstCandidates(doc.text, toks, r)];
        const chains = chainCandidates(doc.text, toks, r, companies);
        // A chain that reads the same company keeps the company's name without its form.
        const shortOf = new Map(companies.map((c) => [`${c.start}:${c.end}`, c.short]));
        for (const c of chains) c.short ??= shortOf.get(`${c.start}:${c.end}`);
        cands.push(...chains, ...mediaCandidates(doc.text, toks, r), ...companies, ...placeAgencyCandidates(doc.text, toks, r), ...countryHeadCandidates(doc.text, toks, r), ...kindCandidates(doc.text, toks, r));
      }
      if (isLetterhead(doc.text, s, toks)) cands.push(...letterheadCandidates(doc.text, s, r));
      // "Ministry of Ports, Shipping and Waterways" on a line of its own above the headline: a letterhead in title case,
      // taken when one name fills the whole line.
      else if (isHeadline(doc.text, s, toks) && s.start <= LETTERHEAD_TOP && toks.length <= 12) {
        const last = toks[toks.length - 1];
        cands.push(...chainCandidates(doc.text, toks, r).filter((c) => c.start === toks[0].start && c.end === last?.end && /\s/.test(c.surface)));
      }
      // The gazetteer's match at each token serves both the company branches and the gazetteer's own names.
      const gazetteerAt = r.gazetteer.matcher.matchEach(doc.text, toks);
      cands.push(...camelCaseCandidates(doc.text, toks, r), ...compoundCandidates(doc.text, toks, r), ...companyBranchCandidates(doc.text, toks, r, gazetteerAt));
      for (const m of PhraseMatcher.longestOf(gazetteerAt)) {
        if (m.value.entry.ambiguous && m.value.acronym) continue;
        if (doc.text[m.end] === '$') continue; // "AU$55.6 million" is money
        if (m.value.acronym && !knownAcronymHere(doc.text, toks, m.i, m, r)) continue;
        // "the UN Climate Change Conference (COP28)": a listed name of no head word that an event's word continues names the
        // event (and "UN" inside it no body either).
        if (!m.value.acronym && m.j < toks.length && r.nonOrgHeads.matchAt(doc.text, toks, m.j) && !holdsHead(doc.text, m, r)) {
          eventNames.push({ start: m.start, end: m.end });
          continue;
        }
        // A name of ordinary words after "of" or "for" is a field ("Minister of Foreign Affairs"), not the magazine;
        // so it is before a title ("Foreign Affairs Minister").
        // (After "and" or a comma only inside such a field: "Minister of Trade, Foreign Affairs"; not in a list of bodies,
        // "Oxfam, Save the Children and SCIAF".)
        const inField = () => toks.slice(Math.max(0, m.i - 8), m.i).some((t) => t.text === 'of' || t.text === 'for');
        if (m.value.plain && (/^(?:of|for)$/.test(toks[m.i - 1]?.text ?? '') || (/^(?:and|&|,)$/.test(toks[m.i - 1]?.text ?? '') && inField()) || r.titles.has(toks[m.j]?.text ?? ''))) continue;
        cands.push({ start: m.start, end: m.end, surface: doc.text.slice(m.start, m.end), country: m.value.entry.country ?? null, rule: 'gazetteer', gazetteer: m.value.entry, acronym: m.value.acronym });
      }
      defs.push(...definitions(doc.text, toks));
    }
    // "(A Government of Nepal Undertaking)", "(A Nairobi City County Government Company)": under a letterhead, a kind of
    // body with an indefinite article says whose the issuer is; it names no body.
    // (Kept candidates are moved down in one pass: removing them one by one would cost the rest of the list each time.)
    let kept = 0;
    for (const c of cands) {
      const article = !DESCRIPTOR_KIND.test(c.surface) ? 0 : doc.text.endsWith('A ', c.start) ? 2 : doc.text.endsWith('An ', c.start) ? 3 : 0;
      const at = c.start - article;
      if (article && (at === 0 || doc.text[at - 1] === '(' || doc.text[at - 1] === '\n')) continue;
      // "His Majesty's Government": the form of address belongs to the name the chain opened after it.
      const majesty = c.surface.startsWith("Majesty's ") ? /\b(?:His|Her|Their)\s+(?:Imperial\s+)?$/.exec(doc.text.slice(Math.max(0, c.start - 20), c.start)) : null;
      if (majesty) Object.assign(c, { start: c.start - majesty[0].length, surface: majesty[0] + c.surface });
      // "the Mi'kmaw Conservation Group", "Kwilmu'kw Maw-klusuaqn Negotiation Office": a capitalised word with an
      // apostrophe inside it (the tokens split it) opens the name.
      const apostrophe = c.rule === 'gazetteer' ? null : INNER_APOSTROPHE.exec(doc.text.slice(Math.max(0, c.start - 30), c.start));
      if (apostrophe) Object.assign(c, { start: c.start - apostrophe[1].length - 1, surface: `${apostrophe[1]} ${c.surface}` });
      // "the Office of the Press Secretary to the President": the office's holder serves a head of state or government.
      const served = /^Office\s+of\s/.test(c.surface) ? SERVES_HEAD.exec(doc.text.slice(c.end, c.end + 40)) : null;
      if (served) Object.assign(c, { end: c.end + served[0].length, surface: c.surface + served[0] });
      cands[kept++] = c;
    }
    cands.length = kept;
    // An acronym the lists share between bodies ("CAF": a development bank, a football confederation) is the body
    // the article names in full ("CAF - Development Bank of Latin America ... CAF will finance").
    const namedAmbiguous = new Map<string, GazetteerEntry>();
    for (const c of cands) if (c.gazetteer && !c.acronym) for (const a of c.gazetteer.ambiguousAcronyms ?? []) if (!namedAmbiguous.has(a)) namedAmbiguous.set(a, c.gazetteer);
    // "Finn Church Aid (FCA)": a name cut after its head word ("Finn Church") runs on to the end of the long form an
    // acronym defines, when only capitalised words stand between, or words the acronym skips before one ("Association
    // Songtaaba pour le Développement Rural (ASDR)").
    if (defs.length) {
      const candsAt = new Map<number, OrgCandidate[]>();
      for (const c of cands) entry(candsAt, c.start, () => []).push(c);
      for (const d of defs) {
        for (const c of candsAt.get(d.long.start) ?? []) {
          if (c.end >= d.long.end || !capitalisedOrSkipped(doc.text.slice(c.end, d.long.end))) continue;
          c.end = d.long.end;
          c.surface = doc.text.slice(c.start, c.end);
        }
      }
    }
    const keyMemo: KeyMemo = new Map();
    // "the Union of the Comoros": a country's own name, built like a body's, is no body.
    // ("the West Bank": nor is a place whose name ends like a body's.)
    const notPlaceOrTopic = (c: OrgCandidate) => {
      const name = c.surface.replace(/^the\s+/i, '');
      if (r.places.countryOf.has(name)) return false;
      const toks = tokenize(doc.text, c.start, c.end);
      const first = toks[0]?.text.toLowerCase() === 'the' ? 1 : 0;
      if (c.rule !== 'gazetteer' && r.places.places.matchAt(doc.text, toks, first)?.j === toks.length) return false;
      // ("the IGAD Protocol on Free Movement of Persons": nor is the topic of a protocol, a convention, a plan.)
      const before = doc.text.slice(Math.max(0, c.start - 40), c.start).trimEnd().split(/\s+/);
      if (before[before.length - 1] === 'the') before.pop();
      const topicOf = before.length >= 2 && before[before.length - 1] === 'on' ? before[before.length - 2] : '';
      return !(topicOf && c.rule !== 'gazetteer' && r.nonOrgHeads.matchAt(topicOf, tokenize(topicOf), 0)?.j === 1);
    };
    // "Heads of Mission", "the new Heads of State and Government": the people who hold an office, not a body.
    // ("IOM Chief of Mission in Bangladesh": the office a title heads, with only its place, is the title's.)
    // ("Cyprus will hold the Presidency of the Council of the European Union": a chair held in turn is the member's
    // office; the body is the one it chairs.)
    const notHolders = (c: OrgCandidate) =>
      !OFFICE_HOLDERS.test(c.surface) && !(HEAD_OF_BEFORE.test(doc.text.slice(Math.max(0, c.start - 20), c.start)) && LOCATED_OFFICE.test(c.surface)) && !(ROTATING_CHAIR.test(c.surface) && HOLDS_CHAIR.test(doc.text.slice(Math.max(0, c.start - 40), c.start)));
    // "the Country Manager of the World Bank for Burundi": a listed name and "for" a country after it is the
    // title's country, no longer name.
    const listed = new Set(cands.filter((c) => c.rule === 'gazetteer').map((c) => `${c.start}:${c.end}`));
    const scopeOfTitle = (c: OrgCandidate) => {
      const at = c.rule === 'gazetteer' ? -1 : c.surface.lastIndexOf(' for ');
      const country = at < 0 ? '' : c.surface.slice(at + 5).replace(/^the /, '');
      if (at <= 0 || !r.places.countryOf.has(country) || !listed.has(`${c.start}:${c.start + at}`)) return false;
      // (After a title only: "the Inter-American Development Bank for Haiti approved" is left as it was.)
      return doc.text.slice(Math.max(0, c.start - 30), c.start).split(/\s+/).some((w) => r.titles.has(w));
    };
    // ("the Project for Improving the Lower Secondary School Environment": a project's title names no body, where the
    // title's capitals run on past the name; "the Project for Strengthening the Ministry of Health in Laos" keeps it.)
    const inProjectTitle = (c: OrgCandidate) => c.rule !== 'gazetteer' && /^ \p{Lu}/u.test(doc.text.slice(c.end, c.end + 2)) && PROJECT_TITLE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 80), c.start));
    // ("Labour and Social Protection Cabinet Secretary Hon. X": the field of a cabinet secretary's title names no cabinet.)
    const cabinetTitle = (c: OrgCandidate) => c.surface.endsWith(' Cabinet') && /^\s+Secretary\b/.test(doc.text.slice(c.end, c.end + 12));
    // ("held at the CBN Head Office in Abuja": a body's head office is its premises.)
    const premises = (c: OrgCandidate) => c.surface.startsWith('Office') && /\bHead\s+$/.test(doc.text.slice(Math.max(0, c.start - 6), c.start));
    const mentions = keepLongest(cands.filter((c) => notPlaceOrTopic(c) && notHolders(c) && !scopeOfTitle(c) && !premises(c) && !inProjectTitle(c) && !cabinetTitle(c)), doc.text.length)
      .flatMap((c) => splitBodyOfBody(c, r))
      .map((c) => mention(c, r, keyMemo));
    // Indexes that keep the steps below linear in the article: what is covered, and mentions by start and end.
    const covered = new Coverage<OrgMention>(doc.text.length);
    for (const m of mentions) covered.take(m);
    const byEnd = new Map<number, OrgMention[]>();
    const byStart = new Map<number, OrgMention[]>();
    const index = (m: OrgMention) => {
      entry(byEnd, m.end, () => []).push(m);
      entry(byStart, m.start, () => []).push(m);
    };
    mentions.forEach(index);
    const add = (m: OrgMention) => {
      mentions.push(m);
      covered.take(m);
      index(m);
    };

    // Acronym definitions: the long form names a body (a mention already, a name nested in a longer one, or
    // words with a head noun) and the acronym is its alias; an acronym defined as anything else is no body.
    const defined = new Map<string, string>();
    const dropped = new Set<OrgMention>();
    const notBodies = new Set<string>();
    for (const d of defs) {
      if (defined.has(d.acronym)) continue;
      // "the Maldivian Rufiyaa (MVR)": a currency's code after its name is no body.
      if (currencyNamed(doc.text.slice(d.long.start, d.long.end), d.acronym)) {
        notBodies.add(d.acronym);
        continue;
      }
      // A long form that closes a longer name after words that are not "of (the)" is that whole name's
      // ("South Africa-Angola Bi-National Commission (BNC)"); after "of (the)" it names the body inside
      // ("Secretariat of the Communist Party of Cuba Central Committee (PCCCC)"), unless the words inside hold no head
      // and name a field ("Office of Weapons Removal and Abatement (WRA)").
      const before = doc.text.slice(Math.max(0, d.long.start - 8), d.long.start);
      const ending = byEnd.get(d.long.end) ?? [];
      // (Or a body the gazetteer knows by that acronym and that name: "the Conference of Heads of State and Government of
      // the Economic Community of Central African States (ECCAS)" defines ECCAS, not the Conference.)
      const known = r.gazetteer.byAcronym.get(d.acronym);
      // ("the U.S. Department of Health and Human Services (HHS)": a department's or a ministry's acronym may skip its
      // head and spell only its field, "of" right after the head.)
      const fieldOnly = /\b(?:Department|Ministry)\s+of\s+$/.test(doc.text.slice(Math.max(0, d.long.start - 14), d.long.start));
      const inner = !fieldOnly && /\b(?:of|for)(?:\s+the)?\s+$/.test(before) && (holdsHead(doc.text, d.long, r) || (!!known && fold(known.name) === fold(doc.text.slice(d.long.start, d.long.end))));
      const whole = ending.find((m) => m.start < d.long.start && !inner);
      const same = whole ?? ending.find((m) => m.start === d.long.start);
      const around = covered.at(d.long.start);
      const longer = !!around && around.end >= d.long.end && !(around.start === d.long.start && around.end === d.long.end);
      if (endsInEvent(doc.text, d.long.end, r) || (!same && namesRank(doc.text, d.long, r))) notBodies.add(d.acronym);
      else if (same) defined.set(d.acronym, same.key);
      else if (longer || holdsHead(doc.text, d.long, r) || foreignName(doc.text, d, r)) {
        // "Portos e Caminhos de Ferro de Moçambique (CFM)": the acronym skips the first word and its "and".
        const w = doc.text.slice(Math.max(0, d.long.start - 30), d.long.start).split(' ');
        const joined = w.length >= 3 && w[w.length - 1] === '' && /^(?:e|y|et|i|und)$/.test(w[w.length - 2]) && /^\p{Lu}\p{L}+$/u.test(w[w.length - 3]);
        const long = joined && !longer && !holdsHead(doc.text, d.long, r) ? { start: d.long.start - w[w.length - 3].length - w[w.length - 2].length - 2, end: d.long.end } : d.long;
        const nested = mention({ ...long, surface: doc.text.slice(long.start, long.end), country: null, rule: 'definition' }, r, keyMemo);
        // "the Guadalcanal Women in Water Network (GWWN)": the long form replaces the name cut from its end ("Water Network").
        if (!longer) for (const m of byEnd.get(long.end) ?? []) if (m.start > long.start) dropped.add(m);
        add(nested);
        defined.set(d.acronym, nested.key);
      } else if (!r.gazetteer.byAcronym.has(d.acronym)) notBodies.add(d.acronym);
      // "Eswatini Broadcasting and Information Services (EBIS)": the acronym spells both sides of the "and", so the
      // first side, opening the name, is no body of its own.
      if (defined.has(d.acronym)) for (const m of byStart.get(d.long.start) ?? []) if (m.end < d.long.end && /^\s+(?:and|&)\s/.test(doc.text.slice(m.end, m.end + 6))) dropped.add(m);
    }

    // Acronym tokens: defined in this article, else known to the gazetteer (matched above), else a body unless
    // its shape says otherwise.
    // "Mexican Agency for International Development Cooperation (AMEXCID)": an acronym in brackets right
    // after a name is that name's, whatever language its letters come from.
    // So is the acronym closing a bracket that first gives the name in the issuer's language: "Kosovo Credit
    // Guarantee Fund (Fondi Kosovar për Garanci Kreditore, FKGK)".
    sentenceTokens.forEach((toks) => {
      for (let i = 1; i + 2 < toks.length; i++) {
        if (toks[i].text !== '(') continue;
        // "African Risk Capacity Agency (ARC Agency)", "(EMAPAG EP)", "(EXIMBANKA SR)": the acronym with the name's head
        // word, with a legal form in capitals, or with two capitals (a form's or a country's code, too short for a body's
        // acronym), is the name's too.
        const second = toks[i + 2].text;
        const headed = acronymToken(toks[i + 1]) && toks[i + 3]?.text === ')' && ((second === toks[i - 1].text && isCap(second)) || r.companyForms.has(second) || /^\p{Lu}{2}$/u.test(second) || (r.heads.has(second) && /^\p{Lu}{2,}$/u.test(second)));
        const close = headed ? i + 3 : bracketAcronym(doc.text, toks, i, r);
        if (close < 0) continue;
        const acr = toks[headed ? i + 1 : close - 1].text;
        if (defined.has(acr) || notBodies.has(acr)) continue;
        // "the fifth Foreign Secretary-level Consultations (FOC)": the letters name the meeting, not a body; nor do they after
        // a term in lower case ("customs, immigration, quarantine and security (CIQS)") or a plan's name (bracket-terms.ts).
        if (close === i + 2 && (endsInEvent(doc.text, toks[i - 1].end, r) || spellsTermBefore(toks, i, acr) || namesThingBefore(doc.text, toks, i, r))) {
          notBodies.add(acr);
          continue;
        }
        // ('the Latin American School of Medicine "Dr. Salvador Allende" (ELAM)': past an eponym in quotation marks, a
        // person's name after a title.)
        let nameEnd = toks[i - 1].end;
        if (CLOSE_QUOTE.test(toks[i - 1].text)) {
          let q = i - 2;
          while (q > i - 10 && q > 0 && !OPEN_QUOTE.test(toks[q].text)) q--;
          const eponym = toks[q + 1]?.text ?? '';
          if (q > 0 && OPEN_QUOTE.test(toks[q].text) && (r.titles.has(eponym) || r.eponymTitles.has(eponym) || /^(?:Dr|Prof|St)$/.test(eponym))) nameEnd = toks[q - 1].end;
        }
        const named = (byEnd.get(nameEnd) ?? []).find((m) => !m.acronym);
        if (named) {
          defined.set(acr, named.key);
          notBodies.delete(acr);
        }
      }
    });
    // "ACWA Power signed ... ACWA will invest": the acronym that opens a utility's name (organisations.json countryHeads)
    // stands for it alone.
    for (const m of mentions) {
      const [first, head, ...rest] = m.surface.split(' ');
      if (!m.acronym && !rest.length && head && r.countryHeads.has(head) && utilityAcronym(first, r) && !defined.has(first)) defined.set(first, m.key);
    }
    const undefinedAcronyms = new Set<string>();
    const spelt = new Set(defs.map((d) => d.acronym));
    const events = new SpanIndex(eventNames, doc.text.length);
    sentenceTokens.forEach((toks) => {
      const loud = shouting(toks);
      toks.forEach((t, k) => {
        if (!acronymToken(t) && !t.text.includes('-')) return; // most tokens: no acronym, no parts
        // "ASEAN-Australia", "VNA/VNS": each part of a compound may be an acronym.
        for (const part of parts(t, r)) {
          if (!acronymToken(part) || notBodies.has(part.text) || doc.text[part.end] === '$') continue;
          if (covered.overlaps(part) || events.insideAny(part)) continue;
          const known = defined.get(part.text);
          const gz = r.gazetteer.byAcronym.get(part.text) ?? namedAmbiguous.get(part.text);
          const span = { start: part.start, end: part.end };
          let agency = false;
          // (Its later mentions too: "the Health Development Plan (PDS) ... The PDS provides for".)
          if (!known && !gz && part === t && !spelt.has(part.text) && thingsAcronym(toks, k, r)) notBodies.add(part.text);
          else if (known) add({ ...span, surface: part.text, key: known, country: null, acronym: true });
          else if (gz && (part !== t || knownAcronymHere(doc.text, toks, k, part, r))) add({ ...span, surface: part.text, key: `gz:${gz.name}`, country: gz.country ?? null, gazetteer: gz.name, acronym: true });
          else if ((agency = part === t && (datelineAgency(doc.text, toks, k, r) || creditLine(doc.text, toks, k, r))) || (!loud && undefinedAcronymIsOrg(part === t ? toks : [part], part === t ? k : 0, r))) {
            add({ ...span, surface: part.text, key: `acr:${part.text}`, country: null, acronym: true, ...(agency ? { agency } : {}) });
            undefinedAcronyms.add(part.text);
          } else if (/^\p{Lu}{2,}$/u.test(part.text) && !r.notAcronyms.has(part.text) && !r.places.countryOf.has(part.text) && !r.places.codes.has(part.text)) {
            doc.warn('undefined-acronym', `${part.text} is not defined in the article or the gazetteer`, part);
          }
        }
      });
    });
    // "Amman, Petra –", a last line "Petra": a news agency whose name is also a word or a place, where only a filing
    // agency stands.
    sentenceTokens.forEach((toks) => {
      toks.forEach((t, k) => {
        if (!r.gazetteer.creditAcronyms.has(t.text) || covered.overlaps(t) || acronymToken(t)) return;
        const alone = t.start >= doc.text.length - 300 && lineHolding(doc.text, t) === t.text;
        // "Amman, Petra –"; "Amman, Jan. 13 (Petra) --", "TUNIS, Feb. 26 (TAP) -", "Bishkek, June 3 /Kabar/.": the
        // agency after the dateline's place and date, bracketed or between slashes.
        const enclosed = (toks[k - 1]?.text === '(' && toks[k + 1]?.text === ')') || (toks[k - 1]?.text === '/' && toks[k + 1]?.text === '/');
        const line = t.start <= 400 ? lineBefore(doc.text, t.start) : '';
        const dateline = t.start <= 400 && (toks[k - 1]?.text === ',' ? /^[–—-]$/.test(toks[k + 1]?.text ?? '') : enclosed && /\d/.test(line)) && !SENTENCE_END.test(line);
        if (alone || dateline) add({ start: t.start, end: t.end, surface: t.text, key: `acr:${t.text}`, country: null, acronym: true });
      });
    });
    // The article's own definition wins over the gazetteer's reading of an acronym ("ABC", "ARF"), and over a credit's
    // ("The Tokyo Metropolitan Government (TMG) ... Photo: TMG").
    for (const m of mentions) {
      if ((m.acronym || capitalsOnly(m.surface)) && defined.has(m.surface) && m.key !== defined.get(m.surface)) {
        m.key = defined.get(m.surface)!;
        m.gazetteer = undefined;
      }
    }
    // "(EXIM Bank)", "(Fundo de Energia, FUNAE)": a bracketed name right after a name is another name for it,
    // wherever else the article writes it ("Statistics South Africa (Stats SA) ... Stats SA rejected the claim").
    const aliasOf = new Map<string, string>();
    for (const m of mentions) {
      if (doc.text.slice(m.end, m.end + 2) !== ' (') continue;
      const inner = (byStart.get(m.end + 2) ?? []).find((x) => doc.text[x.end] === ')' || (doc.text[x.end] === ',' && defined.get(/^,\s*([^\s,()]+)\)/.exec(doc.text.slice(x.end, x.end + 20))?.[1] ?? '') === m.key));
      // ("Hungarian Export-Import Bank (Hungarian Eximbank)": a short name of two or three capitalised words that no rule
      // took, with a word of the name in it, is the name's too.)
      if (!inner && !m.acronym) {
        const short = BRACKETED_SHORT.exec(doc.text.slice(m.end + 1, m.end + 60));
        const span = short ? { start: m.end + 2, end: m.end + 1 + short[0].length - 1 } : null;
        if (short && span && !covered.overlaps(span) && !r.places.places.has(short[1]) && short[1].split(' ').some((w) => m.surface.split(' ').includes(w))) add({ ...span, surface: short[1], key: m.key, country: m.country, acronym: false });
        // ("PT Telekomunikasi Selular (Telkomsel)": one word contracted from the name's words is its short name.)
        const word = /^\((\p{Lu}\p{Ll}{3,})\)/u.exec(doc.text.slice(m.end + 1, m.end + 40));
        const at = word ? { start: m.end + 2, end: m.end + 2 + word[1].length } : null;
        if (word && at && !covered.overlaps(at) && contracts(word[1], m.surface) && !r.places.places.has(word[1])) add({ ...at, surface: word[1], key: m.key, country: m.country, acronym: false });
        continue;
      }
      if (!inner || m.acronym) continue;
      if (inner.key !== m.key && !inner.acronym && !aliasOf.has(inner.key)) aliasOf.set(inner.key, m.key);
      inner.key = m.key;
    }
    if (aliasOf.size) for (const m of mentions) m.key = aliasOf.get(m.key) ?? m.key;
    // "The Brittany Region (Région Bretagne)": the capitalised words before a bracketed name in another language,
    // ending in the English of its head, are that body's English name (a region's, a province's).
    for (const m of [...mentions]) {
      if (m.acronym || doc.text[m.start - 1] !== '(' || doc.text[m.end] !== ')' || doc.text[m.start - 2] !== ' ') continue;
      const english = englishOf(r, /^\S+/.exec(m.surface)?.[0] ?? '');
      if (!english) continue;
      // The capitalised words (at most three) right before " (", past an opening article.
      const words: string[] = [];
      for (const w of doc.text.slice(Math.max(0, m.start - 60), m.start - 2).split(' ').reverse()) {
        if (words.length === 3 || !/^\p{Lu}[\p{L}'-]*$/u.test(w) || /^(?:The|A|An)$/.test(w)) break;
        words.unshift(w);
      }
      const name = words.join(' ');
      const span = { start: m.start - 2 - name.length, end: m.start - 2 };
      if (words.length < 2 || fold(words[words.length - 1]) !== english || covered.overlaps(span)) continue;
      add({ ...span, surface: name, key: m.key, country: m.country, acronym: false });
    }
    // "the IsDB Board", "the AIIB Board of Directors": a body's governing organ named after its acronym is the body.
    for (const m of mentions) {
      const organ = organOf(m.surface, r);
      if (!organ) continue;
      const owner = m.surface.slice(0, m.surface.length - organ.length - 1);
      const listed = r.gazetteer.byAcronym.get(owner);
      m.end -= organ.length + 1;
      m.surface = owner;
      m.acronym = true;
      m.key = defined.get(owner) ?? (listed ? `gz:${listed.name}` : `acr:${owner}`);
      m.gazetteer = defined.has(owner) ? undefined : listed?.name;
    }
    resolveAcronyms(mentions, r);
    // Taken for a body, but worth a reader's look when no name of the article spells it.
    for (const m of mentions) {
      if (m.acronym && m.key === `acr:${m.surface}` && undefinedAcronyms.has(m.surface)) {
        doc.warn('undefined-acronym', `${m.surface} is not defined in the article or the gazetteer (taken for an organisation)`, m);
        undefinedAcronyms.delete(m.surface);
      }
    }

    // Every other occurrence of a name found once ("Granma" named a newspaper once, then alone).
    const known = new PhraseMatcher<OrgMention>(undefined, false); // this article's names only: nothing kept on words
    const shortForms = new Set<string>();
    const brands = new Set<string>();
    // A name of several words, or one word that is no ordinary English word.
    const findable = (name: string) => /\s/.test(name) || !isCommonWord(name);
    for (const m of mentions) {
      if (!m.acronym && findable(m.surface)) known.add(m.surface, m);
      // "Ferrante Cavi S.p.A. ... The chief executive of Ferrante Cavi": a company is written without its form later on.
      const brand = m.short ? brandForms(m.short, r) : [];
      for (const short of m.short ? [m.short, withoutPlace(m.short, r), ...brand] : []) {
        if (short && findable(short) && !r.places.places.has(short) && !known.has(short)) {
          known.add(short, m);
          shortForms.add(short);
          if (brand.includes(short)) brands.add(short);
        }
      }
    }
    // A brand's word names the company only after it, and standing alone: not inside another name ("Daisuke Kuroda",
    // "Kuroda Group"), nor after a form of address or a title ("Mr Dangote said"), nor after a preposition of place
    // ("the mayor of Ndola", "According to Tembo"); and not at all when the article also writes it as a surname
    // ("Sipho Mahlangu").
    const surnameUse = new Set<string>();
    if (brands.size) for (const toks of sentenceTokens) toks.forEach((t, i) => {
      if (i > 0 && brands.has(t.text) && isCap(toks[i - 1].text) && !r.openers.has(toks[i - 1].text) && !r.titles.has(toks[i - 1].text)) surnameUse.add(t.text);
    });
    const brandAt = (toks: Token[], hit: { i: number; j: number; start: number; value: OrgMention }) => {
      // (r.titles holds the forms of address too.)
      const addressed = r.titles.has(tokenBefore(toks, hit.i)?.text ?? '');
      const placed = /^(?:in|at|of|to|near|from|for)$/.test(toks[hit.i - 1]?.text ?? '');
      return hit.start >= hit.value.end && !addressed && !placed && !surnameUse.has(toks[hit.i].text) && !(hit.i > 0 && isCap(toks[hit.i - 1].text)) && !isCap(toks[hit.j]?.text ?? '');
    };
    sentenceTokens.forEach((toks) => {
      for (const hit of known.findAll(doc.text, toks)) {
        if (covered.overlaps(hit)) continue;
        if (brands.has(doc.text.slice(hit.start, hit.end)) && !brandAt(toks, hit)) continue;
        const src = hit.value;
        const written = doc.text.slice(hit.start, hit.end);
        const surface = shortForms.has(written) ? written : src.surface;
        add({ start: hit.start, end: hit.end, surface, key: src.key, country: src.country, gazetteer: src.gazetteer, acronym: false, ...(brands.has(written) ? { brand: true } : {}) });
      }
    });

    placeBranches(doc.text, mentions, sentenceTokens, r);
    if (dropped.size) {
      let n = 0;
      for (const m of mentions) if (!dropped.has(m)) mentions[n++] = m;
      mentions.length = n;
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.organisations = mergeOrganisations(mentions, r);
    doc.orgMentions = mentions;
  },
};

/**
 * The closing bracket of "(ACR)" or "(Name in another language, ACR)" opened at token `open`, on one line, the
 * acronym last; -1 when the bracket holds something else.
 */
function bracketAcronym(text: string, toks: Token[], open: number, r: OrgRules): number {
  let close = open + 1;
  while (close < toks.length && close < open + 16 && toks[close].text !== ')' && toks[close].text !== '(') close++;
  if (toks[close]?.text !== ')' || !acronymToken(toks[close - 1])) return -1;
  if (close === open + 2) return close;
  // "Saudi Export-Import Bank (Saudi EXIM)": a short name of capitalised words closing on the acronym (not a
  // place: "(Washington DC)"); "WHO Regional Office for Africa (WHO AFRO)": or of the parent's acronym.
  const acr = toks[close - 1].text;
  if (!undefinedAcronymIsOrg(toks, close - 1, r) && !r.gazetteer.byAcronym.has(acr)) return -1;
  if (close - open <= 4 && toks.slice(open + 1, close - 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || acronymToken(t))) return close;
  // ("(Otoritas Jasa Keuangan/OJK)": or a slash before the acronym.)
  const named = close - open >= 5 && (toks[close - 2].text === ',' || toks[close - 2].text === '/') && isCap(toks[open + 1].text) && !text.slice(toks[open].end, toks[close].start).includes('\n');
  return named ? close : -1;
}

/** The organ that ends "ACR Board", "ACR Board of Directors", "ACR Management Board" (a generic body), or null. */
function organOf(surface: string, r: OrgRules): string | null {
  const space = surface.indexOf(' ');
  if (space < 0 || !acronymShaped(surface.slice(0, space))) return null;
  const rest = surface.slice(space + 1);
  return rest === 'Board' || r.genericBodies.has(rest) ? rest : null;
}

/** A bracket of two or three capitalised words ("(Hungarian Eximbank)"), the words in group 1. */
const BRACKETED_SHORT = /^\((\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,2})\)/u;

/** "UK-PNG": capitals that name countries are no acronym of one body. */
const COUNTRY_CODE = /^(?:UK|US|USA|UAE|PNG|EU|PRC|DPRK|ROK|RI|RP)$/;

/** A token, or the parts of a hyphenated one ("ASEAN-Australia" -> ASEAN, Australia). */
/**
 * Does an acronym the gazetteer knows name that body here? Not inside a place written in capitals ("ABU DHABI,
 * 12 March (WAM) --"), not as a currency code beside a number ("NPR 5 million").
 */
/**
 * "NAIROBI, 12 March (KNA) –", "Accra, Oct. 7, GNA –": an acronym in brackets or after a comma, right before
 * the dash of a dateline in the first lines, is the news agency that filed the story, even when its letters are
 * also a country code (KNA) or the gazetteer knows several agencies by them.
 */
function datelineAgency(text: string, toks: Token[], k: number, r: OrgRules): boolean {
  // Three letters at least: two are a state's or district's code ("Washington, DC –", "Brasília (DF) –").
  if (toks[k].start > 400 || !/^\p{Lu}{3,6}$/u.test(toks[k].text)) return false;
  if (capsPlace(toks, k, r) || r.places.countryOf.has(toks[k].text) || timeZone(toks, k)) return false; // "SUVA, FIJI –", "11:30 (UYT) –"
  const dash = (t: Token | undefined) => !!t && /^[–—-]$/.test(t.text);
  const bracketed = toks[k - 1]?.text === '(' && toks[k + 1]?.text === ')' && dash(toks[k + 2]);
  const afterComma = toks[k - 1]?.text === ',' && dash(toks[k + 1]);
  if (!bracketed && !afterComma) return false;
  // On a line of its own near the top: the text before it on the line has no sentence end.
  const line = lineBefore(text, toks[k].start);
  return !SENTENCE_END.test(line) && line.length < 80;
}

/** A sentence's end in a line, not a month's abbreviation ("Amman, Jan. 13 (Petra) --"). */
const SENTENCE_END = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?]\s/;
/** The text of the line before `pos`, from the line's start. */
const lineBefore = (text: string, pos: number) => text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);

/**
 * "City Power Johannesburg (SOC) Ltd ... City Power committed": a company's short name without the place (up to three
 * words) it closes with, when two words or more are left and the last is a capitalised word that is no head and no
 * place's word ("National Bank Kenya" leaves no "National Bank").
 */
function withoutPlace(short: string, r: OrgRules): string | null {
  const words = short.split(' ');
  // The longest place that closes the name ("Acme Logistics South Africa", "Tema Oil New York").
  let n = 3;
  while (n > 0 && !(words.length - n >= 2 && r.places.places.has(words.slice(-n).join(' ')))) n--;
  if (!n) return null;
  // (Not when what is left ends in a head, a place's word or a small word: "National Bank", "... South", "... of".)
  const last = words[words.length - n - 1];
  return !/^\p{Lu}/u.test(last) || r.heads.has(last) || r.headInitial.has(last) || r.places.placeWords.has(last.toLowerCase()) ? null : words.slice(0, -n).join(' ');
}

/**
 * "Airtel Networks Kenya Limited ... Airtel Kenya will build", "Dragamar Engenharia S.A. ... Dragamar will hire": a
 * company's first word, alone or with the country its name holds, when that word is a brand: no English word (so not
 * "Skyward"), place, head, title or person's name, and the name has more words after it.
 */
function brandForms(short: string, r: OrgRules): string[] {
  const words = short.split(' ');
  const first = words[0];
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(first) || isCommonWord(first) || isGivenName(first) || isKnownSurname(first)) return [];
  if (r.places.places.has(first) || r.places.countryOf.has(first) || r.heads.has(first) || r.headInitial.has(first) || r.titles.has(first)) return [];
  const country = words.slice(1).find((w) => r.places.countryOf.has(w));
  return country ? [first, `${first} ${country}`] : [first];
}

/**
 * Is `short` a contraction of `name`: its first two letters opening one of its words, then letters of that word and
 * the words after it, in order, ending in a later word ("Telkomsel" of "Telekomunikasi Selular", "Eximbank" of
 * "Export-Import Bank")?
 */
export function contracts(short: string, name: string): boolean {
  const s = fold(short).toLowerCase();
  const words = fold(name).toLowerCase().split(/[\s-]+/).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!words[i].startsWith(s.slice(0, 2))) continue;
    // Each later letter found in order, in word i and the words after it (a greedy match finds one when any exists).
    let k = 2;
    let w = i;
    let c = 2;
    while (k < s.length && w < words.length) {
      const at = words[w].indexOf(s[k], c);
      if (at < 0) {
        w++;
        c = 0;
      } else {
        k++;
        c = at + 1;
      }
    }
    if (k === s.length && w > i) return true;
  }
  return false;
}

/** The whole line a span stands on, trimmed. */
function lineHolding(text: string, span: Span): string {
  const to = text.indexOf('\n', span.end);
  return (lineBefore(text, span.start) + text.slice(span.start, to < 0 ? text.length : to)).trim();
}

/** "(MAP)", "(KUNA)" on a line of its own at the end of the article: the agency that filed it. */
function creditLine(text: string, toks: Token[], k: number, r: OrgRules): boolean {
  if (toks[k].start < text.length - 300 || !/^\p{Lu}{2,6}$/u.test(toks[k].text) || toks[k - 1]?.text !== '(' || toks[k + 1]?.text !== ')') return false;
  // "(END)" closes the item; an agency whose letters spell a word ("MAP") is one the gazetteer knows.
  if (isCommonWord(toks[k].text) && !r.gazetteer.creditAcronyms.has(toks[k].text)) return false;
  return lineHolding(text, toks[k]) === `(${toks[k].text})`;
}

function knownAcronymHere(text: string, toks: Token[], k: number, span: Span, r: OrgRules): boolean {
  if (/^\p{Lu}+$/u.test(toks[k].text) && capsPlace(toks, k, r)) return false;
  const besideNumber = /^\s?\d/.test(text.slice(span.end, span.end + 2)) || /\d\s?$/.test(text.slice(Math.max(0, span.start - 2), span.start));
  return !(besideNumber && r.places.codes.has(text.slice(span.start, span.end)));
}

function parts(t: Token, r: OrgRules): Token[] {
  // "C-DAC": capitals on both sides of the hyphen make one acronym (not two the gazetteer knows: "a joint ILO-UNICEF survey";
  // nor two currency codes: "an INR-MVR market").
  if (!t.text.includes('-') || (/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+$/u.test(t.text) && !t.text.split('-').some((p) => COUNTRY_CODE.test(p)) && !t.text.split('-').every((p) => r.gazetteer.byAcronym.has(p) || r.places.codes.has(p)))) return [t];
  const out: Token[] = [];
  let at = t.start;
  for (const p of t.text.split('-')) {
    if (p) out.push({ text: p, start: at, end: at + p.length });
    at += p.length + 1;
  }
  return out;
}

/** Words that open with a capital, or that acronyms skip between such words ("... Songtaaba| pour le Développement Rural"). */
function capitalisedOrSkipped(between: string): boolean {
  const words = between.trim().split(/\s+/);
  return /^\s/.test(between) && /^\p{Lu}/u.test(words[words.length - 1]) && words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w) || functionWord(w));
}

/** Small words inside a name of another language ("Caminhos de Ferro de Moçambique"). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'da', 'do', 'dos', 'das', 'di', 'del', 'y', 'e', 'et', 'na', 'dan', '&']);

/**
 * A long form in brackets' definition with no head word that is still a body's name: most of its words are no
 * English word and no place ("Syarikat Air Darul Aman (SADA)", "Caminhos de Ferro de Moçambique (CFM)", "Te Aponga
 * Uira (TAU)"), and no word of it is a title, a place descriptor or the end of an event, a document or a programme.
 * Not an acronym inside a longer name ("Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital").
 */
function foreignName(text: string, d: Definition, r: OrgRules): boolean {
  if (text[d.short.start - 1] !== '(' || /^\)\s+\p{Lu}/u.test(text.slice(d.short.end, d.short.end + 3))) return false;
  const toks = tokenize(text, d.long.start, d.long.end);
  if (r.nonOrgHeads.findAll(text, toks).length) return false;
  const content = toks.map((t) => t.text).filter((w) => /^\p{L}/u.test(w) && !NAME_JOINERS.has(w));
  if (content.length < 2) return false;
  let foreign = 0;
  for (const w of content) {
    if (r.titles.has(w) || r.placeDescriptors.has(w.toLowerCase())) return false;
    if (!w.split('-').every((p) => isCommonWord(p)) && !r.places.placeWords.has(w.toLowerCase()) && !r.places.countryOf.has(w)) foreign++;
  }
  return foreign * 2 >= content.length;
}

/** What an office's holder serves after "to the": a head of state or government ("... Secretary to the President"). */
const SERVES_HEAD = /^\s+to\s+the\s+(?:Vice[-\s])?(?:President|Prime\s+Minister|Premier|Governor|King|Queen|Chancellor)\b/;

/** A currency's code -> the last word of its name ("MVR" -> "rufiyaa"), built on first use, not at start-up. */
let currencyWords: Map<string, string> | null = null;
/** Does the long form end in the name of the currency the code stands for ("Maldivian Rufiyaa" for MVR)? */
function currencyNamed(long: string, code: string): boolean {
  currencyWords ??= new Map(worldData().currencies.map((c) => [c.code, c.name.split(' ').pop()!.toLowerCase()]));
  const word = currencyWords.get(code);
  return !!word && long.toLowerCase().endsWith(word);
}

/** A capitalised word with an apostrophe inside, not a possessive or a contraction ("Mi'kmaw", "Kwilmu'kw"), then a space. */
const INNER_APOSTROPHE = /(?:^|[\s(])(\p{Lu}\p{Ll}*['’](?!(?:s|ll|re|ve|t|d|m)\s)\p{Ll}{2,})\s$/u;

const OPEN_QUOTE = /^["“]$/;
const CLOSE_QUOTE = /^["”]$/;

/** A project's title up to a name: "the Project for Improving the", capitalised words after its gerund. */
const PROJECT_TITLE_BEFORE = /\b(?:Project|Programme|Program)\s+for\s+(?:the\s+)?\p{Lu}\p{Ll}+ing\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,6}$/u;

/** A name that opens with the holders of an office ("Heads of Mission", "the new Heads of Government"). */
const OFFICE_HOLDERS = /^(?:the\s+)?(?:[Nn]ew\s+)?Heads\s+of\s/;

/** A title that heads an office, right before it ("Chief of | Mission in Bangladesh", "Deputy Head of | Delegation to Fiji"). */
const HEAD_OF_BEFORE = /\b(?:Chief|Head)\s+of\s+(?:the\s+)?$/;
/** An office named by nothing but its kind and its place ("Mission in Bangladesh", "Delegation to Fiji"). */
const LOCATED_OFFICE = /^(?:Mission|Delegation|Office|Representation)\s+(?:in|to)\s/;

/** A body's chair that a member holds in turn ("Presidency of the Council ...", "Chairmanship of the OSCE"). */
const ROTATING_CHAIR = /^(?:Presidency|Chairmanship|Chairpersonship|Chairship)\s+of\s/;
/** Holding or passing on such a chair, right before it ("Cyprus will hold the | Presidency of the Council"). */
const HOLDS_CHAIR = /\b(?:hold|holds|held|holding|assume[sd]?|assuming|(?:take|takes|took|taken|taking|hand|hands|handed|handing|pass|passes|passed|passing)\s+over|chair|chairs|chaired|chairing)\s+(?:of\s+)?the\s+(?:(?:rotating|six-month|annual)\s+)?$/;

/**
 * Do the words before `end` name a meeting, a document or a programme ("Joint Commission Meeting", "... Agreement")?
 * A word of nonOrgHeads must end them, not one that may also end a body's name ("Disaster and Emergency Management
 * Presidency", "Suez Canal Economic Zone"), and not inside a head-initial name's field ("Ministry for the
 * Ecological Transition and the Demographic Challenge").
 */
function endsInEvent(text: string, end: number, r: OrgRules): boolean {
  const toks = tokenize(text, Math.max(0, text.lastIndexOf('\n', end - 1) + 1, end - 120), end);
  const m = r.nonOrgHeads.findAll(text, toks).find((x) => x.end === end);
  if (!m || BODY_ENDINGS.test(text.slice(m.start, m.end))) return false;
  return !toks.some((t, k) => r.headInitial.has(t.text) && /^(?:of|for|on)$/.test(toks[k + 1]?.text ?? ''));
}
const BODY_ENDINGS = /^(?:Presidency|Zone|Economic Zone|Area|Corridor|Network|Platform)$/;

/** Does the span hold a head noun of an organisation name ("... Central Committee")? */
function holdsHead(text: string, span: Span, r: OrgRules): boolean {
  const toks = tokenize(text, span.start, span.end);
  return toks.some((t) => r.heads.has(t.text) || r.headInitial.has(t.text)) || r.multiHeads.findAll(text, toks).length > 0 || r.standalone.findAll(text, toks).length > 0;
}
