import { extract } from '../src/index.js';
import type { CommuniqueRecord } from '../src/types/record.gen.js';

/** Extracts a record and checks every piece of evidence slices back to its text. */
export function run(text: string, opts: Parameters<typeof extract>[1] = {}): CommuniqueRecord {
  const r = extract(text, opts);
  const check = (x: { text: string; start: number; end: number }) => {
    if (text.slice(x.start, x.end) !== x.text) throw new Error(`offset mismatch: ${JSON.stringify(x)}`);
  };
  r.dates.forEach((d) => { check(d); d.mentions.forEach(check); });
  r.people.forEach((p) => p.mentions.forEach(check));
  r.organisations.forEach((o) => o.mentions.forEach(check));
  r.pledges.forEach((p) => { check(p); if (p.cue) check(p.cue); });
  return r;
}

export const values = (r: CommuniqueRecord) => r.dates.map((d) => d.value);
export const names = (xs: { name: string }[]) => xs.map((x) => x.name);
