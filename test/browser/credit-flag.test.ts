import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { usccCheckChar } from '../../src/ids/index.js';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-flag/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

/** One fixture per outcome, with the scenario that gives it, and the zh-CN word. */
const OUTCOME_CASES = [
  { outcome: 'restricted', subject: FIXTURES.restricted, scenario: PROCUREMENT, word: '限制' },
  { outcome: 'review', subject: FIXTURES.objection, scenario: PROCUREMENT, word: '需审核' },
  { outcome: 'facilitated', subject: FIXTURES.cleanThreeYears, scenario: LICENSING, word: '可激励' },
  { outcome: 'clear', subject: FIXTURES.staleActive, scenario: LICENSING, word: '无记录' },
  { outcome: 'unknown', subject: FIXTURES.unknownEnterprise, scenario: LICENSING, word: '未核查' },
] as const;

async function flagFor(endpoint: string, subject: string, scenario = LICENSING, purpose = ''): Promise<CreditFlag> {
  return mount<CreditFlag>(
    html`<credit-flag endpoint=${endpoint} subject=${subject} scenario=${scenario} purpose=${purpose || ''}></credit-flag>`,
  );
}

const shadow = (el: Element) => el.shadowRoot!;
const badge = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="badge"]')!;
const details = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="details"]')!;
const isOpen = (el: Element) => badge(el).getAttribute('aria-expanded') === 'true' && !!details(el) && !details(el).hidden;
/** What a person sees in the popover. */
const detailsText = (el: Element) => details(el).textContent!.replace(/\s+/g, ' ');
/** The popover's content loads with its module on the first opening (the loading sentence until then). */
const decisionShown = (el: Element) => waitUntil(() => details(el).querySelector('.sentence'), 'the popover shows the decision');

afterEach(async () => {
  await resetMouse();
});

