/**
 * The page-wide configuration used by the elements and the script tag (no DOM here):
 * `configure()` merges validated options, `clientFor(endpoint?)` hands out one cached
 * client per endpoint, `onConfigure()` tells elements when to check again.
 */
import { createCreditClient, type CreditClient } from './create-client.js';
import { CreditInputError } from './errors.js';
import { endpointKey, validateOptions, type ClientOptions } from './options.js';
import { memoryOutboxStore, type OutboxStore } from './outbox-store.js';

export type CreditConfig = Partial<ClientOptions>;

let config: CreditConfig = {};
const clients = new Map<string, CreditClient>();
const listeners = new Set<(config: Readonly<CreditConfig>) => void>();
/** Without IndexedDB, the clients of this page share one memory outbox, so that re-configuring loses nothing. */
let sharedMemoryStore: OutboxStore | undefined;

/** Merges `options` into the page configuration (validated first; a bad option throws CreditInputError). */
export function configure(options: CreditConfig): void {
  validateOptions(options, 'configure', false);
  apply({ ...config, ...options });
}

function apply(next: CreditConfig): void {
  config = next;
  for (const client of clients.values()) client.dispose();
  clients.clear();
  const snapshot = getConfig();
  for (const fn of listeners) fn(snapshot);
}

export function getConfig(): Readonly<CreditConfig> {
  return Object.freeze({ ...config });
}

/** Forgets the configuration and every cached client (for tests and single-page apps that log out). */
export function resetConfig(): void {
  apply({});
}

/** The client for `endpoint` (default: the configured one), created once per endpoint. */
export function clientFor(endpoint: string | undefined = config.endpoint): CreditClient {
  if (!endpoint) {
    throw new CreditInputError(
      `credit-widgets: no endpoint. Call configure({ endpoint: 'https://credit.example.gov.cn/api' }) or give the element an endpoint attribute.`,
    );
  }
  validateOptions({ endpoint }, 'clientFor', true);
  const key = endpointKey(endpoint);
  let client = clients.get(key);
  if (!client) {
    let outbox = config.outbox;
    if ((outbox === undefined || outbox === 'auto' || outbox === 'memory') && (outbox === 'memory' || typeof indexedDB === 'undefined')) {
      outbox = sharedMemoryStore ??= memoryOutboxStore();
    }
    client = createCreditClient({ ...config, endpoint: key, outbox });
    clients.set(key, client);
  }
  return client;
}

/** Calls `fn` with the new configuration after every `configure()`. Returns the unsubscribe function. */
export function onConfigure(fn: (config: Readonly<CreditConfig>) => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}
