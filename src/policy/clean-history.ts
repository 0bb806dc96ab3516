/**
 * Clean history — 连续 N 年无不良信用记录 (domain.md §6).
 *
 * `cleanYears: N` holds on `on` when
 * - `subject.historyFrom` is present and `≤ on − N years`, and
 * - no negative record's in-force interval meets the window `(on − N years, on]`.
 *
 * A record's interval is `[listedOn, end]`, `end` = the earliest of `validUntil`, the
 * day before `closedOn`, and `on`. `revoked` records never count (the listing was an
 * error); `repaired` and `expired` ones count for the days they were in force; so do
 * `active` and `objection` ones. Neutral and positive records never break a clean history.
 *
 * No date arithmetic per record: with `first` = the first day of the window
 * (`on − N years + 1 day`), the interval meets the window iff it is non-empty and
 * `end ≥ first`, which unfolds into plain string comparisons:
 * - `validUntil` absent, or `validUntil ≥ listedOn` and `validUntil ≥ first`;
 * - `closedOn` absent, or `closedOn > listedOn` and `closedOn > first`
 *   (the day before `closedOn` is `≥ x` exactly when `closedOn > x`);
 * - `listedOn ≤ on` (then `on ≥ first` always holds).
 */
import type { CreditRecord, Subject } from '../contract/index.js';
import { addDays, minusYears } from './dates.js';
import { polarityOf } from './polarity.js';

export interface CleanWindow {
  /** `on − N years`: history must reach back to this day; the window excludes it. */
  from: string;
  /** The first day inside the window: `on − N years + 1 day`. */
  first: string;
  /** The last day inside the window: `on`. */
  on: string;
}

// A one-entry memo: a run of evaluations nearly always shares `on` and N.
let memoOn = '';
let memoYears = 0;
let memoWindow: CleanWindow | null = null;

/** The window `(on − N years, on]` of `cleanYears: N`. */
export function cleanWindow(years: number, on: string): CleanWindow {
  if (memoWindow !== null && memoOn === on && memoYears === years) return memoWindow;
  const from = minusYears(on, years);
  const window: CleanWindow = { from, first: addDays(from, 1), on };
  memoOn = on;
  memoYears = years;
  memoWindow = window;
  return window;
}

type Interval = Pick<CreditRecord, 'status' | 'listedOn' | 'validUntil' | 'closedOn'>;

/**
 * Whether the record's in-force interval meets the window, whatever its polarity
 * (`revoked` records never do).
 */
export function meetsWindow(record: Interval, window: CleanWindow): boolean {
  if (record.status === 'revoked') return false;
  const listedOn = record.listedOn;
  if (listedOn > window.on) return false;
  const until = record.validUntil;
  if (until != null && (until < listedOn || until < window.first)) return false;
  const closed = record.closedOn;
  if (closed != null && (closed <= listedOn || closed <= window.first)) return false;
  return true;
}

/** Whether `subject` has had no negative record in force on any day of the last `years` years. */
export function hasCleanHistory(
  subject: Subject,
  records: readonly CreditRecord[],
  years: number,
  on: string,
): boolean {
  const historyFrom = subject.historyFrom;
  if (historyFrom == null) return false;
  const window = cleanWindow(years, on);
  if (historyFrom > window.from) return false;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (polarityOf(record) === 'negative' && meetsWindow(record, window)) return false;
  }
  return true;
}
