/**
 * Strict CSP with Trusted Types: `script-src 'self'`, no `unsafe-inline`, no `unsafe-eval`,
 * `require-trusted-types-for 'script'; trusted-types lit-html`. The policy is put into the
 * page with a `<meta http-equiv>` BEFORE Lit or any element is loaded (everything of
 * theirs is imported dynamically afterwards); a control test proves the policy is in force
 * and that violations are reported. Then every element goes through every state, print
 * views included, with hostile data: not a single violation.
 *
 * This file keeps Lit (and the test helpers that load it) out of its static imports, and
 * starts msw's service worker itself before the policy (registering a worker script is a
 * Trusted Types sink — the test infrastructure's, not the SDK's).
 */
import { expect } from '@esm-bundle/chai';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { sendKeys } from '@web/test-runner-commands';
import { createPlatform, FIXTURES, type Platform, type PlatformOptions } from '../../../src/testing/index.js';
import { creditHandlers } from '../../../src/testing/msw.js';
import { CATALOG_VERSION, PROCUREMENT, hostileWorld } from './support/hostile.js';
import { armCanary, deepText, disarmCanary, imageBarrier, injectedMarkup, until, watchPage, type PageWatch } from './support/page.js';

type Elements = typeof import('./support/elements.js');
type Print = typeof import('../../../widgets/internal/print/print-document.js');
type Registry = typeof import('../../../src/client/registry.js');

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const LICENSING = 'administrative-licensing';
const world = hostileWorld();

let worker: SetupWorker;
let E: Elements;
let P: Print;
let R: Registry;
let count = 0;
const pageId = Math.random().toString(36).slice(2, 8);

async function usePlatform(options: Omit<PlatformOptions, 'basePath'> = {}): Promise<{ platform: Platform; endpoint: string }> {
  count += 1;
  const endpoint = `/api-csp-${pageId}-${count}`;
  const platform = createPlatform({ ...options, basePath: endpoint });
  worker.use(...creditHandlers(platform, { baseUrl: `${location.origin}${endpoint}` }));
  return { platform, endpoint };
}

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};
const updated = (el: Element) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

