import type { Doc, Span } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { SpanIndex } from '../../text/cover.js';
import { entry } from '../../util/maps.js';
import { detectInSentence, type Detected } from './detect.js';
import { peopleLexicon } from './lexicon.js';
import { mergePeople } from './merge.js';

/** "São Paulo, October 20, 2025 –", "Port Louis (GIS) –": the words opening a dateline name its place. */
function datelinePlace(doc: Doc, d: Span): boolean {
  return !!doc.dateline && d.start === doc.dateline.start && d.end < doc.dateline.end && /^\s*[,(]/.test(doc.text.slice(d.end, d.end + 3));
}

/** Stage: people named in the article, with titles and country; short forms merged into full names. */
export const people: Stage = {
  name: 'people',
  run(doc, res) {
    const lex = peopleLexicon(res);
    const detected: Detected[] = [];
    const maybe: Detected[] = [];
    for (const s of doc.sentences) detected.push(...detectInSentence(doc, s, lex, maybe).filter((d) => !datelinePlace(doc, d)));
    // "Khun Pattarawadee" after "Pattarawadee Srisombat": a form of address that is also a name, before one word of
    // a full name of the article, is the form of address.
    // How many full names (two words or more) use each word, kept up to date as mentions shrink to one word.
    const fullUses = new Map<string, number>();
    const count = (d: Detected, k: number) => {
      if (d.tokens.length >= 2) for (const w of new Set(d.tokens)) fullUses.set(w, (fullUses.get(w) ?? 0) + k);
    };
    for (const d of detected) count(d, 1);
    for (const d of detected) {
      // Another full name has the word: the uses beyond this mention's own.
      if (d.tokens.length !== 2 || !lex.contextHonorifics.has(d.tokens[0]) || (fullUses.get(d.tokens[1]) ?? 0) - 1 <= 0) continue;
      const at = doc.text.indexOf(d.tokens[1], d.start + d.tokens[0].length);
      count(d, -1);
      Object.assign(d, { start: at, name: d.tokens[1], tokens: [d.tokens[1]], titles: [d.tokens[0], ...d.titles] });
    }
    const fullNameWords = new Set(detected.filter((d) => d.tokens.length >= 2).flatMap((d) => d.tokens));
    detected.push(...maybe.filter((m) => fullNameWords.has(m.tokens[0])));
    detected.sort((a, b) => a.start - b.start);
    let entities = mergePeople(detected);

    // Bare references ("Hung said", "Khanthavong praised"): a word of a known person's name used alone.
    // Each name shape says which word stands alone (the last of a Vietnamese name, the first of a Chinese one);
    // other names, any of their words.
    const byWord = new Map<string, number[]>();
    entities.forEach((p, i) => {
      const m = p.mentions.find((x) => (x as Detected).tokens.length >= 2) as Detected | undefined;
      if (!m) return;
      const form = m.shape ? lex.shortForm.get(m.shape) : undefined;
      const words = form === 'last' ? [m.tokens[m.tokens.length - 1]] : form === 'first' ? [m.tokens[0]] : form === 'none' ? [] : m.tokens.filter((t) => t.length >= 3 && /^\p{Lu}\p{Ll}/u.test(t));
      for (const w of words) entry(byWord, w, () => []).push(i);
    });
    const extra: Detected[] = [];
    const taken = new SpanIndex([...detected, ...doc.orgMentions], doc.text.length);
    for (const s of byWord.size ? doc.sentences : []) {
      for (const t of doc.tokens(s)) {
        if (!byWord.has(t.text)) continue;
        if (taken.overlapsAny(t)) continue;
        extra.push({ start: t.start, end: t.end, name: t.text, titles: [], country: null, tokens: [t.text], shape: null });
      }
    }
    if (extra.length) entities = mergePeople([...detected, ...extra]);

    entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    entities.forEach((p, i) => p.mentions.forEach((m) => (m.entity = i)));
    doc.people = entities;
    doc.personMentions = entities.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
    // Single-word people are kept (a titled "Minister Hung" is a named person) but flagged for review.
    for (const p of entities) if (!/\s/.test(p.name)) doc.warn('short-name-only', `person known only as ${JSON.stringify(p.name)}`, p.mentions[0]);
  },
};
