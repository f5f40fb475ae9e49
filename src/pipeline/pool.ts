import { Worker } from 'node:worker_threads';
import type { InputItem, Reject } from '../stages/ingest/read.js';

/**
 * What became of one item: a validated record, already serialised (one string crosses between threads far
 * more cheaply than a tree of objects, and the writer needs the string anyway), with its item counts
 * (dates, people, organisations, pledges) and stage timings; or a reject.
 */
export type Outcome = { line: string; counts: [number, number, number, number]; timings: Record<string, number> } | { reject: Reject };

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
  /** Its heap limit: the working heap, or the full --max-heap for a document that needed more. */
  heapMb: number;
  busy: { seq: number; item: InputItem; timer: NodeJS.Timeout; done: (o: Outcome) => void } | null;
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * The heap limit workers run with. V8 lets a heap grow to about half its limit before collecting, so workers
 * with the whole --max-heap would each hold hundreds of MB of garbage on a long batch. Ordinary articles need
 * far less (a 1 MB one fits; 96 rather than 128 MB took 18 MB off the peak of 20 000 generated documents, at
 * the same speed); one that runs out of the working heap (a 2 MB article does) is retried alone on a worker
 * with the full --max-heap, and only rejected as `crash` if that runs out too.
 */
export const WORKING_HEAP_MB = 96;
/** A small young generation: a document's temporaries are collected often instead of piling up (same CPU time, measured). */
const YOUNG_GENERATION_MB = 8;

/**
 * Processes items on worker threads: real parallelism, and a per-document time budget that can be
 * enforced (a worker stuck in one document is terminated and replaced; the batch goes on).
 */
export class Pool {
  private slots: Slot[] = [];
  private waiting: { item: InputItem; done: (o: Outcome) => void }[] = [];
  /** Documents that ran out of the working heap, and the one worker with the full heap that takes them. */
  private heavyWaiting: { item: InputItem; done: (o: Outcome) => void }[] = [];
  private heavy: Slot | null = null;
  private seq = 0;
  private fatal: Error | null = null;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn(this.workingHeap));
  }

  private get workingHeap(): number {
    return Math.min(WORKING_HEAP_MB, this.opts.maxHeapMb);
  }

  private spawn(heapMb: number): Slot {
    const worker = new Worker(WORKER, {
      workerData: { pipelinePath: this.opts.pipelinePath, referenceDate: this.opts.referenceDate },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, ready: false, busy: null, heapMb };
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
      if (slot.busy && (this.slots.includes(slot) || slot === this.heavy)) this.replace(slot, 'crash', 'worker exited unexpectedly');
    });
    return slot;
  }

  private finish(slot: Slot, outcome: Outcome): void {
    const busy = slot.busy!;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.done(outcome);
    if (slot === this.heavy && !this.heavyWaiting.length) this.dropHeavy();
    this.pump();
  }

  private dropHeavy(): void {
    void this.heavy?.worker.terminate();
    this.heavy = null;
  }

  private replace(slot: Slot, reason: string, message: string): void {
    const busy = slot.busy!;
    clearTimeout(busy.timer);
    slot.busy = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn(this.workingHeap);
    if (slot === this.heavy) this.heavy = null;
    void slot.worker.terminate();
    // Out of the working heap: one more try, alone, with the full --max-heap.
    if (reason === 'crash' && slot.heapMb < this.opts.maxHeapMb) this.heavyWaiting.push({ item: busy.item, done: busy.done });
    else busy.done({ reject: { source: busy.item.source, id: busy.item.id, reason, message } });
    this.pump();
  }

  /** A worker that cannot even start (the pipeline does not load) fails every queued item the same way. */
  private fail(err: Error): void {
    this.fatal = err;
    for (const w of [...this.waiting.splice(0), ...this.heavyWaiting.splice(0)]) w.done({ reject: { source: w.item.source, id: w.item.id, reason: 'crash', message: `worker failed to start: ${err.message}` } });
  }

  private pump(): void {
    if (this.fatal) return this.fail(this.fatal);
    if (this.heavyWaiting.length && !this.heavy) this.heavy = this.spawn(this.opts.maxHeapMb);
    if (this.heavy && this.heavy.ready && !this.heavy.busy && this.heavyWaiting.length) this.dispatch(this.heavy, this.heavyWaiting.shift()!);
    for (const slot of this.slots) if (!slot.busy && slot.ready && this.waiting.length) this.dispatch(slot, this.waiting.shift()!);
  }

  private dispatch(slot: Slot, { item, done }: { item: InputItem; done: (o: Outcome) => void }): void {
    const seq = ++this.seq;
    const timer = setTimeout(() => {
      if (slot.busy?.seq === seq) this.replace(slot, 'timeout', `processing took longer than the ${this.opts.budgetMs / 1000}s budget (--timeout)`);
    }, this.opts.budgetMs);
    slot.busy = { seq, item, timer, done };
    slot.worker.postMessage({ seq, item });
  }

  /** Queues one item; resolves with its outcome. */
  process(item: InputItem): Promise<Outcome> {
    return new Promise((done) => {
      this.waiting.push({ item, done });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.heavy ? [...this.slots, this.heavy] : this.slots;
    this.slots = [];
    this.heavy = null;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
