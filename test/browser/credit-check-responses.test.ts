/**
 * Issue 18: responses that hold the law (domain.md §7 "Responses, exactly", §8), the
 * action-first measure cards, and the gate following the latest response.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import '../../widgets/credit-gate/define.js';
import '../../widgets/credit-commitment/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import type { CreditFeedbackDetail } from '../../widgets/internal/events.js';
import { settle, usePlatform, type Platform } from './support/platform.js';

const LICENSING = 'administrative-licensing';
const PROCUREMENT = 'government-procurement';
const CASE = 'XK-2026-0605';

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const card = (el: Element, id: string) => $(el, `.measure[data-measure="${id}"]`)!;
const box = (el: Element, id: string) => $(el, `[part="feedback"][data-measure="${id}"]`)!;
const respond = (el: Element, id: string, action: string) => box(el, id).querySelector<HTMLButtonElement>(`button.respond[data-action="${action}"]`);
const deepActive = (el: Element) => root(el).activeElement as HTMLElement | null;
const feedbackOf = (platform: Platform) => platform.state.feedback.map((f) => [f.measureId, f.action, f.reason ?? null]);

async function type(el: CreditCheck, textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A panel and a gate with require-response on the same subject and case, as the approval page has them. */
async function pair(endpoint: string, subject: string, scenario = LICENSING) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <credit-check endpoint=${endpoint} subject=${subject} scenario=${scenario} case-number=${CASE}></credit-check>
    <credit-gate endpoint=${endpoint} subject=${subject} scenario=${scenario} case-number=${CASE} require-response>
      <button id="approve" type="button">批准</button>
    </credit-gate>
  </div>`);
  const check = wrap.querySelector<CreditCheck>('credit-check')!;
  const gate = wrap.querySelector<CreditGate>('credit-gate')!;
  await settle(check);
  await settle(gate);
  return { check, gate, approve: wrap.querySelector<HTMLButtonElement>('#approve')! };
}

async function decline(el: CreditCheck, id: string, action: string, reason: string) {
  respond(el, id, action)!.click();
  await el.updateComplete;
  const field = box(el, id).querySelector<HTMLTextAreaElement>('textarea')!;
  await type(el, field, reason);
  const fired = oneEvent(el, 'credit-feedback');
  box(el, id).querySelector<HTMLButtonElement>('button.submit')!.click();
  return ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
}

describe('<credit-check> responses that hold the law (rules §7)', () => {
  it('a mandatory measure offers "applied" and an override, never a plain "not applied"; a recommended one offers "not applied"', async () => {
    const { endpoint } = await usePlatform();
    const { check } = await pair(endpoint, FIXTURES.restricted.subject.id);
    for (const id of ['P-LICENSING-STRICT-REVIEW', 'P-MARKET-INDUSTRY-BAN']) {
      const actions = [...box(check, id).querySelectorAll<HTMLButtonElement>('button.respond')].map((b) => b.dataset.action);
      expect(actions, id).to.deep.equal(['applied', 'overridden']);
    }
    expect(text(respond(check, 'P-LICENSING-STRICT-REVIEW', 'overridden'))).to.equal('不执行（须说明理由）');
    const { check: facilitated } = await pair(endpoint, FIXTURES.cleanThreeYears.subject.id);
    const actions = [...box(facilitated, 'I-GREEN-CHANNEL').querySelectorAll<HTMLButtonElement>('button.respond')].map((b) => b.dataset.action);
    expect(actions).to.deep.equal(['applied', 'not-applied']);
  });

  it('declining a mandatory measure needs a typed reason, is reported as "overridden", shown as such, and the gate says so', async () => {
    const { endpoint, platform } = await usePlatform();
    const { check, gate } = await pair(endpoint, FIXTURES.restricted.subject.id);
    respond(check, 'P-LICENSING-STRICT-REVIEW', 'overridden')!.click();
    await check.updateComplete;
    const field = box(check, 'P-LICENSING-STRICT-REVIEW').querySelector<HTMLTextAreaElement>('textarea')!;
    expect(text(box(check, 'P-LICENSING-STRICT-REVIEW').querySelector('label'))).to.equal('不执行该强制性措施的理由');
    box(check, 'P-LICENSING-STRICT-REVIEW').querySelector<HTMLButtonElement>('button.submit')!.click();
    await check.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(platform.state.feedback).to.have.length(0);

    await type(check, field, '上级机关书面决定先行办理');
    const fired = oneEvent(check, 'credit-feedback');
    box(check, 'P-LICENSING-STRICT-REVIEW').querySelector<HTMLButtonElement>('button.submit')!.click();
    const detail = ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(detail.feedback).to.include({ action: 'overridden', reason: '上级机关书面决定先行办理' });
    expect(feedbackOf(platform)).to.deep.equal([['P-LICENSING-STRICT-REVIEW', 'overridden', '上级机关书面决定先行办理']]);
    await check.updateComplete;
    expect(text(box(check, 'P-LICENSING-STRICT-REVIEW').querySelector('.response'))).to.equal('已反馈：未执行该强制性措施（越权办理）。');
    await gate.updateComplete;
    expect(text($(gate, '.overridden-measures'))).to.contain('越权办理').and.contain('从严审核行政许可审批项目');
  });

  it('overriding every blocking measure in the panel enables the gate; correcting it to "applied" disables it again (the latest counts)', async () => {
    const { endpoint, platform } = await usePlatform();
    const { check, gate, approve } = await pair(endpoint, FIXTURES.restricted.subject.id);
    expect(approve.disabled).to.be.true;
    await decline(check, 'P-MARKET-INDUSTRY-BAN', 'overridden', '法院裁定准予继续经营');
    respond(check, 'P-LICENSING-STRICT-REVIEW', 'applied')!.click();
    await waitUntil(() => box(check, 'P-LICENSING-STRICT-REVIEW').querySelector('.response'), 'the second response');
    await gate.updateComplete;
    expect(approve.disabled, 'overridden with a reason, every measure answered').to.be.false;

    // Correct the override: the buttons come back, the new response supersedes the old one.
    box(check, 'P-MARKET-INDUSTRY-BAN').querySelector<HTMLButtonElement>('button.correct')!.click();
    await check.updateComplete;
    const fired = oneEvent(check, 'credit-feedback');
    respond(check, 'P-MARKET-INDUSTRY-BAN', 'applied')!.click();
    await fired;
    await check.updateComplete;
    await gate.updateComplete;
    expect(text(box(check, 'P-MARKET-INDUSTRY-BAN').querySelector('.response'))).to.equal('已反馈：已执行该措施。');
    expect(approve.disabled, 'the restriction stands again').to.be.true;
    // Both kept at the platform, the later one last.
    expect(feedbackOf(platform).filter(([id]) => id === 'P-MARKET-INDUSTRY-BAN').map(([, a]) => a)).to.deep.equal(['overridden', 'applied']);
  });

  it('a response can no longer be corrected once the host set `decided`', async () => {
    const { endpoint } = await usePlatform();
    const { check } = await pair(endpoint, FIXTURES.restricted.subject.id);
    respond(check, 'P-LICENSING-STRICT-REVIEW', 'applied')!.click();
    await waitUntil(() => box(check, 'P-LICENSING-STRICT-REVIEW').querySelector('button.correct'), 'the correct button');
    check.decided = true;
    await check.updateComplete;
    expect(box(check, 'P-LICENSING-STRICT-REVIEW').querySelector('button.correct')).to.equal(null);
    expect(text(box(check, 'P-LICENSING-STRICT-REVIEW'))).to.contain('已作出办理决定');
  });

  it('容缺受理 "applied" needs a commitment for the case: the form opens in the card, nothing is sent until it is recorded, then "applied" follows', async () => {
    const { endpoint, platform } = await usePlatform();
    const { check } = await pair(endpoint, FIXTURES.cleanThreeYears.subject.id);
    expect(text(card(check, 'I-TOLERANT-ACCEPTANCE'))).to.contain('须先记录申请人的书面承诺');
    respond(check, 'I-TOLERANT-ACCEPTANCE', 'applied')!.click();
    await check.updateComplete;
    const form = card(check, 'I-TOLERANT-ACCEPTANCE').querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('credit-commitment');
    expect(form, 'the commitment form in the card').to.exist;
    expect(platform.state.feedback).to.have.length(0);
    await form!.updateComplete;
    // Esc closes it and gives the focus back to "applied".
    await waitUntil(() => form!.shadowRoot!.activeElement, 'focus in the commitment form');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive(check)?.dataset.action === 'applied', 'focus back on "applied"');
    expect(card(check, 'I-TOLERANT-ACCEPTANCE').querySelector('credit-commitment')).to.equal(null);
    expect(platform.state.feedback).to.have.length(0);
  });

  it('容缺受理 with a commitment already recorded for the case is answered "applied" at once', async () => {
    const { endpoint, platform } = await usePlatform();
    const { check: first } = await pair(endpoint, FIXTURES.cleanThreeYears.subject.id);
    const client = (first as unknown as { client: { commitments: { create(c: unknown): Promise<{ state: string }> } } }).client;
    const receipt = await client.commitments.create({
      subjectId: FIXTURES.cleanThreeYears.subject.id,
      caseNumber: CASE,
      items: ['消防验收意见书'],
      dueOn: '2099-01-01',
      statement: '本单位承诺在规定期限内补齐上述材料。',
      signatory: '张三',
    });
    expect(receipt.state).to.equal('sent');
    const { check } = await pair(endpoint, FIXTURES.cleanThreeYears.subject.id);
    await waitUntil(() => text(card(check, 'I-TOLERANT-ACCEPTANCE')).includes('本案已记录容缺承诺'), 'the recorded commitment to be read');
    const fired = oneEvent(check, 'credit-feedback');
    respond(check, 'I-TOLERANT-ACCEPTANCE', 'applied')!.click();
    expect(((await fired) as CustomEvent<CreditFeedbackDetail>).detail.feedback).to.include({ measureId: 'I-TOLERANT-ACCEPTANCE', action: 'applied' });
    expect(feedbackOf(platform)).to.deep.equal([['I-TOLERANT-ACCEPTANCE', 'applied', null]]);
  });
});

describe('<credit-check> action first (issue 18.2)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 1366×768 the responses of all four measures of a 容缺受理 case are above the fold', async () => {
    await setViewport({ width: 1366, height: 768 });
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} scenario=${LICENSING} case-number=${CASE}></credit-check>`);
    await settle(el);
    const cards = $$(el, '.measure[data-state="applied"]');
    expect(cards).to.have.length(4);
    for (const c of cards) {
      const buttons = [...c.querySelectorAll<HTMLButtonElement>('button.respond')];
      expect(buttons.length, c.dataset.measure).to.be.greaterThan(0);
      for (const b of buttons) expect(b.getBoundingClientRect().bottom, `${c.dataset.measure} ${b.dataset.action}`).to.be.at.most(768);
    }
  });

  it('each card starts with what to do and its buttons; basis and remedy are collapsed, open on the keyboard, and each passage is shown once', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} scenario=${LICENSING} case-number=${CASE}></credit-check>`);
    await settle(el);
    const green = card(el, 'I-GREEN-CHANNEL');
    expect(text(green.querySelector('.todo'))).to.equal('可以适用：提供便利；不适用须说明理由。');
    expect(green.querySelector('.more')!.hasAttribute('hidden')).to.be.true;
    expect(green.querySelector('.basis-list')).to.equal(null);
    // Open every card with the keyboard.
    for (const c of $$(el, '.measure')) {
      c.querySelector<HTMLButtonElement>('.disclosure')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(c.querySelector('.disclosure')!.getAttribute('aria-expanded')).to.equal('true');
    }
    const passages = $$(el, '.basis-list li').map((li) => text(li));
    expect(passages.length).to.be.greaterThan(5);
    expect(new Set(passages).size, 'no passage twice').to.equal(passages.length);
    const remedies = $$(el, '.fact.remedy dd:not(.same)').map((dd) => text(dd));
    expect(new Set(remedies).size).to.equal(remedies.length);
    expect(text(card(el, 'I-PRIORITY'))).to.contain('与“绿色通道”相同');
    await expect(el).to.be.accessible();
  });

  it('on an objection the banner and each card say precisely why: suspended, you may proceed', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.objection.subject.id} scenario=${PROCUREMENT}></credit-check>`);
    await settle(el);
    expect(text($(el, '.banner .sentence'))).to.equal('异议核实中，惩戒措施暂停，可继续办理。');
    expect(text($(el, '.banner'))).not.to.contain('从严审核');
    expect(text(card(el, 'P-PROCUREMENT-BAN').querySelector('.todo'))).to.equal('异议核实中，惩戒措施暂停，可继续办理。');
  });
});
