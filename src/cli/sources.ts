import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { decode, idFromFile, isGoldPath, jsonlLine, listInputs, readInput, type InputItem, type Reject } from '../stages/ingest/read.js';

/** One input in reading order: an article or a reject, with the bytes read so far (for progress). */
export interface SourceEntry {
  entry: InputItem | Reject;
  /** Where it came from, compactly: index into `files` (-1 for stdin) and its line or element number (0: the whole file). */
  file: number;
  sub: number;
}

export interface Sources {
  files: { file: string; root: string }[];
  /** Total bytes of the input files (stdin not counted): the denominator of progress. */
  totalBytes: number;
  /** Bytes consumed so far. */
  readBytes(): number;
  /** The source name of an entry, from its compact position (see `SourceEntry`). */
  sourceOf(file: number, sub: number): string;
  entries(): AsyncGenerator<SourceEntry>;
}

/**
 * Splits a byte stream into lines without holding more than one line (and one chunk) in memory. Lines are
 * split on LF; a CR before it is dropped, as `parseJsonl` does.
 */
async function* byteLines(stream: Readable, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const end = nl > from && buf[nl - 1] === 13 ? nl - 1 : nl;
      yield buf.subarray(from, end);
      from = nl + 1;
    }
    rest = from < buf.length ? Buffer.from(buf.subarray(from)) : null;
    buf = Buffer.alloc(0);
  }
  if (rest) yield rest[rest.length - 1] === 13 ? rest.subarray(0, rest.length - 1) : rest;
}

/** A JSONL line's bytes to text, with the same decoding rules as a whole file (UTF-8, else Windows-1252; NUL refused). */
function lineEntry(bytes: Buffer, lineNo: number, source: string, prefix: string): InputItem | Reject | null {
  const d = decode(bytes);
  if ('error' in d) return { source: `${source}#${lineNo}`, line: lineNo, reason: d.error, message: `line ${lineNo}: ${d.message}` };
  return jsonlLine(d.text, lineNo, source, prefix);
}

/** Does a file start with a UTF-16 byte order mark? Such JSONL is read whole (it cannot be split on bytes). */
async function isUtf16(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
  } finally {
    await fh.close();
  }
}

/**
 * The run's inputs as a stream, in a fixed order: files sorted by path, the lines of a JSONL file (or the
 * elements of a JSON array) in order, stdin last. Only the list of file names is held; JSONL files and stdin
 * are read line by line, so a file of a million articles never sits in memory whole. Gold folders and
 * anything under the output directory are skipped.
 */
export async function openSources(inputs: string[], outDir: string): Promise<Sources> {
  const outPrefix = resolve(outDir) + sep;
  const listed = await listInputs(inputs.filter((i) => i !== '-'));
  const files = listed.filter((f) => !isGoldPath(f.file.slice(f.root.length)) && !f.file.startsWith(outPrefix));
  let totalBytes = 0;
  for (const f of files) totalBytes += await stat(f.file).then((s) => s.size, () => 0);
  let read = 0;
  const add = (n: number) => void (read += n);
  async function* entries(): AsyncGenerator<SourceEntry> {
    for (let i = 0; i < files.length; i++) {
      const { file, root } = files[i];
      const source = relative(root, file) || basename(file);
      if (extname(file).toLowerCase() === '.jsonl' && !(await isUtf16(file).catch(() => true))) {
        let lineNo = 0;
        try {
          for await (const line of byteLines(createReadStream(file), add)) {
            const e = lineEntry(line, ++lineNo, source, idFromFile(file));
            if (e) yield { entry: e, file: i, sub: lineNo };
          }
        } catch (err) {
          yield { entry: { source, reason: 'unreadable', message: (err as Error).message }, file: i, sub: lineNo + 1 };
        }
        continue;
      }
      const items = await readInput(file, root);
      add(await stat(file).then((s) => s.size, () => 0));
      for (let k = 0; k < items.length; k++) yield { entry: items[k], file: i, sub: items[k].source !== source ? k + 1 : 0 };
    }
    if (inputs.includes('-')) {
      let lineNo = 0;
      for await (const line of byteLines(process.stdin, add)) {
        const e = lineEntry(line, ++lineNo, '-', 'stdin');
        if (e) yield { entry: e, file: -1, sub: lineNo };
      }
    }
  }
  const sourceOf = (file: number, sub: number): string => {
    if (file < 0) return `-#${sub}`;
    const { file: path, root } = files[file];
    const name = relative(root, path) || basename(path);
    return sub ? `${name}#${sub}` : name;
  };
  return { files, totalBytes, readBytes: () => read, sourceOf, entries };
}
