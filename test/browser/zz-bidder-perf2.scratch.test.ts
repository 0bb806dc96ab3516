import { fixture, html } from '@open-wc/testing';
import { usccCheckChar } from '../../src/ids/index.js';
import { createCreditClient } from '../../src/client/index.js';
import { memoryOutboxStore } from '../../src/client/outbox-store.js';
import { createPlatform, fixtureList } from '../../src/testing/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { parseBidderText } from '../../widgets/credit-bidder-screen/parse-input.js';
import { buildRows, sortRows, summarize, filterCounts } from '../../widgets/credit-bidder-screen/rows.js';

function code(n: number) { const b = `91110000MA${String(n).padStart(7, '0')}`; return b + usccCheckChar(b); }
const known = fixtureList().filter((f) => f.subject.kind !== 'natural-person');
const ids = (n: number, off = 0) => Array.from({ length: n }, (_, i) => (i % 2 ? known[(i + off) % known.length].subject.id : code(i + off)));

describe('perf2', () => {
  it('pieces', async () => {
    const platform = createPlatform({ basePath: '/api' });
    let handleMs = 0;
    const client = createCreditClient({ endpoint: 'https://x.test/api', outbox: memoryOutboxStore(), fetch: async (input, init) => { const req = new Request(input, init); const t = performance.now(); const r = await platform.handle(req); handleMs += performance.now() - t; return r; } });
    await client.check(ids(5), { scenario: 'government-procurement' });
    for (let k = 0; k < 5; k++) {
      handleMs = 0;
      const t = performance.now();
      await client.check(ids(100, 1000 * (k + 1)), { scenario: 'government-procurement' });
      console.log(`check 100: ${(performance.now() - t).toFixed(1)} ms (platform.handle ${handleMs.toFixed(1)})`);
    }
    const lines = ids(2000, 50000).map((c, i) => `单位${i}\t${c}`).join('\n');
    for (let k = 0; k < 3; k++) {
      let t = performance.now();
      const parsed = await parseBidderText(lines);
      const tParse = performance.now() - t; t = performance.now();
      const rows = buildRows(parsed.entries, 'zh-CN');
      const tBuild = performance.now() - t; t = performance.now();
      summarize(rows); filterCounts(rows); const tSum = performance.now() - t; t = performance.now();
      sortRows(rows, 'outcome', 'ascending', 'zh-CN'); const tSort = performance.now() - t; t = performance.now();
      sortRows(rows, 'name', 'ascending', 'zh-CN'); const tSortName = performance.now() - t;
      console.log(`parse ${tParse.toFixed(1)} build ${tBuild.toFixed(1)} summary ${tSum.toFixed(1)} sort ${tSort.toFixed(1)} sortName ${tSortName.toFixed(1)}`);
    }
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen endpoint="/x"></credit-bidder-screen>`);
    await el.load(lines);
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      (el as any).requestUpdate(); (el as any).revision++;
      await el.updateComplete;
      console.log(`render ${(performance.now() - t).toFixed(1)}`);
    }
  });
});
