import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CreditRecord, Subject } from '../../../src/contract/index.js';
import { SCENARIOS } from '../../../src/contract/index.js';
import { evaluate, unknownDecision } from '../../../src/policy/evaluate.js';
import type { EvaluateInput } from '../../../src/policy/evaluate.js';
import {
  catalog,
  ENTERPRISE_ID,
  I1,
  ids,
  measure,
  ON,
  record,
  subject,
  WORKED_CATALOG,
} from './builders.js';

const PERSON_ID = '11010519491231002X';
const PERSON_MASK = '110105********002X';
const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

function run(records: CreditRecord[], scenario: string, extra: Partial<EvaluateInput> = {}) {
  return evaluate({ subject: subject(), records, catalog: WORKED_CATALOG, scenario, on: ON, ...extra });
}

const severe = (fields: Partial<CreditRecord> = {}) =>
  record({ listType: 'severe-dishonesty', listedOn: '2026-01-05', validUntil: '2027-01-04', ...fields });
const focus = (fields: Partial<CreditRecord> = {}) => record({ listType: 'focus-list', domain: 'tax', listedOn: '2026-03-01', ...fields });
const red = (fields: Partial<CreditRecord> = {}) => record({ listType: 'red-list', listedOn: '2025-05-01', ...fields });

// ------------------------------------------------------------------ §11

