import { defineElement } from '../internal/define.js';
import { CreditGate } from './credit-gate.js';

defineElement('credit-gate', CreditGate);

export { CreditGate };

declare global {
  interface HTMLElementTagNameMap {
    'credit-gate': CreditGate;
  }
}
