/**
 * statistics.render_*: `<credit-stats>` showing a year by month (12 groups) over checks in all
 * eight scenarios — the simulated platform in the page (seeded with `history` checks over the
 * year before `today`) answers `GET /v1/stats`. `renderStats()` times from setting the period
 * and grouping until the chart holds its 12 month bars, and reports the time the element
 * spent rendering once the answer was there.
 */
import '../../../widgets/credit-stats/define.js';
import { configure } from '../../../src/client/registry.js';
import { createPlatform } from '../../../src/testing/index.js';

const TODAY = '2026-11-22';

declare global {
  interface Window {
    renderStats?: (history: number) => Promise<{ ms: number; renderMs: number; bars: number; scenarios: number }>;
  }
}

window.renderStats = async (history) => {
  const platform = createPlatform({ today: TODAY, history, basePath: '/api' });
  const scenarios = new Set(platform.state.ledger.map((e) => e.scenario)).size;
  let answered = 0;
  configure({
    endpoint: 'https://bench.invalid/api',
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await platform.handle(new Request(input, init));
      answered = performance.now();
      return response;
    },
  });
  const el = document.createElement('credit-stats');
  const start = performance.now();
  el.setAttribute('period', 'custom');
  el.setAttribute('from', '2025-11-23');
  el.setAttribute('to', TODAY);
  el.setAttribute('group-by', 'month');
  document.body.append(el);
  const bars = () => el.shadowRoot?.querySelectorAll('[part="chart"] g.bar').length ?? 0;
  await new Promise<void>((resolve, reject) => {
    const deadline = start + 30_000;
    const tick = () => {
      if (answered && bars() >= 12) resolve();
      else if (performance.now() > deadline) reject(new Error(`credit-stats showed ${bars()} groups`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
  const end = performance.now();
  const result = { ms: end - start, renderMs: end - answered, bars: bars(), scenarios };
  el.remove();
  return result;
};
