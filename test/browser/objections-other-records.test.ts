/**
 * Objections (异议, rules §13) on the records OUTSIDE any measure in the decision panel (the
 * always-visible list "其他信用记录"): they sit in one block behind a disclosure button, before
 * the measure cards — closed, one Tab stop and nothing inside reachable; open, each such
 * record with its open objections (due date, overdue flagged) and its form. Same behaviour as
 * the objections on records behind a measure: durable (outbox), `credit-objection`, once.
 *
 * The fixture: `restricted` (北京恒拓) in 政府采购 — two measures, triggered by its black-listing;
 * its administrative penalty CR2026000002 triggers none.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor } from '../../src/client/registry.js';
import { FIXTURES, type Fixture } from '../../src/testing/index.js';
import { usccCheckChar } from '../../src/ids/index.js';
import type { StoredObjection } from '../../src/testing/platform.js';
import { addDays, todayInChina } from '../../src/policy/dates.js';
import type { Decision } from '../../src/policy/decision.js';
import { otherRecords } from '../../widgets/internal/decision-details.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import type { CreditObjectionDetail, CreditObjectionElement } from '../../widgets/internal/objection-form.js';
import { mount, requestsTo, settle, usePlatform, type Platform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const OTHER = 'CR2026000002';
const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const deep = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The decision the panel shows (the element keeps it protected). */
const decisionOf = (el: CreditCheck) => (el as unknown as { decision: Decision }).decision;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function panel(platformOptions: Parameters<typeof usePlatform>[0] = {}): Promise<{ el: CreditCheck; platform: Platform; endpoint: string }> {
  const { endpoint, platform } = await usePlatform(platformOptions);
  const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}></credit-check>`);
  await settle(el);
  return { el, platform, endpoint };
}

const toggleOf = (el: CreditCheck) => shadow(el).querySelector<HTMLButtonElement>('.other-objections button.disclosure');

/** Opens the block; the `<credit-objection>` of record `id` in it, rendered. */
async function openFor(el: CreditCheck, id = OTHER): Promise<CreditObjectionElement> {
  const toggle = toggleOf(el)!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  const ob = shadow(el).querySelector<CreditObjectionElement>(`.other-objections [data-objection-record="${id}"] credit-objection`)!;
  expect(ob, `an objection control for ${id} in the block`).to.exist;
  await ob.updateComplete;
  return ob;
}

/** Seeds a pending objection at the platform (as if filed earlier) on `recordId`, due on `dueOn`. */
function seedObjection(platform: Platform, recordId: string, dueOn: string): void {
  platform.state.objections.push({
    id: `ob_seed_${platform.state.objections.length}`,
    recordId,
    subjectId: FIXTURES.restricted.subject.id,
    raisedBy: 'subject',
    reason: '该处罚已被复议撤销',
    status: 'pending',
    receivedAt: `${addDays(dueOn, -20)}T09:00:00+08:00`,
    dueOn,
    sentSubjectId: FIXTURES.restricted.subject.id,
    idempotencyKey: `seed-${platform.state.objections.length}`,
  } as StoredObjection);
}

describe('objections on the records outside any measure (<credit-check>)', () => {
  it('the fixture has such a record, listed, with no objection control in the list itself', async () => {
    const { el } = await panel();
    const others = otherRecords(decisionOf(el)).map((r) => r.id);
    expect(others).to.deep.equal([OTHER]);
    expect(shadow(el).querySelector(`.records-block [part="record"][data-record="${OTHER}"]`), 'the record in the always-visible list').to.exist;
    expect(!!shadow(el).querySelector('.records-block credit-objection, .records-block button'), 'no control in the list (each would be a Tab stop)').to.be.false;
  });

  it('closed: one button (aria-expanded=false) whose region is hidden and holds nothing to focus; it names the records below', async () => {
    const { el, platform } = await panel();
    const toggle = toggleOf(el)!;
    expect(toggle, 'the block’s disclosure button').to.exist;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const region = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region.hidden).to.be.true;
    expect(!!region.querySelector('credit-objection, button, input, textarea'), 'nothing focusable in the closed region').to.be.false;
    expect(text(toggle)).to.equal('对下方其他信用记录提出或查看异议（1 条）');
    // Nothing is asked of the platform about objections until the clerk opens it.
    expect(requestsTo(platform, '/v1/objections/search')).to.equal(0);
  });

  it('a clerk files an objection on it: sent once, credit-objection once (on the panel), then shown with its due date 20 days on', async () => {
    const { el, platform } = await panel();
    const details: CreditObjectionDetail[] = [];
    el.addEventListener('credit-objection', (e) => details.push(e.detail));
    const ob = await openFor(el);
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(ob.closest('li')!.querySelector('.record-name'))).to.contain('提供虚假材料谋取中标，处采购金额千分之八的罚款');

    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    type(shadow(ob).querySelector<HTMLInputElement>('#ob-contact')!, '010-66668888');
    type(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!, '罚款已于复议中撤销，文书号有误');
    shadow(ob).querySelector<HTMLButtonElement>('button.submit')!.click();

    await waitUntil(() => platform.state.objections.length === 1, 'the objection to arrive');
    expect(platform.state.objections[0]).to.include({ recordId: OTHER, raisedBy: 'subject', reason: '罚款已于复议中撤销，文书号有误', contact: '010-66668888' });
    const item = await waitUntil(() => shadow(ob).querySelector('li.objection'), 'the open objection to be shown').then(() => shadow(ob).querySelector('li.objection')!);
    expect(item.getAttribute('data-due-on')).to.equal(addDays(todayInChina(), 20));
    expect(text(item)).to.contain('应于');
    // Once: one write reached the platform, one event, and it says what was sent (no contact).
    await el.updateComplete;
    expect(requestsTo(platform, '/v1/objections', 'POST')).to.equal(1);
    expect(details.map((d) => d.state)).to.deep.equal(['sent']);
    expect(details[0].objection).to.include({ recordId: OTHER, raisedBy: 'subject' });
    expect(JSON.stringify(details[0])).not.to.contain('010-66668888');
  });

  it('durable: filed while the platform cannot be reached it waits in the outbox, then arrives exactly once', async () => {
    const { el, platform, endpoint } = await panel();
    const states: string[] = [];
    el.addEventListener('credit-objection', (e) => states.push(e.detail.state));
    const ob = await openFor(el);
    // The record's objections are read when the block opens; then the platform goes out of reach.
    await waitUntil(() => requestsTo(platform, '/v1/objections/search') === 1, 'the record’s objections to be read');
    await ob.updateComplete;
    platform.setFaults({ mode: 'offline', path: '/v1/objections', times: 1 });
    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    shadow(ob).querySelector<HTMLInputElement>('input[name="raised-by"][value="department"]')!.click();
    await ob.updateComplete;
    type(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!, '认定部门名称有误');
    shadow(ob).querySelector<HTMLButtonElement>('button.submit')!.click();
    await waitUntil(() => states.includes('queued'), 'the queued event');
    await ob.updateComplete;
    expect(text(shadow(ob).querySelector('li.filed[data-state="queued"]'))).to.equal('异议已保存，联网后自动提交。');
    expect(platform.state.objections).to.have.length(0);

    await clientFor(endpoint).outbox.flush();
    await waitUntil(() => platform.state.objections.length === 1, 'the queued objection to arrive');
    await waitUntil(() => states.includes('sent'), 'the sent event');
    await clientFor(endpoint).outbox.flush();
    expect(platform.state.objections).to.have.length(1);
    expect(platform.state.objections[0]).to.include({ recordId: OTHER, raisedBy: 'department' });
    expect(states).to.deep.equal(['queued', 'sent']);
    await waitUntil(() => shadow(ob).querySelector('li.objection'), 'then shown as open at the platform');
  });

  it('opened, it shows the record’s open objection with its due date; one past its due date stands out as 已逾期', async () => {
    const today = todayInChina();
    const { endpoint, platform } = await usePlatform();
    seedObjection(platform, OTHER, addDays(today, 12));
    seedObjection(platform, OTHER, addDays(today, -1));
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}></credit-check>`);
    await settle(el);
    const ob = await openFor(el);
    await waitUntil(() => shadow(ob).querySelectorAll('li.objection').length === 2, 'both open objections to be shown');
    const [due, overdue] = [...shadow(ob).querySelectorAll<HTMLElement>('li.objection')];
    expect(due.getAttribute('data-due-on')).to.equal(addDays(today, 12));
    expect(due.hasAttribute('data-overdue')).to.be.false;
    expect(text(due)).to.contain('应于');
    expect(overdue.getAttribute('data-due-on')).to.equal(addDays(today, -1));
    expect(overdue.hasAttribute('data-overdue')).to.be.true;
    expect(text(overdue.querySelector('.flag'))).to.equal('已逾期');
  });

  it('with the keyboard: the closed block is one stop before the cards; Enter opens it and Tab reaches the form; closing keeps a draft', async () => {
    const { el } = await panel();
    const toggle = toggleOf(el)!;
    toggle.focus();
    await sendKeys({ press: 'Tab' });
    expect(deep(el)?.classList.contains('respond'), 'from the closed block, the next stop is the first response').to.be.true;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deep(el) === toggle, 'back on the block’s button').to.be.true;

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const ob = shadow(el).querySelector<CreditObjectionElement>(`[data-objection-record="${OTHER}"] credit-objection`)!;
    expect(!!ob && deep(el) === ob, 'Tab goes into the opened block').to.be.true;
    expect(shadow(ob).activeElement?.classList.contains('open')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await ob.updateComplete;
    type(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!, '半句草稿');

    toggle.click(); // closed with the draft in it
    await el.updateComplete;
    expect(shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!.hidden).to.be.true;
    toggle.click();
    await el.updateComplete;
    const again = shadow(el).querySelector<CreditObjectionElement>(`[data-objection-record="${OTHER}"] credit-objection`)!;
    expect(shadow(again).querySelector<HTMLTextAreaElement>('#ob-reason')!.value, 'nothing typed is lost').to.equal('半句草稿');
  });

  it('a record title with markup shows in the block as text (a decision with no measure: all its records are listed there)', async () => {
    const payload = '<img src=x onerror="window.__otherXss=1">罚款';
    const first17 = '91110105HX9999901';
    const id = first17 + usccCheckChar(first17);
    const fixture = {
      key: 'unknownEnterprise', // the platform ignores keys of extra fixtures
      describe: 'a record outside any measure, with markup in its title',
      known: true,
      bidder: true,
      subject: { id, name: '标记测试有限公司', kind: 'enterprise', historyFrom: '2010-01-01' },
      records: [
        { id: 'HX-OTHER', listType: 'administrative-penalty', severity: 'general', domain: 'food-safety', title: payload, authority: '某市市场监管局', basis: '某市监罚〔2026〕1号', listedOn: addDays(todayInChina(), -30), validUntil: addDays(todayInChina(), 300), status: 'active' },
      ],
    } as unknown as Fixture;
    const { endpoint } = await usePlatform({ extraFixtures: [fixture] });
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${id} scenario=${PROCUREMENT}></credit-check>`);
    await settle(el);
    expect(decisionOf(el).applied.length + decisionOf(el).suspended.length, 'no measure').to.equal(0);
    expect(text(toggleOf(el))).to.equal('对下方信用记录提出或查看异议（1 条）');
    const ob = await openFor(el, 'HX-OTHER');
    expect(text(ob.closest('li')!.querySelector('.record-name'))).to.contain(payload);
    expect(!!shadow(el).querySelector('img'), 'no element made from the title').to.be.false;
    expect((window as unknown as { __otherXss?: number }).__otherXss).to.equal(undefined);
  });

  it('a decision whose records all trigger a measure has no such block', async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.objection.subject.id} scenario=${PROCUREMENT}></credit-check>`);
    await settle(el);
    expect(otherRecords(decisionOf(el))).to.have.length(0);
    expect(!!shadow(el).querySelector('.other-objections'), 'no block').to.be.false;
  });
});
