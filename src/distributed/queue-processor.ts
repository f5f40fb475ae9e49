import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Outcome } from '../pipeline/pool.js';
import type { InputItem, Reject } from '../stages/ingest/read.js';
import { DEFAULT_QUEUE_NAME, JOB_NAME, RULES_MISMATCH, checkQueueName, checkRedisUrl, redactUrl, type DocumentJob, type JobRules } from './common.js';
import { plural } from '../util/plural.js';

export interface QueueProcessorOptions {
  /** redis://HOST:PORT of the Redis that holds the queue. */
  url: string;
  queueName?: string;
  /** The rules of this run; workers with other rules refuse its jobs. */
  rules: JobRules;
  /** The run's output directory: part of every job id, so runs into different directories never share jobs. */
  out: string;
  /** Tries per document before a `timeout` or `crash` becomes a reject (default 3). */
  attempts?: number;
  /** First wait before a retry, doubled each time (default 1000 ms). */
  backoffMs?: number;
  /** Most documents held in Redis at once; the rest wait here (default 1000). */
  window?: number;
  /** How often the jobs in flight are checked for a finish whose event was missed (default 5000 ms). */
  sweepMs?: number;
  /** How long to wait for Redis to answer at the start (default 20 000 ms). */
  connectTimeoutMs?: number;
  quiet?: boolean;
}

interface Waiter {
  done: (o: Outcome) => void;
  fail: (err: Error) => void;
}

interface Entry {
  item: InputItem;
  waiters: Waiter[];
  /** In Redis (addBulk returned). */
  added: boolean;
  /** Its result is being collected: later events and sweeps leave it alone. */
  settling: boolean;
}

const BULK = 200;

/**
 * The coordinator's side of a distributed run, with the shape of the local worker Pool: `process(item)`
 * enqueues the document on a BullMQ queue and resolves with the outcome a `communique worker` computed;
 * `close()` lets go of Redis.
 *
 * - Job ids are derived from the rules, the output directory and the document (source, hash, id), so adding
 *   the same document again (a restarted coordinator) finds the job that is already there: a finished one is
 *   collected at once, one in progress is awaited, a failed one is tried again.
 * - Jobs are added in bulk; results arrive through one QueueEvents listener, with a periodic check of the jobs
 *   in flight for any finish whose event was missed. A collected job is removed from Redis.
 * - A worker fails a job on `timeout` or `crash` (machine-dependent outcomes) so that it is retried; after the
 *   last attempt the document becomes a reject with the last reason, "after N attempts".
 * - A job refused by a worker for its rules stops the run with that message: no records from other rules.
 */
export class QueueProcessor {
  private readonly queue: Queue<DocumentJob, Outcome>;
  private events: QueueEvents | null = null;
  private readonly entries = new Map<string, Entry>();
  private readonly toAdd: string[] = [];
  /** Jobs added and not yet collected. */
  private inRedis = 0;
  private flushScheduled = false;
  private flushing: Promise<void> = Promise.resolve();
  private readonly ready: Promise<void>;
  private fatal: Error | null = null;
  private closed = false;
  private sweepTimer: NodeJS.Timeout | null = null;
  private noticeTimer: NodeJS.Timeout | null = null;
  private sweeping = false;
  private lastWarning = 0;
  private settled = 0;
  private readonly name: string;
  private readonly outKey: string;
  private readonly o: Required<Omit<QueueProcessorOptions, 'queueName' | 'quiet'>> & { quiet: boolean };

  constructor(opts: QueueProcessorOptions) {
    this.o = { attempts: 3, backoffMs: 1000, window: 1000, sweepMs: 5000, connectTimeoutMs: 20_000, quiet: false, ...opts, url: checkRedisUrl(opts.url) };
    this.name = checkQueueName(opts.queueName ?? DEFAULT_QUEUE_NAME);
    this.outKey = resolve(opts.out);
    this.queue = new Queue<DocumentJob, Outcome>(this.name, { connection: { url: this.o.url }, streams: { events: { maxLen: 5000 } } });
    this.queue.on('error', (err) => this.warn(`queue: ${err.message}`));
    this.ready = this.start();
    this.ready.catch((err) => this.die(err));
  }

