// <credit-commitment>: the 容缺受理 commitment form and the case's commitments, against the simulated platform.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetConfig } from '../../src/client/registry.js';
import { addDays } from '../../src/policy/dates.js';
import { FIXTURES } from '../../src/testing/index.js';
import '../../widgets/credit-commitment/define.js';
import type { CreditCommitment, CreditCommitmentChangeDetail } from '../../widgets/credit-commitment/define.js';
import { requestLog, requestsTo, usePlatform } from './support/platform.js';

const TODAY = '2026-11-22';
const SUBJECT = FIXTURES.shortHistory.subject.id;
/** The seeded case whose commitment is five days overdue on TODAY. */
const OVERDUE_CASE = `XK-${TODAY.slice(0, 4)}-0412`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into a field the way a user does: value, then an `input` event. */
function type(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!field) throw new Error('no such field');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function mount(endpoint: string, caseNumber: string, attrs: { subject?: string; lang?: string; today?: string } = {}) {
  const el = await fixture<CreditCommitment>(html`<credit-commitment
    endpoint=${endpoint}
    subject=${attrs.subject ?? SUBJECT}
    case-number=${caseNumber}
    today=${attrs.today ?? TODAY}
    lang=${attrs.lang ?? 'zh-CN'}
  ></credit-commitment>`);
  await listSettled(el);
  return el;
}

/** Waits until the list has loaded: a table, the empty note or an error. */
async function listSettled(el: CreditCommitment): Promise<void> {
  await waitUntil(() => $(el, 'table, .empty, .list .problem'), 'the commitment list did not load', { timeout: 10_000 });
  await el.updateComplete;
}

async function fillValid(el: CreditCommitment, items = ['消防安全检查合格证明']) {
  for (let i = 0; i < items.length; i++) {
    if (i > 0) $(el, 'button.add')!.click();
    await el.updateComplete;
    type($(el, `#item-${i}`), items[i]);
  }
  type($(el, '#signatory'), '陈思远');
  await el.updateComplete;
}

const submit = async (el: CreditCommitment) => {
  $(el, 'button[type=submit]')!.click();
  await el.updateComplete;
};

