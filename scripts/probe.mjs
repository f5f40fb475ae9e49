// Scores the pipeline on the probe sets in tests/probe (synthetic releases with gold, see its README) and on the
// devset when it is there: one row per set and type, the micro F1 figures `communique eval` prints.
//   npm run probe                 every set
//   npm run probe -- A D          the sets named
// Needs the build (npm run probe builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const probeDir = join(root, 'tests', 'probe');
const devset = join(root, '..', 'shared', 'devset');
const asked = process.argv.slice(2);

const sets = readdirSync(probeDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && (!asked.length || asked.includes(e.name)))
  .map((e) => ({ name: e.name, input: join(probeDir, e.name, 'input.jsonl'), gold: join(probeDir, e.name, 'gold') }));
if (!asked.length && existsSync(join(devset, 'input.jsonl'))) sets.unshift({ name: 'devset', input: join(devset, 'input.jsonl'), gold: join(devset, 'gold') });

const communique = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'communique-probe-'));
const pct = (x) => (100 * x).toFixed(1).padStart(6);
try {
  console.log(`${'set'.padEnd(8)}${['people', 'orgs', 'dates', 'pledges', 'actors'].map((h) => h.padStart(9)).join('')}`);
  for (const s of sets) {
    const out = join(tmp, s.name);
    const run = communique(['run', s.input, '--out', out, '--no-cache', '--no-dataset', '--quiet', '-c', '2']);
    if (run.status !== 0 && run.status !== 1) throw new Error(`run ${s.name}: ${run.stderr}`);
    const ev = communique(['eval', '--gold', s.gold, '--records', join(out, 'records.jsonl'), '--json']);
    if (ev.status !== 0) throw new Error(`eval ${s.name}: ${ev.stderr}`);
    const r = JSON.parse(ev.stdout);
    const row = [r.people.f1, r.organisations.f1, r.dates.f1, r.pledges.f1, r.pledgeActorAccuracy.accuracy];
    console.log(`${s.name.padEnd(8)}${row.map((x) => `   ${pct(x)}`).join('')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
