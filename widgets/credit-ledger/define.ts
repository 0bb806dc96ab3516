import { defineElement } from '../internal/define.js';
import { CreditLedger } from './credit-ledger.js';

defineElement('credit-ledger', CreditLedger);

export { CreditLedger };
export type { LedgerFilters } from './credit-ledger.js';
export { ledgerCsv, ledgerHeader, ledgerCells } from './ledger-csv.js';

declare global {
  interface HTMLElementTagNameMap {
    'credit-ledger': CreditLedger;
  }
}
