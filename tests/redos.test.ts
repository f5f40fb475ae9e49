import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression the code uses is checked for catastrophic backtracking (ReDoS) by recheck.
// Literals are read from the sources; patterns built at run time (from pipeline/ rule files, from
// gazetteers and word lists) are caught by recording every RegExp that code in src/ constructs while
// the whole pipeline runs over the corpus.

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of tsFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const cut = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, cut), flags: text.slice(cut + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Runs the pipeline over the corpus with RegExp swapped for a recording subclass; returns what src/ built. */
async function constructed(): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const Original = globalThis.RegExp;
  // A Proxy, not a subclass: libraries also call RegExp() without `new`.
  const Recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = (new Error().stack ?? '').split('\n').slice(2).find((l) => !l.includes('redos.test'));
      if (caller?.includes(SRC)) seen.push({ source: re.source, flags: re.flags, where: caller.trim().replace(ROOT + '/', '') });
      return re;
    },
  });
  globalThis.RegExp = Recording;
  try {
    const { buildPipeline, processItem } = await import('../src/pipeline/run.js');
    const p = buildPipeline();
    const arts = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
    for (const f of arts) {
      const raw = readFileSync(join(ROOT, 'corpus', f), 'utf8');
      processItem(p, { id: f, source: f, format: 'txt', raw, hash: '', notes: [] });
      processItem(p, { id: f, source: f, format: 'html', raw: `<p>${raw.replace(/\n/g, '</p><p>')}</p>`, hash: '', notes: [] });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

// One verdict per pattern and the flags that change matching (g and y only move the start), shared by
// the tests below: the same pattern is often built with and without g, and from a literal and at run time.
// The checks run concurrently: recheck's agent process answers them in parallel, one per core.
const verdicts = new Map<string, Promise<string | null>>();
// The fuzzer's own time limits are off: with them, a loaded machine explored less or more and a pattern's verdict
// could change from run to run (a lookbehind pattern that recheck can only fuzz was once "vulnerable" under load).
// Without them the fuzzer is bounded by its step limits and seeded (randomSeed 0): the same verdict every run.
const CHECK = { timeout: 60_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

function verdictOf(source: string, flags: string): Promise<string | null> {
  const key = `/${source}/${flags}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    const t0 = Date.now();
    verdict = check(source, flags, CHECK).then((r) => {
      if (process.env.REDOS_TIMES) console.log(Date.now() - t0, 'ms', key.slice(0, 80));
      return r.status === 'safe' ? null : `${r.status}${r.status === 'vulnerable' ? ` (${r.complexity.type}, attack ${JSON.stringify(r.attack.pattern)})` : ''}`;
    });
    verdicts.set(key, verdict);
  }
  return verdict;
}

async function unsafe(patterns: Pattern[]): Promise<string[]> {
  const bad = new Map<string, string>();
  const found = await Promise.all(patterns.map(async (p) => ({ p, key: `/${p.source}/${p.flags.replace(/[gy]/g, '')}`, verdict: await verdictOf(p.source, p.flags.replace(/[gy]/g, '')) })));
  for (const { p, key, verdict } of found) if (verdict !== null && !bad.has(key)) bad.set(key, `${p.where}: ${verdict}: ${key.slice(0, 200)}`);
  return [...bad.values()];
}

describe('regular expressions (ReDoS)', () => {
  it('the checker catches a known catastrophic pattern', async () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(await unsafe([{ source: '(\\w+\\s?)+$', flags: 'u', where: 'example' }])).toHaveLength(1);
  });

  it('every regex literal in src/ is safe', async () => {
    const found = literals();
    expect(found.length).toBeGreaterThan(50);
    expect(await unsafe(found)).toEqual([]);
  }, 240_000);

  it('every regex built at run time from pipeline/ rules and word lists is safe', async () => {
    const found = await constructed();
    const sources = new Set(found.map((p) => p.source));
    // The capture must see the rule files' patterns, or it proves nothing.
    const pledges = JSON.parse(readFileSync(join(ROOT, 'pipeline', 'resources', 'pledges.json'), 'utf8'));
    for (const b of pledges.clauseBreaks as string[]) expect(sources.has(new RegExp(b, 'gi').source), b).toBe(true);
    expect(await unsafe(found)).toEqual([]);
  }, 300_000);
});
