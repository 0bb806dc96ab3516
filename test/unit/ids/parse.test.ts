import { describe, expect, it } from 'vitest';
import { ID_LOCALES, ID_PROBLEM_CODES, parseSubjectId } from '../../../src/ids/index.js';
import type { IdLocale } from '../../../src/ids/index.js';

describe('parseSubjectId — empty and wrong length', () => {
  it.each(['', '   ', '\u3000', ' - '])('%j is invalid: empty', (input) => {
    expect(parseSubjectId(input)).toEqual({
      status: 'invalid',
      type: null,
      value: '',
      masked: '',
      problem: '请输入统一社会信用代码或身份证号。',
      problemCode: 'empty',
    });
  });

  it('says how many characters were given for a 17-character code', () => {
    const r = parseSubjectId('91350211M00013FA1');
    expect(r).toMatchObject({ status: 'invalid', type: null, problemCode: 'length', masked: '91350211M00013FA1' });
    expect(r.problem).toBe('统一社会信用代码应为18位，当前为17位。');
  });

  it('counts the characters after normalisation', () => {
    expect(parseSubjectId(' 9111-0000-8021-0043-3B-1 ').problem).toBe('统一社会信用代码应为18位，当前为19位。');
  });

  it('speaks of both kinds of id when only digits were given', () => {
    expect(parseSubjectId('1101051949123100').problem).toBe('统一社会信用代码和身份证号都应为18位，当前为16位。');
  });

  it('points to the 18-digit number for an old 15-digit ID number, masked', () => {
    const r = parseSubjectId('110105491231002');
    expect(r.problemCode).toBe('length');
    expect(r.problem).toBe('统一社会信用代码和身份证号都应为18位，当前为15位（如为旧版15位身份证号，请改用18位号码）。');
    expect(r.masked).toBe('110105*****1002');
  });

  it('masks an invalid input of 15 or more digits, and shows a shorter one normalised', () => {
    expect(parseSubjectId('1101051949123100212').masked).toBe('110105*********0212');
    expect(parseSubjectId('11010519491231002').masked).toBe('110105*******1002');
    expect(parseSubjectId('9111-abc').masked).toBe('9111ABC');
    // 16 digits: could be a person's number, so masked even though it also looks like a short USCC.
    expect(parseSubjectId('9111000080210043B').masked).toBe('911100*******043B');
  });
});

describe('parseSubjectId — never throws', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', { id: '91110000802100433B' }],
    ['an array', ['91110000802100433B']],
    ['a symbol', Symbol('x')],
    ['a function', () => '91110000802100433B'],
    ['NaN', Number.NaN],
    ['a negative number', -5],
    ['an 18-digit number (rounded by JS)', 110105194912310020],
  ])('treats %s as empty input', (_name, input) => {
    const r = parseSubjectId(input);
    expect(r).toMatchObject({ status: 'invalid', type: null, value: '', masked: '', problemCode: 'empty' });
  });

  it('reads a safe integer and a bigint as their digits', () => {
    expect(parseSubjectId(12345)).toMatchObject({ value: '12345', problemCode: 'length' });
    expect(parseSubjectId(110105194912310021n)).toMatchObject({ value: '110105194912310021', problemCode: 'idcard-check' });
  });

  it('treats a revoked Proxy as empty input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseSubjectId(proxy).problemCode).toBe('empty');
  });

  it('reads a String object', () => {
    expect(parseSubjectId(new String('91110000802100433B')).status).toBe('valid');
  });

  it('survives a very long input', () => {
    const r = parseSubjectId('9'.repeat(100_000));
    expect(r.problem).toBe('统一社会信用代码和身份证号都应为18位，当前为100000位。');
    expect(r.masked).toBe('999999' + '*'.repeat(99_990) + '9999');
  });
});

describe('parseSubjectId — locales', () => {
  const cases = [
    '',
    '9111000080210043B',
    '110105491231002',
    '9111I000802100433B',
    '91350100M0001.0Y43',
    '91350211M00013FA1N',
    '110105194912310021',
    '110105190002290017',
    '110105199O01011234',
    '11010519491231002Y',
    '11010519491231X021',
  ];

  it('covers every problem code with these cases', () => {
    const codes = new Set(cases.map((c) => parseSubjectId(c).problemCode));
    for (const code of ID_PROBLEM_CODES) expect(codes).toContain(code);
  });

  it('defaults to zh-CN', () => {
    for (const c of cases) expect(parseSubjectId(c).problem).toBe(parseSubjectId(c, { locale: 'zh-CN' }).problem);
  });

  it.each(ID_LOCALES.filter((l) => l !== 'zh-CN'))('%s has its own whole sentence for every problem', (locale) => {
    for (const c of cases) {
      const problem = parseSubjectId(c, { locale: locale as IdLocale }).problem!;
      expect(problem).not.toBe(parseSubjectId(c).problem);
      expect(problem).toMatch(/[.。]$/);
    }
  });

  it('writes English sentences', () => {
    expect(parseSubjectId('9111000080210043B', { locale: 'en' }).problem).toBe(
      'A unified social credit code has 18 characters; 17 were given.',
    );
    expect(parseSubjectId('9', { locale: 'en' }).problem).toBe(
      'A unified social credit code or an ID card number has 18 characters; 1 was given.',
    );
    expect(parseSubjectId('9111I000802100433B', { locale: 'en' }).problem).toBe(
      'Character 5 (“I”) is not allowed in a unified social credit code (I, O, S, V and Z are never used).',
    );
    expect(parseSubjectId('91110000802100433C', { locale: 'en' }).problem).toContain('expected “B”');
  });

  it('writes Traditional Chinese sentences', () => {
    expect(parseSubjectId('9111000080210043B', { locale: 'zh-Hant' }).problem).toBe('統一社會信用代碼應為18位，目前為17位。');
    expect(parseSubjectId('110105194912310021', { locale: 'zh-Hant' }).problem).toBe('身份證號校驗位不符，請核對。');
  });

  it('accepts page language tags and falls back to zh-CN for unknown ones', () => {
    const p = (locale: string) => parseSubjectId('', { locale: locale as IdLocale }).problem;
    expect(p('zh-TW')).toBe(p('zh-Hant'));
    expect(p('zh-HK')).toBe(p('zh-Hant'));
    expect(p('en-GB')).toBe(p('en'));
    expect(p('fr')).toBe(p('zh-CN'));
  });
});
