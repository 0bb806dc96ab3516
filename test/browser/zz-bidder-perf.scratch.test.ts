import { fixture, html, oneEvent } from '@open-wc/testing';
import { usccCheckChar } from '../../src/ids/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { usePlatform } from './support/platform.js';
import { FIXTURES, fixtureList } from '../../src/testing/index.js';

function code(n: number) { const b = `91110000MA${String(n).padStart(7, '0')}`; return b + usccCheckChar(b); }

describe('perf', () => {
  for (let run = 0; run < 3; run++) it('2000 rows at 50 ms ' + run, async () => {
    const { endpoint } = await usePlatform({ latencyMs: 50 });
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen endpoint=${endpoint}></credit-bidder-screen>`);
    const known = fixtureList().filter((f) => f.subject.kind !== 'natural-person');
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const f = known[i % known.length];
      lines.push(i < 1000 ? `测试单位${i}\t${code(i)}` : `${f.subject.name}\t${f.subject.id}`);
    }
    const text = lines.join('\n');
    const tasks: number[] = [];
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
    po.observe({ type: 'longtask', buffered: false });
    const loafs: string[] = [];
    const lo = new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) { if (e.duration < 60) continue; loafs.push(`LoAF ${e.duration.toFixed(0)} blocking ${e.blockingDuration.toFixed(0)} render ${(e.duration - ((e.renderStart||e.startTime+e.duration) - e.startTime)).toFixed(0)}: ` + e.scripts.map((x: any) => `${x.invoker} ${x.sourceURL.split('/').slice(-2).join('/')}:${x.sourceFunctionName} ${x.duration.toFixed(0)}ms`).join(' | ')); } });
    lo.observe({ type: 'long-animation-frame', buffered: false });
    const t0 = performance.now();
    await el.load(text);
    const t1 = performance.now();
    const done = oneEvent(el, 'credit-screen-complete');
    void el.screen();
    await done;
    const t2 = performance.now();
    await new Promise((r) => setTimeout(r, 100));
    po.disconnect(); lo.disconnect(); for (const l of loafs) console.log(l);
    console.log(`load ${(t1 - t0).toFixed(0)} ms, screen ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)}; long tasks: ${tasks.map((d) => d.toFixed(0)).join(', ')}`);
  });
});
