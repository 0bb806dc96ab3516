/**
 * 落实到人 in <credit-check> (rules §16): a decision on an enterprise lists the responsible
 * persons on its records (name, role, masked id); the clerk checks one in place (purpose 落实到人,
 * authorisation as rules §1: refused before any request without one); the person's outcome
 * shows under the enterprise's and joins the printed check record and its digest; the typed
 * number appears nowhere (DOM with shadow roots, attributes and form values, events, storage,
 * console, request URLs, the printout).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { maskSubjectId } from '../../src/ids/index.js';
import { FIXTURES, type Fixture } from '../../src/testing/index.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { deepAttributes, deepElements, deepText, watchPage } from './hardening/support/page.js';
import { requestLog, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';
const debtor = FIXTURES.personJudgmentDebtor.subject.id; // restricted in procurement
const plain = FIXTURES.person.subject.id;
/** The debtor's number with its check character mistyped: invalid input, still a person's number. */
const typo = debtor.slice(0, 17) + (debtor[17] === '0' ? '1' : '0');

/** `restricted`, its first record naming two persons: one with a mask, one whose "mask" the platform sent in full. */
const company: Fixture = {
  ...FIXTURES.restricted,
  records: FIXTURES.restricted.records.map((r, i) =>
    i === 0
      ? { ...r, responsiblePersons: [{ name: '李建国', role: '法定代表人', idMasked: maskSubjectId(debtor) }, { name: '王小平', role: '财务负责人', idMasked: plain }] }
      : r,
  ),
};

function fragments(id: string): string[] {
  return [id, id.slice(0, 10), id.slice(6, 17), id.toLowerCase()];
}
const FRAGMENTS = [debtor, plain, typo].flatMap(fragments);
const leaks = (text: string) => FRAGMENTS.filter((f) => text.includes(f));

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const person = (el: Element, index: number) => $(el, `[part="persons"] [data-person="${index}"]`)!;

async function panel(endpoint: string, authorization = 'statutory-duty', reference = '《社会信用体系建设条例》第十二条') {
  const el = await fixture<CreditCheck>(html`<credit-check
    endpoint=${endpoint}
    subject=${company.subject.id}
    scenario=${PROCUREMENT}
    case-number="CG-2026-RP-01"
    authorization=${authorization}
    authorization-ref=${reference}
  ></credit-check>`);
  await settle(el);
  return el;
}

/** Opens the in-place check of person `index`, types `id` as a clerk would and submits. */
async function checkPerson(el: CreditCheck, index: number, id: string) {
  person(el, index).querySelector<HTMLButtonElement>('button.check-person')!.click();
  await el.updateComplete;
  const input = person(el, index).querySelector<HTMLInputElement>('input')!;
  await waitUntil(() => el.shadowRoot!.activeElement === input, 'the id field to take focus');
  await sendKeys({ type: id });
  person(el, index).querySelector<HTMLButtonElement>('button.submit-person')!.click();
}

function storageText(storage: Storage): string {
  const parts: string[] = [];
  for (let i = 0; i < storage.length; i++) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  return parts.join('\n');
}

