import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { GRADES, LIST_TYPES, RECORD_STATUSES, SEVERITIES } from '../../../src/contract/index.js';
import { cleanWindow, hasCleanHistory } from '../../../src/policy/clean-history.js';
import { ON, record, subject } from './builders.js';

const S = subject();
const focus = (fields: Partial<CreditRecord>) => record({ listType: 'focus-list', ...fields });
const clean = (records: CreditRecord[], on = ON, years = 3, historyFrom: string | null = '2010-01-01') =>
  hasCleanHistory(subject({ historyFrom }), records, years, on);

describe('cleanWindow', () => {
  it('on 2026-11-22 with N = 3 is (2023-11-22, 2026-11-22]', () => {
    expect(cleanWindow(3, ON)).toEqual({ from: '2023-11-22', first: '2023-11-23', on: ON });
  });
  it('on 2028-02-29 with N = 3 starts after 2025-02-28', () => {
    expect(cleanWindow(3, '2028-02-29')).toEqual({ from: '2025-02-28', first: '2025-03-01', on: '2028-02-29' });
  });
});

describe('hasCleanHistory (domain.md §6)', () => {
  it('holds with no records and a long enough history', () => {
    expect(hasCleanHistory(S, [], 3, ON)).toBe(true);
  });

  describe('historyFrom', () => {
    it('absent means unknown, so no clean history', () => {
      expect(clean([], ON, 3, null)).toBe(false);
      const { historyFrom: _, ...withoutKey } = S;
      expect(hasCleanHistory(withoutKey, [], 3, ON)).toBe(false);
    });
    it('exactly on − N years is enough', () => {
      expect(clean([], ON, 3, '2023-11-22')).toBe(true);
    });
    it('one day later than on − N years is too recent', () => {
      expect(clean([], ON, 3, '2023-11-23')).toBe(false);
    });
    it('much too recent (2024-06-01 for 3 years on 2026-11-22) is not enough', () => {
      expect(clean([], ON, 3, '2024-06-01')).toBe(false);
    });
  });

  describe('window edges (on 2026-11-22, N = 3: window (2023-11-22, 2026-11-22])', () => {
    it('an expired record whose validUntil is 2023-11-22 ends outside the window', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2022-01-01', validUntil: '2023-11-22', closedOn: '2023-11-23' })])).toBe(true);
    });
    it('an expired record whose validUntil is 2023-11-23 ends inside the window', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2022-01-01', validUntil: '2023-11-23', closedOn: '2023-11-24' })])).toBe(false);
    });
    it('a repaired record closed on 2023-11-23 was last in force 2023-11-22: outside', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-23' })])).toBe(true);
    });
    it('a repaired record closed on 2023-11-24 was last in force 2023-11-23: inside', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2022-01-01', closedOn: '2023-11-24' })])).toBe(false);
    });
    it('an expired record closed on 2023-11-23 (no validUntil) is outside, closed 2023-11-24 inside', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2022-01-01', closedOn: '2023-11-23' })])).toBe(true);
      expect(clean([focus({ status: 'expired', listedOn: '2022-01-01', closedOn: '2023-11-24' })])).toBe(false);
    });
    it('a record listed on `on` itself breaks the clean history', () => {
      expect(clean([focus({ listedOn: ON })])).toBe(false);
    });
    it('a record listed after `on` does not (yet) count', () => {
      expect(clean([focus({ listedOn: '2026-11-23' })])).toBe(true);
    });
  });

  describe('status', () => {
    it('a revoked record never counts, even inside the window', () => {
      expect(clean([focus({ status: 'revoked', listedOn: '2025-03-01', closedOn: '2025-04-01' })])).toBe(true);
    });
    it('a repaired record counts for the days it was in force', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2025-03-01', closedOn: '2025-04-01' })])).toBe(false);
    });
    it('an expired record counts for the days it was in force', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2024-01-01', validUntil: '2024-12-31', closedOn: '2025-01-01' })])).toBe(false);
    });
    it('an active record and a record under objection count', () => {
      expect(clean([focus({ status: 'active', listedOn: '2020-01-01' })])).toBe(false);
      expect(clean([focus({ status: 'objection', listedOn: '2020-01-01' })])).toBe(false);
    });
    it('an active record whose validUntil passed before the window does not count (dates win)', () => {
      expect(clean([focus({ status: 'active', listedOn: '2020-01-01', validUntil: '2023-01-01' })])).toBe(true);
    });
  });

  describe('the end of an interval is the earliest of validUntil, closedOn − 1 day and on', () => {
    it('validUntil before the window wins over a later closedOn', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2022-01-01', validUntil: '2023-11-22', closedOn: '2025-06-01' })])).toBe(true);
    });
    it('closedOn before the window wins over a later validUntil', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2022-01-01', validUntil: '2027-12-31', closedOn: '2023-11-23' })])).toBe(true);
    });
    it('with both inside the window the record counts', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2022-01-01', validUntil: '2025-12-31', closedOn: '2024-06-01' })])).toBe(false);
    });
    it('a record closed on the day it was listed was never in force', () => {
      expect(clean([focus({ status: 'repaired', listedOn: '2025-01-01', closedOn: '2025-01-01' })])).toBe(true);
    });
  });

  describe('polarity', () => {
    it('a minor administrative penalty does not break a clean history', () => {
      expect(clean([record({ listType: 'administrative-penalty', severity: 'minor', listedOn: '2026-01-01' })])).toBe(true);
    });
    it('a general administrative penalty does', () => {
      expect(clean([record({ listType: 'administrative-penalty', severity: 'general', listedOn: '2026-01-01' })])).toBe(false);
    });
    it('credit ratings B and A do not, D does', () => {
      expect(clean([record({ listType: 'credit-rating', grade: 'B', listedOn: '2026-01-01' })])).toBe(true);
      expect(clean([record({ listType: 'credit-rating', grade: 'A', listedOn: '2026-01-01' })])).toBe(true);
      expect(clean([record({ listType: 'credit-rating', grade: 'D', listedOn: '2026-01-01' })])).toBe(false);
    });
    it('a red-list record does not', () => {
      expect(clean([record({ listType: 'red-list', listedOn: '2026-01-01' })])).toBe(true);
    });
  });

  describe('29 February', () => {
    const on = '2028-02-29';
    it('on 2028-02-29 with N = 3 a record ending 2025-02-28 is outside the window', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2024-01-01', validUntil: '2025-02-28' })], on)).toBe(true);
    });
    it('on 2028-02-29 with N = 3 a record ending 2025-03-01 is inside the window', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2024-01-01', validUntil: '2025-03-01' })], on)).toBe(false);
    });
    it('on 2028-02-29 with N = 3 historyFrom 2025-02-28 is enough, 2025-03-01 is not', () => {
      expect(clean([], on, 3, '2025-02-28')).toBe(true);
      expect(clean([], on, 3, '2025-03-01')).toBe(false);
    });
    it('on 2027-02-28 with N = 3, historyFrom 2024-02-29 is one day too recent (on − 3 years = 2024-02-28)', () => {
      expect(clean([], '2027-02-28', 3, '2024-02-29')).toBe(false);
      expect(clean([], '2027-02-28', 3, '2024-02-28')).toBe(true);
    });
    it('on 2027-02-28 with N = 3 a record ending 2024-02-28 is outside, one ending 2024-02-29 inside', () => {
      expect(clean([focus({ status: 'expired', listedOn: '2023-01-01', validUntil: '2024-02-28' })], '2027-02-28')).toBe(true);
      expect(clean([focus({ status: 'expired', listedOn: '2023-01-01', validUntil: '2024-02-29' })], '2027-02-28')).toBe(false);
    });
  });
});

