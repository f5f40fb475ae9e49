/**
 * A throwaway Redis server for tests, on a fresh machine with nothing but `npm install`.
 *
 * The binary is looked for in $REDIS_SERVER, then on PATH, then in a cache under
 * node_modules/.cache/communique-redis/. If none is found, Debian's packages are fetched into that cache
 * (`apt-get download` of redis-server, redis-tools and whichever of their libraries the machine lacks) and
 * unpacked there with `dpkg-deb -x`: nothing is installed system-wide. The server then runs with
 * LD_LIBRARY_PATH pointing at the unpacked libraries, on 127.0.0.1 and a free port, with no persistence.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

// COMMUNIQUE_REDIS_CACHE: where to keep the fetched package (the benchmark imports a transpiled copy of this file from elsewhere).
const CACHE = process.env.COMMUNIQUE_REDIS_CACHE ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache', 'communique-redis');
/** The unpacked packages; it appears whole (atomic rename) or not at all. */
const ROOT = join(CACHE, 'root');
const COMPLETE = '.complete';

interface Binary {
  path: string;
  env: NodeJS.ProcessEnv;
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not there */
    }
  }
  return null;
}

/** Directories of shared libraries under an unpacked root (usr/lib/x86_64-linux-gnu and the like). */
function libDirs(root: string): string[] {
  const dirs: string[] = [];
  const walk = (d: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => !e.isDirectory() && /\.so(\.|$)/.test(e.name))) dirs.push(d);
    if (depth < 3) for (const e of entries) if (e.isDirectory()) walk(join(d, e.name), depth + 1);
  };
  for (const top of ['lib', 'usr/lib', 'lib64', 'usr/lib64']) walk(join(root, top), 0);
  return dirs;
}

function envFor(root: string): NodeJS.ProcessEnv {
  const dirs = libDirs(root);
  if (process.env.LD_LIBRARY_PATH) dirs.push(process.env.LD_LIBRARY_PATH);
  return { ...process.env, LD_LIBRARY_PATH: dirs.join(':') };
}

function cached(): Binary | null {
  const path = join(ROOT, 'usr', 'bin', 'redis-server');
  return existsSync(join(ROOT, COMPLETE)) && existsSync(path) ? { path, env: envFor(ROOT) } : null;
}

