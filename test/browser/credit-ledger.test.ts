// <credit-ledger>: the query ledger — filters, cursor paging, total, CSV export — against the simulated platform.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../src/client/registry.js';
import type { LedgerEntry } from '../../src/contract/index.js';
import { addDays } from '../../src/policy/dates.js';
import { FIXTURES } from '../../src/testing/index.js';
import type { Platform } from '../../src/testing/index.js';
import '../../widgets/credit-ledger/define.js';
import type { CreditLedger } from '../../widgets/credit-ledger/define.js';
import { requestLog, usePlatform } from './support/platform.js';
import { recordQrText } from '../../widgets/internal/print/list-record.js';

const TODAY = '2026-11-22';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const queryIds = (el: CreditLedger) => $$(el, 'tbody tr').map((r) => r.dataset.queryId!);

async function mount(endpoint: string, attrs: { pageSize?: number; lang?: string } = {}): Promise<CreditLedger> {
  const el = await fixture<CreditLedger>(html`<credit-ledger
    endpoint=${endpoint}
    page-size=${attrs.pageSize ?? 50}
    lang=${attrs.lang ?? 'zh-CN'}
  ></credit-ledger>`);
  await settled(el);
  return el;
}

/** Waits until a page (or the empty or error state) is shown and nothing is loading. */
async function settled(el: CreditLedger): Promise<void> {
  await waitUntil(() => ($(el, 'table') && $(el, '.results')?.getAttribute('aria-busy') === 'false') || $(el, '.empty, .problem'), 'the ledger did not load', {
    timeout: 10_000,
  });
  await el.updateComplete;
}

/** The entries the platform holds that match the filters (its own order: newest first). */
function matching(platform: Platform, f: { scenario?: string; operator?: string; from?: string; to?: string }): LedgerEntry[] {
  return platform.state.ledger.filter(
    (e) =>
      (!f.scenario || e.scenario === f.scenario) &&
      (!f.operator || e.operator === f.operator) &&
      (!f.from || e.at.slice(0, 10) >= f.from) &&
      (!f.to || e.at.slice(0, 10) <= f.to),
  );
}

function choose(el: CreditLedger, selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
}

async function applyFilters(el: CreditLedger, filters: { scenario?: string; operator?: string; from?: string; to?: string }) {
  if (filters.from !== undefined) choose(el, '#ledger-from', filters.from);
  if (filters.to !== undefined) choose(el, '#ledger-to', filters.to);
  if (filters.operator !== undefined) choose(el, '#ledger-operator', filters.operator);
  if (filters.scenario !== undefined) choose(el, '#ledger-scenario', filters.scenario);
  await el.updateComplete;
  $(el, 'button.apply')!.click();
  await el.updateComplete;
  await settled(el);
}

/** `count` extra entries for the `bidding` desk, spread over the days before TODAY. */
function extraEntries(count: number): LedgerEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    queryId: `q_extra_${String(i).padStart(5, '0')}`,
    at: `${addDays(TODAY, -1 - (i % 20))}T09:${String(i % 60).padStart(2, '0')}:00+08:00`,
    operator: '王五',
    department: '市公共资源交易中心',
    scenario: 'bidding',
    purpose: `招标项目 ZB-2026-${i} 投标人资格审查`,
    caseNumber: `ZB-2026-${i}`,
    subjectId: FIXTURES.shortHistory.subject.id,
    subjectName: FIXTURES.shortHistory.subject.name,
  }));
}

/** Catches the export through the element's `saveCsv` hook. */
function captureCsv(el: CreditLedger): { files: { name: string; csv: string }[] } {
  const box = { files: [] as { name: string; csv: string }[] };
  el.saveCsv = (name, csv) => box.files.push({ name, csv });
  return box;
}

/** The CSV's records (without the BOM and the final CRLF), split into cells (the test data holds no quotes or commas). */
function records(csv: string): string[][] {
  expect(csv.charCodeAt(0)).to.equal(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines.pop()).to.equal('');
  return lines.map((l) => l.split(','));
}

