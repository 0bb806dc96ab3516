/**
 * Hostile text: every payload of the classic XSS filter-evasion list as subject names,
 * record titles, authorities, document numbers, responsible persons, measure names, basis,
 * implementers, remedies, the catalog version, and what clerks type (reasons, commitment
 * items, statements, signatories, purposes, case numbers) — through every element and
 * every print view. Nothing executes (the `window.__xss` canary stays unset, no markup is
 * created from data) and the text shows literally.
 */
import type { Catalog } from '../../../src/contract/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, configure, resetConfig } from '../../../src/client/registry.js';
import { mountPrintDocument, type PrintMount } from '../../../widgets/internal/print/print-document.js';
import type { CreditCheck } from '../../../widgets/credit-check/credit-check.js';
import type { CreditGate } from '../../../widgets/credit-gate/credit-gate.js';
import type { CreditBidderScreen } from '../../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import type { CreditCommitment } from '../../../widgets/credit-commitment/credit-commitment.js';
import type { CreditLedger } from '../../../widgets/credit-ledger/credit-ledger.js';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads.js';
import { settle, usePlatform } from '../support/platform.js';
import { bidderScreen, flag as flagDriver, shownText, tallBidderScreens } from './support/elements.js';
import { CATALOG_VERSION, PROCUREMENT, hostileWorld } from './support/hostile.js';
import { armCanary, deepText, disarmCanary, imageBarrier, injectedMarkup, until, watchPage, type PageWatch } from './support/page.js';

const world = hostileWorld();
const PAYLOADS = world.payloads;

let watch: PageWatch;
let untall: () => void;
const mounts: PrintMount[] = [];
beforeEach(() => {
  armCanary();
  watch = watchPage();
  untall = tallBidderScreens();
});
afterEach(() => {
  watch.stop();
  untall();
  disarmCanary();
  for (const m of mounts.splice(0)) m.remove();
  document.querySelectorAll('body > .credit-print-root').forEach((n) => n.remove());
  resetConfig();
});

