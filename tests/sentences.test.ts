import { describe, expect, it } from 'vitest';
import { splitLine } from '../src/stages/sentences/index.js';

const split = (t: string) => splitLine(t, 0, t.length, new Set(['Mr', 'Mrs', 'Dr', 'H.E', 'U.S', 'No'])).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('does not split after abbreviations or initials', () => {
    expect(split('Mr. Sam met H.E. Hun Sen and Johnny G. Plate in the U.S. capital. They talked.')).toEqual([
      'Mr. Sam met H.E. Hun Sen and Johnny G. Plate in the U.S. capital.',
      'They talked.',
    ]);
  });
  it('splits sentences glued without a space', () => {
    expect(split('He met Minister Nguyen Duc Loi.The Lao Government agreed.')).toEqual(['He met Minister Nguyen Duc Loi.', 'The Lao Government agreed.']);
  });
  it('splits off an agency sign-off', () => {
    expect(split('They thanked the ministry.-VNA')).toEqual(['They thanked the ministry.', '-VNA']);
  });
});
