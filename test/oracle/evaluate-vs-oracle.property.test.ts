/**
 * `evaluate()` against the oracle (test/oracle/rules.ts): over random records, catalogs,
 * scenarios and dates — window edges and 29 February drawn often — both must give the same
 * outcome and reason, the same applied and suspended measures, and the same records behind
 * each. The expected answer never comes from the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { caseArb, cleanHistoryCaseArb, type Case, type Coverage } from './arbitraries.js';
import { decide, type OracleAnswer, type OracleMeasure, type OracleRecord } from './rules.js';

/** Everything the rules say: records without domain/severity/grade, unknown scenarios, graded punishments. */
const COVERAGE: Coverage = { optionalFields: true, unknownScenarios: true, gradedPunishments: true };

function oracle(c: Case): OracleAnswer {
  return decide({
    subject: c.subject,
    records: c.records as OracleRecord[],
    measures: c.catalog.measures as OracleMeasure[],
    scenario: c.scenario,
    on: c.on,
  });
}

/** The engine's answer in the oracle's terms. */
function engine(c: Case) {
  const d = evaluate({ subject: c.subject, records: c.records, catalog: c.catalog, scenario: c.scenario, on: c.on });
  const hits = (list: typeof d.applied) => list.map((h) => ({ measure: h.measure.id, records: h.records.map((r) => r.id) }));
  const incomplete = d.warnings
    .filter((w) => w.code === 'incomplete-record')
    .map((w) => ({ record: String(w.data?.recordId), measure: String(w.data?.measureId) }));
  return { outcome: d.outcome, reason: d.reason, applied: hits(d.applied), suspended: hits(d.suspended), incomplete };
}

const sameOrder = (hits: { measure: string; records: string[] }[]) =>
  hits.map((h) => ({ measure: h.measure, records: [...h.records].sort() })).sort((a, b) => (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));

describe('evaluate() agrees with the oracle (docs/rules.md §2–§6)', () => {
  it('same outcome and reason, same applied and suspended measures, same records behind them', () => {
    fc.assert(
      fc.property(caseArb(COVERAGE), (c) => {
        const want = oracle(c);
        const got = engine(c);
        expect({ outcome: got.outcome, reason: got.reason }).toEqual({ outcome: want.outcome, reason: want.reason });
        // §4: the incomplete records and their measures are named (as the reason, or beside `restricted`).
        const key = (x: { record: string; measure: string }) => `${x.record}/${x.measure}`;
        expect(got.incomplete.map(key).sort()).toEqual(want.incomplete.map(key).sort());
        if (want.outcome === 'unknown') return;
        expect(sameOrder(got.applied)).toEqual(sameOrder(want.applied));
        expect(sameOrder(got.suspended)).toEqual(sameOrder(want.suspended));
      }),
      { numRuns: 3000 },
    );
  });

  it('§6 clean history: the same answer on the days around on − N years, 29 February included', () => {
    fc.assert(
      fc.property(cleanHistoryCaseArb(), (c) => {
        expect(engine(c).outcome).toBe(oracle(c).outcome);
      }),
      { numRuns: 3000 },
    );
  });

  it('every outcome and every measure kind is reached by the generator (the comparison is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb(COVERAGE), (c) => {
        const want = oracle(c);
        seen.add(want.outcome);
        if (want.suspended.length > 0) seen.add('suspended');
        if (want.applied.some((h) => h.records.length === 0)) seen.add('clean-history incentive');
        if (want.reason) seen.add(want.reason);
        if (want.outcome === 'restricted' && want.incomplete.length > 0) seen.add('restricted despite incomplete');
      }),
      { numRuns: 2000, seed: 13 },
    );
    expect([...seen].sort()).toEqual(
      ['clean-history incentive', 'clear', 'facilitated', 'incomplete-record', 'invalid-scenario', 'not-found', 'restricted', 'restricted despite incomplete', 'review', 'suspended', 'unknown'].sort(),
    );
  });
});
