/**
 * `GET /v1/stats` of the simulated platform (统计联合奖惩情况, domain.md §15): counts over
 * its own ledger, feedback, manual verifications and objections for a period, grouped by
 * department, scenario, measure or month. Pure: the platform hands in what it holds.
 *
 * - A check counts on the day of its ledger entry; feedback, verifications and objections
 *   on the day they were received. Days are China Standard Time (the platform writes
 *   `+08:00` times), the period is inclusive.
 * - `groupBy=measure`: a group's `checks` and `outcomes` count the checks where that
 *   measure applied; its feedback is the feedback about that measure. Groups then overlap,
 *   so `totals` are always the period's own counts, never a sum of groups.
 * - `groupBy=month`: every month of the period has a group, empty ones included, so a
 *   trend line has no gaps.
 * - Nothing identifies a subject: no ids, no names; override reasons are free text and go
 *   out with any person's ID number (whole or masked) taken out.
 */
import type { LedgerEntry, Outcome, StatsCounts, StatsGroup, StatsOverride, StatsQuery, StatsReport } from '../contract/index.js';
import type { FeedbackAction } from '../contract/index.js';

/** What the platform decided for one check (kept beside its ledger entry). */
export interface CheckFacts {
  outcome: Outcome;
  /** Ids of the measures applied (not the suspended ones). */
  applied: readonly string[];
}

/** A feedback as the platform stores it (the fields statistics read). */
export interface StatsFeedback {
  queryId: string;
  measureId: string;
  action: FeedbackAction;
  reason?: string | null;
  caseNumber?: string | null;
  department?: string | null;
  receivedAt: string;
}

/** A manual verification or an objection, as statistics see it. */
export interface StatsEvent {
  /** When it was received (RFC 3339, China time) or its day. */
  at: string;
  queryId?: string | null;
  department?: string | null;
  scenario?: string | null;
  measureId?: string | null;
}

export interface StatsInput {
  query: StatsQuery;
  ledger: readonly LedgerEntry[];
  /** The facts of a ledger entry's check. */
  factsOf: (entry: LedgerEntry) => CheckFacts;
  feedback: readonly StatsFeedback[];
  verifications?: readonly StatsEvent[];
  objections?: readonly StatsEvent[];
  /** The catalog's name of a measure, for labels. */
  measureName?: (id: string) => string | undefined;
}

/** A person's ID number in free text, whole (15 or 18 characters) or masked as the SDK masks it. */
const PERSON_ID = /(^|[^\dA-Z*])(\d{15}(?:\d{2}[\dX])?|\d{6}\*{4,}\d{3}[\dX])(?![\dA-Z*])/gi;

/** Free text with every person's number taken out: statistics identify no one, not even by a mask. */
export function withoutPersonIds(text: string): string {
  return text.replace(PERSON_ID, (_, before: string) => `${before}（身份证号已隐去）`);
}

/** At most this many overrides are listed (the newest); `totals.feedback.overridden` counts them all. */
export const MAX_LISTED_OVERRIDES = 1000;

function emptyCounts(): StatsCounts {
  return {
    checks: 0,
    outcomes: { restricted: 0, review: 0, facilitated: 0, clear: 0, unknown: 0 },
    feedback: { applied: 0, notApplied: 0, overridden: 0 },
    verifications: 0,
    objections: 0,
  };
}

/** Every `YYYY-MM` from the month of `from` to the month of `to`. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function countFeedback(counts: StatsCounts, action: FeedbackAction): void {
  if (action === 'applied') counts.feedback.applied += 1;
  else if (action === 'not-applied') counts.feedback.notApplied += 1;
  else counts.feedback.overridden += 1;
}

export function aggregateStats(input: StatsInput): StatsReport {
  const { query } = input;
  const { from, to, groupBy } = query;
  const department = query.department?.trim() || null;
  const inPeriod = (time: string) => {
    const day = time.slice(0, 10);
    return day >= from && day <= to;
  };
  const groups = new Map<string, StatsCounts>();
  if (groupBy === 'month') for (const month of monthsOf(from, to)) groups.set(month, emptyCounts());
  const groupOf = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      g = emptyCounts();
      groups.set(key, g);
    }
    return g;
  };
  const totals = emptyCounts();

  // Checks, and the ledger entries by query id (feedback and events are attributed through them).
  const byQuery = new Map<string, LedgerEntry>();
  for (const entry of input.ledger) {
    byQuery.set(entry.queryId, entry);
    if (!inPeriod(entry.at)) continue;
    if (department !== null && (entry.department ?? '') !== department) continue;
    const facts = input.factsOf(entry);
    totals.checks += 1;
    totals.outcomes[facts.outcome] += 1;
    const keys =
      groupBy === 'measure'
        ? facts.applied
        : [groupBy === 'department' ? entry.department ?? '' : groupBy === 'scenario' ? entry.scenario : entry.at.slice(0, 7)];
    for (const key of keys) {
      const g = groupOf(key);
      g.checks += 1;
      g.outcomes[facts.outcome] += 1;
    }
  }

  const overrides: StatsOverride[] = [];
  for (const fb of input.feedback) {
    if (!inPeriod(fb.receivedAt)) continue;
    const entry = byQuery.get(fb.queryId);
    const dept = entry?.department ?? fb.department ?? '';
    if (department !== null && dept !== department) continue;
    countFeedback(totals, fb.action);
    const key = groupBy === 'department' ? dept : groupBy === 'scenario' ? entry?.scenario ?? '' : groupBy === 'measure' ? fb.measureId : fb.receivedAt.slice(0, 7);
    countFeedback(groupOf(key), fb.action);
    if (fb.action === 'overridden') {
      const o: StatsOverride = { on: fb.receivedAt.slice(0, 10), measureId: fb.measureId, reason: withoutPersonIds(fb.reason ?? '') };
      if (dept) o.department = dept;
      if (entry?.scenario) o.scenario = entry.scenario;
      const name = input.measureName?.(fb.measureId);
      if (name) o.measureName = name;
      const caseNumber = fb.caseNumber ?? entry?.caseNumber;
      if (caseNumber) o.caseNumber = caseNumber;
      overrides.push(o);
    }
  }

  const countEvents = (events: readonly StatsEvent[] | undefined, field: 'verifications' | 'objections') => {
    for (const ev of events ?? []) {
      if (!inPeriod(ev.at)) continue;
      const entry = ev.queryId ? byQuery.get(ev.queryId) : undefined;
      const dept = ev.department ?? entry?.department ?? '';
      if (department !== null && dept !== department) continue;
      totals[field] += 1;
      if (groupBy === 'measure') {
        if (ev.measureId) groupOf(ev.measureId)[field] += 1;
        continue;
      }
      const key = groupBy === 'department' ? dept : groupBy === 'scenario' ? ev.scenario ?? entry?.scenario ?? '' : ev.at.slice(0, 7);
      groupOf(key)[field] += 1;
    }
  };
  countEvents(input.verifications, 'verifications');
  countEvents(input.objections, 'objections');

  const list: StatsGroup[] = [];
  groups.forEach((counts, key) => {
    const group: StatsGroup = { key, ...counts };
    const label = groupBy === 'measure' ? input.measureName?.(key) : undefined;
    if (label) group.label = label;
    list.push(group);
  });
  // Months in calendar order; anything else busiest first, then by key.
  if (groupBy === 'month') list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  else list.sort((a, b) => b.checks - a.checks || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  overrides.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const report: StatsReport = { from, to, groupBy, groups: list, totals, overrides: overrides.slice(-MAX_LISTED_OVERRIDES) };
  if (department !== null) report.department = department;
  return report;
}
