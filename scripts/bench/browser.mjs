// batching.*, screen.*, memory.*: the bench pages (scripts/bench/pages/*.ts) bundled with
// esbuild, served from 127.0.0.1, driven in headless Chromium with puppeteer-core. Every
// run gets a fresh page (a new tab in one browser), so no run inherits another's state.
import * as esbuild from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.mjs';
import { serveDirectory } from './static-server.mjs';
import { summarize } from './stats.mjs';
import { ESBUILD_COMMON, ROOT } from './workspace.mjs';
import { ensureCacheDir } from './workspace.mjs';

export const BROWSER_BUDGETS = {
  batching: { ours_requests: 5, ratio: 20 },
  screen: { ms: 1500, longest_task_ms: 100 },
  memory: { heap_delta_bytes: 2_000_000 },
};

const SCREEN_DEFINE = `${ROOT}widgets/credit-bidder-screen/define.ts`;

/** Bundles the pages that can be built now; returns the directory and which pages exist. */
async function buildPages() {
  const dir = ensureCacheDir('pages');
  const pages = ['batching', 'memory'];
  if (existsSync(SCREEN_DEFINE)) pages.push('screen');
  await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: Object.fromEntries(pages.map((p) => [p, `${ROOT}scripts/bench/pages/${p}.ts`])),
    outdir: dir,
    format: 'esm',
    platform: 'browser',
    minify: true,
    sourcemap: 'linked',
  });
  for (const p of pages) {
    writeFileSync(`${dir}/${p}.html`, `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench: ${p}</title><link rel="icon" href="data:,"><body><script type="module" src="./${p}.js"></script></body></html>\n`);
  }
  return { dir, pages };
}

/** Opens `page.html` in a new tab and waits until `global` is defined by its script. */
async function open(browser, origin, page, global) {
  const tab = await browser.newPage();
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

async function heapUsed(cdp) {
  // Twice: the first collection can leave finalisable objects for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
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
      const { tab, errors } = await open(browser, origin, 'batching', 'runBatching');
      const r = await tab.evaluate((m) => window.runBatching(m), mode);
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
    detail: { outcomes: detail.outcomes, ours_catalog_requests: detail.catalogRequests },
  };
}

async function screenFigures(browser, origin, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { tab, errors } = await open(browser, origin, 'screen', 'runScreen');
    results.push(await tab.evaluate(() => window.runScreen(2000)));
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
    detail: { check_requests: results[0].checkRequests, long_tasks: results.map((r) => r.longTasks), complete: results[0].detail },
  };
}

async function memoryFigures(browser, origin, runs, cycles = 10) {
  const deltas = [];
  let detail;
  for (let i = 0; i < runs; i++) {
    const { tab, errors } = await open(browser, origin, 'memory', 'setupMemory');
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
    deltas.push(after - before);
    detail ??= {
      cold_heap_bytes: cold,
      warm_heap_bytes: before,
      heap_delta_vs_cold_bytes: after - cold,
      nodes_delta: domAfter.nodes - domBefore.nodes,
      listeners_delta: domAfter.jsEventListeners - domBefore.jsEventListeners,
      outcomes,
    };
  }
  const d = summarize(deltas, 0);
  return { figures: { heap_delta_bytes: d.median, spread: { heap_delta_bytes: d.spread }, runs: { heap_delta_bytes: d.runs } }, detail };
}

/**
 * Runs the three browser benchmarks. `runs` per figure; the screen figure is measured
 * only once widgets/credit-bidder-screen/define.ts exists (otherwise `screen` is null).
 */
export async function measureBrowser({ runs = { batching: 5, screen: 5, memory: 3 } } = {}) {
  const executablePath = ensureChromium();
  const { dir, pages } = await buildPages();
  const server = await serveDirectory(dir);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  try {
    const version = await browser.version();
    const batching = await batchingFigures(browser, server.origin, runs.batching);
    const screen = pages.includes('screen') ? await screenFigures(browser, server.origin, runs.screen) : null;
    const memory = await memoryFigures(browser, server.origin, runs.memory);
    return { version, batching, screen, memory };
  } finally {
    await browser.close();
    await server.close();
  }
}
