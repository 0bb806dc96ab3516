import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { GRADES, LIST_TYPES, RECORD_STATUSES, SCENARIOS, SEVERITIES } from '../../../src/contract/index.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { decide as oracle, inForce as isInForce, polarity as polarityOf, underObjection as isUnderObjection, type OracleMeasure, type OracleRecord } from '../../oracle/rules.js';
import { catalog, measure, record, subject } from './builders.js';

const DOMAINS = ['tax', 'government-procurement', 'food-drug', 'judicial'] as const;

/** A mixed catalog: blocks, reviews, domain and grade filters, record and clean-history incentives. */
const MIXED = catalog([
  measure({ id: 'P-ban', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: ['government-procurement', 'bidding'], triggers: [{ listTypes: ['severe-dishonesty', 'dishonest-judgment-debtor'] }] }),
  measure({ id: 'P-review', direction: 'punishment', scenarios: ['administrative-licensing', 'supervision', 'bidding'], triggers: [{ listTypes: ['focus-list', 'abnormal-operation', 'commitment-breach'] }] }),
  measure({ id: 'P-tax', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: ['fiscal-funds'], triggers: [{ listTypes: ['administrative-penalty'], domains: ['tax'] }] }),
  measure({ id: 'P-D', direction: 'punishment', scenarios: ['supervision', 'honors'], triggers: [{ listTypes: ['credit-rating'], grades: ['C', 'D'] }] }),
  measure({ id: 'I-red', direction: 'incentive', scenarios: ['administrative-licensing', 'honors'], triggers: [{ listTypes: ['red-list'] }, { cleanYears: 3 }] }),
  measure({ id: 'I-A', direction: 'incentive', scenarios: ['supervision', 'fiscal-funds'], triggers: [{ listTypes: ['credit-rating'], grades: ['A', 'B'] }] }),
  measure({ id: 'I-clean', direction: 'incentive', scenarios: ['project-approval', 'public-resource-trading'], triggers: [{ cleanYears: 1 }] }),
]);

const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const date = fc.integer({ min: 0, max: 365 * 7 }).map(day);
const anyRecord = fc
  .record({
    listType: fc.constantFrom(...LIST_TYPES),
    status: fc.constantFrom(...RECORD_STATUSES),
    domain: fc.constantFrom(...DOMAINS),
    listedOn: date,
    validUntil: fc.option(date, { nil: undefined }),
    closedOn: fc.option(date, { nil: undefined }),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
  })
  .map((fields) => record(fields));
const input = fc.record({
  records: fc.array(anyRecord, { maxLength: 8 }),
  on: date,
  scenario: fc.constantFrom(...SCENARIOS, 'unlisted-scenario'),
  historyFrom: fc.option(date, { nil: null }),
});

const decide = ({ records, on, scenario, historyFrom }: { records: CreditRecord[]; on: string; scenario: string; historyFrom: string | null }) =>
  evaluate({ subject: subject({ historyFrom }), records, catalog: MIXED, scenario, on });

describe('evaluate properties', () => {
  it('the outcome is never facilitated while any negative record is in force (objection included)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const negativeInForce = x.records.some((r) => polarityOf(r) === 'negative' && isInForce(r, x.on));
        if (negativeInForce) expect(decide(x).outcome).not.toBe('facilitated');
      }),
      { numRuns: 1000 },
    );
  });

  it('a negative record in force added to any subject takes away facilitated', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('severe-dishonesty', 'focus-list', 'abnormal-operation', 'commitment-breach') as fc.Arbitrary<CreditRecord['listType']>, fc.boolean(), (x, listType, objection) => {
        const bad = record({ listType, listedOn: x.on, status: objection ? 'objection' : 'active' });
        expect(decide({ ...x, records: [...x.records, bad] }).outcome).not.toBe('facilitated');
      }),
      { numRuns: 500 },
    );
  });

  it('outcome, applied and suspended agree with §5 (as the oracle decides them)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const d = decide(x);
        if (x.scenario === 'unlisted-scenario') {
          // §4: neither standard nor named by the catalog.
          expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario', applied: [], suspended: [] });
          return;
        }
        const punishments = d.applied.filter((h) => h.measure.direction === 'punishment');
        const incentives = d.applied.filter((h) => h.measure.direction === 'incentive');
        // The expected outcome and measures come from the oracle (test/oracle/rules.ts), not
        // from evaluate()'s own applied/suspended lists.
        const want = oracle({
          subject: { historyFrom: x.historyFrom },
          records: x.records as OracleRecord[],
          measures: MIXED.measures as OracleMeasure[],
          scenario: x.scenario,
          on: x.on,
        });
        expect(d.outcome).toBe(want.outcome);
        expect(d.applied.map((h) => h.measure.id).sort()).toEqual(want.applied.map((h) => h.measure).sort());
        expect(d.suspended.map((h) => h.measure.id).sort()).toEqual(want.suspended.map((h) => h.measure).sort());
        // Incentives never sit beside a punishment, applied or suspended.
        if (incentives.length > 0) expect(punishments.length + d.suspended.length).toBe(0);
        // Every measure belongs to the scenario; every record behind it is in force;
        // applied punishments rest on records not under objection, suspended ones on objected ones.
        for (const h of [...d.applied, ...d.suspended]) expect(h.measure.scenarios).toContain(x.scenario);
        for (const h of punishments) for (const r of h.records) expect(isInForce(r, x.on) && !isUnderObjection(r, x.on)).toBe(true);
        for (const h of d.suspended) for (const r of h.records) expect(isUnderObjection(r, x.on)).toBe(true);
        for (const h of incentives) for (const r of h.records) expect(isInForce(r, x.on) && polarityOf(r) === 'positive').toBe(true);
        for (const h of incentives) expect(h.records.length > 0 || (h.cleanYears ?? 0) > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('records outside their dates never change the outcome compared with having no such records', () => {
    // A record listed after `on` is in force on no day up to `on`: it cannot matter.
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 400 }), (x, ahead) => {
        const future = record({ listType: 'severe-dishonesty', listedOn: new Date(Date.parse(`${x.on}T00:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10) });
        expect(decide({ ...x, records: [...x.records, future] }).outcome).toBe(decide(x).outcome);
      }),
      { numRuns: 300 },
    );
  });
});
