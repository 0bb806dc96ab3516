/**
 * domain.md §1 "Which type": an 18-character value is a USCC or an ID number by the
 * checks, never by the shape alone (the project's docs/rules.md §1).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { USCC_ALPHABET, displayId, idcardCheckChar, parseSubjectId, usccCheckChar } from '../../../src/ids/index.js';

/** GB 11714 check character over 8 characters, written out here (weights 3 7 9 10 5 8 4 2). */
function orgCheck(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * w[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

describe('which type: the examples of the issue and of the rules', () => {
  it.each(['911101196503120064', '911306218001150098'])(
    'accepts the all-digit USCC %s (valid by GB 32100 and its GB 11714 code), shown in full, never as an ID number',
    (code) => {
      const r = parseSubjectId(code);
      expect(r).toMatchObject({ status: 'valid', type: 'uscc', masked: code, details: { orgCodeValid: true } });
      expect(r.problem).toBeUndefined();
    },
  );

  it("shows Huawei's code 914403001922038216 in full, and its one-off typo as a suspect USCC", () => {
    expect(parseSubjectId('914403001922038216')).toMatchObject({ status: 'valid', type: 'uscc', masked: '914403001922038216' });
    expect(displayId('914403001922038216')).toBe('914403001922038216');
    expect(parseSubjectId('914403001922038217')).toMatchObject({ status: 'suspect', type: 'uscc', problemCode: 'uscc-check', masked: '914403001922038217' });
  });

  it("accepts GB 11643's example 440524188001010014 (born 1880) as a person's number, masked", () => {
    expect(parseSubjectId('440524188001010014')).toMatchObject({ status: 'valid', type: 'idcard', masked: '440524********0014' });
  });

  it('rejects 110105194902300020 (no 30 February) as an ID number, saying which rule failed', () => {
    const r = parseSubjectId('110105194902300020');
    expect(r).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-date', masked: '110105********0020' });
    expect(r.problem).toContain('出生日期');
  });

  it('treats a value valid by both checks as a person (masked, purpose required) and says it may be a company code', () => {
    // Search a date-shaped all-digit value that passes GB 32100, GB 11714 and MOD 11-2.
    let both = '';
    for (let n = 0; n < 10_000 && !both; n++) {
      const org8 = `800101${String(n % 100).padStart(2, '0')}`;
      const orgc = orgCheck(org8);
      if (orgc === 'X') continue;
      const first17 = `11${String(Math.floor(n / 100)).padStart(4, '0')}19${org8}${orgc}`;
      if (usccCheckChar(first17) === idcardCheckChar(first17)) both = first17 + usccCheckChar(first17);
    }
    expect(both).not.toBe('');
    const r = parseSubjectId(both);
    expect(r).toMatchObject({ status: 'valid', type: 'idcard', maybeUscc: true });
    expect(r.masked).toBe(`${both.slice(0, 6)}********${both.slice(14)}`);
    expect(r.note).toContain('可能是企业代码');
    expect(parseSubjectId(both, { locale: 'en' }).note).toContain('may be a company code');
  });

  it('reads a letter anywhere but a final X as a USCC', () => {
    expect(parseSubjectId('91350211M00013FA1N')).toMatchObject({ status: 'suspect', type: 'uscc' });
    expect(parseSubjectId('91110000802100433B')).toMatchObject({ status: 'valid', type: 'uscc', masked: '91110000802100433B' });
  });
});

describe('which type: generated USCCs whose characters 7–14 form dates', () => {
  const digit = fc.constantFrom(...'0123456789');
  const DAY_MS = 86_400_000;
  const date = fc
    .integer({ min: Date.UTC(1800, 0, 1) / DAY_MS, max: Date.UTC(2025, 11, 31) / DAY_MS })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, ''));
  /** A USCC as GB 32100 builds it: authority + kind, region (chars 3–8), a GB 11714 organisation code (9–17), check. */
  const datedUscc = fc
    .tuple(fc.constantFrom('91', '92', '93', '12', '52', '11'), fc.array(digit, { minLength: 4, maxLength: 4 }), date, fc.array(fc.constantFrom(...USCC_ALPHABET.slice(0, 10), ...'ABCDEFGHJKLMNPQRTUWXY'), { minLength: 2, maxLength: 2 }))
    .map(([head, region, yyyymmdd, tail]) => {
      const first8 = head + region.join('') + yyyymmdd.slice(0, 2);
      const org8 = yyyymmdd.slice(2) + tail.join('');
      const first17 = first8 + org8 + orgCheck(org8);
      return first17 + usccCheckChar(first17);
    });

  it('every one parses as a valid uscc, shown in full (unless it is also a valid ID number: then a person, with the note)', () => {
    fc.assert(
      fc.property(datedUscc, (code) => {
        const r = parseSubjectId(code);
        const alsoId = /^\d{17}[\dX]$/.test(code) && idcardCheckChar(code) === code[17] && r.type === 'idcard';
        if (alsoId) {
          expect(r).toMatchObject({ status: 'valid', type: 'idcard', maybeUscc: true });
        } else {
          expect(r).toMatchObject({ status: 'valid', type: 'uscc', masked: code });
          expect(r.details?.orgCodeValid).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('every one that is not also a valid ID number parses as a valid uscc (letters in the organisation code)', () => {
    const withLetter = datedUscc.filter((code) => /[A-Z]/.test(code.slice(0, 17)));
    fc.assert(
      fc.property(withLetter, (code) => {
        expect(parseSubjectId(code)).toMatchObject({ status: 'valid', type: 'uscc', masked: code });
      }),
      { numRuns: 1000 },
    );
  });
});
