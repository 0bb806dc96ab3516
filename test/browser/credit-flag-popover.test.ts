/**
 * The flag's details inside real host UIs: layui's `.layui-table-cell` and Element's `.cell`
 * are `overflow: hidden` with a fixed 38 px row height, often in the last column near the
 * window's right edge. The details must still be seen: inside the viewport and on top of
 * everything (what `elementFromPoint` finds at their centre is the popover).
 *
 * Both paths are exercised: the Popover API's top layer (this Chromium has it) and the
 * `position: fixed` fallback of kernels without it (Chromium 69–113), by hiding the API.
 * Without the top layer, an ancestor that makes its own stacking context (z-index,
 * transform) can still be covered by its siblings: that case is tested on the top layer only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-flag/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import { mount, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';

const shadow = (el: Element) => el.shadowRoot!;
const badge = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="badge"]')!;
const details = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="details"]')!;
/** Whether any of the details is on screen (a closed flag renders them hidden, or not at all). */
const detailsOnScreen = (el: Element) => {
  const d = shadow(el).querySelector<HTMLElement>('[part="details"]');
  return !!d && !d.hidden && d.getBoundingClientRect().width > 0;
};

/** The element a click at (x, y) would reach, looking through open shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let root: Document | ShadowRoot = document;
  let hit: Element | null = null;
  for (;;) {
    const next: Element | null = root.elementFromPoint(x, y);
    if (!next || next === hit) return hit;
    hit = next;
    if (!next.shadowRoot) return hit;
    root = next.shadowRoot;
  }
}

/**
 * A host-page table whose last cell holds the flag: a 38 px, overflow-hidden cell box, the
 * table against the window's right edge in a scrolling wrapper, and a sibling panel with
 * z-index 999 covering the area below the table (pointer events on, so hit-testing sees it).
 * With `stacking`, the wrapper is `position: fixed` with z-index 1 — its own stacking
 * context, as layui's fixed-column tables are — which only the top layer escapes.
 * Styles are set through CSSOM, as a strict-CSP host page would.
 */
async function flagInTableCell(endpoint: string, { stacking }: { stacking: boolean }): Promise<{ flag: CreditFlag; cell: HTMLElement; page: HTMLElement }> {
  const page = await mount<HTMLElement>(html`<div class="host-page">
    <div class="table-wrap">
      <table>
        <tr>
          <td><div class="cell">福州某某科技有限公司</div></td>
          <td>
            <div class="cell last-cell">
              <span>某某公司</span>
              <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${FIXTURES.restricted.subject.id}></credit-flag>
            </div>
          </td>
        </tr>
      </table>
    </div>
    <div class="overlay"></div>
  </div>`);
  const wrap = page.querySelector<HTMLElement>('.table-wrap')!;
  Object.assign(wrap.style, { width: '360px', overflow: 'auto', marginLeft: 'auto', marginTop: '80px' });
  if (stacking) Object.assign(wrap.style, { position: 'fixed', top: '80px', right: '0px', marginTop: '0px', zIndex: '1' });
  Object.assign(page.querySelector<HTMLElement>('.overlay')!.style, {
    position: 'fixed',
    top: '140px',
    right: '0px',
    width: '500px',
    height: '400px',
    zIndex: '999',
    background: 'rgb(240 240 240)',
  });
  for (const cell of page.querySelectorAll<HTMLElement>('.cell')) {
    Object.assign(cell.style, { height: '38px', lineHeight: '38px', overflow: 'hidden', whiteSpace: 'nowrap', padding: '0 4px' });
  }
  const flag = page.querySelector<CreditFlag>('credit-flag')!;
  await settle(flag);
  const cell = page.querySelector<HTMLElement>('.last-cell')!;
  // Control: the host page really clips and covers what sits below the cell.
  const below = cell.getBoundingClientRect();
  expect(deepElementFromPoint(below.left + 20, below.bottom + 30)?.className, 'the overlay covers the area below the cell (control)').to.equal('overlay');
  return { flag, cell, page };
}

