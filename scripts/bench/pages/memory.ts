/**
 * memory.heap_delta_bytes: 1,000 `<credit-flag>`s added, checked and removed, again and
 * again. The driver (scripts/bench/browser.mjs) forces a garbage collection and reads the
 * heap between cycles. The client keeps answers for `cacheTtlMs`; here it is 1 ms, so that
 * every cycle goes through the whole path (request, validation, evaluation, rendering)
 * instead of the answer cache. After each cycle the simulated platform forgets its
 * request log (`reset()`): that is the server's memory, not the page's. The driver emulates
 * `prefers-reduced-motion` here: a thousand loading spinners only make the run slow.
 */
import '../../../widgets/credit-flag/define.js';
import { configure } from '../../../src/client/registry.js';
import { allSettled } from './settle.js';
import { benchSubjects, startPlatform } from './simulated-platform.js';

const SCENARIO = 'administrative-licensing';

function setupMemory(count = 1000) {
  const { subjects, extraFixtures } = benchSubjects(count);
  const { platform, endpoint, fetch } = startPlatform(extraFixtures);
  configure({ endpoint, fetch, cacheTtlMs: 1 });

  /** Adds `count` flags, waits until all have an outcome, removes them. */
  async function cycle(): Promise<Record<string, number>> {
    const table = document.createElement('div');
    document.body.append(table);
    const settled = allSettled(table, count);
    for (const { id } of subjects) {
      const el = document.createElement('credit-flag');
      el.setAttribute('subject', id);
      el.setAttribute('scenario', SCENARIO);
      table.append(el);
    }
    await settled;
    const outcomes: Record<string, number> = {};
    for (const el of table.children) {
      const o = el.getAttribute('outcome') ?? '';
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
    table.remove();
    platform.reset();
    // The bench's own marks of each round trip (simulated-platform.ts) would pile up too.
    performance.clearMarks();
    return outcomes;
  }

  return { cycle };
}

declare global {
  interface Window {
    benchMemory?: ReturnType<typeof setupMemory>;
    setupMemory?: typeof setupMemory;
  }
}
window.setupMemory = (count?: number) => (window.benchMemory = setupMemory(count));
