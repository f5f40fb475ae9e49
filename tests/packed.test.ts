import { describe, expect, it } from 'vitest';
import { naturalLexicon, pennFlagEntries } from '../src/lexicon/english.js';
import { PackedTable } from '../src/lexicon/packed.js';

describe('PackedTable', () => {
  it("answers exactly as a Map over natural's whole lexicon, and 0 for words it does not hold", () => {
    const entries = [...pennFlagEntries(naturalLexicon())];
    expect(entries.length).toBeGreaterThan(50_000);
    const map = new Map(entries);
    const table = new PackedTable(entries);
    for (const [w, f] of map) expect(table.get(w), w).toBe(f);
    for (const w of ['', 'Zzyzxq', 'agreement\u0000', 'AGREEMENT', 'agreemen', 'agreements!']) expect(table.get(w), w).toBe(map.get(w) ?? 0);
  });

  it('keeps the last number of a repeated word, like a Map, and refuses what it cannot hold', () => {
    expect(new PackedTable([['a', 1], ['b', 2], ['a', 3]]).get('a')).toBe(3);
    expect(() => new PackedTable([['x', 0]])).toThrow(/cannot hold/);
    expect(() => new PackedTable([['x\u0000y', 1]])).toThrow(/cannot hold/);
  });
});
