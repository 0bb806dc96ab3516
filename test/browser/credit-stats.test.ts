// <credit-stats>: 统计联合奖惩情况 — an empty period, one group, a year; chart, table, CSV, the printed period report.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays } from '../../src/policy/dates.js';
import { FIXTURES, fixtureList } from '../../src/testing/index.js';
import '../../widgets/credit-stats/define.js';
import type { CreditStats } from '../../widgets/credit-stats/define.js';
import { statsReportTemplate } from '../../widgets/credit-stats/define.js';
import { mountPrintDocument } from '../../widgets/internal/print/print-document.js';
import { usePlatform } from './support/platform.js';

const TODAY = '2026-11-22';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(endpoint: string, attrs: { from: string; to: string; groupBy: string; lang?: string }): Promise<CreditStats> {
  const el = await fixture<CreditStats>(html`<credit-stats
    endpoint=${endpoint}
    period="custom"
    from=${attrs.from}
    to=${attrs.to}
    group-by=${attrs.groupBy}
    lang=${attrs.lang ?? 'zh-CN'}
  ></credit-stats>`);
  await settled(el);
  return el;
}

async function settled(el: CreditStats): Promise<void> {
  await waitUntil(() => ($(el, 'table') && $(el, '.results')?.getAttribute('aria-busy') === 'false') || $(el, '.empty, .problem'), 'the statistics did not load', {
    timeout: 15_000,
  });
  await el.updateComplete;
}

