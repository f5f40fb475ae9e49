import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from './resources.js';

const compiled = new Map<string, ValidateFunction>();

/** A JSON Schema (2020-12) of schemas/, compiled once: `schemaValidator('record.schema.json')`. */
export function schemaValidator(file: string): ValidateFunction {
  let v = compiled.get(file);
  if (!v) {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', file), 'utf8'));
    compiled.set(file, (v = new Ajv2020({ allErrors: true, strict: true }).compile(schema)));
  }
  return v;
}
