import cliProgress from 'cli-progress';

export interface Progress {
  tick(documents: number): void;
  stop(): void;
}

/**
 * Progress of a streamed run, measured in input bytes read (the number of documents in a JSONL file is not
 * known until it is read): a bar on a terminal, a line every 10 s otherwise (logs of long batch jobs),
 * nothing with --quiet.
 */
export function progress(totalBytes: number, readBytes: () => number, quiet: boolean): Progress {
  if (quiet) return { tick: () => {}, stop: () => {} };
  const pct = () => (totalBytes ? Math.min(100, Math.floor((100 * readBytes()) / totalBytes)) : 0);
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ format: 'extracting {bar} {percentage}% of the input | {docs} documents | {rate} docs/s', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
    const t0 = Date.now();
    bar.start(100, 0, { docs: 0, rate: 0 });
    return {
      tick: (docs) => bar.update(pct(), { docs, rate: Math.round(docs / Math.max(0.001, (Date.now() - t0) / 1000)) }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  // Input of unknown size (stdin): say how much was read instead of a share.
  const read = () => (totalBytes ? `${pct()}% of the input read` : `${(readBytes() / 2 ** 20).toFixed(1)} MB read`);
  const timer = setInterval(() => process.stderr.write(`communique: ${done} documents done, ${read()}\n`), 10_000);
  timer.unref();
  return { tick: (docs) => void (done = docs), stop: () => clearInterval(timer) };
}
