/**
 * The piece of `natural` we use (Jaro-Winkler), loaded from its own module: the package's index also loads
 * its storage back-ends, which read .env files and print to stdout at import time.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type JaroWinkler = (s1: string, s2: string, options?: { ignoreCase?: boolean }) => number;

export const jaroWinkler: JaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js');
