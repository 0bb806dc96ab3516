/**
 * Print stylesheets.
 *
 * - `PRINT_PAGE_CSS` is adopted on the DOCUMENT (`document.adoptedStyleSheets`, which a
 *   strict CSP allows — no `<style>` element, no inline style) only while a print is in
 *   progress: on paper only the print root shows, on screen the print root never shows,
 *   and the page is A4 with 15 mm margins.
 * - `printDocumentStyles` styles the documents inside the print root's shadow root, so
 *   the host page's own CSS cannot reach them.
 */
import { css } from 'lit';

/** The class of the light-DOM container appended to `document.body` for printing. */
export const PRINT_ROOT_CLASS = 'credit-print-root';

export const PRINT_PAGE_CSS = `
@media screen {
  body > .${PRINT_ROOT_CLASS} { display: none !important; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  body > :not(.${PRINT_ROOT_CLASS}) { display: none !important; }
  body > .${PRINT_ROOT_CLASS} { display: block !important; visibility: visible !important; position: static !important; }
}
`;

export const printDocumentStyles = css`
  :host {
    display: block;
    color: #000;
    background: #fff;
    --_text: #000;
    --_muted: #333;
    --_border: #777;
    --_surface: #fff;
    font-size: 10.5pt;
    line-height: 1.45;
  }
  /* The root is a light-DOM div the page's CSS can reach ("* { all: unset }", a 2 px root
     size): the documents take their type size back themselves. */
  .document {
    font-size: 10.5pt;
    line-height: 1.45;
    color: #000;
    max-width: 180mm;
    margin: 0 auto;
    display: grid;
    gap: 4mm;
  }
  .document + .document {
    break-before: page;
  }
  h1 {
    font-size: 16pt;
    text-align: center;
    margin: 0 0 2mm;
    letter-spacing: 0.1em;
  }
  h2 {
    font-size: 12pt;
    margin: 2mm 0 1mm;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    border: 0.5pt solid #555;
    padding: 1mm 2mm;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  th {
    font-weight: 600;
    background: #f2f2f2;
    width: 28%;
  }
  table.list th {
    width: auto;
  }
  table.list {
    font-size: 9pt;
  }
  thead {
    display: table-header-group;
  }
  tr,
  .measure,
  .record,
  .signatures {
    break-inside: avoid;
  }
  .outcome {
    display: flex;
    align-items: center;
    gap: 2mm;
    border: 1pt solid #000;
    padding: 2mm 3mm;
    font-weight: 600;
  }
  .outcome .icon {
    width: 5mm;
    height: 5mm;
  }
  .outcome .sentence {
    font-weight: normal;
  }
  .digest,
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
    overflow-wrap: anywhere;
    word-break: break-all;
  }
  .note {
    font-size: 9pt;
    color: #333;
    margin: 1mm 0 0;
  }
  .signatures {
    display: flex;
    justify-content: space-between;
    gap: 10mm;
    margin-top: 8mm;
  }
  .signatures span {
    min-width: 60mm;
    border-bottom: 0.5pt solid #000;
    padding-bottom: 6mm;
  }
  .notice p {
    margin: 0;
    text-align: justify;
  }
  .notice ol,
  .notice ul {
    margin: 0;
    padding-inline-start: 6mm;
  }
  .notice .measure {
    display: grid;
    gap: 1mm;
    margin-bottom: 3mm;
  }
  .notice .label {
    font-weight: 600;
  }
  .details .measure {
    border-inline-start-width: 1pt;
  }
  /* The paged list record (list-record.ts): each page prints as one A4 sheet. */
  .paged {
    display: block;
    width: 180mm;
    max-width: none;
  }
  .paged .page {
    display: grid;
    gap: 4mm;
    align-content: start;
  }
  .paged .page + .page {
    break-before: page;
    page-break-before: always;
  }
  .running {
    display: flex;
    flex-wrap: wrap;
    gap: 1mm 5mm;
    padding-bottom: 1mm;
    border-bottom: 0.5pt solid #000;
    font-size: 8.5pt;
  }
  .running .page-number {
    margin-inline-start: auto;
    font-weight: 600;
  }
  .paged table.list {
    table-layout: fixed;
  }
  .paged .c-no {
    width: 11mm;
  }
  .paged .c-name {
    width: 28mm;
  }
  .paged .c-code {
    width: 27mm;
  }
  .paged .c-outcome {
    width: 23mm;
  }
  .paged .c-query {
    width: 42mm;
  }
  .paged td.query .mono {
    font-size: 8pt;
  }
  /* Words break between words only (overflow-wrap: anywhere cut "Restricted" and "No."). */
  .paged .c-no,
  .paged td.no,
  .paged td.result {
    overflow-wrap: normal;
  }
  .paged .digest {
    font-size: 7pt;
    color: #333;
  }
  .paged .basis,
  .paged .why,
  .paged .reason {
    font-size: 8pt;
  }
  .paged .warning {
    font-size: 8pt;
    font-weight: 600;
  }
  table.unchecked {
    font-size: 9pt;
    margin-bottom: 3mm;
  }
  table.unchecked caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 1mm;
  }
  table.unchecked th {
    width: auto;
  }
  .seal {
    display: flex;
    gap: 5mm;
    align-items: flex-start;
  }
  .seal-text {
    flex: 1 1 auto;
    min-width: 0;
  }
  .qr {
    flex: 0 0 28mm;
    width: 28mm;
    height: 28mm;
  }
  .tail {
    break-inside: avoid;
  }
  @media screen {
    .document {
      padding: 15mm;
      border: 1px solid #ccc;
    }
    /* The paged record is measured on screen at its printed width (list-record.ts): no
       padding of its own, or every row measures taller than it prints. */
    .document.paged {
      padding: 0;
      border: 0;
    }
  }
`;
