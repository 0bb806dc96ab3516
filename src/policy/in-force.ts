/**
 * When a record is in force (domain.md §3).
 *
 * `on` and the record's dates are `YYYY-MM-DD` strings, compared as strings.
 */
import type { CreditRecord } from '../contract/index.js';

type Dated = Pick<CreditRecord, 'status' | 'listedOn' | 'validUntil'>;

/**
 * In force on `on`: status `active` or `objection`, `listedOn ≤ on`, and `validUntil`
 * absent or `on ≤ validUntil`. The dates win over a stale `active` status.
 */
export function isInForce(record: Dated, on: string): boolean {
  const status = record.status;
  if (status !== 'active' && status !== 'objection') return false;
  if (record.listedOn > on) return false;
  const until = record.validUntil;
  return until == null || on <= until;
}

/**
 * In force and its status is `objection` (异议核实中): its punishment measures are
 * suspended, not applied. A record whose dates have passed is not under objection either.
 */
export function isUnderObjection(record: Dated, on: string): boolean {
  return record.status === 'objection' && isInForce(record, on);
}
