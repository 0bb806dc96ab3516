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
import { parseAuthorizationCell, type BidderEntry, type RowAuthorization } from './parse-input.js';

export const ROW_STATUSES = ['invalid', 'duplicate', 'pending', 'screening', 'done'] as const;
/**
 * - `invalid`: the code breaks a rule (or is missing); never sent;
 * - `duplicate`: the same code as an earlier row; not sent again;
 * - `pending`: valid (or suspect), not screened yet (or the screening was cancelled);
 * - `screening`: sent, waiting for its batch;
 * - `done`: has a decision (possibly `unknown`).
 */
export type RowStatus = (typeof ROW_STATUSES)[number];

/**
 * Why a row is not sent (codes; the words are made at render time, in the page's language):
 * - `invalid-id`: the code breaks a rule of GB 32100 / GB 11643 (or is missing);
 * - `duplicate`: the same code as an earlier row;
 * - `excel-scientific`: Excel showed the code as a number in scientific notation (`1.10105E+17`);
 * - `excel-truncated`: an 18-digit code whose last digits Excel turned into `000` (it keeps 15 digits).
 */
export const ROW_PROBLEMS = ['invalid-id', 'duplicate', 'excel-scientific', 'excel-truncated'] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];
/**
 * Sent, but to be verified: `suspect-id` (check character off), `empty-name`, and
 * `name-mismatch` (the platform's registered name is not the name entered: 需核对).
 */
export const ROW_WARNINGS = ['suspect-id', 'empty-name', 'name-mismatch'] as const;
export type RowWarning = (typeof ROW_WARNINGS)[number];

/** One row as the page sees it (`rows`, `credit-screen-complete`): never a person's full number. */
export interface BidderRow {
  /** 1-based position in the imported list. */
  readonly index: number;
  /** The officer's own row number (a 序号 column of the list), when the list had one. */
  readonly serial?: string;
  /** The name as imported ('' when the row had none). */
  readonly name: string;
  /** The code as shown to people: normalised; a person's number masked (first 6 + last 4). */
  readonly id: string;
  /** `uscc`, `idcard`, or null when the code cannot be classified. */
  readonly type: SubjectIdType | null;
  readonly status: RowStatus;
  /** Why the row is not sent (a code; see ROW_PROBLEMS). */
  readonly problem?: RowProblem;
  /** Sent, but to be verified (codes; see ROW_WARNINGS). */
  readonly warnings: readonly RowWarning[];
  /** The name entered does not match the platform's registered name: never clear or facilitated (需核对). */
  readonly needsVerification: boolean;
  /** For `duplicate`: the index of the first row with this code. */
  readonly duplicateOf?: number;
  /** For `done`: the decision (person ids masked). */
  readonly decision?: Decision;
}

/** The element's own row: the public fields plus the value to send. */
export interface ScreenRow {
  index: number;
  serial?: string;
  name: string;
  /** Normalised code — a person's FULL number: sent to the client, never rendered, logged or exposed. */
  value: string;
  id: string;
  type: SubjectIdType | null;
  idStatus: 'valid' | 'suspect' | 'invalid';
  status: RowStatus;
  duplicateOf?: number;
  decision?: Decision;
  problem?: RowProblem;
  warnings: RowWarning[];
  /** The row's own authorisation (the list's authorisation column), for a person check. */
  authorization?: RowAuthorization;
  /** What the authorisation sent with a person row lacked (set when it is screened): the row is refused before any request. */
  authorizationGap?: AuthorizationGap;
  /**
   * The manual verification (人工核查, rules §12) recorded for the row's unknown decision, in
   * codes: its finding, source and date, the write's Idempotency-Key (`key`, how the screen
   * follows it in the outbox) and its delivery state — `queued` until the outbox delivers it
   * (`sent`) or the platform refuses it (`rejected`: the row offers the form again). Cleared
   * when the row is screened again.
   */
  verification?: { finding: 'no-records' | 'records-found'; source: string; checkedOn: string; key: string; state: 'queued' | 'sent' | 'rejected' };
}

/** What a person check's authorisation lacks: all of it, or the consent's reference (domain rules §1). */
export type AuthorizationGap = 'missing' | 'reference';

/** What `authorization` lacks for a person check, or null when it is complete. */
export function authorizationGap(authorization: RowAuthorization | undefined): AuthorizationGap | null {
  if (!authorization) return 'missing';
  if (authorization.basis === 'subject-consent' && !authorization.reference?.trim()) return 'reference';
  return null;
}

/** Outcome order of the default sort: what needs action first (unknown needs manual work). */
export const OUTCOME_ORDER: readonly Outcome[] = ['restricted', 'unknown', 'review', 'facilitated', 'clear'];

/** Unknown outcomes caused by the platform or the network: worth trying again. */
export const RETRYABLE_REASONS: readonly UnknownReason[] = ['network', 'timeout', 'http', 'invalid-response', 'unauthorized'];

export function isRetryable(row: ScreenRow): boolean {
  const d = row.decision;
  return row.status === 'done' && !!d && d.outcome === 'unknown' && !!d.reason && RETRYABLE_REASONS.includes(d.reason);
}

