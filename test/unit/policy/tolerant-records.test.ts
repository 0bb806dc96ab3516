/**
 * Records as the contract now writes them (domain.md §2, §4; docs/rules.md §2, §4): only
 * id, listType, title, authority, listedOn and status are required; the defaults for an
 * absent severity, grade and closedOn; the incomplete-record rule; punishments match only
 * negative records, incentives only positive ones.
 */
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { CreditRecord as CreditRecordSchema } from '../../../src/contract/schemas.js';
import { evaluate } from '../../../src/policy/evaluate.js';
import { hasCleanHistory } from '../../../src/policy/clean-history.js';
import { ON, catalog, ids, measure, subject } from './builders.js';

const PROCUREMENT = 'government-procurement';
const LICENSING = 'administrative-licensing';

/** A record with only the required fields. */
function bare(fields: Partial<CreditRecord> & Pick<CreditRecord, 'listType'>): CreditRecord {
  return { id: 'r-bare', title: '记录', authority: '某局', listedOn: '2026-01-05', status: 'active', ...fields };
}

const DOMAIN_BAN = measure({
  id: 'P-dom',
  name: '限制参加政府采购活动',
  direction: 'punishment',
  nature: 'mandatory',
  effect: 'block',
  scenarios: [PROCUREMENT],
  triggers: [{ listTypes: ['administrative-penalty'], domains: ['government-procurement'] }],
});
const DOMAIN_REVIEW = measure({
  id: 'P-tax-review',
  direction: 'punishment',
  scenarios: [PROCUREMENT, LICENSING],
  triggers: [{ listTypes: ['administrative-penalty', 'focus-list'], domains: ['tax'] }],
});
const BAN_ANY = measure({ id: 'P-ban', direction: 'punishment', nature: 'mandatory', effect: 'block', scenarios: [PROCUREMENT], triggers: [{ listTypes: ['severe-dishonesty'] }] });
const INCENTIVE_DOMAIN = measure({ id: 'I-dom', direction: 'incentive', scenarios: [LICENSING], triggers: [{ listTypes: ['red-list'], domains: ['tax'] }] });

const decide = (records: CreditRecord[], scenario: string, measures = [DOMAIN_BAN, DOMAIN_REVIEW, BAN_ANY, INCENTIVE_DOMAIN]) =>
  evaluate({ subject: subject(), records, catalog: catalog(measures), scenario, on: ON });

describe('the record schema: required fields only', () => {
  it('accepts a record with only id, listType, title, authority, listedOn and status', () => {
    expect(CreditRecordSchema.safeParse(bare({ listType: 'focus-list' })).success).toBe(true);
  });

  it.each(['id', 'listType', 'title', 'authority', 'listedOn', 'status'] as const)('refuses a record without %s', (field) => {
    const r: Record<string, unknown> = { ...bare({ listType: 'focus-list' }) };
    delete r[field];
    expect(CreditRecordSchema.safeParse(r).success).toBe(false);
  });

  it('accepts null for the optional fields (platforms send null as often as they omit a key)', () => {
    const r = { ...bare({ listType: 'administrative-penalty' }), domain: null, severity: null, grade: null, closedOn: null, validUntil: null, repairableFrom: null };
    expect(CreditRecordSchema.safeParse(r).success).toBe(true);
  });
});

describe('defaults for absent fields (§2)', () => {
  it('an administrative penalty without severity counts as negative: it triggers a punishment and withholds incentives', () => {
    const p = bare({ listType: 'administrative-penalty', domain: 'government-procurement' });
    expect(decide([p], PROCUREMENT)).toMatchObject({ outcome: 'restricted' });
    // With severity minor it is not negative.
    expect(decide([{ ...p, severity: 'minor' }], PROCUREMENT).outcome).toBe('clear');
  });

  it('a credit rating without grade is neutral: no punishment, no incentive, no incomplete record', () => {
    const cat = [
      measure({ id: 'P-rating', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['credit-rating'], grades: ['D'] }] }),
      measure({ id: 'I-rating', direction: 'incentive', scenarios: [LICENSING], triggers: [{ listTypes: ['credit-rating'] }] }),
    ];
    const d = decide([bare({ listType: 'credit-rating' })], LICENSING, cat);
    expect(d.outcome).toBe('clear');
    expect(d.applied).toEqual([]);
    expect(d.warnings).toEqual([]);
  });

  it('a closed record without closedOn ends at validUntil', () => {
    const s = subject();
    // Repaired, no closedOn, validUntil 2023-11-22: ends on the day before the 3-year window of 2026-11-22.
    const r = bare({ listType: 'focus-list', status: 'repaired', listedOn: '2022-01-01', validUntil: '2023-11-22' });
    expect(hasCleanHistory(s, [r], 3, ON)).toBe(true);
    expect(hasCleanHistory(s, [{ ...r, validUntil: '2023-11-23' }], 3, ON)).toBe(false);
  });

  it('a closed record without closedOn or validUntil counts as if in force up to `on` (no clean history)', () => {
    const r = bare({ listType: 'focus-list', status: 'expired', listedOn: '2012-01-01' });
    expect(hasCleanHistory(subject(), [r], 3, ON)).toBe(false);
    const cat = [measure({ id: 'I-clean', direction: 'incentive', scenarios: [LICENSING], triggers: [{ cleanYears: 3 }] })];
    expect(decide([r], LICENSING, cat).outcome).toBe('clear');
    expect(decide([], LICENSING, cat).outcome).toBe('facilitated');
    // It is not in force (status closed): no punishment.
    const p2 = [measure({ id: 'P2', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['focus-list'] }] })];
    expect(decide([r], LICENSING, p2).outcome).toBe('clear');
  });
});

