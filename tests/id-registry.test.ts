import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../src/cli/id-registry.js';

describe('IdRegistry', () => {
  it('finds every earlier id, whether still in memory or moved to the scratch file, and deletes the file on close', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ids-')), '.ids.sqlite.tmp-1');
    // A table of 100 ids at most: 2500 ids spill 25 times.
    const ids = new IdRegistry(path, 100);
    for (let n = 0; n < 2500; n++) expect(ids.claim(`doc-${n}`, n % 3, n)).toBeNull();
    expect(existsSync(path)).toBe(true);
    // The first ids (on disk), ids of the middle, and the newest (still in memory) all answer where they were first seen.
    for (const n of [0, 1, 99, 100, 1234, 2399, 2499]) expect(ids.claim(`doc-${n}`, 9, 9)).toEqual({ file: n % 3, sub: n });
    expect(ids.claim('doc-2500', 0, 2500)).toBeNull();
    expect(ids.claim('doc-2500', 1, 1)).toEqual({ file: 0, sub: 2500 });
    ids.close();
    expect(existsSync(path)).toBe(false);
  });

  it('keeps everything in memory without a scratch path', () => {
    const ids = new IdRegistry(null, 10);
    for (let n = 0; n < 1000; n++) ids.claim(`x${n}`, 0, n);
    expect(ids.claim('x0', 1, 1)).toEqual({ file: 0, sub: 0 });
    expect(ids.claim('x999', 1, 1)).toEqual({ file: 0, sub: 999 });
    ids.close();
  });
});
