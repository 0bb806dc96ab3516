/**
 * The bidder list's authorisation column (rules §1: a person check needs its authorisation):
 * found by its header only, never taken for the code column, read cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { parseAuthorizationCell, parseBidderRows } from '../../../widgets/credit-bidder-screen/parse-input.js';
import { authorizationGap, buildRows } from '../../../widgets/credit-bidder-screen/rows.js';

const PERSON = '11010519491231002X';

describe('the authorisation column of a bidder list', () => {
  it('is taken from the header (授权书编号, 授权, authorization) and kept per row', () => {
    for (const word of ['授权书编号', '授权', '查询授权', '授權書編號', 'Authorization', 'consent']) {
      const parsed = parseBidderRows([['姓名', '身份证号', word], ['李某', PERSON, '授权书 2026-031'], ['王某', '110105194912310029', '']]);
      expect(parsed.columns.authorization, word).toBe(2);
      expect(parsed.entries[0]).toEqual({ name: '李某', code: PERSON, authorization: '授权书 2026-031' });
      expect(parsed.entries[1]).toEqual({ name: '王某', code: '110105194912310029' });
    }
  });

  it('is never the code column, even when its references look like codes', () => {
    const parsed = parseBidderRows([['授权书编号', '名称', '代码'], ['SQ20260700001234', '李某', PERSON]]);
    expect(parsed.columns).toEqual({ name: 1, code: 2, authorization: 0 });
    const noHeaderWord = parseBidderRows([['SQ20260700001234', '李某', PERSON]]);
    expect(noHeaderWord.columns.authorization).toBeUndefined();
  });

  it('reads a cell: basis and reference, the Chinese words for the basis, a bare reference as consent, empty as none', () => {
    expect(parseAuthorizationCell('statutory-duty:《政府采购法》第二十二条')).toEqual({ basis: 'statutory-duty', reference: '《政府采购法》第二十二条' });
    expect(parseAuthorizationCell('subject-consent：授权书 2026-07')).toEqual({ basis: 'subject-consent', reference: '授权书 2026-07' });
    expect(parseAuthorizationCell('法定职责：《行政许可法》')).toEqual({ basis: 'statutory-duty', reference: '《行政许可法》' });
    expect(parseAuthorizationCell('本人授权')).toEqual({ basis: 'subject-consent' });
    expect(parseAuthorizationCell(' SQ-2026-031 ')).toEqual({ basis: 'subject-consent', reference: 'SQ-2026-031' });
    expect(parseAuthorizationCell('  ')).toBeUndefined();
    expect(parseAuthorizationCell(undefined)).toBeUndefined();
  });

  it('says what an authorisation lacks: all of it, or the consent reference; a duty needs none', () => {
    expect(authorizationGap(undefined)).toBe('missing');
    expect(authorizationGap({ basis: 'subject-consent' })).toBe('reference');
    expect(authorizationGap({ basis: 'subject-consent', reference: ' ' })).toBe('reference');
    expect(authorizationGap({ basis: 'subject-consent', reference: 'SQ-1' })).toBeNull();
    expect(authorizationGap({ basis: 'statutory-duty' })).toBeNull();
  });

  it('gives a row its own authorisation', () => {
    const [row] = buildRows([{ name: '李某', code: PERSON, authorization: 'SQ-1' }], 'zh-CN');
    expect(row.authorization).toEqual({ basis: 'subject-consent', reference: 'SQ-1' });
  });
});
