/**
 * `credit-widgets/client` (dist/client.js): the headless SDK — the v1 contract (zod
 * schemas and types), subject-id validation, the policy engine and the typed client.
 * No Lit, no DOM.
 */
export * from './contract/index.js';
export * from './ids/index.js';
export * from './policy/index.js';
export * from './client/index.js';
