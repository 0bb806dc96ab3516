import { expect, html, waitUntil } from '@open-wc/testing';
import { FIXTURES } from '../../src/testing/index.js';
import { scan, watch } from '../../widgets/auto-scan/scan.js';
import '../../widgets/credit-flag/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';

/** The same code typed on a legacy page: full-width characters, spaces and a dash. */
function fullWidth(code: string): string {
  const wide = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
  return ` ${wide.slice(0, 6)}－${wide.slice(6)}　`;
}

const flagAfter = (el: Element) => (el.nextElementSibling?.localName === 'credit-flag' ? (el.nextElementSibling as CreditFlag) : null);
const flagsIn = (root: ParentNode) => [...root.querySelectorAll('credit-flag')] as CreditFlag[];

function row(name: string, code: string, attrs: Record<string, string> = {}): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const td = document.createElement('td');
  const span = document.createElement('span');
  span.textContent = name;
  span.setAttribute('data-credit-subject', code);
  for (const [k, v] of Object.entries(attrs)) span.setAttribute(k, v);
  td.append(span);
  tr.append(td);
  return tr;
}

describe('auto-scan: scan()', () => {
  it('places one flag right after each [data-credit-subject], with its scenario', async () => {
    const { endpoint } = await usePlatform();
    const table = await mount<HTMLTableElement>(html`
      <table>
        <caption>投标人</caption>
        <tbody>
          <tr><td><span data-credit-subject=${FIXTURES.restricted.subject.id} data-credit-scenario=${PROCUREMENT}>${FIXTURES.restricted.subject.name}</span></td></tr>
          <tr><td><span data-credit-subject=${FIXTURES.cleanThreeYears.subject.id}>${FIXTURES.cleanThreeYears.subject.name}</span></td></tr>
        </tbody>
      </table>
    `);
    expect(scan(table, { endpoint })).to.equal(2);
    const [a, b] = [...table.querySelectorAll('[data-credit-subject]')];
    const flags = [flagAfter(a)!, flagAfter(b)!];
    expect(flags.every(Boolean)).to.be.true;
    await Promise.all(flags.map((f) => settle(f)));
    expect(flags[0].getAttribute('outcome')).to.equal('restricted');
    // No scenario anywhere (no data-credit-scenario, no option, no configure default): unknown, never clear.
    expect(flags[1].getAttribute('outcome')).to.equal('unknown');
    await expect(table).to.be.accessible();
  });

  it('puts the flag inside a marked table cell, so the row keeps one cell per column', async () => {
    const { endpoint } = await usePlatform();
    const table = await mount<HTMLTableElement>(html`
      <table>
        <caption>待办</caption>
        <tbody>
          <tr><td data-credit-subject=${FIXTURES.restricted.subject.id} data-credit-scenario=${PROCUREMENT}>${FIXTURES.restricted.subject.name}</td><td>待审</td></tr>
        </tbody>
      </table>
    `);
    expect(scan(table, { endpoint })).to.equal(1);
    const tr = table.querySelector('tr')!;
    expect(tr.children.length).to.equal(2);
    expect([...tr.children].every((c) => c.localName === 'td')).to.be.true;
    const flag = tr.cells[0].lastElementChild as CreditFlag;
    expect(flag.localName).to.equal('credit-flag');
    await settle(flag);
    expect(flag.getAttribute('outcome')).to.equal('restricted');
    expect(scan(table, { endpoint })).to.equal(0);
  });

  it('uses the scenario option for sources without data-credit-scenario', async () => {
    const { endpoint } = await usePlatform();
    const cell = await mount<HTMLElement>(html`<div><span data-credit-subject=${FIXTURES.restricted.subject.id}>恒拓</span></div>`);
    scan(cell, { endpoint, scenario: PROCUREMENT });
    const flag = await settle(flagAfter(cell.firstElementChild!)!);
    expect(flag.getAttribute('outcome')).to.equal('restricted');
  });

  it('flags a source once, however often it scans', async () => {
    const { platform, endpoint } = await usePlatform();
    const box = await mount<HTMLElement>(html`<div><span data-credit-subject=${FIXTURES.restricted.subject.id} data-credit-scenario=${PROCUREMENT}>恒拓</span></div>`);
    expect(scan(box, { endpoint })).to.equal(1);
    expect(scan(box, { endpoint })).to.equal(0);
    expect(scan(box.firstElementChild, { endpoint })).to.equal(0);
    expect(flagsIn(box)).to.have.length(1);
    await settle(flagsIn(box)[0]);
    // Even when the page removes the flag, the source is not flagged again.
    flagsIn(box)[0].remove();
    expect(scan(box, { endpoint })).to.equal(0);
    expect(flagsIn(box)).to.have.length(0);
    expect(requestsTo(platform, '/v1/checks')).to.equal(1);
  });

  it('normalises full-width codes with spaces and dashes', async () => {
    const { endpoint } = await usePlatform();
    const code = FIXTURES.restricted.subject.id;
    const box = await mount<HTMLElement>(html`<div><span data-credit-subject=${fullWidth(code)} data-credit-scenario=${PROCUREMENT}>恒拓</span></div>`);
    scan(box, { endpoint });
    const flag = await settle(flagAfter(box.firstElementChild!)!);
    expect(flag.subject).to.equal(code);
    expect(flag.getAttribute('outcome')).to.equal('restricted');
  });

  it("passes a person's number as a property, never writing it into an attribute; purpose from data-credit-purpose", async () => {
    const { endpoint } = await usePlatform();
    const person = FIXTURES.person.subject.id;
    const box = await mount<HTMLElement>(
      html`<div><span data-credit-subject=${person} data-credit-scenario="administrative-licensing" data-credit-purpose="行政许可申请人资格审查" data-credit-authorization="subject-consent:授权书 2026-07">${FIXTURES.person.subject.name}</span></div>`,
    );
    scan(box, { endpoint });
    const flag = await settle(flagAfter(box.firstElementChild!)!);
    expect(flag.getAttribute('outcome')).to.equal('facilitated');
    expect(flag.hasAttribute('subject')).to.be.false;
    expect(flag.outerHTML).not.to.contain(person);
    expect(flag.shadowRoot!.innerHTML).not.to.contain(person);
  });

  it('does not throw on odd input and ignores what it cannot flag', () => {
    const detached = document.createElement('span');
    detached.setAttribute('data-credit-subject', FIXTURES.restricted.subject.id);
    expect(scan(document.createTextNode('91110105MA01K7Q365'))).to.equal(0);
    expect(scan(null)).to.equal(0);
    expect(scan(undefined as unknown as Node, {})).to.equal(0);
    expect(scan({} as Node)).to.equal(0);
    expect(scan(detached)).to.equal(0);
    const empty = document.createElement('div');
    empty.innerHTML = '<span data-credit-subject="   "></span>';
    expect(scan(empty)).to.equal(0);
  });
});

