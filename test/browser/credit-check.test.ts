import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clientFor, configure } from '../../src/client/registry.js';
import { digestOf } from '../../src/digest/index.js';
import { maskSubjectId } from '../../src/ids/index.js';
import { FIXTURES, PILOT_CODE } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import type { CreditFeedbackDetail, CreditResultDetail } from '../../widgets/internal/events.js';
import { mountPrintDocument, type PrintMount } from '../../widgets/internal/print/print-document.js';
import { requestLog, requestsTo, settle, usePlatform, type Platform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';
const CASE = '2026-031';

const OUTCOME_CASES = [
  { outcome: 'restricted', fx: FIXTURES.restricted, scenario: PROCUREMENT, word: '限制', sentence: '存在强制性限制措施：不得办理，除非依法说明理由。', applied: ['P-PROCUREMENT-BAN'], suspended: [] },
  { outcome: 'review', fx: FIXTURES.objection, scenario: PROCUREMENT, word: '需审核', sentence: '异议核实中，惩戒措施暂停，可继续办理。', applied: [], suspended: ['P-PROCUREMENT-BAN'] },
  { outcome: 'facilitated', fx: FIXTURES.cleanThreeYears, scenario: LICENSING, word: '可激励', sentence: '符合守信激励条件，可适用激励措施。', applied: ['I-TOLERANT-ACCEPTANCE'], suspended: [] },
  { outcome: 'clear', fx: FIXTURES.staleActive, scenario: LICENSING, word: '无记录', sentence: '未发现需适用的联合奖惩措施。', applied: [], suspended: [] },
  { outcome: 'unknown', fx: FIXTURES.unknownEnterprise, scenario: LICENSING, word: '未核查', sentence: '信用核查未完成，请人工核实后再作决定。', applied: [], suspended: [] },
] as const;

async function panel(endpoint: string, subject: string, scenario = LICENSING, extra: { caseNumber?: string; purpose?: string; operator?: string; freshHours?: string } = {}) {
  const el = await fixture<CreditCheck>(html`<credit-check
    endpoint=${endpoint}
    subject=${subject}
    scenario=${scenario}
    case-number=${extra.caseNumber ?? CASE}
    purpose=${extra.purpose ?? ''}
    operator=${extra.operator ?? ''}
    fresh-hours=${extra.freshHours ?? '24'}
  ></credit-check>`);
  return el;
}

/** A settled panel and the decision it reported (its last `credit-result`). */
async function settled(endpoint: string, subject: string, scenario = LICENSING, extra = {}) {
  let decision: CreditResultDetail | undefined;
  const listen = (e: Event) => (decision = (e as CustomEvent<CreditResultDetail>).detail);
  document.addEventListener('credit-result', listen);
  try {
    const el = await panel(endpoint, subject, scenario, extra);
    await settle(el);
    await waitUntil(() => decision, 'credit-result');
    return { el, decision: decision! };
  } finally {
    document.removeEventListener('credit-result', listen);
  }
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const status = (el: Element) => $(el, '.banner [role="status"]')!;
const feedbackOf = (el: Element, measureId: string) => $(el, `[part="feedback"][data-measure="${measureId}"]`)!;
const respond = (el: Element, measureId: string, action: string) =>
  feedbackOf(el, measureId).querySelector<HTMLButtonElement>(`button.respond[data-action="${action}"]`);
const deepActive = (el: Element) => root(el).activeElement as HTMLElement | null;
const feedbackRequests = (platform: Platform) => platform.state.requests.filter((r) => r.path.endsWith('/v1/feedback'));

async function type(el: CreditCheck, textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

let mounted: PrintMount | undefined;
afterEach(() => {
  mounted?.remove();
  mounted = undefined;
});

describe('<credit-check> outcomes', () => {
  for (const c of OUTCOME_CASES) {
    it(`shows ${c.outcome}: word, icon shape, sentence and the right measures`, async () => {
      const { endpoint } = await usePlatform();
      const { el } = await settled(endpoint, c.fx.subject.id, c.scenario);
      expect(el.getAttribute('outcome')).to.equal(c.outcome);
      expect(text(status(el).querySelector('[part="label"]'))).to.equal(c.word);
      expect(status(el).querySelector('[part="icon"]')!.getAttribute('data-shape')).to.equal(c.outcome);
      // The sentence for the outcome, as the zh-CN words say it (a missing sentence is '' and fails).
      expect(text(status(el).querySelector('.sentence'))).to.equal(c.sentence);
      const applied = [...root(el).querySelectorAll<HTMLElement>('[part="measure"][data-state="applied"]')].map((m) => m.dataset.measure);
      const suspended = [...root(el).querySelectorAll<HTMLElement>('[part="measure"][data-state="suspended"]')].map((m) => m.dataset.measure);
      for (const id of c.applied) expect(applied).to.include(id);
      for (const id of c.suspended) expect(suspended).to.include(id);
      if (!c.suspended.length) expect(suspended).to.deep.equal([]);
      if (c.outcome === 'clear') expect(applied).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the records behind a restriction with authority, document number, dates and status', async () => {
    const { endpoint } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    const record = FIXTURES.restricted.records.find((r) => r.listType === 'severe-dishonesty')!;
    // The card names the record in one line; the full record sits behind the disclosure.
    expect(text($(el, '[part="measure"][data-measure="P-PROCUREMENT-BAN"] .why'))).to.contain(record.title);
    $(el, '[part="measure"][data-measure="P-PROCUREMENT-BAN"] .disclosure')!.click();
    await el.updateComplete;
    const shown = $(el, '[part="measure"][data-measure="P-PROCUREMENT-BAN"] [part="record"][data-list-type="severe-dishonesty"]')!;
    expect(text(shown)).to.contain(record.authority);
    expect(text(shown)).to.contain(record.basis!);
    expect(text(shown)).to.contain(record.listedOn.replace(/-/g, '/'));
    expect(text(shown)).to.contain('有效');
    expect(text($(el, '.subject'))).to.contain(FIXTURES.restricted.subject.name);
    expect(text($(el, '.meta'))).to.contain('数据时间');
  });

  it('shows a suspended measure with the objection note', async () => {
    const { endpoint } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.objection.subject.id, PROCUREMENT);
    const measure = $(el, '[part="measure"][data-state="suspended"]')!;
    expect(text(measure)).to.contain('异议核实中，惩戒措施暂停，可继续办理。');
    expect(measure.querySelector('[part="feedback"]')).to.equal(null);
  });

  it('shows a loading state while the check runs', async () => {
    const { endpoint } = await usePlatform({ faults: { mode: 'hang', path: '/v1/checks' } });
    const el = await panel(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    await waitUntil(() => el.hasAttribute('loading'));
    await el.updateComplete;
    expect(text(status(el))).to.equal('正在核查信用…');
    expect(status(el).querySelector('[part="icon"]')!.getAttribute('data-shape')).to.equal('loading');
    expect($(el, '[part="details"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns about a suspect code', async () => {
    const { endpoint } = await usePlatform();
    const { el } = await settled(endpoint, PILOT_CODE, LICENSING);
    expect(el.getAttribute('outcome')).not.to.equal('unknown');
    expect(text($(el, '.warnings li[data-code="suspect-id"]'))).to.contain('代码校验位不符');
    await expect(el).to.be.accessible();
  });

  it('warns when the data is older than the freshness limit, and not when it is within it', async () => {
    const old = () => new Date(Date.now() - 30 * 3_600_000);
    const { endpoint } = await usePlatform({ now: old });
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { freshHours: '24' });
    expect(text($(el, '.warnings li[data-code="stale-data"]'))).to.contain('数据时间已超过 30 小时');
    await expect(el).to.be.accessible();

    const other = await usePlatform({ now: old });
    const { el: relaxed } = await settled(other.endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { freshHours: '48' });
    expect($(relaxed, '.warnings li[data-code="stale-data"]')).to.equal(null);
  });
});

describe('<credit-check> unknown and retry', () => {
  it('says why the check failed, offers a retry, and shows the real outcome once the platform is back', async () => {
    const { endpoint, platform } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const { el, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    expect(decision.outcome).to.equal('unknown');
    expect(text(status(el))).to.contain('信用平台返回错误，请稍后重试。');
    const retry = $<HTMLButtonElement>(el, '[part="banner"] button.retry')!;
    expect(text(retry)).to.equal('重新核查');
    await expect(el).to.be.accessible();

    platform.setFaults();
    retry.click();
    await waitUntil(() => el.getAttribute('outcome') === 'restricted', 'the retry to give the real outcome');
    await el.updateComplete;
    expect($(el, '[part="banner"] button.retry')).to.equal(null);
    expect(text(status(el).querySelector('[part="label"]'))).to.equal('限制');
  });

  it('says which rule an invalid code fails, sends nothing and offers no pointless retry', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el } = await settled(endpoint, '91110105MA01K7Q3', PROCUREMENT);
    expect(el.getAttribute('outcome')).to.equal('unknown');
    expect(text(status(el))).to.contain('主体代码格式不正确');
    expect(text(status(el))).to.match(/18/);
    expect($(el, 'button.retry')).to.equal(null);
    expect(requestsTo(platform, '/v1/checks')).to.equal(0);
  });

  it('masks a person’s number everywhere it shows it', async () => {
    const { endpoint } = await usePlatform();
    const id = FIXTURES.personJudgmentDebtor.subject.id;
    const { el, decision } = await settled(endpoint, id, PROCUREMENT, { purpose: '招标项目 2026-031 投标人资格审查' });
    expect(decision.subjectId).to.equal(maskSubjectId(id));
    expect(text(root(el))).to.contain(maskSubjectId(id));
    expect(text(root(el))).not.to.contain(id);
    const attrs = [...root(el).querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
    expect(attrs.some((v) => v.includes(id))).to.be.false;
  });
});

describe('<credit-check> responses to measures', () => {
  it('"applied" is sent at once, shown as sent, fired as credit-feedback and received by the platform', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    const fired = oneEvent(el, 'credit-feedback');
    respond(el, 'P-PROCUREMENT-BAN', 'applied')!.click();
    const detail = ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(detail.state).to.equal('sent');
    expect(detail.feedback).to.include({ queryId: decision.queryId, subjectId: decision.subjectId, measureId: 'P-PROCUREMENT-BAN', action: 'applied', caseNumber: CASE });
    expect(platform.state.feedback).to.have.length(1);
    expect(platform.state.feedback[0]).to.include({ queryId: decision.queryId, measureId: 'P-PROCUREMENT-BAN', action: 'applied', idempotencyKey: detail.key });
    await el.updateComplete;
    const box = feedbackOf(el, 'P-PROCUREMENT-BAN');
    expect(text(box)).to.contain('已反馈：已执行该措施。');
    expect(text(box.querySelector('.delivery'))).to.equal('已发送至信用平台。');
    expect(box.querySelector('button.respond')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"not applied" (a recommended measure) refuses an empty reason at the field and sends nothing; with a reason it is sent', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.cleanThreeYears.subject.id, LICENSING);
    respond(el, 'I-GREEN-CHANNEL', 'not-applied')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const box = feedbackOf(el, 'I-GREEN-CHANNEL');
    const field = box.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(deepActive(el)).to.equal(field);
    expect(text(box.querySelector(`label[for="${field.id}"]`))).to.equal('未执行的理由');
    await expect(el).to.be.accessible();

    await type(el, field, '   ');
    box.querySelector<HTMLButtonElement>('button.submit')!.click();
    await el.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = box.querySelector('.error')!;
    expect(text(error)).to.equal('请填写理由：未执行或继续办理必须说明理由。');
    expect(field.getAttribute('aria-describedby')).to.contain(error.id);
    expect(feedbackRequests(platform)).to.have.length(0);
    await expect(el).to.be.accessible();

    const fired = oneEvent(el, 'credit-feedback');
    await type(el, box.querySelector<HTMLTextAreaElement>('textarea')!, '采购项目已终止，未进入资格审查');
    box.querySelector<HTMLButtonElement>('button.submit')!.click();
    const detail = ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(detail.feedback).to.include({ action: 'not-applied', reason: '采购项目已终止，未进入资格审查', measureId: 'I-GREEN-CHANNEL' });
    expect(platform.state.feedback.map((f) => [f.action, f.reason])).to.deep.equal([['not-applied', '采购项目已终止，未进入资格审查']]);
    await el.updateComplete;
    expect(text(feedbackOf(el, 'I-GREEN-CHANNEL'))).to.contain('理由：采购项目已终止，未进入资格审查');
  });

  it('"overridden" is offered for mandatory measures (instead of "not applied") and needs a reason', async () => {
    const { endpoint, platform } = await usePlatform();
    const focus = await settled(endpoint, FIXTURES.focusList.subject.id, 'supervision');
    const applied = [...root(focus.el).querySelectorAll<HTMLElement>('[part="measure"][data-state="applied"]')];
    expect(applied.length).to.be.greaterThan(0);
    for (const m of applied) {
      const actions = [...m.querySelectorAll<HTMLButtonElement>('button.respond')].map((b) => b.dataset.action).join(',');
      expect(actions, m.dataset.measure).to.equal(m.dataset.nature === 'mandatory' ? 'applied,overridden' : 'applied,not-applied');
    }

    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    respond(el, 'P-PROCUREMENT-BAN', 'overridden')!.click();
    await el.updateComplete;
    const box = feedbackOf(el, 'P-PROCUREMENT-BAN');
    box.querySelector<HTMLButtonElement>('button.submit')!.click();
    await el.updateComplete;
    expect(text(box.querySelector('.error'))).to.not.equal('');
    expect(feedbackRequests(platform)).to.have.length(0);

    const fired = oneEvent(el, 'credit-feedback');
    await type(el, box.querySelector('textarea')!, '经法院裁定解除限制，依法继续办理');
    box.querySelector<HTMLButtonElement>('button.submit')!.click();
    const detail = ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(detail.feedback).to.include({ action: 'overridden', reason: '经法院裁定解除限制，依法继续办理' });
    expect(platform.state.feedback[0]).to.include({ action: 'overridden', reason: '经法院裁定解除限制，依法继续办理' });
  });

  it('offline: the response waits as queued, then is sent with the same Idempotency-Key once the platform is back', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    platform.setFaults({ mode: 'offline', path: '/v1/feedback' });

    const queued = oneEvent(el, 'credit-feedback');
    respond(el, 'P-PROCUREMENT-BAN', 'applied')!.click();
    const first = ((await queued) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(first.state).to.equal('queued');
    await el.updateComplete;
    const box = feedbackOf(el, 'P-PROCUREMENT-BAN');
    expect(text(box.querySelector('.delivery'))).to.contain('待发送');
    expect(platform.state.feedback).to.have.length(0);
    await expect(el).to.be.accessible();

    const sent = oneEvent(el, 'credit-feedback');
    platform.setFaults();
    await clientFor(endpoint).outbox.flush();
    const second = ((await sent) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(second.state).to.equal('sent');
    expect(second.key).to.equal(first.key);
    await el.updateComplete;
    expect(text(feedbackOf(el, 'P-PROCUREMENT-BAN').querySelector('.delivery'))).to.equal('已发送至信用平台。');

    expect(platform.state.feedback).to.have.length(1);
    const keys = new Set(feedbackRequests(platform).map((r) => r.headers['idempotency-key']));
    expect([...keys]).to.deep.equal([first.key]);
    expect(feedbackRequests(platform).length).to.be.greaterThan(1);
    expect(platform.state.idempotencyHits.get(first.key) ?? 0).to.equal(0);
  });

  it('a new panel for the same case (as after a reload) shows a response still waiting in the outbox', async () => {
    const { endpoint, platform } = await usePlatform();
    platform.setFaults({ mode: 'offline', path: '/v1/feedback' });
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { purpose: '资格审查' });
    const queued = oneEvent(el, 'credit-feedback');
    respond(el, 'P-PROCUREMENT-BAN', 'applied')!.click();
    const { key } = ((await queued) as CustomEvent<CreditFeedbackDetail>).detail;
    el.remove();

    // Another purpose → a new check with a new query id; the case number ties it to the waiting response.
    const { el: again, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { purpose: '复核' });
    const pending = await clientFor(endpoint).outbox.pending();
    expect(pending.map((i) => i.key)).to.include(key);
    expect((pending.find((i) => i.key === key)!.body as { queryId: string }).queryId).not.to.equal(decision.queryId);
    await waitUntil(() => text(feedbackOf(again, 'P-PROCUREMENT-BAN')).includes('已反馈：已执行该措施。'), 'the queued response to show');
    expect(text(feedbackOf(again, 'P-PROCUREMENT-BAN').querySelector('.delivery'))).to.contain('待发送');

    platform.setFaults();
    await clientFor(endpoint).outbox.flush();
    await waitUntil(() => text(feedbackOf(again, 'P-PROCUREMENT-BAN').querySelector('.delivery')) === '已发送至信用平台。');
    expect(platform.state.feedback).to.have.length(1);
  });

  it('can be answered with the keyboard alone: Tab to the buttons, Enter, type the reason, submit', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    const buttons = [...feedbackOf(el, 'P-PROCUREMENT-BAN').querySelectorAll<HTMLButtonElement>('button.respond')];
    // A mandatory measure: "applied", or an override with a reason (never a plain "not applied").
    expect(buttons.map((b) => b.dataset.action)).to.deep.equal(['applied', 'overridden']);

    // Every response button is reachable with Tab, in order.
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < 2; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive(el);
      if (active && buttons.includes(active as HTMLButtonElement)) reached.push(active.dataset.action!);
    }
    expect(reached).to.deep.equal(['applied', 'overridden']);

    // Choose the override with Enter.
    expect(deepActive(el)?.dataset.action).to.equal('overridden');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive(el)?.tagName === 'TEXTAREA', 'the reason field to take focus');
    await sendKeys({ type: '项目暂停' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)?.classList.contains('submit')).to.be.true;
    const fired = oneEvent(el, 'credit-feedback');
    await sendKeys({ press: 'Enter' });
    const detail = ((await fired) as CustomEvent<CreditFeedbackDetail>).detail;
    expect(detail.feedback).to.include({ action: 'overridden', reason: '项目暂停' });
    expect(platform.state.feedback).to.have.length(1);
    // Focus stays with the answer, not lost to the page.
    await waitUntil(() => deepActive(el)?.classList.contains('response'), 'focus to move to the answer');
    expect(text(deepActive(el))).to.equal('已反馈：已说明理由后继续办理。');
  });

  it('"取消" closes the reason field and returns focus to the button that opened it', async () => {
    const { endpoint, platform } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    respond(el, 'P-PROCUREMENT-BAN', 'overridden')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive(el)?.tagName === 'TEXTAREA', 'the reason field to take focus');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)?.classList.contains('cancel')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive(el)?.dataset.action === 'overridden', 'focus to return to the button');
    expect(feedbackOf(el, 'P-PROCUREMENT-BAN').querySelector('textarea')).to.equal(null);
    expect(feedbackRequests(platform)).to.have.length(0);
  });
});

