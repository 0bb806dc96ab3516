/**
 * Personal data (domain.md §1): after natural persons are checked through every element —
 * results, failures, responses sent and queued, overrides, a bidder list, commitments, the
 * ledger, the print views — a person's full ID number is in no request URL, nowhere in the
 * DOM (shadow roots, attributes and form values included; the host's own `subject`
 * attributes excepted), in no localStorage / sessionStorage / IndexedDB value, in no
 * console message and in no event detail. Neither is any longer piece of it than the
 * mask shows (first 6, last 4).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, resetConfig } from '../../../src/client/registry.js';
import { idcardCheckChar } from '../../../src/ids/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import type { CreditBidderScreen } from '../../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import type { CreditCheck } from '../../../widgets/credit-check/credit-check.js';
import type { CreditGate } from '../../../widgets/credit-gate/credit-gate.js';
import { mountPrintDocument, type PrintMount } from '../../../widgets/internal/print/print-document.js';
import { usePlatform } from '../support/platform.js';
import { bidderScreen, flag as flagDriver, settle, tallBidderScreens } from './support/elements.js';
import { deepAttributes, deepElements, deepText, until, watchPage, type PageWatch } from './support/page.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';
const PURPOSE = '政府采购供应商资格审查';
const CASE = 'CG-2026-PD-01';

const debtor = FIXTURES.personJudgmentDebtor.subject.id; // restricted in procurement
const blacklisted = FIXTURES.personSevereDishonesty.subject.id; // restricted in procurement
const redListed = FIXTURES.personRedList.subject.id; // facilitated in licensing
const plain = FIXTURES.person.subject.id;
const unknownPerson = FIXTURES.unknownPerson.subject.id;
/** A real-looking number with one digit mistyped: still a person's number, and invalid input. */
const typo = (() => {
  const body = `${debtor.slice(0, 16)}${(Number(debtor[16]) + 1) % 10}`;
  const right = idcardCheckChar(body);
  const wrong = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'].find((c) => c !== right)!;
  return body + wrong;
})();
const PERSONS = [debtor, blacklisted, redListed, plain, unknownPerson, typo];

/** The full number and the pieces of it longer than what the mask shows. */
function fragments(id: string): string[] {
  return [id, id.slice(0, 10), id.slice(6, 17), id.toLowerCase()];
}
const FRAGMENTS = PERSONS.flatMap(fragments);
function leaks(text: string): string[] {
  return FRAGMENTS.filter((f) => text.includes(f));
}

/** JSON-ish text of anything (cycles, DOM nodes and errors included). */
function textOf(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(value, (_k, v: unknown) => {
      if (v instanceof Node) return `<${v.nodeName}>`;
      if (v instanceof Error) return `${v.name}: ${v.message} ${v.stack ?? ''}`;
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[cycle]';
        seen.add(v);
      }
      return v;
    }) ?? String(value);
  } catch {
    return String(value);
  }
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type ConsoleMethod = (typeof CONSOLE_METHODS)[number];

function spyConsole(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  for (const method of CONSOLE_METHODS) {
    const original = console[method] as (...args: unknown[]) => void;
    originals.set(method, original);
    console[method] = (...args: unknown[]) => {
      lines.push(`${method}: ${args.map((a) => (typeof a === 'string' ? a : textOf(a))).join(' ')}`);
      original.apply(console, args);
    };
  }
  return {
    lines,
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}

/** Every value (and key) of every IndexedDB database of this origin, as text. */
async function indexedDbText(): Promise<string> {
  const parts: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store, 'readonly');
        const [values, keys] = await Promise.all(
          [tx.objectStore(store).getAll(), tx.objectStore(store).getAllKeys()].map(
            (req) => new Promise<unknown[]>((resolve, reject) => {
              req.onsuccess = () => resolve(req.result as unknown[]);
              req.onerror = () => reject(req.error);
            }),
          ),
        );
        parts.push(`${info.name}/${store}: ${textOf(values)} ${textOf(keys)}`);
      }
    } finally {
      db.close();
    }
  }
  return parts.join('\n');
}

function storageText(storage: Storage): string {
  const parts: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    parts.push(`${key}=${storage.getItem(key)}`);
  }
  return parts.join('\n');
}

