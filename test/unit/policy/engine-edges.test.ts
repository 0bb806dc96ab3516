/**
 * Edges of the engine that mutation testing (`npm run mutation`, docs/mutation.md) found no
 * test for: many records at once, an empty domain, one-day intervals, the invalid-scenario
 * decision's facts, the evaluation date's checks, copies instead of shared arrays, and the
 * calendar helpers' own boundaries.
 */
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { cleanWindow, hasCleanHistory } from '../../../src/policy/clean-history.js';
import { addDays, formatDate, isIsoDate, minusYears } from '../../../src/policy/dates.js';
import { DEFAULT_CATALOG } from '../../../src/policy/default-catalog.js';
import { evaluate, unknownDecision } from '../../../src/policy/evaluate.js';
import { loadDefaultCatalog } from '../../../src/policy/load-default-catalog.js';
import { isNegative, isPositive } from '../../../src/policy/polarity.js';
import { catalog, measure, ON, P1, record, subject, WORKED_CATALOG } from './builders.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

describe('many records at once', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => record({ listType: 'red-list', id: `fill-${i}`, listedOn: '2030-01-01' }));
  it('the 70th record decides like the first (beyond the engine’s first 64 slots)', () => {
    const records = [...filler(69), record({ listType: 'severe-dishonesty' })];
    expect(evaluate({ subject: subject(), records, catalog: WORKED_CATALOG, scenario: PROCUREMENT, on: ON }).outcome).toBe('restricted');
  });
  it('the 200th record decides like the first, also after a smaller evaluation', () => {
    evaluate({ subject: subject(), records: filler(65), catalog: WORKED_CATALOG, scenario: PROCUREMENT, on: ON });
    const records = [...filler(199), record({ listType: 'severe-dishonesty' })];
    const d = evaluate({ subject: subject(), records, catalog: WORKED_CATALOG, scenario: PROCUREMENT, on: ON });
    expect(d.outcome).toBe('restricted');
    expect(d.applied[0].records.map((r) => r.listType)).toEqual(['severe-dishonesty']);
  });
});

describe('an empty domain is no domain (§4 incomplete records)', () => {
  const TAX = measure({ id: 'P-tax', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['administrative-penalty'], domains: ['tax'] }] });
  it("a penalty with domain '' under a domain filter → unknown/incomplete-record", () => {
    const d = evaluate({ subject: subject(), records: [record({ listType: 'administrative-penalty', domain: '' })], catalog: catalog([TAX]), scenario: LICENSING, on: ON });
    expect([d.outcome, d.reason]).toEqual(['unknown', 'incomplete-record']);
  });
  it('a penalty with domain tax is decided: review', () => {
    const d = evaluate({ subject: subject(), records: [record({ listType: 'administrative-penalty', domain: 'tax' })], catalog: catalog([TAX]), scenario: LICENSING, on: ON });
    expect(d.outcome).toBe('review');
  });
});

describe('one-day intervals (§6)', () => {
  it('a negative record valid for one day inside the window breaks a clean history', () => {
    const oneDay = record({ listType: 'focus-list', status: 'expired', listedOn: '2025-05-01', validUntil: '2025-05-01' });
    expect(hasCleanHistory(subject(), [oneDay], 3, ON)).toBe(false);
  });
  it('one listed on the first day of the window and closed the next breaks it too', () => {
    const oneDay = record({ listType: 'focus-list', status: 'repaired', listedOn: '2023-11-23', closedOn: '2023-11-24' });
    expect(hasCleanHistory(subject(), [oneDay], 3, ON)).toBe(false);
  });
  it('windows asked one after another are each their own', () => {
    expect(cleanWindow(3, ON)).toEqual({ from: '2023-11-22', first: '2023-11-23', on: ON });
    expect(cleanWindow(1, ON)).toEqual({ from: '2025-11-22', first: '2025-11-23', on: ON });
    expect(cleanWindow(1, '2028-02-29')).toEqual({ from: '2027-02-28', first: '2027-03-01', on: '2028-02-29' });
    expect(cleanWindow(3, ON)).toEqual({ from: '2023-11-22', first: '2023-11-23', on: ON });
  });
});