async function openAndWaitForPlacement(flag: CreditFlag): Promise<DOMRect> {
  badge(flag).click();
  await flag.updateComplete;
  await waitUntil(() => details(flag).querySelector('.sentence'), 'the popover shows the decision');
  await waitUntil(() => details(flag).hasAttribute('data-placed'), 'the popover is placed');
  // One more placement round after the content arrived (size changes are followed).
  await new Promise((resolve) => setTimeout(resolve, 50));
  return details(flag).getBoundingClientRect();
}

function expectSeen(flag: CreditFlag, box: DOMRect, cell: HTMLElement): void {
  expect(box.width, 'the details have a width').to.be.greaterThan(100);
  expect(box.height, 'the details are taller than the 38 px cell').to.be.greaterThan(38);
  expect(box.left, 'left edge inside the viewport').to.be.at.least(0);
  expect(box.top, 'top edge inside the viewport').to.be.at.least(0);
  expect(box.right, 'right edge inside the viewport').to.be.at.most(window.innerWidth);
  expect(box.bottom, 'bottom edge inside the viewport').to.be.at.most(window.innerHeight);
  // It extends beyond the cell that clips its content.
  const cellBox = cell.getBoundingClientRect();
  expect(box.bottom > cellBox.bottom || box.top < cellBox.top, 'the details reach outside the cell').to.be.true;
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit, 'something is hit at the centre of the details').to.not.be.null;
  expect(details(flag).contains(hit), `the centre of the details is the details (hit: ${hit?.localName}.${hit?.className})`).to.be.true;
}

describe('<credit-flag> details in a host table cell', function () {
  this.timeout(20_000);

  it('a 38 px overflow-hidden cell at the right edge: the opened details are inside the viewport and on top', async () => {
    const { endpoint } = await usePlatform();
    const { flag, cell } = await flagInTableCell(endpoint, { stacking: true });
    expect(window.innerWidth - badge(flag).getBoundingClientRect().right, 'the flag sits near the right edge').to.be.below(120);
    const box = await openAndWaitForPlacement(flag);
    expectSeen(flag, box, cell);
    // Keyboard and screen reader wiring stay.
    expect(badge(flag).getAttribute('aria-expanded')).to.equal('true');
    expect(badge(flag).getAttribute('aria-controls')).to.equal(details(flag).id);
    expect(details(flag).getAttribute('role')).to.equal('dialog');
  });

  it('without the Popover API (Chromium 69–113): fixed positioning escapes the cell and covers the page', async () => {
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    const saved = ['showPopover', 'hidePopover', 'popover'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
    for (const [name] of saved) delete proto[name];
    try {
      expect('showPopover' in document.createElement('div'), 'the API is hidden (control)').to.be.false;
      const { endpoint } = await usePlatform();
      const { flag, cell } = await flagInTableCell(endpoint, { stacking: false });
      const box = await openAndWaitForPlacement(flag);
      expect(details(flag).hasAttribute('popover'), 'no popover attribute without the API').to.be.false;
      expectSeen(flag, box, cell);
    } finally {
      for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });

  it('near the bottom edge it opens above the badge instead', async () => {
    const { endpoint } = await usePlatform();
    const { flag, cell, page } = await flagInTableCell(endpoint, { stacking: true });
    const wrap = page.querySelector<HTMLElement>('.table-wrap')!;
    wrap.style.top = 'auto';
    wrap.style.bottom = '0px';
    await flag.updateComplete;
    const box = await openAndWaitForPlacement(flag);
    expect(box.bottom, 'above the badge').to.be.at.most(badge(flag).getBoundingClientRect().top);
    expectSeen(flag, box, cell);
  });

  it('Escape and a click outside close it', async () => {
    const { endpoint } = await usePlatform();
    const { flag } = await flagInTableCell(endpoint, { stacking: true });
    await openAndWaitForPlacement(flag);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await flag.updateComplete;
    expect(detailsOnScreen(flag), 'closed by Escape: nothing left on screen').to.be.false;
    await openAndWaitForPlacement(flag);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await flag.updateComplete;
    expect(detailsOnScreen(flag), 'closed by a click outside').to.be.false;
  });
});
