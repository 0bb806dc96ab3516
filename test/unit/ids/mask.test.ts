import { describe, expect, it } from 'vitest';
import { displayId, maskSubjectId } from '../../../src/ids/index.js';

describe('maskSubjectId', () => {
  it('keeps the first 6 and last 4 and stars the middle, same length', () => {
    expect(maskSubjectId('11010519491231002X')).toBe('110105********002X');
    expect(maskSubjectId('11010519491231002X')).toHaveLength(18);
  });

  it('stars at least one character of an 11-character value', () => {
    expect(maskSubjectId('12345678901')).toBe('123456*8901');
  });

  it('stars every character of a value of 10 or fewer (6 + 4 would show it all)', () => {
    expect(maskSubjectId('1234567890')).toBe('**********');
    expect(maskSubjectId('123')).toBe('***');
    expect(maskSubjectId('')).toBe('');
  });
});

describe('displayId', () => {
  it("masks a person's number", () => {
    expect(displayId('11010519491231002X')).toBe('110105********002X');
  });

  it("masks a person's number however it was written", () => {
    expect(displayId('110105 1949-1231 002x')).toBe('110105********002X');
    expect(displayId('１１０１０５１９４９１２３１００２Ｘ')).toBe('110105********002X');
  });

  it("masks a person's number with a wrong check character or date too", () => {
    expect(displayId('110105194912310021')).toBe('110105********0021');
    expect(displayId('110105190002290017')).toBe('110105********0017');
  });

  it('never masks a USCC, also an all-digit one shaped like a person’s number', () => {
    expect(displayId('911000001000013428')).toBe('911000001000013428');
    expect(displayId('914403001922038216')).toBe('914403001922038216');
  });

  it("masks what could be a person's number with a digit too few or too many", () => {
    expect(displayId('11010519491231002')).toBe('110105*******1002');
    expect(displayId('1101051949123100212')).toBe('110105*********0212');
  });

  it('returns a USCC unchanged, as given', () => {
    expect(displayId('91110000802100433B')).toBe('91110000802100433B');
    expect(displayId('91350211M00013FA1N')).toBe('91350211M00013FA1N');
    expect(displayId('9111 0000 8021 0043 3b')).toBe('9111 0000 8021 0043 3b');
  });

  it('returns short or empty text unchanged', () => {
    expect(displayId('')).toBe('');
    expect(displayId('—')).toBe('—');
    expect(displayId('12345')).toBe('12345');
  });
});
