/**
 * The new reasons as a clerk sees them (issue 12): a scenario that is missing or mistyped
 * (invalid-scenario, listing the known ones) and a record the platform sent without the
 * field a measure filters on (incomplete-record) — never `clear` — and the page default
 * scenario from configure().
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/client/registry.js';
import type { Catalog, CreditRecord } from '../../src/contract/index.js';
import { FIXTURES, type Fixture } from '../../src/testing/index.js';
import '../../widgets/credit-flag/define.js';
import '../../widgets/credit-check/define.js';
import type { CreditFlag } from '../../widgets/credit-flag/credit-flag.js';
import { mount, requestsTo, settle, usePlatform } from './support/platform.js';

const PROCUREMENT = 'government-procurement';

afterEach(() => resetConfig());

async function flagged(endpoint: string, scenario: string | null): Promise<{ el: CreditFlag; error: Promise<CustomEvent> }> {
  const el = document.createElement('credit-flag') as CreditFlag;
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('subject', FIXTURES.restricted.subject.id);
  if (scenario !== null) el.setAttribute('scenario', scenario);
  const error = oneEvent(el, 'credit-error') as Promise<CustomEvent>;
  document.body.append(el);
  return { el, error };
}

describe('invalid-scenario on the elements', () => {
  it('a mistyped scenario shows unknown (never clear) for a severely dishonest bidder, lists the known ones, sends nothing', async () => {
    const { platform, endpoint } = await usePlatform();
    const { el, error } = await flagged(endpoint, 'goverment-procurement');
    try {
      const { detail } = await error;
      expect(detail.reason).to.equal('invalid-scenario');
      expect(detail.message).to.contain('场景');
      expect(detail.message).to.contain('government-procurement');
      await settle(el);
      expect(el.getAttribute('outcome')).to.equal('unknown');
      expect(requestsTo(platform, '/v1/checks')).to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('an element without scenario and no page default is unknown/invalid-scenario', async () => {
    const { endpoint } = await usePlatform();
    const { el, error } = await flagged(endpoint, null);
    try {
      expect((await error).detail.reason).to.equal('invalid-scenario');
      await settle(el);
      expect(el.getAttribute('outcome')).to.equal('unknown');
    } finally {
      el.remove();
    }
  });

  it("configure({ scenario }) is the page default; an element's own attribute wins", async () => {
    const { endpoint } = await usePlatform();
    configure({ scenario: PROCUREMENT });
    const { el } = await flagged(endpoint, null);
    const own = (await flagged(endpoint, 'goverment-procurement')).el;
    try {
      await settle(el);
      await settle(own);
      expect(el.getAttribute('outcome')).to.equal('restricted');
      // Its own (mistyped) scenario wins over the page's valid default: unknown.
      expect(own.getAttribute('outcome')).to.equal('unknown');
    } finally {
      el.remove();
      own.remove();
    }
  });
});

describe('incomplete-record on the elements', () => {
  it('<credit-check> shows unknown with the reason and names the record and the measure', async () => {
    const catalog: Catalog = {
      version: 'dom-1',
      effectiveOn: '2026-01-01',
      measures: [
        { id: 'P-tax', name: '从严审核财政补贴申请', direction: 'punishment', nature: 'recommended', effect: 'strict-review', scenarios: ['fiscal-funds'], triggers: [{ listTypes: ['administrative-penalty'], domains: ['tax'] }], basis: ['《实施方案》'] },
      ],
    };
    const record = { id: 'CR-NODOMAIN-1', listType: 'administrative-penalty', title: '逾期申报罚款', authority: '某区税务局', listedOn: '2026-01-01', status: 'active' } as CreditRecord;
    const fixture: Fixture = { ...FIXTURES.cleanThreeYears, records: [record] };
    const { endpoint } = await usePlatform({ catalog, extraFixtures: [fixture] });
    const el = await mount<HTMLElement>(html`<credit-check endpoint=${endpoint} subject=${fixture.subject.id} scenario="fiscal-funds"></credit-check>`);
    const error = (await oneEvent(el, 'credit-error')) as CustomEvent;
    expect(error.detail.reason).to.equal('incomplete-record');
    expect(error.detail.message).to.contain('CR-NODOMAIN-1');
    await settle(el as never);
    expect(el.getAttribute('outcome')).to.equal('unknown');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('缺少领域');
    expect(text).to.contain('CR-NODOMAIN-1');
    expect(text).to.contain('从严审核财政补贴申请');
  });
});

describe('invalid-scenario on the bidder screen', () => {
  it('without scenario and page default every row is unknown/invalid-scenario; with configure({ scenario }) it screens', async () => {
    const { platform, endpoint } = await usePlatform();
    const { CreditBidderScreen } = await import('../../widgets/credit-bidder-screen/credit-bidder-screen.js');
    await import('../../widgets/credit-bidder-screen/define.js');
    const el = (await mount<HTMLElement>(html`<credit-bidder-screen endpoint=${endpoint}></credit-bidder-screen>`)) as InstanceType<typeof CreditBidderScreen>;
    await el.load(`名称,统一社会信用代码\n${FIXTURES.restricted.subject.name},${FIXTURES.restricted.subject.id}\n`);
    await el.screen();
    expect(el.rows[0].decision).to.include({ outcome: 'unknown', reason: 'invalid-scenario' });
    expect(requestsTo(platform, '/v1/checks')).to.equal(0);
    configure({ scenario: PROCUREMENT });
    await el.screen();
    expect(el.rows[0].decision?.outcome).to.equal('restricted');
  });
});
