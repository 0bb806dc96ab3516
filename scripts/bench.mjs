#!/usr/bin/env node
// `npm run bench`: every benchmark in one go — what a script-tag page downloads (issue 11),
// 500 flags on Chromium 69 beside the current Chromium, the policy engine in Node, and
// batching / bidder screening / memory in headless Chromium. Prints one table
// (figure | median | spread | budget | ok), writes bench/results.json and exits non-zero
// when a budget is missed (or a figure could not be measured).
//
//   npm run bench                      everything; writes bench/results.json
//   npm run bench -- --only engine     some sections (sizes, old_kernel, engine, batching,
//                                      screen, memory, statistics, tender), comma-separated;
//                                      prints the table,
//                                      writes nothing
//
// Where a size budget is missed, the biggest inputs of the files concerned (their source
// maps) are printed under the table. Temporary files go to node_modules/.cache/credit-widgets-bench/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { measureBrowser, BROWSER_BUDGETS } from './bench/browser.mjs';
import { measureEngine, ENGINE_BUDGET } from './bench/engine.mjs';
import { printReport } from './bench/report.mjs';
import { FLAGS, measureOldKernel } from './bench/old-kernel.mjs';
import { buildSite } from './bench/site.mjs';
import { SIZE_BUDGETS, measureSizes } from './bench/sizes.mjs';
import { summarize } from './bench/stats.mjs';
import { measureStatistics, measureStatisticsRender } from './bench/statistics.mjs';
import { measureTender } from './bench/tender.mjs';
import { ROOT } from './bench/workspace.mjs';

const SECTIONS = ['sizes', 'old_kernel', 'engine', 'batching', 'screen', 'memory', 'statistics', 'tender'];
const onlyArg = process.argv.find((a, i) => process.argv[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg ? onlyArg.replace(/^--only=/, '').split(',').map((s) => s.trim()) : null;
if (only?.some((s) => !SECTIONS.includes(s))) {
  console.error(`bench: --only takes a comma-separated list of ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const wanted = (s) => !only || only.includes(s);

/** `{ max }` or `{ min }` budgets → `{ figure: true|false }`. */
function check(values, budgets) {
  const pass = {};
  for (const [figure, budget] of Object.entries(budgets)) {
    const v = values[figure];
    pass[figure] = typeof v === 'number' && ('max' in budget ? v <= budget.max : v >= budget.min);
  }
  return pass;
}

const started = Date.now();
const load = loadavg()[0];
const results = {};
const diagnostics = {};
const log = (message) => console.log(`bench: ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

let chromium;
if (wanted('sizes')) {
  try {
    const s = await measureSizes({ onProgress: log });
    const budgets = Object.fromEntries(Object.entries(SIZE_BUDGETS).map(([k, max]) => [k, { max }]));
    results.sizes = { ...s.figures, budgets, pass: check(s.figures, budgets) };
    diagnostics.sizes = s;
    chromium = s.chromium;
    log('sizes measured');
  } catch (error) {
    results.sizes = { error: String(error.message ?? error), pass: false };
  }
}

if (wanted('old_kernel')) {
  try {
    const o = await measureOldKernel({ site: await buildSite(), onProgress: (m) => log(`old_kernel: ${m}`) });
    const k69 = o['69'];
    const now = o.current;
    const figures = {
      flags500_ms_chromium69: k69.ms?.median ?? null,
      flags500_ms_current: now.ms?.median ?? null,
      flags500_settled_chromium69: k69.settled,
      flags500_settled_current: now.settled,
    };
    // The times are figures with no budget yet (issue 11); every flag must settle.
    const budgets = { flags500_settled_chromium69: { min: FLAGS }, flags500_settled_current: { min: FLAGS } };
    results.old_kernel = {
      ...figures,
      all_settled: { chromium69: k69.settled === FLAGS, current: now.settled === FLAGS },
      spread: { flags500_ms_chromium69: k69.ms?.spread, flags500_ms_current: now.ms?.spread },
      runs: { flags500_ms_chromium69: k69.ms?.runs, flags500_ms_current: now.ms?.runs },
      kernels: { chromium69: k69.userAgent, current: now.userAgent },
      budgets,
      pass: check(figures, budgets),
    };
    diagnostics.old_kernel = o;
    log('old_kernel measured');
  } catch (error) {
    results.old_kernel = { error: String(error.message ?? error), pass: false };
  }
}

if (wanted('statistics')) {
  // GET /v1/stats over a year of 200,000 ledger entries in the simulated platform (issue 19): a figure, no budget yet.
  try {
    const st = { ...(await measureStatistics()), ...(await measureStatisticsRender()) };
    const medians = Object.fromEntries(Object.entries(st).map(([k, v]) => [k, typeof v === 'object' ? v.median : v]));
    const spread = Object.fromEntries(Object.entries(st).filter(([, v]) => typeof v === 'object').map(([k, v]) => [k, v.spread]));
    results.statistics = { ...medians, spread, budgets: {}, pass: {} };
    log('statistics measured');
  } catch (error) {
    results.statistics = { error: String(error.message ?? error), pass: false };
  }
}

if (wanted('tender')) {
  // The tender file (issue 16), in headless Chromium: a 2,000-row .xlsx read into the bidder
  // screen, and the 200-row check record laid out in pages. Figures, no budget yet.
  try {
    const t = await measureTender();
    results.tender = {
      xlsx2000_read_ms: t.xlsx2000_read_ms.median,
      record200_render_ms: t.record200_render_ms.median,
      record200_pages: t.record200_pages,
      spread: { xlsx2000_read_ms: t.xlsx2000_read_ms.spread, record200_render_ms: t.record200_render_ms.spread },
      runs: { xlsx2000_read_ms: t.xlsx2000_read_ms.runs, record200_render_ms: t.record200_render_ms.runs },
      budgets: {},
      pass: {},
    };
    log('tender measured');
  } catch (error) {
    results.tender = { error: String(error.message ?? error), pass: false };
  }
}

if (wanted('engine')) {
  try {
    const e = await measureEngine();
    const by = Object.fromEntries(Object.entries(e.runs).map(([size, runs]) => [size, summarize(runs, 0)]));
    const figures = { decisions_per_s: by[10].median, by_records: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.median])) };
    const budgets = { decisions_per_s: { min: ENGINE_BUDGET.decisions_per_s } };
    results.engine = {
      ...figures,
      spread: { decisions_per_s: by[10].spread, by_records: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.spread])) },
      runs: { decisions_per_s: by[10].runs, by_records: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.runs])) },
      budgets,
      pass: check(figures, budgets),
    };
    diagnostics.engine = e;
    log('engine measured');
  } catch (error) {
    results.engine = { error: String(error.message ?? error), pass: false };
  }
}

