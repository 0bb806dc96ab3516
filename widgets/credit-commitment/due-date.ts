/**
 * Calendar arithmetic for commitment due dates, in China Standard Time: "today" (or the
 * element's fixed `today`), the default due date and the days left until a due date.
 */
import { addDays, isIsoDate, todayInChina } from '../../src/policy/dates.js';

/** A commitment is due 30 days from today unless the clerk picks another date. */
export const DEFAULT_DUE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `fixed` when it is a real `YYYY-MM-DD` date, else today in China. */
export function chinaToday(fixed?: string | null, now: Date = new Date()): string {
  return fixed && isIsoDate(fixed) ? fixed : todayInChina(now);
}

export function defaultDueOn(today: string): string {
  return addDays(today, DEFAULT_DUE_DAYS);
}

function epochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / DAY_MS);
}

/** Whole days from `today` to `dueOn`: positive = days left, 0 = due today, negative = days overdue. */
export function daysLeft(dueOn: string, today: string): number {
  return epochDay(dueOn) - epochDay(today);
}

export { addDays, isIsoDate };
