/**
 * domain.md §1 / rules §1, §16: any person id in a record's `responsiblePersons` is masked in
 * the decision, whatever the platform sent in `idMasked` (a full number included) — in the
 * decision's records and in the records behind its measures alike.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/policy/evaluate.js';
import { ON, record, subject, WORKED_CATALOG } from './builders.js';

const PERSON_ID = '11010519491231002X';
const PERSON_MASK = '110105********002X';

const severeWith = (idMasked: string | null) =>
  record({
    listType: 'severe-dishonesty',
    listedOn: '2026-01-05',
    validUntil: '2027-01-04',
    responsiblePersons: [{ name: '张三', role: '法定代表人', idMasked }, { name: '李四' }],
  });

describe('responsible persons in a decision: ids masked (rules §1, §16)', () => {
  it('a full number the platform sent as idMasked is masked in records and in the applied measure', () => {
    const d = evaluate({ subject: subject(), records: [severeWith(PERSON_ID)], catalog: WORKED_CATALOG, scenario: 'government-procurement', on: ON });
    expect(d.outcome).toBe('restricted');
    expect(d.records[0].responsiblePersons![0].idMasked).toBe(PERSON_MASK);
    expect(d.applied[0].records[0].responsiblePersons![0].idMasked).toBe(PERSON_MASK);
    expect(JSON.stringify(d)).not.toContain(PERSON_ID);
    // Names, roles and persons without an id are kept as sent.
    expect(d.records[0].responsiblePersons![1]).toEqual({ name: '李四' });
  });

  it('an already masked id and a missing one are left as they are (the record is the same object)', () => {
    const masked = severeWith(PERSON_MASK);
    const none = severeWith(null);
    const d = evaluate({ subject: subject(), records: [masked, none], catalog: WORKED_CATALOG, scenario: 'government-procurement', on: ON });
    expect(d.records[0]).toBe(masked);
    expect(d.records[1]).toBe(none);
  });

  it('an unknown scenario (unknown decision with records) masks them too', () => {
    const d = evaluate({ subject: subject(), records: [severeWith(PERSON_ID)], catalog: WORKED_CATALOG, scenario: 'goverment-procurement', on: ON });
    expect(d.outcome).toBe('unknown');
    expect(JSON.stringify(d)).not.toContain(PERSON_ID);
  });
});
