/**
 * Objections (异议, rules §13) from each record of the decision panel: raised by the subject
 * (contact required) or the department, what is wrong required; sent once; credit-objection;
 * the record's open objections with their 20-day due date; an overdue one stands out.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import { addDays, todayInChina } from '../../src/policy/dates.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { isOverdue, type CreditObjectionDetail, type CreditObjectionElement } from '../../widgets/internal/objection-form.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function panelWithRecord(): Promise<{ el: CreditCheck; ob: CreditObjectionElement; platform: Awaited<ReturnType<typeof usePlatform>>['platform'] }> {
  const { endpoint, platform } = await usePlatform();
  const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}></credit-check>`);
  await settle(el);
  // The records are in each measure card's "more" region: open the first card.
  if (!shadow(el).querySelector('credit-objection')) {
    shadow(el).querySelector<HTMLButtonElement>('[part="measure"] button[aria-controls]')!.click();
    await el.updateComplete;
  }
  const ob = shadow(el).querySelector<CreditObjectionElement>('credit-objection')!;
  expect(ob, 'an objection control beside the record').to.exist;
  await ob.updateComplete;
  return { el, ob, platform };
}

describe('objections from the decision panel', () => {
  it('needs the contact when the subject raises it and what is wrong; nothing sent, nothing typed lost; Esc closes keeping the draft', async () => {
    const { ob, platform } = await panelWithRecord();
    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    shadow(ob).querySelector<HTMLButtonElement>('button.submit')!.click();
    await ob.updateComplete;
    expect(text(shadow(ob).querySelector('#ob-contact-error'))).to.equal('由申请人提出异议时须填写联系方式。');
    expect(text(shadow(ob).querySelector('#ob-reason-error'))).to.equal('请写明哪里有误。');
    expect(shadow(ob).activeElement).to.equal(shadow(ob).querySelector('#ob-contact'));
    type(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!, '该处罚已被复议撤销');
    shadow(ob).querySelector<HTMLButtonElement>('button.submit')!.click();
    await ob.updateComplete;
    expect(text(shadow(ob).querySelector('#ob-reason-error'))).to.equal('');
    expect(text(shadow(ob).querySelector('#ob-contact-error'))).not.to.equal('');
    expect(requestsTo(platform, '/v1/objections')).to.equal(0);

    shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!.focus();
    await sendKeys({ press: 'Escape' });
    await ob.updateComplete;
    expect(shadow(ob).querySelector('form')).to.equal(null);
    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    expect(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!.value).to.equal('该处罚已被复议撤销');
  });

  it('a department objection: sent once, credit-objection, then shown beside the record with its due date 20 days on', async () => {
    const { ob, platform } = await panelWithRecord();
    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    shadow(ob).querySelector<HTMLInputElement>('input[name="raised-by"][value="department"]')!.click();
    await ob.updateComplete;
    expect(shadow(ob).querySelector('#ob-contact')).to.equal(null); // no contact for the department
    type(shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!, '<img src=x onerror=alert(1)>文书号有误');
    const fired = oneEvent(ob, 'credit-objection');
    shadow(ob).querySelector<HTMLButtonElement>('button.submit')!.click();
    const detail = (await fired).detail as CreditObjectionDetail;
    expect(detail.objection).to.include({ raisedBy: 'department', reason: '<img src=x onerror=alert(1)>文书号有误', recordId: ob.record!.id });
    await waitUntil(() => platform.state.objections.length === 1, 'the objection to arrive');
    await waitUntil(() => shadow(ob).querySelector('li.objection'), 'the open objection to be shown');
    const due = addDays(todayInChina(), 20);
    expect(shadow(ob).querySelector('li.objection')!.getAttribute('data-due-on')).to.equal(due);
    expect(text(shadow(ob).querySelector('li.objection'))).to.contain('应于');
    expect(shadow(ob).querySelector('li.objection')!.hasAttribute('data-overdue')).to.be.false;
    expect(shadow(ob).querySelector('img')).to.equal(null);
    expect(requestsTo(platform, '/v1/objections')).to.equal(1);

    // Twenty-one days later the platform has not answered: the objection stands out as overdue.
    (platform.state.objections[0] as { dueOn: string }).dueOn = addDays(todayInChina(), -1);
    ob.record = { ...ob.record! };
    await waitUntil(() => shadow(ob).querySelector('li.objection[data-overdue]'), 'the overdue objection to stand out');
    expect(text(shadow(ob).querySelector('li.objection .flag'))).to.equal('已逾期');
  });

  it('a measure card closed and opened again keeps the objection being typed (nothing typed is lost); closed, nothing inside takes a Tab stop; submitted, it is sent once', async () => {
    const { el, ob, platform } = await panelWithRecord();
    const card = ob.closest<HTMLElement>('[part="measure"]')!;
    const toggle = card.querySelector<HTMLButtonElement>('button.disclosure')!;
    const region = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    const objections: CreditObjectionDetail[] = [];
    el.addEventListener('credit-objection', (e) => objections.push(e.detail));
    shadow(ob).querySelector<HTMLButtonElement>('button.open')!.click();
    await ob.updateComplete;
    shadow(ob).querySelector<HTMLInputElement>('input[name="raised-by"][value="department"]')!.click();
    await ob.updateComplete;
    shadow(ob).querySelector<HTMLTextAreaElement>('#ob-reason')!.focus();
    await sendKeys({ type: '列入名单的文书号与原件不符' });

    // Closed: hidden, and the keyboard passes over what it keeps.
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.be.true;
    toggle.focus();
    await sendKeys({ press: 'Tab' });
    const next = shadow(el).activeElement;
    expect(!!next && region.contains(next), 'Tab from the closed card’s button does not go into its region').to.be.false;

    // Opened again: the form with what was typed.
    toggle.click();
    await el.updateComplete;
    expect(region.hidden).to.be.false;
    const again = region.querySelector<CreditObjectionElement>('credit-objection')!;
    await again.updateComplete;
    expect(shadow(again).querySelector<HTMLTextAreaElement>('#ob-reason')?.value ?? '(no form open)', 'nothing typed is lost').to.equal('列入名单的文书号与原件不符');
    expect(shadow(again).querySelector<HTMLInputElement>('input[name="raised-by"]:checked')!.value).to.equal('department');
    expect(requestsTo(platform, '/v1/objections', 'POST')).to.equal(0);

    shadow(again).querySelector<HTMLButtonElement>('button.submit')!.click();
    await waitUntil(() => platform.state.objections.length === 1, 'the objection to arrive');
    await waitUntil(() => objections.some((d) => d.state === 'sent'), 'credit-objection sent');
    // Closed and opened once more: nothing is sent again.
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    expect(platform.state.objections).to.have.length(1);
    expect(platform.state.objections[0]).to.include({ raisedBy: 'department', reason: '列入名单的文书号与原件不符', recordId: again.record!.id });
    expect(requestsTo(platform, '/v1/objections', 'POST')).to.equal(1);
    expect(objections.map((d) => d.state)).to.deep.equal(['sent']);
  });

  it('each negative record in force says how it can be repaired: where, from when, ten working days, no fee (rules §14)', async () => {
    const { el } = await panelWithRecord();
    const repair = shadow(el).querySelector('[part="record"] .repair')!;
    expect(repair, 'the repair route beside the record').to.exist;
    expect(repair.getAttribute('data-repairable')).to.equal('true');
    expect(text(repair)).to.contain('可申请信用修复');
    expect(text(repair)).to.contain('10 个工作日内作出决定，不收取任何费用');
  });

  it('an objection past its due date stands out (boundary: due today is not overdue)', () => {
    const today = todayInChina();
    expect(isOverdue({ status: 'pending', dueOn: addDays(today, -1) }, today)).to.be.true;
    expect(isOverdue({ status: 'pending', dueOn: today }, today)).to.be.false;
    expect(isOverdue({ status: 'upheld', dueOn: addDays(today, -5) }, today)).to.be.false;
  });
});
