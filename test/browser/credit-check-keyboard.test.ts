/**
 * Issue 18.4, with keys only (sendKeys): focus lands on the new status after every action,
 * Esc cancels every inline form, `focus()` for hosts, and the tab path from the last answer
 * to the host's control.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import '../../widgets/credit-gate/define.js';
import '../../widgets/credit-commitment/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { settle, usePlatform } from './support/platform.js';

const LICENSING = 'administrative-licensing';
/** A case without a commitment yet (the simulated platform seeds one for case 0587 of this year). */
const CASE = 'XK-2026-0999';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const deep = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="feedback"][data-measure="${id}"]`)!;

async function pair(endpoint: string, subject: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <credit-check endpoint=${endpoint} subject=${subject} scenario=${LICENSING} case-number=${CASE}></credit-check>
    <credit-gate endpoint=${endpoint} subject=${subject} scenario=${LICENSING} case-number=${CASE} require-response>
      <button id="approve" type="button">批准</button>
    </credit-gate>
  </div>`);
  const check = wrap.querySelector<CreditCheck>('credit-check')!;
  await settle(check);
  await settle(wrap.querySelector('credit-gate')!);
  return { check, approve: wrap.querySelector<HTMLButtonElement>('#approve')! };
}

/** Presses Tab until `done()` or `max` presses; returns how many it took (Infinity when never). */
async function tabUntil(done: () => boolean, max = 30): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    if (done()) return i;
  }
  return Infinity;
}

