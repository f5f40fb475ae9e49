import { extract } from '../src/index.js';
import { validateRecord } from '../src/stages/assemble/validate.js';
import type { CommuniqueRecord } from '../src/types/record.gen.js';

/** Extracts a record and checks it with the pipeline's own validator: schema, and every offset slices to its text. */
export function run(text: string, opts: Parameters<typeof extract>[1] = {}): CommuniqueRecord {
  const r = extract(text, opts);
  const errors = validateRecord(r, text);
  if (errors.length) throw new Error(errors.join('; '));
  return r;
}

export const values = (r: CommuniqueRecord) => r.dates.map((d) => d.value);
export const names = (xs: { name: string }[]) => xs.map((x) => x.name);
