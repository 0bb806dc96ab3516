/**
 * 人工核查 (rules §12) in <credit-gate>: when the platform is down the clerk records a manual
 * verification; no-records lets the controls be used, records-found also needs a typed reason;
 * the gate says 人工核查, never a green result; bad input is caught at the field, nothing is
 * sent and nothing typed is lost; Esc cancels; the verification is sent once.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import { addDays, todayInChina } from '../../src/policy/dates.js';
import '../../widgets/credit-gate/define.js';
import '../../widgets/credit-check/define.js';
import '../../widgets/credit-flag/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { mountPrintDocument } from '../../widgets/internal/print/print-document.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import type { Decision } from '../../src/policy/decision.js';
import type { CreditManualVerification, CreditVerificationDetail } from '../../widgets/internal/manual-verification.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const CASE = 'ZC-2026-0417';
const shadow = (el: Element) => el.shadowRoot!;
/** The gate's current decision (protected on the element: read here as the panel would show it). */
const decisionOf = (el: CreditGate) => (el as unknown as { decision: Decision }).decision;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function downGate(): Promise<{ el: CreditGate; platform: Awaited<ReturnType<typeof usePlatform>>['platform'] }> {
  const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
  const el = await mount<CreditGate>(html`<credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}>
    <button id="approve" type="button">批准</button>
  </credit-gate>`);
  await settle(el);
  return { el, platform };
}

const approve = (el: Element) => el.querySelector<HTMLButtonElement>('#approve')!;
const form = (el: Element) => shadow(el).querySelector<CreditManualVerification>('credit-manual-verification')!;
const field = <T extends HTMLElement>(f: CreditManualVerification, name: string) => shadow(f).querySelector<T>(`[data-field="${name}"]`)!;
const errorOf = (f: CreditManualVerification, name: string) => text(shadow(f).querySelector(`#error-${name}`));

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
function finding(f: CreditManualVerification, value: 'no-records' | 'records-found'): void {
  const radio = shadow(f).querySelector<HTMLInputElement>(`input[name="finding"][value="${value}"]`)!;
  radio.click();
}
async function submit(f: CreditManualVerification): Promise<void> {
  shadow(f).querySelector<HTMLButtonElement>('button.submit')!.click();
  await f.updateComplete;
}
async function openForm(el: CreditGate): Promise<CreditManualVerification> {
  shadow(el).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
  await el.updateComplete;
  const f = form(el);
  await f.updateComplete;
  return f;
}

