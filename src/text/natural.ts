/**
 * The piece of `natural` we use (Jaro-Winkler), loaded from its own module: the package's index also loads
 * its storage back-ends, which read .env files and print to stdout at import time.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type JaroWinkler = (s1: string, s2: string, options?: { ignoreCase?: boolean }) => number;

export const jaroWinkler: JaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js');

type Levenshtein = (a: string, b: string, options?: { damerau?: boolean; restricted?: boolean }) => number;
let damerau: Levenshtein | null = null;

/**
 * natural's Damerau-Levenshtein distance, restricted form (optimal string alignment: a swap of two
 * neighbouring letters is one edit). The unrestricted form of natural 8 counts an appended letter as 0.
 * Loaded on first use: the extraction workers never need it.
 */
export const damerauLevenshtein = (a: string, b: string): number => {
  damerau ??= require('natural/lib/natural/distance/levenshtein_distance.js').DamerauLevenshteinDistance as Levenshtein;
  return damerau(a, b, { restricted: true });
};
