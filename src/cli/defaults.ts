/** Limits of `communique run` (seconds per document, characters per article, MB of heap per worker). */
export const DEFAULTS = { timeout: 60, maxChars: 8_000_000, maxHeapMb: 3072 };
