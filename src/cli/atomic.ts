import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync, type WriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';

const TEMP = /\.tmp-\d+$/;

/** Is this file name a temporary left by a writeAtomic that was killed before its rename? */
export const isAtomicTemp = (name: string) => TEMP.test(name);

/** Writes a file through a temporary name and a rename, so a crash never leaves it half-written. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * A file written as a stream through a temporary name, renamed into place by `commit()`: a run killed before
 * then leaves the previous file (or none), never half of one. `write` waits when the disk is slower than the
 * run, so memory stays flat.
 */
export class AtomicStream {
  private readonly tmp: string;
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.tmp-${process.pid}`;
    this.stream = createWriteStream(this.tmp, { highWaterMark: 1 << 20 });
  }

  async write(s: string): Promise<void> {
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }

  /** `sync`: the temporary reaches the disk before the rename, so a crash right after leaves the whole new file. */
  async commit(sync = false): Promise<void> {
    await new Promise<void>((res, rej) => this.stream.end((err?: Error | null) => (err ? rej(err) : res())));
    if (sync) syncFile(this.tmp);
    await rename(this.tmp, this.path);
  }
}

/** Flushes a file's data to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