describe('<credit-check> with the keyboard only (issue 18.4)', () => {
  it('focus() takes a host to the first unanswered response; each answer leaves focus on its status; a correction and Esc too', async () => {
    const { endpoint } = await usePlatform();
    const { check } = await pair(endpoint, FIXTURES.restricted.subject.id);
    check.focus();
    await waitUntil(() => deep(check)?.classList.contains('respond'), 'focus on the first response');
    const first = deep(check)!;
    expect(first.dataset.action).to.equal('applied');
    const measure = first.closest<HTMLElement>('[part="feedback"]')!.dataset.measure!;

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.classList.contains('response'), 'focus on the new status');
    expect(text(deep(check))).to.equal('已反馈：已执行该措施。');

    // Correct it: Tab to 更正反馈, Enter → the buttons, focus on the first; Esc-free "keep" goes back to the status.
    await sendKeys({ press: 'Tab' });
    expect(deep(check)?.classList.contains('correct')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.classList.contains('respond'), 'focus on the buttons again');
    // Choose the override and cancel its reason box with Esc: focus returns to the button.
    await sendKeys({ press: 'Tab' });
    expect(deep(check)?.dataset.action).to.equal('overridden');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.tagName === 'TEXTAREA', 'the reason box');
    await sendKeys({ type: '半句' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deep(check)?.dataset.action === 'overridden', 'focus back on the button');
    expect(box(check, measure).querySelector('textarea')).to.equal(null);
    // Open it again, write the reason, submit with Enter on the button: focus on the new status.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.tagName === 'TEXTAREA', 'the reason box');
    await sendKeys({ type: '法院裁定准予继续经营' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.classList.contains('response'), 'focus on the corrected status');
    expect(text(deep(check))).to.contain('已反馈');
  });

  it('after the last answer the host’s control is a few Tabs away: the correction, the disclosure, the two print buttons, then 批准', async () => {
    const { endpoint } = await usePlatform();
    const { check, approve } = await pair(endpoint, FIXTURES.restricted.subject.id);
    // Every card opened once and closed again: its region keeps the records and their objection
    // forms (a draft survives), hidden — none of it may become a stop on the way.
    for (const toggle of check.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="measure"] button.disclosure')) {
      toggle.click();
      await check.updateComplete;
      toggle.click();
      await check.updateComplete;
      const region = check.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(region.hidden, 'closed again').to.be.true;
      expect(!!region.querySelector('credit-objection'), 'its objection forms kept').to.be.true;
    }
    check.focus();
    await waitUntil(() => deep(check)?.classList.contains('respond'));
    // Answer both measures with Enter ("applied" on the first, the override on the blocking one).
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.classList.contains('response'));
    const second = [...check.shadowRoot!.querySelectorAll<HTMLElement>('[part="feedback"][data-state="open"] button.respond[data-action="overridden"]')][0];
    const steps = await tabUntil(() => deep(check) === second);
    expect(steps, 'Tabs from the first status to the next measure’s decline').to.be.at.most(4);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.tagName === 'TEXTAREA');
    await sendKeys({ type: '法院裁定准予继续经营' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(check)?.classList.contains('response'));
    await waitUntil(() => !approve.disabled, 'the gate to let go');
    // The record outside any measure (an administrative penalty) has its objections in the panel,
    // behind a closed disclosure that lies before the cards: not a stop on this path.
    const objections = check.shadowRoot!.querySelector<HTMLButtonElement>('.other-objections button.disclosure');
    expect(objections, 'the objections of the record outside any measure').to.exist;
    expect(objections!.getAttribute('aria-expanded')).to.equal('false');
    // Every stop on the way is a control the clerk may still need here: this card's correction and
    // disclosure, the check of a responsible person named on the records (落实到人, issue 19), the
    // panel's actions (print, and what other features add there), then 批准.
    const stops: string[] = [];
    const toApprove = await tabUntil(() => {
      const active = deep(check) ?? (document.activeElement as HTMLElement | null);
      stops.push(
        active === approve ? 'approve' : active?.closest('[part="actions"]') ? 'actions' : active?.closest('[part~="persons"]') ? 'persons' : (active?.className ?? '?'),
      );
      return document.activeElement === approve;
    });
    console.log(`Tab stops to 批准: ${stops.join(' → ')}`);
    expect(stops.slice(0, 2), 'the answered card first').to.deep.equal(['correct', 'disclosure']);
    expect(stops.slice(2, -1).every((s) => s === 'actions' || s === 'persons'), stops.join(' → ')).to.be.true;
    expect(toApprove, 'Tabs from the last status to 批准').to.be.at.most(6);
  });

  it('容缺受理: Enter on 已执行 opens the commitment form in the card with focus in it; after 提交承诺 focus lands on the answer, not on <body>', async () => {
    const { endpoint, platform } = await usePlatform();
    const { check } = await pair(endpoint, FIXTURES.cleanThreeYears.subject.id);
    const applied = box(check, 'I-TOLERANT-ACCEPTANCE').querySelector<HTMLButtonElement>('button.respond[data-action="applied"]')!;
    applied.focus();
    await sendKeys({ press: 'Enter' });
    const form = await waitUntil(() => check.shadowRoot!.querySelector('.in-card-commitment credit-commitment'), 'the form in the card').then(
      () => check.shadowRoot!.querySelector<HTMLElement>('.in-card-commitment credit-commitment')!,
    );
    await waitUntil(() => form.shadowRoot!.activeElement?.tagName === 'INPUT', 'focus in the first field');
    await sendKeys({ type: '消防验收意见书' });
    // Tab to the signatory and type; then to the submit button.
    expect(await tabUntil(() => form.shadowRoot!.activeElement?.id === 'signatory')).to.be.lessThan(30);
    await sendKeys({ type: '张三' });
    expect(await tabUntil(() => form.shadowRoot!.activeElement?.getAttribute('type') === 'submit')).to.be.lessThan(30);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => platform.state.feedback.length === 1, '"applied" to follow the commitment');
    expect(platform.state.feedback[0]).to.include({ measureId: 'I-TOLERANT-ACCEPTANCE', action: 'applied' });
    await waitUntil(() => deep(check)?.classList.contains('response'), 'focus on the answer');
    expect(document.activeElement).to.equal(check);
  });
});

describe('<credit-commitment> with the keyboard only (issue 18.4)', () => {
  it('after 提交承诺 and after 履行完毕 focus lands on the new status, not on <body>', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<HTMLElement>(html`<credit-commitment endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} case-number="XK-2026-0998"></credit-commitment>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const inner = () => el.shadowRoot!.activeElement as HTMLElement | null;
    el.shadowRoot!.querySelector<HTMLInputElement>('#item-0')!.focus();
    await sendKeys({ type: '安全评价报告' });
    expect(await tabUntil(() => inner()?.id === 'signatory')).to.be.lessThan(30);
    await sendKeys({ type: '李四' });
    expect(await tabUntil(() => inner()?.getAttribute('type') === 'submit')).to.be.lessThan(30);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner()?.classList.contains('notice'), 'focus on the status after 提交承诺');
    expect(text(inner())).to.not.equal('');
    const fulfil = await waitUntil(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.fulfil'), 'the commitment in the list').then(
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.fulfil')!,
    );
    fulfil.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner()?.classList.contains('notice') && text(inner()) !== '' && document.activeElement === el, 'focus on the status after 履行完毕');
  });
});
