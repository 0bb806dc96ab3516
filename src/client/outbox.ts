/**
 * The outbox of writes that must not be lost (domain.md §7): feedback and commitment
 * writes are stored FIRST, then sent with their own `Idempotency-Key`, and sent again
 * with the same key — with exponential backoff (1 s doubling to 60 s, or the server's
 * `Retry-After`), on `flush()`, on the window's `online` event, and by the next client
 * over the same store (a reload) — until the platform acknowledges them (2xx). A 4xx
 * other than 401/408/429 will never succeed: the item leaves the store and is reported
 * as `rejected` (with its status and problem), never retried for ever (a 401 is an
 * expired session: the write waits for the next login). With an adapter's `request` hook,
 * each attempt goes to the hook first (`answerByAdapter` in http.ts), with the same key.
 *
 * This module loads with `import()` (see lazy-outbox.ts): on a client's first write, on
 * first use of `client.outbox`, or shortly after the client is created when its store
 * may hold items of an earlier page.
 *
 * Personal data: what is stored (and sent) carries a person's id only masked, also
 * inside free text; tokens are added per request by the ky instance, never stored.
 */
import type { KyInstance } from 'ky';
import { isCreditHttpError } from './errors.js';
import type { answerByAdapter, readBody, schemasInParallel, toCreditError } from './http.js';
import { idempotencyKey } from './idempotency-key.js';
import type { ResolvedOptions } from './options.js';
import type { OutboxItem, OutboxKind, OutboxStore } from './outbox-store.js';
import type { redact } from './redact.js';

// For existing importers (widgets/credit-commitment); new code imports it from redact.js,
// which keeps this lazily loaded module free of the id code.

/** `queued`: waiting to be (re)sent; `sent`: acknowledged; `rejected`: refused with a 4xx and dropped. */
export type OutboxState = 'queued' | 'sent' | 'rejected';

export interface OutboxReceipt<T = unknown> {
  /** The item's Idempotency-Key. */
  key: string;
  state: OutboxState;
  /** The platform's answer, when `sent`. */
  response?: T;
  /** Why it is `queued` (will be retried) or `rejected` (will not: dropped). */
  error?: unknown;
}

export interface OutboxEvent {
  item: OutboxItem;
  state: OutboxState;
}

export interface OutboxApi {
  /** Items of this endpoint not acknowledged yet (`queued`). A refused (`rejected`) write is reported once and dropped. */
  pending(): Promise<OutboxItem[]>;
  /** Sends every queued item now. */
  flush(): Promise<void>;
  subscribe(fn: (event: OutboxEvent) => void): () => void;
  /**
   * The writes this client made or reported in this page, each in its latest state, oldest
   * first (at most the last 500): what a panel re-created by a framework shows as already
   * answered, also once the platform has acknowledged it.
   */
  recent(): OutboxEvent[];
  /** Removes an item (e.g. a queued write the user gave up on). */
  discard(key: string): Promise<void>;
}

/** The schema of the platform's answer to each kind of write. */
const RECEIPTS = { feedback: 'FeedbackReceipt', 'commitment-create': 'Commitment', 'commitment-update': 'Commitment', record: 'RecordReceipt', verification: 'VerificationReceipt', objection: 'Objection' } as const;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/** Keys being sent right now by any client in this page: one item is never sent twice at once from one tab. */
const sending = new Set<string>();

/**
 * What an outbox uses of its client. Handed in (by lazy-outbox.ts) rather than imported,
 * so that this lazily loaded module brings next to nothing of its own: the client's
 * ky instance, id masking and validation are already loaded.
 */
export interface OutboxContext {
  store: OutboxStore;
  http: KyInstance;
  options: ResolvedOptions;
  /** Receives every event (the client's subscribers). */
  emit(event: OutboxEvent): void;
  toCreditError: typeof toCreditError;
  readBody: typeof readBody;
  schemasInParallel: typeof schemasInParallel;
  redact: typeof redact;
  /** The write through the `request` hook of the client's adapter, if it has one (adapter.ts). */
  answerByAdapter: typeof answerByAdapter;
}

/** The outbox of one client. */
export class Outbox implements Omit<OutboxApi, 'subscribe' | 'recent'> {
  #store: OutboxStore;
  #http: KyInstance;
  #options: ResolvedOptions;
  #context: OutboxContext;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;
  #disposed = false;
  #onOnline = () => void this.flush();

  constructor(context: OutboxContext) {
    this.#context = context;
    this.#store = context.store;
    this.#http = context.http;
    this.#options = context.options;
  }

