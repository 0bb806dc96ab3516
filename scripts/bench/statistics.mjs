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