function run(cmd: string, args: string[], cwd?: string): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Shared libraries the binary cannot find (ldd's "not found"), with the unpacked ones on the path. */
function missingLibs(binary: string, env: NodeJS.ProcessEnv): string[] {
  const r = spawnSync('ldd', [binary], { env, encoding: 'utf8' });
  return (r.stdout ?? '').split('\n').filter((l) => l.includes('not found')).map((l) => l.trim().split(/\s/)[0]);
}

/**
 * Fetches Debian's redis-server into the cache. Each caller works in its own temporary directory and renames
 * the finished tree into place; if another process got there first, its tree is used and this one dropped.
 */
function fetchDebian(): Binary {
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, 'fetch-'));
  const debs = join(work, 'debs');
  const root = join(work, 'root');
  mkdirSync(debs);
  mkdirSync(root);
  const log: string[] = [];
  try {
    // apt options: none (the machine's package lists), or lists kept inside the cache (a machine without any).
    let aptOpts: string[] = [];
    const selfContained = () => {
      // Inside this fetch's own directory: two fetches at once never share (or lock) a list.
      const lists = join(work, 'apt-lists');
      const cache = join(work, 'apt-cache');
      mkdirSync(join(lists, 'partial'), { recursive: true });
      mkdirSync(join(cache, 'archives', 'partial'), { recursive: true });
      const opts = ['-o', `Dir::State::Lists=${lists}`, '-o', `Dir::Cache=${cache}`, '-o', 'Debug::NoLocking=1'];
      if (isRoot()) opts.push('-o', 'APT::Sandbox::User=root');
      return opts;
    };
    const download = (pkgs: string[]) => {
      const r = run('apt-get', ['-q', ...aptOpts, ...(isRoot() ? ['-o', 'APT::Sandbox::User=root'] : []), 'download', ...pkgs], debs);
      log.push(`apt-get download ${pkgs.join(' ')}: ${r.out.trim().split('\n').slice(-3).join(' | ')}`);
      return r.ok;
    };
    const wanted = ['redis-server', 'redis-tools'];
    if (!download(wanted)) {
      // No package lists, or stale ones: refresh them (the system's as root, else our own), then try again.
      let refreshed = false;
      if (isRoot()) {
        const u = run('apt-get', ['-q', 'update']);
        log.push(`apt-get update: ${u.ok ? 'ok' : u.out.trim().split('\n').slice(-2).join(' | ')}`);
        refreshed = u.ok && download(wanted);
      }
      if (!refreshed) {
        aptOpts = selfContained();
        const u = run('apt-get', ['-q', ...aptOpts, 'update']);
        log.push(`apt-get update (own lists): ${u.ok ? 'ok' : u.out.trim().split('\n').slice(-2).join(' | ')}`);
        if (!download(wanted)) throw new Error('apt-get download redis-server redis-tools failed');
      }
    }
    const unpack = () => {
      for (const f of readdirSync(debs).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg-deb', ['-x', join(debs, f), root]);
    };
    unpack();
    const binary = join(root, 'usr', 'bin', 'redis-server');
    if (!existsSync(binary)) throw new Error('the packages hold no usr/bin/redis-server');
    // Runtime libraries the machine lacks (liblzf1, libjemalloc2, ...): those of redis-tools' dependencies
    // that are not installed, then check with ldd that nothing is missing any more.
    if (missingLibs(binary, envFor(root)).length) {
      const deps = run('apt-cache', [...aptOpts, 'depends', '--no-recommends', '--no-suggests', '--no-pre-depends', 'redis-tools']).out;
      const libs = [...new Set([...deps.matchAll(/^\s*\|?Depends: (lib[^\s<>]+)/gm)].map((m) => m[1]))];
      const absent = libs.filter((p) => !/install ok installed/.test(run('dpkg-query', ['-W', '-f=${Status}', p]).out));
      if (absent.length && !download(absent)) throw new Error(`apt-get download ${absent.join(' ')} failed`);
      unpack();
      const still = missingLibs(binary, envFor(root));
      if (still.length) throw new Error(`redis-server still lacks ${still.join(', ')}`);
    }
    const v = spawnSync(binary, ['--version'], { env: envFor(root), encoding: 'utf8' });
    if (v.status !== 0) throw new Error(`the unpacked redis-server does not run: ${v.stderr}`);
    writeFileSync(join(root, COMPLETE), v.stdout);
    try {
      renameSync(root, ROOT);
    } catch (err) {
      // Another process finished first (ROOT exists and is not empty): use its tree.
      if (!cached()) throw err;
    }
    return cached()!;
  } catch (err) {
    throw new Error(`could not provide redis-server: ${(err as Error).message}\n${log.join('\n')}\nSet REDIS_SERVER to a redis-server binary, or install Debian's redis-server.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The redis-server to run: $REDIS_SERVER, then PATH, then the cache, else fetched into the cache. */
export function findRedisServer(): Binary {
  if (process.env.REDIS_SERVER) return { path: process.env.REDIS_SERVER, env: process.env };
  const path = onPath('redis-server');
  if (path) return { path, env: process.env };
  return cached() ?? fetchDebian();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    const end = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => end(false));
    sock.on('error', () => end(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) end(buf.startsWith('+PONG'));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a private redis-server on 127.0.0.1 and a free port; `stop()` ends it and removes its directory. */
export async function startRedis(): Promise<RedisServer> {
  const bin = findRedisServer();
  let lastErr = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'communique-redis-'));
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'warning'];
    const child: ChildProcess = spawn(bin.path, args, { env: bin.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d.toString()));
    let exited = false;
    child.on('exit', () => (exited = true));
    // If the test process dies without calling stop(), take the server with it.
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    const deadline = Date.now() + 10_000;
    while (!exited && Date.now() < deadline && !(await ping(port))) await sleep(50);
    if (!exited && (await ping(port))) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: async () => {
          process.removeListener('exit', reap);
          if (!exited) {
            let timer: NodeJS.Timeout | undefined;
            const gone = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, 5000)))]);
            clearTimeout(timer);
            if (!exited) {
              child.kill('SIGKILL');
              await gone;
            }
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    lastErr = stderr.trim() || 'no answer to PING within 10 s';
    process.removeListener('exit', reap);
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`redis-server (${bin.path}) did not start: ${lastErr}`);
}
