import { defineElement } from '../internal/define.js';
import { CreditBidderScreen } from './credit-bidder-screen.js';

defineElement('credit-bidder-screen', CreditBidderScreen);

export { CreditBidderScreen };
export type { BidderRow, CreditScreenCompleteDetail } from './credit-bidder-screen.js';

declare global {
  interface HTMLElementTagNameMap {
    'credit-bidder-screen': CreditBidderScreen;
  }
}
