/**
 * Where outbox items wait until the platform acknowledges them: IndexedDB (via `idb`,
 * loaded with `import()` when a store is first used) in browsers, so that feedback
 * survives a reload or a closed tab, or memory.
 *
 * Items hold no token and no person's full ID number (the outbox masks them before
 * anything is stored); see outbox.ts.
 */
import type { IDBPDatabase } from 'idb';
import { jsonText } from '../digest/json-text.js';

export type OutboxKind = 'feedback' | 'commitment-create' | 'commitment-update' | 'record' | 'verification' | 'objection';

export interface OutboxItem {
  /** The `Idempotency-Key` of every attempt to send this item. */
  key: string;
  kind: OutboxKind;
  /** The client endpoint it belongs to (clients of other endpoints leave it alone). */
  endpoint: string;
  method: 'POST' | 'PATCH';
  /** Path below the endpoint, e.g. `v1/feedback`. */
  path: string;
  /** The JSON body, as sent. */
  body: unknown;
  /** What the write is about, for the elements that show it (a commitment's id, for its update). */
  ref?: string;
  /** `queued`: waiting to be (re)sent (the only state stored); `sent` and `rejected` (refused with a 4xx, dropped): only in events. */
  state: 'queued' | 'sent' | 'rejected';
  attempts: number;
  /** RFC 3339. */
  createdAt: string;
  /** Epoch ms of the next automatic attempt. */
  nextAttemptAt: number;
  /** The last error, as a sentence. */
  error?: string;
  /** For `rejected`: the HTTP status and problem details. */
  status?: number;
  problem?: unknown;
}

export interface OutboxStore {
  list(): Promise<OutboxItem[]>;
  get(key: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  delete(key: string): Promise<void>;
}

export function memoryOutboxStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  // Items are JSON (what is sent); a JSON copy also runs on kernels without structuredClone (98).
  // jsonText, not JSON.stringify: a page's Array.prototype.toJSON (Prototype.js) must not turn arrays into strings.
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(jsonText(value)) as T));
  return {
    list: async () => [...items.values()].map(copy),
    get: async (key) => copy(items.get(key)),
    put: async (item) => void items.set(item.key, copy(item)),
    delete: async (key) => void items.delete(key),
  };
}

const STORE = 'outbox';
/** The database `'auto'` stores use. */
const OUTBOX_DATABASE = 'credit-widgets';

/**
 * IndexedDB database `name`, object store `outbox` keyed by `key`, opened on first use
 * (idb itself loads only then). If IndexedDB cannot be opened (blocked, private mode),
 * items are kept in memory instead. If idb cannot be loaded (its chunk could not be
 * fetched), that operation rejects and the next one tries again: a write is never kept
 * in memory only because of a failed download.
 */
export function indexedDbOutboxStore(name = OUTBOX_DATABASE): OutboxStore {
  let fallback: OutboxStore | null = null;
  let db: Promise<IDBPDatabase | null> | undefined;
  const open = () =>
    (db ??= import('idb').then(
      ({ openDB }) =>
        openDB(name, 1, {
          upgrade(database) {
            if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'key' });
          },
        }).catch(() => {
          fallback = memoryOutboxStore();
          return null;
        }),
      (error: unknown) => {
        db = undefined;
        throw error;
      },
    ));
  const run = async <T>(use: (store: OutboxStore) => Promise<T>, idb: (d: IDBPDatabase) => Promise<T>) => {
    const database = await open();
    return database ? idb(database) : use(fallback!);
  };
  return {
    list: () => run((s) => s.list(), (d) => d.getAll(STORE)),
    get: (key) => run((s) => s.get(key), (d) => d.get(STORE, key)),
    put: (item) => run((s) => s.put(item), async (d) => void (await d.put(STORE, item))),
    delete: (key) => run((s) => s.delete(key), (d) => d.delete(STORE, key)),
  };
}

/** The store an `outbox` option stands for. */
export function resolveOutboxStore(option: 'auto' | 'memory' | OutboxStore): OutboxStore {
  if (typeof option === 'object') return option;
  return option === 'auto' && typeof indexedDB !== 'undefined' ? indexedDbOutboxStore() : memoryOutboxStore();
}

/**
 * Whether the store an `outbox` option stands for may hold queued items of `endpoint` from
 * an earlier page or client (which must then be sent): a new memory store cannot; an
 * IndexedDB one only if its database exists; a store object is asked.
 */
export async function mayHoldItems(option: 'auto' | 'memory' | OutboxStore, endpoint: string): Promise<boolean> {
  try {
    if (typeof option === 'object') return (await option.list()).some((item) => item.endpoint === endpoint && item.state === 'queued');
    if (option === 'memory' || typeof indexedDB === 'undefined') return false;
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((db) => db.name === OUTBOX_DATABASE);
  } catch {
    return true;
  }
}