describe('<credit-check> printing', () => {
  it('the check record carries the query id, the times, operator, case, basis, remedy and the SHA-256 of the result', async () => {
    const { endpoint } = await usePlatform();
    const { el, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { operator: '张三', purpose: '投标人资格审查' });
    mounted = mountPrintDocument((await el.recordDocument())!);
    const doc = mounted.root;
    const all = text(doc);
    expect(text(doc.querySelector('h1'))).to.equal('公共信用信息查询记录单');
    expect(text(doc.querySelector('.query-id td'))).to.equal(decision.queryId);
    expect(text(doc.querySelector('.endpoint td'))).to.equal(new URL(endpoint, location.href).href);
    expect(text(doc.querySelector('.operator td'))).to.equal('张三');
    expect(text(doc.querySelector('.case-number td'))).to.equal(CASE);
    expect(text(doc.querySelector('.purpose td'))).to.equal('投标人资格审查');
    expect(text(doc.querySelector('.catalog-version td'))).to.equal(decision.catalogVersion);
    expect(text(doc.querySelector('.as-of td'))).to.match(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    expect(text(doc.querySelector('.query-time td'))).to.match(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    expect(text(doc.querySelector('.outcome'))).to.contain('限制');

    const measure = decision.applied.find((h) => h.measure.id === 'P-PROCUREMENT-BAN')!.measure;
    expect(all).to.contain(measure.basis[0].replace(/\s+/g, ' ').trim());
    expect(all).to.contain(measure.remedy!.replace(/\s+/g, ' ').trim());

    const digest = text(doc.querySelector('.digest-row td'));
    expect(digest).to.match(/^[0-9a-f]{64}$/);
    const { measures: _measures, ...plain } = decision;
    expect(digest).to.equal(await digestOf(plain));
    await expect(mounted.host).to.be.accessible();
  });

  it('the written notice (rules §10) names the matter and the subject, each measure with its record and basis once, the remedies with where and by when, the contact; no query id, no footer', async () => {
    const { endpoint } = await usePlatform();
    configure({ contact: '审批科，0931-1234567，行政审批大厅 3 号窗口' });
    try {
      const { el, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT, { caseNumber: 'XK-2026-0605' });
      el.setAttribute('matter', '安全生产许可证延期');
      expect($(el, 'button.print-notice')).to.exist;
      mounted = mountPrintDocument((await el.noticeDocument())!);
      const doc = mounted.root;
      const all = text(doc);
      expect(text(doc.querySelector('h1'))).to.equal('失信惩戒措施书面告知书');
      expect(text(doc.querySelector('.addressee'))).to.equal(`${FIXTURES.restricted.subject.name}（统一社会信用代码：${FIXTURES.restricted.subject.id}）：`);
      expect(text(doc.querySelector('.intro'))).to.contain('你单位申请办理的“安全生产许可证延期”（案件编号：XK-2026-0605）');
      const measure = decision.applied.find((h) => h.measure.id === 'P-PROCUREMENT-BAN')!.measure;
      const block = doc.querySelector('[data-measure="P-PROCUREMENT-BAN"]')!;
      expect(text(block)).to.contain(measure.name);
      expect(text(block.querySelector('.reason'))).to.contain(FIXTURES.restricted.records[0].title);
      expect(text(block.querySelector('.basis'))).to.contain(measure.basis[0].replace(/\s+/g, ' ').trim());
      // Each passage once in the whole notice; none on 失信被执行人 (no such record here).
      const passages = [...doc.querySelectorAll('.basis li')].map((li) => text(li));
      expect(new Set(passages).size).to.equal(passages.length);
      expect(passages.some((p) => p.includes('失信被执行人'))).to.be.false;
      // Remedies: where and by when, once; not the agency's own duty to notify.
      expect(doc.querySelectorAll('.remedy-list')).to.have.length(1);
      expect(text(doc.querySelector('.remedy.objection'))).to.contain('信用信息平台或认定部门').and.contain(FIXTURES.restricted.records[0].authority).and.contain('20 日');
      expect(text(doc.querySelector('.remedy.reconsideration'))).to.contain('60 日内');
      expect(text(doc.querySelector('.remedy.lawsuit'))).to.contain('6 个月内');
      expect(text(doc.querySelector('.remedy.repair'))).to.contain('信用修复');
      expect(text(doc.querySelector('.contact'))).to.equal('联系方式：审批科，0931-1234567，行政审批大厅 3 号窗口');
      expect(all).not.to.contain('实施前书面告知');
      expect(all).not.to.contain(decision.queryId!);
      expect(all).not.to.contain('查询编号');
      expect(all).not.to.contain('青政办〔2021〕36号”采取');
      expect(doc.querySelector('.note')).to.equal(null);
      expect(all).not.to.contain('统一社会信用代码或身份证号');
      // The seal line and the receipt are one block (kept together on paper).
      expect(doc.querySelector('.sign-block .receipt')).to.exist;
      await expect(mounted.host).to.be.accessible();
    } finally {
      configure({ contact: undefined });
    }
  });

  it('printRecord() prints the record alone on paper and leaves the page as it was', async () => {
    const { endpoint } = await usePlatform();
    const { el, decision } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    const sheetsBefore = document.adoptedStyleSheets.length;
    const done = el.printRecord();
    try {
      // window.print() has been called with the record in the page (headless Chromium sends no
      // afterprint, so the record stays until the clerk is back at the page).
      await waitUntil(() => document.querySelector('body > .credit-print-root'), 'the record to be put in the page');
      const printRoot = document.querySelector<HTMLElement>('body > .credit-print-root')!;
      const printed = text(printRoot.shadowRoot);
      expect(printed).to.contain('公共信用信息查询记录单');
      expect(printed).to.contain(decision.queryId!);
      expect(printed).to.match(/[0-9a-f]{64}/);

      const host = el.parentElement!; // the fixture's container, a child of <body>
      expect(getComputedStyle(printRoot).display).to.equal('none'); // never shown on screen
      expect(getComputedStyle(host).display).not.to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(printRoot).display).to.equal('block'); // on paper: the record only
      expect(getComputedStyle(host).display).to.equal('none');
      await emulateMedia({ media: 'screen' });

      await sendKeys({ press: 'Shift' }); // the clerk is back at the page
      await done;
      expect(document.querySelector('.credit-print-root')).to.equal(null);
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(host).display).not.to.equal('none'); // the page prints as itself again
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('offers no written notice when no punishment applies', async () => {
    const { endpoint } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.cleanThreeYears.subject.id, LICENSING);
    expect($(el, 'button.print-record')).to.exist;
    expect($(el, 'button.print-notice')).to.equal(null);
  });
});

describe('<credit-check> 容缺受理', () => {
  it('offers "record a commitment" when 容缺受理 applies and asks the page for it', async () => {
    const { endpoint } = await usePlatform();
    const { el, decision } = await settled(endpoint, FIXTURES.cleanThreeYears.subject.id, LICENSING);
    const button = $<HTMLButtonElement>(el, 'button.record-commitment')!;
    expect(text(button)).to.equal('记录容缺承诺');
    const asked = oneEvent(el, 'credit-commitment-request');
    button.click();
    const detail = ((await asked) as CustomEvent).detail;
    expect(detail).to.deep.equal({ subjectId: decision.subjectId, caseNumber: CASE, queryId: decision.queryId });
    await el.updateComplete;
    // No <credit-commitment> on this page yet: the request is the page's to handle.
    expect($(el, 'credit-commitment')).to.equal(null);
    await expect(el).to.be.accessible();

    // Once the element exists, the panel opens one pre-filled with the subject and the case.
    customElements.define('credit-commitment', class extends HTMLElement {});
    button.click();
    await el.updateComplete;
    const form = $(el, 'credit-commitment')!;
    expect(form.getAttribute('subject')).to.equal(decision.subjectId);
    expect(form.getAttribute('case-number')).to.equal(CASE);
    expect(form.getAttribute('endpoint')).to.equal(endpoint);
  });

  it('does not offer it when 容缺受理 does not apply', async () => {
    const { endpoint } = await usePlatform();
    const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    expect($(el, 'button.record-commitment')).to.equal(null);
  });
});

describe('<credit-check> with nothing to check', () => {
  it('asks for a subject and makes no request', async () => {
    const { endpoint, platform } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint}></credit-check>`);
    await el.updateComplete;
    expect(text(status(el))).to.contain('请提供要核查的主体代码');
    expect(requestLog(platform)).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

// Last in this file: once the CSP meta tag is in, it stays for the page.
describe('<credit-check> under a strict CSP with Trusted Types', () => {
  it('renders, takes a response and prints without a single violation', async () => {
    const { endpoint, platform } = await usePlatform();
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    document.addEventListener('securitypolicyviolation', onViolation);
    try {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";
      document.head.append(meta);
      // The policy is in force: an inline style attribute is refused.
      const probe = document.createElement('span');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
      await waitUntil(() => violations.length > 0, 'the CSP to refuse an inline style');
      probe.remove();
      violations.length = 0;

      const { el } = await settled(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
      respond(el, 'P-PROCUREMENT-BAN', 'overridden')!.click();
      await el.updateComplete;
      await type(el, feedbackOf(el, 'P-PROCUREMENT-BAN').querySelector('textarea')!, '依法继续办理');
      feedbackOf(el, 'P-PROCUREMENT-BAN').querySelector<HTMLButtonElement>('button.submit')!.click();
      await waitUntil(() => platform.state.feedback.length === 1, 'the response to arrive');

      const printed = el.printRecord();
      await waitUntil(() => document.querySelector('body > .credit-print-root'), 'the record to be put in the page');
      await sendKeys({ press: 'Shift' });
      await printed;
      mounted = mountPrintDocument((await el.noticeDocument())!);
      await el.updateComplete;
      expect(violations).to.deep.equal([]);
    } finally {
      document.removeEventListener('securitypolicyviolation', onViolation);
    }
  });
});
