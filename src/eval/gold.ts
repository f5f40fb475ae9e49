import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { schemaValidator } from '../pipeline/schemas.js';
import type { Gold } from './score.js';
import { plural } from '../util/plural.js';

/** The compiled JSON Schema (2020-12) for gold files: schemas/gold.schema.json. */
export const goldValidator = (): ValidateFunction => schemaValidator('gold.schema.json');

const DATE_FORMS = 'a day 2019-06-03, month 2019-06, year 2019, interval 2019-03-11/2019-03-13, XXXX for an unknown year';

/** One schema error as `POINTER: message`, in words a person correcting the file can act on. */
function describe(e: ErrorObject, data: unknown): string {
  const at = e.instancePath || '/';
  const value = e.instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((v, k) => (v == null ? v : v[k]), data);
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at}: unknown field ${JSON.stringify(e.params.additionalProperty)}`;
    case 'pattern':
      return `${at}: must be a date value (${DATE_FORMS}${e.schemaPath.includes('dateAlso') ? ', or an ISO week 2018-W38' : ''}), not ${JSON.stringify(value)}`;
    case 'type':
      return `${at}: must be ${e.params.type}, not ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
    default:
      return `${at}: ${e.message}`;
  }
}

/** Schema errors of one parsed gold file, each `POINTER: message`; empty when it is valid. */
export function validateGold(gold: unknown): string[] {
  const v = goldValidator();
  if (v(gold)) return [];
  // A wrong type also fails the keywords of the type it should have been: report the type alone.
  const errors = v.errors ?? [];
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return [...new Set(errors.filter((e) => e.keyword === 'type' || !typed.has(e.instancePath)).map((e) => describe(e, gold)))];
}

/** A gold file that is not JSON or breaks schemas/gold.schema.json; `problems` are `FILE: POINTER: message` lines. */
export class GoldFormatError extends Error {
  constructor(readonly problems: string[], files: number) {
    super(`${problems.join('\n')}\n${plural(files, 'malformed gold file')} (format: docs/gold-format.md, schema: schemas/gold.schema.json)`);
    this.name = 'GoldFormatError';
  }
}

const MAX_PER_FILE = 10;

/** Reads and checks one gold file: a list of problems (each starting with the file name), or the gold. */
export function readGoldFile(path: string): { gold: Gold } | { problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { problems: [`${path}: not JSON: ${(err as Error).message}`] };
  }
  const errors = validateGold(data);
  if (!errors.length) return { gold: data as Gold };
  const shown = errors.slice(0, MAX_PER_FILE).map((e) => `${path}: ${e}`);
  if (errors.length > MAX_PER_FILE) shown.push(`${path}: ... and ${errors.length - MAX_PER_FILE} more errors`);
  return { problems: shown };
}

/** Every gold file (*.json) of a directory, in file-name order, each checked against the schema first. Throws a GoldFormatError naming every malformed file. */
export function readGold(dir: string): Gold[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`no gold directory at ${dir}`);
  const golds: Gold[] = [];
  const problems: string[] = [];
  let bad = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const r = readGoldFile(join(dir, f));
    if ('gold' in r) golds.push(r.gold);
    else {
      bad++;
      problems.push(...r.problems);
    }
  }
  if (bad) throw new GoldFormatError(problems, bad);
  return golds;
}
