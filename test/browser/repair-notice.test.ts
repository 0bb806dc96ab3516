/**
 * The credit repair notice (信用修复告知书, rules §14) printed with the written notice (两书同达):
 * on its own page, addressed to the subject, each negative record in force with its repair
 * route (where, from when, or 依法不可修复), ten working days and no fee, contact, seal and
 * receipt; no query id.
 */
import { expect, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/client/registry.js';
import { FIXTURES } from '../../src/testing/index.js';
import type { Decision } from '../../src/policy/decision.js';
import '../../widgets/credit-check/define.js';
import type { CreditCheck } from '../../widgets/credit-check/credit-check.js';
import { mountPrintDocument, type PrintMount } from '../../widgets/internal/print/print-document.js';
import { renderRepairNotice } from '../../widgets/internal/print/repair-notice.js';
import { formatDate } from '../../widgets/internal/locale.js';
import { mount, settle, usePlatform } from './support/platform.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
let mounted: PrintMount | undefined;
afterEach(() => {
  mounted?.remove();
  mounted = undefined;
  resetConfig();
});

describe('信用修复告知书', () => {
  it('prints after the written notice, on a page of its own, with each negative record in force and its repair route', async () => {
    const { endpoint } = await usePlatform();
    configure({ contact: '审批科，0931-1234567' });
    const el = await mount<CreditCheck>(html`<credit-check endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id} scenario="government-procurement"></credit-check>`);
    await settle(el);
    mounted = mountPrintDocument((await el.noticeDocument())!);
    const articles = [...mounted.root.querySelectorAll('article.document')];
    expect(articles.map((a) => text(a.querySelector('h1')))).to.deep.equal(['失信惩戒措施书面告知书', '信用修复告知书']);
    const repair = articles[1];
    expect(getComputedStyle(repair).breakBefore, 'a page of its own').to.equal('page');
    expect(text(repair.querySelector('.addressee'))).to.contain(FIXTURES.restricted.subject.name);
    const record = FIXTURES.restricted.records[0];
    const item = repair.querySelector(`[data-record="${record.id}"]`)!;
    expect(item, 'the record in force').to.exist;
    expect(text(item)).to.contain(record.title).and.contain(record.authority);
    expect(text(item)).to.contain('可申请信用修复');
    expect(text(repair.querySelector('.terms'))).to.equal('信用平台自受理之日起 10 个工作日内作出决定，不收取任何费用。');
    expect(text(repair.querySelector('.contact'))).to.contain('审批科，0931-1234567');
    expect(repair.querySelector('.sign-block .receipt')).to.exist;
    const decision = (el as unknown as { decision: Decision }).decision;
    if (decision.queryId) expect(text(repair)).not.to.contain(decision.queryId);
  });

  it('says 依法不可修复 for a record that cannot be repaired, names a future repairableFrom, and is not printed without a negative record in force', () => {
    const on = '2026-06-15';
    const base = { id: 'R-1', listType: 'administrative-penalty', severity: 'severe', status: 'active', title: '行政处罚决定', authority: '某市应急管理局', listedOn: '2026-01-10' };
    const decision = {
      subjectId: '91110105MA01K7Q365',
      subject: { id: '91110105MA01K7Q365', name: '某公司', kind: 'enterprise' },
      scenario: 'administrative-licensing',
      on,
      outcome: 'restricted',
      applied: [],
      suspended: [],
      warnings: [],
      records: [
        { ...base, repairable: false },
        { ...base, id: 'R-2', repairable: true, repairableFrom: '2026-07-10' },
        { ...base, id: 'R-3', status: 'repaired' },
      ],
    } as unknown as Decision;
    mounted = mountPrintDocument(renderRepairNotice(decision, { locale: 'zh-CN' })!);
    expect(text(mounted.root.querySelector('[data-record="R-1"]'))).to.contain('依法不可修复');
    expect(text(mounted.root.querySelector('[data-record="R-2"]'))).to.contain(`自 ${formatDate('zh-CN', '2026-07-10')} 起`);
    expect(mounted.root.querySelector('[data-record="R-2"]')!.getAttribute('data-repairable')).to.equal('true');
    expect(mounted.root.querySelector('[data-record="R-3"]'), 'a repaired record is not in force').to.equal(null);
    expect(renderRepairNotice({ ...decision, records: [decision.records[2]] } as Decision, { locale: 'zh-CN' })).to.equal(null);
  });
});
