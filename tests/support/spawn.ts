/**
 * Runs a command and resolves with what spawnSync would return, without blocking the test worker.
 *
 * Why not spawnSync: vitest's worker answers its host over an RPC with a fixed 60 s timeout. A test that blocks
 * the worker's event loop for a minute (a long spawnSync, or several in a row in one hook) makes vitest report
 * "Timeout calling onTaskUpdate" and exit 1 although every test passed. On a loaded CI machine a CLI run over a
 * batch can take that long, so every CLI run in the tests goes through here.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';

export interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], opts: SpawnOptions & { input?: string } = {}): Promise<Ran> {
  const { input, ...spawnOpts } = opts;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOpts, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin!.on('error', () => {}); // a command that exits without reading its input
    child.stdin!.end(input ?? '');
  });
}

/** The CLI as built (npm test builds first), run with this Node, exactly as a user runs `node dist/cli/main.js`. */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli', 'main.js');

export const cli = (args: string[], opts: SpawnOptions & { input?: string } = {}) => run(process.execPath, [CLI, ...args], opts);
