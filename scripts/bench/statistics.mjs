// statistics.*: GET /v1/stats of the simulated platform over a year of 200,000 ledger entries
// (issue 19), in Node. The platform is bundled with esbuild; the year is seeded once
// (createPlatform({ history })), then each grouping is asked `runs` times.
// (scripts/bench/stats.mjs holds the bench's summary helpers, hence this file's name.)
import { importTs } from '../lib/import-ts.mjs';
import { summarize } from './stats.mjs';

export async function measureStatistics({ entries = 200_000, runs = 5, today = '2026-11-22' } = {}) {
  const { createPlatform } = await importTs('src/testing/index.ts', 'bench-testing');
  const seedStart = performance.now();
  const platform = createPlatform({ today, history: entries, basePath: '/api' });
  const seed_ms = performance.now() - seedStart;
  const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const result = { entries: platform.state.ledger.length, seed_ms: Math.round(seed_ms) };
  for (const groupBy of ['department', 'scenario', 'measure', 'month']) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const response = await platform.handle(new Request(`https://bench.invalid/api/v1/stats?from=${from}&to=${today}&groupBy=${groupBy}`));
      await response.json();
      times.push(performance.now() - t);
      if (response.status !== 200) throw new Error(`statistics: GET /v1/stats answered ${response.status}`);
    }
    result[`${groupBy}_ms`] = summarize(times, 1);
  }
  return result;
}

/**
 * statistics.render_*: `<credit-stats>` in headless Chromium showing a year by month (12 bars)
 * over checks in all eight scenarios, the simulated platform in the page
 * (scripts/bench/pages/stats-render.ts). A figure, no budget yet.
 */
export async function measureStatisticsRender({ runs = 5, history = 6000 } = {}) {
  const esbuild = await import('esbuild');
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROMIUM_ARGS, ensureChromium } = await import('../lib/chromium.mjs');
  const { serveDirectory } = await import('./static-server.mjs');
  const { ESBUILD_COMMON, ROOT, ensureCacheDir } = await import('./workspace.mjs');
  const { writeFileSync } = await import('node:fs');
  const dir = ensureCacheDir('stats-render');
  await esbuild.build({ ...ESBUILD_COMMON, entryPoints: { 'stats-render': `${ROOT}scripts/bench/pages/stats-render.ts` }, outdir: dir, format: 'esm', platform: 'browser', minify: true });
  writeFileSync(`${dir}/index.html`, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench: stats</title><link rel="icon" href="data:,"><body><script type="module" src="./stats-render.js"></script></body></html>\n');
  const server = await serveDirectory(dir);
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const total = [];
    const render = [];
    let bars = 0;
    let scenarios = 0;
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.renderStats === 'function');
      const r = await page.evaluate((h) => window.renderStats(h), history);
      await page.close();
      total.push(r.ms);
      render.push(r.renderMs);
      bars = r.bars;
      scenarios = r.scenarios;
    }
    return { render_12months_ms: summarize(render, 1), render_12months_total_ms: summarize(total, 1), render_bars: bars, render_scenarios: scenarios };
  } finally {
    await browser.close();
    await server.close();
  }
}
