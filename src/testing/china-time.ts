/**
 * RFC 3339 times in China Standard Time (UTC+8, no daylight saving), the way the
 * platform writes `asOf`, ledger `at` and commitment times: `2026-11-22T08:00:00+08:00`.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `instant` as `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function chinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** The time of day of `instant` (China Standard Time) on the calendar day `day` (`YYYY-MM-DD`). */
export function chinaDateTimeOn(day: string, instant: Date): string {
  return `${day}${chinaDateTime(instant).slice(10)}`;
}

/** A time on `day` at `hours:minutes:seconds`, China Standard Time. */
export function chinaTimeOfDay(day: string, hours: number, minutes: number, seconds = 0): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(hours)}:${two(minutes)}:${two(seconds)}+08:00`;
}
