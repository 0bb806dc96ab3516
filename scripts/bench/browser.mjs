// batching.*, screen.*, memory.*: the bench pages (scripts/bench/pages/*.ts) bundled with
// esbuild, served from 127.0.0.1, driven in headless Chromium with puppeteer-core. Every
// run gets a fresh page (a new tab in one browser), so no run inherits another's state.
import * as esbuild from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.mjs';
import { serveDirectory } from './static-server.mjs';
import { summarize } from './stats.mjs';
import { ESBUILD_COMMON, ROOT, ensureCacheDir } from './workspace.mjs';

export const BROWSER_BUDGETS = {
  batching: { ours_requests: 5, ratio: 20 },
  screen: { ms: 1500, longest_task_ms: 100 },
  memory: { heap_delta_bytes: 2_000_000 },
};

const SCREEN_DEFINE = `${ROOT}widgets/credit-bidder-screen/define.ts`;

/**
 * Bundles each bench page on its own (a page whose code does not build fails alone).
 * Returns the directory and, per page, `true` or the reason it cannot run.
 */
async function buildPages() {
  const dir = ensureCacheDir('pages');
  const pages = {};
  for (const page of ['batching', 'screen', 'memory']) {
    if (page === 'screen' && !existsSync(SCREEN_DEFINE)) {
      pages[page] = 'widgets/credit-bidder-screen/define.ts does not exist yet: <credit-bidder-screen> cannot be measured';
      continue;
    }
    try {
      await esbuild.build({
        ...ESBUILD_COMMON,
        entryPoints: { [page]: `${ROOT}scripts/bench/pages/${page}.ts` },
        outdir: dir,
        format: 'esm',
        platform: 'browser',
        minify: true,
        sourcemap: 'linked',
      });
      writeFileSync(
        `${dir}/${page}.html`,
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench: ${page}</title><link rel="icon" href="data:,"><body><script type="module" src="./${page}.js"></script></body></html>\n`,
      );
      pages[page] = true;
    } catch (error) {
      pages[page] = `the bench page does not build: ${String(error.message ?? error).split('\n').slice(0, 3).join(' ')}`;
    }
  }
  return { dir, pages };
}

/** Opens `page.html` in a new tab and waits until `global` is defined by its script. */
async function open(browser, origin, page, global, { reducedMotion = false } = {}) {
  const tab = await browser.newPage();
  if (reducedMotion) await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await tab.goto(`${origin}/${page}.html`, { waitUntil: 'load' });
  await tab.waitForFunction((g) => typeof window[g] === 'function', { timeout: 15_000 }, global).catch(() => {
    throw new Error(`bench page ${page}.html did not start: ${errors.join(' | ') || 'no error reported'}`);
  });
  return { tab, errors };
}

/**
 * Runs `fn` in the page and returns its result with `cpuMs`: the CPU time the page's main
 * thread used meanwhile (CDP Performance `ThreadTime`, in seconds). Next to the wall-clock
 * figures it shows how much of a run was work and how much was waiting (latency, or a busy
 * machine).
 */
async function withThreadTime(cdp, fn) {
  const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const before = await thread();
  const result = await fn();
  return { ...result, cpuMs: ((await thread()) - before) * 1000 };
}

/**
 * Bytes in use after forced garbage collections: the JS heap plus Blink's (DOM objects live
 * there). One collection does not free everything (finalised objects go in the next one),
 * so it collects until the figure stops falling (at most 6 times).
 */
async function heapUsed(cdp) {
  let last;
  for (let i = 0; i < 6; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
    const now = { total: usedSize + embedderHeapUsedSize, js: usedSize, dom: embedderHeapUsedSize };
    if (last && now.total >= last.total) return last;
    last = now;
  }
  return last;
}

async function domCounters(cdp) {
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { documents, nodes, jsEventListeners };
}

async function batchingFigures(browser, origin, runs) {
  const ours = [];
  const naive = [];
  let detail;
  for (let i = 0; i < runs; i++) {
    // Side by side: the two alternate within the same browser, so both see the same machine.
    for (const mode of i % 2 ? ['naive', 'ours'] : ['ours', 'naive']) {
      const { tab, errors } = await open(browser, origin, 'batching', 'prepareBatching');
      const cdp = await tab.createCDPSession();
      await cdp.send('Performance.enable');
      await tab.evaluate((m) => window.prepareBatching(m), mode);
      const r = await withThreadTime(cdp, () => tab.evaluate(() => window.runBatching()));
      await tab.close();
      if (errors.length) throw new Error(`batching (${mode}): ${errors.join(' | ')}`);
      (mode === 'ours' ? ours : naive).push(r);
      if (mode === 'ours') detail = r;
    }
  }
  const oursMs = summarize(ours.map((r) => r.ms), 1);
  const naiveMs = summarize(naive.map((r) => r.ms), 1);
  const ratios = ours.map((r, i) => naive[i].ms / r.ms);
  const ratio = summarize(ratios, 1);
  return {
    figures: {
      ours_ms: oursMs.median,
      naive_ms: naiveMs.median,
      ours_requests: Math.max(...ours.map((r) => r.checkRequests)),
      naive_requests: Math.max(...naive.map((r) => r.checkRequests)),
      ratio: Number((naiveMs.median / oursMs.median).toFixed(1)),
      spread: { ours_ms: oursMs.spread, naive_ms: naiveMs.spread, ratio: ratio.spread },
      runs: { ours_ms: oursMs.runs, naive_ms: naiveMs.runs, ratio: ratio.runs },
    },
    detail: {
      outcomes: detail.outcomes,
      ours_catalog_requests: detail.catalogRequests,
      ours_cpu_ms: summarize(ours.map((r) => r.cpuMs), 0).median,
      ours_first_request_ms: summarize(ours.map((r) => r.firstRequestMs), 0).median,
      ours_last_response_ms: summarize(ours.map((r) => r.lastResponseMs), 0).median,
      naive_cpu_ms: summarize(naive.map((r) => r.cpuMs), 0).median,
    },
  };
}

async function screenFigures(browser, origin, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { tab, errors } = await open(browser, origin, 'screen', 'prepareScreen');
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.evaluate(() => window.prepareScreen(2000));
    results.push(await withThreadTime(cdp, () => tab.evaluate(() => window.runScreen())));
    await tab.close();
    if (errors.length) throw new Error(`screen: ${errors.join(' | ')}`);
  }
  const ms = summarize(results.map((r) => r.ms), 1);
  const longest = summarize(results.map((r) => r.longestTaskMs), 1);
  return {
    figures: {
      ms: ms.median,
      longest_task_ms: longest.median,
      spread: { ms: ms.spread, longest_task_ms: longest.spread },
      runs: { ms: ms.runs, longest_task_ms: longest.runs },
    },
    detail: {
      check_requests: results[0].checkRequests,
      long_tasks: results.map((r) => r.longTasks),
      cpu_ms: summarize(results.map((r) => r.cpuMs), 0).median,
      complete: results[0].detail,
    },
  };
}

async function memoryFigures(browser, origin, runs, cycles = 10) {
  const deltas = [];
  let detail;
  for (let i = 0; i < runs; i++) {
    // Reduced motion: 1,000 loading spinners at once make each cycle take about 2.5× the
    // CPU time (see the batching notes in the report), and this figure is retained memory,
    // not time.
    const { tab, errors } = await open(browser, origin, 'memory', 'setupMemory', { reducedMotion: true });
    const cdp = await tab.createCDPSession();
    await tab.evaluate(() => void window.setupMemory(1000));
    const cold = await heapUsed(cdp);
    // One warm-up cycle: compiled code, styles, the catalog and the client settle in.
    const outcomes = await tab.evaluate(() => window.benchMemory.cycle());
    const before = await heapUsed(cdp);
    const domBefore = await domCounters(cdp);
    for (let c = 0; c < cycles; c++) await tab.evaluate(() => window.benchMemory.cycle());
    const after = await heapUsed(cdp);
    const domAfter = await domCounters(cdp);
    await tab.close();
    if (errors.length) throw new Error(`memory: ${errors.join(' | ')}`);
    deltas.push(after.total - before.total);
    detail ??= {
      cold_heap_bytes: cold.total,
      warm_heap_bytes: before.total,
      heap_delta_vs_cold_bytes: after.total - cold.total,
      js_delta_bytes: after.js - before.js,
      dom_delta_bytes: after.dom - before.dom,
      nodes_delta: domAfter.nodes - domBefore.nodes,
      listeners_delta: domAfter.jsEventListeners - domBefore.jsEventListeners,
      outcomes,
    };
  }
  const d = summarize(deltas, 0);
  return { figures: { heap_delta_bytes: d.median, spread: { heap_delta_bytes: d.spread }, runs: { heap_delta_bytes: d.runs } }, detail };
}

/** Runs `measure`, turning a failure into `{ error }` so that the other figures still get measured. */
async function attempt(measure) {
  try {
    return await measure();
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

/**
 * Runs the browser benchmarks named in `sections` (`batching`, `screen`, `memory`) with
 * `runs` runs each. The screen figure needs widgets/credit-bidder-screen/define.ts.
 */
export async function measureBrowser({ sections = ['batching', 'screen', 'memory'], runs = { batching: 5, screen: 5, memory: 3 }, onProgress = () => {} } = {}) {
  const executablePath = ensureChromium();
  const { dir, pages } = await buildPages();
  const server = await serveDirectory(dir);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  const out = { version: await browser.version() };
  try {
    const measures = { batching: batchingFigures, screen: screenFigures, memory: memoryFigures };
    for (const section of sections) {
      out[section] = pages[section] === true ? await attempt(() => measures[section](browser, server.origin, runs[section])) : { error: pages[section] };
      onProgress(`${section} measured`);
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
