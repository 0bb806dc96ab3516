/**
 * Hostile host pages, inherited text styles: an `el-dialog` footer's `text-align: right`, a
 * table's `white-space: nowrap`, a bold and italic title bar with `letter-spacing`, an
 * upper-casing theme, a right-to-left page. Inherited properties cross shadow boundaries,
 * so every element resets them; none of the page's must reach the elements' text.
 *
 * Each element is mounted twice, on a neutral page and inside the hostile container, and
 * every element in its shadow tree must compute the same text styles in both. The hostile
 * rules also target the element itself (`.host-footer > *`), as a page's selectors do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetConfig } from '../../../src/client/registry.js';
import { FIXTURES } from '../../../src/testing/index.js';
import type { CreditBidderScreen } from '../../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import type { CreditGate } from '../../../widgets/credit-gate/credit-gate.js';
import { usePlatform } from '../support/platform.js';
import { flag as flagDriver, settle } from './support/elements.js';
import { until, watchPage, type PageWatch } from './support/page.js';

const PROCUREMENT = 'government-procurement';

const HOSTILE_CSS = `
  .host-footer {
    text-align: right; line-height: 3; letter-spacing: 6px; word-spacing: 20px; white-space: nowrap;
    text-transform: uppercase; text-indent: 3em; font-style: italic; font-weight: 700; direction: rtl;
    font-variant: small-caps; text-shadow: 1px 1px 2px red; word-break: break-all; cursor: wait;
  }
  .host-footer > * { text-align: right !important; letter-spacing: 6px !important; white-space: pre !important; }
`;

/** The inherited text properties a host page could leak in. */
const TEXT_PROPERTIES = [
  'textAlign',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'whiteSpace',
  'textTransform',
  'textIndent',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'textShadow',
  'wordBreak',
  'direction',
  'cursor',
] as const;

/** Every element of `root`'s shadow trees (nested ones included), keyed by its path. */
function textStyles(host: Element): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const walk = (root: ShadowRoot, prefix: string) => {
    const elements = [...root.querySelectorAll('*')].filter((e) => !['STYLE', 'svg', 'path', 'SLOT'].includes(e.tagName) && !(e instanceof SVGElement));
    elements.forEach((e, i) => {
      const key = `${prefix}/${i}:${e.localName}.${e.getAttribute('class') ?? ''}`;
      const cs = getComputedStyle(e);
      out.set(key, Object.fromEntries(TEXT_PROPERTIES.map((p) => [p, cs[p]])));
      if (e.shadowRoot) walk(e.shadowRoot, key);
    });
  };
  walk(host.shadowRoot!, host.localName);
  return out;
}

let watch: PageWatch;
let style: HTMLStyleElement;
beforeEach(() => {
  watch = watchPage();
  style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
});
afterEach(() => {
  style.remove();
  watch.stop();
  resetConfig();
});

/** Mounts `make()`'s element in a neutral box and in the hostile footer; `ready` brings each to the state to compare. */
async function compare<E extends HTMLElement>(
  make: (endpoint: string) => ReturnType<typeof html>,
  ready: (el: E) => Promise<void>,
): Promise<{ neutral: E; hostile: E }> {
  const { endpoint } = await usePlatform();
  const page = await fixture<HTMLElement>(html`<div>
    <div class="neutral">${make(endpoint)}</div>
    <div class="host-footer">${make(endpoint)}</div>
  </div>`);
  const neutral = page.querySelector('.neutral')!.firstElementChild as E;
  const hostile = page.querySelector('.host-footer')!.firstElementChild as E;
  // Control: the hostile rules are in force on the page (and on the element itself).
  expect(getComputedStyle(hostile).textAlign, 'the host rule reaches the element (control)').to.equal('right');
  expect(getComputedStyle(page.querySelector('.host-footer')!).direction).to.equal('rtl');
  await ready(neutral);
  await ready(hostile);
  const a = textStyles(neutral);
  const b = textStyles(hostile);
  const shared = [...a.keys()].filter((k) => b.has(k));
  expect(shared.length, `${neutral.localName}: elements compared`).to.be.at.least(8);
  const leaks: string[] = [];
  for (const key of shared) {
    for (const p of TEXT_PROPERTIES) if (a.get(key)![p] !== b.get(key)![p]) leaks.push(`${key} ${p}: ${a.get(key)![p]} → ${b.get(key)![p]}`);
  }
  expect(leaks, `${neutral.localName}: inherited text styles that leaked in`).to.deep.equal([]);
  return { neutral, hostile };
}

/** Left edge of `el`'s text minus the left edge of its content box: 0 when start-aligned (LTR). */
function textIndentFromStart(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const cs = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return range.getBoundingClientRect().left - (box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth));
}

describe('hardening: inherited text styles of the host page', function () {
  this.timeout(30_000);

  it("<credit-gate> in an el-dialog footer (text-align: right …): its notice, measure list and override form start-aligned", async () => {
    const { hostile } = await compare<CreditGate>(
      (endpoint) => html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}><button type="button">准予许可</button></credit-gate>`,
      async (el) => {
        await settle(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="override"]')!.click();
        await el.updateComplete;
      },
    );
    const root = hostile.shadowRoot!;
    for (const selector of ['.notice p:not(.sentence)', '.notice li', 'label', '#reason-hint']) {
      const el = root.querySelector(selector);
      expect(el, selector).to.not.be.null;
      expect(getComputedStyle(el!).textAlign, `${selector}: text-align`).to.equal('start');
      expect(Math.abs(textIndentFromStart(el!)), `${selector}: its text starts at its left edge`).to.be.below(2);
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('<credit-flag> in such a cell: the badge and the open details', async () => {
    await compare<HTMLElement>(
      (endpoint) => html`<credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-flag>`,
      async (el) => {
        await settle(el);
        await flagDriver.reveal(el);
      },
    );
  });

  it('<credit-check>', async () => {
    await compare<HTMLElement>(
      (endpoint) => html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-check>`,
      (el) => settle(el).then(() => undefined),
    );
  });

  it('<credit-bidder-screen>, <credit-commitment> and <credit-ledger>', async () => {
    await compare<CreditBidderScreen>(
      (endpoint) => html`<credit-bidder-screen endpoint=${endpoint} scenario=${PROCUREMENT}></credit-bidder-screen>`,
      async (el) => {
        await el.load(`${FIXTURES.restricted.subject.name},${FIXTURES.restricted.subject.id}\n${FIXTURES.redList.subject.name},${FIXTURES.redList.subject.id}`);
        await el.screen();
        await el.updateComplete;
      },
    );
    await compare<HTMLElement>(
      (endpoint) => html`<credit-commitment endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} case-number="XK-1"></credit-commitment>`,
      async (el) => {
        await until(() => el.shadowRoot!.querySelector('table, .empty, .list .problem'), 'the commitment list');
      },
    );
    await compare<HTMLElement>(
      (endpoint) => html`<credit-ledger endpoint=${endpoint}></credit-ledger>`,
      async (el) => {
        await until(() => el.shadowRoot!.querySelector('tr[data-query-id]'), 'the ledger rows');
      },
    );
  });
});