describe('<credit-gate> 人工核查 when the platform cannot decide', () => {
  it('is offered for an unknown decision; bad input is caught at the field, nothing is sent, nothing typed is lost', async () => {
    const { el, platform } = await downGate();
    expect(decisionOf(el).outcome).to.equal('unknown');
    expect(approve(el).disabled).to.be.true;
    const f = await openForm(el);

    // No finding chosen, a credit report without its number, a date in the future.
    choose(field<HTMLSelectElement>(f, 'source'), 'credit-report');
    const tomorrow = addDays(todayInChina(), 1);
    type(field<HTMLInputElement>(f, 'checkedOn'), tomorrow);
    type(field<HTMLTextAreaElement>(f, 'note'), '<img src=x onerror=alert(1)>已查询');
    await f.updateComplete;
    await submit(f);
    expect(errorOf(f, 'reference')).to.equal('信用报告须填写报告编号。');
    expect(errorOf(f, 'checkedOn')).to.contain('核查日期不能晚于今天');
    expect(errorOf(f, 'finding')).to.equal('请选择核查结果。');
    expect(shadow(f).activeElement).to.equal(field(f, 'reference')); // the first bad field takes the focus
    expect(field(f, 'reference').getAttribute('aria-invalid')).to.equal('true');

    // Records found without a note.
    type(field<HTMLInputElement>(f, 'reference'), 'XYBG-2026-000123');
    type(field<HTMLInputElement>(f, 'checkedOn'), todayInChina());
    type(field<HTMLTextAreaElement>(f, 'note'), '   ');
    finding(f, 'records-found');
    await submit(f);
    expect(errorOf(f, 'note')).to.contain('发现失信记录时须填写说明');
    expect(errorOf(f, 'reference')).to.equal('');
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
    expect(platform.state.verifications).to.have.length(0);
    // What was typed is all still there.
    expect(field<HTMLSelectElement>(f, 'source').value).to.equal('credit-report');
    expect(field<HTMLInputElement>(f, 'reference').value).to.equal('XYBG-2026-000123');
    expect(approve(el).disabled).to.be.true;
  });

  it('warns when the check is older than 30 days, but lets it through', async () => {
    const { el } = await downGate();
    const f = await openForm(el);
    type(field<HTMLInputElement>(f, 'checkedOn'), addDays(todayInChina(), -31));
    await f.updateComplete;
    expect(text(shadow(f).querySelector('.warning[data-code="old"]'))).to.contain('31 天前');
    type(field<HTMLInputElement>(f, 'checkedOn'), addDays(todayInChina(), -30));
    await f.updateComplete;
    expect(shadow(f).querySelector('.warning[data-code="old"]')).to.equal(null);
  });

  it('no-records: sent once, fires credit-verification, the gate lets the clerk proceed and says 人工核查, never green', async () => {
    const { el, platform } = await downGate();
    const f = await openForm(el);
    finding(f, 'no-records');
    type(field<HTMLInputElement>(f, 'reference'), 'CX-20260417-88');
    const events: CreditVerificationDetail[] = [];
    document.addEventListener('credit-verification', (e) => events.push((e as CustomEvent<CreditVerificationDetail>).detail));
    const fired = oneEvent(el, 'credit-verification');
    await submit(f);
    const detail = (await fired).detail as CreditVerificationDetail;
    expect(detail.verification).to.include({ source: 'credit-china', finding: 'no-records', checkedOn: todayInChina(), reference: 'CX-20260417-88', caseNumber: CASE, scenario: PROCUREMENT });
    expect(detail.verification.queryId ?? null).to.equal(decisionOf(el).queryId ?? null);
    await waitUntil(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await waitUntil(() => !approve(el).disabled, 'the gate to open');
    expect(el.allowed).to.be.true;
    expect(decisionOf(el).outcome).to.equal('unknown'); // the outcome stays unknown
    expect(shadow(el).querySelector('[part="details"]')!.getAttribute('data-outcome')).to.equal('unknown');
    expect(text(shadow(el).querySelector('.sentence'))).to.contain('人工核查：未发现失信记录');
    expect(el.manualVerification!.verification.finding).to.equal('no-records');
    await waitUntil(() => events.some((e) => e.state === 'sent'), 'the sent state to be announced');
    expect(events.map((e) => e.state)).to.deep.equal(events[0].state === 'sent' ? ['sent'] : ['queued', 'sent']);
    expect(requestsTo(platform, '/v1/verifications')).to.equal(1);
  });

  it('records-found: the gate asks for the reason to proceed in the form, as an override does', async () => {
    const { el, platform } = await downGate();
    const f = await openForm(el);
    finding(f, 'records-found');
    choose(field<HTMLSelectElement>(f, 'source'), 'provincial-platform');
    type(field<HTMLTextAreaElement>(f, 'note'), '查得行政处罚一条，已按规定限制');
    await submit(f);
    expect(errorOf(f, 'reason')).to.equal('请填写继续办理的理由。');
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);
    expect(approve(el).disabled).to.be.true;
    type(field<HTMLTextAreaElement>(f, 'reason'), '经集体研究依法继续办理');
    await submit(f);
    await waitUntil(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await waitUntil(() => !approve(el).disabled, 'the gate to open');
    expect(el.manualVerification!.reason).to.equal('经集体研究依法继续办理');
    expect(text(shadow(el).querySelector('.sentence'))).to.contain('人工核查：发现失信记录');
  });

  it('Esc cancels the form and keeps what was typed; it is not offered for a missing purpose', async () => {
    const { el, platform } = await downGate();
    const f = await openForm(el);
    type(field<HTMLInputElement>(f, 'reference'), 'XYBG-1');
    field<HTMLInputElement>(f, 'reference').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(form(el).hidden).to.be.true;
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('button.manual-verification'));
    const again = await openForm(el);
    expect(field<HTMLInputElement>(again, 'reference').value).to.equal('XYBG-1');
    expect(requestsTo(platform, '/v1/verifications')).to.equal(0);

    const person = await mount<CreditGate>(html`<credit-gate endpoint=${el.endpoint} subject=${FIXTURES.personSevereDishonesty.subject.id} scenario=${PROCUREMENT}><button>批准</button></credit-gate>`);
    await settle(person);
    expect(decisionOf(person).reason).to.equal('purpose-required');
    expect(shadow(person).querySelector('button.manual-verification')).to.equal(null);
    expect(shadow(person).querySelector('credit-manual-verification')).to.equal(null);
  });
});

