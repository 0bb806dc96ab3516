/**
 * The decision engine (domain.md §2–§6): polarity, in force, clean history, evaluate(),
 * the Decision types and the default measures catalog. Imports only `contract` and `ids`.
 *
 * Runtime code inside the SDK imports the modules it needs directly, never this index,
 * so that the default catalog (≈ 30 KB of cited policy text) stays a lazy chunk.
 */
export * from './decision.js';
export * from './dates.js';
export * from './polarity.js';
export * from './in-force.js';
export * from './clean-history.js';
export * from './evaluate.js';
export * from './default-catalog.js';
export { loadDefaultCatalog } from './load-default-catalog.js';
