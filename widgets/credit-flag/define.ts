import { defineElement } from '../internal/define.js';
import { CreditFlag } from './credit-flag.js';

defineElement('credit-flag', CreditFlag);

export { CreditFlag };

declare global {
  interface HTMLElementTagNameMap {
    'credit-flag': CreditFlag;
  }
}
