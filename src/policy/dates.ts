/**
 * Calendar dates as `YYYY-MM-DD` strings (domain.md §3, §6).
 *
 * Dates in this engine are plain strings: for four-digit years their lexicographic
 * order is the calendar order, so `a <= b` compares two dates without parsing. Only
 * the arithmetic here (years and days) parses them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parse(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Today's date in China Standard Time (UTC+8, no daylight saving). */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * `date` minus `n` calendar years; 29 February becomes 28 February in a non-leap year
 * (domain.md §6). Negative `n` adds years.
 */
export function minusYears(date: string, n: number): string {
  const [year, month, day] = parse(date);
  const y = year - n;
  const d = month === 2 && day === 29 && !isLeapYear(y) ? 28 : day;
  return formatDate(y, month, d);
}

/** `date` plus `n` days (`n` may be negative). */
export function addDays(date: string, n: number): string {
  const [year, month, day] = parse(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  const shifted = new Date(t.getTime() + n * DAY_MS);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** `date` minus `n` days. */
export function minusDays(date: string, n: number): string {
  return addDays(date, -n);
}
