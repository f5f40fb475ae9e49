/**
 * Money written in a sentence: "US$10 million", "KES 2.5 billion", "₹500 crore", "R$ 410 million",
 * "5 million USD", "300 million Kenyan shillings". The currencies are the world's (ISO 4217 codes, symbols
 * and names from the world-countries package), plus the forms press releases write that it lacks (below).
 */
import { isCommonWord } from '../../lexicon/english.js';
import { worldData } from '../places/world.js';

/** Written forms the package does not give (its symbols are bare "$"; it has no plural names). */
const EXTRA: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'AU$': 'AUD', A$: 'AUD', 'S$': 'SGD', 'NZ$': 'NZD', 'HK$': 'HKD', 'C$': 'CAD', 'CA$': 'CAD',
  'NT$': 'TWD', 'R$': 'BRL', 'RD$': 'DOP', 'J$': 'JMD', 'TT$': 'TTD', 'EC$': 'XCD', 'Mex$': 'MXN', KSh: 'KES', Ksh: 'KES',
  'Rs.': 'INR', Rs: 'INR', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'United States dollars': 'USD', 'United States Dollars': 'USD',
  'Australian dollars': 'AUD', dollars: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP', yen: 'JPY',
  dong: 'VND', kip: 'LAK', baht: 'THB', riel: 'KHR', yuan: 'CNY', renminbi: 'CNY', won: 'KRW', reais: 'BRL', rupees: 'INR', CFA: 'XOF',
  'CFA francs': 'XOF', 'FCFA': 'XOF', 'GH¢': 'GHS', 'GH₵': 'GHS', Tk: 'BDT', TSh: 'TZS', USh: 'UGX', RM: 'MYR', ZK: 'ZMW',
};
/** ISO 4217's code for no currency in particular: money in a currency several countries name alike ("dinars"). */
const UNNAMED_CURRENCY = 'XXX';
/** "$" names the US dollar when no other currency is named: the convention of English-language releases. */
const BARE = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' } as Record<string, string>;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bln: 1e9, bn: 1e9, m: 1e6, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5 };
const SCALES = 'thousand|million|billion|trillion|mln|bln|bn|crores?|lakhs?';

interface Table {
  /** Written forms before a number (codes and symbols, case kept) to their ISO code. */
  before: Map<string, string>;
  /** Written forms after a number (codes, names in lower case, up to three words) to their ISO code. */
  after: Map<string, string>;
  /** The longest form before a number, in characters. */
  longestBefore: number;
}
let table: Table | null = null;

