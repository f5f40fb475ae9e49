import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scoreDoc, summarise, TYPES, type Gold, type RecordLike } from '../eval/score.js';
import { listInputs, readInput } from '../stages/ingest/read.js';

export interface EvalOptions {
  gold: string;
  records: string;
  input?: string[];
  json: boolean;
}

function readRecords(path: string): Map<string, RecordLike> {
  const map = new Map<string, RecordLike>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const r = JSON.parse(line) as RecordLike;
        map.set(r.id, r);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${(err as Error).message}`);
      }
    });
  return map;
}

/** Article texts by id from the inputs, to place gold pledge sentences. */
async function articles(paths: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listInputs(paths)) {
    for (const it of await readInput(f.file, f.root)) if (!('reason' in it)) out.set(it.id, it.raw);
  }
  return out;
}

export async function evalCommand(opts: EvalOptions): Promise<ReturnType<typeof summarise> & { perDocument: ReturnType<typeof scoreDoc>[] }> {
  const records = readRecords(opts.records);
  let inputs = opts.input;
  if (!inputs?.length) {
    // Default: the inputs the run that wrote these records read (its manifest says).
    const manifest = join(dirname(opts.records), 'manifest.json');
    if (existsSync(manifest)) inputs = (JSON.parse(readFileSync(manifest, 'utf8')).inputs as string[]).filter((i) => i !== '-' && existsSync(i));
  }
  const texts = inputs?.length ? await articles(inputs) : new Map<string, string>();
  const golds = readdirSync(opts.gold)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(opts.gold, f), 'utf8')) as Gold);
  const perDocument = golds.map((g) => {
    const text = texts.get(g.id);
    if (!text && g.pledges.length) process.stderr.write(`communique eval: no article text for ${g.id}: its gold pledges cannot be placed (give --input)\n`);
    return scoreDoc(g, records.get(g.id), text);
  });
  const summary = summarise(perDocument);
  if (opts.json) process.stdout.write(JSON.stringify({ ...summary, perDocument }, null, 2) + '\n');
  else {
    const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
    const lines = [`documents: ${summary.documents}`, 'type            P      R      F1     tp   fp   fn'];
    for (const t of TYPES) {
      const s = summary[t];
      lines.push(`${t.padEnd(14)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
    }
    const a = summary.pledgeActorAccuracy;
    lines.push(`pledge actor accuracy: ${pct(a.accuracy)}% (${a.correct}/${a.total})`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return { ...summary, perDocument };
}
