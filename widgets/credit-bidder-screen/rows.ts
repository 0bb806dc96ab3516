/**
 * The row model of `<credit-bidder-screen>`: validation of each imported row, duplicates,
 * the summary, sorting and filtering. DOM-free and pure apart from mutating the rows it
 * is given (the element owns them).
 *
 * Personal data: a row keeps the normalised value it sends (`value`, a person's FULL
 * number) only inside the element; what leaves it (`publicRow`) and what is rendered
 * carries the mask (`id`: first 6 + last 4).
 */
import type { Outcome, UnknownReason } from '../../src/contract/index.js';
import { parseSubjectId, type SubjectIdType } from '../../src/ids/index.js';
import type { Decision } from '../../src/policy/decision.js';
import type { Locale } from '../internal/locale.js';
import { BIDDER_SCREEN_MESSAGES } from './messages.js';
import type { BidderEntry } from './parse-input.js';

export const ROW_STATUSES = ['invalid', 'duplicate', 'pending', 'screening', 'done'] as const;
/**
 * - `invalid`: the code breaks a rule (or is missing); never sent;
 * - `duplicate`: the same code as an earlier row; not sent again;
 * - `pending`: valid (or suspect), not screened yet (or the screening was cancelled);
 * - `screening`: sent, waiting for its batch;
 * - `done`: has a decision (possibly `unknown`).
 */
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One row as the page sees it (`rows`, `credit-screen-complete`): never a person's full number. */
export interface BidderRow {
  /** 1-based position in the imported list. */
  readonly index: number;
  /** The name as imported ('' when the row had none). */
  readonly name: string;
  /** The code as shown to people: normalised; a person's number masked (first 6 + last 4). */
  readonly id: string;
  /** `uscc`, `idcard`, or null when the code cannot be classified. */
  readonly type: SubjectIdType | null;
  readonly status: RowStatus;
  /** Why the row is not sent: the rule the code breaks (`invalid`), or which row it repeats (`duplicate`). */
  readonly problem?: string;
  /** Sent, but to be verified: a suspect check character, an empty name. */
  readonly warnings: readonly string[];
  /** For `duplicate`: the index of the first row with this code. */
  readonly duplicateOf?: number;
  /** For `done`: the decision (person ids masked). */
  readonly decision?: Decision;
}

/** The element's own row: the public fields plus the value to send. */
export interface ScreenRow {
  index: number;
  name: string;
  /** Normalised code — a person's FULL number: sent to the client, never rendered, logged or exposed. */
  value: string;
  id: string;
  type: SubjectIdType | null;
  idStatus: 'valid' | 'suspect' | 'invalid';
  status: RowStatus;
  duplicateOf?: number;
  decision?: Decision;
  /** The locale `problem` and `warnings` are written in. */
  locale: Locale;
  problem?: string;
  warnings: string[];
}

/** Outcome order of the default sort: what needs action first (unknown needs manual work). */
export const OUTCOME_ORDER: readonly Outcome[] = ['restricted', 'unknown', 'review', 'facilitated', 'clear'];

/** Unknown outcomes caused by the platform or the network: worth trying again. */
export const RETRYABLE_REASONS: readonly UnknownReason[] = ['network', 'timeout', 'http', 'invalid-response', 'unauthorized'];

export function isRetryable(row: ScreenRow): boolean {
  const d = row.decision;
  return row.status === 'done' && !!d && d.outcome === 'unknown' && !!d.reason && RETRYABLE_REASONS.includes(d.reason);
}

/** Writes `problem` and `warnings` in `locale` (the rule texts come from `parseSubjectId`). */
export function describeRow(row: ScreenRow, locale: Locale): void {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  row.locale = locale;
  row.problem = undefined;
  row.warnings = [];
  if (row.idStatus !== 'valid') {
    const parsed = parseSubjectId(row.value, { locale });
    if (row.idStatus === 'invalid') row.problem = parsed.problem;
    else if (parsed.problem) row.warnings.push(parsed.problem);
  }
  if (row.status === 'duplicate' && row.duplicateOf) row.problem = m.duplicateOf(row.duplicateOf);
  if (!row.name) row.warnings.push(m.emptyName);
}

/**
 * Validates imported entries one by one and marks later repeats of a code as duplicates;
 * `add` can be called in slices (a long list is built across several tasks).
 */
export class RowBuilder {
  readonly rows: ScreenRow[] = [];
  readonly #seen = new Map<string, number>();
  readonly #locale: Locale;

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  add(entries: readonly BidderEntry[]): void {
    const locale = this.#locale;
    for (const entry of entries) {
      const parsed = parseSubjectId(entry.code, { locale });
      const row: ScreenRow = {
        index: this.rows.length + 1,
        name: entry.name,
        value: parsed.value,
        id: parsed.masked,
        type: parsed.type,
        idStatus: parsed.status,
        status: parsed.status === 'invalid' ? 'invalid' : 'pending',
        locale,
        warnings: [],
      };
      if (row.status === 'pending') {
        const first = this.#seen.get(parsed.value);
        if (first) {
          row.status = 'duplicate';
          row.duplicateOf = first;
        } else {
          this.#seen.set(parsed.value, row.index);
        }
      }
      describeRow(row, locale);
      this.rows.push(row);
    }
  }
}

