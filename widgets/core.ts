/**
 * The core every page needs: the inline flag, the decision panel and the gate, plus the
 * configuration, the headless client and auto-scan. `widgets/index.ts` adds the bidder
 * screen, the commitment form and the ledger; the script-tag build (widgets/browser.ts)
 * loads each element when its tag appears.
 */
import './credit-flag/define.js';
import './credit-check/define.js';
import './credit-gate/define.js';

export { configure, getConfig, clientFor, resetConfig } from '../src/client/registry.js';
export { createCreditClient } from '../src/client/index.js';
export { parseSubjectId, normalizeSubjectId, maskSubjectId } from '../src/ids/index.js';
export { evaluate } from '../src/policy/evaluate.js';
export { scan, watch } from './auto-scan/scan.js';
export { CreditFlag } from './credit-flag/credit-flag.js';
export { CreditCheck } from './credit-check/credit-check.js';
export { CreditGate } from './credit-gate/credit-gate.js';
export type * from './internal/events.js';
export type { Decision, MeasureHit, DecisionWarning } from '../src/policy/decision.js';

export { version } from './version.js';