describe('<credit-ledger>', () => {
  afterEach(() => resetConfig());

  it('shows the first page, the range and the platform’s total', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY });
    const el = await mount(endpoint);
    const total = platform.state.ledger.length;
    expect($$(el, 'tbody tr')).to.have.length(50);
    expect(text($(el, '.summary'))).to.equal(`第 1–50 条，共 ${total} 条`);
    expect(text($(el, '.total'))).to.equal(`共 ${total} 条记录`);
    // Newest first, as the platform keeps them.
    expect(queryIds(el)).to.deep.equal(platform.state.ledger.slice(0, 50).map((e) => e.queryId));
    const first = $(el, 'tbody tr')!;
    const entry = platform.state.ledger[0];
    expect(text(first)).to.contain(entry.operator);
    expect(text(first)).to.contain(entry.caseNumber!);
    expect($<HTMLButtonElement>(el, 'button.previous')!.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, 'button.next')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('pages forward and back with cursors, honouring page-size', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY });
    const el = await mount(endpoint, { pageSize: 25 });
    const all = platform.state.ledger.map((e) => e.queryId);
    expect(queryIds(el)).to.deep.equal(all.slice(0, 25));

    $(el, 'button.next')!.click();
    await el.updateComplete;
    await settled(el);
    expect(queryIds(el)).to.deep.equal(all.slice(25, 50));
    expect(text($(el, '.summary'))).to.equal(`第 26–50 条，共 ${all.length} 条`);
    expect(text($(el, '.page-number'))).to.equal('第 2 页');

    $(el, 'button.next')!.click();
    await el.updateComplete;
    await settled(el);
    expect(queryIds(el)).to.deep.equal(all.slice(50, 75));
    expect($<HTMLButtonElement>(el, 'button.next')!.disabled).to.equal(all.length <= 75);

    $(el, 'button.previous')!.click();
    await el.updateComplete;
    await settled(el);
    expect(queryIds(el)).to.deep.equal(all.slice(25, 50));
    $(el, 'button.previous')!.click();
    await el.updateComplete;
    await settled(el);
    expect(queryIds(el)).to.deep.equal(all.slice(0, 25));
    expect($<HTMLButtonElement>(el, 'button.previous')!.disabled).to.equal(true);

    const limits = requestLog(platform)
      .filter((r) => r.path === '/v1/ledger')
      .map((r) => new URLSearchParams(r.query).get('limit'));
    expect(new Set(limits)).to.deep.equal(new Set(['25']));
  });

  it('filters by matter, operator and date range, and starts again from the first page', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY });
    const el = await mount(endpoint, { pageSize: 10 });
    $(el, 'button.next')!.click();
    await el.updateComplete;
    await settled(el);

    await applyFilters(el, { scenario: 'government-procurement' });
    const procurement = matching(platform, { scenario: 'government-procurement' });
    expect(procurement.length).to.be.greaterThan(0);
    expect(text($(el, '.summary'))).to.equal(`第 1–${Math.min(10, procurement.length)} 条，共 ${procurement.length} 条`);
    for (const row of $$(el, 'tbody tr')) expect(text(row.children[3])).to.equal('政府采购');

    const operator = procurement[0].operator;
    const from = addDays(TODAY, -15);
    const to = addDays(TODAY, -3);
    await applyFilters(el, { operator, from, to });
    const expected = matching(platform, { scenario: 'government-procurement', operator, from, to });
    expect(text($(el, '.total'))).to.equal(`共 ${expected.length} 条记录`);
    expect(queryIds(el)).to.deep.equal(expected.slice(0, 10).map((e) => e.queryId));
    const last = requestLog(platform).filter((r) => r.path === '/v1/ledger').pop()!;
    const query = new URLSearchParams(last.query);
    expect(Object.fromEntries(['scenario', 'operator', 'from', 'to'].map((k) => [k, query.get(k)]))).to.deep.equal({
      scenario: 'government-procurement',
      operator,
      from,
      to,
    });

    // "Clear filters" shows everything again.
    $(el, 'button.reset')!.click();
    await el.updateComplete;
    await settled(el);
    expect(text($(el, '.total'))).to.equal(`共 ${platform.state.ledger.length} 条记录`);
    expect($<HTMLSelectElement>(el, '#ledger-scenario')!.value).to.equal('');
  });

  it('refuses an end date before the start date, says so at the field and asks nothing', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY });
    const el = await mount(endpoint);
    const before = requestLog(platform).length;
    choose(el, '#ledger-from', addDays(TODAY, -2));
    choose(el, '#ledger-to', addDays(TODAY, -9));
    await el.updateComplete;
    $(el, 'button.apply')!.click();
    await el.updateComplete;
    const to = $(el, '#ledger-to')!;
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${to.getAttribute('aria-describedby')}`))).to.equal('结束日期不能早于开始日期，请重新选择。');
    expect(requestLog(platform).length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches, and what to change', async () => {
    const { endpoint } = await usePlatform({ today: TODAY });
    const el = await mount(endpoint);
    await applyFilters(el, { operator: '没有这个人' });
    expect(text($(el, '.empty'))).to.contain('没有符合条件的查询记录');
    expect(text($(el, '.empty'))).to.contain('全部事项');
    expect($<HTMLButtonElement>(el, 'button.export')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    const fresh = await usePlatform({ today: TODAY, seed: false });
    const empty = await mount(fresh.endpoint);
    expect(text($(empty, '.empty'))).to.contain('台账中还没有查询记录');
  });

  it('shows the platform’s failure in words with a retry that works', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY, faults: { mode: 'http-503', path: '/v1/ledger' } });
    const el = await mount(endpoint);
    expect(text($(el, '.problem'))).to.contain('信用平台返回错误，请稍后重试。');
    await expect(el).to.be.accessible();
    platform.setFaults('none');
    $(el, '.problem button.retry')!.click();
    await el.updateComplete;
    await settled(el);
    expect($$(el, 'tbody tr')).to.have.length(50);
  });

  it('masks a person’s id even when the platform sends it in full', async () => {
    const { platform, endpoint } = await usePlatform({ today: TODAY });
    const person = FIXTURES.person.subject.id;
    platform.state.ledger.unshift({
      queryId: 'q_unmasked_person',
      at: `${TODAY}T08:00:00+08:00`,
      operator: '赵六',
      scenario: 'administrative-licensing',
      purpose: '行政许可申请受理审查',
      subjectId: person,
    });
    const el = await mount(endpoint);
    expect(el.shadowRoot!.innerHTML).not.to.contain(person);
    expect(text($(el, 'tr[data-query-id="q_unmasked_person"] td.id'))).to.equal(`${person.slice(0, 6)}********${person.slice(-4)}`);
    const box = captureCsv(el);
    await el.exportCsv();
    expect(box.files).to.have.length(1);
    expect(box.files[0].csv).not.to.contain(person);
    expect(box.files[0].csv).to.contain(`${person.slice(0, 6)}********${person.slice(-4)}`);
  });

  describe('CSV export', () => {
    it('exports every entry matching the filters, across all pages, as UTF-8 CSV with a BOM', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      platform.state.ledger.push(...extraEntries(1100));
      const el = await mount(endpoint);
      await applyFilters(el, { scenario: 'bidding' });
      const expected = matching(platform, { scenario: 'bidding' });
      expect(expected.length).to.be.greaterThan(1000);
      const box = captureCsv(el);
      const ledgerRequests = () => requestLog(platform).filter((r) => r.path === '/v1/ledger').length;
      const beforeExport = ledgerRequests();

      $(el, 'button.export')!.click();
      await waitUntil(() => box.files.length === 1, 'no file was saved', { timeout: 10_000 });
      expect(ledgerRequests() - beforeExport).to.equal(Math.ceil(expected.length / 500));
      expect(box.files[0].name).to.match(/^查询台账-\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = records(box.files[0].csv);
      expect(rows[0]).to.deep.equal(['查询时间', '经办人', '部门', '办理事项', '查询用途', '案件编号', '主体名称', '主体代码', '查询编号', '核查结果', '记录单摘要']);
      expect(rows.length - 1).to.equal(expected.length);
      // Every matching entry exactly once (the order is the platform's).
      expect(rows.slice(1).map((r) => r[8]).sort()).to.deep.equal(expected.map((e) => e.queryId).sort());
      expect(new Set(rows.slice(1).map((r) => r[3]))).to.deep.equal(new Set(['招标投标']));
      await el.updateComplete;
      expect(text($(el, '.export-notice'))).to.equal(`已导出 ${expected.length.toLocaleString('zh-CN')} 条记录。`);
      // The table still shows the first page of the same filter.
      expect(text($(el, '.page-number'))).to.equal('第 1 页');
    });

    it('shows progress as a progressbar, and can be cancelled: no file', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY, latencyMs: 400 });
      platform.state.ledger.push(...extraEntries(1100));
      const el = await mount(endpoint);
      const box = captureCsv(el);
      const total = platform.state.ledger.length;

      $(el, 'button.export')!.click();
      await el.updateComplete;
      const bar = () => $(el, '[role="progressbar"]');
      expect(bar()).to.exist;
      // The cancel button takes the focus from the export button that went away.
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.cancel-export'));
      await waitUntil(() => bar()?.getAttribute('aria-valuenow') === '500', 'progress never reached the first batch', { timeout: 10_000 });
      expect(bar()!.getAttribute('aria-valuemax')).to.equal(String(total));
      expect(bar()!.getAttribute('aria-valuetext')).to.contain(`（${Math.floor((500 / total) * 100)}%）`);
      expect(text(bar())).to.contain('500');
      await expect(el).to.be.accessible();

      $(el, 'button.cancel-export')!.click();
      await el.updateComplete;
      expect(bar()).to.equal(null);
      expect(text($(el, '.export-notice'))).to.equal('已取消导出，未生成文件。');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.export'));
      expect(box.files).to.have.length(0);

      // A new export runs to the end and makes the only file: the cancelled one never saves.
      await el.exportCsv();
      await el.updateComplete;
      expect(box.files).to.have.length(1);
      expect(records(box.files[0].csv).length - 1).to.equal(total);
    });

    it('says why an export failed and makes no file', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint);
      const box = captureCsv(el);
      platform.setFaults({ mode: 'http-500', path: '/v1/ledger' });
      await el.exportCsv();
      await el.updateComplete;
      expect(box.files).to.have.length(0);
      expect(text($(el, '.export-notice'))).to.contain('导出未完成，未生成文件');
      expect(text($(el, '.export-notice'))).to.contain('信用平台返回错误');
    });
  });

  describe('printed records (查询记录单): outcome, digest, case number, verify', () => {
    const DIGEST = '6cf50b8fe7b2ffd8b56af4a5720b629b8c0345d6f629cf5b9c3348fb73262f1e';

    /** Registers a printed record naming `entries` at the platform, as the bidder screen's print does. */
    async function register(platform: Platform, baseUrl: string, digest: string, caseNumber: string, entries: { queryId: string; outcome: string }[]) {
      const response = await platform.handle(
        new Request(`${baseUrl}/v1/records`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `test-${digest.slice(0, 8)}` },
          body: JSON.stringify({ digest, caseNumber, printedAt: '2026-11-22T10:00:00+08:00', entries }),
        }),
      );
      expect(response.status).to.equal(201);
    }

    async function verify(el: CreditLedger, typed: string): Promise<string> {
      choose(el, '#ledger-verify', typed);
      await el.updateComplete;
      $(el, 'button.verify-button')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.verify-result')?.getAttribute('data-kind') !== 'checking' && text($(el, '.verify-result')) !== '', 'no answer', { timeout: 10_000 });
      return text($(el, '.verify-result'));
    }

    it('shows each query’s printed outcome and record digest (table and CSV), and filters by case number', async () => {
      const { platform, endpoint, baseUrl } = await usePlatform({ today: TODAY });
      const [a, b] = platform.state.ledger;
      const caseNumber = a.caseNumber!;
      await register(platform, baseUrl, DIGEST, caseNumber, [
        { queryId: a.queryId, outcome: 'restricted' },
        { queryId: b.queryId, outcome: 'review' },
      ]);
      const el = await mount(endpoint);
      const row = (id: string) => $(el, `tbody tr[data-query-id="${id}"]`)!;
      expect(text(row(a.queryId).querySelector('td.outcome'))).to.equal('限制');
      expect(text(row(b.queryId).querySelector('td.outcome'))).to.equal('需审核');
      expect(text(row(a.queryId).querySelector('td.digest'))).to.equal(DIGEST);
      const headers = $$(el, 'thead th').map((th) => text(th));
      expect(headers).to.include.members(['核查结果', '记录单摘要']);

      const box = captureCsv(el);
      await el.exportCsv();
      const lines = records(box.files[0].csv);
      const line = lines.find((l) => l.includes(a.queryId))!;
      expect(line).to.include('限制');
      expect(line).to.include(DIGEST);

      choose(el, '#ledger-case', caseNumber);
      $<HTMLFormElement>(el, 'form[part="filters"]')!.requestSubmit();
      await el.updateComplete;
      await settled(el);
      const expected = platform.state.ledger.filter((e) => e.caseNumber === caseNumber).length;
      expect(expected).to.be.greaterThan(0).and.lessThan(platform.state.ledger.length);
      expect(text($(el, '.total'))).to.equal(`共 ${expected} 条记录`);
      expect(requestLog(platform).filter((r) => r.path === '/v1/ledger').pop()!.query).to.contain(`caseNumber=${encodeURIComponent(caseNumber)}`);
      await expect(el).to.be.accessible();
    });

    it('verifies a record by its digest typed, or by its QR code’s text: “与查询 … 相符” / “无此记录单”', async () => {
      const { platform, endpoint, baseUrl } = await usePlatform({ today: TODAY });
      const [a, b] = platform.state.ledger;
      await register(platform, baseUrl, DIGEST, 'SDQCG-2026-031', [
        { queryId: a.queryId, outcome: 'clear' },
        { queryId: b.queryId, outcome: 'restricted' },
      ]);
      const el = await mount(endpoint);
      const typed = await verify(el, DIGEST.toUpperCase());
      expect(typed).to.contain(`与查询 ${a.queryId}、${b.queryId} 相符`);
      expect($(el, '.verify-result')!.getAttribute('role')).to.equal('status');

      const scanned = await verify(el, recordQrText('SDQCG-2026-031', DIGEST));
      expect(scanned).to.contain('相符');

      const other = await verify(el, DIGEST.replace(/^6/, '7'));
      expect(other).to.contain('无此记录单');
      expect($(el, '.verify-result')!.getAttribute('data-kind')).to.equal('no-record');

      const half = await verify(el, DIGEST.slice(0, 32));
      expect(half).to.contain('不是完整的摘要');
      expect($(el, '#ledger-verify')!.getAttribute('aria-invalid')).to.equal('true');
      // A digest is never sent unless it is whole.
      expect(requestLog(platform).filter((r) => r.path === '/v1/ledger' && r.query.includes('digest=')).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('verifies with the keyboard (Enter in the box) and speaks English and Traditional Chinese', async () => {
      const { platform, endpoint, baseUrl } = await usePlatform({ today: TODAY });
      const [a] = platform.state.ledger;
      await register(platform, baseUrl, DIGEST, 'SDQCG-2026-031', [{ queryId: a.queryId, outcome: 'clear' }]);
      const en = await mount(endpoint, { lang: 'en' });
      $(en, '#ledger-verify')!.focus();
      await sendKeys({ type: DIGEST });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text($(en, '.verify-result')).startsWith('Matches queries'), 'Enter did not verify', { timeout: 10_000 });
      expect(text($(en, '.verify-result'))).to.contain(`Matches queries ${a.queryId} (1 query`);
      expect(text($(en, 'label[for="ledger-case"]'))).to.equal('Case number');
      await expect(en).to.be.accessible();
      // The answer follows a language switch.
      en.setAttribute('lang', 'zh-Hant');
      await en.updateComplete;
      expect(text($(en, '.verify-result'))).to.contain(`與查詢 ${a.queryId} 相符`);
      choose(en, '#ledger-verify', 'nothing');
      $(en, 'button.verify-button')!.click();
      await en.updateComplete;
      expect(text($(en, '.verify-result'))).to.contain('這不是完整的摘要');
    });
  });

  it('cancelling an export aborts the ledger request in flight (not only its answer)', async () => {
    const { platform, baseUrl } = await usePlatform({ today: TODAY, latencyMs: 400 });
    platform.state.ledger.push(...extraEntries(1100));
    const signals: AbortSignal[] = [];
    configure({
      endpoint: baseUrl,
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        const url = input instanceof Request ? input.url : String(input);
        if (signal && url.includes('/v1/ledger') && url.includes('limit=500')) signals.push(signal);
        return window.fetch(input as RequestInfo, init);
      },
    });
    const el = await fixture<CreditLedger>(html`<credit-ledger lang="zh-CN"></credit-ledger>`);
    await settled(el);
    $(el, 'button.export')!.click();
    await waitUntil(() => signals.length >= 1, 'the export asked nothing', { timeout: 10_000 });
    expect(signals[signals.length - 1].aborted).to.equal(false);
    $(el, 'button.cancel-export')!.click();
    await el.updateComplete;
    expect(signals[signals.length - 1].aborted).to.equal(true);
    expect(text($(el, '.export-notice'))).to.equal('已取消导出，未生成文件。');
  });

  describe('keyboard and languages', () => {
    it('pages with the keyboard; focus stays on the paging controls', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint);
      const all = platform.state.ledger.map((e) => e.queryId);
      $(el, 'button.next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await settled(el);
      expect(queryIds(el)).to.deep.equal(all.slice(50, 100));
      // Last page: "next" is disabled, so the focus moves to "previous".
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'button.previous'), 'focus was lost after paging');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await settled(el);
      expect(queryIds(el)).to.deep.equal(all.slice(0, 50));
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'button.next'), 'focus was lost after paging back');
    });

    it('filters with the keyboard: Enter in a field searches', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint);
      $(el, '#ledger-operator')!.focus();
      await sendKeys({ type: '王五' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text($(el, '.total')) === `共 ${matching(platform, { operator: '王五' }).length} 条记录`, 'Enter did not search', {
        timeout: 10_000,
      });
    });

    it('speaks English and Traditional Chinese', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const en = await mount(endpoint, { lang: 'en' });
      expect(text($(en, 'h2'))).to.equal('Query ledger');
      expect(text($(en, '.summary'))).to.equal(`Entries 1–50 of ${platform.state.ledger.length}`);
      expect(text($(en, 'button.export'))).to.equal('Export CSV (all matching entries)');
      await expect(en).to.be.accessible();
      const hant = await mount(endpoint, { lang: 'zh-Hant' });
      expect(text($(hant, 'h2'))).to.equal('查詢台帳');
      expect(text($(hant, 'button.next'))).to.equal('下一頁');
    });
  });
});