function build(): Table {
  const before = new Map<string, string>(Object.entries(BARE));
  const after = new Map<string, string>();
  for (const [form, code] of Object.entries(EXTRA)) {
    if (!/^[a-z]/.test(form)) before.set(form, code);
    if (/^\p{L}/u.test(form)) after.set(form.toLowerCase(), code);
  }
  for (const c of worldData().currencies) {
    before.set(c.code, c.code);
    after.set(c.code.toLowerCase(), c.code);
    // A symbol is kept when it cannot be read as something else before a number: not one letter ("K", "L"),
    // not a bare "$"/"£" (BARE decides those), and in a script an English text writes (₹, ₦, Rp, RM, zł).
    const sym = c.symbol.trim();
    if (sym && !before.has(sym) && !/^\p{L}$/u.test(sym) && !/[\u0600-\u06ff\u0780-\u07bf\u0d80-\u0dff]/u.test(sym) && !/\s/.test(sym)) before.set(sym, c.code);
    // "Kenyan shilling(s)".
    const name = c.name.toLowerCase();
    if (/^[\p{L}' -]+$/u.test(name)) for (const n of [name, `${name}s`]) if (!after.has(n)) after.set(n, c.code);
  }
  // "22 million dinars", "2 billion naira": a currency's name without its country. One country's ("naira", "ringgit")
  // is that currency; one several share ("dinars", "pesos", "francs") is money of no code the text gives (XXX).
  const generic = new Map<string, Set<string>>();
  for (const c of worldData().currencies) {
    const words = c.name.toLowerCase().split(' ');
    if (words.length >= 2 && /^\p{L}+$/u.test(words[words.length - 1])) {
      const set = generic.get(words[words.length - 1]) ?? new Set<string>();
      generic.set(words[words.length - 1], set.add(c.code));
    }
  }
  for (const [word, codes] of generic) {
    const code = codes.size === 1 ? [...codes][0] : UNNAMED_CURRENCY;
    if (!after.has(`${word}s`)) after.set(`${word}s`, code);
    if (codes.size === 1 && !isCommonWord(word) && !after.has(word)) after.set(word, code);
  }
  return { before, after, longestBefore: Math.max(...[...before.keys()].map((k) => k.length)) };
}

/** Where each number starts: its first digit, not one inside a longer number ("1,200", "3.5"). */
const NUMBER = /(?<![\d,.])(\d[\d,]*(?:\.\d+)?)/g;
const SCALE_AFTER = new RegExp(`^\\s?(${SCALES}|m)\\b`, 'i');
const SCALE_WORD = new RegExp(`^\\s+(${SCALES})\\b`, 'i');
const WORDS_AFTER = /^\s+([\p{L}.']+)(?:\s+([\p{L}.']+))?(?:\s+([\p{L}.']+))?/u;

/**
 * The first amount of money in the text. Each number is read with what stands right before it (a code or a
 * symbol: "US$", "KES", "₹") or after it and its scale (a code or a name: "5 million USD", "300 million Kenyan
 * shillings"); tables, not one long pattern, so a sentence costs a scan for digits and a few lookups.
 */
export function findAmount(text: string): { value: number; currency: string; text: string; index: number } | undefined {
  table ??= build();
  const t = table;
  NUMBER.lastIndex = 0; // each text is scanned from its start, whatever the last call left
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const at = m.index;
    const num = m[1];
    const value = Number(num.replace(/,/g, ''));
    const rest = text.slice(at + num.length, at + num.length + 60);
    // Before: the form ending right before the number, or before one space ("US$10", "USD 10").
    const gap = text[at - 1] === ' ' ? 1 : 0;
    for (let len = Math.min(t.longestBefore, at - gap); len >= 1; len--) {
      const form = text.slice(at - gap - len, at - gap);
      const code = t.before.get(form);
      if (code === undefined) continue;
      const prev = text[at - gap - len - 1];
      if (prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) continue; // "USD" inside a word
      const scale = SCALE_AFTER.exec(rest);
      const end = at + num.length + (scale ? scale[0].length : 0);
      return { value: value * (scale ? SCALE[scale[1].toLowerCase()] ?? 1 : 1), currency: code, text: text.slice(at - gap - len, end), index: at - gap - len };
    }
    // After: the scale, then a code or a name of one to three words ("million Kenyan shillings").
    const scale = SCALE_WORD.exec(rest);
    const tail = rest.slice(scale ? scale[0].length : 0);
    const w = WORDS_AFTER.exec(tail);
    if (w) {
      const words = [w[1], w[2], w[3]].filter((x): x is string => !!x);
      for (let n = words.length; n >= 1; n--) {
        const phrase = words.slice(0, n).join(' ');
        const stop = phrase.endsWith('.') && !t.after.has(phrase.toLowerCase()) ? 1 : 0; // "... 5 million euros."
        const code = t.after.get((stop ? phrase.slice(0, -1) : phrase).toLowerCase());
        if (code === undefined) continue;
        const len = tail.indexOf(words[n - 1]) + words[n - 1].length - stop;
        const end = at + num.length + (scale ? scale[0].length : 0) + len;
        return { value: value * (scale ? SCALE[scale[1].toLowerCase()] ?? 1 : 1), currency: code, text: text.slice(at, end), index: at };
      }
    }
  }
  return undefined;
}
