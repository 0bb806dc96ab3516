/**
 * CSV for people who open it in a spreadsheet: RFC 4180 (fields with `"`, `,`, CR or LF
 * are quoted, inner quotes doubled, records end with CRLF), UTF-8 with a byte-order mark
 * so that Excel reads Chinese correctly, and a guard against formula injection: a cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * apostrophe, so that a subject name such as `=HYPERLINK(…)` stays text.
 *
 * `toCsv` is pure (no DOM) and is shared by `<credit-ledger>` and `<credit-bidder-screen>`;
 * `downloadCsv` hands the text to the browser as a file.
 */

/** The byte-order mark `toCsv` puts first (U+FEFF; EF BB BF in UTF-8). */
export const CSV_BOM = '\uFEFF';

/** Line end between records (RFC 4180). */
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as it goes into the file: guarded against formulas, quoted when it must be. */
export function csvCell(value: string): string {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record (without its line end). */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole file: the BOM, then each row followed by CRLF. `rows[0]` is usually the header.
 * An empty `rows` gives just the BOM.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let out = CSV_BOM;
  for (const row of rows) out += csvRow(row) + CSV_EOL;
  return out;
}

/**
 * Saves `csv` as a file named `name` (`.csv` is added when missing) through a Blob, an
 * object URL and a temporary `<a download>`; adds the BOM when the text lacks one.
 * Does nothing outside a browser.
 */
export function downloadCsv(name: string, csv: string): void {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const filename = /\.csv$/i.test(name) ? name : `${name}.csv`;
  const text = csv.startsWith(CSV_BOM) ? csv : CSV_BOM + csv;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  link.rel = 'noopener';
  (document.body ?? document.documentElement).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
