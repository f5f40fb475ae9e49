import { parentPort, workerData } from 'node:worker_threads';
import { validateRecord } from '../stages/assemble/validate.js';
import type { InputItem } from '../stages/ingest/read.js';
import { buildPipeline, processItem, warmUp } from './run.js';
import type { Outcome } from './pool.js';

/** A pool worker: builds and warms the pipeline once, then turns each item it is sent into a record or a reject. */
const { pipelinePath, referenceDate } = workerData as { pipelinePath?: string; referenceDate: string | null };
const pipeline = buildPipeline(pipelinePath);
warmUp(pipeline);

function processOne(item: InputItem): Outcome {
  try {
    const { doc, record } = processItem(pipeline, item, referenceDate);
    const errors = validateRecord(record, item.raw);
    if (errors.length) return { reject: { source: item.source, id: item.id, reason: 'invalid-record', message: errors.join('; ') } };
    return { line: JSON.stringify(record), counts: [record.dates.length, record.people.length, record.organisations.length, record.pledges.length], timings: doc.timings };
  } catch (err) {
    return { reject: { source: item.source, id: item.id, reason: 'error', message: (err as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(err) } };
  }
}

parentPort!.on('message', (msg: { seq: number; item: InputItem }) => {
  parentPort!.postMessage({ seq: msg.seq, outcome: processOne(msg.item) });
});
parentPort!.postMessage({ ready: true });
