import { defineElement } from '../internal/define.js';
import { CreditCheck } from './credit-check.js';

defineElement('credit-check', CreditCheck);

export { CreditCheck };
export type { CreditCommitmentRequestDetail } from './credit-check.js';

declare global {
  interface HTMLElementTagNameMap {
    'credit-check': CreditCheck;
  }
}
