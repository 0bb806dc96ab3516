import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor } from '../../src/client/registry.js';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-gate/define.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import type { CreditFeedbackDetail, CreditGateChangeDetail } from '../../widgets/internal/events.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';
const BAN = 'P-PROCUREMENT-BAN';
const NOTICE = 'P-DISCLOSURE-NOTICE';

const shadow = (el: Element) => el.shadowRoot!;
const noticeText = (el: Element) => shadow(el).querySelector('[part="details"]')!.textContent!.replace(/\s+/g, ' ');
const overrideButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="override"]');
const reasonField = (el: Element) => shadow(el).querySelector<HTMLTextAreaElement>('textarea');
const confirmButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]');

/** Every `credit-gate-change` the element fires, in order. */
function recordChanges(el: EventTarget): CreditGateChangeDetail[] {
  const seen: CreditGateChangeDetail[] = [];
  el.addEventListener('credit-gate-change', (e) => seen.push((e as CustomEvent<CreditGateChangeDetail>).detail));
  return seen;
}

async function gate(
  endpoint: string,
  subject: string,
  scenario = PROCUREMENT,
  { requireResponse = false, purpose = '', caseNumber = '', authorization = '', authorizationRef = '' } = {},
): Promise<CreditGate> {
  return mount<CreditGate>(html`
    <credit-gate endpoint=${endpoint} subject=${subject} scenario=${scenario} purpose=${purpose} authorization=${authorization} authorization-ref=${authorizationRef} case-number=${caseNumber} ?require-response=${requireResponse}>
      <button id="approve" type="button">批准</button>
      <input id="submit" type="submit" value="提交" />
      <div id="fake" role="button" tabindex="0">办结</div>
    </credit-gate>
  `);
}

const controls = (el: Element) => ({
  approve: el.querySelector<HTMLButtonElement>('#approve')!,
  submit: el.querySelector<HTMLInputElement>('#submit')!,
  fake: el.querySelector<HTMLElement>('#fake')!,
});

function expectBlocked(el: Element): void {
  const c = controls(el);
  expect(c.approve.disabled, 'button disabled').to.be.true;
  expect(c.submit.disabled, 'submit disabled').to.be.true;
  expect(c.fake.getAttribute('aria-disabled'), 'role=button aria-disabled').to.equal('true');
}

function expectAllowed(el: Element): void {
  const c = controls(el);
  expect(c.approve.disabled, 'button enabled').to.be.false;
  expect(c.submit.disabled, 'submit enabled').to.be.false;
  expect(c.fake.hasAttribute('aria-disabled'), 'role=button not aria-disabled').to.be.false;
}

async function overrideWith(el: CreditGate, reason: string): Promise<void> {
  overrideButton(el)!.click();
  await el.updateComplete;
  reasonField(el)!.value = reason;
  confirmButton(el)!.click();
}

