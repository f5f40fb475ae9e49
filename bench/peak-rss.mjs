// bench/peak-rss.mjs: run a command and measure its wall time and peak resident memory (whole process tree).
//
//   import { runMeasured } from './peak-rss.mjs';
//   const r = await runMeasured('node', ['bench/naive.mjs', 'gen.jsonl'], { intervalMs: 50 });
//   // -> { code, stdout, stderr, seconds, peakRssMb, rootHwmMb }
//
// Every intervalMs (default 50) it walks the child's process tree through /proc (children listed in
// /proc/<pid>/task/<tid>/children), sums VmRSS from /proc/<pid>/status, and keeps the largest sum: peakRssMb
// (MB = 2^20 bytes). A spike shorter than the interval can fall between samples, so it also reads the root
// process's own high-water mark (VmHWM, kept by the kernel) on every sample: rootHwmMb, exact for a
// single-process child as long as it was sampled at least once before exiting. Linux only (needs /proc).
// Alternative: GNU time is installed here (/usr/bin/time); `/usr/bin/time -f %M cmd` gives the max RSS in KB
// of the largest single process of the tree (not the sum over the tree). This sampler needs nothing installed.
//
// opts: everything child_process.spawn takes (cwd, env, stdio, ...), plus
//   intervalMs  sampling period, default 50
//   input       string or Buffer written to the child's stdin (stdin is closed afterwards)
//   maxCapture  bytes of stdout / stderr kept each (default 64 MiB); the rest is counted but dropped
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MIB = 1048576;

function statusKb(pid, field) { // e.g. VmRSS, in kB; 0 if the process is gone or a zombie
  let s;
  try {
    s = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return 0;
  }
  const i = s.indexOf(field + ':');
  if (i < 0) return 0;
  return parseInt(s.slice(i + field.length + 1), 10) || 0;
}

function childrenOf(pid) {
  const out = [];
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let c;
    try {
      c = readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1');
    } catch {
      continue;
    }
    for (const x of c.split(' ')) if (x.trim()) out.push(Number(x));
  }
  return out;
}

/** Sum of VmRSS (kB) over pid and all its descendants. */
export function treeRssKb(rootPid) {
  let sum = 0;
  const seen = new Set();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    if (seen.has(pid)) continue;
    seen.add(pid);
    sum += statusKb(pid, 'VmRSS');
    for (const c of childrenOf(pid)) stack.push(c);
  }
  return sum;
}

export function runMeasured(cmd, args = [], opts = {}) {
  const { intervalMs = 50, input, maxCapture = 64 * MIB, ...spawnOpts } = opts;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], ...spawnOpts });
    let peakKb = 0, hwmKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const kb = treeRssKb(child.pid);
      if (kb > peakKb) peakKb = kb;
      const h = statusKb(child.pid, 'VmHWM');
      if (h > hwmKb) hwmKb = h;
    };
    const timer = setInterval(sample, intervalMs);
    sample();

    const capture = (stream) => {
      const parts = [];
      let kept = 0;
      if (stream) {
        stream.on('data', (b) => {
          if (kept >= maxCapture) return;
          const piece = kept + b.length > maxCapture ? b.subarray(0, maxCapture - kept) : b;
          parts.push(piece);
          kept += piece.length;
        });
      }
      return () => Buffer.concat(parts).toString('utf8');
    };
    const getOut = capture(child.stdout);
    const getErr = capture(child.stderr);
    if (child.stdin) {
      child.stdin.on('error', () => {}); // child may exit without reading its input
      if (input !== undefined) child.stdin.end(input);
      else child.stdin.end();
    }

    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    // 'close' fires after the process exited and its stdio streams ended, so the captured output is complete
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      resolve({
        code: code ?? (signal ? 128 : -1),
        signal: signal ?? null,
        stdout: getOut(),
        stderr: getErr(),
        seconds: Math.round(seconds * 1000) / 1000,
        peakRssMb: Math.round((peakKb / 1024) * 10) / 10,
        rootHwmMb: Math.round((hwmKb / 1024) * 10) / 10,
      });
    });
  });
}

// node bench/peak-rss.mjs CMD [ARGS...]: passes the child's stdio through and prints the measurement (without
// captured output) as one JSON line on stderr.
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    process.stderr.write('usage: node bench/peak-rss.mjs CMD [ARGS...]\n');
    process.exit(2);
  }
  const r = await runMeasured(cmd, args, { stdio: ['inherit', 'inherit', 'inherit'] });
  const { stdout, stderr, ...m } = r;
  process.stderr.write(JSON.stringify(m) + '\n');
  process.exitCode = r.code;
}
