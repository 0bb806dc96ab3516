/**
 * Where outbox items wait until the platform acknowledges them: IndexedDB (via `idb`)
 * in browsers, so that feedback survives a reload or a closed tab, or memory.
 *
 * Items hold no token and no person's full ID number (the outbox masks them before
 * anything is stored); see outbox.ts.
 */
import { openDB } from 'idb';

export type OutboxKind = 'feedback' | 'commitment-create' | 'commitment-update';

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
  /** `queued`: waiting to be (re)sent; `failed`: refused by the platform (kept, with `problem`); `sent`: only in events. */
  state: 'queued' | 'sent' | 'failed';
  attempts: number;
  /** RFC 3339. */
  createdAt: string;
  /** Epoch ms of the next automatic attempt. */
  nextAttemptAt: number;
  /** The last error, as a sentence. */
  error?: string;
  /** For `failed`: the HTTP status and problem details. */
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
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    list: async () => [...items.values()].map(copy),
    get: async (key) => copy(items.get(key)),
    put: async (item) => void items.set(item.key, copy(item)),
    delete: async (key) => void items.delete(key),
  };
}

const STORE = 'outbox';

/**
 * IndexedDB database `name`, object store `outbox` keyed by `key`. If IndexedDB cannot
 * be opened (blocked, private mode), items are kept in memory instead.
 */
export function indexedDbOutboxStore(name = 'credit-widgets'): OutboxStore {
  let fallback: OutboxStore | null = null;
  const db = openDB(name, 1, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'key' });
    },
  }).catch(() => {
    fallback = memoryOutboxStore();
    return null;
  });
  const run = async <T>(use: (store: OutboxStore) => Promise<T>, idb: (d: NonNullable<Awaited<typeof db>>) => Promise<T>) => {
    const database = await db;
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