/** The same name, written with other spaces, brackets or full-width forms (domain.md §10). */
export function sameName(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[（【［]/g, '(')
      .replace(/[）】］]/g, ')');
  return norm(a) === norm(b);
}

/** Whether a screened row's registered name differs from the name entered. */
export function nameMismatch(row: ScreenRow): boolean {
  const registered = row.decision?.subject?.name;
  return !!(row.name && registered && !sameName(row.name, registered));
}

/**
 * Whether the row needs verification because of its name: a result that would let the
 * bidder through (`clear`, `facilitated`) is not taken as such (domain.md §10).
 */
export function needsVerification(row: ScreenRow): boolean {
  const o = row.status === 'done' ? row.decision?.outcome : undefined;
  return (o === 'clear' || o === 'facilitated') && row.warnings.includes('name-mismatch');
}

/** After a decision arrives: the warnings that depend on it. */
export function noteDecision(row: ScreenRow): void {
  row.warnings = row.warnings.filter((w) => w !== 'name-mismatch');
  if (nameMismatch(row)) row.warnings.push('name-mismatch');
}

/** The words of a row's problem and warnings in `locale` (the id rules' own sentences come from `parseSubjectId`). */
export function rowTexts(row: ScreenRow, locale: Locale): { problem?: string; warnings: string[] } {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  let problem: string | undefined;
  switch (row.problem) {
    case 'invalid-id':
      problem = parseSubjectId(row.value, { locale }).problem ?? m.status.invalid;
      break;
    case 'duplicate':
      problem = m.duplicateOf(row.duplicateOf ?? 0);
      break;
    case 'excel-scientific':
      problem = m.excelScientific(row.value);
      break;
    case 'excel-truncated':
      problem = m.excelTruncated;
      break;
  }
  const warnings = row.warnings.map((w) =>
    w === 'suspect-id'
      ? parseSubjectId(row.value, { locale }).problem ?? m.status.invalid
      : w === 'empty-name'
        ? m.emptyName
        : m.nameMismatch(row.decision?.subject?.name ?? ''),
  );
  return problem ? { problem, warnings } : { warnings };
}

/** How Excel damages long numbers: scientific notation, or the digits after the 15th turned to 0. */
export function excelDamage(code: string): 'excel-scientific' | 'excel-truncated' | null {
  const t = code.trim();
  if (/^\d(\.\d+)?[eE]\+?\d+$/.test(t)) return 'excel-scientific';
  if (/^\d{15}000$/.test(t) && parseSubjectId(t).status !== 'valid') return 'excel-truncated';
  return null;
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
      const damage = excelDamage(entry.code);
      const row: ScreenRow = {
        index: this.rows.length + 1,
        name: entry.name,
        value: parsed.value,
        id: parsed.masked,
        type: parsed.type,
        idStatus: damage ? 'invalid' : parsed.status,
        status: damage || parsed.status === 'invalid' ? 'invalid' : 'pending',
        warnings: [],
      };
      if (entry.serial) row.serial = entry.serial;
      const authorization = parseAuthorizationCell(entry.authorization);
      if (authorization) row.authorization = authorization;
      if (damage) {
        row.problem = damage;
        // Shown as Excel showed it: the digits it kept are not a code.
        row.value = row.id = entry.code.trim();
        row.type = null;
      } else if (row.status === 'invalid') row.problem = 'invalid-id';
      else if (row.idStatus === 'suspect') row.warnings.push('suspect-id');
      if (!row.name) row.warnings.push('empty-name');
      if (row.status === 'pending') {
        const first = this.#seen.get(parsed.value);
        if (first) {
          row.status = 'duplicate';
          row.duplicateOf = first;
          row.problem = 'duplicate';
        } else {
          this.#seen.set(parsed.value, row.index);
        }
      }
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
    ...(row.serial ? { serial: row.serial } : {}),
    name: row.name,
    id: row.id,
    type: row.type,
    status: row.status,
    warnings: Object.freeze(row.warnings.slice()),
    needsVerification: needsVerification(row),
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
  /** Outcomes of the done rows (a row that needs verification for its name is not counted as clear or facilitated). */
  counts: Record<Outcome, number>;
  /** Done rows whose name does not match the code's registered name (需核对), not counted among `counts`' clear/facilitated. */
  needsVerification: number;
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
    needsVerification: 0,
  };
  for (const row of rows) {
    s[row.status]++;
    if (row.warnings.length && row.status !== 'invalid' && row.status !== 'duplicate') s.warned++;
    if (row.type === 'idcard' && row.status !== 'invalid' && row.status !== 'duplicate') s.persons++;
    if (row.status === 'done' && row.decision) {
      if (needsVerification(row)) s.needsVerification++;
      else s.counts[row.decision.outcome]++;
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
      if (needsVerification(row)) return 2; // with review: to be looked at
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
    case 'review':
      return row.status === 'done' && (row.decision?.outcome === 'review' || needsVerification(row));
    case 'restricted':
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
