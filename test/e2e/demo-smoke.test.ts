/**
 * Smoke test of the demo site (`npm run demo`): the vite server started here on a free
 * port, every page opened in headless Debian Chromium (puppeteer-core), its elements
 * allowed to settle, and then: the outcomes are on the page, and nothing reached the page
 * as an error — no uncaught exception, no unhandled rejection, no console error (which
 * includes failed requests and Content-Security-Policy violations).
 */
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../demo/pages.js';
import { FIXTURES, fixtureList } from '../../src/testing/index.js';
import { DEMO_PAGES, type DemoPageSpec } from '../../scripts/lib/demo-pages.mjs';

interface ChromiumModule {
  ensureChromium(options?: { install?: boolean }): string;
  CHROMIUM_ARGS: string[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const SETTLE_MS = 15_000;
const OUTCOMES = ['restricted', 'review', 'facilitated', 'clear', 'unknown'];
/** Every natural person's full number the simulated platform knows: none may reach a page or its storage. */
const PERSON_IDS = fixtureList().filter((f) => f.subject.kind === 'natural-person').map((f) => f.subject.id);

let server: ViteDevServer;
let browser: Browser;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function spec(id: string): DemoPageSpec {
  const found = DEMO_PAGES.find((p) => p.id === id);
  if (!found) throw new Error(`no page spec ${id}`);
  return found;
}

interface Opened {
  page: Page;
  /** What reached the page as an error, in order. */
  problems: string[];
}

/** A fresh tab with listeners for everything that counts as an error. */
async function newTab(): Promise<Opened> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    addEventListener('unhandledrejection', (event) => console.error(`unhandledrejection: ${String(event.reason)}`));
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, problems };
}

/** Opens the page `id` in `tab` and waits until its spec says the elements have settled. */
async function visit(tab: Opened, id: string): Promise<void> {
  const s = spec(id);
  await tab.page.goto(`${base}${s.path}`, { waitUntil: 'load' });
  try {
    await tab.page.waitForFunction(s.ready, { timeout: SETTLE_MS, polling: 100 });
  } catch (error) {
    // Say which element did not settle, and what reached the page meanwhile.
    const states = await tab.page.$$eval('credit-flag, credit-check, credit-gate', (els) =>
      els.map((el) => `${el.localName}[outcome=${el.getAttribute('outcome')}]${el.hasAttribute('loading') ? '[loading]' : ''}`),
    );
    throw new Error(`${s.path} did not settle: ${(error as Error).message}\nelements: ${states.join(', ')}\nproblems: ${tab.problems.join(' | ')}`);
  }
}

/** The `outcome` attributes of the elements matching `selector`, in document order. */
function outcomes(page: Page, selector: string): Promise<(string | null)[]> {
  return page.$$eval(selector, (els) => els.map((el) => el.getAttribute('outcome')));
}

/** Waits until every element matching `selector` has finished a check. */
async function settled(page: Page, selector: string, min = 1): Promise<void> {
  await page.waitForFunction(
    (sel: string, n: number) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length >= n && els.every((el) => el.hasAttribute('outcome') && !el.hasAttribute('loading'));
    },
    { timeout: SETTLE_MS, polling: 100 },
    selector,
    min,
  );
}

/**
 * "Never green, not even for a moment": installed before the page's own scripts run (so
 * before the first check), a MutationObserver records every value the `outcome` attribute
 * of every element takes, tagged with the phase the test was in (`window.__phase`, set
 * right before each step). A MutationRecord carries the value *before* each change, so the
 * values taken are the old values of a node's later records plus its value when the batch
 * is delivered: a `clear` replaced by `unknown` within the same task is still recorded.
 */
function recordOutcomesFromTheStart(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __phase: string; __outcomes: { node: number; tag: string; value: string | null; phase: string }[] };
    w.__phase = 'load';
    w.__outcomes = [];
    const ids = new WeakMap<Node, number>();
    let next = 0;
    const idOf = (node: Node) => {
      if (!ids.has(node)) ids.set(node, next++);
      return ids.get(node)!;
    };
    new MutationObserver((records) => {
      const byNode = new Map<Element, (string | null)[]>();
      for (const r of records) {
        const el = r.target as Element;
        if (!byNode.has(el)) byNode.set(el, []);
        byNode.get(el)!.push(r.oldValue);
      }
      for (const [el, olds] of byNode) {
        // The value after record k is the old value of record k + 1; after the last, the value now.
        const values = [...olds.slice(1), el.getAttribute('outcome')];
        for (const value of values) w.__outcomes.push({ node: idOf(el), tag: el.localName, value, phase: w.__phase });
      }
    }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['outcome'] });
  });
}

