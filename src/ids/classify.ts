/**
 * The rules of domain.md §1 applied to a normalised value, without any text: which
 * type, which status, which rule failed and where. Messages are added by parse.ts.
 */
import type { IdProblemCode, IdStatus, SubjectIdType } from './types.js';
import { countCodePoints, countDigits } from './normalize.js';
import { USCC_ALPHABET, hasValidUsccCheck, usccCheckIndex, usccCharValue } from './uscc.js';
import { hasRealBirthDate, idcardCheckChar, isPersonId } from './idcard.js';

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
  /** Whether people must see the value masked (it is, or could be, a person's number). */
  mask: boolean;
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

/**
 * Number of characters that break the ID-card shape (non-digit in 1–17, not digit/X at
 * 18) — 0, 1 or 2 meaning "two or more" — with the position of the first. Expects 18
 * UTF-16 units.
 */
function idcardShapeBreaks(value: string): { count: number; position: number } {
  let count = 0;
  let position = 0;
  for (let i = 0; i < 18; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (i === 17 && c === 88);
    if (ok) continue;
    if (count++ === 0) position = i + 1;
    else break; // two or more: the callers only ask about exactly one
  }
  return { count, position };
}

/**
 * Whether an 18-character value not shaped like an ID-card number is one character
 * away from one with a real birth date (…1231X021, …002Y, …19A91231…): a person's
 * number with a typing error, whatever else it may also pass.
 */
function isNearPersonId(value: string): boolean {
  const breaks = idcardShapeBreaks(value);
  if (breaks.count !== 1) return false;
  const p = breaks.position;
  if (p < 7 || p > 14) return hasRealBirthDate(value);
  for (let d = 0; d <= 9; d++) {
    if (hasRealBirthDate(value.slice(0, p - 1) + d + value.slice(p))) return true;
  }
  return false;
}

function invalid(value: string, type: SubjectIdType | null, problemCode: IdProblemCode): Classification {
  return {
    status: 'invalid',
    type,
    problemCode,
    mask: type === 'idcard' || countDigits(value) >= PERSON_DIGITS,
  };
}

/**
 * Classifies a normalised value (see normalizeSubjectId). In order:
 *
 * 1. empty → invalid `empty`; not 18 characters → invalid `length`.
 * 2. 17 digits + digit/X → an ID-card number: valid if date and MOD 11-2 check hold;
 *    else invalid `idcard-date` / `idcard-check` — except that a value whose chars 7–14
 *    are no date but whose GB 32100 check matches is an all-digit USCC (older organisation
 *    codes are often all digits: 911000001000013428), valid, and masked all the same.
 * 3. A character outside the USCC alphabet → invalid: `idcard-char` if it is the one
 *    non-digit of an otherwise digit-only number (110105199O…), else `uscc-char`.
 * 4. Otherwise a USCC: check matches → valid; else suspect `uscc-check`.
 *    A value one character away from an ID-card number with a real birth date
 *    (11010519491231002Y) is a person's number mistyped: masked when it is a valid USCC
 *    by chance, invalid `idcard-char` when it is not.
 *
 * Masked: every idcard, every value shaped as or one character away from a person's
 * number, and every invalid value with 15 or more digits.
 */
export function classifySubjectId(value: string): Classification {
  if (value.length === 0) return { status: 'invalid', type: null, problemCode: 'empty', mask: false };

  if (value.length !== 18) {
    const given = countCodePoints(value);
    if (given !== 18) return { ...invalid(value, null, 'length'), given };
    // 18 code points but not 18 UTF-16 units: an astral character (emoji …) is in it.
    const foreign = firstForeignChar(value)!;
    return { ...invalid(value, 'uscc', 'uscc-char'), position: foreign.position, char: foreign.char };
  }

  if (isPersonId(value)) {
    const dateOk = hasRealBirthDate(value);
    if (dateOk && idcardCheckChar(value) === value[17]) return { status: 'valid', type: 'idcard', mask: true };
    if (!dateOk && hasValidUsccCheck(value)) return { status: 'valid', type: 'uscc', mask: true };
    return invalid(value, 'idcard', dateOk ? 'idcard-check' : 'idcard-date');
  }

  const foreign = firstForeignChar(value);
  if (foreign) {
    // 18 UTF-16 units holding a surrogate pair are fewer than 18 characters.
    const given = countCodePoints(value);
    if (given !== 18) return { ...invalid(value, null, 'length'), given };
    const breaks = idcardShapeBreaks(value);
    // 17 digits and one character that no USCC may contain (…199O0101…): a mistyped ID number.
    if (breaks.count === 1 && breaks.position === foreign.position) {
      return { ...invalid(value, 'idcard', 'idcard-char'), position: foreign.position, char: foreign.char };
    }
    return { ...invalid(value, 'uscc', 'uscc-char'), position: foreign.position, char: foreign.char };
  }

  const index = usccCheckIndex(value);
  const nearPerson = isNearPersonId(value);
  // A code that passes GB 32100 is a USCC, but if it might be a mistyped person's number it stays masked.
  if (value.charCodeAt(17) === USCC_ALPHABET.charCodeAt(index)) return { status: 'valid', type: 'uscc', mask: nearPerson };
  // Failing the USCC check as well: a person's number with one mistyped character, not an
  // organisation's code to send to the platform without a purpose.
  if (nearPerson) {
    const { position } = idcardShapeBreaks(value);
    return { ...invalid(value, 'idcard', 'idcard-char'), position, char: value[position - 1] };
  }
  return {
    status: 'suspect',
    type: 'uscc',
    problemCode: 'uscc-check',
    expected: USCC_ALPHABET[index],
    mask: false,
  };
}
