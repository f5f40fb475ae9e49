/**
 * CSV by RFC 4180: records end in CRLF; a field holding a comma, a double quote, CR or LF is quoted, with
 * its double quotes doubled. NULL is an empty field, a number is written as JavaScript prints it, a BLOB
 * as hex.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF included. */
export const csvRow = (values: unknown[]): string => values.map(csvField).join(',') + '\r\n';
