/**
 * Small builders for policy tests: records, subjects, measures and the catalog of
 * domain.md §11 (P1, P2, I1). Defaults are the §11 ones (historyFrom 2010-01-01).
 */
import type { Catalog, CreditRecord, Measure, Subject, Trigger } from '../../../src/contract/index.js';

/** The evaluation date of domain.md §11. */
export const ON = '2026-11-22';

/** An enterprise USCC (check character valid or not does not matter to the engine). */
export const ENTERPRISE_ID = '91350100M000100Y43';

let seq = 0;
export function record(fields: Partial<CreditRecord> & Pick<CreditRecord, 'listType'>): CreditRecord {
  seq += 1;
  return {
    id: `r${seq}`,
    domain: 'government-procurement',
    title: `record ${seq}`,
    authority: 'test authority',
    listedOn: '2026-01-05',
    status: 'active',
    ...fields,
  };
}

export function subject(fields: Partial<Subject> = {}): Subject {
  return {
    id: ENTERPRISE_ID,
    name: '测试科技有限公司',
    kind: 'enterprise',
    historyFrom: '2010-01-01',
    ...fields,
  };
}

export function measure(
  fields: Partial<Measure> & Pick<Measure, 'id' | 'direction' | 'scenarios'> & { triggers: Trigger[] },
): Measure {
  return {
    name: fields.id,
    nature: 'recommended',
    effect: fields.direction === 'punishment' ? 'strict-review' : 'facilitate',
    basis: ['test basis'],
    ...fields,
  };
}

export function catalog(measures: Measure[], version = 'test-1'): Catalog {
  return { version, effectiveOn: '2026-01-01', measures };
}

/** P1, P2, I1 exactly as domain.md §11 defines them. */
export const P1 = measure({
  id: 'P1',
  direction: 'punishment',
  nature: 'mandatory',
  effect: 'block',
  scenarios: ['government-procurement'],
  triggers: [{ listTypes: ['severe-dishonesty'] }],
});
export const P2 = measure({
  id: 'P2',
  direction: 'punishment',
  nature: 'recommended',
  effect: 'strict-review',
  scenarios: ['administrative-licensing'],
  triggers: [{ listTypes: ['focus-list'] }],
});
export const I1 = measure({
  id: 'I1',
  direction: 'incentive',
  nature: 'recommended',
  effect: 'facilitate',
  scenarios: ['administrative-licensing'],
  triggers: [{ listTypes: ['red-list'] }, { cleanYears: 3 }],
});
export const WORKED_CATALOG = catalog([P1, P2, I1], 'worked-11');

export const ids = (hits: { measure: Measure }[]): string[] => hits.map((h) => h.measure.id);