if (['batching', 'screen', 'memory'].some(wanted)) {
  try {
    const b = await measureBrowser({ sections: ['batching', 'screen', 'memory'].filter(wanted), onProgress: log });
    chromium = b.version;
    if (b.batching) {
      const budgets = { ours_requests: { max: BROWSER_BUDGETS.batching.ours_requests }, ratio: { min: BROWSER_BUDGETS.batching.ratio } };
      results.batching = b.batching.error ? { error: b.batching.error, pass: false } : { ...b.batching.figures, budgets, pass: check(b.batching.figures, budgets) };
      diagnostics.batching = b.batching.detail;
    }
    if (b.screen) {
      const budgets = { ms: { max: BROWSER_BUDGETS.screen.ms }, longest_task_ms: { max: BROWSER_BUDGETS.screen.longest_task_ms } };
      results.screen = b.screen.error ? { error: b.screen.error, pass: false } : { ...b.screen.figures, budgets, pass: check(b.screen.figures, budgets) };
      diagnostics.screen = b.screen.detail;
    }
    if (b.memory) {
      const budgets = { heap_delta_bytes: { max: BROWSER_BUDGETS.memory.heap_delta_bytes } };
      results.memory = b.memory.error ? { error: b.memory.error, pass: false } : { ...b.memory.figures, budgets, pass: check(b.memory.figures, budgets) };
      diagnostics.memory = b.memory.detail;
    }
  } catch (error) {
    for (const s of ['batching', 'screen', 'memory'].filter(wanted)) results[s] ??= { error: String(error.message ?? error), pass: false };
  }
}

const passed = Object.values(results).every((r) => !r.error && Object.values(r.pass).every(Boolean));
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromium ?? null,
  cpus: cpus().length,
  load_average: Number(load.toFixed(2)),
  seconds: Math.round((Date.now() - started) / 1000),
};

printReport(results, diagnostics, meta);

if (!only) {
  mkdirSync(`${ROOT}bench`, { recursive: true });
  writeFileSync(`${ROOT}bench/results.json`, JSON.stringify({ ...results, pass: passed, meta }, null, 2) + '\n');
  console.log('\nWrote bench/results.json.');
}
if (!passed) {
  console.log(only ? '\nA budget was missed.' : '\nA budget was missed: bench exits with status 1.');
  process.exit(1);
}
