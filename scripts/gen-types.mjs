// Generates src/types/record.gen.ts from schemas/record.schema.json, so the record type is written once.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is out of date.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schemas/record.schema.json', import.meta.url), 'utf8'));
const out = new URL('../src/types/record.gen.ts', import.meta.url);
const ts = await compile(schema, 'CommuniqueRecord', {
  bannerComment: '/* Generated from schemas/record.schema.json by scripts/gen-types.mjs. Do not edit. */',
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true },
});
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== ts) {
    console.error('src/types/record.gen.ts is out of date: run npm run gen:types');
    process.exit(1);
  }
} else {
  writeFileSync(out, ts);
}
