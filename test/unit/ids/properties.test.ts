import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ID_LOCALES,
  ID_STATUSES,
  USCC_ALPHABET,
  displayId,
  idcardCheckChar,
  maskSubjectId,
  normalizeSubjectId,
  parseSubjectId,
  usccCheckChar,
} from '../../../src/ids/index.js';

// ---- generators -----------------------------------------------------------

const usccChar = fc.constantFrom(...USCC_ALPHABET);

/** A valid USCC: 17 random alphabet characters + the check character. */
const validUscc = fc
  .array(usccChar, { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + usccCheckChar(first17));

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
/** A past day, so that every generated birth date lies before today whenever the tests run. */
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

const yyyymmdd = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
const digits = (n: number, width: number): string => String(n).padStart(width, '0');

/** A valid ID-card number: region, a real date 1900–2025, sequence, check character. */
const validIdcard = fc
  .tuple(
    fc.integer({ min: 110000, max: 829999 }),
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, day, seq]) => `${region}${yyyymmdd(day)}${digits(seq, 3)}`)
  .map((first17) => first17 + idcardCheckChar(first17));

/** Characters to substitute: the whole alphabet, the five forbidden letters, and some others. */
const SUBSTITUTES = [...USCC_ALPHABET, ...'IOSVZ', '#', '.', '中', 'Ω'];

const SEPARATORS = ['', '', '', ' ', '\u3000', '\t', '-', '－', '–', '—', '\u00a0'];

const toFullWidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

/** The same code as people write it: full-width here and there, lower case, spaces and dashes. */
function messyForm(code: string) {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom(...SEPARATORS)), {
        minLength: code.length,
        maxLength: code.length,
      }),
      fc.constantFrom('', ' ', '\u3000 ', '\n'),
      fc.constantFrom('', ' ', ' \u3000', '\t'),
    )
    .map(([perChar, lead, trail]) => {
      let out = lead;
      for (let i = 0; i < code.length; i++) {
        const [fullWidth, lower, sep] = perChar[i];
        let ch = lower ? code[i].toLowerCase() : code[i];
        if (fullWidth) ch = toFullWidth(ch);
        out += ch + sep;
      }
      return out + trail;
    });
}

