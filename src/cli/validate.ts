import { readFileSync } from 'node:fs';
import { validateRecord } from '../stages/assemble/validate.js';

/** `communique validate FILE`: schema errors with line numbers; returns the number of bad lines. */
export function validateCommand(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  let bad = 0;
  let good = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      bad++;
      process.stdout.write(`${file}:${i + 1}: not JSON: ${(err as Error).message}\n`);
      return;
    }
    const errors = validateRecord(rec);
    if (errors.length) {
      bad++;
      process.stdout.write(`${file}:${i + 1}: ${errors.join('; ')}\n`);
    } else good++;
  });
  process.stdout.write(`${good} valid, ${bad} invalid\n`);
  return bad;
}
