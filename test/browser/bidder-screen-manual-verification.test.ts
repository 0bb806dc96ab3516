// <credit-bidder-screen>: the 人工核查 form of a row keeps what the clerk typed ("nothing typed
// is lost") while the row leaves the virtual window and comes back, through a re-render, a
// sort and a language switch, a cancel and a new screening of the row; a write in flight
// stays in flight (sent once). A new list drops the drafts; drafts are never stored (a reload
// forgets them, as the gate's and the panel's do).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { usccCheckChar } from '../../src/ids/index.js';
import { todayInChina } from '../../src/policy/dates.js';
import '../../widgets/credit-bidder-screen/define.js';
import type { CreditBidderScreen } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { requestsTo, usePlatform } from './support/platform.js';

const ROWS = 300;
const NOTE = '信用中国网站查询结果截图已归档，经办人核对无误';
const REFERENCE = 'XYBG-2026-0042';

/** A code with a correct check character that the platform does not know. */
function generatedCode(n: number): string {
  const body = `91110000MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}

function generatedList(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`测试投标单位${i + 1}有限公司\t${generatedCode(i + 1)}`);
  return lines.join('\r\n') + '\r\n';
}

type Form = HTMLElement & { updateComplete: Promise<unknown> };

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const rowEl = (el: Element, index: number) => $(el, `tbody.row[data-index="${index}"]`);
const formOf = (el: Element, index: number) => rowEl(el, index)?.querySelector<Form>('credit-manual-verification') ?? null;
const field = <T extends HTMLElement = HTMLInputElement>(form: Element, selector: string) => form.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has the focus, inside shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A screen whose checks all fail (HTTP 500): every row `unknown`, every row offering 人工核查. */
async function unknownScreen() {
  const used = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
  const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen endpoint=${used.endpoint} scenario="government-procurement"></credit-bidder-screen>`);
  await el.load(generatedList(ROWS));
  await screenAll(el);
  return { ...used, el };
}

async function screenAll(el: CreditBidderScreen, run: () => Promise<void> = () => el.screen()) {
  const done = oneEvent(el, 'credit-screen-complete');
  void run();
  await done;
  await el.updateComplete;
}

/** Opens the row's details and returns its 人工核查 form, rendered. */
async function openForm(el: CreditBidderScreen, index: number): Promise<Form> {
  rowEl(el, index)!.querySelector<HTMLButtonElement>('button.expand')!.click();
  await el.updateComplete;
  const form = formOf(el, index);
  expect(form, `row ${index}'s 人工核查 form`).to.exist;
  await form!.updateComplete;
  return form!;
}

/** Types a whole verification the way a clerk does; the focus is left in the note. */
async function typeVerification(form: Form) {
  const source = field<HTMLSelectElement>(form, '#mv-source');
  source.value = 'credit-report';
  source.dispatchEvent(new Event('change'));
  field(form, '#mv-reference').focus();
  await sendKeys({ type: REFERENCE });
  const date = field(form, '#mv-checked-on');
  date.value = '2026-01-05';
  date.dispatchEvent(new Event('input'));
  field(form, 'input[name="finding"][value="records-found"]').click();
  await form.updateComplete;
  field<HTMLTextAreaElement>(form, '#mv-note').focus();
  await sendKeys({ type: NOTE });
  await form.updateComplete;
}

/** What the form shows in each field. */
function shown(form: Form) {
  return {
    source: field<HTMLSelectElement>(form, '#mv-source').value,
    reference: field(form, '#mv-reference').value,
    checkedOn: field(form, '#mv-checked-on').value,
    finding: form.shadowRoot!.querySelector<HTMLInputElement>('input[name="finding"]:checked')?.value ?? '',
    note: field<HTMLTextAreaElement>(form, '#mv-note').value,
  };
}

const TYPED = { source: 'credit-report', reference: REFERENCE, checkedOn: '2026-01-05', finding: 'records-found', note: NOTE };

/** Scrolls the list to its end until row `index` has left the DOM, then back to the top until it is there again. */
async function scrollAwayAndBack(el: CreditBidderScreen, index: number, whileAway: () => void | Promise<void> = () => {}) {
  const scroller = $(el, '.scroller')!;
  scroller.scrollTop = scroller.scrollHeight;
  await waitUntil(() => rowEl(el, ROWS - 5), 'the end of the list to be rendered');
  expect(rowEl(el, index), `row ${index} recycled: not in the DOM`).to.equal(null);
  await whileAway();
  scroller.scrollTop = 0;
  await waitUntil(() => rowEl(el, index), `row ${index} to be rendered again`);
  await el.updateComplete;
}