/** The outcomes recorded so far, with the element's place among `selector`'s matches. */
async function recordedOutcomes(page: Page, phase: string): Promise<string[]> {
  return page.evaluate((p: string) => {
    const w = window as unknown as { __outcomes: { tag: string; value: string | null; phase: string }[] };
    return w.__outcomes.filter((o) => o.phase === p && o.value !== null).map((o) => `${o.tag}:${o.value}`);
  }, phase);
}

/** All text of the page, shadow roots included. */
function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element) {
        for (const attr of node.attributes) parts.push(attr.value);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.documentElement);
    return parts.join('\n');
  });
}

beforeAll(async () => {
  const chromium = (await import('../../scripts/lib/chromium.mjs' as string)) as ChromiumModule;
  const executablePath = chromium.ensureChromium();
  const port = await freePort();
  server = await createServer({
    configFile: `${root}vite.config.ts`,
    // No watcher, no HMR: files saved meanwhile must not reload a page under test.
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  base = `http://127.0.0.1:${port}`;
  browser = await puppeteer.launch({ executablePath, headless: true, args: chromium.CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo site', () => {
  it('has a smoke test for every page it lists', () => {
    expect(DEMO_PAGES.map((p) => p.id).sort()).toEqual([...PAGE_IDS].sort());
  });

  it('index: links to every page with a three-sentence description', async () => {
    const tab = await newTab();
    await visit(tab, 'index');
    const cards = await tab.page.$$eval('.home__page', (items) =>
      items.map((item) => ({ href: new URL(item.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname, text: item.querySelector('p')!.textContent ?? '' })),
    );
    expect(cards.map((c) => c.href).sort()).toEqual(DEMO_PAGES.filter((p) => p.id !== 'index').map((p) => p.path).sort());
    for (const card of cards) expect(card.text.split(/[。.]/).filter((s) => s.trim()).length).toBe(3);
    expect(tab.problems).toEqual([]);
    await tab.page.close();
  }, 30_000);

  it('行政审批: flags every applicant, gates approval on responses, offers the commitment', async () => {
    const tab = await newTab();
    await visit(tab, 'approval');
    const page = tab.page;
    const flags = await outcomes(page, '#applications credit-flag');
    expect(flags).toHaveLength(9);
    for (const o of flags) expect(OUTCOMES).toContain(o);
    // The code the platform does not know is unknown, never clear; the others show their real outcome.
    const last = await page.$eval('#applications tr:last-child credit-flag', (el) => el.getAttribute('outcome'));
    expect(last).toBe('unknown');
    expect(new Set(flags)).toEqual(new Set(['facilitated', 'review', 'clear', 'restricted', 'unknown']));
    // 605 (the black-listed contractor): 市场和行业禁入 blocks the licence — the demo shows a block in 行政许可.
    const restrictedRows = await page.$$eval('#applications credit-flag[outcome="restricted"]', (els) => els.length);
    expect(restrictedRows).toBe(1);
    // The open case: 容缺受理 applies, so the commitment sits in the check, and approval waits for responses.
    expect(await page.$eval('#check', (el) => el.getAttribute('outcome'))).toBe('facilitated');
    expect(await page.$eval('#approve', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.$('credit-check > credit-commitment[case-number]')).not.toBeNull();
    // Opening another case checks that applicant instead.
    await page.click('#applications tr:nth-child(4) .oa-link');
    await page.waitForFunction(() => document.querySelector('#check')?.getAttribute('subject') === document.querySelector('#applications tr:nth-child(4) [data-credit-subject]')?.getAttribute('data-credit-subject'));
    await settled(page, '#check, #gate', 2);
    // That applicant is 605, black-listed: the gate blocks the approval (市场和行业禁入) and offers the override.
    expect(await outcomes(page, '#check, #gate')).toEqual(['restricted', 'restricted']);
    // 办理 takes the keyboard into the panel (its focus()), and the written notice will name the matter.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check');
    expect(await page.$eval('#check', (el) => el.getAttribute('matter'))).toBeTruthy();
    expect(await page.$eval('#approve', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.$eval('#approve', (el) => el.hasAttribute('data-credit-blocked'))).toBe(true);
    expect(await page.$eval('#gate', (el) => !!el.shadowRoot?.querySelector('[part="override"]'))).toBe(true);
    expect(await page.$('credit-check > credit-commitment')).toBeNull();
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('政府采购: imports the GBK sample and screens every bidder', async () => {
    const tab = await newTab();
    await visit(tab, 'procurement');
    const rows = await tab.page.$eval('credit-bidder-screen', (el) =>
      (el as HTMLElementTagNameMap['credit-bidder-screen']).rows.map((r) => ({ name: r.name, id: r.id, status: r.status, outcome: r.decision?.outcome ?? null })),
    );
    // Decoded from GBK: the Chinese names arrive intact.
    expect(rows.find((r) => r.id === FIXTURES.restricted.subject.id)?.name).toBe(FIXTURES.restricted.subject.name);
    expect(rows.find((r) => r.id === FIXTURES.restricted.subject.id)?.outcome).toBe('restricted');
    expect(rows.find((r) => r.id === FIXTURES.redList.subject.id)?.outcome).toBe('facilitated');
    expect(rows.find((r) => r.id === FIXTURES.unknownEnterprise.subject.id)?.outcome).toBe('unknown');
    expect(rows.some((r) => r.status === 'invalid')).toBe(true);
    expect(await tab.page.$eval('#conclusion-text', (el) => el.textContent)).toMatch(/\d/);
    expect(tab.problems).toEqual([]);
    await tab.page.close();
  }, 30_000);

  it('script tag only: classic scripts only, flags on rows added later, full-width codes normalised', async () => {
    const tab = await newTab();
    await visit(tab, 'script-tag');
    const page = tab.page;
    const scripts = await page.$$eval('script', (els) => els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), inline: !s.getAttribute('src') })));
    expect(scripts.every((s) => s.src && !s.inline && s.type !== 'module')).toBe(true);
    expect(await outcomes(page, '#company-rows credit-flag')).toHaveLength(8);
    await page.click('#more');
    await settled(page, '#company-rows credit-flag', 14);
    const all = await outcomes(page, '#company-rows credit-flag');
    expect(all).toHaveLength(14);
    expect(all[13]).toBe('unknown'); // the code the platform does not know, in the rows added later
    // The code stored in full-width digits was normalised and checked like any other.
    const fullWidth = await page.$eval('#company-rows tr:nth-child(5) credit-flag', (el) => el.getAttribute('outcome'));
    expect(fullWidth).not.toBe('unknown');
    // Each element's code loads when its tag first appears (the autoloader): the first
    // <credit-ledger> on the page loads its chunk from the folder next to the script.
    expect(await page.evaluate(() => customElements.get('credit-ledger') === undefined)).toBe(true);
    await page.evaluate(() => document.body.append(document.createElement('credit-ledger')));
    await page.waitForFunction(() => customElements.get('credit-ledger') !== undefined && !!document.querySelector('credit-ledger')?.shadowRoot, { timeout: SETTLE_MS });
    // The print views are a chunk of their own too (one lit-html, so one Trusted Types
    // policy per page), loaded when a check record is first asked for.
    await page.evaluate((id: string) => {
      const check = document.createElement('credit-check');
      check.setAttribute('subject', id);
      document.body.append(check);
    }, FIXTURES.restricted.subject.id);
    await settled(page, 'credit-check');
    const record = await page.$eval('credit-check', async (el) => {
      const doc = await (el as unknown as { recordDocument(): Promise<unknown> }).recordDocument();
      return doc !== null && typeof doc === 'object';
    });
    expect(record).toBe(true);
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('Vue 3: props, events and the v-model binding of the subject', async () => {
    const tab = await newTab();
    await visit(tab, 'vue');
    const page = tab.page;
    expect(await page.$eval('credit-check', (el) => el.getAttribute('outcome'))).toBe('restricted');
    expect(await page.$eval('credit-gate button', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.$$eval('.vx-log li', (items) => items.map((i) => i.textContent).join('\n'))).toContain('credit-result');
    // Picking another company updates the bound subject, and the check follows.
    await page.select('#vx-subject-select', FIXTURES.redList.subject.id);
    await page.waitForFunction((id: string) => (document.querySelector('credit-check') as { subject?: string } | null)?.subject === id, { timeout: SETTLE_MS }, FIXTURES.redList.subject.id);
    await settled(page, 'credit-check');
    expect(await page.$eval('credit-check', (el) => el.getAttribute('outcome'))).toBe('facilitated');
    expect(await page.$eval('#vx-subject-code', (el) => (el as HTMLInputElement).value)).toBe(FIXTURES.redList.subject.id);
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('fault lab: a broken answer shows unknown everywhere, never green; switching it off recovers', async () => {
    const tab = await newTab();
    await recordOutcomesFromTheStart(tab.page);
    await visit(tab, 'fault-lab');
    const page = tab.page;
    const selector = '.lab-stage credit-flag, .lab-stage credit-gate, .lab-stage credit-check';
    const healthy = await outcomes(page, selector);
    expect(healthy.every((o) => o === 'facilitated' || o === 'clear')).toBe(true);
    // Status 200 with a cut JSON body: no request fails at the network level, so no console error is expected.
    for (const mode of ['malformed-json', 'schema-drift-wrong-type']) {
      await page.evaluate((m: string) => void ((window as unknown as { __phase: string }).__phase = m), mode);
      await page.click(`input[name="fault"][value="${mode}"]`);
      await page.waitForFunction((sel: string) => [...document.querySelectorAll(sel)].every((el) => el.getAttribute('outcome') === 'unknown'), { timeout: SETTLE_MS }, selector);
      await page.waitForFunction(() => document.getElementById('verdict')?.dataset.state === 'safe', { timeout: SETTLE_MS });
      // Every outcome any element took from the switch on: unknown, never green — not even for a moment.
      const taken = await recordedOutcomes(page, mode);
      expect(taken.filter((o) => o.endsWith(':unknown')).length, `${mode}: elements turned unknown`).toBeGreaterThanOrEqual(healthy.length);
      expect(taken.filter((o) => /:(clear|facilitated)$/.test(o)), `${mode}: outcomes taken ${taken.join(', ')}`).toEqual([]);
    }
    await page.click('input[name="fault"][value="none"]');
    await page.waitForFunction((sel: string) => [...document.querySelectorAll(sel)].every((el) => ['facilitated', 'clear'].includes(el.getAttribute('outcome') ?? '')), { timeout: SETTLE_MS }, selector);
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('查询台账: lists the checks made on the other pages in this tab, with no full ID number anywhere', async () => {
    const tab = await newTab();
    const page = tab.page;
    await visit(tab, 'approval');
    const caseNumber = await page.$eval('#case-number', (el) => el.textContent);
    await visit(tab, 'ledger');
    const rows = await page.$eval('credit-ledger', (el) => [...el.shadowRoot!.querySelectorAll('[part~="row"]')].map((r) => r.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.slice(0, 12).some((r) => r.includes('演示用户') && r.includes(caseNumber!))).toBe(true);
    const text = await deepText(page);
    const stored = await page.evaluate(() => Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? '').join('\n'));
    expect(stored).toContain(caseNumber);
    for (const id of PERSON_IDS) {
      expect(text).not.toContain(id);
      expect(stored).not.toContain(id);
    }
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('Vue 2 + Element UI: flags in the el-table follow paging; the dialog checks; the gated approve button fails closed', async () => {
    const tab = await newTab();
    await visit(tab, 'vue2');
    const page = tab.page;
    // A classic-script page: Vue 2's runtime-only build, Element UI and the script tag, no module script.
    const scripts = await page.$$eval('script', (els) => els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type') })));
    expect(scripts.every((s) => s.src && s.type !== 'module')).toBe(true);
    const vue = await page.evaluate(() => {
      const V = (window as unknown as { Vue: { version: string; config: { ignoredElements: (string | RegExp)[] } } }).Vue;
      return { version: V.version, ignores: V.config.ignoredElements.some((p) => (typeof p === 'string' ? p === 'credit-flag' : p.test('credit-flag'))) };
    });
    expect(vue.version).toMatch(/^2\.7\./);
    expect(vue.ignores).toBe(true);
    const first = await outcomes(page, '.v2-table credit-flag');
    expect(first).toHaveLength(5);
    for (const o of first) expect(OUTCOMES).toContain(o);
    // Page 2: el-table re-renders its rows; each new row's flag checks its own applicant.
    await page.click('.v2-pager .btn-next');
    await page.waitForFunction((code: string) => [...document.querySelectorAll('.v2-table credit-flag')].some((f) => (f as unknown as { subject: string }).subject === code), { timeout: SETTLE_MS }, FIXTURES.unknownEnterprise.subject.id);
    await settled(page, '.v2-table credit-flag', 4);
    const second = await page.$$eval('.v2-table credit-flag', (els) => els.map((el) => ({ subject: (el as unknown as { subject: string }).subject, outcome: el.getAttribute('outcome') })));
    expect(second).toHaveLength(4);
    expect(second.find((f) => f.subject === FIXTURES.unknownEnterprise.subject.id)?.outcome).toBe('unknown');
    expect(second.find((f) => f.subject === FIXTURES.shortHistory.subject.id)?.outcome).toBe('clear');
    // The clear case: the dialog's check completes and the gate enables the approve button.
    const caseOf = (code: string) => page.evaluate((c: string) => [...document.querySelectorAll('.v2-table tr')].find((tr) => tr.textContent?.includes(c))?.querySelector('[data-case]')?.getAttribute('data-case'), code);
    const clearCase = await caseOf(FIXTURES.shortHistory.subject.id);
    await page.click(`.v2-table button[data-case="${clearCase}"]`);
    await page.waitForSelector('#v2-check');
    // Fail-closed markup: disabled, with data-credit-hold, from the start.
    expect(await page.$eval('#v2-approve', (el) => el.hasAttribute('data-credit-hold'))).toBe(true);
    await settled(page, '#v2-check, #v2-gate', 2);
    expect(await outcomes(page, '#v2-check, #v2-gate')).toEqual(['clear', 'clear']);
    await page.waitForFunction(() => !(document.querySelector('#v2-approve') as HTMLButtonElement).disabled, { timeout: SETTLE_MS });
    expect(await page.$eval('.v2-gate-state', (el) => el.classList.contains('is-open'))).toBe(true);
    // The unknown case: the approve button stays disabled.
    await page.click('.v2-footer .el-button--default');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.el-dialog__wrapper')!).display === 'none', { timeout: SETTLE_MS });
    const unknownCase = await caseOf(FIXTURES.unknownEnterprise.subject.id);
    await page.click(`.v2-table button[data-case="${unknownCase}"]`);
    await page.waitForFunction((code: string) => (document.querySelector('#v2-check') as unknown as { subject?: string } | null)?.subject === code, { timeout: SETTLE_MS }, FIXTURES.unknownEnterprise.subject.id);
    await settled(page, '#v2-check, #v2-gate', 2);
    expect(await outcomes(page, '#v2-check, #v2-gate')).toEqual(['unknown', 'unknown']);
    expect(await page.$eval('#v2-approve', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    const log = await page.$$eval('.v2-log li', (items) => items.map((i) => i.textContent).join('\n'));
    expect(log).toContain('credit-result');
    expect(log).toContain('credit-gate-change');
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 45_000);

  it('jQuery + layui: the table redraws on paging and auto-scan flags every new row; the layer popup gates acceptance', async () => {
    const tab = await newTab();
    await visit(tab, 'layui');
    const page = tab.page;
    const scripts = await page.$$eval('script', (els) => els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type') })));
    expect(scripts.every((s) => s.src && s.type !== 'module')).toBe(true);
    expect(await page.evaluate(() => typeof (window as unknown as { jQuery?: unknown }).jQuery === 'function' && !!(window as unknown as { layui?: { table?: unknown } }).layui?.table)).toBe(true);
    /** Each flag beside the name it was placed for, in row order. */
    const rows = () =>
      page.$$eval('.layui-table-body tr', (trs) =>
        trs.map((tr) => {
          const marked = tr.querySelector('[data-credit-subject]');
          const flags = tr.querySelectorAll('credit-flag');
          return { code: marked?.getAttribute('data-credit-subject') ?? null, flags: flags.length, subject: (flags[0] as unknown as { subject?: string } | undefined)?.subject ?? null, outcome: flags[0]?.getAttribute('outcome') ?? null };
        }),
      );
    const first = await rows();
    expect(first).toHaveLength(4);
    for (const r of first) {
      expect(r.flags).toBe(1);
      expect(r.subject).toBe(r.code);
      expect(OUTCOMES).toContain(r.outcome);
    }
    // Page 2 and 3: layui throws the old rows away and draws new ones; the flags follow.
    for (const [n, count] of [[2, 4], [3, 1]] as const) {
      await page.click(`.layui-laypage a[data-page="${n}"]`);
      await page.waitForFunction((c: string | null) => document.querySelector('.layui-table-body [data-credit-subject]')?.getAttribute('data-credit-subject') !== c, { timeout: SETTLE_MS }, first[0]!.code);
      await settled(page, '.layui-table-body credit-flag', count);
      const now = await rows();
      expect(now).toHaveLength(count);
      for (const r of now) {
        expect(r.flags).toBe(1);
        expect(r.subject).toBe(r.code);
      }
      if (n === 3) expect(now[0]).toMatchObject({ code: FIXTURES.unknownEnterprise.subject.id, outcome: 'unknown' });
    }
    // The layer popup for the clear case: the check completes, the gate enables 准予受理.
    await page.click('.layui-laypage a[data-page="2"]');
    await settled(page, '.layui-table-body credit-flag', 4);
    await page.evaluate((code: string) => {
      const tr = [...document.querySelectorAll('.layui-table-body tr')].find((row) => row.querySelector(`[data-credit-subject="${code}"]`));
      (tr?.querySelector('[lay-event="check"]') as HTMLElement | null)?.click();
    }, FIXTURES.shortHistory.subject.id);
    await page.waitForSelector('.layui-layer #lp-check');
    expect(await page.$eval('#lp-accept', (el) => el.hasAttribute('data-credit-hold'))).toBe(true);
    await settled(page, '#lp-check, #lp-gate', 2);
    expect(await outcomes(page, '#lp-check, #lp-gate')).toEqual(['clear', 'clear']);
    expect(await page.$eval('#lp-accept', (el) => (el as HTMLButtonElement).disabled)).toBe(false);
    expect(await page.$$eval('#log li', (items) => items.map((i) => i.textContent).join('\n'))).toContain('credit-gate-change');
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 45_000);

  it('React 19: properties and oncredit-* listeners straight on the elements, no wrappers', async () => {
    const tab = await newTab();
    await visit(tab, 'react');
    const page = tab.page;
    // Set as properties (a number and a boolean stay a number and a boolean), not as attributes.
    const props = await page.evaluate(() => {
      const check = document.querySelector('#rx-check') as unknown as HTMLElement & { freshHours: unknown; caseNumber: unknown };
      const gate = document.querySelector('#rx-gate') as unknown as HTMLElement & { requireResponse: unknown };
      return { freshHours: check.freshHours, caseNumber: check.caseNumber, attr: check.hasAttribute('freshhours'), requireResponse: gate.requireResponse };
    });
    expect(props).toMatchObject({ freshHours: 48, attr: false, requireResponse: true });
    expect(props.caseNumber).toMatch(/^CG-\d{4}-0311$/);
    expect(await outcomes(page, '#rx-check, #rx-gate')).toEqual(['restricted', 'restricted']);
    expect(await page.$eval('#rx-confirm', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    // The listeners React added: credit-result and credit-gate-change reached the app's state.
    expect(await page.$eval('.rx-state', (el) => el.getAttribute('data-outcome'))).toBe('restricted');
    // Choosing the clear bidder: the check follows, the gate allows, React enables the button.
    await page.click(`button[data-code="${FIXTURES.shortHistory.subject.id}"]`);
    await page.waitForFunction((code: string) => (document.querySelector('#rx-check') as unknown as { subject?: string }).subject === code, { timeout: SETTLE_MS }, FIXTURES.shortHistory.subject.id);
    await settled(page, '#rx-check, #rx-gate', 2);
    await page.waitForFunction(() => !(document.querySelector('#rx-confirm') as HTMLButtonElement).disabled, { timeout: SETTLE_MS });
    expect(await page.$eval('.rx-state', (el) => el.getAttribute('data-outcome'))).toBe('clear');
    const log = await page.$$eval('.rx-log li', (items) => items.map((i) => i.textContent).join('\n'));
    expect(log).toMatch(/credit-gate-change.*true/);
    expect(tab.problems).toEqual([]);
    await page.close();
  }, 45_000);
});
