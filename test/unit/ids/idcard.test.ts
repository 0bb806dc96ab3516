import { describe, expect, it } from 'vitest';
import { idcardCheckChar, isPersonId, parseSubjectId } from '../../../src/ids/index.js';

/** An 18-character number with the right check character for `first17`. */
const withCheck = (first17: string): string => first17 + idcardCheckChar(first17);

describe('idcardCheckChar (ISO 7064 MOD 11-2)', () => {
  // By hand: 1·7+1·9+0+1·5+0+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0+0+2·2 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X.
  it('computes X for 11010519491231002 (the GB 11643 example, hand-checked)', () => {
    expect(idcardCheckChar('11010519491231002')).toBe('X');
  });

  it('maps a sum divisible by 11 to 1 and remainder 1 to 0', () => {
    expect(idcardCheckChar('00000000000000000')).toBe('1');
    // 1 at the last weight-2 position and 1 at a weight-10 position: 12 mod 11 = 1 → 0.
    expect(idcardCheckChar('00000000000010001')).toBe('0');
  });

  it('ignores the 18th character when given a whole number', () => {
    expect(idcardCheckChar('110105194912310021')).toBe('X');
  });

  it('returns an empty string for too short input or a non-digit', () => {
    expect(idcardCheckChar('1101051949123100')).toBe('');
    expect(idcardCheckChar('1101051949123100X')).toBe('');
  });
});

describe('isPersonId', () => {
  it('is true for 17 digits + digit or X, whatever the check or date', () => {
    expect(isPersonId('11010519491231002X')).toBe(true);
    expect(isPersonId('110105194912310021')).toBe(true);
    expect(isPersonId('11010519491231002x')).toBe(true);
    expect(isPersonId('911000001000013428')).toBe(true);
  });

  it('is false for other shapes', () => {
    expect(isPersonId('91110000802100433B')).toBe(false);
    expect(isPersonId('11010519491231002')).toBe(false);
    expect(isPersonId('1101051949123100212')).toBe(false);
    expect(isPersonId('1101051949123100X2')).toBe(false);
    expect(isPersonId('')).toBe(false);
  });
});

describe('parseSubjectId — ID card', () => {
  it('accepts a valid number and always masks it', () => {
    const r = parseSubjectId('11010519491231002X');
    expect(r).toEqual({ status: 'valid', type: 'idcard', value: '11010519491231002X', masked: '110105********002X' });
  });

  it('accepts a lower-case x', () => {
    expect(parseSubjectId('11010519491231002x')).toMatchObject({ status: 'valid', value: '11010519491231002X' });
  });

  it('accepts a full-width number with a full-width Ｘ', () => {
    expect(parseSubjectId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      status: 'valid',
      type: 'idcard',
      value: '11010519491231002X',
    });
  });

  it('accepts a number written with spaces and hyphens', () => {
    expect(parseSubjectId('110105 1949-1231 002X').status).toBe('valid');
  });

  it('rejects a wrong check character as invalid (not suspect)', () => {
    const r = parseSubjectId('110105194912310021');
    expect(r).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-check', masked: '110105********0021' });
    expect(r.problem).toBe('身份证号校验位不符，请核对。');
    expect(r.details).toBeUndefined();
  });

  it('rejects 1900-02-29 (1900 is not a leap year)', () => {
    const r = parseSubjectId(withCheck('11010519000229001'));
    expect(r).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-date' });
    expect(r.problem).toContain('第7–14位出生日期不是真实日期');
  });

  it('accepts 2000-02-29 (2000 is a leap year)', () => {
    expect(parseSubjectId(withCheck('11010520000229001')).status).toBe('valid');
  });

  it('accepts 1996-02-29 and rejects 1997-02-29', () => {
    expect(parseSubjectId(withCheck('11010519960229003')).status).toBe('valid');
    expect(parseSubjectId(withCheck('11010519970229003')).problemCode).toBe('idcard-date');
  });

  it.each([
    ['20230230', 'February 30'],
    ['19900431', 'April 31'],
    ['19900229', 'February 29 of a common year'],
  ])('rejects the date %s (%s): date-shaped but not real', (date) => {
    const r = parseSubjectId(withCheck(`110105${date}001`));
    expect(r).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-date' });
  });

  it.each([
    ['19901301', 'month 13'],
    ['19900001', 'month 0'],
    ['19900100', 'day 0'],
    ['19900132', 'day 32'],
    ['17991231', 'a year before 1800'],
  ])('reads %s (%s) as no date at all: an all-digit USCC, suspect unless GB 32100 holds', (date) => {
    const r = parseSubjectId(withCheck(`110105${date}001`));
    expect(r.type).toBe('uscc');
    expect(r.status).not.toBe('invalid');
  });

  it("accepts GB 11643's own example 440524188001010014 (born 1880) and the first day, 1800-01-01", () => {
    expect(parseSubjectId('440524188001010014')).toMatchObject({ status: 'valid', type: 'idcard', masked: '440524********0014' });
    expect(parseSubjectId(withCheck('11010518000101001'))).toMatchObject({ status: 'valid', type: 'idcard' });
  });

  it('rejects a birth date after today, accepts today', () => {
    const today = '2026-11-22';
    expect(parseSubjectId(withCheck('11010520261122001'), { today })).toMatchObject({ status: 'valid', type: 'idcard' });
    expect(parseSubjectId(withCheck('11010520261123001'), { today })).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-date' });
    // A later year is no date shape any more (year after this year): never a valid ID number.
    expect(parseSubjectId(withCheck('11010520991231001'), { today }).type).not.toBe('idcard');
  });

  it('reports a date problem before a check-character problem', () => {
    const first17 = '11010520230230001';
    const wrong = idcardCheckChar(first17) === '0' ? '1' : '0';
    expect(parseSubjectId(first17 + wrong).problemCode).toBe('idcard-date');
  });

  it('rejects a letter that no id may contain among the digits and says so for both kinds of id', () => {
    const r = parseSubjectId('110105199O01011234');
    expect(r).toMatchObject({ status: 'invalid', type: 'idcard', problemCode: 'idcard-char', masked: '110105********1234' });
    expect(r.problem).toBe(
      '第10位字符“O”无效：身份证号只能由数字组成（最后一位可为X），统一社会信用代码中也不允许出现该字符。',
    );
  });

  it('reads an X in the middle as a letter: a USCC (suspect), shown in full', () => {
    const r = parseSubjectId('11010519491231X021');
    expect(r).toMatchObject({ status: 'suspect', type: 'uscc', problemCode: 'uscc-check', masked: '11010519491231X021' });
  });
});
