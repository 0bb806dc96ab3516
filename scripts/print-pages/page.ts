/**
 * The page behind `npm run print-pages` and the bench's tender figures: a real
 * `<credit-bidder-screen>` against the simulated platform (answering in the page through
 * the client's `fetch` option), fed a bidder list as an officer pastes it (序号, name, code;
 * restricted, under objection, a name that does not match its code, an invalid code, a
 * repeat, the pilot-era code, codes the platform does not know), screened, then printed
 * through the element's own print path. `window.print` is this harness page's to replace:
 * it tells the driver that the print root is mounted, so that puppeteer's `page.pdf()`
 * prints exactly what the print dialog would.
 */
import { configure } from '../../src/client/registry.js';
import { usccCheckChar } from '../../src/ids/index.js';
import { createPlatform, FIXTURES, fixtureList } from '../../src/testing/index.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';

/** Any endpoint: the platform answers in the page (the client's fetch option), so the paper shows a real-looking address. */
const ENDPOINT = 'https://credit.example.gov.cn/api';
const platform = createPlatform({ basePath: '/api' });
configure({
  endpoint: ENDPOINT,
  fetch: (input: RequestInfo | URL, init?: RequestInit) => platform.handle(new Request(input as RequestInfo, init)),
  platformName: '演示区公共信用信息平台',
  operator: '张三',
  department: '演示区财政局政府采购科',
});

const F = FIXTURES;
const BAD_CODE = '91440106MA5OK2I7Q3';

function generatedCode(n: number): string {
  const body = `91110000MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}

/** `n` rows as an officer pastes them from Excel: 序号, name, code (tab-separated, a header first). */
export function tenderList(n: number): string {
  const rows: Array<[string, string]> = [
    [F.restricted.subject.name, F.restricted.subject.id],
    [F.objection.subject.name, F.objection.subject.id],
    ['杭州某公司', F.cleanEstablished.subject.id], // a name that does not match the code: 需核对
    ['广州天河顺捷商贸有限公司', BAD_CODE],
    [F.pilotCode.subject.name, F.pilotCode.subject.id],
    [F.judgmentDebtor.subject.name, F.judgmentDebtor.subject.id],
    [F.restricted.subject.name, F.restricted.subject.id], // the same bidder twice
    [F.seriousPenalty.subject.name, F.seriousPenalty.subject.id],
    [F.unknownEnterprise.subject.name, F.unknownEnterprise.subject.id],
    [F.redAndBlack.subject.name, F.redAndBlack.subject.id],
    [F.manyDomains.subject.name, F.manyDomains.subject.id],
    [F.gradeA.subject.name, F.gradeA.subject.id],
  ];
  const used = new Set(rows.map((r) => r[1]));
  for (const f of fixtureList()) {
    if (f.subject.kind === 'natural-person' || used.has(f.subject.id) || !f.known) continue;
    rows.push([f.subject.name, f.subject.id]);
    used.add(f.subject.id);
  }
  for (let i = 1; rows.length < n; i++) rows.push([`测试投标单位${i}有限公司`, generatedCode(i)]);
  const lines = ['序号\t投标人名称\t统一社会信用代码', ...rows.slice(0, n).map(([name, code], i) => `${i + 1}\t${name}\t${code}`)];
  return lines.join('\r\n') + '\r\n';
}

interface PrintRun {
  pages: number;
  /** Milliseconds from `print()` to the print root being mounted (measured, then laid out in pages). */
  renderMs: number;
  digest: string;
}

let printed: (() => void) | null = null;
window.print = () => {
  printed?.();
};
// page.pdf() fires beforeprint as a print dialog does; the print path takes a beforeprint
// outside its own window.print() for the page's own print (Ctrl+P) and cleans up. Here it is
// the PDF of our print: the harness keeps that event to itself.
window.addEventListener(
  'beforeprint',
  (event) => {
    if (document.querySelector('.credit-print-root')) event.stopImmediatePropagation();
  },
  true,
);

/** Loads `n` rows, screens them, prints; resolves once the print root is mounted (the PDF is then taken). */
async function prepare(n: number, lang: string): Promise<PrintRun> {
  document.querySelector('credit-bidder-screen')?.remove();
  const el = document.createElement('credit-bidder-screen') as CreditBidderScreen;
  el.setAttribute('lang', lang);
  el.setAttribute('scenario', 'government-procurement');
  el.setAttribute('case-number', 'SDQCG-2026-031');
  el.setAttribute('project-name', '示范区第一人民医院医用设备采购项目');
  el.setAttribute('purpose', '政府采购项目 SDQCG-2026-031 供应商资格审查');
  document.body.append(el);
  await el.updateComplete;
  await el.load(tenderList(n));
  await el.screen();
  await el.updateComplete;
  const mounted = new Promise<void>((resolve) => (printed = resolve));
  const start = performance.now();
  void el.print();
  await mounted;
  const renderMs = performance.now() - start;
  const root = document.querySelector('.credit-print-root')?.shadowRoot;
  const article = root?.querySelector('article.paged');
  const digest = root?.querySelector('.list-digest td')?.textContent?.trim() ?? '';
  return { pages: Number(article?.getAttribute('data-pages') ?? 0), renderMs, digest };
}

/** Reads an .xlsx file (base64) into a fresh element as an officer's file choice would: milliseconds and rows read. */
async function readFile(base64: string, name: string): Promise<{ ms: number; rows: number }> {
  document.querySelector('credit-bidder-screen')?.remove();
  const el = document.createElement('credit-bidder-screen') as CreditBidderScreen;
  el.setAttribute('scenario', 'government-procurement');
  document.body.append(el);
  await el.updateComplete;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const file = new File([bytes], name);
  const start = performance.now();
  const rows = await el.load(file);
  await el.updateComplete;
  return { ms: performance.now() - start, rows: rows.length };
}

/** Ends the print (as the dialog closing would). */
function finish(): void {
  window.dispatchEvent(new Event('afterprint'));
}

declare global {
  interface Window {
    printPages: { prepare: typeof prepare; finish: typeof finish; readFile: typeof readFile; tenderList: typeof tenderList; requests: () => string[] };
  }
}
window.printPages = { prepare, finish, readFile, tenderList, requests: () => platform.state.requests.map((r) => `${r.method} ${r.path}`) };