describe('the invalid-scenario decision (§4)', () => {
  const run = (scenario: unknown, extra: { subjectId?: string; withSubject?: boolean } = {}) =>
    evaluate({
      subject: extra.withSubject === false ? null : subject(),
      records: [],
      catalog: WORKED_CATALOG,
      scenario: scenario as string,
      on: ON,
      ...(extra.subjectId ? { subjectId: extra.subjectId } : {}),
    });
  it('keeps a long scenario to 80 characters and an ellipsis in its warning; exactly 80 stays whole', () => {
    const long = run('x'.repeat(100)).warnings[0];
    expect(long.data?.scenario).toBe(`${'x'.repeat(80)}…`);
    expect(run('y'.repeat(80)).warnings[0].data?.scenario).toBe('y'.repeat(80));
  });
  it('a scenario that is not a string is shown as empty, in the decision and its warning', () => {
    const d = run(42);
    expect([d.outcome, d.reason, d.scenario, d.warnings[0].data?.scenario]).toEqual(['unknown', 'invalid-scenario', '', '']);
  });
  it("names the platform's subject, else the id asked for, else nothing", () => {
    expect(run('typo').subjectId).toBe(subject().id);
    expect(run('typo', { withSubject: false, subjectId: '91350100M000100Y43' }).subjectId).toBe('91350100M000100Y43');
    expect(run('typo', { withSubject: false }).subjectId).toBe('');
  });
  it('a subject the platform does not know, asked without an id, has an empty subjectId', () => {
    expect(run(PROCUREMENT, { withSubject: false }).subjectId).toBe('');
  });
});

describe('the evaluation date', () => {
  it('a malformed date is refused with a message naming it', () => {
    expect(() => evaluate({ subject: subject(), records: [], catalog: WORKED_CATALOG, scenario: LICENSING, on: '2026-11-31' })).toThrow(/YYYY-MM-DD, got "2026-11-31"/);
  });
});

describe('decisions hold copies of what they were given', () => {
  const records: CreditRecord[] = [record({ listType: 'severe-dishonesty' })];
  it('a decided, an invalid-scenario and a not-found decision each have their own records array', () => {
    for (const d of [
      evaluate({ subject: subject(), records, catalog: catalog([P1]), scenario: PROCUREMENT, on: ON }),
      evaluate({ subject: subject(), records, catalog: catalog([P1]), scenario: 'typo', on: ON }),
      evaluate({ subject: null, records, catalog: catalog([P1]), scenario: PROCUREMENT, on: ON }),
    ]) {
      expect(d.records).toEqual(records);
      expect(d.records).not.toBe(records);
    }
  });
  it('unknownDecision copies records and warnings', () => {
    const warnings = [{ code: 'stale-data' as const }];
    const d = unknownDecision('http', { subjectId: 'x', scenario: LICENSING, on: ON, records, warnings });
    expect(d.records).toEqual(records);
    expect(d.records).not.toBe(records);
    expect(d.warnings).toEqual(warnings);
    expect(d.warnings).not.toBe(warnings);
  });
});

describe('calendar helpers', () => {
  it('isIsoDate: 30 days hath June and September; no month or day 00; nothing around the date; strings only', () => {
    expect(isIsoDate('2026-06-30')).toBe(true);
    expect(isIsoDate('2026-06-31')).toBe(false);
    expect(isIsoDate('2026-09-31')).toBe(false);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('x2026-11-22')).toBe(false);
    expect(isIsoDate('2026-11-22x')).toBe(false);
    expect(isIsoDate(new String('2026-11-22'))).toBe(false);
  });
  it('formatDate pads the year to four digits', () => {
    expect(formatDate(999, 1, 2)).toBe('0999-01-02');
    expect(minusYears('1000-03-01', 1)).toBe('0999-03-01');
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
  });
  it('date arithmetic refuses a malformed date with a message naming it', () => {
    expect(() => addDays('2026/11/22', 1)).toThrow(/YYYY-MM-DD, got "2026\/11\/22"/);
  });
});

describe('polarity helpers and the bundled catalog', () => {
  it('isNegative and isPositive follow polarityOf', () => {
    expect(isNegative({ listType: 'credit-rating', grade: 'D' })).toBe(true);
    expect(isNegative({ listType: 'red-list' })).toBe(false);
    expect(isPositive({ listType: 'red-list' })).toBe(true);
    expect(isPositive({ listType: 'focus-list' })).toBe(false);
  });
  it('loadDefaultCatalog() resolves with the bundled default catalog', async () => {
    expect(await loadDefaultCatalog()).toBe(DEFAULT_CATALOG);
  });
});