describe('incomplete records (§4)', () => {
  it('a negative in-force record of the list type without domain, under a domain filter → unknown/incomplete-record naming record and measure', () => {
    const d = decide([bare({ id: 'r-41', listType: 'focus-list' })], LICENSING);
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'incomplete-record', applied: [], suspended: [] });
    expect(d.warnings).toEqual([{ code: 'incomplete-record', data: { recordId: 'r-41', measureId: 'P-tax-review', measure: 'P-tax-review' } }]);
    expect(d.records.map((r) => r.id)).toEqual(['r-41']);
  });

  it('names every undecidable pair (two measures filtering on domains)', () => {
    const d = decide([bare({ id: 'r-7', listType: 'administrative-penalty' })], PROCUREMENT);
    // P-dom (block) cannot be decided either, so nothing is applied: unknown.
    expect(d.reason).toBe('incomplete-record');
    expect(d.warnings.map((w) => w.data?.measureId)).toEqual(['P-dom', 'P-tax-review']);
  });

  it('restricted anyway stands, with the incomplete-record warning', () => {
    const d = decide([bare({ id: 'r-sd', listType: 'severe-dishonesty', domain: 'judicial' }), bare({ id: 'r-nd', listType: 'administrative-penalty' })], PROCUREMENT);
    expect(d.outcome).toBe('restricted');
    expect(ids(d.applied)).toEqual(['P-ban']);
    expect(d.warnings).toEqual([
      { code: 'incomplete-record', data: { recordId: 'r-nd', measureId: 'P-dom', measure: '限制参加政府采购活动' } },
      { code: 'incomplete-record', data: { recordId: 'r-nd', measureId: 'P-tax-review', measure: 'P-tax-review' } },
    ]);
  });

  it('a record under objection is in force: still incomplete', () => {
    expect(decide([bare({ listType: 'focus-list', status: 'objection' })], LICENSING).reason).toBe('incomplete-record');
  });

  it('is not incomplete: a record with its domain, one not in force, one not negative, one of another list type, a measure without domain filter', () => {
    expect(decide([bare({ listType: 'focus-list', domain: 'food-drug' })], LICENSING).outcome).toBe('clear');
    expect(decide([bare({ listType: 'focus-list', validUntil: '2026-11-21' })], LICENSING).outcome).toBe('clear');
    expect(decide([bare({ listType: 'administrative-penalty', severity: 'minor' })], LICENSING).outcome).toBe('clear');
    expect(decide([bare({ listType: 'abnormal-operation' })], LICENSING).outcome).toBe('clear');
    expect(decide([bare({ listType: 'severe-dishonesty' })], PROCUREMENT).outcome).toBe('restricted');
  });

  it('an incentive whose trigger filters on domains simply does not match a record without one', () => {
    const d = decide([bare({ listType: 'red-list' })], LICENSING, [INCENTIVE_DOMAIN]);
    expect(d).toMatchObject({ outcome: 'clear', warnings: [] });
    expect(decide([bare({ listType: 'red-list', domain: 'tax' })], LICENSING, [INCENTIVE_DOMAIN]).outcome).toBe('facilitated');
  });
});

describe('polarity decides which direction a record can trigger (§4)', () => {
  it('a punishment naming red-list never matches it; an incentive naming a negative list never matches it', () => {
    const odd = [
      measure({ id: 'P-red', direction: 'punishment', scenarios: [LICENSING], triggers: [{ listTypes: ['red-list', 'credit-rating'] }] }),
      measure({ id: 'I-neg', direction: 'incentive', scenarios: [LICENSING], triggers: [{ listTypes: ['focus-list', 'credit-rating'] }] }),
    ];
    expect(decide([bare({ listType: 'red-list' })], LICENSING, odd)).toMatchObject({ outcome: 'clear', applied: [] });
    expect(decide([bare({ listType: 'focus-list' })], LICENSING, odd)).toMatchObject({ outcome: 'clear', applied: [] });
    expect(decide([bare({ listType: 'credit-rating', grade: 'B' })], LICENSING, odd).outcome).toBe('clear');
    expect(decide([bare({ listType: 'credit-rating', grade: 'A' })], LICENSING, odd).outcome).toBe('facilitated');
    expect(decide([bare({ listType: 'credit-rating', grade: 'D' })], LICENSING, odd).outcome).toBe('review');
  });
});
