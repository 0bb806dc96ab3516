import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, parseSubjectId, usccCheckChar } from '../../../src/ids/index.js';
import { registrationNames } from '../../../src/ids/registration-names.js';

describe('usccCheckChar (GB 32100)', () => {
  // Worked by hand for 91350100M000100Y4: values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4,
  // Σ value×weight = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
  it('computes the check character of 91350100M000100Y4 as 3 (hand-checked)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  // By hand: 9+3+9+27+160+50+13+40+90+84 = 485; 485 mod 31 = 20; 31 − 20 = 11 → B.
  it('computes the check character of 91110000802100433 as B (hand-checked)', () => {
    expect(usccCheckChar('91110000802100433')).toBe('B');
  });

  it('maps a sum divisible by 31 to 0, not to the 32nd character', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('ignores the 18th character when given a whole code', () => {
    expect(usccCheckChar('91110000802100433X')).toBe('B');
  });

  it('returns an empty string for too short input or a character outside the alphabet', () => {
    expect(usccCheckChar('9111000080210043')).toBe('');
    expect(usccCheckChar('9111000080210043I')).toBe('');
    expect(usccCheckChar('9111000080210043b')).toBe('');
  });

  it('has the 31-character alphabet without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(letter);
  });
});

describe('parseSubjectId — USCC', () => {
  it('accepts a known valid code and shows it in full', () => {
    const r = parseSubjectId('91110000802100433B');
    expect(r).toMatchObject({ status: 'valid', type: 'uscc', value: '91110000802100433B', masked: '91110000802100433B' });
    expect(r.problem).toBeUndefined();
    expect(r.problemCode).toBeUndefined();
  });

  it('accepts 91350100M000100Y43', () => {
    expect(parseSubjectId('91350100M000100Y43')).toMatchObject({ status: 'valid', type: 'uscc' });
  });

  it('marks the early-pilot code 91350211M00013FA1N as suspect, not invalid, and names the expected check character', () => {
    const r = parseSubjectId('91350211M00013FA1N');
    expect(r.status).toBe('suspect');
    expect(r.type).toBe('uscc');
    expect(r.problemCode).toBe('uscc-check');
    expect(r.masked).toBe('91350211M00013FA1N');
    expect(r.problem).toBe('校验位不符（应为“3”），可能是录入错误；少数早期试点代码也会如此，请核对。');
    expect(registrationNames(r.details!, 'zh-CN').authority).toBe('市场监管');
  });

  it('marks a code with one mistyped character as suspect with the expected check character', () => {
    const r = parseSubjectId('91110000802100433C');
    expect(r.status).toBe('suspect');
    expect(r.problem).toBe('校验位不符（应为“B”），可能是录入错误；少数早期试点代码也会如此，请核对。');
  });

  for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
    it(`rejects the forbidden letter ${letter} and names it and its position`, () => {
      // 91350100M000100Y43 with the M (char 9) replaced
      const r = parseSubjectId(`91350100${letter}000100Y43`);
      expect(r.status).toBe('invalid');
      expect(r.type).toBe('uscc');
      expect(r.problemCode).toBe('uscc-char');
      expect(r.problem).toBe(`第9位字符“${letter}”不允许出现在统一社会信用代码中（不使用 I、O、S、V、Z）。`);
      expect(r.details).toBeUndefined();
    });
  }

  it('rejects a lower-case forbidden letter after upper-casing it', () => {
    const r = parseSubjectId('9111I000802100433B'.toLowerCase());
    expect(r.problemCode).toBe('uscc-char');
    expect(r.problem).toBe('第5位字符“I”不允许出现在统一社会信用代码中（不使用 I、O、S、V、Z）。');
  });

  it('names the first offending character when there are several', () => {
    expect(parseSubjectId('9135O100M00S100Y43').problem).toContain('第5位字符“O”');
  });

  it('rejects punctuation and Chinese characters with a message that says what is allowed', () => {
    const r = parseSubjectId('91350100M0001.0Y43');
    expect(r.problemCode).toBe('uscc-char');
    expect(r.problem).toBe(
      '第14位字符“.”不允许出现在统一社会信用代码中（只能使用数字和除 I、O、S、V、Z 以外的大写字母）。',
    );
    expect(parseSubjectId('91350100M0001中0Y43').problem).toContain('第14位字符“中”');
  });

  it('names an invisible character by its code point', () => {
    expect(parseSubjectId('91350100M0001\u00070Y43').problem).toContain('“U+0007”');
  });

  it('counts an emoji as one character', () => {
    expect(parseSubjectId('91350100M0001😀0Y43')).toMatchObject({ problemCode: 'uscc-char' });
    expect(parseSubjectId('91350100M0001😀0Y43').problem).toContain('第14位字符“😀”');
    expect(parseSubjectId('91350100M000😀0Y43')).toMatchObject({ problemCode: 'length' });
    expect(parseSubjectId('91350100M000😀0Y43').problem).toBe('统一社会信用代码应为18位，当前为17位。');
  });

  it('accepts an all-digit code (older organisation codes) such as 911000001000013428 and shows it in full', () => {
    // Shaped like an ID-card number, but chars 7–14 (00100001) are no date and the MOD 31 check matches.
    expect(usccCheckChar('91100000100001342')).toBe('8');
    const r = parseSubjectId('911000001000013428');
    expect(r).toMatchObject({ status: 'valid', type: 'uscc', masked: '911000001000013428' });
    expect(r.details).toMatchObject({ authorityCode: '9', kindCode: '1', orgCode: '100001342', orgCodeValid: true });
    expect(registrationNames(r.details!, 'zh-CN')).toEqual({ authority: '市场监管', kind: '企业' });
  });

  it('reads a code with a letter as a USCC and never masks it, even one character away from a person\'s number', () => {
    // 11010519491231002 + B passes MOD 31 (it is also 11010519491231002X with the X mistyped).
    expect(usccCheckChar('11010519491231002')).toBe('B');
    expect(parseSubjectId('11010519491231002B')).toMatchObject({ status: 'valid', type: 'uscc', masked: '11010519491231002B' });
    // A final letter other than X that fails GB 32100: suspect, checked with a warning.
    expect(parseSubjectId('11010519491231002Y')).toMatchObject({ status: 'suspect', type: 'uscc', problemCode: 'uscc-check', masked: '11010519491231002Y' });
  });
});

