/**
 * A blocked gate inside framework UIs: layui, Element UI/Plus and Ant Design Vue style a
 * disabled button by a class, so the gate marks every control it holds with
 * `data-credit-blocked` and `aria-disabled="true"` (besides the native `disabled`), for one
 * line of host CSS (README). And whatever the host's script does to the button, a click
 * never reaches the host's handler while the gate holds it.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-gate/define.js';
import type { CreditGate } from '../../widgets/credit-gate/credit-gate.js';
import { mount, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

/** The README's line for layui, with layui's own button colours. */
const LAYUI_CSS = `
  .layui-btn { background-color: rgb(22, 183, 119); color: rgb(255, 255, 255); border: 1px solid transparent; }
  .layui-btn[data-credit-blocked] { border-color: #eee !important; background-color: #fbfbfb !important; color: #d2d2d2 !important; cursor: not-allowed !important; }
`;

const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await resetMouse();
});

async function restrictedGate(endpoint: string): Promise<{ gate: CreditGate; button: HTMLButtonElement; roleButton: HTMLElement; clicks: string[] }> {
  const gate = await mount<CreditGate>(html`
    <credit-gate endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}>
      <button type="button" class="layui-btn" id="approve">准予许可</button>
      <span class="el-button" role="button" tabindex="0" id="stamp" aria-disabled="false">盖章</span>
    </credit-gate>
  `);
  const clicks: string[] = [];
  const button = gate.querySelector<HTMLButtonElement>('#approve')!;
  const roleButton = gate.querySelector<HTMLElement>('#stamp')!;
  // The host's handlers: on the control itself and delegated from the document (jQuery's $(document).on).
  button.addEventListener('click', () => clicks.push('button'));
  roleButton.addEventListener('click', () => clicks.push('role-button'));
  const delegated = (e: Event) => {
    if ((e.target as Element).closest?.('#approve, #stamp')) clicks.push('delegated');
  };
  document.addEventListener('click', delegated);
  cleanups.push(() => document.removeEventListener('click', delegated));
  await settle(gate);
  return { gate, button, roleButton, clicks };
}

async function clickAt(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<credit-gate>: looks blocked in any framework', function () {
  this.timeout(20_000);

  it('marks each held control with data-credit-blocked and aria-disabled="true", and the README line makes a layui button look disabled', async () => {
    const style = document.createElement('style');
    style.textContent = LAYUI_CSS;
    document.head.append(style);
    try {
      const { endpoint } = await usePlatform();
      const { gate, button, roleButton } = await restrictedGate(endpoint);
      expect(gate.getAttribute('outcome')).to.equal('restricted');
      expect(button.disabled, 'native disabled').to.be.true;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.hasAttribute('data-credit-blocked'), 'button data-credit-blocked').to.be.true;
      expect(roleButton.getAttribute('aria-disabled')).to.equal('true');
      expect(roleButton.hasAttribute('data-credit-blocked'), 'role=button data-credit-blocked').to.be.true;
      expect(getComputedStyle(button).backgroundColor, 'the blocked layui button is greyed').to.equal('rgb(251, 251, 251)');
      expect(getComputedStyle(button).cursor).to.equal('not-allowed');

      // A clear subject: the gate lets go and gives back the host's own values.
      gate.setAttribute('subject', FIXTURES.staleActive.subject.id);
      gate.setAttribute('scenario', LICENSING);
      await waitUntil(() => gate.getAttribute('outcome') === 'clear', 'the clear outcome');
      await gate.updateComplete;
      expect(button.disabled).to.be.false;
      expect(button.hasAttribute('aria-disabled'), 'aria-disabled removed from the button').to.be.false;
      expect(button.hasAttribute('data-credit-blocked'), 'data-credit-blocked removed from the button').to.be.false;
      expect(roleButton.getAttribute('aria-disabled'), "the host's own aria-disabled restored").to.equal('false');
      expect(roleButton.hasAttribute('data-credit-blocked')).to.be.false;
      expect(getComputedStyle(button).backgroundColor, 'the layui button has its colour back').to.equal('rgb(22, 183, 119)');
    } finally {
      style.remove();
    }
  });

  it("host script re-enables the button (disabled, aria-disabled, data-credit-blocked lifted) → a click still does not reach the host's handler", async () => {
    const { endpoint } = await usePlatform();
    const { button, roleButton, clicks } = await restrictedGate(endpoint);

    // Lifted and clicked in the same task, before the gate's observer runs.
    button.disabled = false;
    button.removeAttribute('aria-disabled');
    button.removeAttribute('data-credit-blocked');
    button.click();
    roleButton.removeAttribute('aria-disabled');
    roleButton.removeAttribute('data-credit-blocked');
    roleButton.click();
    expect(clicks, 'no host handler ran for a synchronous click').to.deep.equal([]);

    // The gate puts everything back.
    await waitUntil(
      () => button.disabled && button.getAttribute('aria-disabled') === 'true' && button.hasAttribute('data-credit-blocked'),
      'the gate re-asserts disabled, aria-disabled and data-credit-blocked',
    );
    await waitUntil(() => roleButton.getAttribute('aria-disabled') === 'true' && roleButton.hasAttribute('data-credit-blocked'), 'and on the role=button');

    // A framework re-render replaces the button with a fresh, enabled one.
    const fresh = document.createElement('button');
    fresh.type = 'button';
    fresh.id = 'approve';
    fresh.className = 'layui-btn';
    fresh.textContent = '准予许可';
    fresh.addEventListener('click', () => clicks.push('fresh'));
    button.replaceWith(fresh);
    await waitUntil(() => fresh.disabled && fresh.hasAttribute('data-credit-blocked'), 'the re-rendered button is held too');

    // Real clicks with the mouse.
    await clickAt(fresh);
    await clickAt(roleButton);
    expect(clicks, 'no host handler ran for a real click').to.deep.equal([]);
  });
});
