/**
 * Hostile host pages: the elements live in old, crowded pages that were never written
 * with them in mind.
 *
 * - aggressive global CSS (`* { all: unset }`, `span { display: none !important }`, a
 *   2 px root font size): the outcome word stays visible and readable (≥ 12 px), the
 *   controls still work;
 * - an old library's prototype extensions (Prototype.js's `Array.prototype.toJSON`,
 *   enumerable keys on `Object.prototype`), a `window.fetch` replaced by a logging
 *   wrapper and a global `$`: checks are still right, and the printed SHA-256 digests
 *   are still those of the canonical JSON of the result.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { resetConfig } from '../../../src/client/registry.js';
import type { Decision } from '../../../src/policy/decision.js';
import { FIXTURES } from '../../../src/testing/index.js';
import type { CreditBidderScreen } from '../../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import type { CreditCheck } from '../../../widgets/credit-check/credit-check.js';
import type { CreditGate } from '../../../widgets/credit-gate/credit-gate.js';
import { mountPrintDocument, type PrintMount } from '../../../widgets/internal/print/print-document.js';
import { shared } from '../../../widgets/locales/index.js';
import { settle, usePlatform } from '../support/platform.js';
import { bidderScreen, flag as flagDriver } from './support/elements.js';
import { until, watchPage, type PageWatch } from './support/page.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';
const words = shared('zh-CN');
const mounts: PrintMount[] = [];

let watch: PageWatch;
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => {
  watch.stop();
  for (const m of mounts.splice(0)) m.remove();
  resetConfig();
});

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};

/** Rendered, on screen, and with a size: what "visible" means to a clerk. */
function isVisible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}
const fontPx = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

function expectReadable(el: Element, what: string, text?: string): void {
  if (text !== undefined) expect(el.textContent!.trim(), `${what}: text`).to.contain(text);
  expect(isVisible(el), `${what}: visible with a non-zero box`).to.be.true;
  expect(fontPx(el), `${what}: font size (px)`).to.be.at.least(12);
}

describe('hardening: a page with aggressive global CSS', function () {
  this.timeout(20_000);
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.id = 'hostile-page-css';
    style.textContent = '* { all: unset } span { display: none !important } html { font-size: 2px }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('the CSS is in force on the page itself (control)', async () => {
    const probe = await fixture<HTMLElement>(html`<div><span>host text</span></div>`);
    expect(isVisible(probe.querySelector('span')!)).to.be.false;
    expect(fontPx(document.documentElement)).to.equal(2);
  });

  it('<credit-flag>: the outcome word and icon are visible and readable; the popover opens and is readable', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<HTMLElement>(html`<p>投标人 <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-flag></p>`);
    const f = el.querySelector('credit-flag')!;
    await settle(f);
    expectReadable($(f, '[part="label"]'), 'the outcome word', words.outcome.restricted);
    expect(isVisible($(f, '[part="icon"]')), 'the icon').to.be.true;
    await flagDriver.reveal(f);
    expectReadable($(f, '[part="details"] .title'), 'the popover title', FIXTURES.restricted.subject.name);
    expect(watch.errors).to.deep.equal([]);
  });

  it('<credit-check>: the outcome word, the measures and the record print as usual', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-check>`);
    await settle(el);
    expectReadable($(el, '[part="label"]'), 'the outcome word', words.outcome.restricted);
    expectReadable($(el, '.measure-name'), 'a measure name', '限制参加政府采购活动');
    expectReadable($(el, 'button.print-record'), 'the print button');
    const record = mountPrintDocument((await el.recordDocument())!);
    mounts.push(record);
    try {
      await emulateMedia({ media: 'print' });
      const word = record.root.querySelector('.outcome .word')!;
      expectReadable(word, 'the outcome word on paper', words.outcome.restricted);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("<credit-gate>: says why, readable, and still disables the host's control", async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditGate>(html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}
      ><button type="button" id="approve">批准</button></credit-gate
    >`);
    await settle(el);
    expectReadable($(el, '.sentence'), 'the reason', words.outcomeSentence.restricted);
    expectReadable($(el, '[part="override"]'), 'the override button');
    expect(el.querySelector<HTMLButtonElement>('#approve')!.disabled).to.be.true;
  });

  it('<credit-bidder-screen>: each row’s outcome word is visible and readable', async () => {
    const { endpoint } = await usePlatform();
    const subjects = [FIXTURES.restricted, FIXTURES.cleanThreeYears].map((f) => ({ id: f.subject.id, name: f.subject.name }));
    const el = (await bidderScreen.mount({ endpoint, scenario: PROCUREMENT, subjects })) as CreditBidderScreen;
    await bidderScreen.decisions(el);
    const badges = [...el.shadowRoot!.querySelectorAll('[part="badge"] .word')];
    expect(badges).to.have.length(2);
    badges.forEach((b, i) => expectReadable(b, `row ${i + 1}`));
    expectReadable($(el, 'button.print'), 'the print button');
  });

  it('<credit-commitment> and <credit-ledger>: their text is readable', async () => {
    const { endpoint } = await usePlatform();
    const c = await fixture<HTMLElement>(html`<credit-commitment endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} case-number="XK-1"></credit-commitment>`);
    await until(() => c.shadowRoot!.querySelector('table, .empty, .list .problem'), 'the commitment list');
    expectReadable($(c, 'button[type=submit]'), 'the commitment submit button');
    const l = await fixture<HTMLElement>(html`<credit-ledger endpoint=${endpoint}></credit-ledger>`);
    await until(() => l.shadowRoot!.querySelector('tr[data-query-id]'), 'the ledger rows');
    expectReadable($(l, 'tr[data-query-id] td'), 'a ledger cell');
  });
});

