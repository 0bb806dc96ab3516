/** The look of the data tables (commitments, ledger): one rule set, shared. */
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: 4px var(--_space);
  }
`;
