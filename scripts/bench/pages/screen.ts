/**
 * screen.*: `<credit-bidder-screen>` with 2,000 pasted rows (tab-separated with a header,
 * as copied from Excel), the platform 50 ms away: time from `load(text)` until
 * `credit-screen-complete`, and the longest main-thread task meanwhile (PerformanceObserver
 * 'longtask': tasks over 50 ms; none means the longest was under 50 ms).
 */
import '../../../widgets/credit-bidder-screen/define.js';
import { configure } from '../../../src/client/registry.js';
import { nextPaint } from './settle.js';
import { benchSubjects, countRequests, startPlatform } from './simulated-platform.js';

export interface ScreenResult {
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  checkRequests: number;
  detail: unknown;
}

/** Sets the page up (subjects, platform, client, the element); `run()` then measures. */
async function prepareScreen(count = 2000): Promise<{ run: () => Promise<ScreenResult> }> {
  const { subjects, extraFixtures } = benchSubjects(count);
  const { platform, endpoint, fetch } = startPlatform(extraFixtures);
  configure({ endpoint, fetch });
  const text = ['名称\t统一社会信用代码', ...subjects.map((s) => `${s.name}\t${s.id}`)].join('\n') + '\n';

  const screen = document.createElement('credit-bidder-screen');
  screen.setAttribute('scenario', 'government-procurement');
  screen.setAttribute('case-number', 'ZFCG-2026-0815');
  document.body.append(screen);
  await screen.updateComplete;
  await nextPaint();

  async function run(): Promise<ScreenResult> {
    const tasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const complete = new Promise<{ at: number; detail: unknown }>((resolve) =>
      screen.addEventListener('credit-screen-complete', (e) => resolve({ at: performance.now(), detail: (e as CustomEvent).detail }), { once: true }),
    );

    const start = performance.now();
    performance.mark('bench:start');
    await screen.load(text);
    void screen.screen();
    const { at, detail } = await complete;
    performance.mark('bench:settled');
    // Long tasks are reported after they end: let the last rendering happen and be reported.
    await nextPaint();
    await new Promise((resolve) => setTimeout(resolve, 250));
    observer.disconnect();

    const during = tasks.filter((t) => t.startTime + t.duration >= start);
    const { total, invalid, counts } = detail as { total: number; invalid: number; counts: unknown };
    return {
      ms: at - start,
      longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: during.length,
      checkRequests: countRequests(platform).checks,
      detail: { total, invalid, counts },
    };
  }
  return { run };
}

declare global {
  interface Window {
    prepareScreen?: (count?: number) => Promise<void>;
    runScreen?: () => Promise<ScreenResult>;
  }
}
window.prepareScreen = async (count) => {
  window.runScreen = (await prepareScreen(count)).run;
};
