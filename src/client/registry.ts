/**
 * The page-wide configuration used by the elements and the script tag (no DOM here):
 * `configure()` merges validated options, `clientFor(endpoint?)` hands out one cached
 * client per endpoint, `onConfigure()` tells elements when to check again.
 */
import { createCreditClient } from './create-client.js';
import type { CreditClient } from './create-client.js';
import { CreditInputError } from './errors.js';
import { endpointKey, validateOptions, type ClientOptions } from './options.js';
import { memoryOutboxStore, type OutboxStore } from './outbox-store.js';

export type CreditConfig = Partial<ClientOptions>;

interface RegistryState {
  config: CreditConfig;
  clients: Map<string, CreditClient>;
  listeners: Set<(config: Readonly<CreditConfig>) => void>;
  /** Without IndexedDB, the clients of this page share one memory outbox, so that re-configuring loses nothing. */
  sharedMemoryStore?: OutboxStore;
}

/**
 * The page-wide state lives under one namespaced symbol, so that every copy of the
 * library on a page — the script-tag core, its lazily loaded chunk, an ESM build next
 * to it — shares one configuration and one client (one cache, one outbox) per endpoint.
 * Nothing of the host's is touched.
 */
const STATE_KEY = Symbol.for('credit-widgets.registry.v1');
// `self` in browsers (Chromium 69 has no `globalThis`), the global object elsewhere (Node).
const holder = (typeof self !== 'undefined' ? self : typeof globalThis !== 'undefined' ? globalThis : {}) as unknown as Record<symbol, RegistryState | undefined>;
const state: RegistryState =
  holder[STATE_KEY] ??
  (() => {
    const fresh: RegistryState = { config: {}, clients: new Map(), listeners: new Set() };
    Object.defineProperty(holder, STATE_KEY, { value: fresh, enumerable: false, configurable: true });
    return fresh;
  })();

/**
 * Merges `options` into the page configuration (validated first; a bad option throws
 * CreditInputError). `scenario` and `authorization` are the page's defaults for checks that
 * carry none. Once an endpoint is known, its client is created right after (in the next
 * task), so that writes an earlier page left in the outbox are sent on load, with or
 * without an element on the page (domain.md §7).
 */
export function configure(options: CreditConfig): void {
  validateOptions(options, 'configure', false);
  apply({ ...state.config, ...options });
  if (state.config.endpoint) startOutboxSoon();
}

let startPending = false;

/** Creates the configured endpoint's client in the next task (its outbox then flushes what it holds). Never throws. */
function startOutboxSoon(): void {
  if (startPending) return;
  startPending = true;
  const timer = setTimeout(() => {
    startPending = false;
    try {
      if (state.config.endpoint) clientFor();
    } catch {
      // A bad endpoint is reported where it is used; the page must not see a throw from here.
    }
  }, 0);
  (timer as { unref?: () => void }).unref?.();
}

/** True when two configurations differ in anything a client uses (everything but `locale`). */
export function clientOptionsChanged(a: Readonly<CreditConfig>, b: Readonly<CreditConfig>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CreditConfig>;
  keys.delete('locale');
  for (const key of keys) if (a[key] !== b[key]) return true;
  return false;
}

function apply(next: CreditConfig, dropClients = false): void {
  const previous = state.config;
  state.config = next;
  // A language switch only re-renders: the clients (their caches and outboxes) stay.
  if (dropClients || clientOptionsChanged(previous, next)) {
    for (const client of state.clients.values()) client.dispose();
    state.clients.clear();
  }
  const snapshot = getConfig();
  for (const fn of state.listeners) fn(snapshot);
}

/** The frozen copy of the configuration last handed out (every element reads it, often). */
let frozen: { source: CreditConfig; copy: Readonly<CreditConfig> } | undefined;

export function getConfig(): Readonly<CreditConfig> {
  // Another copy of the library may have replaced `state.config`: the copy follows it.
  if (frozen?.source !== state.config) frozen = { source: state.config, copy: Object.freeze({ ...state.config }) };
  return frozen.copy;
}

/** Forgets the configuration and every cached client (for tests and single-page apps that log out). */
export function resetConfig(): void {
  // Always: also when nothing was configured (a logout must not keep the last user's caches).
  apply({}, true);
}

/** Endpoints already validated, with their keys (every check of every element asks for its client). */
const endpointKeys = new Map<string, string>();

/** The client for `endpoint` (default: the configured one), created once per endpoint. */
export function clientFor(endpoint: string | undefined = state.config.endpoint): CreditClient {
  if (!endpoint) {
    throw new CreditInputError(
      `credit-widgets: no endpoint. Call configure({ endpoint: 'https://credit.example.gov.cn/api' }) or give the element an endpoint attribute.`,
    );
  }
  let key = endpointKeys.get(endpoint);
  if (key === undefined) {
    validateOptions({ endpoint }, 'clientFor', true);
    key = endpointKey(endpoint);
    if (endpointKeys.size >= 64) endpointKeys.clear();
    endpointKeys.set(endpoint, key);
  }
  let client = state.clients.get(key);
  if (!client) {
    const config = state.config;
    let outbox = config.outbox;
    if ((outbox === undefined || outbox === 'auto' || outbox === 'memory') && (outbox === 'memory' || typeof indexedDB === 'undefined')) {
      outbox = state.sharedMemoryStore ??= memoryOutboxStore();
    }
    client = createCreditClient({ ...config, endpoint: key, outbox });
    state.clients.set(key, client);
  }
  return client;
}

/** Calls `fn` with the new configuration after every `configure()`. Returns the unsubscribe function. */
export function onConfigure(fn: (config: Readonly<CreditConfig>) => void): () => void {
  state.listeners.add(fn);
  return () => void state.listeners.delete(fn);
}
