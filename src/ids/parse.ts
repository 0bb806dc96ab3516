/**
 * parseSubjectId: normalise, classify, mask and explain a subject id in one call.
 * Pure and total: it never throws, whatever it is given.
 */
import type { IdLocale, ParseSubjectIdOptions, ParsedSubjectId } from './types.js';
import type { Classification } from './classify.js';
import type { IdMessages } from './messages.js';
import { normalizeSubjectId, countDigits } from './normalize.js';
import { classifySubjectId } from './classify.js';
import { todayDigits } from './idcard.js';
import { maskSubjectId } from './mask.js';
import { USCC_FORBIDDEN_LETTERS, usccCharValue } from './uscc.js';
import { displayChar, idMessages, resolveIdLocale } from './messages.js';
import { usccDetails } from './registration.js';

/**
 * The text to parse, or null when there is none. Strings (and String objects) as they
 * are; bigints and non-negative safe integers as their digits. Other numbers are
 * refused: an 18-digit number cannot survive as a JS number, and its rounded digits
 * must not be checked as somebody else's id.
 */
function textOf(input: unknown): string | null {
  switch (typeof input) {
    case 'string':
      return input;
    case 'bigint':
      return input >= 0n ? input.toString() : null;
    case 'number':
      return Number.isSafeInteger(input) && input >= 0 ? String(input) : null;
    case 'object':
      try {
        return input instanceof String ? input.valueOf() : null;
      } catch {
        return null; // e.g. a revoked Proxy
      }
    default:
      return null;
  }
}

/** `YYYY-MM-DD` (or nothing: today in China Standard Time) as `YYYYMMDD`. */
function todayOf(today: unknown): string {
  return typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today.replace(/-/g, '') : todayDigits();
}

/** Only digits and X: what a person's number looks like, whatever its length. */
function isDigitsOrX(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 88)) return false;
  }
  return true;
}

const char = (c: Classification): string => c.char!;

function problemText(value: string, c: Classification, m: IdMessages): string | undefined {
  switch (c.problemCode) {
    case undefined:
      return undefined;
    case 'empty':
      return m.empty;
    case 'length': {
      const given = c.given!;
      if (!isDigitsOrX(value)) return m.lengthUscc(given);
      return given === 15 && countDigits(value) === 15 ? m.lengthOldIdcard : m.lengthAny(given);
    }
    case 'uscc-char': {
      const char = c.char!;
      return USCC_FORBIDDEN_LETTERS.includes(char)
        ? m.usccForbiddenLetter(c.position!, char)
        : m.usccForeignChar(c.position!, displayChar(char));
    }
    case 'idcard-char':
      return m.idcardForeignChar(c.position!, displayChar(char(c)));
    case 'uscc-check':
      return m.usccCheck(c.expected!);
    case 'idcard-check':
      return m.idcardCheck;
    case 'idcard-date':
      return m.idcardDate;
  }
}

/**
 * Parses what a person typed or a host passed as a subject id (domain.md §1).
 *
 * - `value`: normalised (half-width, upper-case, no spaces or hyphens). For a person
 *   this is the full number: send it, never display it.
 * - `masked`: what to show. ID-card numbers always masked (first 6, last 4); a USCC
 *   (valid or suspect) never; an invalid value that could be a person's number (15+
 *   digits) masked.
 * - `maybeUscc`/`note`: a valid ID number that passes the USCC checks too; it is checked
 *   as a person (privacy first) and `note` says it may be a company code.
 * - `problem`/`problemCode`: set for `invalid` and `suspect`.
 * - `details`: for a USCC that is valid or suspect.
 *
 * Never throws: null, numbers, objects … give `invalid` / `empty`.
 */
export function parseSubjectId(input: unknown, options?: ParseSubjectIdOptions): ParsedSubjectId {
  const text = textOf(input);
  const value = text === null ? '' : normalizeSubjectId(text);
  const c = classifySubjectId(value, todayOf(options?.today));
  const result: ParsedSubjectId = {
    status: c.status,
    type: c.type,
    value,
    masked: c.mask ? maskSubjectId(value) : value,
  };
  if (c.problemCode === undefined && c.type !== 'uscc' && !c.maybeUscc) return result;

  const locale: IdLocale = resolveIdLocale(options?.locale);
  if (c.maybeUscc) {
    result.maybeUscc = true;
    result.note = idMessages(locale).maybeUscc;
  }
  if (c.problemCode !== undefined) {
    result.problem = problemText(value, c, idMessages(locale));
    result.problemCode = c.problemCode;
  }
  if (c.type === 'uscc' && c.status !== 'invalid') result.details = usccDetails(value);
  return result;
}
