import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { schemaValidator } from '../../pipeline/schemas.js';
import type { CommuniqueRecord } from '../../types/record.gen.js';

/** The compiled JSON Schema (2020-12) for records: schemas/record.schema.json. */
export const recordValidator = (): ValidateFunction => schemaValidator('record.schema.json');

export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

/** Schema errors, plus the evidence check: each item's text is exactly raw.slice(start, end). */
export function validateRecord(record: unknown, raw?: string): string[] {
  const v = recordValidator();
  const errors: string[] = [];
  if (!v(record)) errors.push(formatErrors(v.errors));
  if (raw !== undefined && errors.length === 0) {
    const r = record as CommuniqueRecord;
    const check = (what: string, x: { text: string; start: number; end: number }) => {
      if (raw.slice(x.start, x.end) !== x.text) errors.push(`${what} [${x.start},${x.end}) does not slice to ${JSON.stringify(x.text)}`);
    };
    r.dates.forEach((d, i) => { check(`/dates/${i}`, d); d.mentions.forEach((m, j) => check(`/dates/${i}/mentions/${j}`, m)); });
    r.people.forEach((p, i) => p.mentions.forEach((m, j) => check(`/people/${i}/mentions/${j}`, m)));
    r.organisations.forEach((o, i) => o.mentions.forEach((m, j) => check(`/organisations/${i}/mentions/${j}`, m)));
    r.pledges.forEach((p, i) => { check(`/pledges/${i}`, p); if (p.cue) check(`/pledges/${i}/cue`, p.cue); });
  }
  return errors;
}
