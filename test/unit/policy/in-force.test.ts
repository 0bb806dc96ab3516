import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { isInForce, isUnderObjection } from '../../../src/policy/in-force.js';
import { ON, record } from './builders.js';

const focus = (fields: Partial<CreditRecord>) => record({ listType: 'focus-list', ...fields });

describe('isInForce (domain.md §3)', () => {
  it('is in force on the day it is listed (listedOn = on)', () => {
    expect(isInForce(focus({ listedOn: ON }), ON)).toBe(true);
  });
  it('is not yet in force the day before it is listed (listedOn = on + 1)', () => {
    expect(isInForce(focus({ listedOn: '2026-11-23' }), ON)).toBe(false);
  });
  it('is still in force on its last day (validUntil = on)', () => {
    expect(isInForce(focus({ listedOn: '2025-01-01', validUntil: ON }), ON)).toBe(true);
  });
  it('is no longer in force the day after its last day (validUntil = on − 1)', () => {
    expect(isInForce(focus({ listedOn: '2025-01-01', validUntil: '2026-11-21' }), ON)).toBe(false);
  });
  it('without validUntil stays in force until closed', () => {
    expect(isInForce(focus({ listedOn: '2001-01-01', validUntil: null }), ON)).toBe(true);
    expect(isInForce(focus({ listedOn: '2001-01-01' }), ON)).toBe(true);
  });
  it('dates beat a stale `active` status', () => {
    expect(isInForce(focus({ status: 'active', listedOn: '2025-01-01', validUntil: '2026-06-30' }), ON)).toBe(false);
  });
  it('a record under objection is in force', () => {
    expect(isInForce(focus({ status: 'objection', listedOn: '2025-01-01' }), ON)).toBe(true);
  });
  it.each(['repaired', 'revoked', 'expired'] as const)('a %s record is not in force even inside its dates', (status) => {
    expect(isInForce(focus({ status, listedOn: '2025-01-01', validUntil: '2027-01-01' }), ON)).toBe(false);
  });
});

describe('isUnderObjection (domain.md §3)', () => {
  it('is true for an in-force record with status objection', () => {
    expect(isUnderObjection(focus({ status: 'objection', listedOn: '2025-01-01' }), ON)).toBe(true);
  });
  it('is false for an active record', () => {
    expect(isUnderObjection(focus({ status: 'active', listedOn: '2025-01-01' }), ON)).toBe(false);
  });
  it('is false for an objection whose dates have passed', () => {
    expect(isUnderObjection(focus({ status: 'objection', listedOn: '2025-01-01', validUntil: '2026-11-21' }), ON)).toBe(false);
  });
  it('is false for an objection not yet listed', () => {
    expect(isUnderObjection(focus({ status: 'objection', listedOn: '2026-11-23' }), ON)).toBe(false);
  });
});
