import { mkdir, rename, writeFile } from 'node:fs/promises';
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
