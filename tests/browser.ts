import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import packaged from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

// The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when it
// is installed, else the one `npm install` brings (the devDependency @sparticuz/chromium, whose
// compressed binary is inside the package). Never skipped: when none can be launched, the test fails.
const DEBIAN = '/usr/bin/chromium';

// Flags for every browser: headless, no sandbox (CI runs as root), and nothing that talks to the network.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The packaged build's own recommended flags, minus the two that loosen page security: the report is
// checked under the rules a reader's browser applies.
const LOOSER = new Set(['--disable-web-security', '--allow-running-insecure-content']);

/**
 * Unpacks the packaged Chromium once per package version into node_modules/.cache and returns its path.
 * Not straight to /tmp as the package does by default: there `/tmp/chromium` is reused whatever version
 * wrote it, and a second test run started while the first is still unpacking would launch half a file.
 * Here each version has its own folder, filled in a temporary folder and renamed into place when complete.
 */
async function unpacked(): Promise<string> {
  // Its package.json is not exported: walk up from its entry point to the folder that holds it.
  let dir = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  const manifest = (d: string) => (existsSync(join(d, 'package.json')) ? JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) : {});
  while (manifest(dir).name !== '@sparticuz/chromium') {
    if (dirname(dir) === dir) throw new Error('@sparticuz/chromium: package.json not found');
    dir = dirname(dir);
  }
  const version = manifest(dir).version as string;
  const cache = join(dir, '..', '..', '.cache', 'communique-chromium'); // node_modules/.cache
  const target = join(cache, version);
  if (existsSync(join(target, 'chromium'))) return join(target, 'chromium');
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, `${version}.tmp-`));
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = staging; // the package unpacks into os.tmpdir()
  try {
    await packaged.executablePath();
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  try {
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true }); // another run finished first: use its copy
    if (!existsSync(join(target, 'chromium'))) throw e;
  }
  return join(target, 'chromium');
}

/** Which Chromium to launch, where it came from, and with which flags. */
export async function chromiumToLaunch(): Promise<{ executablePath: string; source: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: ARGS };
  }
  if (existsSync(DEBIAN)) return { executablePath: DEBIAN, source: 'Debian', args: ARGS };
  const args = [...packaged.args.filter((a) => !LOOSER.has(a)), ...ARGS];
  return { executablePath: await unpacked(), source: '@sparticuz/chromium', args };
}

/** Launches that Chromium through playwright-core (which gives each launch a fresh profile in a temporary folder). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, source, args } = await chromiumToLaunch();
  try {
    return await chromium.launch({ executablePath, args });
  } catch (e) {
    throw new Error(`could not launch Chromium from ${source} (${executablePath}): ${(e as Error).message}`);
  }
}
