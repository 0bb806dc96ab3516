/**
 * The bidder list's legal-representative id column (rules §16 落实到人): found by its header
 * only, never taken for the code column; each filled cell adds a person entry right after its
 * company's, carrying the row's authorisation and serial.
 */
import { describe, expect, it } from 'vitest';
import { parseBidderRows } from '../../../widgets/credit-bidder-screen/parse-input.js';

const PERSON = '11010519491231002X';
const COMPANY = '91110105MA01K7Q365';
const OTHER = '914403001922038216';

describe('the legal-representative id column of a bidder list', () => {
  it('is taken from its header words and adds the representative after the company', () => {
    for (const word of ['法定代表人身份证号', '法人身份证号', '法定代表人证件号码', 'Legal representative ID', 'legal_rep_id']) {
      const parsed = parseBidderRows([['名称', '统一社会信用代码', word], ['甲公司', COMPANY, PERSON], ['乙公司', OTHER, '']]);
      expect(parsed.columns, word).toEqual({ name: 0, code: 1, legalRepresentative: 2 });
      expect(parsed.entries).toEqual([
        { name: '甲公司', code: COMPANY },
        { name: '甲公司（法定代表人）', code: PERSON, legalRepresentativeOf: COMPANY },
        { name: '乙公司', code: OTHER },
      ]);
    }
  });

  it('is never the code column, even placed first, and the representative inherits the row authorisation and serial', () => {
    const parsed = parseBidderRows([['法定代表人身份证号', '序号', '名称', '代码', '授权书编号'], [PERSON, '1', '甲公司', COMPANY, 'SQ-2026-031']]);
    expect(parsed.columns).toEqual({ name: 2, code: 3, serial: 1, authorization: 4, legalRepresentative: 0 });
    expect(parsed.entries[1]).toEqual({ name: '甲公司（法定代表人）', code: PERSON, legalRepresentativeOf: COMPANY, serial: '1', authorization: 'SQ-2026-031' });
  });

  it('without that header no representative rows are made (an id-shaped extra column is not guessed to be one)', () => {
    const parsed = parseBidderRows([['甲公司', COMPANY, PERSON]]);
    expect(parsed.columns.legalRepresentative).toBeUndefined();
    expect(parsed.entries).toHaveLength(1);
  });
});