describe('<credit-commitment>', () => {
  afterEach(() => {
    // Each test has its own endpoint; forgetting the cached clients stops their outbox timers.
    resetConfig();
  });

  describe('the form', () => {
    it('defaults the due date to 30 days after today and writes a statement naming the items and the date', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, 'XK-2026-9001');
      const due = $<HTMLInputElement>(el, '#due-on')!;
      expect(due.value).to.equal(addDays(TODAY, 30));
      expect(due.min).to.equal(addDays(TODAY, 1));

      type($(el, '#item-0'), '排污许可证副本');
      await el.updateComplete;
      const statement = $<HTMLTextAreaElement>(el, '#statement')!;
      expect(statement.value).to.contain('排污许可证副本');
      expect(statement.value).to.contain('2026/12/22');

      // While untouched, the statement follows the items and the date.
      type(due, '2027-01-15');
      await el.updateComplete;
      expect(statement.value).to.contain('2027/01/15');

      // Once edited, it is the clerk's text; "restore" brings the generated one back.
      type(statement, '本单位承诺按期补齐。');
      type($(el, '#item-0'), '营业执照副本');
      await el.updateComplete;
      expect(statement.value).to.equal('本单位承诺按期补齐。');
      $(el, 'button.reset-statement')!.click();
      await el.updateComplete;
      expect(statement.value).to.contain('营业执照副本');
      await expect(el).to.be.accessible();
    });

    it('adds and removes missing items, keeping at least one', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, 'XK-2026-9002');
      const remove = () => $$<HTMLButtonElement>(el, 'li button');
      expect(remove()).to.have.length(1);
      expect(remove()[0].disabled).to.equal(true);
      $(el, 'button.add')!.click();
      await el.updateComplete;
      expect($$(el, 'li input')).to.have.length(2);
      expect(el.shadowRoot!.activeElement?.id).to.equal('item-1');
      type($(el, '#item-0'), '甲');
      type($(el, '#item-1'), '乙');
      await el.updateComplete;
      remove()[0].click();
      await el.updateComplete;
      const values = $$<HTMLInputElement>(el, 'li input').map((i) => i.value);
      expect(values).to.deep.equal(['乙']);
      expect(remove()[0].disabled).to.equal(true);
    });

    it('says what is wrong with each field, marks it invalid and sends nothing', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, 'XK-2026-9003');
      const before = platform.state.commitments.length;
      type($<HTMLTextAreaElement>(el, '#statement'), '   ');
      type($(el, '#due-on'), TODAY);
      await submit(el);

      const item = $<HTMLInputElement>(el, '#item-0')!;
      const due = $<HTMLInputElement>(el, '#due-on')!;
      const statement = $(el, '#statement')!;
      const signatory = $(el, '#signatory')!;
      for (const field of [item, due, statement, signatory]) {
        expect(field.getAttribute('aria-invalid'), field.id).to.equal('true');
        const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
        const error = ids.map((id) => $(el, `#${id}`)).find((n) => n?.classList.contains('error'));
        expect(error, `${field.id} has no error message`).to.exist;
      }
      expect(text($(el, '#items-error'))).to.equal('请至少填写一项缺失材料。');
      expect(text($(el, '#due-on-error'))).to.equal('补齐期限须晚于今天（2026/11/22）。');
      expect(text($(el, '#signatory-error'))).to.equal('请填写承诺人姓名。');
      expect(text($(el, '.summary'))).to.contain('4');
      // Focus goes to the first field to correct.
      expect(el.shadowRoot!.activeElement).to.equal(item);
      await expect(el).to.be.accessible();

      // A date in the past, an empty date: each its own message.
      type(due, '2026-01-01');
      await el.updateComplete;
      expect(text($(el, '#due-on-error'))).to.contain('须晚于今天');
      type(due, '');
      await el.updateComplete;
      expect(text($(el, '#due-on-error'))).to.equal('请选择补齐期限。');
      await submit(el);

      expect(platform.state.commitments.length).to.equal(before);
      expect(requestsTo(platform, '/v1/commitments', 'POST')).to.equal(0);

      // Corrected field by field, the messages go away.
      type(item, '营业执照副本');
      type(due, addDays(TODAY, 10));
      await el.updateComplete;
      expect(item.getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '#items-error')).to.equal(null);
      expect($(el, '#due-on-error')).to.equal(null);
      expect(text($(el, '.summary'))).to.contain('2');
    });
  });

  describe('submitting', () => {
    it('creates the commitment at the platform, says it was sent and lists it', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const caseNumber = 'XK-2026-9004';
      const el = await mount(endpoint, caseNumber);
      expect(text($(el, '.empty'))).to.contain('本案暂无信用承诺');
      await expect(el).to.be.accessible();

      await fillValid(el, ['消防安全检查合格证明', '租赁合同备案证明']);
      const changed = oneEvent(el, 'credit-commitment-change');
      await submit(el);
      const { detail } = (await changed) as CustomEvent<CreditCommitmentChangeDetail>;

      expect(detail.action).to.equal('created');
      expect(detail.state).to.equal('sent');
      const stored = platform.state.commitments.filter((c) => c.caseNumber === caseNumber);
      expect(stored).to.have.length(1);
      expect(stored[0]).to.include({ subjectId: SUBJECT, dueOn: addDays(TODAY, 30), signatory: '陈思远', status: 'pending' });
      expect(stored[0].items).to.deep.equal(['消防安全检查合格证明', '租赁合同备案证明']);
      expect(stored[0].statement).to.contain('消防安全检查合格证明、租赁合同备案证明');
      expect((detail.commitment as { id?: string }).id).to.equal(stored[0].id);

      await waitUntil(() => $(el, `tr[data-id="${stored[0].id}"]`), 'the new commitment is not listed');
      expect(text($(el, '.notice'))).to.contain('已提交');
      const row = $(el, `tr[data-id="${stored[0].id}"]`)!;
      expect(text(row)).to.contain('剩余 30 天');
      expect(text(row)).to.contain('待履行');
      // The form is ready for the next one.
      expect($<HTMLInputElement>(el, '#item-0')!.value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('offline: keeps it (queued), and after a reload sends it once the platform is back — exactly once', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY, faults: 'offline' });
      const caseNumber = 'XK-2026-9005';
      const el = await mount(endpoint, caseNumber);
      // Offline, the list cannot load: the element says so and offers a retry.
      expect(text($(el, '.list .problem'))).to.contain('无法连接信用平台');
      expect($(el, '.list .problem button.retry')).to.exist;
      await expect(el).to.be.accessible();

      await fillValid(el);
      const changed = oneEvent(el, 'credit-commitment-change');
      await submit(el);
      const { detail } = (await changed) as CustomEvent<CreditCommitmentChangeDetail>;
      expect(detail.state).to.equal('queued');
      expect(text($(el, '.notice'))).to.contain('待发送');
      await waitUntil(() => $(el, 'tr[data-status="queued"]'), 'the queued commitment is not shown');
      expect(text($(el, 'tr[data-status="queued"]'))).to.contain('待发送');
      expect(platform.state.commitments.filter((c) => c.caseNumber === caseNumber)).to.have.length(0);
      await expect(el).to.be.accessible();

      // "Reload": the element goes away, its client too; the outbox stays in IndexedDB.
      el.remove();
      resetConfig();
      platform.setFaults('none');

      const again = await fixture<CreditCommitment>(html`<credit-commitment
        endpoint=${endpoint}
        subject=${SUBJECT}
        case-number=${caseNumber}
        today=${TODAY}
      ></credit-commitment>`);
      await waitUntil(() => platform.state.commitments.some((c) => c.caseNumber === caseNumber), 'the queued commitment was never delivered', {
        timeout: 10_000,
      });
      const stored = platform.state.commitments.filter((c) => c.caseNumber === caseNumber);
      await waitUntil(() => $(again, `tr[data-id="${stored[0].id}"]`) && !$(again, 'tr[data-status="queued"]'), 'the delivered commitment is not listed as sent');

      // Exactly once: one commitment, and no second delivery of its key.
      expect(stored).to.have.length(1);
      const posts = requestLog(platform).filter((r) => r.method === 'POST' && r.path === '/v1/commitments');
      const keys = new Set(platform.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/v1/commitments')).map((r) => r.headers['idempotency-key']));
      expect(keys.size).to.equal(1);
      expect(posts.length).to.be.greaterThan(1); // the offline attempt, then the delivery
      const [key] = keys;
      expect(platform.state.idempotencyHits.get(key!) ?? 0).to.equal(0);
      await expect(again).to.be.accessible();
    });

    it('never puts a natural person’s full id number in the page, the event or a request', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const person = FIXTURES.person.subject.id;
      const caseNumber = 'XK-2026-9006';
      const el = await mount(endpoint, caseNumber, { subject: person });
      expect(text($(el, '.head'))).to.contain(`${person.slice(0, 6)}********${person.slice(-4)}`);
      await fillValid(el);
      const changed = oneEvent(el, 'credit-commitment-change');
      await submit(el);
      const { detail } = (await changed) as CustomEvent<CreditCommitmentChangeDetail>;
      await el.updateComplete;
      expect(JSON.stringify(detail)).not.to.contain(person);
      expect(el.shadowRoot!.innerHTML).not.to.contain(person);
      for (const request of platform.state.requests) {
        expect(request.path).not.to.contain(person);
        expect(JSON.stringify(request.body ?? '')).not.to.contain(person);
      }
      expect(requestsTo(platform, '/v1/commitments', 'POST')).to.equal(1);
      // The platform takes the masked id: the commitment is recorded and listed.
      expect(detail.state).to.equal('sent');
      expect(platform.state.commitments.filter((c) => c.caseNumber === caseNumber)).to.have.length(1);
      await waitUntil(() => $(el, 'tbody tr[data-status="pending"]'), 'the person’s commitment is not listed');
      expect(el.shadowRoot!.innerHTML).not.to.contain(person);
    });
  });

  describe('the list', () => {
    it('makes an overdue pending commitment stand out with an icon and words, not colour alone', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, OVERDUE_CASE);
      const row = $(el, 'tr[data-overdue]')!;
      expect(row).to.exist;
      expect(row.getAttribute('part')).to.contain('row-overdue');
      const mark = row.querySelector('[part="overdue"]')!;
      expect(text(mark)).to.equal('已逾期 5 天');
      expect(mark.querySelector('svg')).to.exist;
      expect(text(row)).to.contain('待履行');
      await expect(el).to.be.accessible();
    });

    it('counts days against the fixed `today`', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, OVERDUE_CASE, { today: addDays(TODAY, -7) });
      const row = $(el, 'tbody tr')!;
      expect(row.hasAttribute('data-overdue')).to.equal(false);
      expect(text(row)).to.contain('剩余 2 天');
      el.today = addDays(TODAY, -5);
      await el.updateComplete;
      expect(text($(el, 'tbody tr'))).to.contain('今天到期');
    });

    it('marks a commitment fulfilled', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, OVERDUE_CASE);
      const id = $(el, 'tbody tr')!.dataset.id!;
      const changed = oneEvent(el, 'credit-commitment-change');
      $(el, `button[data-fulfil="${id}"]`)!.click();
      const { detail } = (await changed) as CustomEvent<CreditCommitmentChangeDetail>;
      expect(detail).to.include({ action: 'fulfilled', state: 'sent' });
      expect(platform.state.commitments.find((c) => c.id === id)!.status).to.equal('fulfilled');
      await waitUntil(() => $(el, `tr[data-id="${id}"]`)?.dataset.status === 'fulfilled', 'the row did not change to fulfilled');
      const row = $(el, `tr[data-id="${id}"]`)!;
      expect(text(row)).to.contain('已履行');
      expect(row.hasAttribute('data-overdue')).to.equal(false);
      expect(row.querySelector('button')).to.equal(null);
      expect(platform.state.addedRecords.size).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('asks before marking a commitment breached, says what it causes, and sends nothing on cancel', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, OVERDUE_CASE);
      const id = $(el, 'tbody tr')!.dataset.id!;
      const breach = $<HTMLButtonElement>(el, `button[data-breach="${id}"]`)!;
      breach.click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text(dialog)).to.contain('将在信用平台形成一条“信用承诺未履行”记录，可能影响该主体今后的办理');
      // The safe choice has the focus.
      expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('button.cancel'));
      await expect(el).to.be.accessible();

      (dialog.querySelector('button.cancel') as HTMLButtonElement).click();
      await el.updateComplete;
      await waitUntil(() => !dialog.open);
      expect(requestsTo(platform, `/v1/commitments/${id}`, 'PATCH')).to.equal(0);
      expect(platform.state.commitments.find((c) => c.id === id)!.status).to.equal('pending');
      await waitUntil(() => el.shadowRoot!.activeElement === breach, 'focus did not return to the breach button');

      // Confirmed, the platform closes it and records a commitment breach.
      breach.click();
      await el.updateComplete;
      const changed = oneEvent(el, 'credit-commitment-change');
      (dialog.querySelector('button.confirm') as HTMLButtonElement).click();
      const { detail } = (await changed) as CustomEvent<CreditCommitmentChangeDetail>;
      expect(detail).to.include({ action: 'breached', state: 'sent' });
      const stored = platform.state.commitments.find((c) => c.id === id)!;
      expect(stored.status).to.equal('breached');
      const records = platform.state.addedRecords.get(stored.subjectId) ?? [];
      expect(records.map((r) => r.listType)).to.deep.equal(['commitment-breach']);
      await waitUntil(() => $(el, `tr[data-id="${id}"]`)?.dataset.status === 'breached', 'the row did not change to breached');
      expect(text($(el, `tr[data-id="${id}"]`))).to.contain('未履行');
      expect(text($(el, '.notice'))).to.contain('已标记为未履行');
      await expect(el).to.be.accessible();
    });

    it('shows the platform’s failure in words with a retry that works', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY, faults: { mode: 'http-500', path: '/v1/commitments/search' } });
      const el = await mount(endpoint, OVERDUE_CASE);
      expect(text($(el, '.list .problem'))).to.contain('信用平台返回错误，请稍后重试。');
      await expect(el).to.be.accessible();
      platform.setFaults('none');
      $(el, '.list .problem button.retry')!.click();
      await waitUntil(() => $(el, 'table'), 'retry did not load the list');
      expect($$(el, 'tbody tr')).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('fills and submits the form with the keyboard alone', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const caseNumber = 'XK-2026-9007';
      const el = await mount(endpoint, caseNumber);
      $(el, '#item-0')!.focus();
      await sendKeys({ type: '建设工程规划许可证' });
      await sendKeys({ press: 'Tab' }); // remove (disabled: skipped)
      expect(el.shadowRoot!.activeElement?.className).to.equal('add');
      await sendKeys({ press: 'Enter' }); // adds an item and focuses it
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('item-1');
      await sendKeys({ type: '环评批复' });
      $(el, '#signatory')!.focus();
      await sendKeys({ type: '许文涛' });
      await sendKeys({ press: 'Enter' }); // Enter in a field submits the form
      await waitUntil(() => platform.state.commitments.some((c) => c.caseNumber === caseNumber), 'the keyboard submit sent nothing');
      const stored = platform.state.commitments.find((c) => c.caseNumber === caseNumber)!;
      expect(stored.items).to.deep.equal(['建设工程规划许可证', '环评批复']);
      expect(stored.signatory).to.equal('许文涛');
    });

    it('closes the breach confirmation with Escape and sends nothing', async () => {
      const { platform, endpoint } = await usePlatform({ today: TODAY });
      const el = await mount(endpoint, OVERDUE_CASE);
      const id = $(el, 'tbody tr')!.dataset.id!;
      $(el, `button[data-breach="${id}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      expect(requestsTo(platform, `/v1/commitments/${id}`, 'PATCH')).to.equal(0);
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, `button[data-breach="${id}"]`), 'focus did not return');
    });
  });

  describe('languages and setup', () => {
    it('speaks English and Traditional Chinese', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const en = await mount(endpoint, OVERDUE_CASE, { lang: 'en' });
      expect(text($(en, 'h2'))).to.contain('Credit commitment');
      expect(text($(en, '[part="overdue"]'))).to.equal('Overdue by 5 days');
      expect(text($(en, 'button[type=submit]'))).to.equal('Submit commitment');
      await expect(en).to.be.accessible();
      const hant = await mount(endpoint, OVERDUE_CASE, { lang: 'zh-Hant' });
      expect(text($(hant, 'h2'))).to.contain('信用承諾');
      expect(text($(hant, 'tbody tr'))).to.contain('履行完畢');
    });

    it('says what to set when the subject or case number is missing or bad, and offers no form', async () => {
      const { endpoint } = await usePlatform({ today: TODAY });
      const noCase = await fixture<CreditCommitment>(html`<credit-commitment endpoint=${endpoint} subject=${SUBJECT}></credit-commitment>`);
      expect(text($(noCase, '.problem'))).to.contain('case-number');
      expect($(noCase, 'form')).to.equal(null);
      const bad = await fixture<CreditCommitment>(html`<credit-commitment endpoint=${endpoint} subject="123" case-number="X-1"></credit-commitment>`);
      expect(text($(bad, '.problem'))).to.contain('代码格式不正确');
      expect($(bad, 'form')).to.equal(null);
      await expect(bad).to.be.accessible();
    });
  });
});