describe('<credit-bidder-screen> 人工核查 drafts: nothing typed is lost', () => {
  it('a row that leaves the virtual window and comes back shows what was typed, the caret back in the note; submitted, it is sent once', async () => {
    const { el, platform } = await unknownScreen();
    const form = await openForm(el, 1);
    await typeVerification(form);
    expect(shown(form)).to.deep.equal(TYPED);

    await scrollAwayAndBack(el, 1, () => {
      expect(form.isConnected, 'the form left the page with its row').to.be.false;
    });

    const back = formOf(el, 1);
    expect(back, 'the details are still open, with the form').to.exist;
    await back!.updateComplete;
    expect(shown(back!)).to.deep.equal(TYPED);
    // (Elements compared as booleans: a failing assertion must not hand the runner a DOM node to print.)
    expect(deepActive() === field(back!, '#mv-note'), 'the focus is back in the note, where the clerk was typing').to.be.true;
    await sendKeys({ type: '。' });
    expect(field<HTMLTextAreaElement>(back!, '#mv-note').value).to.equal(`${NOTE}。`);

    field<HTMLButtonElement>(back!, 'button.submit').click();
    await waitUntil(() => text(rowEl(el, 1)?.querySelector('.badge .word')) === '人工核查', 'the row to say 人工核查');
    await waitUntil(() => platform.state.verifications.length >= 1, 'the verification to arrive');
    expect(platform.state.verifications).to.have.length(1);
    expect(platform.state.verifications[0]).to.include({ source: 'credit-report', reference: REFERENCE, checkedOn: '2026-01-05', finding: 'records-found', note: `${NOTE}。` });
    expect(requestsTo(platform, '/v1/verifications', 'POST')).to.equal(1);
    expect(formOf(el, 1), 'recorded: no form any more').to.equal(null);

    // Recycled once more, the row still says what was recorded, and nothing is sent again.
    await scrollAwayAndBack(el, 1);
    expect(text(rowEl(el, 1)!.querySelector('.notes .verification'))).to.contain('发现失信记录');
    expect(requestsTo(platform, '/v1/verifications', 'POST')).to.equal(1);
  });

  it('keeps the draft through a language switch, a new sort, Esc (the focus goes back to the details button) and a new screening of the row', async () => {
    const { el, platform } = await unknownScreen();
    const form = await openForm(el, 1);
    await typeVerification(form);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await formOf(el, 1)!.updateComplete;
    expect(text(formOf(el, 1)!.shadowRoot!.querySelector('.title'))).to.not.match(/[\u4e00-\u9fff]/);
    expect(shown(formOf(el, 1)!)).to.deep.equal(TYPED);

    $<HTMLButtonElement>(el, 'button.sort[data-sort="index"]')!.click(); // a re-render in another order
    await el.updateComplete;
    expect(shown(formOf(el, 1)!)).to.deep.equal(TYPED);

    field<HTMLTextAreaElement>(formOf(el, 1)!, '#mv-note').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(formOf(el, 1), 'Esc closes the details').to.equal(null);
    expect(el.shadowRoot!.activeElement === rowEl(el, 1)!.querySelector('button.expand'), 'the focus is on the button that opened them').to.be.true;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(formOf(el, 1)!)).to.deep.equal(TYPED);

    // Screened again (the platform still down): a new decision, the same draft.
    const before = el.rows[0].decision;
    await screenAll(el, () => el.retryFailed());
    expect(el.rows[0].decision).to.not.equal(before);
    const again = await openForm(el, 1);
    expect(shown(again)).to.deep.equal(TYPED);

    // Drafts live in memory only, like the gate's and the panel's: nothing typed is stored.
    const stored = [localStorage, sessionStorage].map((s) => Object.keys(s).map((k) => s.getItem(k)).join('\n')).join('\n');
    expect(stored).to.not.contain(REFERENCE).and.not.contain(NOTE);
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
  });

  it('drops the drafts of the old rows when a new list is read', async () => {
    const { el } = await unknownScreen();
    await typeVerification(await openForm(el, 1));
    await el.load(generatedList(ROWS)); // the same bidders, a new list
    await screenAll(el);
    const form = await openForm(el, 1);
    expect(shown(form)).to.deep.equal({ source: 'credit-china', reference: '', checkedOn: todayInChina(), finding: '', note: '' });
  });

  it('a write still on its way when its row leaves the window is still on its way when the row returns, and is sent once', async () => {
    const { el, platform } = await unknownScreen();
    const form = await openForm(el, 1);
    field(form, 'input[name="finding"][value="no-records"]').click();
    await form.updateComplete;

    // The platform's answer to the verification is held until released.
    const original = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let posted = 0;
    window.fetch = function heldFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/v1/verifications')) return original.call(window, input, init);
      posted += 1;
      return held.then(() => original.call(window, input, init));
    } as typeof fetch;
    try {
      field<HTMLButtonElement>(form, 'button.submit').click();
      await waitUntil(() => posted === 1, 'the verification to be on its way');
      await scrollAwayAndBack(el, 1);
      const back = formOf(el, 1)!;
      await back.updateComplete;
      const submit = field<HTMLButtonElement>(back, 'button.submit');
      expect(submit.disabled, 'still sending: no second write can start').to.be.true;
      submit.click();
      release();
      await waitUntil(() => text(rowEl(el, 1)?.querySelector('.badge .word')) === '人工核查', 'the row to say 人工核查');
    } finally {
      window.fetch = original;
    }
    expect(posted).to.equal(1);
    expect(platform.state.verifications).to.have.length(1);
    expect(platform.state.verifications[0]).to.include({ finding: 'no-records' });
  });
});
