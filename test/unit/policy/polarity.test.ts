import { describe, expect, it } from 'vitest';
import { LIST_TYPES } from '../../../src/contract/index.js';
import { polarityOf } from '../../../src/policy/polarity.js';
import { record } from './builders.js';

describe('polarityOf (domain.md §2)', () => {
  it('red-list is positive', () => {
    expect(polarityOf(record({ listType: 'red-list' }))).toBe('positive');
  });
  it('credit-rating A is positive', () => {
    expect(polarityOf(record({ listType: 'credit-rating', grade: 'A' }))).toBe('positive');
  });
  it('credit-rating D is negative', () => {
    expect(polarityOf(record({ listType: 'credit-rating', grade: 'D' }))).toBe('negative');
  });
  it('credit-rating B and C are neutral', () => {
    expect(polarityOf(record({ listType: 'credit-rating', grade: 'B' }))).toBe('neutral');
    expect(polarityOf(record({ listType: 'credit-rating', grade: 'C' }))).toBe('neutral');
  });
  it('a credit-rating without a grade is neutral', () => {
    expect(polarityOf(record({ listType: 'credit-rating' }))).toBe('neutral');
  });
  it('a minor administrative penalty is not negative', () => {
    expect(polarityOf(record({ listType: 'administrative-penalty', severity: 'minor' }))).toBe('neutral');
  });
  it('general and serious administrative penalties are negative, and so is one without severity', () => {
    expect(polarityOf(record({ listType: 'administrative-penalty', severity: 'general' }))).toBe('negative');
    expect(polarityOf(record({ listType: 'administrative-penalty', severity: 'serious' }))).toBe('negative');
    expect(polarityOf(record({ listType: 'administrative-penalty' }))).toBe('negative');
  });
  it.each(
    LIST_TYPES.filter((t) => t !== 'red-list' && t !== 'credit-rating' && t !== 'administrative-penalty'),
  )('%s is negative', (listType) => {
    expect(polarityOf(record({ listType }))).toBe('negative');
  });
});
