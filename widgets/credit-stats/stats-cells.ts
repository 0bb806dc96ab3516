/**
 * Statistics as the cells people read (no DOM): the period a choice stands for, a group's
 * name, the table's columns — the same for the table, the CSV and the printed report.
 */
import type { Outcome, StatsCounts, StatsGroup, StatsGroupBy, StatsReport } from '../../src/contract/index.js';
import { shared } from '../locales/index.js';
import { toCsv } from '../internal/csv-export.js';
import { formatNumber, scenarioName, type Locale } from '../internal/locale.js';
import { STATS_MESSAGES, type StatsPeriod } from './messages.js';

/** The outcomes in the order the chart stacks them and the table lists them. */
export const STATS_OUTCOMES: readonly Outcome[] = ['restricted', 'review', 'facilitated', 'clear', 'unknown'];

const two = (n: number) => String(n).padStart(2, '0');

/** The dates (`YYYY-MM-DD`) of a named period up to `today`: this month, quarter or year. */
export function periodRange(period: Exclude<StatsPeriod, 'custom'>, today: string): { from: string; to: string } {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  if (period === 'year') return { from: `${year}-01-01`, to: today };
  if (period === 'quarter') return { from: `${year}-${two(month - ((month - 1) % 3))}-01`, to: today };
  return { from: `${year}-${two(month)}-01`, to: today };
}

/** The name of a group as people read it. */
export function groupName(group: Pick<StatsGroup, 'key' | 'label'>, groupBy: StatsGroupBy, locale: Locale): string {
  const m = STATS_MESSAGES[locale];
  if (groupBy === 'month') return /^\d{4}-\d{2}$/.test(group.key) ? m.month(group.key.slice(0, 4), group.key.slice(5, 7)) : group.key;
  if (groupBy === 'scenario') return group.key ? scenarioName(shared(locale), group.key) : m.unattributed;
  if (groupBy === 'measure') return group.label || group.key;
  return group.key || m.noDepartment;
}

/** The column headings after the group's name. */
export function statsHeader(locale: Locale): string[] {
  const m = STATS_MESSAGES[locale].table;
  const w = shared(locale);
  return [m.checks, ...STATS_OUTCOMES.map((o) => w.outcome[o]), m.applied, m.notApplied, m.overridden, m.verifications, m.objections];
}

/** The counts of one row, in the order of {@link statsHeader}. */
export function statsCounts(c: StatsCounts): number[] {
  return [c.checks, ...STATS_OUTCOMES.map((o) => c.outcomes[o]), c.feedback.applied, c.feedback.notApplied, c.feedback.overridden, c.verifications, c.objections];
}

/** The whole table as CSV (BOM, header, one row per group, the totals last). */
export function statsCsv(report: StatsReport, locale: Locale): string {
  const m = STATS_MESSAGES[locale];
  const n = (v: number) => String(v);
  return toCsv([
    [m.table.group, ...statsHeader(locale)],
    ...report.groups.map((g) => [groupName(g, report.groupBy, locale), ...statsCounts(g).map(n)]),
    [m.table.total, ...statsCounts(report.totals).map(n)],
  ]);
}

/** A count for people (grouping separators in the locale). */
export function formatCount(locale: Locale, value: number): string {
  return formatNumber(locale, value);
}
