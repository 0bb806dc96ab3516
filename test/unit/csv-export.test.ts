import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CSV_BOM, csvCell, toCsv } from '../../widgets/internal/csv-export.js';

/** Parses CSV text the way a spreadsheet import would (papaparse, RFC 4180). */
function parse(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { newline: '\r\n', skipEmptyLines: false });
  const rows = result.data;
  // The file ends with CRLF, which papaparse reads as one last empty row.
  if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  return rows;
}

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark, so Excel reads Chinese text', () => {
    const csv = toCsv([['主体名称'], ['北京某某科技有限公司']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${CSV_BOM}a,b\r\nc,d\r\n`);
  });

  it('quotes fields holding commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('x\r\ny')).toBe('"x\r\ny"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('leaves CJK and full-width text as it is (a full-width comma is no separator)', () => {
    expect(toCsv([['招标项目 2026-031，投标人资格审查', '９１１１']])).toBe(`${CSV_BOM}招标项目 2026-031，投标人资格审查,９１１１\r\n`);
  });

  it('prefixes cells that a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // Not at the start: harmless, left alone.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2026-11-22')).toBe('2026-11-22');
  });

  it('writes empty cells and empty input', () => {
    expect(toCsv([['', 'x', '']])).toBe(`${CSV_BOM},x,\r\n`);
    expect(toCsv([])).toBe(CSV_BOM);
  });

  it('reads back as the same rows through an RFC 4180 parser (any text not starting like a formula)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '中', '文', ',', '"', '\r', '\n', ' ', '1', '，', '=', '-') });
    const safe = cell.filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(safe, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parse(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('reads back with the apostrophe in front of formula-like cells and nothing else changed', () => {
    const cell = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', 'a', '中', ',', '"', '\n') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        expect(parse(toCsv(rows))).toEqual(expected);
      }),
    );
  });
});
