/**
 * Edges of the id module that mutation testing (`npm run mutation`, docs/mutation.md) found no
 * test for: the boundaries of every character range, today in China Standard Time, surrogate
 * pairs, organisation codes with letters, numbers given as numbers. Expected values are worked
 * out by hand from the rules (docs/rules.md §1) and the standards, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { classifySubjectId } from '../../../src/ids/classify.js';
import { birthDateProblem, idcardCheckChar, isDateShaped, isPersonId, todayDigits } from '../../../src/ids/idcard.js';
import { displayId } from '../../../src/ids/mask.js';
import { countCodePoints, countDigits, normalizeSubjectId } from '../../../src/ids/normalize.js';
import { isValidOrgCode, orgCodeCheckChar } from '../../../src/ids/orgcode.js';
import { parseSubjectId } from '../../../src/ids/parse.js';
import { hasValidUsccCheck, usccCharValue, usccCheckChar } from '../../../src/ids/uscc.js';

const TODAY = '20261122';

describe('normalising: the edges of each character range', () => {
  it('drops tab through carriage return (U+0009–000D) and the space, keeps other control characters', () => {
    expect(normalizeSubjectId('9\t1\n3\u000b5\f0\r1 00')).toBe('913501 00'.replace(' ', ''));
    expect(normalizeSubjectId('91\u000135')).toBe('91\u000135');
    expect(normalizeSubjectId('91\u000e35')).toBe('91\u000e35');
  });
  it('drops U+2000 and U+200D, U+2010 and U+2015, keeps U+1FFF, U+200E, U+200F and U+2016', () => {
    expect(normalizeSubjectId('9\u20001\u200d3\u20105\u20150')).toBe('91350');
    for (const kept of ['\u1fff', '\u200e', '\u200f', '\u2016']) expect(normalizeSubjectId(`91${kept}35`)).toBe(`91${kept}35`);
  });
  it('turns the first and last full-width ASCII characters (！ U+FF01, ～ U+FF5E) half-width, not U+FF00 or U+FF5F', () => {
    expect(normalizeSubjectId('\uff01\uff5e')).toBe('!~');
    expect(normalizeSubjectId('\uff00\uff5f')).toBe('\uff00\uff5f');
  });
  it('upper-cases a and z, not the characters beside them (` and {)', () => {
    expect(normalizeSubjectId('az`{')).toBe('AZ`{');
  });
  it('leaves a clean code as it is, and cleans one whose only flaw is at the end', () => {
    expect(normalizeSubjectId('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(normalizeSubjectId('91350100M000100Y4-3 ')).toBe('91350100M000100Y43');
    expect(normalizeSubjectId('0123456789:@AZ[')).toBe('0123456789:@AZ[');
  });
});

describe('counting characters and digits', () => {
  it('counts a surrogate pair as one, a lone surrogate as one', () => {
    expect(countCodePoints('\ud800\udc00')).toBe(1); // U+10000, the first astral code point
    expect(countCodePoints('\udbff\udfff')).toBe(1); // U+10FFFF, the last
    expect(countCodePoints('A\udc00')).toBe(2);
    expect(countCodePoints('\ud83d')).toBe(1);
    expect(countCodePoints('\ud83dA')).toBe(2);
  });
  it('counts only the ASCII digits', () => {
    expect(countDigits('9A1/:０')).toBe(2);
  });
});

describe('naming the character that is not allowed', () => {
  it('names an astral character whole, and a character followed by a lone low surrogate alone', () => {
    const astral = classifySubjectId('91\ud800\udc00350100M000100Y4', TODAY); // 18 code points
    expect([astral.problemCode, astral.position, astral.char]).toEqual(['uscc-char', 3, '\ud800\udc00']);
    const lone = classifySubjectId('91#\udc0050100M000100Y4', TODAY);
    expect([lone.problemCode, lone.position, lone.char]).toEqual(['uscc-char', 3, '#']);
  });
  it('one letter among 17 digits is a mistyped ID number; a second letter makes it a USCC problem', () => {
    expect(classifySubjectId('11010519490I010011', TODAY)).toMatchObject({ type: 'idcard', problemCode: 'idcard-char', position: 12, char: 'I' });
    expect(classifySubjectId('1101051949AI010011', TODAY)).toMatchObject({ type: 'uscc', problemCode: 'uscc-char' });
  });
  it('an invalid value with 15 or more digits is masked, one with fewer is not', () => {
    expect(classifySubjectId('110105194912310', TODAY).mask).toBe(true);
    expect(classifySubjectId('11010519491231', TODAY).mask).toBe(false);
  });
});

describe('ID-card numbers', () => {
  it('idcardCheckChar gives nothing for a non-digit among the first 17', () => {
    expect(idcardCheckChar('11010519491231A02')).toBe('');
    expect(idcardCheckChar('11010519491231:02')).toBe('');
  });
  it('isPersonId: exactly 18, 17 digits, then a digit or X', () => {
    expect(isPersonId('11010519491231002X')).toBe(true);
    expect(isPersonId('110105194912310023')).toBe(true);
    expect(isPersonId('1101051949123100231')).toBe(false); // 19
    expect(isPersonId('11010519491231A02X')).toBe(false);
    expect(isPersonId('11010519491231/02X')).toBe(false);
    expect(isPersonId('11010519491231002A')).toBe(false);
    expect(isPersonId('11010519491231002:')).toBe(false);
  });
  it('today in China Standard Time: the next day from 16:00 UTC', () => {
    expect(todayDigits(Date.UTC(2026, 11, 6, 15, 59, 59, 999))).toBe('20261206');
    expect(todayDigits(Date.UTC(2026, 11, 6, 16, 0, 0))).toBe('20261207');
  });
  it("birth dates: 1800 is the first year; 1799, month 13, day 00, 30 February and tomorrow are 'date' problems", () => {
    expect(birthDateProblem('110105180001010000', TODAY)).toBeNull();
    expect(isDateShaped('110105180001010000', TODAY)).toBe(true);
    expect(isDateShaped('110105179912310000', TODAY)).toBe(false);
    expect(birthDateProblem('110105179912310000', TODAY)).toBe('date');
    expect(birthDateProblem('110105200013010000', TODAY)).toBe('date');
    expect(birthDateProblem('110105200001000000', TODAY)).toBe('date');
    expect(birthDateProblem('110105200002300000', TODAY)).toBe('date');
    expect(birthDateProblem('110105202611230000', TODAY)).toBe('date');
    expect(birthDateProblem('110105202611220000', TODAY)).toBeNull();
  });
  it('the default today is China’s: a number born tomorrow (UTC) but today in China is valid', () => {
    const chinaToday = todayDigits();
    const first17 = `110105${chinaToday}001`;
    const id = first17 + idcardCheckChar(first17);
    expect(parseSubjectId(id)).toMatchObject({ status: 'valid', type: 'idcard' });
  });
  it('a malformed `today` option falls back to today in China, a good one is used', () => {
    const first17 = '11010520261122001';
    const id = first17 + idcardCheckChar(first17);
    expect(parseSubjectId(id, { today: '2026-11-21' }).status).toBe('invalid'); // born after that today
    expect(parseSubjectId(id, { today: '2026-11-22' }).status).toBe('valid');
    expect(parseSubjectId(id, { today: 'x2026-11-21' }).status).toBe(parseSubjectId(id).status);
    expect(parseSubjectId(id, { today: '2026-11-21x' }).status).toBe(parseSubjectId(id).status);
    expect(parseSubjectId(id, { today: 20261121 as unknown as string }).status).toBe(parseSubjectId(id).status);
  });
});

describe('USCC check characters', () => {
  it('hasValidUsccCheck: the right check character, 18 characters, all in the alphabet', () => {
    expect(hasValidUsccCheck('91350100M000100Y43')).toBe(true);
    expect(hasValidUsccCheck('91350100M000100Y44')).toBe(false);
    expect(hasValidUsccCheck('91350100M000100Y4')).toBe(false);
    expect(hasValidUsccCheck('91350100M000100Y430')).toBe(false);
    expect(hasValidUsccCheck('91350100I000100Y43')).toBe(false);
    expect(hasValidUsccCheck('911100008021004330')).toBe(false); // the right one is B
    expect(hasValidUsccCheck('91110000802100433B')).toBe(true);
  });
  it('a check that comes out as 0 is the character 0', () => {
    // Σ ≡ 0 (mod 31) → index 0 → '0'.
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(hasValidUsccCheck('000000000000000000')).toBe(true);
  });
  it('usccCharValue: the alphabet’s last character is 30; DEL, code 128 and beyond are outside', () => {
    expect(usccCharValue('Y'.charCodeAt(0))).toBe(30);
    expect(usccCharValue(127)).toBe(-1);
    expect(usccCharValue(128)).toBe(-1);
    expect(usccCharValue(0xff10)).toBe(-1);
  });
  it('fewer than 17 characters have no check character', () => {
    expect(usccCheckChar('9135010')).toBe('');
  });
});

describe('GB 11714 organisation codes', () => {
  // Worked by hand: weights 3 7 9 10 5 8 4 2; digits 0–9, letters A–Z 10–35; C = 11 − Σ mod 11.
  it('D2143569: letters count from A = 10 (Σ = 39 + 14 + 9 + 40 + 15 + 40 + 24 + 18 = 199 → 11 − 1 = X)', () => {
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    expect(isValidOrgCode('D2143569X')).toBe(true);
  });
  it('Z and A at the ends of the letters: Z0000000 (Σ = 105 → 11 − 6 = 5), A0000000 (Σ = 30 → 11 − 8 = 3)', () => {
    expect(orgCodeCheckChar('Z0000000')).toBe('5');
    expect(orgCodeCheckChar('A0000000')).toBe('3');
  });
  it('0 and 9 at the ends of the digits: 00000000 (Σ = 0 → 11 → 0), 90000000 (Σ = 27 → 11 − 5 = 6)', () => {
    expect(orgCodeCheckChar('00000000')).toBe('0');
    expect(orgCodeCheckChar('90000000')).toBe('6');
  });
  it('anything else, or fewer than 8, gives no check character; a code must be exactly 9 long', () => {
    expect(orgCodeCheckChar('@0000000')).toBe('');
    expect(orgCodeCheckChar('[0000000')).toBe('');
    expect(orgCodeCheckChar('/0000000')).toBe('');
    expect(orgCodeCheckChar(':0000000')).toBe('');
    expect(orgCodeCheckChar('a0000000')).toBe('');
    expect(orgCodeCheckChar('0000000')).toBe('');
    expect(isValidOrgCode('000000000')).toBe(true);
    expect(isValidOrgCode('0000000000')).toBe(false);
    expect(isValidOrgCode('00000000')).toBe(false);
  });
});

describe('input that is not a string', () => {
  it('numbers and bigints are read as their digits when whole and not negative; 0 included', () => {
    expect(parseSubjectId(0).value).toBe('0');
    expect(parseSubjectId(0n).value).toBe('0');
    expect(parseSubjectId(-1).value).toBe('');
    expect(parseSubjectId(-1n).value).toBe('');
    expect(parseSubjectId(1.5).value).toBe('');
  });
  it('displayId shows nothing for a value that is not a string', () => {
    expect(displayId(42 as unknown as string)).toBe('');
    expect(displayId(null as unknown as string)).toBe('');
  });
});

describe('what a result carries', () => {
  it('registration details only for a USCC that is valid or suspect, never for an invalid one', () => {
    expect(parseSubjectId('91350100M000100Y43').details).toBeDefined();
    expect(parseSubjectId('91350100M000100Y44').details).toBeDefined();
    expect(parseSubjectId('91350100I000100Y43').details).toBeUndefined();
  });
  it('a `today` with something before the date is not a date: today in China is used', () => {
    const first17 = '11010520261122001';
    const id = first17 + idcardCheckChar(first17);
    expect(parseSubjectId(id, { today: '02026-11-21' }).status).toBe(parseSubjectId(id).status);
  });
});

describe('messages for wrong lengths', () => {
  it('a short code with letters gets the USCC length message, a short run of digits the either-kind one', () => {
    expect(parseSubjectId('91350100M0001').problem).not.toBe(parseSubjectId('9135010000001').problem);
  });
  it('15 digits suggest the old ID number; 15 characters that are not all digits do not', () => {
    const old = parseSubjectId('110105491231002');
    const mixed = parseSubjectId('11010549123100X');
    const sixteen = parseSubjectId('1101054912310021');
    expect(old.problem).not.toBe(mixed.problem);
    expect(old.problem).toMatch(/15/);
    expect(mixed.problem).toBe(sixteen.problem?.replace('16', '15'));
  });
});
