import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { CreditRecord } from '../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import { DEFAULT_CATALOG } from '../../src/policy/default-catalog.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { buildFixtures, type Fixture } from '../../src/testing/fixtures.js';
import { decisionDetailsStyles, freshnessWarnings, otherRecords, renderDecisionDetails, type DecisionDetailsOptions } from '../../widgets/internal/decision-details.js';
import type { Locale } from '../../widgets/internal/locale.js';
import { themeStyles } from '../../widgets/internal/theme.js';

const ON = '2026-11-22';
const FX = buildFixtures(ON);

function decide(fx: Fixture, scenario: string, patch: Partial<Decision> = {}): Decision {
  const d = evaluate({ subject: fx.subject, records: fx.records, catalog: DEFAULT_CATALOG, scenario, on: ON, subjectId: fx.subject.id });
  return { ...d, asOf: '2026-11-22T08:00:00+08:00', queryId: 'q_test_1', ...patch };
}

/** A minimal host, as `<credit-check>` and the bidder screen use the renderer. */
class DetailsHost extends LitElement {
  static override styles = [themeStyles, decisionDetailsStyles];
  @property({ attribute: false }) decision!: Decision;
  @property({ attribute: false }) options: DecisionDetailsOptions = {};
  @property() locale: Locale = 'zh-CN';
  protected override render() {
    return renderDecisionDetails(this.decision, this.locale, this.options);
  }
}
customElements.define('test-details-host', DetailsHost);

async function show(decision: Decision, options: DecisionDetailsOptions = {}, locale: Locale = 'zh-CN'): Promise<ShadowRoot> {
  const el = await fixture<DetailsHost>(html`<test-details-host .decision=${decision} .options=${options} .locale=${locale}></test-details-host>`);
  return el.shadowRoot!;
}

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The value shown beside a label inside `scope`. */
function valueOf(scope: Element | ShadowRoot, label: string): string | null {
  for (const dt of scope.querySelectorAll('dt')) if (text(dt) === label) return text(dt.nextElementSibling);
  return null;
}