/** Three procurement checks today at the platform: one restricted, one facilitated, one clear. */
async function procurementChecks(baseUrl: string): Promise<void> {
  const ids = [FIXTURES.restricted, FIXTURES.redList, FIXTURES.cleanThreeYears].map((f) => ({ id: f.subject.id }));
  const response = await fetch(`${baseUrl}/v1/checks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subjects: ids, scenario: 'government-procurement', operator: '张三', department: '市财政局政府采购监督管理科' }),
  });
  expect(response.status).to.equal(200);
}

describe('<credit-stats> — an empty period', () => {
  it('says there were no checks, draws no chart, and is accessible', async () => {
    const { endpoint } = await usePlatform({ today: TODAY, seed: false });
    const el = await mount(endpoint, { from: '2026-11-01', to: TODAY, groupBy: 'department' });
    expect(text($(el, '.empty'))).to.equal('所选期间没有核查记录。');
    expect($(el, 'svg.chart')).to.equal(null);
    expect($<HTMLButtonElement>(el, 'button.export')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<credit-stats> — one group', () => {
  it('shows the day’s three checks in one scenario: table with totals, a bar whose name gives every count, keyboard-reachable', async () => {
    const { endpoint, baseUrl } = await usePlatform({ today: TODAY, seed: false });
    await procurementChecks(baseUrl);
    const el = await mount(endpoint, { from: TODAY, to: TODAY, groupBy: 'scenario' });
    const rows = $$(el, 'tbody tr');
    expect(rows.map((r) => r.dataset.key)).to.deep.equal(['government-procurement']);
    // 分组, 核查次数, 受限, 需审查, 激励, 无记录, 未能核查, …
    const cells = (row: Element) => [...row.children].map((c) => text(c));
    expect(cells(rows[0]).slice(0, 7)).to.deep.equal(['政府采购', '3', '1', '0', '1', '1', '0']);
    expect(cells($(el, 'tfoot tr')!).slice(0, 7)).to.deep.equal(['合计', '3', '1', '0', '1', '1', '0']);
    const bars = $$(el, 'svg.chart g.bar');
    expect(bars).to.have.length(1);
    const name = bars[0].getAttribute('aria-label')!;
    expect(name).to.contain('政府采购：核查 3 次');
    expect(name).to.contain('1');
    // Three outcome segments, each filled by its pattern (readable without colour).
    expect($$(el, 'rect.seg').map((r) => r.getAttribute('fill'))).to.deep.equal([
      'url(#credit-stats-pattern-restricted)',
      'url(#credit-stats-pattern-facilitated)',
      'url(#credit-stats-pattern-clear)',
    ]);
    expect($$(el, 'pattern').length).to.equal(5);
    // Strict CSP: nothing styled inline.
    expect($$(el, '[style]')).to.have.length(0);
    // Keyboard: from the last form control, Tab reaches the bar.
    $<HTMLButtonElement>(el, 'button.apply')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(bars[0]);
    await expect(el).to.be.accessible();
  });

  it('exports the table as CSV (header, group, totals) through saveCsv', async () => {
    const { endpoint, baseUrl } = await usePlatform({ today: TODAY, seed: false });
    await procurementChecks(baseUrl);
    const el = await mount(endpoint, { from: TODAY, to: TODAY, groupBy: 'scenario', lang: 'en' });
    let saved: { name: string; csv: string } | null = null;
    el.saveCsv = (name, csv) => (saved = { name, csv });
    $<HTMLButtonElement>(el, 'button.export')!.click();
    expect(saved!.name).to.equal(`credit-statistics-${TODAY}-${TODAY}.csv`);
    const lines = saved!.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0].startsWith('Group,Checks,')).to.equal(true);
    expect(lines[1].startsWith('Government procurement,3,1,0,1,1,0')).to.equal(true);
    expect(lines[2].startsWith('Total,3,1,0,1,1,0')).to.equal(true);
  });

  it('refuses an inverted custom period in the form, saying so, without asking the platform', async () => {
    const { endpoint, platform } = await usePlatform({ today: TODAY, seed: false });
    const el = await mount(endpoint, { from: TODAY, to: TODAY, groupBy: 'scenario' });
    const asked = platform.state.requests.length;
    const to = $<HTMLInputElement>(el, '#stats-to')!;
    to.value = '2026-11-01';
    to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.apply')!.click();
    await el.updateComplete;
    expect(text($(el, '#stats-range-error'))).to.equal('截止日期不能早于起始日期。');
    expect(platform.state.requests.length).to.equal(asked);
  });
});

describe('<credit-stats> — a year', () => {
  it('by month: thirteen focusable month bars with a trend line, a table that adds up, in every locale', async () => {
    const { endpoint } = await usePlatform({ today: TODAY, seed: true, history: 3000 });
    const from = addDays(TODAY, -365);
    for (const [lang, heading] of [['zh-CN', '联合奖惩统计'], ['zh-Hant', '聯合獎懲統計'], ['en', 'Joint reward and punishment statistics']] as const) {
      const el = await mount(endpoint, { from, to: TODAY, groupBy: 'month', lang });
      expect(text($(el, 'h2'))).to.equal(heading);
      const bars = $$(el, 'svg.chart g.bar');
      expect(bars).to.have.length(13);
      for (const bar of bars) expect(bar.getAttribute('tabindex')).to.equal('0');
      expect($(el, 'polyline.trend-line')!.getAttribute('points')!.split(' ')).to.have.length(13);
      const report = el.report!;
      expect(report.groups.reduce((s, g) => s + g.checks, 0)).to.equal(report.totals.checks);
      expect(report.totals.checks).to.be.greaterThan(3000);
      expect($$(el, '[style]')).to.have.length(0);
      if (lang === 'zh-CN') await expect(el).to.be.accessible();
    }
  });

  it('prints a period report with department, period, totals and every override with its reason — and no subject', async () => {
    const { endpoint, platform } = await usePlatform({ today: TODAY, seed: true, history: 3000 });
    const from = addDays(TODAY, -365);
    const el = await mount(endpoint, { from, to: TODAY, groupBy: 'department' });
    const report = el.report!;
    expect(report.totals.feedback.overridden).to.be.greaterThan(0);
    const mount2 = mountPrintDocument(statsReportTemplate(report, { locale: 'zh-CN' }), { lang: 'zh-CN' });
    try {
      const doc = mount2.root;
      const printed = text(doc.querySelector('article'));
      expect(text(doc.querySelector('h1'))).to.equal('联合奖惩情况统计报表');
      expect(text(doc.querySelector('tr.department td'))).to.equal('全部部门');
      expect(text(doc.querySelector('tr.period td'))).to.equal(`${from} 至 ${TODAY}`);
      expect(text(doc.querySelector('table.totals tbody td'))).to.equal(report.totals.checks.toLocaleString('zh-CN'));
      const overrides = [...doc.querySelectorAll('tr.override')];
      expect(overrides).to.have.length(report.totals.feedback.overridden);
      for (const tr of overrides) expect(text(tr.lastElementChild).length).to.be.greaterThan(4);
      const overridden = platform.state.feedback.filter((f) => f.action === 'overridden' && f.receivedAt.slice(0, 10) >= from);
      expect(printed).to.contain(overridden[0].reason!);
      for (const f of fixtureList()) {
        expect(printed, f.key).not.to.contain(f.subject.id);
        if (f.known) expect(printed, f.key).not.to.contain(f.subject.name);
      }
    } finally {
      mount2.remove();
    }
  });
});