  /** Listens for the window's `online` event and sends what an earlier page (or client) of this endpoint left, with its keys. */
  start(): void {
    if (this.#disposed) return;
    if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') window.addEventListener('online', this.#onOnline);
    void this.flush();
  }

  /** Stores the write, then tries to send it. Resolves once the first attempt is over. */
  async enqueue<T>(kind: OutboxKind, method: 'POST' | 'PATCH', path: string, body: unknown, ref?: string): Promise<OutboxReceipt<T>> {
    const item: OutboxItem = {
      key: idempotencyKey(),
      kind,
      endpoint: this.#options.endpoint,
      method,
      path,
      body: this.#context.redact(body),
      ...(ref ? { ref } : {}),
      state: 'queued',
      attempts: 0,
      createdAt: new Date().toISOString(),
      nextAttemptAt: Date.now(),
    };
    await this.#store.put(item);
    this.#emit(item);
    return this.#send(item, false) as Promise<OutboxReceipt<T>>;
  }

  async pending(): Promise<OutboxItem[]> {
    const items = await this.#store.list();
    return items.filter((i) => i.endpoint === this.#options.endpoint).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  flush(): Promise<void> {
    return this.#flush(false);
  }

  discard(key: string): Promise<void> {
    return this.#store.delete(key);
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') window.removeEventListener('online', this.#onOnline);
  }

  async #flush(dueOnly: boolean): Promise<void> {
    if (this.#disposed) return;
    let items: OutboxItem[];
    try {
      items = await this.pending();
    } catch {
      return; // the store is unavailable: nothing can be sent from it now
    }
    const now = Date.now();
    const due = items.filter((i) => i.state === 'queued' && (!dueOnly || i.nextAttemptAt <= now));
    await Promise.all(due.map((item) => this.#send(item, true)));
    const next = (await this.pending().catch(() => [])).filter((i) => i.state === 'queued' && !sending.has(i.key));
    if (next.length) this.#schedule(Math.min(...next.map((i) => i.nextAttemptAt)));
  }

  #schedule(at: number): void {
    if (this.#disposed || (this.#timer !== undefined && this.#timerAt <= at)) return;
    clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Infinity;
      void this.#flush(true);
    }, Math.max(0, at - Date.now()));
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #emit(item: OutboxItem): void {
    this.#context.emit({ item, state: item.state });
  }

  async #send(item: OutboxItem, recheck: boolean): Promise<OutboxReceipt> {
    const { key } = item;
    if (sending.has(key)) return { key, state: 'queued' };
    sending.add(key);
    try {
      if (recheck) {
        // Another tab may have sent (deleted) or failed it meanwhile.
        const current = await this.#store.get(key);
        if (!current || current.state !== 'queued') return { key, state: current ? current.state : 'sent' };
        item = current;
      }
      const attempts = item.attempts + 1;
      // The schemas load while the request is on the network.
      const { schemasInParallel, toCreditError, readBody, redact, answerByAdapter } = this.#context;
      const schemas = schemasInParallel();
      // The adapter's `request` hook first (its answer validated, its failures named): what it
      // throws or answers wrongly keeps the write queued, as a failed send would.
      let adapted: { answer: unknown } | undefined;
      let response: Response | undefined;
      try {
        const operation = { method: item.method, path: `/${item.path}`, body: item.body, idempotencyKey: key };
        adapted = await answerByAdapter(this.#http, operation, async () => (await schemas)[RECEIPTS[item.kind]]);
        if (!adapted) response = await this.#http(item.path, { method: item.method, json: item.body, headers: { 'idempotency-key': key } });
      } catch (caught) {
        const error = await toCreditError(caught, this.#options.timeoutMs);
        const message = redact(error instanceof Error ? error.message : String(error)) as string;
        // 401 is a session that expired, not a refusal of the write: it waits for the next login
        // (domain.md §7: sent again until acknowledged). 408 and 429 are "later", too.
        if (isCreditHttpError(error) && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408 && error.status !== 429) {
          // It will never succeed: out of the queue, and reported (domain.md §7).
          const rejected: OutboxItem = { ...item, state: 'rejected', attempts, error: message, status: error.status, problem: redact(error.problem) };
          await this.#store.delete(key);
          this.#emit(rejected);
          return { key, state: 'rejected', error };
        }
        const retryAfterMs = isCreditHttpError(error) && error.retryAfter !== null ? error.retryAfter * 1000 : 0;
        const delay = Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS * 2 ** (attempts - 1), retryAfterMs));
        const queued: OutboxItem = { ...item, state: 'queued', attempts, error: message, nextAttemptAt: Date.now() + delay };
        await this.#store.put(queued);
        this.#emit(queued);
        this.#schedule(queued.nextAttemptAt);
        return { key, state: 'queued', error };
      }
      // Acknowledged: the platform has it, whatever the body says (an adapter's answer is already validated).
      await this.#store.delete(key);
      let answer: unknown = adapted?.answer;
      if (response) {
        try {
          answer = await readBody(response, (await schemas)[RECEIPTS[item.kind]]);
        } catch {
          answer = undefined;
        }
      }
      this.#emit({ ...item, state: 'sent', attempts, error: undefined });
      return { key, state: 'sent', response: answer };
    } finally {
      sending.delete(key);
    }
  }
}
