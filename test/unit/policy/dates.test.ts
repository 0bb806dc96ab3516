import { describe, expect, it } from 'vitest';
import {
  addDays,
  isIsoDate,
  isLeapYear,
  minusDays,
  minusYears,
  todayInChina,
} from '../../../src/policy/dates.js';

describe('todayInChina', () => {
  it('is already the next day in China at 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });
  it('is still the same day in China at 15:59:59 UTC', () => {
    expect(todayInChina(new Date('2026-11-21T15:59:59.999Z'))).toBe('2026-11-21');
  });
  it('crosses a year boundary by the UTC+8 clock', () => {
    expect(todayInChina(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
  it('reads an instant given with another offset as the same instant', () => {
    expect(todayInChina(new Date('2026-11-22T01:00:00+09:00'))).toBe('2026-11-22');
  });
});

describe('minusYears', () => {
  it('subtracts calendar years', () => {
    expect(minusYears('2026-11-22', 3)).toBe('2023-11-22');
  });
  it('turns 29 February into 28 February in a non-leap year (2028-02-29 − 3 years)', () => {
    expect(minusYears('2028-02-29', 3)).toBe('2025-02-28');
  });
  it('keeps 29 February when the target year is a leap year (2028-02-29 − 4 years)', () => {
    expect(minusYears('2028-02-29', 4)).toBe('2024-02-29');
  });
  it('keeps 28 February as it is (2027-02-28 − 3 years = 2024-02-28, not the 29th)', () => {
    expect(minusYears('2027-02-28', 3)).toBe('2024-02-28');
  });
  it('adds years for a negative count', () => {
    expect(minusYears('2024-02-29', -1)).toBe('2025-02-28');
  });
  it('rejects a malformed date', () => {
    expect(() => minusYears('2026/11/22', 3)).toThrow(RangeError);
  });
});

describe('addDays / minusDays', () => {
  it('crosses a month end', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });
  it('crosses a year end backwards', () => {
    expect(minusDays('2027-01-01', 1)).toBe('2026-12-31');
  });
  it('knows 29 February of a leap year', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
  it('handles many days at once', () => {
    expect(addDays('2026-11-22', 365)).toBe('2027-11-22');
    expect(addDays('2026-11-22', -366)).toBe('2025-11-21');
  });
  it('leaves a date alone for zero days', () => {
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
  });
});

describe('isIsoDate / isLeapYear', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(20261122)).toBe(false);
  });
  it('follows the Gregorian leap-year rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
  });
});
