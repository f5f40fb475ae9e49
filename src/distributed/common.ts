import type { InputItem } from '../stages/ingest/read.js';

/** Queue used when --queue-name is not given. */
export const DEFAULT_QUEUE_NAME = 'communique';

/** The rules a job was made with: a worker whose own rules differ refuses the job. */
export interface JobRules {
  /** fingerprint() of run.ts: tool version, pipeline definition, every resource, reference date. */
  fingerprint: string;
  version: string;
  pipeline: string;
  referenceDate: string | null;
}

/** What the coordinator puts in each job. */
export interface DocumentJob {
  item: InputItem;
  rules: JobRules;
}

/** Job name (BullMQ jobs have one; all of ours are documents). */
export const JOB_NAME = 'document';

/** Start of the failure message of a job refused for its rules: the coordinator stops the run on it. */
export const RULES_MISMATCH = 'other rules';

/** Outcomes of the worker's Pool that depend on the machine and its load: the job is retried, elsewhere if it can be. */
export const RETRIED_REASONS = new Set(['timeout', 'crash']);

/** A Redis URL for messages: the password, if any, is not printed. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** Checks a --queue value: redis://[user:password@]host[:port][/db] or rediss:// (TLS). */
export function checkRedisUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue: ${JSON.stringify(url)} is not a URL; expected redis://HOST:PORT`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--queue: expected a redis:// or rediss:// URL, got ${JSON.stringify(url)}`);
  return url;
}

/** Queue names become parts of Redis keys; BullMQ refuses ':' in them. */
export function checkQueueName(name: string): string {
  if (!name || name.includes(':')) throw new Error(`--queue-name: ${JSON.stringify(name)} is not a usable queue name (not empty, no ':')`);
  return name;
}
