// Rebuilds the committed outputs of corpus/: output/records.jsonl and output/entities.jsonl (the dataset,
// output/dataset.sqlite, is built too but not committed).
//   npm run regenerate             rewrites them (runs `communique run corpus --out output`) and prints what changed
//   npm run regenerate -- --check  builds them in a temporary directory and exits 1 on any difference, printing
//                                  `communique diff` for records and for entities
// Needs the build (npm run regenerate builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const committed = join(root, 'output');
const FILES = ['records.jsonl', 'entities.jsonl'];
const check = process.argv.includes('--check');

const communique = (args, opts = {}) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', ...opts });
const read = (f) => (existsSync(f) ? readFileSync(f) : Buffer.alloc(0));

const tmp = mkdtempSync(join(tmpdir(), 'communique-regenerate-'));
try {
  const before = check ? null : Object.fromEntries(FILES.map((f) => [f, read(join(committed, f))]));
  const out = check ? tmp : committed;
  const run = communique(['run', 'corpus', '--out', out, '--quiet', '--concurrency', '2'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    console.error(`regenerate: communique run exited ${run.status}`);
    process.exit(2);
  }
  // The old side of the comparison: the committed files (--check), or copies of them taken before the run.
  const oldDir = check ? committed : tmp;
  if (!check) for (const f of FILES) if (before[f].length) writeFileSync(join(tmp, f), before[f]);
  let differs = false;
  for (const f of FILES) {
    const [a, b] = [read(join(oldDir, f)), read(join(out, f))];
    if (a.equals(b)) continue;
    differs = true;
    console.log(`== ${f} differs`);
    if (!a.length) {
      console.log(`(no earlier output/${f})`);
      continue;
    }
    const d = communique(['diff', join(oldDir, f), join(out, f)]);
    process.stdout.write(d.stdout || d.stderr);
    if (d.status === 0) console.log('(same items, different bytes: order or formatting)');
  }
  if (!differs) console.log(`regenerate: output/${FILES.join(' and output/')} are up to date`);
  else if (check) {
    console.error('regenerate --check: the committed outputs differ from a fresh run of corpus/; run `npm run regenerate` and commit them');
    process.exit(1);
  } else console.log(`regenerate: rewrote output/${FILES.join(' and output/')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