/** Everything in the DOM a person's number must not be in: text, attributes, form values — minus the host's `subject` attributes. */
function domText(hostElements: Set<Element>): string {
  const parts = [deepText(document.body), document.title, location.href];
  for (const { element, name, value } of deepAttributes(document)) {
    if (name === 'subject' && hostElements.has(element)) continue; // the host page wrote it
    parts.push(`${element.localName}[${name}=${value}]`);
  }
  for (const el of deepElements(document)) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) parts.push(`${el.localName}.value=${el.value}`);
  }
  return parts.join('\n');
}

let watch: PageWatch;
const prints: PrintMount[] = [];
afterEach(() => {
  watch?.stop();
  for (const p of prints.splice(0)) p.remove();
  resetConfig();
});

describe('hardening: personal data', function () {
  this.timeout(40_000);

  it('the leak detector finds a number where one is (control)', async () => {
    const probe = await fixture<HTMLElement>(html`<p data-x=${`id ${debtor.slice(0, 12)}`}>${debtor.toLowerCase()}</p>`);
    expect(leaks(domText(new Set()))).to.include.members([debtor.toLowerCase(), debtor.slice(0, 10)]);
    probe.remove();
    localStorage.setItem('probe', typo);
    expect(leaks(storageText(localStorage))).to.include(typo);
    localStorage.removeItem('probe');
  });

  it('a full number shows up nowhere after persons are checked through every element', async () => {
    watch = watchPage();
    const spy = spyConsole();
    const untall = tallBidderScreens();
    const { platform, endpoint } = await usePlatform();
    const hostElements = new Set<Element>();
    let fetchedUrls: string[] = [];
    try {
      // <credit-flag>: a result, a refusal without purpose, an invalid (mistyped) number, a person the platform does not know.
      const flags = await fixture<HTMLElement>(html`<div>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" subject=${debtor}></credit-flag>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} subject=${blacklisted}></credit-flag>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" subject=${typo}></credit-flag>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" subject=${unknownPerson}></credit-flag>
        <credit-flag endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" subject=${` ${plain.slice(0, 6)} ${plain.slice(6)} `}></credit-flag>
      </div>`);
      const flagEls = [...flags.querySelectorAll('credit-flag')];
      flagEls.forEach((f) => hostElements.add(f));
      await Promise.all(flagEls.map((f) => settle(f)));
      expect(flagEls.map((f) => f.getAttribute('outcome'))).to.deep.equal(['restricted', 'unknown', 'unknown', 'unknown', 'clear']);
      for (const f of flagEls) await flagDriver.reveal(f);

      // <credit-check>: a result with a response sent, one queued while offline, the print views.
      const check = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" case-number=${CASE} subject=${debtor}></credit-check>`);
      hostElements.add(check);
      await settle(check);
      const respond = (action: string) =>
        check.shadowRoot!.querySelector<HTMLButtonElement>(`[part="feedback"][data-measure="P-PROCUREMENT-BAN"] button.respond[data-action="${action}"]`)!;
      platform.setFaults({ mode: 'offline', path: '/v1/feedback', times: 1 });
      // P-PROCUREMENT-BAN is mandatory: it is declined only by an override (rules §7), never a plain not-applied.
      respond('overridden').click();
      await check.updateComplete;
      const field = check.shadowRoot!.querySelector<HTMLTextAreaElement>('form.reason-field textarea')!;
      // The clerk's free text names the person: what the SDK stores and sends carries it masked.
      field.value = `申请人 ${debtor} 已履行完毕`;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await check.updateComplete;
      check.shadowRoot!.querySelector<HTMLButtonElement>('form.reason-field button.submit')!.click();
      await until(() => check.shadowRoot!.querySelector('.delivery[data-state="queued"]'), 'the response to be queued');
      const pendingWhileOffline = await indexedDbText();
      prints.push(mountPrintDocument((await check.recordDocument())!), mountPrintDocument((await check.noticeDocument())!));
      const printedRecord = check.printRecord();
      await until(() => document.querySelectorAll('body > .credit-print-root').length === 3, 'the record to be printed');
      const printedDom = domText(hostElements);
      await sendKeys({ press: 'Shift' });
      await printedRecord;
      await clientFor(endpoint).outbox.flush();
      await until(() => platform.state.feedback.length === 1, 'the queued response to be delivered');

      // <credit-gate>: an override with a reason.
      const gate = await fixture<CreditGate>(html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" case-number=${CASE} subject=${blacklisted}
        ><button type="button">批准</button></credit-gate
      >`);
      hostElements.add(gate);
      await settle(gate);
      gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="override"]')!.click();
      await gate.updateComplete;
      gate.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value = '经集体研究依法继续办理';
      gate.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(() => gate.allowed, 'the override');

      // <credit-bidder-screen>: persons among the bidders, details, CSV, the printed list.
      const screen = (await bidderScreen.mount({
        endpoint,
        scenario: PROCUREMENT,
        purpose: PURPOSE,
        caseNumber: CASE,
        subjects: [
          { id: debtor, name: '个人投标人甲' },
          { id: plain, name: '个人投标人乙' },
          { id: typo, name: '个人投标人丙' },
          { id: FIXTURES.restricted.subject.id, name: FIXTURES.restricted.subject.name },
        ],
      })) as CreditBidderScreen;
      await bidderScreen.decisions(screen);
      await bidderScreen.reveal(screen);
      const csv = screen.exportCsv();
      const printedList = screen.print();
      await until(() => [...document.querySelectorAll('body > .credit-print-root')].some((r) => r.shadowRoot?.querySelector('.record-list')), 'the list record');
      const printedListDom = domText(hostElements);
      await sendKeys({ press: 'Shift' });
      await printedList;

      // <credit-commitment> given a person's full number by the host, and <credit-ledger>.
      const commitment = await fixture<HTMLElement>(html`<credit-commitment endpoint=${endpoint} subject=${plain} case-number="CG-2026-PD-02"></credit-commitment>`);
      hostElements.add(commitment);
      await until(() => commitment.shadowRoot!.querySelector('table, .empty, .list .problem'), 'the commitment list');
      const ledger = await fixture<HTMLElement>(html`<credit-ledger endpoint=${endpoint} page-size="100"></credit-ledger>`);
      await until(() => ledger.shadowRoot!.querySelectorAll('tr[data-query-id]').length > 0, 'the ledger');
      fetchedUrls = platform.state.requests.map((r) => r.path);

      // Judge.
      const found = {
        urls: leaks(fetchedUrls.join('\n')),
        dom: leaks(domText(hostElements)),
        domWhilePrinting: leaks(printedDom),
        domWhilePrintingList: leaks(printedListDom),
        csv: leaks(csv),
        localStorage: leaks(storageText(localStorage)),
        sessionStorage: leaks(storageText(sessionStorage)),
        indexedDbWhileQueued: leaks(pendingWhileOffline),
        indexedDb: leaks(await indexedDbText()),
        console: leaks(spy.lines.join('\n')),
        events: leaks(textOf(watch.events)),
        bidderRows: leaks(textOf(screen.rows)),
      };
      expect(found).to.deep.equal({
        urls: [],
        dom: [],
        domWhilePrinting: [],
        domWhilePrintingList: [],
        csv: [],
        localStorage: [],
        sessionStorage: [],
        indexedDbWhileQueued: [],
        indexedDb: [],
        console: [],
        events: [],
        bidderRows: [],
      });
      // The detectors had something to look at.
      expect(pendingWhileOffline, 'the queued response was in IndexedDB').to.contain(`${debtor.slice(0, 6)}********${debtor.slice(-4)}`);
      expect(watch.events.some((e) => e.type === 'credit-feedback')).to.be.true;
      expect(platform.state.feedback[0].reason, 'the free text went out masked').to.contain(`${debtor.slice(0, 6)}********${debtor.slice(-4)}`);
    } finally {
      spy.restore();
      untall();
    }
  });

  // <credit-check> opens its <credit-commitment> with the decision's MASKED subject id (it must
  // not write the full number into its shadow root); the commitment goes out masked and the
  // platform matches it with the case number.
  it('<credit-check> → <credit-commitment>: a 容缺受理 commitment for a natural person can be recorded, masked', async () => {
    const { platform, endpoint } = await usePlatform();
    const facilitated = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${LICENSING} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" case-number=${CASE} subject=${redListed}></credit-check>`);
    await settle(facilitated);
    facilitated.shadowRoot!.querySelector<HTMLButtonElement>('button.record-commitment')!.click();
    await facilitated.updateComplete;
    const inner = await until(() => facilitated.shadowRoot!.querySelector('credit-commitment')?.shadowRoot?.querySelector('form') && facilitated.shadowRoot!.querySelector('credit-commitment')!, 'the commitment form');
    const typeInto = (selector: string, value: string) => {
      const input = inner.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    typeInto('#item-0', '无犯罪记录证明');
    typeInto('#signatory', '申请人本人');
    await (inner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    inner.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => platform.state.commitments.some((c) => c.caseNumber === CASE), 'the commitment to arrive');
    const stored = platform.state.commitments.find((c) => c.caseNumber === CASE)!;
    // What went over the wire is the mask (first 6, last 4), never the full number …
    expect(stored.sentSubjectId, 'sent masked').to.equal(`${redListed.slice(0, 6)}********${redListed.slice(-4)}`);
    // … and the platform still found the right person from it and the case.
    expect(stored.subjectId, 'the person the platform resolved').to.equal(redListed);
    expect(leaks(domText(new Set([facilitated])))).to.deep.equal([]);
  });

  it('人工核查 and 异议 about a person: the full number typed into the note and the reason is masked in the event, the outbox and what is sent', async () => {
    const { platform, endpoint } = await usePlatform();
    platform.setSubjectErrors({ [debtor]: { status: 500, title: 'down' } });
    const gate = await fixture<CreditGate>(html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="subject-consent" authorization-ref="授权书 2026-07" case-number=${CASE} subject=${debtor}
      ><button type="button">批准</button></credit-gate
    >`);
    await settle(gate);
    const details: unknown[] = [];
    const keep = (e: Event) => details.push((e as CustomEvent).detail);
    document.addEventListener('credit-verification', keep);
    document.addEventListener('credit-objection', keep);
    try {
      gate.shadowRoot!.querySelector<HTMLButtonElement>('button.manual-verification')!.click();
      await gate.updateComplete;
      const form = gate.shadowRoot!.querySelector('credit-manual-verification')!;
      await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      form.shadowRoot!.querySelector<HTMLInputElement>('input[name="finding"][value="records-found"]')!.click();
      const note = form.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-field="note"]')!;
      note.value = `申请人 ${debtor} 在信用中国有失信记录，已限制`;
      note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // The gate's reason to proceed (sent in the note) holds the number as well.
      const proceed = form.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-field="reason"]')!;
      proceed.value = `${debtor} 已书面承诺整改，经研究继续办理`;
      proceed.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      platform.setFaults({ mode: 'offline', path: '/v1/verifications', times: 1 });
      form.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
      await until(() => details.length >= 1, 'the verification event');
      const waiting = await indexedDbText();
      await clientFor(endpoint).outbox.flush();
      await until(() => platform.state.verifications.length === 1, 'the verification to arrive');

      // An objection about one of a person's records (checked now that the platform answers).
      platform.setSubjectErrors({});
      const check = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} purpose=${PURPOSE} authorization="statutory-duty" subject=${debtor}></credit-check>`);
      await settle(check);
      check.shadowRoot!.querySelector<HTMLButtonElement>('[part="measure"] button[aria-controls]')!.click();
      await check.updateComplete;
      const objection = check.shadowRoot!.querySelector('credit-objection')!;
      await (objection as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      objection.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
      await (objection as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const contact = objection.shadowRoot!.querySelector<HTMLInputElement>('#ob-contact')!;
      contact.value = '13800000000';
      contact.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const reason = objection.shadowRoot!.querySelector<HTMLTextAreaElement>('#ob-reason')!;
      reason.value = `身份证号 ${debtor} 的记录已履行`;
      reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      objection.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
      await until(() => platform.state.objections.length === 1, 'the objection to arrive');
      // The form holds what the clerk typed until the platform's answer is back (nothing typed is lost): only then is it emptied.
      await until(() => !objection.shadowRoot!.querySelector('#ob-reason'), 'the objection form to close once acknowledged');

      expect(leaks(textOf(details)), 'event details').to.deep.equal([]);
      expect(leaks(waiting), 'the outbox while waiting').to.deep.equal([]);
      expect(leaks(await indexedDbText()), 'IndexedDB').to.deep.equal([]);
      const bodies = platform.state.requests.filter((r) => /\/v1\/(verifications|objections)$/.test(r.path)).map((r) => r.body);
      expect(bodies.length, 'requests seen').to.be.greaterThan(1);
      expect(textOf(bodies), 'the bodies are there to look at').to.contain('已履行');
      expect(leaks(textOf(bodies)), 'what was sent').to.deep.equal([]);
      expect(leaks(domText(new Set([gate, check])))).to.deep.equal([]);
      expect(textOf(details)).to.contain(`${debtor.slice(0, 6)}********${debtor.slice(-4)}`);
    } finally {
      document.removeEventListener('credit-verification', keep);
      document.removeEventListener('credit-objection', keep);
    }
  });
});
