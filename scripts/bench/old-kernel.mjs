// old_kernel.*: 500 flags on a script-tag page, the simulated platform 100 ms away (over
// HTTP, another origin), on Chromium 69 — the oldest kernel government PCs run
// (scripts/lib/old-chromium.mjs fetches and caches it) — and on Debian's current Chromium,
// the same page, side by side. Chromium 69 speaks no DevTools protocol that today's tools
// know, so the browser is started with the page's URL and the page reports by XHR
// (scripts/bench/pages/script-tag.ts, as test/old-kernels/ does): how many flags settled
// (have an `outcome`), and the time from navigation start to the last one.
import { join } from 'node:path';
import { openInKernel } from '../lib/kernel-page.mjs';
import { benchPlatform, scriptTagPage, serveSite } from './site.mjs';
import { summarize } from './stats.mjs';
import { ensureCacheDir } from './workspace.mjs';

export const FLAGS = 500;
export const LATENCY_MS = 100;
const SCENARIO = 'government-procurement';
/** The page gives up (and reports what settled) after this long; the bench waits a little more. */
const PAGE_TIMEOUT_MS = 60_000;

/** Starts the kernel on `url`, waits for the page's report (or the time limit), stops the browser. */
async function runOnce(kernel, url, run, http) {
  const reported = new Promise((resolveReport) => http.onReport((r) => r.run === run && resolveReport(r)));
  const profile = join(ensureCacheDir('profiles'), `${kernel}-${run}`);
  const { report, stderr } = await openInKernel({ kernel, url, profile, report: reported, timeoutMs: PAGE_TIMEOUT_MS + 15_000 });
  if (!report) throw new Error(`Chromium ${kernel}: the page did not report. ${stderr.split('\n').slice(-3).join(' ')}`);
  return report;
}

/**
 * `runs` runs per kernel, alternating (so both see the same machine). Per kernel: the
 * median time to all settled (null when a run did not settle), how many settled, the outcomes.
 */
export async function measureOldKernel({ site, kernels = ['69', 'current'], runs = 5, onProgress = () => {} }) {
  const { startBenchPlatform } = await benchPlatform();
  const { server: platform, subjects } = await startBenchPlatform({ latencyMs: LATENCY_MS, count: FLAGS });
  const http = await serveSite(site);
  const reports = Object.fromEntries(kernels.map((k) => [k, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const kernel of i % 2 ? [...kernels].reverse() : kernels) {
        const run = `flags-${kernel}-${i}`;
        http.setPage(`/${run}.html`, scriptTagPage({ run, subjects: subjects.map((s) => s.id), scenario: SCENARIO, endpoint: platform.endpoint, timeoutMs: PAGE_TIMEOUT_MS }));
        reports[kernel].push(await runOnce(kernel, `${http.origin}/${run}.html`, run, http));
        onProgress(`Chromium ${kernel}, run ${i + 1}/${runs}`);
      }
    }
  } finally {
    await http.close();
    await platform.close();
  }
  const out = {};
  for (const kernel of kernels) {
    const list = reports[kernel];
    const allSettled = list.every((r) => r.settledMs !== null && r.settled === FLAGS);
    const ms = allSettled ? summarize(list.map((r) => r.settledMs), 1) : null;
    out[kernel] = {
      ms,
      settled: Math.min(...list.map((r) => r.settled)),
      outcomes: list[0].outcomes,
      sameOutcomesEveryRun: list.every((r) => JSON.stringify(r.outcomes) === JSON.stringify(list[0].outcomes)),
      definedMs: summarize(list.map((r) => r.definedMs ?? NaN), 0).median,
      firstMs: summarize(list.map((r) => r.firstMs ?? NaN), 0).median,
      userAgent: list[0].userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? list[0].userAgent,
      errors: [...new Set(list.flatMap((r) => r.errors))],
    };
  }
  return out;
}