describe('domain.md §11 worked examples (on 2026-11-22, catalog P1 / P2 / I1)', () => {
  it('severe-dishonesty active, listed 2026-01-05, valid until 2027-01-04, procurement → restricted (P1 applied)', () => {
    const r = severe();
    const d = run([r], PROCUREMENT);
    expect(d.outcome).toBe('restricted');
    expect(ids(d.applied)).toEqual(['P1']);
    expect(d.applied[0].records).toEqual([r]);
    expect(d.suspended).toEqual([]);
  });

  it('the same with status objection, procurement → review (P1 suspended)', () => {
    const r = severe({ status: 'objection' });
    const d = run([r], PROCUREMENT);
    expect(d.outcome).toBe('review');
    expect(d.applied).toEqual([]);
    expect(ids(d.suspended)).toEqual(['P1']);
    expect(d.suspended[0].records).toEqual([r]);
  });

  it('the same, status active, valid until 2026-11-21, procurement → clear (dates win)', () => {
    const d = run([severe({ validUntil: '2026-11-21' })], PROCUREMENT);
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
    expect(d.suspended).toEqual([]);
  });

  it('the same valid until 2026-11-21, licensing → clear (no measure; not clean within 3 years, so no I1)', () => {
    const d = run([severe({ validUntil: '2026-11-21' })], LICENSING);
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
  });

  it('no records, licensing → facilitated (I1 by clean history)', () => {
    const d = run([], LICENSING);
    expect(d.outcome).toBe('facilitated');
    expect(ids(d.applied)).toEqual(['I1']);
    expect(d.applied[0].records).toEqual([]);
    expect(d.applied[0].cleanYears).toBe(3);
  });

  it('no records, historyFrom 2024-06-01, licensing → clear (history too short)', () => {
    const d = run([], LICENSING, { subject: subject({ historyFrom: '2024-06-01' }) });
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
  });

  it('red-list active + focus-list active, licensing → review (P2 applied, incentives withheld)', () => {
    const f = focus();
    const d = run([red(), f], LICENSING);
    expect(d.outcome).toBe('review');
    expect(ids(d.applied)).toEqual(['P2']);
    expect(d.applied[0].records).toEqual([f]);
  });

  it('focus-list revoked, listed 2025-03-01, closed 2025-04-01, licensing → facilitated (revoked never counts)', () => {
    const d = run([focus({ status: 'revoked', listedOn: '2025-03-01', closedOn: '2025-04-01' })], LICENSING);
    expect(d.outcome).toBe('facilitated');
    expect(ids(d.applied)).toEqual(['I1']);
  });

  it('focus-list repaired, listed 2022-01-01, closed 2023-11-24, licensing → clear (in force until 2023-11-23, inside the window)', () => {
    const d = run([focus({ status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-24' })], LICENSING);
    expect(d.outcome).toBe('clear');
  });

  it('focus-list repaired, listed 2022-01-01, closed 2023-11-23, licensing → facilitated (in force until 2023-11-22, outside)', () => {
    const d = run([focus({ status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-23' })], LICENSING);
    expect(d.outcome).toBe('facilitated');
  });

  it('administrative-penalty minor active, licensing → facilitated (minor penalties are not negative)', () => {
    const d = run([record({ listType: 'administrative-penalty', severity: 'minor', listedOn: '2026-09-01' })], LICENSING);
    expect(d.outcome).toBe('facilitated');
  });

  it('the platform answers found: false → unknown, not-found', () => {
    for (const scenario of [PROCUREMENT, LICENSING]) {
      const d = evaluate({ subject: null, records: [], catalog: WORKED_CATALOG, scenario, on: ON, subjectId: ENTERPRISE_ID });
      expect(d.outcome).toBe('unknown');
      expect(d.reason).toBe('not-found');
      expect(d.subjectId).toBe(ENTERPRISE_ID);
    }
  });
});

// ------------------------------------------------------------------ §3 in force

describe('in force by dates (§3)', () => {
  it('a record listed on `on` applies its punishment', () => {
    expect(run([severe({ listedOn: ON })], PROCUREMENT).outcome).toBe('restricted');
  });
  it('a record valid until `on` still applies its punishment', () => {
    expect(run([severe({ validUntil: ON })], PROCUREMENT).outcome).toBe('restricted');
  });
  it('a record listed on on + 1 does not apply yet', () => {
    expect(run([severe({ listedOn: '2026-11-23' })], PROCUREMENT).outcome).toBe('clear');
  });
  it('a record valid until on − 1 no longer applies', () => {
    expect(run([severe({ validUntil: '2026-11-21' })], PROCUREMENT).outcome).toBe('clear');
  });
  it('dates beat a stale active status: an active record past validUntil does not withhold incentives either', () => {
    const d = run([red(), focus({ status: 'active', listedOn: '2020-01-01', validUntil: '2026-11-21' })], LICENSING);
    expect(d.outcome).toBe('facilitated');
    expect(d.applied[0].records.map((r) => r.listType)).toEqual(['red-list']);
  });
  it('repaired, expired and revoked records do not apply punishments', () => {
    for (const status of ['repaired', 'expired', 'revoked'] as const) {
      expect(run([severe({ status, closedOn: '2026-11-01' })], PROCUREMENT).outcome).toBe('clear');
    }
  });
});

// ------------------------------------------------------------------ objection

describe('objection (§3, §5.2)', () => {
  it('a record under objection suspends a mandatory block measure: review, not restricted', () => {
    const d = run([severe({ status: 'objection' })], PROCUREMENT);
    expect(d.outcome).toBe('review');
    expect(ids(d.suspended)).toEqual(['P1']);
  });

  it('one active and one objected record: the measure is applied, listing only the active record', () => {
    const active = severe();
    const objected = severe({ status: 'objection' });
    const d = run([objected, active], PROCUREMENT);
    expect(d.outcome).toBe('restricted');
    expect(ids(d.applied)).toEqual(['P1']);
    expect(d.applied[0].records).toEqual([active]);
    expect(d.suspended).toEqual([]);
  });

  it('an objection whose dates have passed suspends nothing', () => {
    expect(run([severe({ status: 'objection', validUntil: '2026-11-21' })], PROCUREMENT).outcome).toBe('clear');
  });

  it('a negative record under objection withholds incentives even when no measure of the scenario watches it', () => {
    // abnormal-operation is watched by no measure of the worked catalog.
    const d = run([red(), record({ listType: 'abnormal-operation', status: 'objection', listedOn: '2026-10-01' })], LICENSING);
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
    expect(d.suspended).toEqual([]);
  });

  it('a suspended measure withholds incentives (red-list + focus-list under objection → review, no I1)', () => {
    const d = run([red(), focus({ status: 'objection' })], LICENSING);
    expect(d.outcome).toBe('review');
    expect(ids(d.suspended)).toEqual(['P2']);
    expect(d.applied).toEqual([]);
  });

  it('a punishment trigger naming grade C never matches a C rating: only negative records trigger punishments (§4)', () => {
    const cat = catalog([
      measure({ id: 'PC', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['credit-rating'], grades: ['C'] }] }),
      measure({ id: 'PD', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['credit-rating'], grades: ['C', 'D'] }] }),
      I1,
    ]);
    const c = evaluate({
      subject: subject(),
      records: [red(), record({ listType: 'credit-rating', grade: 'C', status: 'objection', listedOn: '2026-01-01' })],
      catalog: cat,
      scenario: LICENSING,
      on: ON,
    });
    expect(c.outcome).toBe('facilitated');
    expect(c.suspended).toEqual([]);
    // A D rating is negative: the trigger naming D matches it (suspended, under objection).
    const d = evaluate({
      subject: subject(),
      records: [red(), record({ listType: 'credit-rating', grade: 'D', status: 'objection', listedOn: '2026-01-01' })],
      catalog: cat,
      scenario: LICENSING,
      on: ON,
    });
    expect(d.outcome).toBe('review');
    expect(ids(d.suspended)).toEqual(['PD']);
  });
});

// ------------------------------------------------------------------ red + black

describe('red list and a negative list together (§5.3, Hanyang text)', () => {
  it('red-list + severe-dishonesty in procurement → restricted, no incentive', () => {
    const d = run([red(), severe()], PROCUREMENT);
    expect(d.outcome).toBe('restricted');
    expect(ids(d.applied)).toEqual(['P1']);
  });
  it('red-list + severe-dishonesty in licensing (no measure watches it) → clear, not facilitated', () => {
    const d = run([red(), severe()], LICENSING);
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
  });
  it('red-list alone in licensing → facilitated, I1 lists the red-list record', () => {
    const r = red();
    const d = run([r], LICENSING);
    expect(d.outcome).toBe('facilitated');
    expect(d.applied[0].records).toEqual([r]);
    expect(d.applied[0].cleanYears).toBe(3);
  });
  it('red-list alone with a short history → facilitated by the record trigger only', () => {
    const r = red();
    const d = run([r], LICENSING, { subject: subject({ historyFrom: '2025-01-01' }) });
    expect(d.outcome).toBe('facilitated');
    expect(d.applied[0].records).toEqual([r]);
    expect(d.applied[0].cleanYears).toBeUndefined();
  });
  it('a red-list record not yet listed does not facilitate', () => {
    const d = run([red({ listedOn: '2026-12-01' })], LICENSING, { subject: subject({ historyFrom: '2025-01-01' }) });
    expect(d.outcome).toBe('clear');
  });
});

// ------------------------------------------------------------------ clean history via evaluate

describe('clean history through evaluate (§6)', () => {
  const at = (fields: Partial<CreditRecord>) => run([focus({ listedOn: '2022-01-01', ...fields })], LICENSING).outcome;
  it('expired with validUntil 2023-11-22 (last day outside the window) → facilitated', () => {
    expect(at({ status: 'expired', validUntil: '2023-11-22' })).toBe('facilitated');
  });
  it('expired with validUntil 2023-11-23 (first day of the window) → clear', () => {
    expect(at({ status: 'expired', validUntil: '2023-11-23' })).toBe('clear');
  });
  it('repaired, closedOn 2023-11-23 → facilitated; closedOn 2023-11-24 → clear', () => {
    expect(at({ status: 'repaired', closedOn: '2023-11-23' })).toBe('facilitated');
    expect(at({ status: 'repaired', closedOn: '2023-11-24' })).toBe('clear');
  });
  it('revoked inside the window → facilitated', () => {
    expect(at({ status: 'revoked', listedOn: '2025-01-01', closedOn: '2026-01-01' })).toBe('facilitated');
  });
  it('the end is the earliest of validUntil and closedOn − 1: validUntil 2023-11-22 with closedOn 2025-01-01 → facilitated', () => {
    expect(at({ status: 'expired', validUntil: '2023-11-22', closedOn: '2025-01-01' })).toBe('facilitated');
  });
  it('the end is the earliest of validUntil and closedOn − 1: closedOn 2023-11-23 with validUntil 2026-12-31 → facilitated', () => {
    expect(at({ status: 'repaired', validUntil: '2026-12-31', closedOn: '2023-11-23' })).toBe('facilitated');
  });
  it('historyFrom missing → clear', () => {
    expect(run([], LICENSING, { subject: subject({ historyFrom: undefined }) }).outcome).toBe('clear');
    expect(run([], LICENSING, { subject: subject({ historyFrom: null }) }).outcome).toBe('clear');
  });
  it('historyFrom exactly on − 3 years (2023-11-22) → facilitated; one day later → clear', () => {
    expect(run([], LICENSING, { subject: subject({ historyFrom: '2023-11-22' }) }).outcome).toBe('facilitated');
    expect(run([], LICENSING, { subject: subject({ historyFrom: '2023-11-23' }) }).outcome).toBe('clear');
  });
  it('on 2028-02-29: a record ending 2025-02-28 is outside the window, one ending 2025-03-01 inside', () => {
    const on = '2028-02-29';
    expect(run([focus({ status: 'expired', listedOn: '2024-01-01', validUntil: '2025-02-28' })], LICENSING, { on }).outcome).toBe('facilitated');
    expect(run([focus({ status: 'expired', listedOn: '2024-01-01', validUntil: '2025-03-01' })], LICENSING, { on }).outcome).toBe('clear');
  });
  it('on 2027-02-28 with historyFrom 2024-02-29 → clear (on − 3 years is 2024-02-28)', () => {
    const on = '2027-02-28';
    expect(run([], LICENSING, { on, subject: subject({ historyFrom: '2024-02-29' }) }).outcome).toBe('clear');
    expect(run([], LICENSING, { on, subject: subject({ historyFrom: '2024-02-28' }) }).outcome).toBe('facilitated');
  });
  it('reports the longest clean history proven among several clean-history triggers', () => {
    const cat = catalog([
      measure({ id: 'I-clean', direction: 'incentive', scenarios: [LICENSING], triggers: [{ cleanYears: 1 }, { cleanYears: 5 }, { cleanYears: 3 }] }),
    ]);
    const input = { subject: subject(), catalog: cat, scenario: LICENSING, on: ON };
    expect(evaluate({ ...input, records: [] }).applied[0].cleanYears).toBe(5);
    // Repaired 2022: breaks 5 years, not 3.
    const old = focus({ status: 'repaired', listedOn: '2021-01-01', closedOn: '2022-06-01' });
    expect(evaluate({ ...input, records: [old] }).applied[0].cleanYears).toBe(3);
    // Repaired early 2026: breaks every window.
    const recent = focus({ status: 'repaired', listedOn: '2025-01-01', closedOn: '2026-02-01' });
    expect(evaluate({ ...input, records: [recent] }).outcome).toBe('clear');
  });
});

// ------------------------------------------------------------------ polarity in evaluation

describe('penalty severity and credit grades', () => {
  const penaltyCatalog = catalog([
    measure({ id: 'P-pen', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['administrative-penalty'] }] }),
    I1,
  ]);
  const pen = (severity: 'minor' | 'general' | 'serious') =>
    evaluate({
      subject: subject(),
      records: [record({ listType: 'administrative-penalty', severity, listedOn: '2026-06-01' })],
      catalog: penaltyCatalog,
      scenario: LICENSING,
      on: ON,
    });

  // Our reading of §2 + §4: a minor penalty is not negative and a trigger cannot filter
  // by severity, so a trigger listing administrative-penalty means the negative ones.
  it('a minor penalty does not trigger a punishment listing administrative-penalty, and the subject stays facilitated', () => {
    const d = pen('minor');
    expect(d.outcome).toBe('facilitated');
    expect(ids(d.applied)).toEqual(['I1']);
  });
  it('a general penalty triggers that punishment', () => {
    const d = pen('general');
    expect(d.outcome).toBe('review');
    expect(ids(d.applied)).toEqual(['P-pen']);
  });
  it('a serious penalty triggers that punishment', () => {
    expect(pen('serious').outcome).toBe('review');
  });

  const gradeCatalog = catalog([
    measure({ id: 'I-A', direction: 'incentive', scenarios: ['supervision'], triggers: [{ listTypes: ['credit-rating'], grades: ['A'] }] }),
    measure({ id: 'I-AB', direction: 'incentive', scenarios: ['honors'], triggers: [{ listTypes: ['credit-rating'], grades: ['A', 'B'] }] }),
    measure({ id: 'P-D', direction: 'punishment', scenarios: ['supervision'], triggers: [{ listTypes: ['credit-rating'], grades: ['D'] }] }),
    measure({ id: 'P-any-rating', direction: 'punishment', scenarios: ['fiscal-funds'], triggers: [{ listTypes: ['credit-rating'] }] }),
  ]);
  const graded = (grade: 'A' | 'B' | 'C' | 'D', scenario = 'supervision') =>
    evaluate({
      subject: subject({ historyFrom: '2026-01-01' }), // too short for any clean history
      records: [record({ listType: 'credit-rating', grade, listedOn: '2026-01-01' })],
      catalog: gradeCatalog,
      scenario,
      on: ON,
    });

  it('grade A is positive and triggers an incentive listing grades [A]', () => {
    const d = graded('A');
    expect(d.outcome).toBe('facilitated');
    expect(ids(d.applied)).toEqual(['I-A']);
  });
  it('grade D is negative and triggers a punishment listing grades [D]', () => {
    const d = graded('D');
    expect(d.outcome).toBe('review');
    expect(ids(d.applied)).toEqual(['P-D']);
  });
  it('grade B is neutral: no incentive even where the trigger lists B, no punishment', () => {
    expect(graded('B', 'honors').outcome).toBe('clear');
    expect(graded('B').outcome).toBe('clear');
  });
  it('a grade B does not withhold a clean-history incentive', () => {
    const d = run([record({ listType: 'credit-rating', grade: 'B', listedOn: '2025-01-01' })], LICENSING);
    expect(d.outcome).toBe('facilitated');
  });
  it('a punishment trigger listing credit-rating without grades fires on D only (A, B, C are not negative)', () => {
    expect(graded('D', 'fiscal-funds').outcome).toBe('review');
    expect(graded('C', 'fiscal-funds').outcome).toBe('clear');
    expect(graded('A', 'fiscal-funds').outcome).toBe('clear');
  });
});

// ------------------------------------------------------------------ triggers

describe('triggers', () => {
  const domainCatalog = catalog([
    measure({
      id: 'P-tax',
      direction: 'punishment',
      scenarios: [LICENSING],
      triggers: [{ listTypes: ['focus-list', 'abnormal-operation'], domains: ['tax'] }],
    }),
  ]);
  const withDomain = (domain: string) =>
    evaluate({ subject: subject(), records: [focus({ domain })], catalog: domainCatalog, scenario: LICENSING, on: ON });

  it('a domain filter matches a record of a listed domain', () => {
    expect(withDomain('tax').outcome).toBe('review');
  });
  it('a domain filter does not match a record of another domain', () => {
    expect(withDomain('food-drug').outcome).toBe('clear');
  });

  it('a measure with several triggers applies when any one matches', () => {
    const cat = catalog([
      measure({
        id: 'P-multi',
        direction: 'punishment',
        nature: 'mandatory',
        effect: 'block',
        scenarios: ['bidding'],
        triggers: [{ listTypes: ['severe-dishonesty'] }, { listTypes: ['dishonest-judgment-debtor'], domains: ['judicial'] }],
      }),
    ]);
    const judgment = record({ listType: 'dishonest-judgment-debtor', domain: 'judicial', listedOn: '2025-01-01' });
    const d = evaluate({ subject: subject(), records: [judgment], catalog: cat, scenario: 'bidding', on: ON });
    expect(d.outcome).toBe('restricted');
    expect(d.applied[0].records).toEqual([judgment]);
    const other = record({ listType: 'dishonest-judgment-debtor', domain: 'finance', listedOn: '2025-01-01' });
    expect(evaluate({ subject: subject(), records: [other], catalog: cat, scenario: 'bidding', on: ON }).outcome).toBe('clear');
  });

  it('a record that matches several measures is listed under each', () => {
    const cat = catalog([
      measure({ id: 'P-ban', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: [PROCUREMENT], triggers: [{ listTypes: ['severe-dishonesty'] }] }),
      measure({ id: 'P-inspect', direction: 'punishment', scenarios: [PROCUREMENT, 'supervision'], triggers: [{ listTypes: ['severe-dishonesty', 'focus-list'] }] }),
      measure({ id: 'P-other', direction: 'punishment', scenarios: ['bidding'], triggers: [{ listTypes: ['severe-dishonesty'] }] }),
    ]);
    const s = severe();
    const f = focus();
    const d = evaluate({ subject: subject(), records: [s, f], catalog: cat, scenario: PROCUREMENT, on: ON });
    expect(d.outcome).toBe('restricted');
    expect(ids(d.applied)).toEqual(['P-ban', 'P-inspect']);
    expect(d.applied[0].records).toEqual([s]);
    expect(d.applied[1].records).toEqual([s, f]);
  });

  it('a measure only applies in its own scenarios', () => {
    expect(run([severe()], 'bidding').outcome).toBe('clear');
  });

  it('a recommended block and a mandatory strict-review are review, not restricted', () => {
    const cat = catalog([
      measure({ id: 'P-rb', direction: 'punishment', nature: 'recommended', effect: 'block', scenarios: ['bidding'], triggers: [{ listTypes: ['severe-dishonesty'] }] }),
      measure({ id: 'P-ms', direction: 'punishment', nature: 'mandatory', effect: 'strict-review', scenarios: ['bidding'], triggers: [{ listTypes: ['severe-dishonesty'] }] }),
    ]);
    const d = evaluate({ subject: subject(), records: [severe()], catalog: cat, scenario: 'bidding', on: ON });
    expect(d.outcome).toBe('review');
    expect(ids(d.applied)).toEqual(['P-rb', 'P-ms']);
  });
});

// ------------------------------------------------------------------ scenarios

describe('scenarios', () => {
  it('an unknown scenario (a typo) is unknown/invalid-scenario, listing the known ones', () => {
    const d = run([red()], 'goverment-procurement');
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario', scenario: 'goverment-procurement', applied: [], suspended: [] });
    expect(d.warnings).toEqual([{ code: 'invalid-scenario', data: { scenario: 'goverment-procurement', known: SCENARIOS.join(', ') } }]);
  });
  it('an unknown scenario is never clear for a blacklisted subject; an empty one is unknown too', () => {
    expect(run([severe()], 'goverment-procurement')).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario' });
    expect(run([severe()], '')).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario' });
    expect(run([severe()], 'government-procurement').outcome).toBe('restricted');
  });
  it('a standard scenario no measure names is known: clear, not unknown', () => {
    expect(run([severe()], 'honors')).toMatchObject({ outcome: 'clear', warnings: [] });
  });
  it('the known ones listed include the scenarios the catalog adds', () => {
    const cat = catalog([measure({ id: 'P-land', direction: 'punishment', scenarios: ['land-transfer'], triggers: [{ listTypes: ['severe-dishonesty'] }] })]);
    const d = evaluate({ subject: subject(), records: [], catalog: cat, scenario: 'land-transfr', on: ON });
    expect(d.reason).toBe('invalid-scenario');
    expect(String(d.warnings[0].data?.known)).toMatch(/, land-transfer$/);
  });
  it('a scenario the catalog adds is not unknown, and its measures apply', () => {
    const cat = catalog([
      measure({ id: 'P-land', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: ['land-transfer'], triggers: [{ listTypes: ['severe-dishonesty'] }] }),
    ]);
    const d = evaluate({ subject: subject(), records: [severe()], catalog: cat, scenario: 'land-transfer', on: ON });
    expect(d.warnings).toEqual([]);
    expect(d.outcome).toBe('restricted');
  });
  it('a known scenario without any measure in the catalog is not warned about', () => {
    const d = run([], 'honors');
    expect(d.warnings).toEqual([]);
    expect(d.outcome).toBe('clear');
  });
});

// ------------------------------------------------------------------ the Decision itself

describe('the decision', () => {
  it('carries scenario, on, catalog version, every record, and null asOf / queryId', () => {
    const records = [severe(), red(), focus({ status: 'revoked', closedOn: '2026-04-01' })];
    const d = run(records, PROCUREMENT);
    expect(d).toMatchObject({ scenario: PROCUREMENT, on: ON, catalogVersion: 'worked-11', asOf: null, queryId: null });
    expect(d.records).toEqual(records);
    expect(d.reason).toBeUndefined();
  });

  it('shows an enterprise id as it is', () => {
    const d = run([], LICENSING);
    expect(d.subjectId).toBe(ENTERPRISE_ID);
    expect(d.subject?.id).toBe(ENTERPRISE_ID);
    expect(d.subject?.name).toBe('测试科技有限公司');
  });

  it("masks a person's id in subjectId and in the subject copy, leaving the input untouched", () => {
    const person: Subject = subject({ id: PERSON_ID, kind: 'natural-person', name: '张三' });
    const d = evaluate({ subject: person, records: [], catalog: WORKED_CATALOG, scenario: LICENSING, on: ON });
    expect(d.subjectId).toBe(PERSON_MASK);
    expect(d.subject?.id).toBe(PERSON_MASK);
    expect(JSON.stringify(d)).not.toContain(PERSON_ID);
    expect(person.id).toBe(PERSON_ID);
  });

  it("masks a person's id for an unknown subject (not-found)", () => {
    const d = evaluate({ subject: null, records: [], catalog: WORKED_CATALOG, scenario: LICENSING, on: ON, subjectId: PERSON_ID });
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'not-found', subjectId: PERSON_MASK, subject: null, catalogVersion: 'worked-11' });
    expect(d.applied).toEqual([]);
    expect(d.suspended).toEqual([]);
  });

  it('does not modify its inputs', () => {
    const records = [severe(), red()];
    const s = subject();
    const frozen = JSON.stringify({ records, s, WORKED_CATALOG });
    run(records, PROCUREMENT, { subject: s });
    expect(JSON.stringify({ records, s, WORKED_CATALOG })).toBe(frozen);
  });

  it('is deterministic: the same input gives the same decision', () => {
    const records = [severe({ status: 'objection' }), red(), focus()];
    expect(run(records, LICENSING)).toEqual(run(records, LICENSING));
    expect(run(records, PROCUREMENT)).toEqual(run(records, PROCUREMENT));
  });

  it('gives the same answer for a structurally equal catalog object', () => {
    const copy: Catalog = JSON.parse(JSON.stringify(WORKED_CATALOG));
    const records = [severe()];
    expect(evaluate({ subject: subject(), records, catalog: copy, scenario: PROCUREMENT, on: ON }).outcome).toBe('restricted');
  });

  it('rejects a malformed evaluation date', () => {
    expect(() => run([], LICENSING, { on: '2026-11-31' })).toThrow(RangeError);
    expect(() => run([], LICENSING, { on: '22.11.2026' })).toThrow(RangeError);
  });
});

