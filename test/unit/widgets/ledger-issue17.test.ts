/** The ledger shows a manual verification as such and a person check's authorisation (rules §1, §12). */
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../src/contract/index.js';
import { ledgerCells } from '../../../widgets/credit-ledger/ledger-csv.js';

const base: LedgerEntry = { queryId: 'q_1', at: '2026-06-15T08:00:00+08:00', operator: '赵六', scenario: 'administrative-licensing', purpose: '行政许可申请受理审查', subjectId: '110105********123X' };

describe('ledger cells for issue 17', () => {
  it('a manual verification says 人工核查 and its finding, never an outcome of its own', () => {
    const cells = ledgerCells({ ...base, kind: 'manual-verification', verification: { source: 'credit-china', finding: 'no-records', checkedOn: '2026-06-15' } }, 'zh-CN');
    expect(cells[9]).toBe('人工核查：未发现失信记录');
    expect(ledgerCells({ ...base, kind: 'manual-verification', verification: { source: 'other', finding: 'records-found' } }, 'en')[9]).toBe('Manual verification: Adverse records found');
    expect(ledgerCells(base, 'zh-CN')[9]).toBe('');
  });

  it("a person check's purpose carries its authorisation", () => {
    expect(ledgerCells({ ...base, authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } }, 'zh-CN')[4]).toBe('行政许可申请受理审查（本人书面授权（授权书 2026-07））');
    expect(ledgerCells({ ...base, authorization: { basis: 'statutory-duty' } }, 'zh-CN')[4]).toBe('行政许可申请受理审查（本部门法定职责）');
    expect(ledgerCells(base, 'zh-CN')[4]).toBe('行政许可申请受理审查');
  });
});
