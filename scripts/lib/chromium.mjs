// Finds the system Chromium for browser tests, benchmarks and screenshots.
// Order: $CHROME_PATH, then the usual Debian/Ubuntu/Chrome paths. Where none exists and
// this process may use apt-get (root on Debian), it installs Debian's `chromium` package
// and says so; otherwise it explains in one sentence how to install it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Chromium flags that keep a headless run quiet on a closed network and as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function find() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** @returns {string} the path of a Chromium executable (installing one if allowed), or exits. */
export function ensureChromium({ install = true } = {}) {
  const found = find();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (install && canApt) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get (about a minute)…");
    const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const after = find();
    if (r.status === 0 && after) return after;
  }
  console.error(
    'The browser tests need Chromium: install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium executable, then run the command again.',
  );
  process.exit(1);
}
