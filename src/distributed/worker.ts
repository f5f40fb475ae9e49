import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { DEFAULTS, fingerprint } from '../cli/run.js';
import { Pool, type Outcome } from '../pipeline/pool.js';
import { loadPipeline, packageRoot } from '../pipeline/resources.js';
import { checkStages } from '../pipeline/definition.js';
import { DEFAULT_QUEUE_NAME, JOB_NAME, RETRIED_REASONS, RULES_MISMATCH, checkQueueName, checkRedisUrl, redactUrl, type DocumentJob } from './common.js';

export interface WorkerOptions {
  /** redis://HOST:PORT of the Redis that holds the queue. */
  url: string;
  queueName?: string;
  /** Documents processed at once (worker threads, and jobs taken from the queue). */
  concurrency: number;
  /** Seconds one document may take (default 60); over it, the job fails as `timeout` and is retried. */
  timeout?: number;
  /** Heap limit per worker thread, in MB (default 3072); over it, the job fails as `crash` and is retried. */
  maxHeapMb?: number;
  pipeline?: string;
  /** How long a job stays locked to this worker without a renewal, in ms (default 30 000). */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died, in ms (default 30 000). */
  stalledIntervalMs?: number;
  /** How often a job may lose its worker before it fails (default 2). */
  maxStalledCount?: number;
  quiet?: boolean;
  /** Stops the worker when aborted (the CLI uses SIGINT/SIGTERM); without it, runWorker never returns. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  completed: number;
  failed: number;
}

/**
 * `communique worker`: takes documents from the queue that `communique run --queue` fills, processes each on the
 * same worker-thread Pool as a local run (so --timeout and --max-heap hold), and returns the outcome.
 *
 * A `timeout` or `crash` depends on the machine and its load, so the job is failed and BullMQ retries it (with
 * backoff, on whichever worker takes it); other outcomes, records and rejects alike, are final. A job made with
 * other rules (tool version, pipeline, resources, reference date) is refused: it would give other records.
 * If this process dies, its jobs' locks expire and another worker's stalled-job check puts them back in the queue.
 */
export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const url = checkRedisUrl(opts.url);
  const queueName = checkQueueName(opts.queueName ?? DEFAULT_QUEUE_NAME);
  // Only the rules, for their fingerprint: the stages load in the Pool's threads.
  const pipeline = loadPipeline(opts.pipeline);
  checkStages(pipeline.definition);
  const version: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;
  const log = (s: string) => {
    if (!opts.quiet) process.stderr.write(`communique worker: ${s}\n`);
  };

  // One pool per reference date in use (in practice one); pools of other dates are closed once idle.
  const pools = new Map<string, { pool: Pool; busy: number }>();
  const mine = new Map<string, string>();
  const poolFor = (referenceDate: string | null) => {
    const key = referenceDate ?? '';
    let p = pools.get(key);
    if (!p) {
      for (const [k, other] of pools) if (!other.busy) void other.pool.close(), pools.delete(k);
      p = { pool: new Pool({ size: opts.concurrency, budgetMs: (opts.timeout ?? DEFAULTS.timeout) * 1000, maxHeapMb: opts.maxHeapMb ?? DEFAULTS.maxHeapMb, pipelinePath: opts.pipeline, referenceDate }), busy: 0 };
      pools.set(key, p);
    }
    return p;
  };

  // Threads for the usual case (no --reference-date) start now, so they are warm when the first job comes.
  poolFor(null);

  let stopping: ((code: number) => void) | null = null;
  const stopped = new Promise<number>((r) => (stopping = r));
  const summary: WorkerSummary = { completed: 0, failed: 0 };

  const processor = async (job: Job<DocumentJob, Outcome>): Promise<Outcome> => {
    const { item, rules } = job.data ?? ({} as DocumentJob);
    if (job.name !== JOB_NAME || !item || !rules) throw new UnrecoverableError(`not a communique document job (name ${JSON.stringify(job.name)})`);
    const key = rules.referenceDate ?? '';
    if (!mine.has(key)) mine.set(key, fingerprint(pipeline, version, rules.referenceDate));
    if (rules.fingerprint !== mine.get(key)) {
      const msg = `${RULES_MISMATCH}: the job was made by communique ${rules.version} with pipeline ${JSON.stringify(rules.pipeline)} (rules ${rules.fingerprint.slice(0, 12)}), this worker runs communique ${version} with pipeline ${JSON.stringify(pipeline.definition.name)} (rules ${mine.get(key)!.slice(0, 12)}); start workers with the same version, --pipeline and rule files as the coordinator`;
      log(`refused ${item.source}: ${msg}`);
      throw new UnrecoverableError(msg);
    }
    const p = poolFor(rules.referenceDate);
    p.busy++;
    let o: Outcome;
    try {
      o = await p.pool.process(item);
    } finally {
      p.busy--;
    }
    if ('reject' in o && RETRIED_REASONS.has(o.reject.reason)) {
      if (o.reject.message.startsWith('worker failed to start')) {
        // The pipeline does not load in a worker thread here: this machine cannot do any job.
        log(`stopping: ${o.reject.message}`);
        stopping?.(2);
      }
      throw new Error(`${o.reject.reason}: ${o.reject.message}`);
    }
    return o;
  };

  const worker = new Worker<DocumentJob, Outcome>(queueName, processor, {
    connection: { url },
    concurrency: opts.concurrency,
    name: `${hostname()}#${process.pid}`,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? 30_000,
    maxStalledCount: opts.maxStalledCount ?? 2,
    // Finished jobs are kept (BullMQ's default): the coordinator removes each once it has collected the result.
    autorun: false,
  });
  let lastError = 0;
  worker.on('error', (err) => {
    if (Date.now() - lastError > 10_000) log(`redis: ${err.message}`);
    lastError = Date.now();
  });
  worker.on('completed', () => void summary.completed++);
  worker.on('failed', (job, err) => {
    summary.failed++;
    if (job) log(`${job.data?.item?.source ?? job.id}: ${err.message} (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1})`);
  });
  worker.on('stalled', (jobId) => log(`job ${jobId} lost its worker; it goes back to the queue`));

  const onAbort = () => stopping?.(0);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  void worker.run().catch((err) => {
    log(`stopped: ${err.message}`);
    stopping?.(2);
  });
  await worker.waitUntilReady();
  log(`taking jobs from queue ${JSON.stringify(queueName)} at ${redactUrl(url)}: ${opts.concurrency} at a time, pipeline ${JSON.stringify(pipeline.definition.name)}, communique ${version}`);

  const code = await stopped;
  opts.signal?.removeEventListener('abort', onAbort);
  log(code ? 'stopping' : 'stopping: finishing the jobs in hand');
  // A graceful close waits for the jobs in hand; a stop for an error does not (their locks expire and
  // another worker takes them).
  await worker.close(code !== 0);
  await Promise.all([...pools.values()].map((p) => p.pool.close()));
  log(`done: ${summary.completed} completed, ${summary.failed} failed attempts`);
  if (code) throw new Error('the worker stopped on an error (see above)');
  return summary;
}
