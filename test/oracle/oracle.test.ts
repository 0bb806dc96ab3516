/**
 * The oracle itself is held to the rules' own worked examples (docs/rules.md §11) and to
 * the calendar facts of §6, so that a comparison with it means something.
 */
import { describe, expect, it } from 'vitest';
import { compareDates, decide, nextDay, yearsBefore, type OracleMeasure, type OracleRecord } from './rules.js';

const ON = '2026-11-22';
const P1: OracleMeasure = { id: 'P1', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: ['government-procurement'], triggers: [{ listTypes: ['severe-dishonesty'] }] };
const P2: OracleMeasure = { id: 'P2', direction: 'punishment', nature: 'recommended', effect: 'strict-review', scenarios: ['administrative-licensing'], triggers: [{ listTypes: ['focus-list'] }] };
const I1: OracleMeasure = { id: 'I1', direction: 'incentive', nature: 'recommended', effect: 'facilitate', scenarios: ['administrative-licensing'], triggers: [{ listTypes: ['red-list'] }, { cleanYears: 3 }] };
const CATALOG = [P1, P2, I1];
const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

const r = (fields: Partial<OracleRecord> & Pick<OracleRecord, 'listType'>): OracleRecord => ({ id: fields.listType, domain: 'tax', listedOn: '2026-01-05', status: 'active', ...fields });
const run = (records: OracleRecord[], scenario: string, historyFrom = '2010-01-01') => decide({ subject: { historyFrom }, records, measures: CATALOG, scenario, on: ON });
const severe = r({ listType: 'severe-dishonesty', validUntil: '2027-01-04' });

describe('oracle: the calendar', () => {
  it('walks across month ends, year ends and 29 February', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(nextDay('2100-02-28')).toBe('2100-03-01');
    expect(nextDay('2000-02-28')).toBe('2000-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2026-04-30')).toBe('2026-05-01');
  });
  it('subtracts calendar years; 29 February becomes 28 February', () => {
    expect(yearsBefore('2026-11-22', 3)).toBe('2023-11-22');
    expect(yearsBefore('2028-02-29', 3)).toBe('2025-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });
  it('orders dates', () => {
    expect(compareDates('2026-11-22', '2026-11-23')).toBeLessThan(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(compareDates('2026-11-22', '2026-11-22')).toBe(0);
  });
});

describe('oracle: the worked examples of §11', () => {
  it('severe-dishonesty active, procurement → restricted (P1 applied)', () => {
    const a = run([severe], PROCUREMENT);
    expect(a.outcome).toBe('restricted');
    expect(a.applied).toEqual([{ measure: 'P1', records: ['severe-dishonesty'] }]);
  });
  it('the same under objection → review (P1 suspended)', () => {
    const a = run([{ ...severe, status: 'objection' }], PROCUREMENT);
    expect(a.outcome).toBe('review');
    expect(a.suspended).toEqual([{ measure: 'P1', records: ['severe-dishonesty'] }]);
  });
  it('active but valid until 2026-11-21 → clear (dates win)', () => {
    expect(run([{ ...severe, validUntil: '2026-11-21' }], PROCUREMENT).outcome).toBe('clear');
  });
  it('the same under licensing → clear (no measure; not clean either)', () => {
    expect(run([{ ...severe, validUntil: '2026-11-21' }], LICENSING).outcome).toBe('clear');
  });
  it('no records, licensing → facilitated by clean history; history from 2024-06-01 → clear', () => {
    expect(run([], LICENSING).outcome).toBe('facilitated');
    expect(run([], LICENSING, '2024-06-01').outcome).toBe('clear');
  });
  it('red-list + focus-list → review, incentives withheld', () => {
    const a = run([r({ listType: 'red-list' }), r({ listType: 'focus-list' })], LICENSING);
    expect(a.outcome).toBe('review');
    expect(a.applied.map((h) => h.measure)).toEqual(['P2']);
  });
  it('revoked focus-list → facilitated', () => {
    expect(run([r({ listType: 'focus-list', status: 'revoked', listedOn: '2025-03-01', closedOn: '2025-04-01' })], LICENSING).outcome).toBe('facilitated');
  });
  it('repaired focus-list closed 2023-11-24 → clear, closed 2023-11-23 → facilitated', () => {
    expect(run([r({ listType: 'focus-list', status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-24' })], LICENSING).outcome).toBe('clear');
    expect(run([r({ listType: 'focus-list', status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-23' })], LICENSING).outcome).toBe('facilitated');
  });
  it('minor administrative penalty → facilitated', () => {
    expect(run([r({ listType: 'administrative-penalty', severity: 'minor' })], LICENSING).outcome).toBe('facilitated');
  });
  it('found: false → unknown, not-found', () => {
    expect(decide({ subject: null, records: [], measures: CATALOG, scenario: LICENSING, on: ON })).toMatchObject({ outcome: 'unknown', reason: 'not-found' });
  });
});

describe('oracle: the rules beyond §11', () => {
  const TAX: OracleMeasure = { id: 'P-tax', direction: 'punishment', nature: 'recommended', effect: 'strict-review', scenarios: [LICENSING], triggers: [{ listTypes: ['administrative-penalty'], domains: ['tax'] }] };
  const BAN: OracleMeasure = { ...P1, scenarios: [LICENSING] };
  const penalty = { id: 'pen', listType: 'administrative-penalty', listedOn: '2026-01-05', status: 'active' } as OracleRecord;
  it('a negative record without a domain under a domains filter → unknown, incomplete-record, naming both', () => {
    const a = decide({ subject: { historyFrom: '2010-01-01' }, records: [penalty], measures: [TAX], scenario: LICENSING, on: ON });
    expect(a).toMatchObject({ outcome: 'unknown', reason: 'incomplete-record', incomplete: [{ record: 'pen', measure: 'P-tax' }] });
  });
  it('… unless restricted anyway', () => {
    const a = decide({ subject: { historyFrom: '2010-01-01' }, records: [penalty, r({ listType: 'severe-dishonesty' })], measures: [TAX, BAN], scenario: LICENSING, on: ON });
    expect(a.outcome).toBe('restricted');
    expect(a.incomplete).toEqual([{ record: 'pen', measure: 'P-tax' }]);
  });
  it('absent severity counts as negative, absent grade as neutral', () => {
    const rating = { id: 'cr', listType: 'credit-rating', listedOn: '2026-01-05', status: 'active' } as OracleRecord;
    expect(run([penalty], LICENSING).outcome).toBe('clear'); // negative in force: no I1
    expect(run([rating], LICENSING).outcome).toBe('facilitated');
  });
  it('a punishment naming grade C does not match a (neutral) C rating', () => {
    const C: OracleMeasure = { id: 'P-C', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: [LICENSING], triggers: [{ listTypes: ['credit-rating'], grades: ['C'] }] };
    expect(decide({ subject: { historyFrom: null }, records: [r({ listType: 'credit-rating', grade: 'C' })], measures: [C], scenario: LICENSING, on: ON }).outcome).toBe('clear');
  });
  it('no scenario, a misspelt one, or a custom one the catalog does not name → unknown, invalid-scenario; a custom one it names is known', () => {
    for (const scenario of [undefined, '', 'goverment-procurement', 'market-access']) {
      expect(decide({ subject: {}, records: [], measures: CATALOG, scenario, on: ON }).reason).toBe('invalid-scenario');
    }
    const custom = { ...P2, scenarios: ['market-access'] };
    expect(decide({ subject: {}, records: [], measures: [custom], scenario: 'market-access', on: ON }).outcome).toBe('clear');
  });
});
