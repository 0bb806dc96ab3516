/**
 * Issue 18.3: a suspect code (rules §1) or a name that does not match the registered name
 * (rules §10) puts a warning mark on the flag's badge, the panel's banner and the gate, and
 * the gate asks for a confirmation before the host's control is enabled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURES, PILOT_CODE } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import '../../widgets/credit-flag/define.js';
import '../../widgets/credit-gate/define.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import { settle, usePlatform } from './support/platform.js';

const LICENSING = 'administrative-licensing';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('subject warnings on the flag, the banner and the gate', () => {
  it('a suspect code: ⚠ on the badge (and in its name), in the banner, and a confirmation in the gate', async () => {
    const { endpoint } = await usePlatform();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <credit-flag endpoint=${endpoint} subject=${PILOT_CODE} scenario=${LICENSING}></credit-flag>
      <credit-check endpoint=${endpoint} subject=${PILOT_CODE} scenario=${LICENSING}></credit-check>
      <credit-gate endpoint=${endpoint} subject=${PILOT_CODE} scenario=${LICENSING}><button id="approve" type="button">批准</button></credit-gate>
    </div>`);
    const [flag, check, gate] = ['credit-flag', 'credit-check', 'credit-gate'].map((t) => wrap.querySelector(t)!);
    for (const el of [flag, check, gate]) await settle(el);
    expect(flag.getAttribute('outcome')).to.equal('facilitated');
    expect($(flag, '.verify-mark')).to.exist;
    expect($(flag, '.badge')!.getAttribute('aria-label')).to.contain('需核对');
    expect(text($(check, '.banner'))).to.contain('代码校验位不符');
    expect($(check, '.banner .warning-mark')).to.exist;
    const approve = wrap.querySelector<HTMLButtonElement>('#approve')!;
    expect(approve.disabled, 'held until the clerk confirms').to.be.true;
    expect(text($(gate, '.subject-check'))).to.contain('代码校验位不符');
    // Confirm with the keyboard: focus moves on to the host's control, now enabled.
    $(gate, '.confirm-warnings')!.focus();
    await sendKeys({ press: 'Enter' });
    await (gate as CreditGate).updateComplete;
    expect(approve.disabled).to.be.false;
    expect(document.activeElement).to.equal(approve);
    expect(text($(gate, '.subject-check'))).to.contain('已确认核对');
    await expect(gate).to.be.accessible();
  });

  it('a name that differs from the registered one is marked; the same name in other brackets or widths is not', async () => {
    const { endpoint } = await usePlatform();
    const fx = FIXTURES.cleanThreeYears;
    const other = fx.subject.name.replace(/有限公司$/, '') + '（集团）有限公司';
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <credit-flag endpoint=${endpoint} subject=${fx.subject.id} scenario=${LICENSING} subject-name=${other}></credit-flag>
      <credit-check endpoint=${endpoint} subject=${fx.subject.id} scenario=${LICENSING} subject-name=${other}></credit-check>
      <credit-flag class="same" endpoint=${endpoint} subject=${fx.subject.id} scenario=${LICENSING} subject-name=${` ${fx.subject.name.replace(/\(/g, '（').replace(/\)/g, '）')} `}></credit-flag>
    </div>`);
    const [flag, check, same] = [...wrap.children];
    for (const el of [flag, check, same]) await settle(el);
    expect($(flag, '.verify-mark')).to.exist;
    expect(text($(check, '.banner'))).to.contain(`填写“${other}”`).and.contain(`登记“${fx.subject.name}”`);
    expect($(same, '.verify-mark')).to.equal(null);
  });

  it('a valid code and a matching name: no mark anywhere, the gate needs no confirmation', async () => {
    const { endpoint } = await usePlatform();
    const fx = FIXTURES.cleanThreeYears;
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <credit-flag endpoint=${endpoint} subject=${fx.subject.id} scenario=${LICENSING} subject-name=${fx.subject.name}></credit-flag>
      <credit-gate endpoint=${endpoint} subject=${fx.subject.id} scenario=${LICENSING} subject-name=${fx.subject.name}><button id="ok" type="button">批准</button></credit-gate>
    </div>`);
    const [flag, gate] = [...wrap.children];
    for (const el of [flag, gate]) await settle(el);
    expect($(flag, '.verify-mark')).to.equal(null);
    expect($(gate, '.subject-check')).to.equal(null);
    expect(wrap.querySelector<HTMLButtonElement>('#ok')!.disabled).to.be.false;
  });
});
