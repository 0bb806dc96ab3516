/**
 * 人工核查 (rules §12) from <credit-flag>'s popover, and the gate's reason to proceed on
 * records found reaching the platform (rules §7 "the gate, exactly").
 *
 * - The flag: where its decision is `unknown` (platform down, not found), the popover —
 *   loaded on the first opening — offers 记录人工核查; bad input is caught at the field and
 *   nothing is sent; a good verification is sent once, fires `credit-verification`, and the
 *   badge says 人工核查 in the colour of `unknown`, never a green word or colour. Not offered
 *   for a missing purpose (the clerk fixes the input instead).
 * - The gate: a records-found verification asks for the reason to proceed in the same form;
 *   without it nothing is sent and the control stays disabled; with it, one write reaches the
 *   platform, its note ending with the reason (an unknown decision has no measures, so no
 *   `overridden` feedback is sent).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import { todayInChina } from '../../src/policy/dates.js';
import '../../widgets/credit-flag/define.js';
import '../../widgets/credit-gate/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import type { CreditManualVerification, CreditVerificationDetail } from '../../widgets/internal/manual-verification.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const CASE = 'ZC-2026-0521';
const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const badge = (flag: Element) => shadow(flag).querySelector<HTMLButtonElement>('[part="badge"]')!;
const popover = (flag: Element) => shadow(flag).querySelector<HTMLElement>('[part="details"]')!;
/** A closed flag renders its details hidden (while a 人工核查 draft is kept there) or not at all. */
const popoverOpen = (flag: Element) => !!shadow(flag).querySelector<HTMLElement>('[part="details"]:not([hidden])');
const formIn = (host: Element) => shadow(host).querySelector<CreditManualVerification>('credit-manual-verification');
const field = <T extends HTMLElement>(f: CreditManualVerification, name: string) => shadow(f).querySelector<T>(`[data-field="${name}"]`)!;
const errorOf = (f: CreditManualVerification, name: string) => text(shadow(f).querySelector(`#error-${name}`));

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
async function finding(f: CreditManualVerification, value: 'no-records' | 'records-found'): Promise<void> {
  shadow(f).querySelector<HTMLInputElement>(`input[name="finding"][value="${value}"]`)!.click();
  await f.updateComplete;
}
async function submit(f: CreditManualVerification): Promise<void> {
  shadow(f).querySelector<HTMLButtonElement>('button.submit')!.click();
  await f.updateComplete;
}

