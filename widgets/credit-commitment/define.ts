import { defineElement } from '../internal/define.js';
import { CreditCommitment } from './credit-commitment.js';

defineElement('credit-commitment', CreditCommitment);

export { CreditCommitment };
export type { CreditCommitmentChangeDetail, CommitmentAction, CommitmentDraft } from './credit-commitment.js';

declare global {
  interface HTMLElementTagNameMap {
    'credit-commitment': CreditCommitment;
  }
}
