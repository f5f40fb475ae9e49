import { readGold } from '../eval/gold.js';
import { scoreDoc, summarise, TYPES, type RecordLike } from '../eval/score.js';
import { articleTexts, inputsFromManifest, readJsonl } from './inputs.js';

export interface EvalOptions {
  gold: string;
  records: string;
  input?: string[];
  json: boolean;
}

/** Every gold file of a directory, in file-name order, each checked against schemas/gold.schema.json (src/eval/gold.ts). */
export { readGold };

export async function evalCommand(opts: EvalOptions): Promise<ReturnType<typeof summarise> & { perDocument: ReturnType<typeof scoreDoc>[] }> {
  // Gold first: a malformed gold file is reported (file, field, exit 2) before anything is scored.
  const golds = readGold(opts.gold);
  const records = new Map(readJsonl<RecordLike>(opts.records).map((r) => [r.id, r]));
  // Default inputs: the ones the run that wrote these records read (its manifest says).
  const inputs = opts.input?.length ? opts.input : inputsFromManifest(opts.records);
  const texts = inputs.length ? await articleTexts(inputs) : new Map<string, string>();
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