describe('renderDecisionDetails', () => {
  it('shows the subject: name, code, kind and the registration authority read from the USCC', async () => {
    const root = await show(decide(FX.restricted, 'government-procurement'));
    const subject = root.querySelector('.subject')!;
    expect(valueOf(subject, '名称')).to.equal('北京恒拓建设工程有限公司');
    expect(valueOf(subject, '代码')).to.equal(FX.restricted.subject.id);
    expect(valueOf(subject, '类型')).to.equal('企业');
    expect(valueOf(subject, '登记管理部门')).to.contain('市场监管（企业）');
    expect(valueOf(subject, '办理事项')).to.equal('政府采购');
  });

  it('shows an applied measure with direction, nature, effect, every basis, implementer, remedy and its records', async () => {
    const decision = decide(FX.restricted, 'government-procurement');
    const hit = decision.applied.find((h) => h.measure.id === 'P-PROCUREMENT-BAN')!;
    const root = await show(decision);
    const measure = root.querySelector<HTMLElement>('[part="measure"][data-measure="P-PROCUREMENT-BAN"]')!;
    expect(measure.dataset.state).to.equal('applied');
    expect(text(measure.querySelector('[role="heading"]'))).to.equal('限制参加政府采购活动');
    expect(valueOf(measure, '措施类别')).to.equal('惩戒');
    expect(valueOf(measure, '措施性质')).to.equal('强制性');
    expect(valueOf(measure, '措施效果')).to.equal('限制办理');
    expect(valueOf(measure, '实施部门')).to.equal(hit.measure.implementer);
    expect(valueOf(measure, '救济途径')).to.equal(hit.measure.remedy);
    const basis = [...measure.querySelectorAll('.basis-list li')].map(text);
    expect(basis).to.deep.equal(hit.measure.basis.map((b) => b.replace(/\s+/g, ' ').trim()));

    const record = measure.querySelector<HTMLElement>('[part="record"]')!;
    const black = FX.restricted.records.find((r) => r.listType === 'severe-dishonesty')!;
    expect(record.dataset.listType).to.equal('severe-dishonesty');
    expect(text(record.querySelector('.list-type'))).to.equal('严重失信主体名单');
    expect(text(record.querySelector('.status'))).to.equal('有效');
    expect(text(record.querySelector('.title'))).to.equal(black.title);
    expect(valueOf(record, '认定部门')).to.equal('北京市财政局');
    expect(valueOf(record, '文书号')).to.equal(black.basis);
    expect(valueOf(record, '列入日期')).to.equal(black.listedOn.replace(/-/g, '/'));
    expect(valueOf(record, '有效期至')).to.equal(black.validUntil!.replace(/-/g, '/'));
    expect(valueOf(record, '相关责任人')).to.equal('周立新（法定代表人）');
  });

  it('shows a suspended measure with the objection note, and offers no response for it', async () => {
    const decision = decide(FX.objection, 'government-procurement');
    expect(decision.outcome).to.equal('review');
    const asked: string[] = [];
    const root = await show(decision, { feedback: (hit) => (asked.push(hit.measure.id), html`<button>respond</button>`) });
    const measure = root.querySelector<HTMLElement>('[part="measure"][data-state="suspended"]')!;
    expect(text(measure)).to.contain('相关记录正在异议核实中，惩戒措施暂不执行。');
    expect(text(measure.querySelector('[part="record"] .status'))).to.equal('异议核实中');
    expect(text(root.querySelector('.suspended [role="heading"]'))).to.equal('暂缓执行的措施');
    expect(asked).to.deep.equal([]);
    expect(measure.querySelector('button')).to.equal(null);
  });

  it('places the feedback controls inside each applied measure, once per measure', async () => {
    const decision = decide(FX.restricted, 'government-procurement');
    const asked: string[] = [];
    const root = await show(decision, {
      feedback: (hit: MeasureHit) => (asked.push(hit.measure.id), html`<button class="fb" data-for=${hit.measure.id}>respond</button>`),
    });
    expect(asked).to.deep.equal(decision.applied.map((h) => h.measure.id));
    for (const id of asked) {
      const measure = root.querySelector(`[part="measure"][data-measure="${id}"]`)!;
      expect(measure.querySelector(`.fb[data-for="${id}"]`)).to.exist;
    }
  });

  it('says which clean years earned an incentive', async () => {
    const decision = decide(FX.cleanThreeYears, 'administrative-licensing');
    expect(decision.outcome).to.equal('facilitated');
    const root = await show(decision);
    expect(text(root.querySelector('[data-measure="I-TOLERANT-ACCEPTANCE"] .clean-history'))).to.equal('近 3 年无不良信用记录');
    expect(text(root)).to.contain('平台未返回该主体的信用记录。');
  });

  it('shows "until removed" for a record without an end date, and "cannot be repaired" where the law says so', async () => {
    const debtor = await show(decide(FX.judgmentDebtor, 'government-procurement'));
    expect(valueOf(debtor.querySelector('[part="record"]')!, '有效期至')).to.equal('至移出之日');

    const serious = await show(decide(FX.seriousPenalty, 'administrative-licensing'));
    const record = serious.querySelector('[part="record"]')!;
    expect(text(record.querySelector('.not-repairable'))).to.equal('依法不可修复');
    expect(valueOf(record, '处罚程度')).to.equal('严重');
    expect(valueOf(record, '相关责任人')).to.equal('刘振东（法定代表人）、何文斌（安全生产负责人）');
  });

  it('lists records behind no measure as other records, noting a lapsed "active" one', async () => {
    const decision = decide(FX.staleActive, 'government-procurement');
    expect(decision.outcome).to.equal('clear');
    expect(otherRecords(decision)).to.have.length(1);
    const root = await show(decision);
    expect(text(root.querySelector('.records-block [role="heading"]'))).to.equal('信用记录');
    expect(text(root.querySelector('.records-block [part="record"] .lapsed'))).to.contain('有效期已过');
    expect(text(root.querySelector('.no-measures'))).to.equal('没有适用或暂缓执行的联合奖惩措施。');
  });

  it('masks a person’s number and shows no registration facts for it', async () => {
    const fx = FX.personJudgmentDebtor;
    const decision = decide(fx, 'government-procurement', { subjectId: fx.subject.id.slice(0, 6) + '********' + fx.subject.id.slice(-4) });
    const root = await show(decision);
    expect(valueOf(root.querySelector('.subject')!, '代码')).to.equal(decision.subjectId);
    expect(root.querySelector('.registration')).to.equal(null);
    expect(text(root)).not.to.contain(fx.subject.id);
  });

  it('shows warnings, the data time, catalog version and query id', async () => {
    const decision = decide(FX.pilotCode, 'administrative-licensing', {
      warnings: [{ code: 'suspect-id', data: { expected: 'B' } }],
      asOf: '2026-11-20T08:00:00+08:00',
    });
    const warnings = freshnessWarnings(decision, 24, new Date('2026-11-22T08:00:00+08:00'));
    expect(warnings.map((w) => w.code)).to.deep.equal(['suspect-id', 'stale-data']);
    const root = await show(decision, { warnings });
    const items = [...root.querySelectorAll('.warnings li')].map(text);
    expect(items[0]).to.contain('代码校验位不符（应为“B”）');
    expect(items[1]).to.contain('数据时间已超过 48 小时');
    const meta = root.querySelector('.meta')!;
    expect(valueOf(meta, '数据时间')).to.equal('2026/11/20 08:00');
    expect(valueOf(meta, '措施清单版本')).to.equal(DEFAULT_CATALOG.version);
    expect(valueOf(meta, '查询编号')).to.equal('q_test_1');
  });

  it('keeps fresh data free of a stale warning, and drops a stale warning the limit does not justify', () => {
    const decision = decide(FX.cleanThreeYears, 'administrative-licensing', { warnings: [{ code: 'stale-data', data: { hours: 30 } }], asOf: '2026-11-21T02:00:00+08:00' });
    expect(freshnessWarnings(decision, 48, new Date('2026-11-22T08:00:00+08:00'))).to.deep.equal([]);
    expect(freshnessWarnings(decision, 24, new Date('2026-11-22T08:00:00+08:00')).map((w) => w.code)).to.deep.equal(['stale-data']);
  });

  it('in compact mode leaves out the subject block (the row shows it)', async () => {
    const root = await show(decide(FX.restricted, 'government-procurement'), { compact: true });
    expect(root.querySelector('.subject')).to.equal(null);
    expect(root.querySelector('[part="details"]')!.classList.contains('compact')).to.be.true;
    expect(root.querySelectorAll('[part="measure"]').length).to.be.greaterThan(0);
  });

  it('renders in English', async () => {
    const root = await show(decide(FX.objection, 'government-procurement'), {}, 'en');
    expect(text(root)).to.contain('Suspended measures');
    expect(text(root)).to.contain('Under objection');
    expect(valueOf(root.querySelector('.subject')!, 'Kind')).to.equal('Enterprise');
  });

  it('renders data as text, never as HTML', async () => {
    const evil: CreditRecord = { ...FX.restricted.records[0], id: 'evil', title: '<img src=x onerror="window.__pwned=1">', authority: '<b>局</b>' };
    const decision = decide({ ...FX.restricted, records: [evil] }, 'government-procurement');
    const root = await show(decision);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(text(root.querySelector('[part="record"] .title'))).to.equal(evil.title);
  });

  it('passes axe for every kind of content', async () => {
    for (const d of [
      decide(FX.restricted, 'government-procurement'),
      decide(FX.objection, 'government-procurement'),
      decide(FX.cleanThreeYears, 'administrative-licensing'),
      decide(FX.manyDomains, 'administrative-licensing', { warnings: [{ code: 'default-catalog' }] }),
    ]) {
      const el = await fixture<DetailsHost>(html`<test-details-host .decision=${d}></test-details-host>`);
      await expect(el).to.be.accessible();
    }
  });
});
