/**
 * The query ledger as CSV rows and as a file (no DOM): the same columns and words as the
 * table, every subject id through `displayId()` (the platform masks persons already; this
 * is defence in depth), times in China Standard Time.
 */
import type { LedgerEntry } from '../../src/contract/index.js';
import { displayId } from '../../src/ids/index.js';
import { shared } from '../locales/index.js';
import { toCsv } from '../internal/csv-export.js';
import { formatDateTime, scenarioName, type Locale } from '../internal/locale.js';
import { LEDGER_MESSAGES } from './messages.js';
import { authorizationText, verificationText } from '../internal/print/record-additions.js';

/** The header row, in the locale. */
export function ledgerHeader(locale: Locale): string[] {
  const t = LEDGER_MESSAGES[locale].table;
  return [t.at, t.operator, t.department, t.scenario, t.purpose, t.caseNumber, t.subjectName, t.subjectId, t.queryId, t.outcome, t.recordDigest];
}

/**
 * One entry as the cells people read (the table and the CSV show the same). The outcome and
 * the record digest are those of the printed record the query is on, once one is registered;
 * a manual verification says 人工核查 and its finding; a person check's purpose carries its
 * authorisation.
 */
export function ledgerCells(entry: LedgerEntry, locale: Locale): string[] {
  const words = shared(locale);
  return [
    formatDateTime(locale, entry.at),
    entry.operator,
    entry.department ?? '',
    scenarioName(words, entry.scenario),
    // The authorisation of a person check beside its purpose (rules §1).
    entry.authorization ? `${entry.purpose ?? ''}（${authorizationText(locale, entry.authorization)}）` : entry.purpose ?? '',
    entry.caseNumber ?? '',
    entry.subjectName ?? '',
    displayId(entry.subjectId),
    entry.queryId,
    // A manual verification (rules §12) is shown as such, never as a check's outcome.
    entry.outcome ? words.outcome[entry.outcome] : entry.kind === 'manual-verification' && entry.verification ? verificationText(locale, entry.verification.finding) : '',
    entry.recordDigest ?? '',
  ];
}

/** The whole CSV file text (BOM, header, CRLF). */
export function ledgerCsv(entries: readonly LedgerEntry[], locale: Locale): string {
  return toCsv([ledgerHeader(locale), ...entries.map((e) => ledgerCells(e, locale))]);
}
