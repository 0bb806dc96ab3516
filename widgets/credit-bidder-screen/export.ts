/**
 * What `<credit-bidder-screen>` hands out for the procurement file: the CSV (UTF-8 with a
 * byte-order mark, via the shared `toCsv`) and the rows of the printed check record
 * (one decision per row, for `checkRecordListTemplate`). DOM-free.
 *
 * Both carry the code as shown to people: a natural person's number masked.
 */
import { unknownDecision } from '../../src/policy/unknown-decision.js';
import type { Decision } from '../../src/policy/decision.js';
import { toCsv } from '../internal/csv-export.js';
import { formatDateTime, type Locale } from '../internal/locale.js';
import type { ListRecordRow } from '../internal/print/list-record.js';
import { shared } from '../locales/index.js';
import { BIDDER_SCREEN_MESSAGES } from './messages.js';
import { needsVerification, rowTexts, type ScreenRow } from './rows.js';
import type { RowAuthorization } from './parse-input.js';
import { authorizationText } from '../internal/print/record-additions.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../internal/manual-verification-messages.js';

/** The label of a person row's authorisation on the printed list. */
const ISSUE17_WORDS: Record<Locale, { authorization: string }> = {
  'zh-CN': { authorization: '查询授权：' },
  'zh-Hant': { authorization: '查詢授權：' },
  en: { authorization: 'Authorisation: ' },
};

/** The name to show for a row: as imported, else the platform's. */
export function displayName(row: ScreenRow): string {
  return row.name || row.decision?.subject?.name || '';
}

/** The measures of a decision in one line: applied, then suspended ones marked as such. */
export function measuresLine(decision: Decision, locale: Locale): string {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  const names = [...decision.applied.map((h) => h.measure.name), ...decision.suspended.map((h) => m.suspendedMeasure(h.measure.name))];
  return names.length ? names.join(m.listSeparator) : m.noMeasures;
}

/** Why a row came out as it did: input problems, warnings, the failure reason or the records behind the measures. */
export function reasonsOf(row: ScreenRow, locale: Locale): string[] {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  const w = shared(locale);
  const out: string[] = [];
  const texts = rowTexts(row, locale);
  if (texts.problem) out.push(texts.problem);
  out.push(...texts.warnings);
  const d = row.status === 'done' ? row.decision : undefined;
  if (!d) return out;
  if (d.outcome === 'unknown' && d.reason) out.push(w.reason[d.reason]);
  const seen = new Set<string>();
  for (const hit of [...d.applied, ...d.suspended]) {
    for (const r of hit.records) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(m.recordReason(w.listType[r.listType] ?? r.listType, r.title, r.authority));
    }
  }
  for (const warning of d.warnings) {
    // The row already says, in the words of the id rules, that the check character is off.
    if (warning.code === 'suspect-id' && row.idStatus === 'suspect') continue;
    out.push(w.warning[warning.code]?.(warning.data ?? {}) ?? warning.code);
  }
  return out;
}

/** The outcome word of a row, or its status word when it has no result. */
export function outcomeWord(row: ScreenRow, locale: Locale): string {
  if (row.status === 'done' && row.decision) return needsVerification(row) ? BIDDER_SCREEN_MESSAGES[locale].needsVerification : shared(locale).outcome[row.decision.outcome];
  const status = BIDDER_SCREEN_MESSAGES[locale].status;
  return row.status === 'done' ? status.pending : status[row.status];
}

/** The CSV table: a header row, then one row per bidder in the order given. */
export function exportTable(rows: readonly ScreenRow[], locale: Locale): string[][] {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  const c = m.csv;
  const table: string[][] = [[c.index, c.name, c.code, c.outcome, c.measures, c.reasons, c.queryId, c.asOf]];
  for (const row of rows) {
    const d = row.status === 'done' ? row.decision : undefined;
    table.push([
      row.serial ?? String(row.index),
      displayName(row),
      row.id,
      outcomeWord(row, locale),
      d ? measuresLine(d, locale) : '',
      reasonsOf(row, locale).join(m.listSeparator),
      d?.queryId ?? '',
      d?.asOf ? formatDateTime(locale, d.asOf) : '',
    ]);
  }
  return table;
}

/** The CSV text (byte-order mark first, CRLF line ends). */
export function bidderCsv(rows: readonly ScreenRow[], locale: Locale): string {
  return toCsv(exportTable(rows, locale));
}

/**
 * The rows of the printed check record, in the table's order: every screened row with its
 * decision; a row with an invalid code as the `unknown` / `invalid-subject` decision the
 * client gives such a code, with the rule it breaks; repeats and rows not screened (a
 * cancelled run) as not checked, with why. Warnings go beside their row.
 */
export function printRows(rows: readonly ScreenRow[], scenario: string, locale: Locale, defaultAuthorization?: RowAuthorization): ListRecordRow[] {
  const m = BIDDER_SCREEN_MESSAGES[locale];
  const out: ListRecordRow[] = [];
  const on = rows.find((r) => r.decision)?.decision?.on;
  for (const row of rows) {
    const texts = rowTexts(row, locale);
    const base = { no: row.serial ?? String(row.index), name: displayName(row), code: row.id, warnings: texts.warnings };
    // A person row's authorisation (rules §1) and a manual verification (rules §12) print beside the row.
    const authorization = row.type === 'idcard' && row.status === 'done' ? row.authorization ?? defaultAuthorization : undefined;
    if (authorization) base.warnings = [...base.warnings, `${ISSUE17_WORDS[locale].authorization}${authorizationText(locale, authorization)}`];
    const verified = row.status === 'done' && row.verification && row.verification.state !== 'rejected' ? row.verification : undefined;
    if (verified) {
      const v = MANUAL_VERIFICATION_MESSAGES[locale];
      base.warnings = [...base.warnings, v.recorded(v.finding[verified.finding], (v.source as Record<string, string>)[verified.source] ?? verified.source, verified.checkedOn)];
    }
    if (row.status === 'done' && row.decision) {
      out.push({
        ...base,
        decision: row.decision,
        ...(needsVerification(row) ? { resultWord: m.needsVerification, needsVerification: true } : verified ? { resultWord: MANUAL_VERIFICATION_MESSAGES[locale].title } : {}),
      });
    } else if (row.status === 'invalid') {
      out.push({ ...base, decision: unknownDecision('invalid-subject', { subjectId: row.id, scenario, on }), ...(texts.problem ? { why: texts.problem } : {}) });
    } else {
      out.push({ ...base, why: texts.problem ?? m.status[row.status === 'duplicate' ? 'duplicate' : 'pending'] });
    }
  }
  return out;
}
