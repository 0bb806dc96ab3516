/**
 * client.stats() against the simulated platform's GET /v1/stats (统计联合奖惩情况,
 * domain.md §15): an empty period, one group, a year; the query checked before any request;
 * every answer validated; nothing in it identifies a person.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CreditInputError, CreditResponseError, reasonOf } from '../../../src/client/index.js';
import { addDays } from '../../../src/policy/dates.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, settle, type Harness } from './harness.js';

const TODAY = '2026-11-20';
let h: Harness | undefined;
afterEach(() => h?.client.dispose());

const zero = {
  checks: 0,
  outcomes: { restricted: 0, review: 0, facilitated: 0, clear: 0, unknown: 0 },
  feedback: { applied: 0, notApplied: 0, overridden: 0 },
  verifications: 0,
  objections: 0,
};

describe('client.stats — an empty period', () => {
  it('answers no groups and zero totals, sending the period and grouping in the query', async () => {
    h = harness({ today: TODAY });
    const report = await h.client.stats({ from: '2026-11-01', to: '2026-11-30', groupBy: 'department' });
    expect(report).toMatchObject({ from: '2026-11-01', to: '2026-11-30', groupBy: 'department', groups: [], totals: zero });
    expect(h.requests('stats')[0].path).toBe('/api/v1/stats?from=2026-11-01&to=2026-11-30&groupBy=department');
  });

  it('by month, lists every month of the period even when nothing happened (a trend line without gaps)', async () => {
    h = harness({ today: TODAY });
    const report = await h.client.stats({ from: '2026-01-15', to: '2026-03-02', groupBy: 'month' });
    expect(report.groups.map((g) => g.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    for (const g of report.groups) expect({ ...g, key: undefined }).toEqual({ ...zero, key: undefined });
  });
});

describe('client.stats — one group', () => {
  async function procurementDay(): Promise<Harness> {
    const run = harness({ today: TODAY }, { operator: '张三', department: '市财政局政府采购监督管理科' });
    const ids = [FIXTURES.restricted, FIXTURES.redList, FIXTURES.cleanThreeYears].map((f) => f.subject.id);
    const [restricted] = await run.client.check(ids, { scenario: 'government-procurement', caseNumber: 'ZC-2026-031' });
    await run.client.feedback({ queryId: restricted.queryId!, subjectId: restricted.subjectId, measureId: 'P-PROCUREMENT-BAN', action: 'overridden', reason: '唯一供应商，经采购监督管理部门书面批准' });
    await run.client.outbox.flush();
    await settle();
    return run;
  }

  it('counts the day’s three procurement checks by outcome, and the override, under their one scenario', async () => {
    h = await procurementDay();
    const report = await h.client.stats({ from: TODAY, to: TODAY, groupBy: 'scenario' });
    const expected = {
      ...zero,
      checks: 3,
      // restricted: 限制参加政府采购活动; redList: 政府购买服务中优先选择…; cleanThreeYears: nothing in procurement (docs/fixtures.md)
      outcomes: { restricted: 1, review: 0, facilitated: 1, clear: 1, unknown: 0 },
      feedback: { applied: 0, notApplied: 0, overridden: 1 },
    };
    expect(report.groups).toEqual([{ key: 'government-procurement', ...expected }]);
    expect(report.totals).toEqual(expected);
    expect(report.overrides).toEqual([
      {
        on: TODAY,
        department: '市财政局政府采购监督管理科',
        scenario: 'government-procurement',
        measureId: 'P-PROCUREMENT-BAN',
        measureName: '限制参加政府采购活动',
        reason: '唯一供应商，经采购监督管理部门书面批准',
        caseNumber: 'ZC-2026-031',
      },
    ]);
  });

  it('by measure, counts only the checks where the measure applied, labelled with its name', async () => {
    h = await procurementDay();
    const report = await h.client.stats({ from: TODAY, to: TODAY, groupBy: 'measure' });
    const ban = report.groups.find((g) => g.key === 'P-PROCUREMENT-BAN');
    expect(ban).toMatchObject({ label: '限制参加政府采购活动', checks: 1, outcomes: { restricted: 1, clear: 0, facilitated: 0 }, feedback: { overridden: 1 } });
    expect(report.groups.map((g) => g.key).sort()).toEqual(['I-PROCUREMENT-PREFERENCE', 'P-DISCLOSURE-NOTICE', 'P-PROCUREMENT-BAN']);
    // The period's totals are its own, not a sum of overlapping measure groups.
    expect(report.totals.checks).toBe(3);
  });

  it('filters by department: another department’s period is empty', async () => {
    h = await procurementDay();
    const report = await h.client.stats({ from: TODAY, to: TODAY, groupBy: 'department', department: '市政务服务中心行政审批科' });
    expect(report.groups).toEqual([]);
    expect(report.totals).toEqual(zero);
    expect(report.department).toBe('市政务服务中心行政审批科');
  });

  it('never names a subject: no id, no mask, no name of a person or enterprise that was checked', async () => {
    h = harness({ today: TODAY });
    const person = FIXTURES.personSevereDishonesty.subject;
    const [d] = await h.client.check([person.id], { scenario: 'honors', purpose: '年度评先评优候选人审核', authorization: { basis: 'statutory-duty', reference: '《评比达标表彰活动管理办法》' } });
    expect(d.outcome).toBe('restricted');
    await h.client.feedback({ queryId: d.queryId!, subjectId: d.subjectId, measureId: d.applied[0].measure.id, action: 'overridden', reason: `经核实 ${person.id} 已履行义务` });
    await h.client.outbox.flush();
    for (const groupBy of ['department', 'scenario', 'measure', 'month'] as const) {
      const text = JSON.stringify(await h.client.stats({ from: TODAY, to: TODAY, groupBy }));
      expect(text).toContain('"checks":1');
      expect(text, groupBy).not.toContain(person.id);
      expect(text, groupBy).not.toContain(person.id.slice(0, 6) + '********');
      expect(text, groupBy).not.toContain(person.name);
    }
  });
});

describe('client.stats — a year', () => {
  it('a seeded year shows twelve months of activity with a quiet February and a busy December, in all eight scenarios', async () => {
    h = harness({ today: TODAY, seed: true, history: 4000 });
    const from = addDays(TODAY, -365);
    const byMonth = await h.client.stats({ from, to: TODAY, groupBy: 'month' });
    expect(byMonth.groups.map((g) => g.key)).toEqual([
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    const checks = (key: string) => byMonth.groups.find((g) => g.key === key)!.checks;
    expect(byMonth.totals.checks).toBeGreaterThan(4000);
    expect(byMonth.groups.reduce((sum, g) => sum + g.checks, 0)).toBe(byMonth.totals.checks);
    for (const g of byMonth.groups.slice(1)) expect(g.checks, g.key).toBeGreaterThan(0);
    expect(checks('2026-02')).toBeLessThan(checks('2025-12') * 0.6);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(byMonth.totals.outcomes)).toBe(byMonth.totals.checks);
    expect(byMonth.totals.outcomes.restricted).toBeGreaterThan(0);
    expect(byMonth.totals.feedback.applied).toBeGreaterThan(byMonth.totals.feedback.overridden);
    expect(byMonth.totals.feedback.overridden).toBeGreaterThan(0);
    expect(byMonth.overrides?.length).toBe(byMonth.totals.feedback.overridden);
    for (const o of byMonth.overrides ?? []) expect(o.reason.length, o.measureId).toBeGreaterThan(0);

    const byScenario = await h.client.stats({ from, to: TODAY, groupBy: 'scenario' });
    expect(byScenario.groups.map((g) => g.key).sort()).toEqual([
      'administrative-licensing', 'bidding', 'fiscal-funds', 'government-procurement', 'honors', 'project-approval', 'public-resource-trading', 'supervision',
    ]);
    expect(byScenario.totals).toEqual(byMonth.totals);
  });
});

describe('client.stats — misuse and bad answers', () => {
  it('refuses an inverted period or an unknown grouping before any request', async () => {
    h = harness({ today: TODAY });
    await expect(h.client.stats({ from: '2026-11-30', to: '2026-11-01', groupBy: 'month' })).rejects.toThrow(CreditInputError);
    await expect(h.client.stats({ from: '2026-11-01', to: '2026-11-30', groupBy: 'week' as never })).rejects.toThrow(/groupBy/);
    await expect(h.client.stats({ from: '2026-11', to: '2026-11-30', groupBy: 'month' })).rejects.toThrow(/from/);
    expect(h.requests('stats')).toHaveLength(0);
  });

  it('rejects an answer that drifted from the contract (invalid-response)', async () => {
    for (const mode of ['schema-drift-missing-field', 'schema-drift-wrong-type', 'schema-drift-unknown-enum'] as const) {
      h = harness({ today: TODAY, faults: { mode, path: '/v1/stats' } });
      const error = await h.client.stats({ from: TODAY, to: TODAY, groupBy: 'scenario' }).catch((e: unknown) => e);
      expect(error, mode).toBeInstanceOf(CreditResponseError);
      expect(reasonOf(error)).toBe('invalid-response');
      h.client.dispose();
    }
  });

  it('rejects an answer about another period', async () => {
    h = harness({ today: TODAY }, {
      fetch: async () => new Response(JSON.stringify({ from: '2025-01-01', to: '2025-12-31', groupBy: 'scenario', groups: [], totals: zero }), { headers: { 'Content-Type': 'application/json' } }),
    });
    await expect(h.client.stats({ from: '2026-01-01', to: '2026-12-31', groupBy: 'scenario' })).rejects.toThrow(CreditResponseError);
  });
});
