/**
 * `client.outbox` without its weight up front: the outbox machinery (outbox.ts, the
 * IndexedDB store and idb) loads with `import()` on the client's first write, on first
 * use of `pending()` / `flush()` / `discard()`, or — so that items an earlier page left
 * are still sent after a reload — shortly after the client is created, when its store
 * may hold any (see `mayHoldItems`). `subscribe()` works at once: subscribers are held
 * here and receive every event of the outbox once it is there.
 */
import type { KyInstance } from 'ky';
import { CreditNetworkError } from './errors.js';
import { answerByAdapter, readBody, schemasInParallel, toCreditError } from './http.js';
import type { ResolvedOptions } from './options.js';
import { mayHoldItems, resolveOutboxStore, type OutboxItem, type OutboxKind } from './outbox-store.js';
import type { Outbox, OutboxApi, OutboxEvent, OutboxReceipt } from './outbox.js';
import { redact } from './redact.js';

export interface LazyOutbox extends OutboxApi {
  /** Stores the write, then tries to send it (see Outbox.enqueue). */
  enqueue<T>(kind: OutboxKind, method: 'POST' | 'PATCH', path: string, body: unknown, ref?: string): Promise<OutboxReceipt<T>>;
  /** Starts loading the outbox (for a write that is about to come), without waiting for it. */
  prepare(): void;
  dispose(): void;
}

/** How many writes `recent()` remembers. */
const JOURNAL_SIZE = 500;

export function lazyOutbox(http: KyInstance, options: ResolvedOptions): LazyOutbox {
  const listeners = new Set<(event: OutboxEvent) => void>();
  let loading: Promise<Outbox> | undefined;
  let loaded: Outbox | undefined;
  let disposed = false;

  /** The latest event of each write of this page (insertion order = first seen). */
  const journal = new Map<string, OutboxEvent>();
  const emit = (event: OutboxEvent) => {
    journal.delete(event.item.key);
    journal.set(event.item.key, event);
    if (journal.size > JOURNAL_SIZE) journal.delete(journal.keys().next().value as string);
    for (const fn of listeners) {
      try {
        fn(event);
      } catch {
        // a listener's failure must not stop the outbox
      }
    }
  };

  const outbox = (): Promise<Outbox> =>
    (loading ??= import('./outbox.js').then(
      ({ Outbox }) => {
        const store = resolveOutboxStore(options.outbox);
        loaded = new Outbox({ store, http, options, emit, toCreditError, readBody, schemasInParallel, redact, answerByAdapter });
        // A disposed client's outbox still answers pending()/discard(), but sends nothing on its own.
        if (disposed) loaded.dispose();
        else loaded.start();
        return loaded;
      },
      (error: unknown) => {
        loading = undefined; // the next use tries again
        throw new CreditNetworkError('The outbox of credit-widgets could not be loaded', { cause: error });
      },
    ));

  // Items an earlier page (or client) left in this store go out shortly after creation,
  // without holding up the client's first checks.
  let startTimer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
    startTimer = undefined;
    void mayHoldItems(options.outbox, options.endpoint).then((may) => {
      if (may && !disposed) outbox().catch(() => {});
    });
  }, 0);
  (startTimer as { unref?: () => void }).unref?.();

  return {
    async enqueue<T>(kind: OutboxKind, method: 'POST' | 'PATCH', path: string, body: unknown, ref?: string) {
      return (await outbox()).enqueue<T>(kind, method, path, body, ref);
    },
    recent() {
      const events: OutboxEvent[] = [];
      journal.forEach((event) => events.push(event));
      return events;
    },
    prepare() {
      outbox().catch(() => {});
    },
    async pending(): Promise<OutboxItem[]> {
      return (await outbox()).pending();
    },
    async flush() {
      return (await outbox()).flush();
    },
    async discard(key: string) {
      return (await outbox()).discard(key);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    dispose() {
      disposed = true;
      clearTimeout(startTimer);
      startTimer = undefined;
      // At once (an `online` event right after must find no listener); one still loading is disposed when it arrives.
      loaded?.dispose();
    },
  };
}
