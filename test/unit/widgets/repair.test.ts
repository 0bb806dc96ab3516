/**
 * Credit repair beside each negative record in force (rules §14): repairable or not, where,
 * from when (an application date in the future is named, today or past is "now"), ten
 * working days, no fee; nothing for records not negative or not in force.
 */
import { describe, expect, it } from 'vitest';
import type { CreditRecord } from '../../../src/contract/index.js';
import { REPAIR_WORDS, repairOf } from '../../../widgets/internal/repair.js';

const ON = '2026-06-15';
const record = (over: Partial<CreditRecord> = {}): CreditRecord =>
  ({
    id: 'R-1',
    listType: 'administrative-penalty',
    severity: 'severe',
    status: 'active',
    title: '行政处罚',
    authority: '某市市场监督管理局',
    listedOn: '2026-01-10',
    ...over,
  }) as CreditRecord;

describe('repairOf (rules §14)', () => {
  it('a negative record in force: repairable, at its authority, from repairableFrom when that lies ahead', () => {
    expect(repairOf(record({ repairable: true, repairableFrom: '2026-07-10' }), ON)).toEqual({ repairable: true, authority: '某市市场监督管理局', from: '2026-07-10' });
    // From today or an earlier day: now.
    expect(repairOf(record({ repairable: true, repairableFrom: ON }), ON)!.from).toBeNull();
    expect(repairOf(record({ repairable: true, repairableFrom: '2026-06-16' }), ON)!.from).toBe('2026-06-16');
    expect(repairOf(record(), ON)).toEqual({ repairable: true, authority: '某市市场监督管理局', from: null });
  });

  it('repairable: false is 依法不可修复', () => {
    expect(repairOf(record({ repairable: false, repairableFrom: '2026-07-10' }), ON)).toEqual({ repairable: false, authority: '某市市场监督管理局', from: null });
    expect(REPAIR_WORDS['zh-CN'].notRepairable).toContain('依法不可修复');
  });

  it('nothing for a record not in force (closed, expired, listed later) or not negative', () => {
    expect(repairOf(record({ status: 'repaired' }), ON)).toBeNull();
    expect(repairOf(record({ validUntil: '2026-06-14' }), ON)).toBeNull();
    expect(repairOf(record({ listedOn: '2026-06-16' }), ON)).toBeNull();
    expect(repairOf(record({ listType: 'red-list', severity: undefined }), ON)).toBeNull();
  });

  it('says ten working days and no fee in every language', () => {
    expect(REPAIR_WORDS['zh-CN'].terms).toContain('10 个工作日');
    expect(REPAIR_WORDS['zh-CN'].terms).toContain('不收取任何费用');
    expect(REPAIR_WORDS['zh-Hant'].terms).toContain('10 個工作日');
    expect(REPAIR_WORDS.en.terms).toContain('ten working days');
    expect(REPAIR_WORDS.en.terms).toContain('free of charge');
  });
});
