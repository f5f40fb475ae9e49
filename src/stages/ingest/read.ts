import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';

/** One article as read from disk or stdin, before any processing. */
export interface InputItem {
  id: string;
  source: string;
  format: 'txt' | 'html' | 'json';
  /** The article text exactly as read (for JSON: the `text` field). */
  raw: string;
  title?: string | null;
  published?: string | null;
  url?: string;
  /** sha256 of the bytes this item came from. */
  hash: string;
  /** Problems met while reading that did not stop the article. */
  notes: { code: string; message: string }[];
}

/** An input that gave no article, and why. */
export interface Reject {
  source: string;
  id?: string;
  line?: number;
  reason: string;
  message: string;
}

export const INPUT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl']);

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Decodes bytes: UTF-8 (BOM dropped by normalise later), UTF-16 with BOM; binary is refused. */
export function decode(bytes: Buffer): { text: string; notes: InputItem['notes'] } | { error: string; message: string } {
  const notes: InputItem['notes'] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), notes: [{ code: 'utf16', message: 'decoded as UTF-16LE (byte order mark)' }] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), notes: [{ code: 'utf16', message: 'decoded as UTF-16BE (byte order mark)' }] };
  if (bytes.includes(0)) return { error: 'binary', message: 'contains NUL bytes: not a text file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notes };
  } catch {
    // Not UTF-8: scrapers often hand over Latin-1 / Windows-1252; read it as such and say so.
    notes.push({ code: 'not-utf8', message: 'invalid UTF-8: decoded as Windows-1252' });
    return { text: new TextDecoder('windows-1252').decode(bytes), notes };
  }
}

/** Lists input files under the given paths (directories recursively), sorted for a stable order. */
export async function listInputs(paths: string[]): Promise<{ file: string; root: string }[]> {
  const out: { file: string; root: string }[] = [];
  const walk = async (dir: string, root: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
        await walk(p, root);
      } else if (e.isFile() && INPUT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push({ file: p, root });
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    const st = await stat(abs);
    if (st.isDirectory()) await walk(abs, abs);
    else out.push({ file: abs, root: resolve(abs, '..') });
  }
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return out;
}

/** Gold and other JSON that is not an article: a directory named gold is skipped by the run command. */
export function isGoldPath(file: string): boolean {
  return file.split(sep).includes('gold');
}

export function idFromFile(file: string): string {
  return basename(file, extname(file));
}

export function fromRecord(obj: unknown, source: string, fallbackId: string, hash: string, notes: InputItem['notes']): InputItem | Reject {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { source, reason: 'bad-json', message: 'expected an object with a `text` field' };
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id.trim() ? o.id.trim() : typeof o.id === 'number' ? String(o.id) : fallbackId;
  if (typeof o.text !== 'string') return { source, id, reason: 'no-text', message: 'the object has no string `text` field' };
  return {
    id,
    source,
    format: 'json',
    raw: o.text,
    title: typeof o.title === 'string' ? o.title : null,
    published: typeof o.published === 'string' ? o.published : null,
    url: typeof o.url === 'string' ? o.url : undefined,
    hash,
    notes,
  };
}

/** One JSONL line (1-based number) as an item, or a reject naming the line. Blank lines give null. */
export function jsonlLine(line: string, lineNo: number, source: string, fallbackPrefix: string): InputItem | Reject | null {
  if (!line.trim()) return null;
  const src = `${source}#${lineNo}`;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { source: src, line: lineNo, reason: 'bad-json', message: `line ${lineNo}: ${(err as Error).message}` };
  }
  const item = fromRecord(obj, src, `${fallbackPrefix}-${lineNo}`, sha256(line), []);
  if ('reason' in item) item.line = lineNo;
  return item;
}

/** Splits JSONL text into items; broken lines become rejects with their line numbers. */
export function parseJsonl(text: string, source: string, fallbackPrefix: string): (InputItem | Reject)[] {
  const out: (InputItem | Reject)[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const it = jsonlLine(line, i + 1, source, fallbackPrefix);
    if (it) out.push(it);
  });
  return out;
}

/** Reads one input file into zero or more items (JSONL gives one per line). */
export async function readInput(file: string, root: string): Promise<(InputItem | Reject)[]> {
  const source = relative(root, file) || basename(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return [{ source, reason: 'unreadable', message: (err as Error).message }];
  }
  const hash = sha256(bytes);
  const decoded = decode(bytes);
  if ('error' in decoded) return [{ source, id: idFromFile(file), reason: decoded.error, message: decoded.message }];
  const { text, notes } = decoded;
  const ext = extname(file).toLowerCase();
  const id = idFromFile(file);
  if (ext === '.jsonl') return parseJsonl(text, source, id);
  if (ext === '.json') {
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (err) {
      return [{ source, id, reason: 'bad-json', message: (err as Error).message }];
    }
    if (Array.isArray(obj)) return obj.map((o, i) => fromRecord(o, `${source}#${i + 1}`, `${id}-${i + 1}`, sha256(JSON.stringify(o)), notes));
    return [fromRecord(obj, source, id, hash, notes)];
  }
  return [{ id, source, format: ext === '.html' || ext === '.htm' ? 'html' : 'txt', raw: text, hash, notes }];
}