/** A flag whose check cannot complete (the platform answers 500). */
async function downFlag(): Promise<{ flag: CreditFlag; platform: Awaited<ReturnType<typeof usePlatform>>['platform']; endpoint: string }> {
  const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
  const flag = await mount<CreditFlag>(html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}></credit-flag>`);
  await settle(flag);
  return { flag, platform, endpoint };
}

/** Opens (pins) the popover and waits for its lazily loaded content to offer 记录人工核查. */
async function openPopover(flag: CreditFlag): Promise<HTMLButtonElement> {
  if (!popoverOpen(flag)) badge(flag).click();
  await waitUntil(() => shadow(flag).querySelector('button.manual-verification'), 'the popover to offer 记录人工核查');
  return shadow(flag).querySelector<HTMLButtonElement>('button.manual-verification')!;
}

async function openFlagForm(flag: CreditFlag): Promise<CreditManualVerification> {
  (await openPopover(flag)).click();
  await flag.updateComplete;
  const f = formIn(flag)!;
  await f.updateComplete;
  return f;
}

describe('<credit-flag> 人工核查 in the popover', () => {
  it('offers the form for an unknown decision; bad input is caught at the field, nothing is sent, nothing typed is lost when the popover closes', async () => {
    const { flag, platform } = await downFlag();
    expect(flag.getAttribute('outcome')).to.equal('unknown');
    const f = await openFlagForm(flag);
    expect(f.hidden).to.be.false;
    expect(popover(flag).contains(f) || popover(flag) === f.parentElement).to.be.true;

    await finding(f, 'records-found');
    type(field<HTMLInputElement>(f, 'reference'), 'CX-0521-7');
    await submit(f);
    expect(errorOf(f, 'note')).to.contain('发现失信记录时须填写说明');
    expect(shadow(f).activeElement).to.equal(field(f, 'note'));
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
    expect(platform.state.verifications).to.have.length(0);

    // Escape closes the popover; opening it again shows the form with what was typed.
    await sendKeys({ press: 'Escape' });
    await flag.updateComplete;
    expect(popover(flag).hidden).to.be.true;
    badge(flag).click();
    await flag.updateComplete;
    const again = formIn(flag)!;
    expect(again).to.equal(f);
    expect(field<HTMLInputElement>(again, 'reference').value).to.equal('CX-0521-7');
    expect(shadow(again).querySelector<HTMLInputElement>('input[name="finding"][value="records-found"]')!.checked).to.be.true;
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
    expect(text(badge(flag))).to.equal('未核查');
  });

  it('sends a verification once, fires credit-verification, and the badge says 人工核查 in the colour of unknown, never green', async () => {
    const { flag, platform } = await downFlag();
    const { endpoint: otherEndpoint } = await usePlatform();
    const clear = await mount<CreditFlag>(html`<credit-flag endpoint=${otherEndpoint} subject=${FIXTURES.shortHistory.subject.id} scenario=${PROCUREMENT}></credit-flag>`);
    await settle(clear);
    expect(clear.getAttribute('outcome')).to.equal('clear');
    const unknownColour = getComputedStyle(badge(flag)).borderTopColor;
    expect(unknownColour).not.to.equal(getComputedStyle(badge(clear)).borderTopColor);

    const events: CreditVerificationDetail[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<CreditVerificationDetail>).detail);
    document.addEventListener('credit-verification', listener);
    try {
      const f = await openFlagForm(flag);
      await finding(f, 'no-records');
      type(field<HTMLInputElement>(f, 'reference'), 'CX-20260521-3');
      // Pressed twice: still one write.
      shadow(f).querySelector<HTMLButtonElement>('button.submit')!.click();
      shadow(f).querySelector<HTMLButtonElement>('button.submit')!.click();
      await waitUntil(() => events.some((e) => e.state === 'sent'), 'the verification to be sent');
      expect(events[0].verification).to.include({ source: 'credit-china', finding: 'no-records', reference: 'CX-20260521-3', checkedOn: todayInChina(), caseNumber: CASE, scenario: PROCUREMENT });
      expect(events.map((e) => e.state)).to.deep.equal(events[0].state === 'sent' ? ['sent'] : ['queued', 'sent']);
      expect(requestsTo(platform, '/v1/verifications')).to.equal(1);
      expect(platform.state.verifications).to.have.length(1);

      await flag.updateComplete;
      expect(text(shadow(flag).querySelector('[part="label"]'))).to.equal('人工核查');
      expect(badge(flag).getAttribute('aria-label')).to.equal('信用核查结果：人工核查');
      expect(flag.getAttribute('outcome')).to.equal('unknown');
      expect(shadow(flag).querySelector('[part="base"]')!.getAttribute('data-outcome')).to.equal('unknown');
      expect(getComputedStyle(badge(flag)).borderTopColor).to.equal(unknownColour);
      expect(text(shadow(flag).querySelector('[part="label"]'))).not.to.equal(text(shadow(clear).querySelector('[part="label"]')));
      // The popover shows what was recorded, and the outcome stays unchecked.
      expect(text(shadow(formIn(flag)!).querySelector('.recorded'))).to.contain('已记录人工核查：未发现失信记录');
      expect(shadow(flag).querySelector('button.manual-verification')).to.equal(null);

      // Closing and opening the popover again sends nothing more.
      badge(flag).click();
      await flag.updateComplete;
      badge(flag).click();
      await flag.updateComplete;
      expect(text(shadow(formIn(flag)!).querySelector('.recorded'))).to.contain('未发现失信记录');
      expect(requestsTo(platform, '/v1/verifications')).to.equal(1);
      expect(events.filter((e) => e.state === 'sent')).to.have.length(1);
    } finally {
      document.removeEventListener('credit-verification', listener);
    }
  });

  it('is offered for a subject the platform does not know, not for a missing purpose', async () => {
    const { endpoint } = await usePlatform();
    const notFound = await mount<CreditFlag>(html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.unknownEnterprise.subject.id} scenario=${PROCUREMENT}></credit-flag>`);
    await settle(notFound);
    expect(notFound.getAttribute('outcome')).to.equal('unknown');
    await openPopover(notFound);

    const person = await mount<CreditFlag>(html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.person.subject.id} scenario=${PROCUREMENT}></credit-flag>`);
    await settle(person);
    badge(person).click();
    await waitUntil(() => shadow(person).querySelector('.retry'), 'the popover content to load');
    expect(text(popover(person))).to.contain('须填写查询用途');
    expect(shadow(person).querySelector('button.manual-verification')).to.equal(null);
    expect(formIn(person)).to.equal(null);
  });
});

describe('<credit-gate> records found: the reason to proceed reaches the platform', () => {
  it('asks for the reason in the form; without it nothing is sent; with it one write carries it in the note and the gate opens', async () => {
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const gate = await mount<CreditGate>(html`<credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}>
      <button id="approve" type="button">批准</button>
    </credit-gate>`);
    await settle(gate);
    const approve = gate.querySelector<HTMLButtonElement>('#approve')!;
    shadow(gate).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
    await gate.updateComplete;
    const f = formIn(gate)!;
    await f.updateComplete;
    expect(shadow(f).querySelector('[data-field="reason"]')).to.equal(null); // asked only when records were found

    await finding(f, 'records-found');
    type(field<HTMLTextAreaElement>(f, 'note'), '查得行政处罚一条，已按规定限制');
    await submit(f);
    expect(errorOf(f, 'reason')).to.equal('请填写继续办理的理由。');
    expect(shadow(f).activeElement).to.equal(field(f, 'reason'));
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
    expect(approve.disabled).to.be.true;
    expect(field<HTMLTextAreaElement>(f, 'note').value).to.equal('查得行政处罚一条，已按规定限制');

    type(field<HTMLTextAreaElement>(f, 'reason'), '经集体研究依法继续办理');
    await submit(f);
    await waitUntil(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await waitUntil(() => !approve.disabled, 'the gate to open');
    expect(platform.state.verifications[0].note).to.equal('查得行政处罚一条，已按规定限制\n继续办理理由：经集体研究依法继续办理');
    expect(platform.state.verifications[0].finding).to.equal('records-found');
    expect(gate.manualVerification!.reason).to.equal('经集体研究依法继续办理');
    expect(text(shadow(gate).querySelector('.sentence'))).to.contain('人工核查：发现失信记录');
    expect(gate.getAttribute('outcome')).to.equal('unknown');
    // Delivered once, and no feedback: an unknown decision has no measure to report as overridden.
    await waitUntil(() => gate.manualVerification!.state === 'sent', 'the verification to be acknowledged');
    expect(requestsTo(platform, '/v1/verifications')).to.equal(1);
    expect(requestsTo(platform, '/v1/feedback')).to.equal(0);
  });
});