describe('<credit-check> responsible persons (落实到人, rules §16)', () => {
  it('lists the persons on the enterprise records with name, role and masked id — a full id the platform sent is masked too', async () => {
    const { endpoint } = await usePlatform({ extraFixtures: [company] });
    const el = await panel(endpoint);
    const items = [...el.shadowRoot!.querySelectorAll('[part="persons"] li.person')];
    // Each person once, in record order (周立新 is named on the company's other records).
    expect(items.map((li) => text(li.querySelector('.person-name')))).to.deep.equal(['李建国', '王小平', '周立新']);
    expect(text(items[0].querySelector('.person-role'))).to.contain('法定代表人');
    expect(text(items[0].querySelector('.person-id'))).to.equal(maskSubjectId(debtor));
    expect(text(items[1].querySelector('.person-id'))).to.equal(maskSubjectId(plain));
    expect(leaks(deepText(el.shadowRoot!))).to.deep.equal([]);
  });

  it('no person list on an enterprise whose records name none', async () => {
    const { endpoint } = await usePlatform();
    const el = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.cleanThreeYears.subject.id} scenario=${PROCUREMENT}></credit-check>`);
    await settle(el);
    expect($(el, '[part="persons"]')).to.equal(null);
  });

  it('a person checked in place shows its outcome and measures under the enterprise, asked with purpose 落实到人 and the authorisation', async () => {
    const { endpoint, platform } = await usePlatform({ extraFixtures: [company] });
    const el = await panel(endpoint);
    const before = requestsTo(platform, '/v1/checks');
    await checkPerson(el, 0, debtor);
    await waitUntil(() => person(el, 0).querySelector('.person-result'), 'the person result');
    const result = person(el, 0).querySelector('.person-result')!;
    expect(result.getAttribute('data-outcome')).to.equal('restricted');
    expect(text(result)).to.contain('限制');
    expect(text(result)).to.contain(maskSubjectId(debtor));
    expect(text(result.querySelector('.person-measures'))).to.not.contain('无');
    // The enterprise's own result is unchanged above it.
    expect(el.getAttribute('outcome')).to.equal('restricted');
    expect(requestsTo(platform, '/v1/checks')).to.equal(before + 1);
    const sent = requestLog(platform).filter((r) => r.path === '/v1/checks').pop()!;
    const body = JSON.stringify(sent.body);
    expect(body).to.contain('落实到人');
    expect(body).to.contain('statutory-duty');
  });

  it('without an authorisation the person check is refused before any request, with a sentence', async () => {
    const { endpoint, platform } = await usePlatform({ extraFixtures: [company] });
    const el = await panel(endpoint, '', '');
    const before = requestsTo(platform, '/v1/checks');
    await checkPerson(el, 0, debtor);
    await waitUntil(() => person(el, 0).querySelector('.person-result'), 'the refusal');
    const result = person(el, 0).querySelector('.person-result')!;
    expect(result.getAttribute('data-outcome')).to.equal('unknown');
    expect(text(result.querySelector('.reason'))).to.contain('未提供查询授权');
    expect(requestsTo(platform, '/v1/checks')).to.equal(before);
  });

  it('a consent without its number is refused too, before any request', async () => {
    const { endpoint, platform } = await usePlatform({ extraFixtures: [company] });
    const el = await panel(endpoint, 'subject-consent', '');
    const before = requestsTo(platform, '/v1/checks');
    await checkPerson(el, 0, debtor);
    await waitUntil(() => person(el, 0).querySelector('.person-result'), 'the refusal');
    expect(person(el, 0).querySelector('.person-result')!.getAttribute('data-outcome')).to.equal('unknown');
    expect(requestsTo(platform, '/v1/checks')).to.equal(before);
  });

  it('the person check joins the printed check record and its digest', async () => {
    const { endpoint } = await usePlatform({ extraFixtures: [company] });
    const el = await panel(endpoint);
    const paper = document.createElement('div');
    document.body.append(paper);
    try {
      render(await el.recordDocument(), paper);
      const digestBefore = text(paper.querySelector('.digest-row td'));
      expect(paper.querySelector('section.persons')).to.equal(null);
      await checkPerson(el, 0, debtor);
      await waitUntil(() => person(el, 0).querySelector('.person-result'), 'the person result');
      render(await el.recordDocument(), paper);
      const section = paper.querySelector('section.persons')!;
      expect(section, 'persons on the record').to.not.equal(null);
      expect(text(section)).to.contain('李建国');
      expect(text(section.querySelector('.person-outcome'))).to.contain('限制');
      expect(text(section.querySelector('.person-purpose'))).to.contain('落实到人');
      expect(text(section.querySelector('.person-authorization'))).to.contain('本部门法定职责');
      expect(text(section.querySelector('.person-id td'))).to.equal(maskSubjectId(debtor));
      const digestAfter = text(paper.querySelector('.digest-row td'));
      expect(digestAfter).to.match(/^[0-9a-f]{64}$/);
      expect(digestAfter, 'the digest covers the person check').to.not.equal(digestBefore);
      expect(leaks(deepText(paper))).to.deep.equal([]);
    } finally {
      paper.remove();
    }
  });

  it('the typed number appears nowhere: DOM, shadow roots, attributes, form values, events, storage, console, request URLs', async () => {
    const lines: string[] = [];
    const originals = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => [m, console[m]] as const);
    for (const [m, original] of originals) {
      console[m] = (...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : String((a as Error)?.stack ?? JSON.stringify(a)))).join(' '));
        (original as (...a: unknown[]) => void).apply(console, args);
      };
    }
    const watch = watchPage();
    try {
      const { endpoint, platform } = await usePlatform({ extraFixtures: [company] });
      const el = await panel(endpoint);
      await checkPerson(el, 0, debtor);
      await waitUntil(() => person(el, 0).querySelector('.person-result'), 'the person result');
      // One refused (no authorisation) and one typed wrong, too.
      el.authorization = '';
      el.authorizationRef = '';
      await el.updateComplete;
      await settle(el); // the enterprise is checked again under the new attributes
      await checkPerson(el, 1, plain);
      await waitUntil(() => person(el, 1).querySelector('.person-result'), 'the refusal');
      // A mistyped number: the field stays open saying which rule failed — and is empty.
      await checkPerson(el, 2, typo);
      await waitUntil(() => text(person(el, 2).querySelector('.error')), 'the input error');
      expect(person(el, 2).querySelector('input'), 'the field stays open').to.not.equal(null);
      await el.updateComplete;

      const dom = [deepText(document.body), location.href];
      for (const { element, name, value } of deepAttributes(document)) dom.push(`${element.localName}[${name}=${value}]`);
      for (const e of deepElements(document)) if (e instanceof HTMLInputElement) dom.push(`input.value=${e.value}`);
      expect(leaks(dom.join('\n')), 'DOM').to.deep.equal([]);
      expect(leaks(JSON.stringify(watch.events.map((e) => ({ type: e.type, detail: e.detail })))), 'events').to.deep.equal([]);
      expect(leaks(storageText(localStorage) + storageText(sessionStorage)), 'storage').to.deep.equal([]);
      expect(leaks(lines.join('\n')), 'console').to.deep.equal([]);
      expect(leaks(requestLog(platform).map((r) => `${r.path}?${r.query}`).join('\n')), 'URLs').to.deep.equal([]);
    } finally {
      watch.stop();
      for (const [m, original] of originals) console[m] = original;
    }
  });
});
