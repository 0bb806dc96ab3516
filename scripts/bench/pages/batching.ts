/**
 * batching.*: 500 flags on one page, the platform 50 ms away. `mode: 'ours'` places 500
 * `<credit-flag>`s (the client batches, dedupes and caches); `mode: 'naive'` places 500
 * `<naive-flag>`s (one fetch each, six connections). Both time from appending the
 * elements until every one has an `outcome` attribute.
 */
import '../../../widgets/credit-flag/define.js';
import { configure } from '../../../src/client/registry.js';
import { ConnectionLimit, configureNaive } from './naive-flag.js';
import { allSettled } from './settle.js';
import { benchSubjects, countRequests, roundTrips, startPlatform } from './simulated-platform.js';

const SCENARIO = 'government-procurement';

export interface BatchingResult {
  ms: number;
  checkRequests: number;
  catalogRequests: number;
  outcomes: Record<string, number>;
  /** When the first check request left and the last answer came back, ms after the start. */
  firstRequestMs: number;
  lastResponseMs: number;
}

/** Sets the page up for one run (subjects, platform, client); `run()` then measures. */
function prepareBatching(mode: 'ours' | 'naive', count = 500): { run: () => Promise<BatchingResult> } {
  const { subjects, extraFixtures } = benchSubjects(count);
  const { platform, endpoint, fetch } = startPlatform(extraFixtures);
  if (mode === 'ours') configure({ endpoint, fetch });
  else configureNaive({ endpoint, fetch, connections: new ConnectionLimit(6), scenario: SCENARIO });
  const tag = mode === 'ours' ? 'credit-flag' : 'naive-flag';

  async function run(): Promise<BatchingResult> {
    const table = document.createElement('div');
    document.body.append(table);
    const settled = allSettled(table, count);
    const start = performance.now();
    performance.mark('bench:start');
    const rows = document.createDocumentFragment();
    for (const { id } of subjects) {
      const el = document.createElement(tag);
      el.setAttribute('subject', id);
      el.setAttribute('scenario', SCENARIO);
      rows.append(el);
    }
    table.append(rows);
    const end = await settled;
    performance.mark('bench:settled');

    const outcomes: Record<string, number> = {};
    for (const el of table.children) {
      const o = el.getAttribute('outcome') ?? '';
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
    const requests = countRequests(platform);
    const { firstRequest, lastResponse } = roundTrips(start);
    return { ms: end - start, checkRequests: requests.checks, catalogRequests: requests.catalog, outcomes, firstRequestMs: firstRequest, lastResponseMs: lastResponse };
  }
  return { run };
}

declare global {
  interface Window {
    prepareBatching?: (mode: 'ours' | 'naive') => void;
    runBatching?: () => Promise<BatchingResult>;
  }
}
window.prepareBatching = (mode) => {
  window.runBatching = prepareBatching(mode).run;
};
