/**
 * Whether a record speaks for or against its subject (domain.md §2, "List types and
 * their polarity").
 */
import type { CreditRecord } from '../contract/index.js';

export const POLARITIES = ['positive', 'negative', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * - `red-list`: positive;
 * - `credit-rating`: positive for grade `A`, negative for `D`, neutral otherwise
 *   (B, C, or no grade);
 * - `administrative-penalty`: negative unless its severity is `minor`;
 * - every other list type: negative.
 */
export function polarityOf(record: Pick<CreditRecord, 'listType' | 'grade' | 'severity'>): Polarity {
  switch (record.listType) {
    case 'red-list':
      return 'positive';
    case 'credit-rating':
      return record.grade === 'A' ? 'positive' : record.grade === 'D' ? 'negative' : 'neutral';
    case 'administrative-penalty':
      return record.severity === 'minor' ? 'neutral' : 'negative';
    default:
      return 'negative';
  }
}

export function isNegative(record: Pick<CreditRecord, 'listType' | 'grade' | 'severity'>): boolean {
  return polarityOf(record) === 'negative';
}

export function isPositive(record: Pick<CreditRecord, 'listType' | 'grade' | 'severity'>): boolean {
  return polarityOf(record) === 'positive';
}