function mount(tag: string, attributes: Record<string, string>, children: (Element | string)[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  document.body.append(el);
  mounted.push(el);
  return el;
}
const mounted: Element[] = [];

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

let watch: PageWatch;

/** Nothing was refused, nothing ran, nothing escaped. */
async function expectClean(...roots: Element[]): Promise<void> {
  await imageBarrier();
  expect(watch.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
  expect(window.__xss, 'the XSS canary').to.equal(undefined);
  for (const root of roots) expect(injectedMarkup(root), `markup from data in <${root.localName}>`).to.deep.equal([]);
  expect(watch.errors, 'window errors').to.deep.equal([]);
  expect(watch.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** Runs the real print path (window.print()) of `print`, checks the page while the record is in it, then lets it finish. */
async function printed(print: () => Promise<void>, check: (root: Element) => void): Promise<void> {
  const before = new Set(document.querySelectorAll('body > .credit-print-root'));
  const done = print();
  const root = await until(() => [...document.querySelectorAll('body > .credit-print-root')].find((r) => !before.has(r)), 'the print root');
  check(root);
  await sendKeys({ press: 'Shift' }); // the clerk is back at the page: printing is over
  await done;
}

describe('hardening: strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  before(async () => {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.prepend(meta);
  });

  beforeEach(() => {
    watch = watchPage();
    armCanary();
  });
  afterEach(() => {
    watch.stop();
    disarmCanary();
    for (const el of mounted.splice(0)) el.remove();
    document.querySelectorAll('body > .credit-print-root').forEach((n) => n.remove());
    R?.resetConfig();
  });

  it('the policy is in force and violations are reported (control)', async () => {
    expect(typeof (window as { trustedTypes?: unknown }).trustedTypes, 'Trusted Types are supported').to.equal('object');
    const probe = document.createElement('span');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await until(() => watch.violations.some((v) => v.startsWith('style-src')), 'an inline style to be refused');
    probe.remove();
    let threw = false;
    try {
      document.createElement('div').innerHTML = '<b>a string, not TrustedHTML</b>';
    } catch {
      threw = true;
    }
    expect(threw, 'innerHTML with a string throws').to.be.true;
    await until(() => watch.violations.some((v) => v.startsWith('require-trusted-types-for')), 'the Trusted Types sink to be reported');
    let policyRefused = false;
    try {
      (window as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }).trustedTypes.createPolicy('not-allowed', {});
    } catch {
      policyRefused = true;
    }
    expect(policyRefused, 'a policy not in the allow-list is refused').to.be.true;
    watch.violations.length = 0;
  });

  it('loads Lit and every element under the policy', async () => {
    E = await import('./support/elements.js');
    P = await import('../../../widgets/internal/print/print-document.js');
    R = await import('../../../src/client/registry.js');
    for (const tag of ['credit-flag', 'credit-check', 'credit-gate', 'credit-bidder-screen', 'credit-commitment', 'credit-ledger']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    await expectClean();
  });

  it('<credit-flag>: idle, loading, every outcome, purpose-required, popovers, retry', async () => {
    const { platform, endpoint } = await usePlatform({ latencyMs: 150 });
    const cases: [string, string, string][] = [
      [FIXTURES.restricted.subject.id, PROCUREMENT, 'restricted'],
      [FIXTURES.objection.subject.id, PROCUREMENT, 'review'],
      [FIXTURES.cleanThreeYears.subject.id, LICENSING, 'facilitated'],
      [FIXTURES.staleActive.subject.id, LICENSING, 'clear'],
      [FIXTURES.unknownEnterprise.subject.id, LICENSING, 'unknown'],
      [FIXTURES.person.subject.id, LICENSING, 'unknown'], // no purpose
      ['91110105MA01K7Q36O', LICENSING, 'unknown'], // invalid
    ];
    const idle = mount('credit-flag', { endpoint });
    const flags = cases.map(([subject, scenario]) => mount('credit-flag', { endpoint, subject, scenario }));
    await until(() => flags.some((f) => f.hasAttribute('loading')), 'a flag to be loading');
    await Promise.all(flags.map((f) => E.settle(f)));
    expect(flags.map((f) => f.getAttribute('outcome'))).to.deep.equal(cases.map((c) => c[2]));
    for (const f of [idle, ...flags]) await E.flag.reveal(f);
    platform.setFaults({ mode: 'http-503', path: '/v1/checks', times: 1 });
    await E.flag.retry(flags[4]);
    await expectClean(idle, ...flags);
  });

  it('<credit-check>: every outcome, loading, warnings, responses (sent and queued), the commitment form, print record and written notice', async () => {
    const { platform, endpoint } = await usePlatform({ latencyMs: 100 });
    const cases: [string, string, string][] = [
      [FIXTURES.restricted.subject.id, PROCUREMENT, 'restricted'],
      [FIXTURES.objection.subject.id, PROCUREMENT, 'review'],
      [FIXTURES.cleanThreeYears.subject.id, LICENSING, 'facilitated'],
      [FIXTURES.staleActive.subject.id, LICENSING, 'clear'],
      [FIXTURES.pilotCode.subject.id, LICENSING, 'facilitated'], // suspect code: a warning
      [FIXTURES.unknownEnterprise.subject.id, LICENSING, 'unknown'],
      ['9111', LICENSING, 'unknown'],
    ];
    const idle = mount('credit-check', { endpoint });
    const panels = cases.map(([subject, scenario]) => mount('credit-check', { endpoint, subject, scenario, 'case-number': 'XK-2026-0001' }));
    await until(() => panels.some((p) => p.hasAttribute('loading')), 'a panel to be loading');
    await Promise.all(panels.map((p) => E.settle(p)));
    expect(panels.map((p) => p.getAttribute('outcome'))).to.deep.equal(cases.map((c) => c[2]));

    const [restricted, , facilitated] = panels as unknown as import('../../../widgets/credit-check/credit-check.js').CreditCheck[];
    // "applied" is sent; "overridden" opens the reason field, refuses an empty reason, then is sent offline (queued).
    // (容缺受理 would first ask for the commitment: a plain incentive is answered at once.)
    $(facilitated, '[part="feedback"][data-measure="I-GREEN-CHANNEL"] button.respond[data-action="applied"]').click();
    await until(() => platform.state.feedback.length === 1, 'the response to arrive');
    $(restricted, '[part="feedback"][data-measure="P-PROCUREMENT-BAN"] button.respond[data-action="overridden"]').click();
    await updated(restricted);
    $(restricted, 'form.reason-field button.submit').click(); // empty: refused
    await updated(restricted);
    type($(restricted, 'form.reason-field textarea'), world.payloads[0]);
    await updated(restricted);
    platform.setFaults('offline');
    $(restricted, 'form.reason-field button.submit').click();
    await until(() => shadow(restricted).querySelector('.delivery[data-state="queued"]'), 'the response to be queued');
    platform.setFaults('none');

    // 容缺受理: the commitment form inside the panel.
    $(facilitated, 'button.record-commitment').click();
    await updated(facilitated);
    const form = await until(() => shadow(facilitated).querySelector('credit-commitment'), 'the commitment form');
    await until(() => form.shadowRoot?.querySelector('form'), 'the commitment form to render');

    await printed(() => restricted.printRecord(), (root) => expect(deepText(root)).to.contain('限制参加政府采购活动'));
    await printed(() => restricted.printNotice(), (root) => expect(deepText(root)).to.contain('限制参加政府采购活动'));
    await expectClean(idle, ...panels);
  });

  it('<credit-gate>: loading, restricted, the override form (refused, then sent), unknown and retry, allowed', async () => {
    const { platform, endpoint } = await usePlatform({ latencyMs: 100 });
    const button = () => Object.assign(document.createElement('button'), { type: 'button', textContent: '批准' });
    const blocked = mount('credit-gate', { endpoint, subject: FIXTURES.restricted.subject.id, scenario: PROCUREMENT }, [button()]);
    const failing = mount('credit-gate', { endpoint, subject: FIXTURES.cleanThreeYears.subject.id, scenario: LICENSING }, [button()]);
    const idle = mount('credit-gate', { endpoint }, [button()]);
    platform.setSubjectErrors({ [FIXTURES.cleanThreeYears.subject.id]: { status: 500, title: 'down' } });
    await until(() => blocked.hasAttribute('loading'), 'the gate to be loading');
    await Promise.all([E.settle(blocked), E.settle(failing)]);
    $(blocked, '[part="override"]').click();
    await updated(blocked);
    $(blocked, 'form button[type="submit"]').click();
    await updated(blocked);
    $<HTMLTextAreaElement>(blocked, 'textarea').value = world.payloads[1];
    $(blocked, 'form button[type="submit"]').click();
    await until(() => (blocked as unknown as { allowed: boolean }).allowed, 'the override to go through');
    platform.setSubjectErrors({});
    await E.gate.retry(failing);
    expect(failing.getAttribute('outcome')).to.equal('facilitated');
    await expectClean(blocked, failing, idle);
  });

  it('人工核查 and 异议: the manual verification form (errors, every XSS payload as reference and note, sent) and the objection form (errors, payloads, sent, the open objection shown)', async () => {
    const { platform, endpoint } = await usePlatform();
    const button = () => Object.assign(document.createElement('button'), { type: 'button', textContent: '批准' });
    platform.setSubjectErrors({ [FIXTURES.cleanThreeYears.subject.id]: { status: 500, title: 'down' } });
    const gate = mount('credit-gate', { endpoint, subject: FIXTURES.cleanThreeYears.subject.id, scenario: LICENSING }, [button()]);
    await E.settle(gate);
    $(gate, 'button.manual-verification').click();
    await updated(gate);
    const form = $(gate, 'credit-manual-verification');
    await updated(form);
    $(form, 'button.submit').click(); // no finding: the field errors
    await updated(form);
    $<HTMLInputElement>(form, 'input[name="finding"][value="records-found"]').click();
    type($<HTMLInputElement>(form, '[data-field="reference"]'), world.payloads[0]);
    type($<HTMLTextAreaElement>(form, '[data-field="note"]'), world.payloads.join(' '));
    await updated(form);
    $(form, 'button.submit').click(); // records found without the gate's reason to proceed: its field error
    await updated(form);
    type($<HTMLTextAreaElement>(form, '[data-field="reason"]'), world.payloads[1]);
    await updated(form);
    $(form, 'button.submit').click();
    await until(() => platform.state.verifications.length === 1, 'the verification to arrive');
    await until(() => (gate as unknown as { allowed: boolean }).allowed, 'the gate to let the clerk proceed');

    const check = mount('credit-check', { endpoint, subject: FIXTURES.restricted.subject.id, scenario: PROCUREMENT });
    await E.settle(check);
    $(check, '[part="measure"] button[aria-controls]').click();
    await updated(check);
    const objection = $(check, 'credit-objection');
    await updated(objection);
    $(objection, 'button.open').click();
    await updated(objection);
    $(objection, 'button.submit').click(); // contact and reason missing
    await updated(objection);
    type($<HTMLInputElement>(objection, '#ob-contact'), world.payloads[2] ?? world.payloads[0]);
    type($<HTMLTextAreaElement>(objection, '#ob-reason'), world.payloads.join(' '));
    $(objection, 'button.submit').click();
    await until(() => objection.shadowRoot!.querySelector('li.objection'), 'the open objection to be shown');
    await expectClean(gate, form, check, objection);
  });

  it('<credit-check>: the block of the records outside any measure, opened — every title of hostile data, an objection form each, one filed', async () => {
    const { platform, endpoint } = await usePlatform(world.options);
    const check = mount('credit-check', { endpoint, subject: world.all.id, scenario: PROCUREMENT });
    await E.settle(check);
    $(check, '.other-objections button.disclosure').click();
    await updated(check);
    await until(() => check.shadowRoot!.querySelectorAll('.other-objection credit-objection').length === world.payloads.length, 'the block to list every other record');
    const objection = $(check, '.other-objection credit-objection');
    await updated(objection);
    $(objection, 'button.open').click();
    await updated(objection);
    $(objection, 'button.submit').click(); // contact and reason missing
    await updated(objection);
    type($<HTMLInputElement>(objection, '#ob-contact'), world.payloads[3] ?? world.payloads[0]);
    type($<HTMLTextAreaElement>(objection, '#ob-reason'), world.payloads.join(' '));
    $(objection, 'button.submit').click();
    await until(() => platform.state.objections.length === 1, 'the objection to arrive');
    await expectClean(check, objection);
  });

  it('<credit-bidder-screen>: a list with bad rows, screening, sorting, filtering, details, CSV and the printed list', async () => {
    const { endpoint } = await usePlatform(world.options);
    const restore = E.tallBidderScreens();
    try {
      const rows = [
        ...world.perPayload.slice(0, 30),
        { id: FIXTURES.person.subject.id, name: '张三' }, // no purpose: not sent
        { id: '91440106MA5OK2I7Q3', name: '代码不合法' },
        { id: world.perPayload[0].id, name: '重复' },
        { id: FIXTURES.unknownEnterprise.subject.id, name: '平台无此主体' },
      ];
      const el = await E.bidderScreen.mount({ endpoint, scenario: PROCUREMENT, subjects: rows });
      await E.bidderScreen.decisions(el);
      for (const sort of shadow(el).querySelectorAll<HTMLButtonElement>('button.sort')) {
        sort.click();
        await updated(el);
      }
      const filters = [...shadow(el).querySelectorAll<HTMLInputElement>('.filter input')];
      for (const f of filters) {
        f.click();
        await updated(el);
      }
      filters[0]?.click();
      await updated(el);
      await E.bidderScreen.reveal(el);
      expect(deepText(el)).to.contain(CATALOG_VERSION);
      const screen = el as unknown as import('../../../widgets/credit-bidder-screen/credit-bidder-screen.js').CreditBidderScreen;
      expect(screen.exportCsv()).to.contain('限制');
      await printed(() => screen.print(), (root) => expect(deepText(root)).to.contain(world.perPayload[3].payload));
      await expectClean(el);
    } finally {
      restore();
    }
  });

  it('<credit-commitment>: the form with errors, sent and queued commitments, the list, fulfil and the breach confirmation', async () => {
    const { platform, endpoint } = await usePlatform();
    const el = mount('credit-commitment', { endpoint, subject: FIXTURES.shortHistory.subject.id, 'case-number': 'XK-CSP-1' });
    await until(() => shadow(el).querySelector('table, .empty, .list .problem'), 'the list');
    $(el, 'button[type=submit]').click(); // errors
    await updated(el);
    type($<HTMLInputElement>(el, '#item-0'), world.payloads[2]);
    type($<HTMLInputElement>(el, '#signatory'), world.payloads[3]);
    await updated(el);
    $(el, 'button[type=submit]').click();
    await until(() => platform.state.commitments.some((c) => c.caseNumber === 'XK-CSP-1'), 'the commitment to arrive');
    await until(() => shadow(el).querySelector('button.fulfil'), 'the commitment to be listed');
    platform.setFaults({ mode: 'offline', path: '/v1/commitments' });
    $(el, 'button.add').click();
    await updated(el);
    type($<HTMLInputElement>(el, '#item-0'), '营业执照副本');
    type($<HTMLInputElement>(el, '#signatory'), '陈思远');
    await updated(el);
    $(el, 'button[type=submit]').click();
    await until(() => shadow(el).querySelector('tr[data-status="queued"]'), 'the queued commitment');
    platform.setFaults('none');
    $(el, 'button.breach').click();
    await updated(el);
    await until(() => shadow(el).querySelector('button.confirm'), 'the breach confirmation');
    $(el, 'button.cancel').click();
    await updated(el);
    $(el, 'button.fulfil').click();
    await until(() => platform.state.commitments.some((c) => c.caseNumber === 'XK-CSP-1' && c.status === 'fulfilled'), 'the commitment to be fulfilled');
    await expectClean(el);
  });

  it('<credit-ledger>: pages, filters, an export', async () => {
    const { endpoint } = await usePlatform();
    const el = mount('credit-ledger', { endpoint, 'page-size': '20' });
    let csv = '';
    (el as unknown as { saveCsv: (name: string, text: string) => void }).saveCsv = (_name, text) => (csv = text);
    await until(() => shadow(el).querySelector('tr[data-query-id]'), 'the first page');
    $(el, 'button.next').click();
    await until(() => !$<HTMLButtonElement>(el, 'button.previous').disabled, 'the second page');
    type($<HTMLInputElement>(el, '#ledger-operator'), world.payloads[4]);
    await updated(el);
    $(el, 'button.apply').click();
    await until(() => shadow(el).querySelector('tr[data-query-id], .empty, [class*="empty"]'), 'the filtered page');
    $(el, 'button.reset').click();
    await until(() => shadow(el).querySelector('tr[data-query-id]') && !$<HTMLButtonElement>(el, 'button.export').disabled, 'the unfiltered page');
    $(el, 'button.export').click();
    await until(() => csv, 'the CSV');
    await expectClean(el);
  });

  it('print views mounted directly (check record and written notice of hostile data)', async () => {
    const { endpoint } = await usePlatform(world.options);
    const el = mount('credit-check', { endpoint, subject: world.all.id, scenario: PROCUREMENT }) as unknown as import('../../../widgets/credit-check/credit-check.js').CreditCheck;
    await E.settle(el);
    const record = P.mountPrintDocument((await el.recordDocument())!);
    const notice = P.mountPrintDocument((await el.noticeDocument())!);
    try {
      const text = deepText(record.host) + deepText(notice.host);
      for (const payload of world.payloads) expect(text.includes(payload), payload).to.be.true;
      await expectClean(el, record.host, notice.host);
    } finally {
      record.remove();
      notice.remove();
    }
  });
});