/** GB 11714 over chars 9–17, written out here (weights 3 7 9 10 5 8 4 2, 10 → X, 11 → 0). */
function orgCodeHolds(code: string): boolean {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(code[i], 36) * w[i];
  const c = 11 - (sum % 11);
  return code[8] === (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

const substitute = (code: string, i: number, ch: string): string => code.slice(0, i) + ch + code.slice(i + 1);

const nonStar = (masked: string): number => [...masked].filter((c) => c !== '*').length;

// ---- properties -----------------------------------------------------------

describe('generated valid ids pass', () => {
  it('every generated USCC is a valid uscc with details', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const r = parseSubjectId(code);
        expect(r.status).toBe('valid');
        expect(r.type).toBe('uscc');
        expect(r.details?.authorityCode).toBe(code[0]);
        expect(r.details?.orgCode).toBe(code.slice(8, 17));
      }),
      { numRuns: 500 },
    );
  });

  it('every generated ID-card number is a valid idcard, masked (with a note when it passes the USCC checks too)', () => {
    fc.assert(
      fc.property(validIdcard, (id) => {
        const r = parseSubjectId(id);
        expect(r).toMatchObject({ status: 'valid', type: 'idcard', value: id, masked: maskSubjectId(id) });
        expect(r.problem).toBeUndefined();
        expect(r.maybeUscc === true).toBe(usccCheckChar(id) === id[17] && orgCodeHolds(id.slice(8, 17)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('check characters agree with independent formulations', () => {
  it('MOD 11-2 equals the recursive ISO 7064 definition (p ← 2(p + d) mod 11, check = (12 − p) mod 11)', () => {
    const iso7064 = (first17: string): string => {
      let p = 0;
      for (const ch of first17) p = ((p + Number(ch)) * 2) % 11;
      const c = (12 - p) % 11;
      return c === 10 ? 'X' : String(c);
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789'), { minLength: 17, maxLength: 17 }), (chars) => {
        const first17 = chars.join('');
        expect(idcardCheckChar(first17)).toBe(iso7064(first17));
      }),
      { numRuns: 2000 },
    );
  });

  it('MOD 31 equals GB 32100 with weights 3^(i−1) mod 31 computed here', () => {
    const weights = Array.from({ length: 17 }, (_, i) => {
      let w = 1;
      for (let k = 0; k < i; k++) w = (w * 3) % 31;
      return w;
    });
    fc.assert(
      fc.property(fc.array(usccChar, { minLength: 17, maxLength: 17 }), (chars) => {
        const sum = chars.reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * weights[i], 0);
        expect(usccCheckChar(chars.join(''))).toBe(USCC_ALPHABET[(31 - (sum % 31)) % 31]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('check characters catch every single substitution', () => {
  // Σ changes by w·(b − a); 31 is prime and every weight is 1..30, so w·(b − a) ≢ 0 (mod 31) for
  // a ≠ b: no single substitution keeps the check character. Checked exhaustively here over every
  // position and every ordered pair of characters, on random surrounding codes.
  it('MOD 31: changing any one of chars 1–17 to any other alphabet character changes the check character', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const first17 = code.slice(0, 17);
        const check = usccCheckChar(first17);
        for (let i = 0; i < 17; i++) {
          for (const ch of USCC_ALPHABET) {
            if (ch === first17[i]) continue;
            if (usccCheckChar(substitute(first17, i, ch)) === check) return false;
          }
        }
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it('MOD 31: over all 17 positions and all 31 × 30 pairs (a, b), the check character changes', () => {
    const base = '0'.repeat(17);
    for (let i = 0; i < 17; i++) {
      for (const a of USCC_ALPHABET) {
        const withA = usccCheckChar(substitute(base, i, a));
        for (const b of USCC_ALPHABET) {
          if (a !== b) expect(usccCheckChar(substitute(base, i, b))).not.toBe(withA);
        }
      }
    }
  });

  it('MOD 11-2: over all 17 positions and all 10 × 9 digit pairs, the check character changes', () => {
    const base = '0'.repeat(17);
    for (let i = 0; i < 17; i++) {
      for (let a = 0; a <= 9; a++) {
        const withA = idcardCheckChar(substitute(base, i, String(a)));
        for (let b = 0; b <= 9; b++) {
          if (a !== b) expect(idcardCheckChar(substitute(base, i, String(b)))).not.toBe(withA);
        }
      }
    }
  });

  it('every single-character substitution of a valid USCC is not valid: forbidden → invalid, otherwise suspect', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (let i = 0; i < 18; i++) {
          for (const ch of SUBSTITUTES) {
            if (ch === code[i]) continue;
            const r = parseSubjectId(substitute(code, i, ch));
            // Only as a person's number (all digits, MOD 11-2 and a real date by chance) can it be valid.
            if (r.type !== 'idcard') expect(r.status).not.toBe('valid');
            if (!USCC_ALPHABET.includes(ch)) {
              expect(r.status).toBe('invalid');
              expect(['uscc-char', 'idcard-char']).toContain(r.problemCode);
            } else if (r.type === 'uscc') {
              expect(r).toMatchObject({ status: 'suspect', problemCode: 'uscc-check' });
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every single-character substitution of a valid ID-card number is not a valid ID-card number; masked unless it reads as a USCC', () => {
    fc.assert(
      fc.property(validIdcard, (id) => {
        for (let i = 0; i < 18; i++) {
          for (const ch of [...'0123456789X', ...SUBSTITUTES]) {
            if (ch === id[i]) continue;
            const changed = substitute(id, i, ch);
            const r = parseSubjectId(changed);
            expect(r.status === 'valid' && r.type === 'idcard').toBe(false);
            // The one way to be valid at all: by chance a matching MOD 31 check — then it is a USCC.
            if (r.status === 'valid') {
              expect(r.type).toBe('uscc');
              expect(usccCheckChar(changed)).toBe(changed[17]);
            }
            // domain.md §1: a USCC (valid or suspect: a letter, or no date shape) is never masked; all else is.
            expect(r.masked).toBe(r.type === 'uscc' && r.status !== 'invalid' ? changed : maskSubjectId(changed));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('normalisation', () => {
  it('full-width, spaced, hyphenated and lower-case forms of a USCC parse like the code itself', () => {
    fc.assert(
      fc.property(
        validUscc.chain((code) => fc.tuple(fc.constant(code), messyForm(code))),
        ([code, messy]) => {
          expect(normalizeSubjectId(messy)).toBe(code);
          expect(parseSubjectId(messy)).toEqual(parseSubjectId(code));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('full-width, spaced, hyphenated and lower-case forms of an ID-card number parse like the number itself', () => {
    fc.assert(
      fc.property(
        validIdcard.chain((id) => fc.tuple(fc.constant(id), messyForm(id))),
        ([id, messy]) => {
          expect(normalizeSubjectId(messy)).toBe(id);
          expect(parseSubjectId(messy)).toEqual(parseSubjectId(id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeSubjectId(s);
        expect(normalizeSubjectId(once)).toBe(once);
      }),
    );
  });
});

describe('dates', () => {
  it('an ID-card number is valid exactly when chars 7–14 are a real date from 1800 up to today (checked against Date)', () => {
    const today = '2026-06-15';
    fc.assert(
      fc.property(
        fc.integer({ min: 1750, max: 2999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const first17 = `110105${year}${digits(month, 2)}${digits(day, 2)}001`;
          const r = parseSubjectId(first17 + idcardCheckChar(first17), { today });
          const d = new Date(Date.UTC(year, month - 1, day));
          const real =
            year >= 1800 &&
            d.getUTCFullYear() === year &&
            d.getUTCMonth() === month - 1 &&
            d.getUTCDate() === day &&
            d.toISOString().slice(0, 10) <= today;
          expect(r.status === 'valid' && r.type === 'idcard').toBe(real);
          if (!real && r.status === 'invalid') expect(r.problemCode).toBe('idcard-date');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('personal data', () => {
  /** Ways a person's number reaches the parser, valid or not. */
  const variants = (id: string) =>
    fc.oneof(
      fc.constant(id),
      messyForm(id),
      fc.integer({ min: 0, max: 17 }).map((i) => id.slice(0, i) + id.slice(i + 1)), // a digit lost
      fc.tuple(fc.integer({ min: 0, max: 18 }), fc.constantFrom(...'0123456789')).map(([i, d]) => id.slice(0, i) + d + id.slice(i)), // one too many
      fc.tuple(fc.integer({ min: 0, max: 17 }), fc.constantFrom(...SUBSTITUTES)).map(([i, ch]) => substitute(id, i, ch)),
      fc.tuple(fc.integer({ min: 0, max: 18 }), fc.constantFrom('A', 'I', '.', '中', '/')).map(([i, ch]) => id.slice(0, i) + ch + id.slice(i)),
      fc.constant(id.slice(0, 17)),
      fc.constant(`${id}${id.slice(0, 3)}`),
    );

  it('masked shows at most the first 6 and last 4 characters and never the birth date; problem never holds the number', () => {
    fc.assert(
      fc.property(
        validIdcard.chain((id) => fc.tuple(fc.constant(id), variants(id), fc.constantFrom(...ID_LOCALES))),
        ([id, input, locale]) => {
          const r = parseSubjectId(input, { locale });
          // A letter, or chars 7–14 that no longer read as a date, make it a USCC, which domain.md §1 never masks.
          if (r.type === 'uscc' && r.status !== 'invalid') return;
          expect(nonStar(r.masked)).toBeLessThanOrEqual(10);
          expect(r.masked).toBe(maskSubjectId(r.value));
          expect(r.masked).not.toContain(id.slice(6, 14));
          expect(displayId(input)).not.toContain(id.slice(6, 14));
          if (r.problem !== undefined) {
            expect(r.problem).not.toContain(id);
            expect(r.problem).not.toContain(id.slice(6, 14));
            expect(r.problem).not.toMatch(/\d{5}/);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('robustness', () => {
  it('never throws and always returns a well-formed result, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (input) => {
        const r = parseSubjectId(input);
        expect(ID_STATUSES).toContain(r.status);
        expect(typeof r.value).toBe('string');
        expect(r.masked.length).toBe(r.value.length);
        if (r.status !== 'valid') expect(typeof r.problem).toBe('string');
        else expect(r.problem).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
