import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from '../../pipeline/resources.js';
import type { CommuniqueRecord } from '../../types/record.gen.js';

let validator: ValidateFunction | null = null;

/** The compiled JSON Schema (2020-12) for records: schemas/record.schema.json. */
export function recordValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', 'record.schema.json'), 'utf8'));
    validator = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  }
  return validator;
}

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
