/**
 * Money written in a sentence: "US$10 million", "KES 2.5 billion", "₹500 crore", "R$ 410 million",
 * "5 million USD", "300 million Kenyan shillings". The currencies are the world's (ISO 4217 codes, symbols
 * and names from the world-countries package), plus the forms press releases write that it lacks (below).
 */
import { worldData } from '../places/world.js';

/** Written forms the package does not give (its symbols are bare "$"; it has no plural names). */
const EXTRA: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'AU$': 'AUD', A$: 'AUD', 'S$': 'SGD', 'NZ$': 'NZD', 'HK$': 'HKD', 'C$': 'CAD', 'CA$': 'CAD',
  'NT$': 'TWD', 'R$': 'BRL', 'RD$': 'DOP', 'J$': 'JMD', 'TT$': 'TTD', 'EC$': 'XCD', 'Mex$': 'MXN', KSh: 'KES', Ksh: 'KES',
  'Rs.': 'INR', Rs: 'INR', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'United States dollars': 'USD', 'United States Dollars': 'USD',
  'Australian dollars': 'AUD', dollars: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP', yen: 'JPY',
  dong: 'VND', kip: 'LAK', baht: 'THB', riel: 'KHR', yuan: 'CNY', renminbi: 'CNY', won: 'KRW', reais: 'BRL', rupees: 'INR', CFA: 'XOF',
  'CFA francs': 'XOF', 'FCFA': 'XOF',
};
/** "$" names the US dollar when no other currency is named: the convention of English-language releases. */
const BARE = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' } as Record<string, string>;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bln: 1e9, bn: 1e9, m: 1e6, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5 };
const SCALES = 'thousand|million|billion|trillion|mln|bln|bn|crores?|lakhs?';

interface Table {
  prefix: RegExp;
  suffix: RegExp;
  /** A written form (case kept for codes and symbols; lower case for names) to its ISO code. */
  code: Map<string, string>;
}
let table: Table | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (forms: Iterable<string>) => [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');

function build(): Table {
  const code = new Map<string, string>(Object.entries({ ...BARE, ...EXTRA }));
  const before = new Set<string>([...Object.keys(BARE), ...Object.keys(EXTRA).filter((f) => !/^[a-z]/.test(f))]);
  const after = new Set<string>(Object.keys(EXTRA).filter((f) => /^\p{L}/u.test(f)));
  for (const c of worldData().currencies) {
    before.add(c.code);
    after.add(c.code);
    code.set(c.code, c.code);
    // A symbol is kept when it cannot be read as something else before a number: not one letter ("K", "L"),
    // not a bare "$"/"£" (BARE decides those), and in a script an English text writes (₹, ₦, Rp, RM, zł).
    const sym = c.symbol.trim();
    if (sym && !code.has(sym) && !/^\p{L}$/u.test(sym) && !/[\u0600-\u06ff\u0780-\u07bf\u0d80-\u0dff]/u.test(sym) && !/\s/.test(sym)) {
      before.add(sym);
      code.set(sym, c.code);
    }
    // "Kenyan shilling(s)", and the bare plural "shillings" when no other currency shares it.
    const name = c.name.toLowerCase();
    if (/^[\p{L}' -]+$/u.test(name)) {
      for (const n of [name, `${name}s`]) {
        after.add(n);
        code.set(n, c.code);
      }
    }
  }
  const codes = longestFirst(before);
  const names = longestFirst(after);
  return {
    code,
    // The lookbehind keeps "USD" from starting inside a word; the number starts at its first digit.
    prefix: new RegExp(`(?<![\\p{L}\\p{N}])(${codes})\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(${SCALES}|m)\\b)?`, 'u'),
    suffix: new RegExp(`(?<![\\d,.])(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(${SCALES}))?\\s+(${names})(?![\\p{L}])`, 'iu'),
  };
}

export function findAmount(text: string): { value: number; currency: string; text: string; index: number } | undefined {
  table ??= build();
  const p = table.prefix.exec(text);
  const s = table.suffix.exec(text);
  const scale = (w: string | undefined) => (w ? SCALE[w.toLowerCase()] ?? 1 : 1);
  if (p && (!s || p.index <= s.index)) {
    const value = Number(p[2].replace(/,/g, '')) * scale(p[3]);
    return { value, currency: table.code.get(p[1]) ?? p[1], text: p[0], index: p.index };
  }
  if (s) {
    const value = Number(s[1].replace(/,/g, '')) * scale(s[2]);
    const cur = s[3];
    return { value, currency: table.code.get(cur) ?? table.code.get(cur.toLowerCase()) ?? cur.toUpperCase(), text: s[0], index: s.index };
  }
  return undefined;
}