describe('<credit-flag> outcomes', () => {
  for (const { outcome, subject, scenario, word } of OUTCOME_CASES) {
    it(`shows ${outcome} with its word and icon shape, reflected in the outcome attribute`, async () => {
      const { endpoint } = await usePlatform();
      const el = await flagFor(endpoint, subject.subject.id, scenario);
      await settle(el);
      expect(el.getAttribute('outcome')).to.equal(outcome);
      expect(shadow(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal(word);
      expect(badge(el).querySelector('[part="icon"]')!.getAttribute('data-shape')).to.equal(outcome);
      expect(badge(el).getAttribute('aria-label')).to.contain(word);
      await expect(el).to.be.accessible();
      badge(el).click();
      await el.updateComplete;
      await decisionShown(el);
      expect(isOpen(el)).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('shows a spinner and "checking" for screen readers while the check runs', async () => {
    const { endpoint } = await usePlatform({ faults: { mode: 'hang', path: '/v1/checks' } });
    const el = await flagFor(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT);
    await waitUntil(() => el.hasAttribute('loading'));
    expect(el.hasAttribute('outcome')).to.be.false;
    expect(badge(el).querySelector('[part="icon"]')!.getAttribute('data-shape')).to.equal('loading');
    const label = shadow(el).querySelector('[part="label"]')!;
    expect(label.textContent).to.contain('正在核查');
    expect(label.classList.contains('visually-hidden')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('never shows an outcome word without a subject, and says none was given', async () => {
    const el = await mount<CreditFlag>(html`<credit-flag></credit-flag>`);
    expect(el.hasAttribute('outcome')).to.be.false;
    expect(badge(el).querySelector('[part="icon"]')!.getAttribute('data-shape')).to.equal('unknown');
    badge(el).click();
    await el.updateComplete;
    expect(detailsText(el)).to.contain('未提供主体代码');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language: lang="en" shows the English word', async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditFlag>(
      html`<credit-flag lang="en" endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}></credit-flag>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Restricted');
  });
});

describe('<credit-flag> events and personal data', () => {
  it('fires credit-result with the decision, a person masked, and no full number anywhere', async () => {
    const { endpoint } = await usePlatform();
    const person = FIXTURES.person.subject.id;
    const el = document.createElement('credit-flag');
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('subject', person);
    el.setAttribute('scenario', LICENSING);
    el.setAttribute('purpose', '行政许可申请人资格审查');
    el.setAttribute('authorization', 'statutory-duty');
    const event = oneEvent(el, 'credit-result');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.outcome).to.equal('facilitated');
      expect(detail.subjectId).to.equal(`${person.slice(0, 6)}********${person.slice(-4)}`);
      expect(detail.queryId).to.be.a('string');
      expect(detail.measures).to.deep.equal(detail.applied);
      expect(JSON.stringify(detail)).not.to.contain(person);
      await settle(el);
      badge(el).click();
      await el.updateComplete;
      await decisionShown(el);
      expect(detailsText(el)).to.contain(detail.subjectId);
      expect(detailsText(el)).to.contain(FIXTURES.person.subject.name);
      // Only the attribute the page itself wrote holds the number; nothing the element renders does.
      expect(shadow(el).innerHTML).not.to.contain(person);
      expect(el.getAttributeNames().filter((n) => n !== 'subject').map((n) => el.getAttribute(n)).join(' ')).not.to.contain(person);
    } finally {
      el.remove();
    }
  });

  it('refuses a person without a purpose before any request, with credit-error purpose-required', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = document.createElement('credit-flag');
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('subject', FIXTURES.person.subject.id);
    el.setAttribute('scenario', LICENSING);
    const event = oneEvent(el, 'credit-error');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.reason).to.equal('purpose-required');
      expect(detail.message).to.contain('用途');
      await settle(el);
      expect(el.getAttribute('outcome')).to.equal('unknown');
      expect(requestsTo(platform, '/v1/checks')).to.equal(0);
      expect(shadow(el).innerHTML).not.to.contain(FIXTURES.person.subject.id);
    } finally {
      el.remove();
    }
  });

  it('fires credit-error not-found for a code the platform does not know, and says so in the details', async () => {
    const { endpoint } = await usePlatform();
    const el = document.createElement('credit-flag');
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('subject', FIXTURES.unknownEnterprise.subject.id);
    el.setAttribute('scenario', LICENSING);
    const event = oneEvent(el, 'credit-error');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.reason).to.equal('not-found');
      await settle(el);
      badge(el).click();
      await el.updateComplete;
      await decisionShown(el);
      expect(detailsText(el)).to.contain('平台无此主体');
      expect(shadow(el).querySelector('.retry')).to.exist;
    } finally {
      el.remove();
    }
  });
});

describe('<credit-flag> batching', () => {
  /** `n` distinct well-formed codes: the fixtures first, then made-up ones the platform does not know. */
  function codes(n: number): string[] {
    const known = Object.values(FIXTURES)
      .map((f) => f.subject.id)
      .filter((id) => id.length === 18 && !/^\d{17}[\dX]$/.test(id));
    const made: string[] = [];
    for (let i = 0; made.length + known.length < n; i++) {
      const body = `91110000MA${String(i).padStart(7, '0')}`;
      made.push(body + usccCheckChar(body));
    }
    return [...known, ...made].slice(0, n);
  }

  it('200 flags on one page make at most 2 requests to /v1/checks', async function () {
    this.timeout(30_000);
    const { platform, endpoint } = await usePlatform();
    const ids = codes(200);
    expect(new Set(ids).size).to.equal(200);
    const table = await mount<HTMLElement>(
      html`<div>${ids.map((id) => html`<credit-flag endpoint=${endpoint} subject=${id} scenario=${PROCUREMENT}></credit-flag>`)}</div>`,
    );
    const flags = [...table.querySelectorAll('credit-flag')];
    await waitUntil(() => flags.every((f) => f.hasAttribute('outcome')), 'every flag has an outcome', { timeout: 20_000 });
    expect(requestsTo(platform, '/v1/checks')).to.be.at.most(2);
    expect(flags[0].getAttribute('outcome')).to.equal('restricted');
    expect(flags.at(-1)!.getAttribute('outcome')).to.equal('unknown');
  });

  it('many flags of the same subject share one request', async () => {
    const { platform, endpoint } = await usePlatform();
    const id = FIXTURES.restricted.subject.id;
    const row = await mount<HTMLElement>(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<credit-flag endpoint=${endpoint} subject=${id} scenario=${PROCUREMENT}></credit-flag>`)}</div>`,
    );
    const flags = [...row.querySelectorAll('credit-flag')];
    await Promise.all(flags.map((f) => settle(f)));
    expect(flags.map((f) => f.getAttribute('outcome'))).to.deep.equal(Array(5).fill('restricted'));
    expect(requestsTo(platform, '/v1/checks')).to.equal(1);
  });
});

describe('<credit-flag> details popover', () => {
  async function restrictedFlag(): Promise<CreditFlag> {
    const { endpoint } = await usePlatform();
    return settle(await flagFor(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT));
  }

  it('opens on click with the name, code, measures with their basis and the data time; a second click closes it', async () => {
    const el = await restrictedFlag();
    expect(isOpen(el)).to.be.false;
    badge(el).click();
    await el.updateComplete;
    await decisionShown(el);
    expect(isOpen(el)).to.be.true;
    const text = detailsText(el);
    expect(text).to.contain(FIXTURES.restricted.subject.name);
    expect(text).to.contain(FIXTURES.restricted.subject.id);
    expect(text).to.contain('限制参加政府采购活动');
    expect(text).to.contain('依据：');
    expect(text).to.contain('数据时间');
    expect(details(el).getAttribute('role')).to.equal('dialog');
    expect(badge(el).getAttribute('aria-controls')).to.equal(details(el).id);
    badge(el).click();
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
  });

  it('opens on keyboard focus; Escape closes it and keeps focus on the badge; Enter opens it again', async () => {
    const el = await restrictedFlag();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(shadow(el).activeElement === badge(el), 'focus: badge(el)').to.be.true;
      expect(isOpen(el)).to.be.true;

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(shadow(el).activeElement === badge(el), 'focus: badge(el)').to.be.true;

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el)).to.be.true;
      await expect(el).to.be.accessible();
      // Enter again closes (the popover was opened by a key press, so it toggles).
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
    } finally {
      before.remove();
    }
  });

  it('Space opens it too', async () => {
    const el = await restrictedFlag();
    badge(el).focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.true;
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const el = await restrictedFlag();
    const box = badge(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => isOpen(el), 'the popover opens on hover');
    // Beside the badge, clear of the popover below it (and inside the viewport).
    await sendMouse({ type: 'move', position: [Math.round(box.right) + 450, Math.round(box.y + box.height / 2)] });
    await waitUntil(() => !isOpen(el), 'the popover closes when the pointer leaves');
  });

  it('stays open when clicked, also after the pointer leaves, until a click elsewhere', async () => {
    const el = await restrictedFlag();
    const box = badge(el).getBoundingClientRect();
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(isOpen(el)).to.be.true;
    await sendMouse({ type: 'move', position: [x + 450, y] });
    await el.updateComplete;
    expect(isOpen(el)).to.be.true;
    await sendMouse({ type: 'click', position: [x + 450, y] });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
  });

  it('Escape from the retry button closes the popover and returns focus to the badge', async () => {
    const { endpoint } = await usePlatform();
    const el = await settle(await flagFor(endpoint, FIXTURES.unknownEnterprise.subject.id));
    badge(el).click();
    await el.updateComplete;
    await decisionShown(el);
    const retry = shadow(el).querySelector<HTMLButtonElement>('.retry')!;
    retry.focus();
    expect(shadow(el).activeElement === retry, 'focus: retry').to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(shadow(el).activeElement === badge(el), 'focus: badge(el)').to.be.true;
  });

  it('retry checks again after a platform failure and shows the new outcome', async () => {
    const { platform, endpoint } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const el = await settle(await flagFor(endpoint, FIXTURES.restricted.subject.id, PROCUREMENT));
    expect(el.getAttribute('outcome')).to.equal('unknown');
    badge(el).click();
    await el.updateComplete;
    await decisionShown(el);
    expect(detailsText(el)).to.contain('信用平台返回错误');
    platform.setFaults('none');
    shadow(el).querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => el.getAttribute('outcome') === 'restricted', 'the retried check is restricted');
    expect(isOpen(el)).to.be.true;
  });
});

describe('<credit-flag> light-DOM fallback', () => {
  it('hides fallback text once upgraded: no slot, nothing rendered, nothing read out', async () => {
    const { endpoint } = await usePlatform();
    const el = await mount<CreditFlag>(
      html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario=${PROCUREMENT}>信用核查组件未加载</credit-flag>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('slot')).to.equal(null);
    const range = document.createRange();
    range.selectNodeContents(el);
    expect(range.getBoundingClientRect().width).to.equal(0);
    expect(el.innerText).not.to.contain('信用核查组件未加载');
    expect(el.textContent).to.contain('信用核查组件未加载');
  });

  it('shows the fallback text where the script did not load', async () => {
    const frame = await mount<HTMLIFrameElement>(
      html`<iframe title="fallback" srcdoc="<credit-flag subject='91110105MA01K7Q365'>信用核查组件未加载</credit-flag>"></iframe>`,
    );
    await waitUntil(() => frame.contentDocument?.querySelector('credit-flag'), 'the frame has loaded');
    const inner = frame.contentDocument!.querySelector('credit-flag') as HTMLElement;
    expect(inner.shadowRoot).to.equal(null);
    expect(inner.innerText).to.contain('信用核查组件未加载');
  });
});
