/**
 * The rules of domain.md §1 applied to a normalised value, without any text: which
 * type, which status, which rule failed and where. Messages are added by parse.ts.
 *
 * "Which type" is decided by the checks, never by the shape alone: many real USCCs are
 * all digits (Huawei's 914403001922038216), and some have characters 7–14 that read as a
 * date (911101196503120064).
 */
import type { IdProblemCode, IdStatus, SubjectIdType } from './types.js';
import { countCodePoints, countDigits } from './normalize.js';
import { USCC_ALPHABET, usccCheckIndex, usccCharValue } from './uscc.js';
import { birthDateProblem, idcardCheckChar, isDateShaped, isPersonId } from './idcard.js';
import { isValidOrgCode } from './orgcode.js';

export interface Classification {
  status: IdStatus;
  type: SubjectIdType | null;
  problemCode?: IdProblemCode;
  /** `length`: how many characters were given (code points). */
  given?: number;
  /** `uscc-char` / `idcard-char`: 1-based position (in code points) and the offending character. */
  position?: number;
  char?: string;
  /** `uscc-check`: the check character the first 17 call for. */
  expected?: string;
  /** Whether people must see the value masked (it is, or could be, a person's number). Never for a uscc. */
  mask: boolean;
  /** A valid ID number that is also a valid USCC: treated as a person, and the details say so. */
  maybeUscc?: boolean;
}

/** An invalid input with this many digits could be a person's number, so it is masked. */
const PERSON_DIGITS = 15;

/** First character outside the USCC alphabet, by code point; null if none. */
function firstForeignChar(value: string): { position: number; char: string } | null {
  let position = 0;
  for (let i = 0; i < value.length; i++) {
    position++;
    const c = value.charCodeAt(i);
    if (usccCharValue(c) >= 0) continue;
    let char = value[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) char = value.slice(i, i + 2);
    }
    return { position, char };
  }
  return null;
}

/** Whether all of chars 1–17 are digits except exactly the one at `position` (1-based). */
function onlyNonDigitAt(value: string, position: number): boolean {
  for (let i = 0; i < 18; i++) {
    if (i === position - 1) continue;
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (i === 17 && c === 88))) return false;
  }
  return true;
}

function invalid(value: string, type: SubjectIdType | null, problemCode: IdProblemCode): Classification {
  return {
    status: 'invalid',
    type,
    problemCode,
    mask: type === 'idcard' || countDigits(value) >= PERSON_DIGITS,
  };
}

/** The USCC verdict for an 18-character value of USCC characters: valid, or suspect naming the expected check character. */
function asUscc(index: number): Classification {
  return { status: 'suspect', type: 'uscc', problemCode: 'uscc-check', expected: USCC_ALPHABET[index], mask: false };
}

/**
 * Classifies a normalised value (see normalizeSubjectId), domain.md §1 "Which type":
 *
 * 1. empty → invalid `empty`; not 18 characters → invalid `length`.
 * 2. A character outside the USCC alphabet → invalid: `idcard-char` if it is the one
 *    non-digit of an otherwise digit-only number (110105199O…), else `uscc-char`.
 * 3. A letter anywhere but a final X → `uscc`: valid if GB 32100 holds, else suspect.
 * 4. 17 digits + digit/X: a *valid USCC* (GB 32100 holds and, where chars 7–14 are
 *    date-shaped, the inner GB 11714 organisation code holds too) and/or a *valid ID
 *    number* (MOD 11-2 holds and the birth date is real, 1800 to `today`):
 *    USCC only → uscc; ID only → idcard; both → idcard (`maybeUscc`); neither → idcard
 *    invalid (date or check) when chars 7–14 are date-shaped, else uscc suspect.
 *
 * Masked: every idcard and every invalid value with 15 or more digits; a uscc never.
 * `today`: `YYYYMMDD`, the last real birth date.
 */
export function classifySubjectId(value: string, today: string): Classification {
  if (value.length === 0) return { status: 'invalid', type: null, problemCode: 'empty', mask: false };

  if (value.length !== 18) {
    const given = countCodePoints(value);
    if (given !== 18) return { ...invalid(value, null, 'length'), given };
    // 18 code points but not 18 UTF-16 units: an astral character (emoji …) is in it.
    const foreign = firstForeignChar(value)!;
    return { ...invalid(value, 'uscc', 'uscc-char'), position: foreign.position, char: foreign.char };
  }

  const foreign = firstForeignChar(value);
  if (foreign) {
    // 18 UTF-16 units holding a surrogate pair are fewer than 18 characters.
    const given = countCodePoints(value);
    if (given !== 18) return { ...invalid(value, null, 'length'), given };
    // 17 digits and one character that no USCC may contain (…199O0101…): a mistyped ID number.
    if (foreign.char.length === 1 && onlyNonDigitAt(value, foreign.position)) {
      return { ...invalid(value, 'idcard', 'idcard-char'), position: foreign.position, char: foreign.char };
    }
    return { ...invalid(value, 'uscc', 'uscc-char'), position: foreign.position, char: foreign.char };
  }

  const index = usccCheckIndex(value);
  const usccCheckHolds = value.charCodeAt(17) === USCC_ALPHABET.charCodeAt(index);
  if (!isPersonId(value)) {
    // A letter other than a final X: an organisation's code.
    return usccCheckHolds ? { status: 'valid', type: 'uscc', mask: false } : asUscc(index);
  }

  const dateShaped = isDateShaped(value, today);
  const validUscc = usccCheckHolds && (!dateShaped || isValidOrgCode(value.slice(8, 17)));
  const dateProblem = birthDateProblem(value, today);
  const validId = dateProblem === null && idcardCheckChar(value) === value[17];
  if (validId) return validUscc ? { status: 'valid', type: 'idcard', mask: true, maybeUscc: true } : { status: 'valid', type: 'idcard', mask: true };
  if (validUscc) return { status: 'valid', type: 'uscc', mask: false };
  if (dateShaped) return invalid(value, 'idcard', dateProblem === null ? 'idcard-check' : 'idcard-date');
  return asUscc(index);
}
