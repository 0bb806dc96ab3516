/**
 * The script-tag bundle's lazily loaded chunk (`dist/credit-widgets.extra.js`): the three
 * heavier elements a page needs only now and then — the bidder screen (with the CSV
 * parser), the commitment form and the query ledger. The core script loads it by itself
 * the first time one of these tags appears on the page. It shares the core's
 * configuration and clients through the page-wide registry (src/client/registry.ts).
 */
import './credit-bidder-screen/define.js';
import './credit-commitment/define.js';
import './credit-ledger/define.js';