/** Nothing ran, nothing was parsed as markup, nothing escaped to the window. */
async function expectInert(root: Element | ShadowRoot | Document): Promise<void> {
  await imageBarrier();
  expect(window.__xss, 'the XSS canary').to.equal(undefined);
  expect(injectedMarkup(root), 'markup made from data').to.deep.equal([]);
  expect(watch.errors, 'window errors').to.deep.equal([]);
  expect(watch.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** Every payload shows literally in `text` (which must not be whitespace-collapsed). */
function expectLiteral(text: string, payloads: readonly string[] = PAYLOADS, what = 'payload'): void {
  const missing = payloads.filter((p) => !text.includes(p));
  expect(missing, `${what}s not shown literally`).to.deep.equal([]);
}

describe('hardening: hostile text', function () {
  this.timeout(30_000);

  it(`the payload list is the classic filter-evasion list (${XSS_PAYLOADS.length} payloads)`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    expect(new Set(PAYLOADS).size, 'no duplicates').to.equal(PAYLOADS.length);
  });

  it('<credit-flag>: names, measure names and basis in every popover', async () => {
    const { endpoint } = await usePlatform(world.options);
    const container = await fixture<HTMLElement>(html`<div>
      ${world.perPayload.map((s) => html`<p><credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${s.id}></credit-flag></p>`)}
    </div>`);
    const flags = [...container.querySelectorAll('credit-flag')];
    await Promise.all(flags.map((f) => settle(f)));
    expect(flags.map((f) => f.getAttribute('outcome'))).to.deep.equal(flags.map(() => 'restricted'));
    // Click each badge; the popover shows the decision once its content module has loaded.
    await Promise.all(flags.map((f) => flagDriver.reveal(f)));
    flags.forEach((f, i) => {
      const text = deepText(f);
      const payload = world.perPayload[i].payload;
      // the name (title of the popover), the measure's name and its basis
      expect(text.split(payload).length - 1, `payload ${i} shown as name, measure and basis`).to.be.at.least(3);
    });
    await expectInert(container);
  });

  it('<credit-check>: every record and measure text, a typed reason, the check record and the written notice', async () => {
    const { platform, endpoint } = await usePlatform(world.options);
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} subject=${world.all.id} case-number=${PAYLOADS[5]}></credit-check>`);
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('restricted');
    const text = deepText(el);
    expectLiteral(text);
    expect(text).to.contain(CATALOG_VERSION);
    expect(text).to.contain(world.all.name);

    // The clerk's own hostile text: the reason of an override (H-3 is mandatory: declining it is an override), shown back after sending.
    const box = el.shadowRoot!.querySelector('[part="feedback"][data-measure="H-3"]')!;
    box.querySelector<HTMLButtonElement>('button.respond[data-action="overridden"]')!.click();
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="feedback"][data-measure="H-3"] textarea')!;
    field.value = PAYLOADS[0];
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="feedback"][data-measure="H-3"] button.submit')!.click();
    await until(() => platform.state.feedback.length === 1, 'the reason to arrive');
    expect(platform.state.feedback[0].reason, 'sent as typed').to.equal(PAYLOADS[0]);
    await until(() => el.shadowRoot!.querySelector('[part="feedback"][data-measure="H-3"] .delivery[data-state="sent"]'), 'the panel to show the response as sent');
    expect(deepText(el.shadowRoot!.querySelector('[part="feedback"][data-measure="H-3"]')!)).to.contain(PAYLOADS[0]);

    // The records outside any measure, in the block of their objections (opened): every title
    // literal, with an objection form each, nothing made from the data.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.other-objections button.disclosure')!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelectorAll('.other-objection credit-objection').length === PAYLOADS.length, 'the block to list every other record');
    const block = el.shadowRoot!.querySelector('.other-objections')!;
    expectLiteral(deepText(block), PAYLOADS, 'other record title');
    await expectInert(el.shadowRoot!);

    // The print views.
    const record = mountPrintDocument((await el.recordDocument())!);
    const notice = mountPrintDocument((await el.noticeDocument())!);
    mounts.push(record, notice);
    const recordText = deepText(record.host);
    expectLiteral(recordText);
    expect(recordText).to.contain(CATALOG_VERSION);
    expect(recordText, 'case number on the record').to.contain(PAYLOADS[5]);
    expectLiteral(deepText(notice.host));
    await expectInert(record.host);
    await expectInert(notice.host);

    // And the real print path, through window.print().
    const printed = el.printRecord();
    await until(() => document.querySelector('body > .credit-print-root'), 'the record to be put in the page');
    const printRoot = document.querySelector('body > .credit-print-root')!;
    expectLiteral(deepText(printRoot));
    await expectInert(printRoot);
    await expectInert(el);
    await sendKeys({ press: 'Shift' });
    await printed;
  });

  it('a scenario named like an Object.prototype key shows as written (flag, check, check record, notice)', async () => {
    const { endpoint } = await usePlatform(world.options);
    const leaked = (text: string) => /native code|\[object Object\]|function /.test(text);
    for (const scenario of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${scenario} subject=${world.all.id}></credit-check>`);
      const f = await fixture<HTMLElement>(html`<credit-flag endpoint=${endpoint} scenario=${scenario} subject=${world.all.id}></credit-flag>`);
      await settle(el);
      await settle(f);
      await flagDriver.reveal(f);
      const record = mountPrintDocument((await el.recordDocument())!);
      mounts.push(record);
      for (const [what, text] of [['panel', deepText(el)], ['flag', deepText(f)], ['record', deepText(record.host)]] as const) {
        expect(text.includes(scenario), `${scenario} shown in the ${what}`).to.be.true;
        expect(leaked(text), `${scenario}: the ${what} shows no function source or [object Object]`).to.be.false;
      }
    }
  });

  it('<credit-gate>: every blocking measure name, and an override reason sent as typed', async () => {
    const { platform, endpoint } = await usePlatform(world.options);
    const el = await fixture<CreditGate>(html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} subject=${world.all.id}
      ><button type="button">批准</button></credit-gate
    >`);
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('restricted');
    expectLiteral(deepText(el));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="override"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value = PAYLOADS[2];
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => el.allowed, 'the override to go through');
    expect(platform.state.feedback.map((f) => f.reason)).to.deep.equal(PAYLOADS.map(() => PAYLOADS[2]));
    await expectInert(el);
  });

  it('<credit-bidder-screen>: imported names, platform names, expanded details, the CSV and the printed list', async () => {
    const { endpoint } = await usePlatform(world.options);
    const subjects = [...world.perPayload, world.all];
    const el = (await bidderScreen.mount({ endpoint, scenario: PROCUREMENT, subjects })) as CreditBidderScreen;
    const decisions = await bidderScreen.decisions(el);
    expect(decisions.map((d) => d.outcome)).to.deep.equal(subjects.map(() => 'restricted'));
    expect(el.rows.map((r) => r.name), 'names read as written').to.deep.equal(subjects.map((s) => s.name));
    await bidderScreen.reveal(el);
    const text = deepText(el);
    expectLiteral(text);
    expect(shownText(el)).to.contain(CATALOG_VERSION);
    expectLiteral(el.exportCsv().replace(/""/g, '"'), PAYLOADS.filter((p) => !/^[=+\-@\t\r]/.test(p)), 'CSV cell');

    const printed = el.print();
    const root = await until(() => document.querySelector('body > .credit-print-root'), 'the list record to be put in the page');
    expectLiteral(deepText(root));
    await expectInert(root);
    await expectInert(el);
    await sendKeys({ press: 'Shift' });
    await printed;
  });

  it('<credit-commitment>: items, statements, signatories and names in the list; a commitment typed with payloads', async () => {
    const { platform, endpoint } = await usePlatform(world.options);
    const caseNumber = 'XSS-2026-001';
    const client = clientFor(endpoint);
    const receipts = await Promise.all(
      world.perPayload.map((s) =>
        client.commitments.create({ subjectId: s.id, caseNumber, items: [s.payload], dueOn: '2099-01-01', statement: s.payload, signatory: s.payload }),
      ),
    );
    expect(receipts.map((r) => r.state)).to.deep.equal(receipts.map(() => 'sent'));
    const el = await fixture<CreditCommitment>(html`<credit-commitment endpoint=${endpoint} subject=${world.all.id} case-number=${caseNumber}></credit-commitment>`);
    await until(() => el.shadowRoot!.querySelectorAll('tr[data-id]').length === PAYLOADS.length, 'the list to show every commitment');
    expectLiteral(deepText(el));

    // Through the form.
    const $ = <T extends Element>(s: string) => el.shadowRoot!.querySelector<T>(s)!;
    const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type($<HTMLInputElement>('#item-0'), PAYLOADS[10]);
    type($<HTMLTextAreaElement>('#statement'), PAYLOADS[20]);
    type($<HTMLInputElement>('#signatory'), PAYLOADS[30]);
    await el.updateComplete;
    $<HTMLButtonElement>('button[type=submit]').click();
    await until(() => platform.state.commitments.some((c) => c.caseNumber === caseNumber && c.subjectId === world.all.id), 'the typed commitment to arrive');
    const stored = platform.state.commitments.find((c) => c.subjectId === world.all.id)!;
    expect([stored.items[0], stored.statement, stored.signatory], 'sent as typed').to.deep.equal([PAYLOADS[10], PAYLOADS[20], PAYLOADS[30]]);
    await until(() => el.shadowRoot!.querySelector(`tr[data-id="${stored.id}"]`), 'the typed commitment to be listed');
    expect(deepText(el.shadowRoot!.querySelector(`tr[data-id="${stored.id}"]`)!)).to.contain(PAYLOADS[10]);
    await expectInert(el);
  });

  it('<credit-ledger>: operators, purposes, case numbers, names and scenarios of checks', async () => {
    const { endpoint } = await usePlatform({ ...world.options });
    const some = world.perPayload.slice(0, 40);
    configure({ operator: PAYLOADS[7], department: PAYLOADS[8] });
    await clientFor(endpoint).check(
      some.map((s) => s.id),
      { scenario: PROCUREMENT, purpose: PAYLOADS[3], caseNumber: PAYLOADS[4] },
    );
    const el = await fixture<CreditLedger>(html`<credit-ledger endpoint=${endpoint} page-size="200"></credit-ledger>`);
    await until(() => el.shadowRoot!.querySelectorAll('tr[data-query-id]').length >= some.length, 'the ledger to show the checks');
    const text = deepText(el);
    expectLiteral(text, some.map((s) => s.name), 'subject name');
    expectLiteral(text, [PAYLOADS[3], PAYLOADS[4], PAYLOADS[7], PAYLOADS[8]], 'check field');
    await expectInert(el);
  });

  // The ledger names scenarios through scenarioName(): own keys only, never Object.prototype's.
  it('<credit-ledger>: scenarios named like Object.prototype keys show as written', async () => {
    // Scenarios must be known (standard or named by the catalog) to reach the ledger: the catalog names these.
    const catalog = world.options.catalog as Catalog;
    const named = { ...catalog, measures: [...catalog.measures, { ...catalog.measures[0], id: 'proto-names', scenarios: ['constructor', '__proto__', 'toString'] }] };
    const { endpoint } = await usePlatform({ ...world.options, catalog: named });
    for (const scenario of ['constructor', '__proto__', 'toString']) await clientFor(endpoint).check(world.all.id, { scenario });
    const el = await fixture<CreditLedger>(html`<credit-ledger endpoint=${endpoint} page-size="200"></credit-ledger>`);
    await until(() => el.shadowRoot!.querySelectorAll('tr[data-query-id]').length >= 3, 'the ledger to show the checks');
    const text = deepText(el);
    expect(/native code|\[object Object\]|function /.test(text), 'no function source or [object Object]').to.be.false;
    for (const scenario of ['constructor', '__proto__', 'toString']) expect(text.includes(scenario), scenario).to.be.true;
  });
});