/** Validates imported entries, marks later repeats of a code as duplicates. */
export function buildRows(entries: readonly BidderEntry[], locale: Locale): ScreenRow[] {
  const builder = new RowBuilder(locale);
  builder.add(entries);
  return builder.rows;
}

/** The row as the page may see it (frozen; no full person number). */
export function publicRow(row: ScreenRow): BidderRow {
  const out: BidderRow = {
    index: row.index,
    name: row.name,
    id: row.id,
    type: row.type,
    status: row.status,
    warnings: Object.freeze(row.warnings.slice()),
    ...(row.problem ? { problem: row.problem } : {}),
    ...(row.duplicateOf ? { duplicateOf: row.duplicateOf } : {}),
    ...(row.decision ? { decision: row.decision } : {}),
  };
  return Object.freeze(out);
}

// ------------------------------------------------------------------------- the summary

export interface RowSummary {
  total: number;
  invalid: number;
  duplicate: number;
  pending: number;
  screening: number;
  done: number;
  /** Rows sent with a warning (suspect code, empty name). */
  warned: number;
  /** Done rows whose check failed for a reason worth retrying. */
  failed: number;
  /** Natural persons' numbers among the rows that can be sent. */
  persons: number;
  /** Outcomes of the done rows. */
  counts: Record<Outcome, number>;
}

export function summarize(rows: readonly ScreenRow[]): RowSummary {
  const s: RowSummary = {
    total: rows.length,
    invalid: 0,
    duplicate: 0,
    pending: 0,
    screening: 0,
    done: 0,
    warned: 0,
    failed: 0,
    persons: 0,
    counts: { restricted: 0, review: 0, facilitated: 0, clear: 0, unknown: 0 },
  };
  for (const row of rows) {
    s[row.status]++;
    if (row.warnings.length && row.status !== 'invalid' && row.status !== 'duplicate') s.warned++;
    if (row.type === 'idcard' && row.status !== 'invalid' && row.status !== 'duplicate') s.persons++;
    if (row.status === 'done' && row.decision) {
      s.counts[row.decision.outcome]++;
      if (isRetryable(row)) s.failed++;
    }
  }
  return s;
}

// ------------------------------------------------------------------------- sorting, filtering

export const SORT_KEYS = ['outcome', 'name', 'code', 'index'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export const FILTERS = ['all', 'restricted', 'review', 'unknown', 'problems'] as const;
/** `problems`: rows not sent (invalid, duplicate) or sent with a warning. */
export type RowFilter = (typeof FILTERS)[number];

/**
 * Place of a row in the outcome order: restricted, unknown, invalid (needs manual work
 * like unknown), review, facilitated, clear, then rows without a result, then repeats.
 */
export function outcomeRank(row: ScreenRow): number {
  switch (row.status) {
    case 'done':
      return row.decision ? OUTCOME_ORDER.indexOf(row.decision.outcome) : 5;
    case 'invalid':
      return 1.5;
    case 'pending':
    case 'screening':
      return 5;
    case 'duplicate':
      return 6;
  }
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return c;
}

/**
 * The rows in the order of `key` and `direction`, as a new array. Ties keep the imported
 * order; rows without a name or code go last in either direction.
 */
export function sortRows(rows: readonly ScreenRow[], key: SortKey, direction: SortDirection, locale: Locale): ScreenRow[] {
  const sign = direction === 'descending' ? -1 : 1;
  const byIndex = (a: ScreenRow, b: ScreenRow) => a.index - b.index;
  let compare: (a: ScreenRow, b: ScreenRow) => number;
  switch (key) {
    case 'index':
      compare = (a, b) => sign * (a.index - b.index);
      break;
    case 'outcome': {
      const ranks = new Map<ScreenRow, number>();
      for (const row of rows) ranks.set(row, outcomeRank(row));
      compare = (a, b) => sign * (ranks.get(a)! - ranks.get(b)!) || byIndex(a, b);
      break;
    }
    case 'name': {
      const c = collator(locale);
      compare = (a, b) => emptyLast(a.name, b.name) || sign * c.compare(a.name, b.name) || byIndex(a, b);
      break;
    }
    case 'code':
      compare = (a, b) => emptyLast(a.id, b.id) || sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || byIndex(a, b);
      break;
  }
  return rows.slice().sort(compare);
}

function emptyLast(a: string, b: string): number {
  return (a ? 0 : 1) - (b ? 0 : 1);
}

export function matchesFilter(row: ScreenRow, filter: RowFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'restricted':
    case 'review':
    case 'unknown':
      return row.status === 'done' && row.decision?.outcome === filter;
    case 'problems':
      return row.status === 'invalid' || row.status === 'duplicate' || row.warnings.length > 0;
  }
}

/** How many rows each filter shows. */
export function filterCounts(rows: readonly ScreenRow[]): Record<RowFilter, number> {
  const counts = { all: 0, restricted: 0, review: 0, unknown: 0, problems: 0 } as Record<RowFilter, number>;
  for (const row of rows) for (const f of FILTERS) if (matchesFilter(row, f)) counts[f]++;
  return counts;
}
