/** The look of `<credit-ledger>` beyond the desk frame: the table, paging, export and the verify box. */
import { css } from 'lit';

export const ledgerStyles = css`
  .error {
    color: var(--_restricted);
    font-weight: 600;
  }
  .error::before {
    content: '✕ ';
  }
  .actions {
    margin-top: var(--_space);
  }
  .scroll {
    overflow-x: auto;
  }
  th {
    white-space: nowrap;
  }
  td {
    min-width: 4.5em;
  }
  td.time,
  td.id {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.qid {
    white-space: normal;
    word-break: break-all;
    min-width: 10em;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  [aria-busy='true'] tbody {
    opacity: 0.6;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .export {
    display: grid;
    gap: var(--_space);
  }
  .export-notice:empty,
  .verify-result:empty {
    display: none;
  }
  td.digest {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
    font-size: 0.85em;
    word-break: break-all;
    min-width: 12em;
  }
  .verify .field {
    flex: 1 1 30em;
  }
  .verify input {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, 'SFMono-Regular', Consolas, 'Liberation Mono', monospace;
  }
  .verify-result[data-kind='matches'] {
    font-weight: 600;
  }
  .verify-result[data-kind='no-record'],
  .verify-result[data-kind='invalid'],
  .verify-result[data-kind='failed'] {
    color: var(--_restricted);
    font-weight: 600;
  }
`;