describe('evaluation date default', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('defaults `on` to today in China Standard Time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-21T16:30:00Z')); // 00:30 on 2026-11-22 in Beijing
    const d = evaluate({ subject: subject(), records: [severe({ listedOn: '2026-11-22' })], catalog: WORKED_CATALOG, scenario: PROCUREMENT });
    expect(d.on).toBe('2026-11-22');
    expect(d.outcome).toBe('restricted');
  });
});

// ------------------------------------------------------------------ unknownDecision

describe('unknownDecision', () => {
  it('builds an unknown decision with the reason and no measures', () => {
    const d = unknownDecision('timeout', { subjectId: ENTERPRISE_ID, scenario: 'bidding', on: ON });
    expect(d).toEqual({
      subjectId: ENTERPRISE_ID,
      subject: null,
      outcome: 'unknown',
      reason: 'timeout',
      applied: [],
      suspended: [],
      records: [],
      warnings: [],
      scenario: 'bidding',
      on: ON,
      asOf: null,
      queryId: null,
      catalogVersion: null,
    });
  });

  it("masks a person's id, in subjectId and in a given subject", () => {
    const person = subject({ id: PERSON_ID, kind: 'natural-person' });
    const d = unknownDecision('purpose-required', { subjectId: PERSON_ID, scenario: LICENSING, on: ON, subject: person });
    expect(d.subjectId).toBe(PERSON_MASK);
    expect(d.subject?.id).toBe(PERSON_MASK);
    expect(JSON.stringify(d)).not.toContain(PERSON_ID);
  });

  it('carries the platform facts it is given', () => {
    const warnings = [{ code: 'suspect-id' as const, data: { expected: 'B' } }];
    const records = [severe()];
    const d = unknownDecision('invalid-response', {
      subjectId: ENTERPRISE_ID,
      scenario: PROCUREMENT,
      on: ON,
      warnings,
      asOf: '2026-11-22T08:00:00+08:00',
      queryId: 'q_1',
      catalogVersion: '2026.1',
      records,
    });
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-response', asOf: '2026-11-22T08:00:00+08:00', queryId: 'q_1', catalogVersion: '2026.1' });
    expect(d.warnings).toEqual(warnings);
    expect(d.records).toEqual(records);
  });

  it('defaults `on` to today in China Standard Time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-31T16:00:00Z'));
    try {
      expect(unknownDecision('network', { subjectId: ENTERPRISE_ID, scenario: 'bidding' }).on).toBe('2027-01-01');
    } finally {
      vi.useRealTimers();
    }
  });
});