describe('<credit-gate> outcomes', () => {
  it('restricted: disables every slotted control and says why, naming the blocking measure', async () => {
    const { endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('restricted');
    expectBlocked(el);
    expect(el.allowed).to.be.false;
    const text = noticeText(el);
    expect(text).to.contain('存在强制性限制措施');
    expect(text).to.contain('限制参加政府采购活动');
    expect(overrideButton(el)!.textContent).to.contain('依法说明理由后继续办理');
    await expect(el).to.be.accessible();
  });

  it('stops activation of a [role=button] control while blocked', async () => {
    const { endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    let activated = 0;
    controls(el).fake.addEventListener('click', () => activated++);
    await settle(el);
    controls(el).fake.click();
    expect(activated).to.equal(0);
  });

  it('while loading: disabled, saying the decision waits for the check', async () => {
    const { endpoint } = await usePlatform({ faults: { mode: 'hang', path: '/v1/checks' } });
    const el = await gate(endpoint, FIXTURES.cleanThreeYears.subject.id, LICENSING);
    await waitUntil(() => el.hasAttribute('loading'));
    await el.updateComplete;
    expectBlocked(el);
    expect(noticeText(el)).to.contain('正在核查信用');
    await expect(el).to.be.accessible();
  });

  it('unknown: disabled with "请人工核实" and a retry that checks again', async () => {
    const { platform, endpoint } = await usePlatform({ faults: { mode: 'http-503', path: '/v1/checks', retryAfter: null } });
    const el = await gate(endpoint, FIXTURES.cleanThreeYears.subject.id, LICENSING);
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('unknown');
    expectBlocked(el);
    expect(noticeText(el)).to.contain('请人工核实');
    expect(overrideButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
    platform.setFaults('none');
    shadow(el).querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => el.getAttribute('outcome') === 'facilitated', 'the retried check finishes');
    await el.updateComplete;
    expectAllowed(el);
  });

  for (const { outcome, subject, scenario } of [
    { outcome: 'review', subject: FIXTURES.objection, scenario: PROCUREMENT },
    { outcome: 'facilitated', subject: FIXTURES.cleanThreeYears, scenario: LICENSING },
    { outcome: 'clear', subject: FIXTURES.staleActive, scenario: LICENSING },
  ]) {
    it(`${outcome}: the controls are enabled and credit-gate-change says allowed`, async () => {
      const { endpoint } = await usePlatform();
      const el = document.createElement('credit-gate');
      const button = document.createElement('button');
      button.textContent = '批准';
      el.append(button);
      el.setAttribute('endpoint', endpoint);
      el.setAttribute('subject', subject.subject.id);
      el.setAttribute('scenario', scenario);
      const changes = recordChanges(el);
      document.body.append(el);
      try {
        await settle(el);
        expect(el.getAttribute('outcome')).to.equal(outcome);
        expect(button.disabled).to.be.false;
        expect(changes.at(-1)).to.deep.equal({ allowed: true, outcome, overridden: false });
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('a gate without a subject keeps the controls disabled', async () => {
    const el = await mount<CreditGate>(html`<credit-gate><button>批准</button></credit-gate>`);
    expect(el.querySelector('button')!.disabled).to.be.true;
    expect(noticeText(el)).to.contain('未提供主体代码');
    await expect(el).to.be.accessible();
  });
});

describe('<credit-gate> and the host page', () => {
  it("restores the host's own disabled state when it lets the controls go", async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditGate>(html`
      <credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}>
        <button id="a">批准</button><button id="b" disabled>退回</button><div id="r" role="button" aria-disabled="false">办结</div>
      </credit-gate>
    `);
    const [a, b, r] = ['#a', '#b', '#r'].map((s) => el.querySelector<HTMLElement>(s)!) as [HTMLButtonElement, HTMLButtonElement, HTMLElement];
    await settle(el);
    expect([a.disabled, b.disabled, r.getAttribute('aria-disabled')]).to.deep.equal([true, true, 'true']);
    el.setAttribute('subject', FIXTURES.staleActive.subject.id);
    el.setAttribute('scenario', LICENSING);
    await waitUntil(() => el.getAttribute('outcome') === 'clear');
    await el.updateComplete;
    expect([a.disabled, b.disabled, r.getAttribute('aria-disabled')]).to.deep.equal([false, true, 'false']);
  });

  it('keeps a control disabled that the host enables while blocked, and leaves it enabled afterwards', async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditGate>(html`
      <credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}><button disabled>批准</button></credit-gate>
    `);
    const button = el.querySelector('button')!;
    await settle(el);
    button.disabled = false; // e.g. the host's own form validation passed
    await waitUntil(() => button.disabled, 'the gate disables it again');
    el.setAttribute('subject', FIXTURES.staleActive.subject.id);
    el.setAttribute('scenario', LICENSING);
    await waitUntil(() => el.getAttribute('outcome') === 'clear');
    await el.updateComplete;
    expect(button.disabled).to.be.false;
  });

  it('governs controls added later, also nested ones', async () => {
    const { endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    await settle(el);
    const late = document.createElement('button');
    late.textContent = '补正后批准';
    el.append(late);
    const wrapper = document.createElement('div');
    el.append(wrapper);
    await waitUntil(() => late.disabled, 'a control added to the slot is disabled');
    const nested = document.createElement('button');
    nested.textContent = '盖章';
    wrapper.append(nested);
    await waitUntil(() => nested.disabled, 'a control added inside a slotted element is disabled');
  });

  it('Enter in the host form does not submit it while the gate blocks its submit button', async () => {
    const { endpoint } = await usePlatform();
    const form = await mount<HTMLFormElement>(html`
      <form>
        <label>案号 <input id="case" name="case" /></label>
        <credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}><button type="submit">提交审批</button></credit-gate>
      </form>
    `);
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const el = form.querySelector('credit-gate')!;
    await settle(el);
    form.querySelector<HTMLInputElement>('#case')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(0);
    el.setAttribute('subject', FIXTURES.staleActive.subject.id);
    el.setAttribute('scenario', LICENSING);
    await waitUntil(() => el.getAttribute('outcome') === 'clear');
    await el.updateComplete;
    form.querySelector<HTMLInputElement>('#case')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted === 1, 'Enter submits once the gate allows it');
  });

  it('fires credit-gate-change on every change of allowed', async () => {
    const { endpoint } = await usePlatform();
    const el = document.createElement('credit-gate');
    el.innerHTML = '<button>批准</button>';
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('subject', FIXTURES.restricted.subject.id);
    el.setAttribute('scenario', PROCUREMENT);
    const changes = recordChanges(el);
    document.body.append(el);
    try {
      await settle(el);
      expect(changes).to.deep.equal([{ allowed: false, outcome: 'restricted', overridden: false }]);
      el.setAttribute('subject', FIXTURES.staleActive.subject.id);
      el.setAttribute('scenario', LICENSING);
      await waitUntil(() => changes.some((c) => c.allowed));
      expect(changes.at(-1)).to.deep.equal({ allowed: true, outcome: 'clear', overridden: false });
    } finally {
      el.remove();
    }
  });
});

describe('<credit-gate> override', () => {
  it('refuses an empty reason with a clear message and sends nothing', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    await settle(el);
    await overrideWith(el, '   ');
    await el.updateComplete;
    const field = reasonField(el)!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(noticeText(el)).to.contain('请填写继续办理的理由');
    expect(shadow(el).activeElement === field, 'focus: field').to.be.true;
    expect(requestsTo(platform, '/v1/feedback')).to.equal(0);
    expect(platform.state.feedback).to.have.length(0);
    expectBlocked(el);
    await expect(el).to.be.accessible();
  });

  it('with a reason: sends overridden feedback per blocking measure, enables the controls and says so', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { caseNumber: '2026-031' });
    const changes = recordChanges(el);
    const feedbackEvents: CreditFeedbackDetail[] = [];
    el.addEventListener('credit-feedback', (e) => feedbackEvents.push(e.detail));
    const result = await settle(el);
    const queryId = (await clientFor(endpoint).check(FIXTURES.restricted.subject.id, { scenario: PROCUREMENT, caseNumber: '2026-031' })).queryId;
    const allowed = oneEvent(el, 'credit-gate-change');
    await overrideWith(result, '经集体研究，系应急抢险采购，依法继续办理');
    expect((await allowed).detail).to.deep.equal({ allowed: true, outcome: 'restricted', overridden: true });
    await el.updateComplete;
    expectAllowed(el);
    expect(noticeText(el)).to.contain('可以继续办理');
    expect(platform.state.feedback).to.have.length(1);
    expect(platform.state.feedback[0]).to.include({
      queryId,
      subjectId: FIXTURES.restricted.subject.id,
      measureId: BAN,
      action: 'overridden',
      reason: '经集体研究，系应急抢险采购，依法继续办理',
      caseNumber: '2026-031',
    });
    expect(feedbackEvents.map((d) => [d.feedback.measureId, d.state])).to.deep.equal([[BAN, 'sent']]);
    expect(changes.at(-1)).to.deep.equal({ allowed: true, outcome: 'restricted', overridden: true });
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    let approved = 0;
    let fakeActivated = 0;
    controls(el).approve.addEventListener('click', () => approved++);
    controls(el).fake.addEventListener('keydown', (e) => e.key === 'Enter' && fakeActivated++);
    await settle(el);
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    try {
      start.focus();
      // The disabled buttons are skipped; the [role=button] stays reachable but does nothing.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === controls(el).fake, 'focus: the role=button control').to.be.true;
      await sendKeys({ press: 'Enter' });
      expect(fakeActivated).to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === overrideButton(el), 'focus: overrideButton(el)').to.be.true;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).activeElement === reasonField(el), 'focus: reasonField(el)').to.be.true;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' }); // confirm with nothing typed: refused
      await el.updateComplete;
      expect(shadow(el).activeElement === reasonField(el), 'focus: reasonField(el)').to.be.true;
      expect(platform.state.feedback).to.have.length(0);
      await sendKeys({ type: '应急抢险，依法继续办理' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === confirmButton(el), 'focus: confirmButton(el)').to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.allowed, 'the override enables the controls');
      await waitUntil(() => document.activeElement === controls(el).approve, 'focus moves to the enabled control');
      await sendKeys({ press: 'Enter' });
      expect(approved).to.equal(1);
      expect(platform.state.feedback.map((f) => f.action)).to.deep.equal(['overridden']);
    } finally {
      start.remove();
    }
  });

  it('Escape closes the override form and returns focus to its button', async () => {
    const { endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.restricted.subject.id);
    await settle(el);
    overrideButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(reasonField(el)).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(reasonField(el)).to.equal(null);
    expect(shadow(el).activeElement === overrideButton(el), 'focus: overrideButton(el)').to.be.true;
  });

  it("keeps a person's number out of the feedback event and the gate's DOM", async () => {
    const { platform, endpoint } = await usePlatform();
    const person = FIXTURES.personJudgmentDebtor.subject.id;
    const el = await gate(endpoint, person, PROCUREMENT, { purpose: '政府采购供应商资格审查', authorization: 'statutory-duty' });
    const events: CreditFeedbackDetail[] = [];
    el.addEventListener('credit-feedback', (e) => events.push(e.detail));
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('restricted');
    await overrideWith(el, '依法继续办理');
    await waitUntil(() => el.allowed);
    expect(events).to.have.length(1);
    expect(JSON.stringify(events)).not.to.contain(person);
    expect(events[0].feedback.subjectId).to.equal(`${person.slice(0, 6)}********${person.slice(-4)}`);
    expect(shadow(el).innerHTML).not.to.contain(person);
    expect(JSON.stringify(platform.state.feedback)).not.to.contain(person);
  });
});