  private async start(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`cannot reach Redis at ${redactUrl(this.o.url)} (no answer within ${this.o.connectTimeoutMs / 1000} s)`)), this.o.connectTimeoutMs);
    });
    try {
      await Promise.race([this.queue.waitUntilReady(), timeout]);
      // Listen from Redis's own clock of now on: nothing of ours can finish earlier, and nothing is missed
      // between this point and the listener's first read.
      let lastEventId: string | undefined;
      try {
        const [s, us] = (await (await this.queue.getBackend().client).runCommand('time', [])) as [string, string];
        lastEventId = `${Number(s) * 1000 + Math.floor(Number(us) / 1000) - 1}-0`;
      } catch {
        /* a client without TIME: from the next event on; the sweep covers the gap */
      }
      this.events = new QueueEvents(this.name, { connection: { url: this.o.url }, lastEventId, autorun: true });
      this.events.on('error', (err) => this.warn(`queue events: ${err.message}`));
      // A result that cannot be handled now (Redis busy or gone a moment) is picked up by the next sweep.
      const later = (err: Error) => this.warn(`collecting a result: ${err.message}`);
      this.events.on('completed', ({ jobId, returnvalue }) => void this.collect(jobId, returnvalue as unknown).catch(later));
      this.events.on('failed', ({ jobId }) => void this.failed(jobId).catch(later));
      await Promise.race([this.events.waitUntilReady(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    if (this.closed) return;
    this.sweepTimer = setInterval(() => void this.sweep(), this.o.sweepMs);
    this.sweepTimer.unref();
    // A hint for the user who started a coordinator and no worker.
    this.noticeTimer = setTimeout(() => void this.noticeNoWorkers(), 5000);
    this.noticeTimer.unref();
  }

  private jobId(item: InputItem): string {
    const h = createHash('sha256').update([this.o.rules.fingerprint, this.outKey, item.source, item.hash, item.id].join('\u0000')).digest('hex');
    return `doc-${h.slice(0, 40)}`;
  }

  /** Enqueues one document; resolves with its outcome once a worker has processed it. */
  process(item: InputItem): Promise<Outcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    const id = this.jobId(item);
    return new Promise<Outcome>((done, fail) => {
      const entry = this.entries.get(id);
      if (entry) return void entry.waiters.push({ done, fail });
      this.entries.set(id, { item, waiters: [{ done, fail }], added: false, settling: false });
      this.toAdd.push(id);
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.closed) return;
    this.flushScheduled = true;
    // Everything that process() was called for in this turn of the event loop goes into the same addBulk.
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushing = this.flushing.then(() => this.flush()).catch((err) => this.die(err));
    });
  }

  private async flush(): Promise<void> {
    await this.ready;
    while (this.toAdd.length && !this.fatal && !this.closed && this.inRedis < this.o.window) {
      const ids = this.toAdd.splice(0, Math.min(BULK, this.o.window - this.inRedis)).filter((id) => this.entries.has(id));
      if (!ids.length) continue;
      const rules = this.o.rules;
      const opts = { attempts: this.o.attempts, backoff: { type: 'exponential', delay: this.o.backoffMs }, removeOnComplete: false, removeOnFail: false };
      this.inRedis += ids.length;
      await this.queue.addBulk(ids.map((jobId) => ({ name: JOB_NAME, data: { item: this.entries.get(jobId)!.item, rules }, opts: { ...opts, jobId } })));
      for (const id of ids) {
        const entry = this.entries.get(id);
        if (entry) entry.added = true;
      }
      // A job with the same id may have been there already (a restarted coordinator): collect what finished.
      const states = await Promise.all(ids.map((id) => this.queue.getJobState(id)));
      await Promise.all(ids.map((id, i) => this.reconcile(id, states[i], true).catch((err) => this.warn(`checking ${id}: ${(err as Error).message}`))));
    }
  }

  /** Acts on a job's state as found in Redis (after adding it, or in a sweep). */
  private async reconcile(id: string, state: string, justAdded: boolean): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.settling || !entry.added) return;
    if (state === 'completed') {
      const job = await Job.fromId<DocumentJob, Outcome>(this.queue, id);
      if (job) await this.collect(id, job.returnvalue);
    } else if (state === 'failed') {
      if (!justAdded) return this.failed(id);
      // Failed in an earlier run that was cut before collecting it: a machine-dependent failure, tried again
      // (as a local --resume tries timeouts and crashes again).
      const job = await Job.fromId<DocumentJob, Outcome>(this.queue, id);
      await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    } else if (state === 'unknown' && !justAdded) {
      // Gone from Redis (flushed, or removed by hand): add it again.
      this.warn(`document ${entry.item.source} vanished from the queue; adding it again`);
      entry.added = false;
      this.inRedis--;
      this.toAdd.push(id);
      this.scheduleFlush();
    }
  }

  private async collect(id: string, value: unknown): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.settling) return;
    entry.settling = true;
    const o = value as Outcome | null;
    const outcome: Outcome =
      o && typeof o === 'object' && (('line' in o && 'timings' in o) || 'reject' in o)
        ? o
        : { reject: { source: entry.item.source, id: entry.item.id, reason: 'error', message: `the worker returned no outcome (${JSON.stringify(value)?.slice(0, 200)})` } };
    await this.settle(id, entry, outcome);
  }

  /** A job moved to failed: after its last attempt, or refused for its rules. */
  private async failed(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.settling) return;
    const job = await Job.fromId<DocumentJob, Outcome>(this.queue, id);
    if (!job) return;
    // The event may be older than the job's present state (a failure we have since retried).
    if ((await job.getState()) !== 'failed' || entry.settling) return;
    entry.settling = true;
    const why = job.failedReason ?? 'failed';
    if (why.startsWith(RULES_MISMATCH)) {
      this.die(new Error(`a worker refused ${entry.item.source}: ${why}`));
      return;
    }
    const n = job.attemptsMade;
    const m = /^(timeout|crash): ([\s\S]*)$/.exec(why);
    const reject: Reject = m
      ? { source: entry.item.source, id: entry.item.id, reason: m[1], message: `${m[2]} (after ${plural(n, 'attempt')})` }
      : /stalled more than allowable limit/.test(why)
        ? { source: entry.item.source, id: entry.item.id, reason: 'crash', message: `the workers processing it stopped ${plural(job.stalledCounter, 'time')} (${why}) (after ${plural(n, 'attempt')})` }
        : { source: entry.item.source, id: entry.item.id, reason: 'error', message: `${why} (after ${plural(n, 'attempt')})` };
    await this.settle(id, entry, { reject });
  }

  /** Removes the job from Redis, then hands the outcome over: a result is never both cached and left in Redis. */
  private async settle(id: string, entry: Entry, outcome: Outcome): Promise<void> {
    try {
      await this.queue.remove(id);
    } catch (err) {
      this.warn(`could not remove job ${id}: ${(err as Error).message}`);
    }
    this.entries.delete(id);
    this.inRedis--;
    this.settled++;
    for (const w of entry.waiters) w.done(outcome);
    if (this.toAdd.length) this.scheduleFlush();
  }

  /** Looks at every job in flight: finishes whose event was missed, jobs that vanished. */
  private async sweep(): Promise<void> {
    if (this.sweeping || this.fatal || this.closed) return;
    this.sweeping = true;
    try {
      const ids = [...this.entries].filter(([, e]) => e.added && !e.settling).map(([id]) => id);
      const states = await Promise.all(ids.map((id) => this.queue.getJobState(id)));
      await Promise.all(ids.map((id, i) => this.reconcile(id, states[i], false).catch((err) => this.warn(`checking ${id}: ${(err as Error).message}`))));
    } catch (err) {
      if (!this.closed) this.warn(`checking jobs: ${(err as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  private async noticeNoWorkers(): Promise<void> {
    if (this.o.quiet || this.closed || this.fatal || this.settled || !this.entries.size) return;
    try {
      if ((await this.queue.getWorkersCount()) === 0) process.stderr.write(`communique: no worker is taking jobs from queue ${JSON.stringify(this.name)} yet; start some with: communique worker --queue ${redactUrl(this.o.url)}${this.name === DEFAULT_QUEUE_NAME ? '' : ` --queue-name ${this.name}`}\n`);
    } catch {
      /* CLIENT LIST refused by this Redis: no hint */
    }
  }

  private warn(message: string): void {
    const now = Date.now();
    if (this.closed || now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    process.stderr.write(`communique: ${message}\n`);
  }

  /** Stops the run: every document still waiting fails with this error. */
  private die(err: Error): void {
    if (this.fatal || this.closed) return;
    this.fatal = err;
    for (const e of this.entries.values()) for (const w of e.waiters) w.fail(err);
    this.entries.clear();
    this.toAdd.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    await this.ready.catch(() => {});
    await this.flushing.catch(() => {});
    await Promise.allSettled([this.events?.close(), this.queue.close()]);
  }
}
