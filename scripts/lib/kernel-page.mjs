// One page in one Chromium kernel, for the old-kernel suite (test/old-kernels/run.mjs) and
// the benchmark's old-kernel figures (scripts/bench/old-kernel.mjs): start the browser on a
// page, wait until the page POSTs its report to /report on the runner's own server, stop the
// browser. Both runners did this with their own copies.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { ensureOldChromium, oldChromiumArgs } from './old-chromium.mjs';

/** Flags an old kernel needs that a current headless Chromium does not run with (it has its own headless mode, and needs its processes). */
const OLD_ONLY_FLAGS = ['--headless', '--single-process', '--no-zygote'];

/** The executable, its LD_LIBRARY_PATH and its flags for `kernel` (`'69'` … or `'current'`, Debian's Chromium). */
function browserFor(kernel, profile) {
  if (kernel === 'current') {
    return { executable: ensureChromium(), libraryPath: undefined, args: [...oldChromiumArgs(profile).filter((f) => !OLD_ONLY_FLAGS.includes(f)), '--headless=new'] };
  }
  return { ...ensureOldChromium(kernel), args: oldChromiumArgs(profile) };
}

/**
 * Opens `url` in Chromium `kernel` with a fresh profile at `profile`, and waits for `report`
 * (a promise the runner's /report handler settles), for the browser to exit (then 500 ms
 * for a report on its way), or `timeoutMs`. Then stops the browser and removes the profile.
 * @param {{ kernel: string, url: string, profile: string, report: Promise<unknown>, timeoutMs: number }} run
 * @returns {Promise<{ report: any, stderr: string }>} `report` null when none came; the end of the browser's stderr
 */
export async function openInKernel({ kernel, url, profile, report, timeoutMs }) {
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const browser = browserFor(kernel, profile);
  const child = spawn(browser.executable, [...browser.args, '--remote-debugging-port=0', url], {
    env: { ...process.env, ...(browser.libraryPath ? { LD_LIBRARY_PATH: browser.libraryPath } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const timers = [];
  const exited = new Promise((resolve) => child.on('exit', () => timers.push(setTimeout(() => resolve(null), 500))));
  const timeout = new Promise((resolve) => timers.push(setTimeout(() => resolve(null), timeoutMs)));
  const received = await Promise.race([report, exited, timeout]);
  for (const timer of timers) clearTimeout(timer);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  rmSync(profile, { recursive: true, force: true });
  return { report: received ?? null, stderr };
}

/**
 * Answers `POST /report` (a page's JSON report) and passes the parsed report to `onReport`;
 * false for any other request, which the caller's server then answers. A garbled report
 * counts as none: the run times out.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path the request's path, without the query
 * @param {(report: any) => void} onReport
 */
export function acceptReport(req, res, path, onReport) {
  if (path !== '/report' || req.method !== 'POST') return false;
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.end('ok');
    try {
      onReport(JSON.parse(body));
    } catch {
      // a garbled report counts as none
    }
  });
  return true;
}