describe('auto-scan: watch()', () => {
  it('flags rows added later, also nested ones and attributes set later, until stopped', async () => {
    const { endpoint } = await usePlatform();
    const table = await mount<HTMLTableElement>(html`<table><tbody></tbody></table>`);
    const tbody = table.tBodies[0];
    tbody.append(row('恒拓', FIXTURES.restricted.subject.id, { 'data-credit-scenario': PROCUREMENT }));
    const stop = watch(table, { endpoint });
    try {
      expect(flagsIn(table)).to.have.length(1);

      const later = row('启明星', fullWidth(FIXTURES.objection.subject.id), { 'data-credit-scenario': PROCUREMENT });
      tbody.append(later);
      await waitUntil(() => flagsIn(later).length === 1, 'a row added later gets a flag');
      const flag = await settle(flagsIn(later)[0]);
      expect(flag.subject).to.equal(FIXTURES.objection.subject.id);
      expect(flag.getAttribute('outcome')).to.equal('review');

      // A source that gets its attribute only after being inserted.
      const cell = document.createElement('span');
      cell.textContent = '星河';
      tbody.rows[0].cells[0].append(cell);
      cell.setAttribute('data-credit-subject', FIXTURES.staleActive.subject.id);
      await waitUntil(() => flagAfter(cell), 'an attribute set later gets a flag');

      // Rows re-added by a re-render are not flagged twice.
      tbody.append(later);
      await Promise.resolve();
      expect(flagsIn(later)).to.have.length(1);
    } finally {
      stop();
    }
    const afterStop = row('恒远', FIXTURES.cleanThreeYears.subject.id);
    tbody.append(afterStop);
    await new Promise((r) => setTimeout(r, 0));
    expect(flagsIn(afterStop)).to.have.length(0);
    expect(flagsIn(table)).to.have.length(3);
  });

  it('updates the flag when the source names another subject', async () => {
    const { endpoint } = await usePlatform();
    const box = await mount<HTMLElement>(
      html`<div><span data-credit-subject=${FIXTURES.restricted.subject.id} data-credit-scenario=${PROCUREMENT}>恒拓</span></div>`,
    );
    const stop = watch(box, { endpoint });
    try {
      const source = box.firstElementChild!;
      const flag = await settle(flagAfter(source)!);
      expect(flag.getAttribute('outcome')).to.equal('restricted');
      source.setAttribute('data-credit-subject', FIXTURES.staleActive.subject.id);
      await waitUntil(() => flag.getAttribute('outcome') === 'clear', 'the flag checks the new subject');
      expect(flagsIn(box)).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('watches the whole document by default', async () => {
    const { endpoint } = await usePlatform();
    const stop = watch(undefined, { endpoint });
    const box = document.createElement('div');
    try {
      document.body.append(box);
      box.append(row('恒拓', FIXTURES.restricted.subject.id));
      await waitUntil(() => flagsIn(box).length === 1, 'a row added anywhere in the document gets a flag');
    } finally {
      stop();
      box.remove();
    }
  });
});
