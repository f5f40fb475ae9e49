import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedCount } from './support/cache.js';
import { describe, expect, it } from 'vitest';
import { CLI, cli } from './support/spawn.js';


/** mulberry32: a tiny seeded generator, so each seed kills at the same point every time. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's top-level articles, six times each under several names, so a batch takes long enough to be cut. */
const ARTICLES = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-kill-in-'));
  for (let k = 0; k < 6; k++) for (const f of ARTICLES) copyFileSync(join('corpus', f), join(dir, `${k}-${f}`));
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}


/**
 * Runs the CLI and kills it with SIGKILL after `afterMs`, or (with `afterBytes`) as soon as its temporary
 * records file holds that many bytes: a kill in the middle of processing, whatever the machine's load.
 */
function runUntilKilled(args: string[], out: string, at: { afterMs?: number; afterBytes?: number }): Promise<{ killed: boolean }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = at.afterMs !== undefined ? setTimeout(() => child.kill('SIGKILL'), at.afterMs) : null;
    const poll = at.afterBytes !== undefined
      ? setInterval(() => {
          const tmp = existsSync(out) ? readdirSync(out).find((f) => f.startsWith('records.jsonl.tmp-')) : undefined;
          if (tmp && statSync(join(out, tmp)).size >= at.afterBytes!) child.kill('SIGKILL');
        }, 5)
      : null;
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolveRun({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('a run killed with SIGKILL and resumed', () => {
  it('writes records.jsonl byte-identical to an uninterrupted run, for several kill points', async () => {
    const input = batch();
    const ref = mkdtempSync(join(tmpdir(), 'communique-kill-ref-'));
    const t0 = Date.now();
    expect((await cli(['run', input, '--out', ref, '--quiet', '-c', '2'])).status).toBe(1); // 1: the empty file is rejected
    const full = Date.now() - t0;
    const expected = readFileSync(join(ref, 'records.jsonl'));
    expect(expected.toString().split('\n').filter(Boolean)).toHaveLength(6 * ARTICLES.length);

    let cutMidway = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const out = mkdtempSync(join(tmpdir(), `communique-kill-${seed}-`));
      // Seeds 1-2: a random moment of the run (before processing starts, possibly); 3-5: a random point of the output.
      const r = rng(seed)();
      const at = seed <= 2 ? { afterMs: Math.floor(r * full) } : { afterBytes: Math.max(1, Math.floor((0.1 + 0.8 * r) * expected.length)) };
      const { killed } = await runUntilKilled(['run', input, '--out', out, '--quiet', '-c', '2'], out, at);
      if (killed) {
        // Killed before the end: never a half-written records.jsonl. Either none (only the cache of finished
        // documents), or, if the kill came during the dataset build that follows, the whole file.
        if (existsSync(join(out, 'records.jsonl'))) expect(readFileSync(join(out, 'records.jsonl')).equals(expected)).toBe(true);
        if (cachedCount(out) > 0) cutMidway++;
      }
      const res = await cli(['run', input, '--out', out, '--resume', '-c', '2']);
      expect(res.status, `seed ${seed}: ${res.stderr}`).toBe(1);
      expect(readFileSync(join(out, 'records.jsonl')).equals(expected), `seed ${seed} (killed at ${JSON.stringify(at)}, a full run ${full} ms)`).toBe(true);
      expect(readFileSync(join(out, 'rejects.jsonl'), 'utf8')).toBe(readFileSync(join(ref, 'rejects.jsonl'), 'utf8'));
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).cache.processed).toBeLessThan(6 * ARTICLES.length + 1);
    }
    // The kill points must include real interruptions, or this test proves nothing.
    expect(cutMidway).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('refuses --resume without the cache that makes it possible', async () => {
    const res = await cli(['run', 'corpus', '--out', mkdtempSync(join(tmpdir(), 'communique-nc-')), '--resume', '--no-cache']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--resume needs the cache');
  });
});
