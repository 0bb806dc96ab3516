// <credit-bidder-screen>: the 人工核查 form of a row keeps what the clerk typed ("nothing typed
// is lost") while the row leaves the virtual window and comes back, through a re-render, a
// sort and a language switch, a cancel and a new screening of the row; a write in flight
// stays in flight (sent once). A new list drops the drafts; drafts are never stored (a reload
// forgets them, as the gate's and the panel's do). A verification recorded offline is followed
// by the screen once its form has left the page: the row turns from queued to sent (or
// rejected, offering the form again), and credit-verification fires once per state.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { maskSubjectId, usccCheckChar } from '../../src/ids/index.js';
import { FIXTURES } from '../../src/testing/index.js';
import { clientFor } from '../../src/client/registry.js';
import type { CreditVerificationDetail } from '../../widgets/internal/manual-verification.js';
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

describe('<credit-bidder-screen> 人工核查 recorded offline: the row follows the outbox', () => {
  const PERSON = FIXTURES.personJudgmentDebtor.subject.id;
  const middle = PERSON.slice(6, 14);
  const LIST = `${FIXTURES.restricted.subject.name}\t${FIXTURES.restricted.subject.id}\n张某某\t${PERSON}\n`;

  /** Every credit-verification the page hears, at the document, in the capture and the bubble phase. */
  function listen() {
    const capture: CreditVerificationDetail[] = [];
    const bubble: CreditVerificationDetail[] = [];
    const onCapture = (e: Event) => capture.push((e as CustomEvent<CreditVerificationDetail>).detail);
    const onBubble = (e: Event) => bubble.push((e as CustomEvent<CreditVerificationDetail>).detail);
    document.addEventListener('credit-verification', onCapture, true);
    document.addEventListener('credit-verification', onBubble);
    return {
      capture,
      bubble,
      stop() {
        document.removeEventListener('credit-verification', onCapture, true);
        document.removeEventListener('credit-verification', onBubble);
      },
    };
  }

  const verificationLine = (el: Element, index: number) => rowEl(el, index)?.querySelector<HTMLElement>('.notes .verification') ?? null;

  /** A screen of a company and a person whose checks failed; the platform then goes offline and the clerk records no-records for row `index`. */
  async function recordedOffline(index: number) {
    const used = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const el = await fixture<CreditBidderScreen>(
      html`<credit-bidder-screen endpoint=${used.endpoint} scenario="government-procurement" purpose="政府采购投标人资格审查" authorization="statutory-duty" authorization-ref="《政府采购法》第二十二条"></credit-bidder-screen>`,
    );
    await el.load(LIST);
    await screenAll(el);
    expect(el.rows.map((r) => r.decision?.outcome)).to.deep.equal(['unknown', 'unknown']);
    used.platform.setFaults('offline');
    const form = await openForm(el, index);
    field(form, 'input[name="finding"][value="no-records"]').click();
    await form.updateComplete;
    field<HTMLButtonElement>(form, 'button.submit').click();
    await waitUntil(() => verificationLine(el, index)?.dataset.state === 'queued', 'the row to say the verification is queued');
    await el.updateComplete;
    return { ...used, el, form };
  }

  it('recorded while the platform is offline, the row says queued; once the platform is back it says sent, the platform holds one verification, and credit-verification fires for sent', async () => {
    const events = listen();
    try {
      const { el, form, platform, endpoint } = await recordedOffline(2);
      expect(text(verificationLine(el, 2))).to.contain('未发现失信记录').and.contain('已保存，联网后自动报送信用平台。');
      expect(text(rowEl(el, 2)!.querySelector('.badge .word'))).to.equal('人工核查');
      expect(form.isConnected, 'the form has left the page: the screen follows the write').to.be.false;
      expect(formOf(el, 2)).to.equal(null);
      expect(platform.state.verifications).to.have.length(0);
      expect(events.bubble.map((d) => d.state)).to.deep.equal(['queued']);

      // The network is back.
      platform.setFaults('none');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => verificationLine(el, 2)?.dataset.state === 'sent', 'the row to say the verification was sent');
      expect(text(verificationLine(el, 2))).to.contain('未发现失信记录').and.contain('已报送信用平台。').and.not.contain('联网后');
      expect(text(rowEl(el, 2)!.querySelector('.badge .word'))).to.equal('人工核查');
      expect(el.rows[1].decision!.outcome, 'still unknown, never green').to.equal('unknown');
      expect(platform.state.verifications).to.have.length(1);
      expect(platform.state.verifications[0]).to.include({ finding: 'no-records', subjectId: maskSubjectId(PERSON) });

      // Once per state, whoever listens how: queued, then sent, for the same write.
      await clientFor(endpoint).outbox.flush(); // a further attempt: nothing is sent or announced again
      await el.updateComplete;
      expect(events.bubble.map((d) => d.state)).to.deep.equal(['queued', 'sent']);
      expect(events.capture.map((d) => d.state)).to.deep.equal(['queued', 'sent']);
      expect(events.bubble[1].key).to.equal(events.bubble[0].key);
      expect(events.bubble[1].verification).to.include({ finding: 'no-records', subjectId: maskSubjectId(PERSON) });
      expect(platform.state.verifications).to.have.length(1);
      // No person's full number in the events or the page.
      expect(JSON.stringify(events.bubble)).to.not.contain(middle);
      expect(el.shadowRoot!.innerHTML).to.not.contain(middle);
    } finally {
      events.stop();
    }
  });

  it('refused by the platform once it is back: the row says so, credit-verification fires rejected, and the form is offered again with what was sent and why', async () => {
    const events = listen();
    const original = window.fetch;
    try {
      const { el, platform } = await recordedOffline(1);
      // The platform answers the verification with a refusal (422), for good.
      window.fetch = function refusingFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const url = input instanceof Request ? input.url : String(input);
        if (!url.includes('/v1/verifications')) return original.call(window, input, init);
        const problem = { type: 'about:blank', title: '核查记录不符合要求', status: 422 };
        return Promise.resolve(new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } }));
      } as typeof fetch;
      platform.setFaults('none');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => verificationLine(el, 1)?.dataset.state === 'rejected', 'the row to say the verification was refused');
      expect(text(verificationLine(el, 1))).to.contain('信用平台拒收了这条核查记录。').and.not.contain('已记录');
      expect(text(rowEl(el, 1)!.querySelector('.badge .word'))).to.not.equal('人工核查');
      expect(events.bubble.map((d) => d.state)).to.deep.equal(['queued', 'rejected']);
      expect(events.capture.map((d) => d.state)).to.deep.equal(['queued', 'rejected']);
      await waitUntil(() => formOf(el, 1), 'the form to be offered again in the open details');
      expect(platform.state.verifications).to.have.length(0);
      // What was sent is the draft again, with the platform's reason: corrected and sent anew, it arrives once.
      const again = formOf(el, 1)!;
      await again.updateComplete;
      expect(shown(again)).to.include({ source: 'credit-china', finding: 'no-records' });
      expect(text(again.shadowRoot!.querySelector('.failure'))).to.contain('核查记录不符合要求');
      window.fetch = original;
      field<HTMLButtonElement>(again, 'button.submit').click();
      await waitUntil(() => verificationLine(el, 1)?.dataset.state === 'sent', 'the row to say the second verification was sent');
      expect(platform.state.verifications).to.have.length(1);
      expect(events.bubble.map((d) => d.state)).to.deep.equal(['queued', 'rejected', 'sent']);
      expect(events.bubble[2].key).to.not.equal(events.bubble[0].key);
    } finally {
      window.fetch = original;
      events.stop();
    }
  });
});