describe('<credit-check> 人工核查', () => {
  it('shows 人工核查 with the verification attached; the outcome stays unknown', async () => {
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}></credit-check>`);
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('unknown');
    shadow(el).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
    await el.updateComplete;
    const f = shadow(el).querySelector<CreditManualVerification>('credit-manual-verification')!;
    await f.updateComplete;
    finding(f, 'records-found');
    type(field<HTMLTextAreaElement>(f, 'note'), '<script>alert(1)</script>查得一条，已限制');
    await submit(f);
    await waitUntil(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await el.updateComplete;
    await waitUntil(() => text(shadow(el).querySelector('[part="banner"] .word')) === '人工核查', 'the banner to say 人工核查');
    expect(el.getAttribute('outcome')).to.equal('unknown');
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('data-outcome')).to.equal('unknown');
    await f.updateComplete;
    expect(text(shadow(f).querySelector('.recorded'))).to.contain('发现失信记录');
    // The note is text, never markup.
    expect(text(shadow(f).querySelector('.recorded .note'))).to.equal('<script>alert(1)</script>查得一条，已限制');
    expect(shadow(f).querySelector('script')).to.equal(null);
    expect(platform.state.verifications[0]).to.include({ finding: 'records-found', caseNumber: CASE });

    // It prints on the check record.
    const printed = mountPrintDocument((await el.recordDocument())!);
    try {
      const row = printed.root.querySelector('tr.manual-verification')!;
      expect(text(row.querySelector('th'))).to.equal('人工核查');
      expect(text(row.querySelector('td'))).to.contain('发现失信记录').and.contain('查得一条，已限制');
    } finally {
      printed.remove();
    }
  });

  it('the check record of a person prints the authorisation it was made under (rules §1)', async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.personSevereDishonesty.subject.id} scenario=${PROCUREMENT}
      purpose="政府采购供应商资格审查" authorization="subject-consent" authorization-ref="授权书 2026-07"></credit-check>`);
    await settle(el);
    const printed = mountPrintDocument((await el.recordDocument())!);
    try {
      expect(text(printed.root.querySelector('tr.authorization td'))).to.equal('本人书面授权（授权书 2026-07）');
      expect(printed.root.querySelector('tr.manual-verification')).to.equal(null);
    } finally {
      printed.remove();
    }
    // A company's record has no authorisation row.
    const company = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} authorization="statutory-duty"></credit-check>`);
    await settle(company);
    const other = mountPrintDocument((await company.recordDocument())!);
    try {
      expect(other.root.querySelector('tr.authorization')).to.equal(null);
    } finally {
      other.remove();
    }
  });
});

/**
 * Recorded while the platform is offline, then refused (422) when the outbox delivers it: the
 * gate's and the panel's form is open again holding what was sent and the platform's reason
 * (not the refused record, which has no fields), nothing is sent until the clerk sends it, the
 * outcome stays unknown and the gate lets nothing through meanwhile.
 */
describe('人工核查 refused after it waited in the outbox (<credit-gate>, <credit-check>, <credit-flag>)', () => {
  // (Elements are compared as booleans: a failing assertion must not hand the runner a DOM node to print.)
  const REFUSAL = '核查记录不符合要求';

  /** Every credit-verification the page hears. */
  function listen() {
    const heard: CreditVerificationDetail[] = [];
    const on = (e: Event) => heard.push((e as CustomEvent<CreditVerificationDetail>).detail);
    document.addEventListener('credit-verification', on);
    return { heard, stop: () => document.removeEventListener('credit-verification', on) };
  }

  let refusals = 0;

  /** The platform is back, and answers every verification with a refusal (422, counted in `refusals`); returns the restore. */
  function backButRefusing(platform: Awaited<ReturnType<typeof usePlatform>>['platform']): () => void {
    const original = window.fetch;
    refusals = 0;
    window.fetch = function refusingFetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/v1/verifications')) return original.call(window, input, init);
      refusals += 1;
      const problem = { type: 'about:blank', title: REFUSAL, status: 422 };
      return Promise.resolve(new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } }));
    } as typeof fetch;
    platform.setFaults('none');
    window.dispatchEvent(new Event('online'));
    return () => {
      window.fetch = original;
    };
  }

  /**
   * The platform comes back refusing (422): waits until the outbox delivered the write, the
   * platform refused it and the page heard `rejected`. Returns the restore and the number of
   * POSTs so far (the one that met the offline platform included).
   */
  async function refusedAfterWaiting(platform: Awaited<ReturnType<typeof usePlatform>>['platform'], events: ReturnType<typeof listen>): Promise<{ restore: () => void; attempts: number }> {
    const restore = backButRefusing(platform);
    await waitUntil(() => refusals >= 1, 'the outbox to deliver it and the platform to refuse it');
    await waitUntil(() => events.heard.some((d) => d.state === 'rejected'), 'the refusal to be heard (credit-verification rejected)');
    return { restore, attempts: requestsTo(platform, '/v1/verifications', 'POST') };
  }

  /** Sent again once corrected (the platform accepts it now): one stored, events queued, rejected, sent. */
  async function sentAnew(platform: Awaited<ReturnType<typeof usePlatform>>['platform'], events: ReturnType<typeof listen>): Promise<void> {
    await waitUntil(() => platform.state.verifications.length === 1, 'the corrected verification to arrive');
    await waitUntil(() => events.heard.some((d) => d.state === 'sent'), 'the sent state to be announced');
    expect(events.heard.map((d) => d.state)).to.deep.equal(['queued', 'rejected', 'sent']);
    expect(platform.state.verifications).to.have.length(1);
  }

  const value = (f: CreditManualVerification, name: string) => field<HTMLInputElement>(f, name).value;
  const checked = (f: CreditManualVerification) => shadow(f).querySelector<HTMLInputElement>('input[name="finding"]:checked')?.value ?? '';

  it('the gate: the form comes back with the finding, the note and the platform’s reason, 批准 stays disabled; corrected and sent, one verification is stored', async () => {
    const events = listen();
    let restore = () => {};
    try {
      const { el, platform } = await downGate();
      platform.setFaults('offline');
      const f = await openForm(el);
      choose(field<HTMLSelectElement>(f, 'source'), 'credit-report');
      type(field<HTMLInputElement>(f, 'reference'), 'XYBG-1');
      finding(f, 'records-found');
      await f.updateComplete;
      type(field<HTMLTextAreaElement>(f, 'note'), '查得行政处罚一条');
      type(field<HTMLTextAreaElement>(f, 'reason'), '经集体研究依法继续办理');
      await submit(f);
      await waitUntil(() => events.heard.some((d) => d.state === 'queued'), 'the verification to wait in the outbox');
      await waitUntil(() => !approve(el).disabled, 'the gate to open on the queued verification');
      await f.updateComplete;
      expect(form(el) === f, 'the same form element, which follows its write').to.be.true;
      expect(text(shadow(f).querySelector('.recorded .delivery')), 'it shows the verification recorded, not an empty form').to.equal('已保存，联网后自动报送信用平台。');

      const refused = await refusedAfterWaiting(platform, events);
      restore = refused.restore;
      const attempts = refused.attempts;
      await el.updateComplete;
      await f.updateComplete;
      expect(approve(el).disabled, '批准 is disabled again: nothing lets the clerk through on a refused verification').to.be.true;
      expect(el.allowed).to.be.false;
      expect(decisionOf(el).outcome).to.equal('unknown');
      expect(text(shadow(el).querySelector('.sentence'))).to.not.contain('人工核查：');
      // The form, not the refused record: what was sent, and why it was refused.
      expect(form(el) === f && !f.hidden, 'the same form, shown').to.be.true;
      expect(!!shadow(f).querySelector('.recorded'), 'no dead-end record').to.be.false;
      expect(value(f, 'source')).to.equal('credit-report');
      expect(value(f, 'reference')).to.equal('XYBG-1');
      expect(checked(f)).to.equal('records-found');
      expect(value(f, 'note'), 'the note as typed, without the reason line the gate added').to.equal('查得行政处罚一条');
      expect(value(f, 'reason'), 'the reason to proceed, back in its field').to.equal('经集体研究依法继续办理');
      expect(text(shadow(f).querySelector('.failure'))).to.contain(REFUSAL);
      expect(!!shadow(el).querySelector('button.manual-verification'), 'the form is open: no second way in').to.be.false;
      expect(platform.state.verifications).to.have.length(0);
      expect(requestsTo(platform, '/v1/verifications', 'POST'), 'nothing sent again by itself').to.equal(attempts);
      expect(events.heard.map((d) => d.state)).to.deep.equal(['queued', 'rejected']);

      // Corrected and sent again (the platform accepts it now): one verification, the gate opens.
      restore();
      type(field<HTMLInputElement>(f, 'reference'), 'XYBG-2026-000123');
      await submit(f);
      await sentAnew(platform, events);
      await waitUntil(() => !approve(el).disabled, 'the gate to open');
      expect(platform.state.verifications[0]).to.include({ source: 'credit-report', reference: 'XYBG-2026-000123', finding: 'records-found', note: '查得行政处罚一条\n继续办理理由：经集体研究依法继续办理' });
      expect(events.heard[2].key).to.not.equal(events.heard[0].key);
      expect(requestsTo(platform, '/v1/verifications', 'POST'), 'the offline attempt, then the corrected one').to.equal(attempts + 1);
    } finally {
      restore();
      events.stop();
    }
  });

  it('the panel: the form comes back open with the finding and the platform’s reason, the banner is not 人工核查; Esc keeps it, 记录人工核查 opens it again; sent anew, one stored', async () => {
    const events = listen();
    let restore = () => {};
    try {
      const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
      const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}></credit-check>`);
      await settle(el);
      platform.setFaults('offline');
      shadow(el).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
      await el.updateComplete;
      const f = shadow(el).querySelector<CreditManualVerification>('credit-manual-verification')!;
      await f.updateComplete;
      finding(f, 'no-records');
      type(field<HTMLInputElement>(f, 'reference'), 'CX-1');
      await submit(f);
      await waitUntil(() => text(shadow(el).querySelector('[part="banner"] .word')) === '人工核查', 'the banner to say 人工核查 (queued)');

      const refused = await refusedAfterWaiting(platform, events);
      restore = refused.restore;
      const attempts = refused.attempts;
      await el.updateComplete;
      await f.updateComplete;
      expect(text(shadow(el).querySelector('[part="banner"] .word'))).to.not.equal('人工核查');
      expect(el.getAttribute('outcome')).to.equal('unknown');
      expect(f.hidden, 'the form is shown').to.be.false;
      expect(!!shadow(f).querySelector('.recorded'), 'no dead-end record').to.be.false;
      expect(checked(f)).to.equal('no-records');
      expect(value(f, 'reference')).to.equal('CX-1');
      expect(text(shadow(f).querySelector('.failure'))).to.contain(REFUSAL);
      expect(platform.state.verifications).to.have.length(0);

      // Esc closes it keeping the draft; the panel's button opens it again, with the draft.
      field<HTMLInputElement>(f, 'reference').focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(f.hidden).to.be.true;
      shadow(el).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
      await el.updateComplete;
      await f.updateComplete;
      expect(f.hidden).to.be.false;
      expect(value(f, 'reference')).to.equal('CX-1');
      expect(requestsTo(platform, '/v1/verifications', 'POST'), 'nothing sent until the clerk sends it').to.equal(attempts);

      restore();
      type(field<HTMLInputElement>(f, 'reference'), 'CX-20260417-88');
      await submit(f);
      await sentAnew(platform, events);
      await waitUntil(() => text(shadow(el).querySelector('[part="banner"] .word')) === '人工核查', 'the banner to say 人工核查');
      expect(platform.state.verifications[0]).to.include({ finding: 'no-records', reference: 'CX-20260417-88', caseNumber: CASE });
      expect(el.getAttribute('outcome')).to.equal('unknown');
    } finally {
      restore();
      events.stop();
    }
  });

  it('the flag: the popover’s form comes back with the finding and the platform’s reason, the badge is not 人工核查; sent anew, one stored', async () => {
    const events = listen();
    let restore = () => {};
    try {
      const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
      const flag = await mount<CreditFlag>(html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT} case-number=${CASE}></credit-flag>`);
      await settle(flag);
      const label = () => text(shadow(flag).querySelector('[part="label"]'));
      platform.setFaults('offline');
      shadow(flag).querySelector<HTMLButtonElement>('[part="badge"]')!.click(); // pinned open
      await waitUntil(() => shadow(flag).querySelector('button.manual-verification'), 'the popover to offer 记录人工核查');
      shadow(flag).querySelector<HTMLButtonElement>('button.manual-verification')!.click();
      await flag.updateComplete;
      const f = shadow(flag).querySelector<CreditManualVerification>('credit-manual-verification')!;
      await f.updateComplete;
      finding(f, 'no-records');
      type(field<HTMLInputElement>(f, 'reference'), 'CX-1');
      await submit(f);
      await waitUntil(() => label() === '人工核查', 'the badge to say 人工核查 (queued)');

      const refused = await refusedAfterWaiting(platform, events);
      restore = refused.restore;
      const attempts = refused.attempts;
      await flag.updateComplete;
      await f.updateComplete;
      expect(label(), 'the badge is back to the unknown word').to.not.equal('人工核查');
      expect(flag.getAttribute('outcome')).to.equal('unknown');
      expect(f.hidden, 'the form is shown in the popover').to.be.false;
      expect(!!shadow(f).querySelector('.recorded'), 'no dead-end record').to.be.false;
      expect(checked(f)).to.equal('no-records');
      expect(value(f, 'reference')).to.equal('CX-1');
      expect(text(shadow(f).querySelector('.failure'))).to.contain(REFUSAL);
      expect(requestsTo(platform, '/v1/verifications', 'POST'), 'nothing sent until the clerk sends it').to.equal(attempts);

      restore();
      type(field<HTMLInputElement>(f, 'reference'), 'CX-20260417-88');
      await submit(f);
      await sentAnew(platform, events);
      expect(platform.state.verifications[0]).to.include({ finding: 'no-records', reference: 'CX-20260417-88', caseNumber: CASE });
      expect(flag.getAttribute('outcome')).to.equal('unknown');
    } finally {
      restore();
      events.stop();
    }
  });
});