// ------------------------------------------------------------------ property test

/** Days since 1970-01-01 → YYYY-MM-DD, via Date (independent of the engine's arithmetic). */
const dayToIso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const isoToDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** on − N years by Date: the same month and day N years earlier; 29 Feb → 28 Feb. */
function referenceMinusYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y - years, m - 1, d);
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0); // rolled over into March: back to the end of February
  return t.toISOString().slice(0, 10);
}

/** Straight from the words of §6: walk every day of the window and ask if a negative record was in force. */
function referenceClean(historyFrom: string | null, records: CreditRecord[], years: number, on: string): boolean {
  if (historyFrom == null) return false;
  const from = referenceMinusYears(on, years);
  if (isoToDay(historyFrom) > isoToDay(from)) return false;
  const negative = (r: CreditRecord) =>
    r.listType === 'red-list'
      ? false
      : r.listType === 'credit-rating'
        ? r.grade === 'D'
        : r.listType === 'administrative-penalty'
          ? r.severity !== 'minor'
          : true;
  for (let day = isoToDay(from) + 1; day <= isoToDay(on); day++) {
    for (const r of records) {
      if (r.status === 'revoked' || !negative(r)) continue;
      const inForce =
        isoToDay(r.listedOn) <= day &&
        (r.validUntil == null || day <= isoToDay(r.validUntil)) &&
        (r.closedOn == null || day < isoToDay(r.closedOn));
      if (inForce) return false;
    }
  }
  return true;
}

const BASE = isoToDay('2020-01-01');
const SPAN = isoToDay('2030-12-31') - BASE;
const date = fc.integer({ min: 0, max: SPAN }).map((d) => dayToIso(BASE + d));
const optionalDate = fc.option(date, { nil: undefined });
const anyRecord = fc
  .record({
    listType: fc.constantFrom(...LIST_TYPES),
    status: fc.constantFrom(...RECORD_STATUSES),
    listedOn: date,
    validUntil: optionalDate,
    closedOn: optionalDate,
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
  })
  .map((fields) => record(fields));
// Evaluation dates around the leap days of 2024 and 2028 are drawn more often.
const evaluationDate = fc.oneof(
  date,
  fc.constantFrom('2027-02-28', '2028-02-29', '2028-03-01', '2029-02-28', '2026-11-22'),
);

describe('hasCleanHistory property', () => {
  it('agrees with a day-by-day walk over the window for random records and dates', () => {
    fc.assert(
      fc.property(
        fc.array(anyRecord, { maxLength: 6 }),
        evaluationDate,
        fc.integer({ min: 1, max: 5 }),
        fc.option(date, { nil: null }),
        (records, on, years, historyFrom) => {
          expect(hasCleanHistory(subject({ historyFrom }), records, years, on)).toBe(
            referenceClean(historyFrom, records, years, on),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with the day-by-day walk for a single record near the window start', () => {
    // Interval ends within a few days of on − N years, where off-by-one mistakes live.
    fc.assert(
      fc.property(
        evaluationDate,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('active', 'objection', 'repaired', 'expired', 'revoked') as fc.Arbitrary<CreditRecord['status']>,
        fc.boolean(),
        fc.integer({ min: -3, max: 3 }),
        (on, years, status, viaClosedOn, shift) => {
          const edge = referenceMinusYears(on, years);
          const end = dayToIso(isoToDay(edge) + shift);
          const r = focus({
            status,
            listedOn: dayToIso(isoToDay(edge) - 400),
            ...(viaClosedOn ? { closedOn: end } : { validUntil: end }),
          });
          const historyFrom = dayToIso(isoToDay(edge) - 1000);
          expect(hasCleanHistory(subject({ historyFrom }), [r], years, on)).toBe(
            referenceClean(historyFrom, [r], years, on),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
