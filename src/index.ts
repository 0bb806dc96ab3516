/**
 * `credit-widgets/client` (dist/client.js): the headless SDK — the v1 contract (zod
 * schemas and types), subject-id validation, the policy engine and the typed client.
 * No Lit, no DOM.
 */
// The contract's lists and types. The zod schemas themselves (values) live in
// `credit-widgets/contract`, so that a page that only checks loads zod lazily, while the
// first request is in flight.
export * from './contract/constants.js';
export type * from './contract/schemas.js';
export * from './ids/index.js';
// The engine, without the default catalog's data: `loadDefaultCatalog()` fetches that
// lazily (the client does so by itself when the platform serves no catalog).
export * from './policy/decision.js';
export * from './policy/dates.js';
export * from './policy/polarity.js';
export * from './policy/in-force.js';
export * from './policy/clean-history.js';
export * from './policy/evaluate.js';
export { loadDefaultCatalog } from './policy/load-default-catalog.js';
// The client — without the page-wide registry (`configure()` & co.), which is the
// elements' business: `import { configure } from 'credit-widgets'`.
export * from './client/index.js';
