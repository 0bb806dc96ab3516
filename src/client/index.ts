/**
 * The typed client of the v1 credit platform API: errors, options, the client itself and
 * its outbox. No DOM, no Lit. The page-wide registry (`configure()` & co., used by the
 * elements) is `./registry.ts`.
 */
export {
  CreditError,
  isCreditError,
  CreditHttpError,
  CreditTimeoutError,
  CreditNetworkError,
  CreditResponseError,
  CreditInputError,
  isCreditHttpError,
  isCreditTimeoutError,
  isCreditNetworkError,
  isCreditResponseError,
  isCreditInputError,
  reasonOf,
} from './errors.js';
export { DEFAULT_OPTIONS, validateOptions } from './options.js';
export type { ClientOptions, TokenSource } from './options.js';
export { createCreditClient } from './create-client.js';
export type { CheckOptions, CreditClient } from './create-client.js';
export { screenSubjects, SCREEN_BATCH_SIZE, SCREEN_CONCURRENCY } from './screen-subjects.js';
export type { ScreenInput, ScreenOptions, ScreenProgress, ScreenResult } from './screen-subjects.js';
export type { CatalogResult } from './catalog-source.js';
export type { OutboxApi, OutboxEvent, OutboxReceipt, OutboxState } from './outbox.js';
export { memoryOutboxStore, indexedDbOutboxStore } from './outbox-store.js';
export type { OutboxItem, OutboxKind, OutboxStore } from './outbox-store.js';
export { idempotencyKey } from './idempotency-key.js';
export type { AdapterCall, AdapterCheckRequest, AdapterOperation, AdapterRequestInit, CreditAdapter } from './adapter.js';
export { gatewayAdapter, GATEWAY_KINDS, GATEWAY_LIST_TYPES, GATEWAY_SEVERITIES, GATEWAY_STATUSES } from './gateway-adapter.js';
export type { GatewayAdapterOptions } from './gateway-adapter.js';
export type { QueryAuthorization } from './options.js';
