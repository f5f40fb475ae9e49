import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** The objects of a JSON Lines file, one at a time (a broken line is an error naming file and line); nothing if the file is missing. */
export async function* jsonLines<T>(path: string): AsyncGenerator<T> {
  if (!existsSync(path)) return;
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as T;
    } catch (err) {
      throw new Error(`${path}:${n}: ${(err as Error).message}`);
    }
  }
}
