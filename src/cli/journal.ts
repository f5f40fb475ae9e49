import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { Outcome } from '../pipeline/pool.js';

/**
 * The run's journal: one line per finished document, appended as soon as it is done, so a run that is
 * killed can be resumed (`--resume`) without redoing work. The first line holds the fingerprint of the
 * pipeline (tool version, definition, rules); a journal written by other rules is not reused.
 * A line torn by a crash is cut off on resume. The journal is deleted once the outputs are written.
 */
export class Journal {
  readonly done = new Map<string, Outcome>();
  private fd: number;

  private constructor(readonly path: string, fd: number) {
    this.fd = fd;
  }

  static key(source: string, hash: string): string {
    return `${source}\u0000${hash}`;
  }

  /** Opens the journal: reuses a matching one when resuming, else starts a fresh one. Returns a notice for the user, if any. */
  static open(path: string, fingerprint: string, resume: boolean): { journal: Journal; notice: string | null } {
    let notice: string | null = null;
    const header = JSON.stringify({ journal: 1, fingerprint }) + '\n';
    if (resume && existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      let head: { fingerprint?: string } = {};
      try {
        head = JSON.parse(lines[0]);
      } catch {
        /* unreadable header: start again */
      }
      if (head.fingerprint === fingerprint) {
        const journal = new Journal(path, openSync(path, 'r+'));
        // Only whole lines count: everything after the last newline is a torn write.
        const keep = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1));
        ftruncateSync(journal.fd, keep);
        closeSync(journal.fd);
        journal.fd = openSync(path, 'a');
        for (const line of lines.slice(1, -1)) {
          try {
            const e = JSON.parse(line) as { key: string; outcome: Outcome };
            journal.done.set(e.key, e.outcome);
          } catch {
            /* a torn line in the middle cannot happen with append-only writes; skip it if it does */
          }
        }
        return { journal, notice: `resuming: ${journal.done.size} documents already done` };
      }
      notice = 'resume: the journal was written by other rules or another version; starting again';
    } else if (resume) notice = 'resume: no interrupted run in this output directory; starting from the beginning';
    rmSync(path, { force: true });
    const journal = new Journal(path, openSync(path, 'w'));
    writeSync(journal.fd, header);
    return { journal, notice };
  }

  record(key: string, outcome: Outcome): void {
    writeSync(this.fd, JSON.stringify({ key, outcome }) + '\n');
  }

  /** The outputs are safely written: the journal is no longer needed. */
  finish(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
