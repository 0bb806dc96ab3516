/**
 * credit-widgets — the ESM entry. Importing it registers every element
 * (idempotently) and gives the configuration and the headless client.
 *
 *   import { configure } from 'credit-widgets';
 *   configure({ endpoint: 'https://credit.example.gov.cn/api', operator: '张三' });
 */
import './credit-bidder-screen/define.js';
import './credit-commitment/define.js';
import './credit-ledger/define.js';
import './credit-stats/define.js';

export * from './core.js';
export { loadDefaultCatalog } from '../src/policy/load-default-catalog.js';
export { CreditBidderScreen } from './credit-bidder-screen/credit-bidder-screen.js';
export { CreditCommitment } from './credit-commitment/credit-commitment.js';
export { CreditLedger } from './credit-ledger/credit-ledger.js';
export { CreditStats } from './credit-stats/credit-stats.js';
