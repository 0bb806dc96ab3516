import { describe, expect, it } from 'vitest';
import { normalizeSubjectId, parseSubjectId } from '../../../src/ids/index.js';

describe('normalizeSubjectId', () => {
  it('returns an already clean code unchanged', () => {
    expect(normalizeSubjectId('91110000802100433B')).toBe('91110000802100433B');
  });

  it('converts full-width digits and letters to half-width', () => {
    expect(normalizeSubjectId('９１１１００００８０２１００４３３Ｂ')).toBe('91110000802100433B');
    expect(normalizeSubjectId('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
  });

  it('upper-cases, including a full-width lower-case ｘ', () => {
    expect(normalizeSubjectId('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeSubjectId('11010519491231002ｘ')).toBe('11010519491231002X');
    expect(normalizeSubjectId('91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('trims and removes inner spaces, tabs, no-break and ideographic spaces', () => {
    expect(normalizeSubjectId('  9111 0000\t8021\u00a00043\u30003B \n')).toBe('91110000802100433B');
  });

  it('removes ASCII and full-width hyphens, en and em dashes', () => {
    expect(normalizeSubjectId('911100-00802100433B')).toBe('91110000802100433B');
    expect(normalizeSubjectId('110105－19491231－002X')).toBe('11010519491231002X');
    expect(normalizeSubjectId('110105–19491231—002X')).toBe('11010519491231002X');
  });

  it('removes invisible characters pasted from documents (zero-width space, BOM, soft hyphen)', () => {
    expect(normalizeSubjectId('\ufeff9111\u200b0000\u00ad802100433B')).toBe('91110000802100433B');
  });

  it('keeps characters it cannot map, so that a message can name them', () => {
    expect(normalizeSubjectId('9111.0000')).toBe('9111.0000');
    expect(normalizeSubjectId('9111中0000')).toBe('9111中0000');
  });

  it('gives an empty string for blank input', () => {
    expect(normalizeSubjectId(' \u3000 - ')).toBe('');
  });

  it('a spaced, hyphenated, full-width, lower-case code parses exactly like the clean one', () => {
    const clean = parseSubjectId('91350100M000100Y43');
    const messy = parseSubjectId(' ９１３５ 0100－m000 100y 43 ');
    expect(messy).toEqual(clean);
  });
});
