import { Worker } from 'node:worker_threads';
import type { InputItem, Reject } from '../stages/ingest/read.js';
import type { CommuniqueRecord } from '../types/record.gen.js';

/** What became of one item: a validated record (with stage timings) or a reject. */
export type Outcome = { record: CommuniqueRecord; timings: Record<string, number> } | { reject: Reject };

export interface PoolOptions {
  size: number;
  /** Milliseconds one document may take before its worker is stopped and the document rejected as `timeout`. */
  budgetMs: number;
  /** Heap limit per worker, so one runaway document fails alone (reason `crash`) instead of the whole batch. */
  maxHeapMb: number;
  pipelinePath?: string;
  referenceDate: string | null;
}

interface Slot {
  worker: Worker;
  /** The worker has built its pipeline; budgets start only then. */
  ready: boolean;
  busy: { seq: number; item: InputItem; timer: NodeJS.Timeout; done: (o: Outcome) => void } | null;
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Processes items on worker threads: real parallelism, and a per-document time budget that can be
 * enforced (a worker stuck in one document is terminated and replaced; the batch goes on).
 */
export class Pool {
  private slots: Slot[] = [];
  private waiting: { item: InputItem; done: (o: Outcome) => void }[] = [];
  private seq = 0;
  private fatal: Error | null = null;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER, {
      workerData: { pipelinePath: this.opts.pipelinePath, referenceDate: this.opts.referenceDate },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb },
    });
    const slot: Slot = { worker, ready: false, busy: null };
    worker.on('message', (msg: { ready?: boolean; seq?: number; outcome?: Outcome }) => {
      if (msg.ready) {
        slot.ready = true;
        this.pump();
      } else if (msg.outcome && slot.busy && slot.busy.seq === msg.seq) this.finish(slot, msg.outcome);
    });
    worker.on('error', (err) => {
      // A crash (out of memory, an error outside processOne) costs only the document in hand.
      if (slot.busy) this.replace(slot, 'crash', `worker stopped: ${err.message}`);
      else if (!slot.ready) this.fail(err);
    });
    worker.on('exit', () => {
      if (slot.busy && this.slots.includes(slot)) this.replace(slot, 'crash', 'worker exited unexpectedly');
    });
    return slot;
  }

  private finish(slot: Slot, outcome: Outcome): void {
    const busy = slot.busy!;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.done(outcome);
    this.pump();
  }

  private replace(slot: Slot, reason: string, message: string): void {
    const busy = slot.busy!;
    clearTimeout(busy.timer);
    slot.busy = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    void slot.worker.terminate();
    busy.done({ reject: { source: busy.item.source, id: busy.item.id, reason, message } });
    this.pump();
  }

  /** A worker that cannot even start (the pipeline does not load) fails every queued item the same way. */
  private fail(err: Error): void {
    this.fatal = err;
    for (const w of this.waiting.splice(0)) w.done({ reject: { source: w.item.source, id: w.item.id, reason: 'crash', message: `worker failed to start: ${err.message}` } });
  }

  private pump(): void {
    if (this.fatal) return this.fail(this.fatal);
    for (const slot of this.slots) {
      if (slot.busy || !slot.ready || !this.waiting.length) continue;
      const { item, done } = this.waiting.shift()!;
      const seq = ++this.seq;
      const timer = setTimeout(() => {
        if (slot.busy?.seq === seq) this.replace(slot, 'timeout', `processing took longer than the ${this.opts.budgetMs / 1000}s budget (--timeout)`);
      }, this.opts.budgetMs);
      slot.busy = { seq, item, timer, done };
      slot.worker.postMessage({ seq, item });
    }
  }

  /** Queues one item; resolves with its outcome. */
  process(item: InputItem): Promise<Outcome> {
    return new Promise((done) => {
      this.waiting.push({ item, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