describe('<credit-gate require-response>', () => {
  /** What a `<credit-check>` fires after the clerk's response (the same event, from anywhere in the page). */
  async function respond(endpoint: string, from: Element, queryId: string, measureId: string, subjectId: string) {
    const feedback = { queryId, subjectId, measureId, action: 'applied' as const };
    const receipt = await clientFor(endpoint).feedback(feedback);
    from.dispatchEvent(
      new CustomEvent<CreditFeedbackDetail>('credit-feedback', { detail: { feedback, state: receipt.state, key: receipt.key }, bubbles: true, composed: true }),
    );
  }

  it('keeps the controls disabled until every applied measure has a response', async () => {
    const { endpoint } = await usePlatform();
    const subject = FIXTURES.abnormalOperation.subject.id; // review in procurement: the disclosure notice applies
    const el = await gate(endpoint, subject, PROCUREMENT, { requireResponse: true });
    const check = document.createElement('div'); // stands where a <credit-check> would
    document.body.append(check);
    try {
      const changes = recordChanges(el);
      await settle(el);
      expect(el.getAttribute('outcome')).to.equal('review');
      expectBlocked(el);
      expect(noticeText(el)).to.contain('已反馈 0 项，共 1 项');
      await expect(el).to.be.accessible();
      const decision = await clientFor(endpoint).check(subject, { scenario: PROCUREMENT });
      // A response to another check does not count.
      await respond(endpoint, check, 'q_another_check', NOTICE, decision.subjectId);
      await el.updateComplete;
      expectBlocked(el);
      await respond(endpoint, check, decision.queryId!, NOTICE, decision.subjectId);
      await waitUntil(() => el.allowed, 'the response enables the controls');
      await el.updateComplete;
      expectAllowed(el);
      expect(changes.at(-1)).to.deep.equal({ allowed: true, outcome: 'review', overridden: false });
    } finally {
      check.remove();
    }
  });

  it('restricted: the override answers the blocking measure; the others still need a response', async () => {
    const { endpoint } = await usePlatform();
    const subject = FIXTURES.restricted.subject.id; // the ban (block) and the disclosure notice (inform) apply
    const el = await gate(endpoint, subject, PROCUREMENT, { requireResponse: true });
    await settle(el);
    await overrideWith(el, '依法继续办理');
    await waitUntil(() => noticeText(el).includes('已反馈 1 项，共 2 项'), 'the override counts as one response');
    expectBlocked(el);
    const decision = await clientFor(endpoint).check(subject, { scenario: PROCUREMENT });
    await respond(endpoint, document.body, decision.queryId!, NOTICE, decision.subjectId);
    await waitUntil(() => el.allowed);
    await el.updateComplete;
    expectAllowed(el);
  });

  it('a clear result with nothing applied needs no response', async () => {
    const { endpoint } = await usePlatform();
    const el = await gate(endpoint, FIXTURES.staleActive.subject.id, LICENSING, { requireResponse: true });
    await settle(el);
    expectAllowed(el);
  });
});
