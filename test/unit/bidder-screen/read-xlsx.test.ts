/** `.xlsx` import (issue 16): the first sheet, shared and inline strings, codes as text or numbers. */
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../src/testing/index.js';
import { looksLikeZip, readXlsx, XlsxUnreadableError } from '../../../widgets/credit-bidder-screen/read-xlsx.js';
import { parseBidderRows } from '../../../widgets/credit-bidder-screen/parse-input.js';
import { buildRows, rowTexts } from '../../../widgets/credit-bidder-screen/rows.js';
// @ts-expect-error a plain JS helper shared with the bench
import { makeXlsx } from '../../fixtures/make-xlsx.mjs';

const A = FIXTURES.restricted.subject;
const B = FIXTURES.redList.subject;

describe('readXlsx', () => {
  it('reads the first sheet in workbook order: shared strings, inline strings, numbers, gaps', async () => {
    const bytes: Uint8Array = makeXlsx([
      [{ s: '序号' }, { s: '投标人名称' }, { s: '统一社会信用代码' }],
      [{ n: 6 }, { s: A.name }, { s: A.id }],
      [{ n: 2 }, { inline: B.name }, { inline: B.id }],
      [null, null, null],
      [{ n: 3 }, { s: '测试 & <公司>' }, { n: '9.11101196503121E+17' }],
    ]);
    expect(looksLikeZip(bytes)).toBe(true);
    const rows = await readXlsx(bytes);
    expect(rows).toEqual([
      ['序号', '投标人名称', '统一社会信用代码'],
      ['6', A.name, A.id],
      ['2', B.name, B.id],
      ['3', '测试 & <公司>', '9.11101196503121E+17'],
    ]);
    const parsed = parseBidderRows(rows);
    expect(parsed.header).toBe(true);
    expect(parsed.entries.map((e) => e.serial)).toEqual(['6', '2', '3']);
  });

  it('refuses what is not an xlsx with XlsxUnreadableError (a GBK CSV, a zip without a workbook)', async () => {
    await expect(readXlsx(new TextEncoder().encode('名称,代码\n'))).rejects.toBeInstanceOf(XlsxUnreadableError);
    const { zipSync, strToU8 } = await import('fflate');
    await expect(readXlsx(zipSync({ 'word/document.xml': strToU8('<w/>') }))).rejects.toThrow(/workbook/);
  });
});

describe('Excel number damage (issue 16)', () => {
  it('a code in scientific notation and an 18-digit code ending 000 are invalid, and the words say Excel did it', () => {
    const rows = buildRows(
      [
        { name: '甲公司', code: '1.10105E+17' },
        { name: '乙', code: '110105194912310000' },
        { name: '丙公司', code: A.id },
      ],
      'zh-CN',
    );
    expect(rows.map((r) => [r.status, r.problem])).toEqual([
      ['invalid', 'excel-scientific'],
      ['invalid', 'excel-truncated'],
      ['pending', undefined],
    ]);
    expect(rowTexts(rows[0], 'zh-CN').problem).toContain('科学计数法（1.10105E+17）');
    expect(rowTexts(rows[1], 'zh-CN').problem).toContain('000');
    expect(rowTexts(rows[1], 'en').problem).toContain('Excel');
  });

  it('a valid 18-digit code that happens to end in 000 is left alone', () => {
    // Found by search: a valid all-digit USCC ending 000 would be sent; none ending 000 of the fixtures is damaged.
    const rows = buildRows([{ name: '丙公司', code: A.id }], 'zh-CN');
    expect(rows[0].problem).toBeUndefined();
  });
});
