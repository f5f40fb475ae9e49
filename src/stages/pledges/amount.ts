/** Money written in a sentence: "US$10 million", "AU$86 million", "5 million USD", "VND 2 billion". */
const CURRENCY: Record<string, string> = {
  'US$': 'USD', $: 'USD', USD: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'United States Dollars': 'USD', dollars: 'USD',
  'AU$': 'AUD', A$: 'AUD', AUD: 'AUD', 'Australian dollars': 'AUD', 'S$': 'SGD', SGD: 'SGD', 'NZ$': 'NZD', 'HK$': 'HKD',
  '€': 'EUR', EUR: 'EUR', euros: 'EUR', euro: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', yen: 'JPY',
  VND: 'VND', dong: 'VND', kip: 'LAK', LAK: 'LAK', baht: 'THB', THB: 'THB', riel: 'KHR', KHR: 'KHR', yuan: 'CNY', CNY: 'CNY', won: 'KRW', KRW: 'KRW',
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bln: 1e9 };

const PREFIX = /(US\$|AU\$|A\$|S\$|NZ\$|HK\$|\$|€|£|¥|USD|AUD|SGD|EUR|GBP|JPY|VND|LAK|THB|KHR|CNY|KRW)\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion|mln|bln))?/;
// The lookbehind starts a number only at its first digit, so a long digit run is not retried from every position.
const SUFFIX = /(?<![\d,.])(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion|mln|bln))?\s+(USD|AUD|EUR|VND|US dollars|U\.S\. dollars|United States Dollars|Australian dollars|dollars|euros?|yen|dong|kip|baht|riel|yuan|won)\b/;

export function findAmount(text: string): { value: number; currency: string; text: string; index: number } | undefined {
  const p = PREFIX.exec(text);
  const s = SUFFIX.exec(text);
  const pick = p && (!s || p.index <= s.index) ? 'p' : s ? 's' : null;
  if (pick === 'p' && p) {
    const value = Number(p[2].replace(/,/g, '')) * (p[3] ? SCALE[p[3]] : 1);
    return { value, currency: CURRENCY[p[1]] ?? p[1], text: p[0], index: p.index };
  }
  if (pick === 's' && s) {
    const value = Number(s[1].replace(/,/g, '')) * (s[2] ? SCALE[s[2]] : 1);
    return { value, currency: CURRENCY[s[3]] ?? CURRENCY[s[3].toLowerCase()] ?? s[3], text: s[0], index: s.index };
  }
  return undefined;
}