// ------------------------------------------------------------------------- prototype pollution

/** SHA-256 hex of `text`, independently of the SDK. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Canonical JSON by another road: JSON.stringify with sorted keys (run on a clean page only). */
function referenceCanonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/** Every own key anywhere in `value` (to prove no prototype key was copied into a result). */
function ownKeysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.add(key);
      ownKeysDeep((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

interface Pollution {
  fetched: string[];
  restore(): void;
}

/** What Prototype.js 1.6, MooTools-era helpers and a home-made fetch logger do to a page. */
function pollute(): Pollution {
  const fetched: string[] = [];
  const originalFetch = window.fetch;
  const w = window as unknown as Record<string, unknown>;
  const hadDollar = '$' in w;
  const oldDollar = w.$;
  /* eslint-disable no-extend-native */
  (Array.prototype as unknown as Record<string, unknown>).toJSON = function (this: unknown[]) {
    return '[' + Array.prototype.map.call(this, (x: unknown) => JSON.stringify(x)).join(', ') + ']';
  };
  (Object.prototype as unknown as Record<string, unknown>).polluted = 'from-an-old-library';
  (Object.prototype as unknown as Record<string, unknown>).extend = function extend() {
    return this;
  };
  window.fetch = function loggingFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    fetched.push(input instanceof Request ? input.url : String(input));
    return originalFetch.call(window, input, init);
  } as typeof fetch;
  w.$ = function notJQuery() {
    throw new Error('$ is not jQuery on this page');
  };
  return {
    fetched,
    restore() {
      delete (Array.prototype as unknown as Record<string, unknown>).toJSON;
      delete (Object.prototype as unknown as Record<string, unknown>).polluted;
      delete (Object.prototype as unknown as Record<string, unknown>).extend;
      window.fetch = originalFetch;
      if (hadDollar) w.$ = oldDollar;
      else delete w.$;
    },
  };
}

describe('hardening: a page an old library has extended', function () {
  this.timeout(20_000);

  it('the pollution is real (control): JSON.stringify and for…in see it', () => {
    const p = pollute();
    let text: string;
    const keys: string[] = [];
    try {
      text = JSON.stringify({ a: [1, 2] });
      for (const key in {}) keys.push(key);
    } finally {
      p.restore();
    }
    expect(text).to.equal('{"a":"[1, 2]"}');
    expect(keys).to.include('polluted');
  });

  it('flag, check, gate and bidder screen decide right, and every printed digest is the SHA-256 of the canonical JSON', async () => {
    const { endpoint, platform } = await usePlatform();
    const p = pollute();
    let results: Decision[] = [];
    let outcomes: Record<string, string | null> = {};
    let recordDigest = '';
    let listDigests: { queryId: string; digest: string }[] = [];
    let listDigest = '';
    let rows: Decision[] = [];
    const collect = (e: Event) => results.push((e as CustomEvent<Decision>).detail);
    document.addEventListener('credit-result', collect);
    try {
      const container = await fixture<HTMLElement>(html`<div>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-flag>
        <credit-check endpoint=${endpoint} scenario=${LICENSING} subject=${FIXTURES.cleanThreeYears.subject.id}></credit-check>
        <credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.objection.subject.id}><button>批准</button></credit-gate>
      </div>`);
      const [f, c, g] = [...container.children] as HTMLElement[];
      await Promise.all([settle(f), settle(c), settle(g)]);
      outcomes = { flag: f.getAttribute('outcome'), check: c.getAttribute('outcome'), gate: g.getAttribute('outcome') };

      const record = mountPrintDocument((await (c as CreditCheck).recordDocument())!);
      mounts.push(record);
      recordDigest = record.root.querySelector('.digest-row td')!.textContent!.trim();

      const screen = (await bidderScreen.mount({
        endpoint,
        scenario: PROCUREMENT,
        subjects: [FIXTURES.restricted, FIXTURES.redList, FIXTURES.staleActive].map((x) => ({ id: x.subject.id, name: x.subject.name })),
      })) as CreditBidderScreen;
      rows = await bidderScreen.decisions(screen);
      const printed = screen.print();
      const root = await until(
        () => [...document.querySelectorAll('body > .credit-print-root')].find((r) => r.shadowRoot?.querySelector('.record-list')),
        'the list record',
      );
      // The paged list record: each row's query id and, under it, the digest of its result.
      listDigests = [...root.shadowRoot!.querySelectorAll('tr.row')].map((tr) => ({
        queryId: tr.querySelector('td.query .mono')!.textContent!.trim(),
        digest: tr.querySelector('td.query .digest')!.textContent!.trim(),
      }));
      listDigest = root.shadowRoot!.querySelector('.list-digest td')!.textContent!.trim();
      window.dispatchEvent(new Event('afterprint'));
      await printed;
    } finally {
      document.removeEventListener('credit-result', collect);
      p.restore();
    }

    // On a clean page again: judge what happened under the pollution.
    expect(outcomes).to.deep.equal({ flag: 'restricted', check: 'facilitated', gate: 'review' });
    expect(rows.map((d) => d.outcome)).to.deep.equal(['restricted', 'facilitated', 'clear']);
    const keys = ownKeysDeep([...results, ...rows]);
    expect(keys.has('polluted') || keys.has('extend') || keys.has('toJSON'), 'no prototype key copied into a result').to.be.false;
    // The platform received proper JSON arrays (not Prototype's strings).
    for (const r of platform.state.requests.filter((x) => x.path.endsWith('/v1/checks'))) {
      expect(Array.isArray((r.body as { subjects?: unknown }).subjects), 'subjects sent as an array').to.be.true;
    }
    expect(p.fetched.length, "the page's own fetch wrapper still sees the requests").to.be.greaterThan(0);

    // credit-result's detail is the decision plus `measures` (the applied ones, by another name).
    const { measures: _measures, ...checkDecision } = results.find(
      (d) => d.subject?.id === FIXTURES.cleanThreeYears.subject.id && d.scenario === LICENSING,
    ) as Decision & { measures?: unknown };
    expect(recordDigest).to.equal(await sha256(referenceCanonical(checkDecision)));
    const byQuery = new Map(rows.map((d) => [d.queryId, d]));
    expect(listDigests).to.have.length(3);
    for (const { queryId, digest } of listDigests) expect(digest, queryId).to.equal(await sha256(referenceCanonical(byQuery.get(queryId))));
    expect(listDigest).to.equal(await sha256(referenceCanonical(listDigests.map((r) => byQuery.get(r.queryId)))));
    expect(watch.errors).to.deep.equal([]);
    expect(watch.rejections).to.deep.equal([]);
  });
});
