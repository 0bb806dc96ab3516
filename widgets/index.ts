/**
 * credit-widgets — the ESM entry. Importing it registers every element
 * (idempotently) and gives the configuration and the headless client.
 *
 *   import { configure } from 'credit-widgets';
 *   configure({ endpoint: 'https://credit.example.gov.cn/api', operator: '张三' });
 */
import './credit-flag/define.js';
import './credit-check/define.js';
import './credit-gate/define.js';
import './credit-bidder-screen/define.js';
import './credit-commitment/define.js';
import './credit-ledger/define.js';

export { configure, getConfig, clientFor } from '../src/client/registry.js';
export { createCreditClient } from '../src/client/index.js';
export { parseSubjectId, normalizeSubjectId, maskSubjectId } from '../src/ids/index.js';
export { evaluate, DEFAULT_CATALOG } from '../src/policy/index.js';
export { scan, watch } from './auto-scan/scan.js';
export { CreditFlag } from './credit-flag/credit-flag.js';
export { CreditCheck } from './credit-check/credit-check.js';
export { CreditGate } from './credit-gate/credit-gate.js';
export { CreditBidderScreen } from './credit-bidder-screen/credit-bidder-screen.js';
export { CreditCommitment } from './credit-commitment/credit-commitment.js';
export { CreditLedger } from './credit-ledger/credit-ledger.js';
export type * from './internal/events.js';
export type { Decision, MeasureHit, DecisionWarning } from '../src/policy/decision.js';

declare const __CREDIT_WIDGETS_VERSION__: string;
/** The package version. */
export const version: string = typeof __CREDIT_WIDGETS_VERSION__ === 'string' ? __CREDIT_WIDGETS_VERSION__ : 'dev';
