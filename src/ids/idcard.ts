/**
 * 居民身份证号 (GB 11643): 17 digits + a check character (digit or X) by ISO 7064
 * MOD 11-2; chars 7–14 are the date of birth YYYYMMDD.
 */

/** Weights 2^(17−i) mod 11 for chars 1–17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * The ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') for the first 17 characters
 * of `first17` (a whole 18-character number may be passed; its last character is
 * ignored). Returns '' when there are fewer than 17 characters or one is not a digit.
 */
export function idcardCheckChar(first17: string): string {
  if (first17.length < 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = first17.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return '';
    sum += d * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/**
 * Whether `value` is shaped like an ID-card number: exactly 18 characters, 17 ASCII
 * digits and then a digit or X (x accepted). Says nothing about check or date.
 */
export function isPersonId(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 18) return false;
  for (let i = 0; i < 17; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const last = value.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88 || last === 120;
}

function digitsAt(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + (value.charCodeAt(i) - 48);
  return n;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Today's date in China Standard Time (UTC+8) as `YYYYMMDD`: the last real birth date. */
export function todayDigits(now: number = Date.now()): string {
  // Every id classified asks for today (a birth date may not lie after it): the string is
  // made once per China Standard Time day, not once per id (the engine masks every
  // responsible person's id on every decision).
  const day = Math.floor((now + 8 * 3_600_000) / 86_400_000);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDigits = new Date(day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  }
  return cachedDigits;
}
let cachedDay = Number.NaN;
let cachedDigits = '';

/** The earliest year a birth date may have (GB 11643's own example is born 1880). */
export const FIRST_BIRTH_YEAR = 1800;

/**
 * Whether chars 7–14 are *date-shaped* (domain.md §1): a year from 1800 to this year, a
 * month 01–12 and a day 01–31 — real or not. `today` is `YYYYMMDD`. Expects digits there.
 */
export function isDateShaped(value: string, today: string): boolean {
  const year = digitsAt(value, 6, 4);
  const month = digitsAt(value, 10, 2);
  const day = digitsAt(value, 12, 2);
  return year >= FIRST_BIRTH_YEAR && year <= Number(today.slice(0, 4)) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * `null` when chars 7–14 of an ID-card-shaped value are a real birth date: a calendar
 * date (Gregorian leap years) from 1800-01-01 up to `today` (`YYYYMMDD`); otherwise
 * `'date'`. Expects digits there.
 */
export function birthDateProblem(value: string, today: string): 'date' | null {
  const year = digitsAt(value, 6, 4);
  const month = digitsAt(value, 10, 2);
  const day = digitsAt(value, 12, 2);
  if (year < FIRST_BIRTH_YEAR || month < 1 || month > 12 || day < 1) return 'date';
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > days) return 'date';
  return value.slice(6, 14) > today ? 'date' : null;
}