describe('USCC details', () => {
  it('reads authority 9, kind 1 as 市场监管 / 企业 with the organisation code', () => {
    const details = parseSubjectId('91110000802100433B').details!;
    expect(details).toEqual({ authorityCode: '9', kindCode: '1', orgCode: '802100433', orgCodeValid: true });
    expect(registrationNames(details, 'zh-CN')).toEqual({ authority: '市场监管', kind: '企业' });
  });

  const withCheck = (first17: string): string => first17 + usccCheckChar(first17);

  it.each([
    ['92110000MA0000000', '市场监管', '个体工商户'],
    ['93110000MA0000000', '市场监管', '农民专业合作社'],
    ['51110000MA0000000', '民政', '社会团体'],
    ['52110000MA0000000', '民政', '民办非企业单位'],
    ['53110000MA0000000', '民政', '基金会'],
    ['11110000MA0000000', '机构编制', '机关'],
    ['12110000MA0000000', '机构编制', '事业单位'],
    ['13110000MA0000000', '机构编制', '中央编办直接管理机构编制的群众团体'],
    ['N1110000MA0000000', '农业', null],
    ['A1110000MA0000000', '中央军委改革和编制办公室', null],
    ['Y1110000MA0000000', '其他', null],
    ['81110000MA0000000', '工会', null],
    ['B1110000MA0000000', '未知', null],
  ])('%s → %s / %s', (first17, authority, kind) => {
    const r = parseSubjectId(withCheck(first17));
    expect(r.status).toBe('valid');
    expect(registrationNames(r.details!, 'zh-CN')).toEqual({ authority, kind });
  });

  it('localises authority and kind', () => {
    const details = parseSubjectId('91110000802100433B').details!;
    expect(registrationNames(details, 'zh-Hant')).toEqual({ authority: '市場監管', kind: '企業' });
    expect(registrationNames(details, 'en')).toEqual({ authority: 'Market regulation', kind: 'Enterprise' });
  });

  it('reports a bad GB 11714 organisation-code check as a detail only, never as a problem', () => {
    // 80210043 → org check 3 (3·8+9·2+10·1+4·4+2·3 = 74, 11 − 74 mod 11 = 3); put 4 there and fix the USCC check.
    const code = withCheck('91110000802100434');
    const r = parseSubjectId(code);
    expect(r.status).toBe('valid');
    expect(r.problem).toBeUndefined();
    expect(r.details?.orgCodeValid).toBe(false);
  });

  it("checks a letter-bearing organisation code (the pilot code's M00013FA1)", () => {
    expect(parseSubjectId('91350211M00013FA1N').details).toMatchObject({ orgCode: 'M00013FA1', orgCodeValid: true });
    expect(parseSubjectId(withCheck('91350211M00013FA2')).details?.orgCodeValid).toBe(false);
  });

  it('maps an organisation-code check of 10 to X and of 11 to 0', () => {
    // 00010001: 1·10 + 1·2 = 12, 12 mod 11 = 1, 11 − 1 = 10 → X.
    expect(parseSubjectId(withCheck('91110000' + '00010001X')).details?.orgCodeValid).toBe(true);
    expect(parseSubjectId(withCheck('91110000' + '000100010')).details?.orgCodeValid).toBe(false);
    // 00000000: sum 0, 11 − 0 = 11 → 0.
    expect(parseSubjectId(withCheck('91110000' + '000000000')).details?.orgCodeValid).toBe(true);
  });
});
