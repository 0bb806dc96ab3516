/**
 * The outbox as an element sees it: a ReactiveController that follows the outbox of the
 * element's client (subscribing again when the endpoint or `configure()` changes the client),
 * keeps the writes that concern what the element shows — those still waiting in the store
 * (also ones an earlier page left) and those this page made or saw (`outbox.recent()`) — and
 * reports each change of state of such a write once (queued → sent, or rejected).
 *
 * Used by the decision panel (feedback), the commitment form, the manual verification form
 * and the objection form, so that none of them repeats the subscribe-and-match code.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditClient } from '../../src/client/create-client.js';
import type { OutboxEvent, OutboxState } from '../../src/client/outbox.js';
import type { OutboxItem } from '../../src/client/outbox-store.js';

export interface OutboxControllerOptions {
  /** The client whose outbox to follow, or null when there is none (no endpoint configured). */
  client(): CreditClient | null;
  /** Whether a write concerns what the element shows now. */
  concerns(item: OutboxItem): boolean;
  /** A write that concerns the element, or that it watches, changed state. */
  onChange?(event: OutboxEvent): void;
  /** The writes still waiting in the store were (re)read. */
  onPending?(items: OutboxItem[]): void;
  /** Where a failure to read the outbox is logged. */
  log?(message: string, error: unknown): void;
}

/** A write as shown: the item and its latest known state. */
export interface ShownWrite {
  item: OutboxItem;
  state: OutboxState;
}

export class OutboxController implements ReactiveController {
  /** Writes that concern the element and wait in the store (queued), oldest first. */
  pending: OutboxItem[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: OutboxControllerOptions;
  #client: CreditClient | null = null;
  #unsubscribe?: () => void;
  #reported = new Map<string, OutboxState>();

  constructor(host: ReactiveControllerHost, options: OutboxControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The client followed now (null before the first update or without an endpoint). */
  get client(): CreditClient | null {
    return this.#client;
  }

  hostConnected(): void {
    if ((this.#host as { hasUpdated?: boolean }).hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = null;
  }

  /** Follows the outbox of the element's current client; re-reads the waiting writes when it changed or when `reload` is set. */
  sync(reload = false): void {
    const client = this.#options.client();
    if (client !== this.#client) {
      this.#unsubscribe?.();
      this.#client = client;
      this.#unsubscribe = client?.outbox.subscribe(this.#onEvent);
      reload = true;
    }
    if (reload) void this.reload();
  }

  /** Re-reads the writes that concern the element from the store. */
  async reload(): Promise<void> {
    const client = this.#client;
    if (!client) {
      this.pending = [];
      this.#options.onPending?.([]);
      this.#host.requestUpdate();
      return;
    }
    let items: OutboxItem[];
    try {
      items = await client.outbox.pending();
    } catch (error) {
      this.#options.log?.('could not read the outbox.', error);
      return;
    }
    if (client !== this.#client) return;
    this.pending = items.filter((item) => this.#options.concerns(item));
    this.#options.onPending?.(this.pending);
    this.#host.requestUpdate();
  }

  /**
   * Every write that concerns the element, in its latest known state, oldest first: the
   * waiting ones of the store and the ones of this page (also once acknowledged).
   */
  writes(): ShownWrite[] {
    const byKey = new Map<string, ShownWrite>();
    for (const item of this.pending) byKey.set(item.key, { item, state: item.state });
    for (const event of this.#client?.outbox.recent() ?? []) {
      if (byKey.has(event.item.key) || this.#options.concerns(event.item)) byKey.set(event.item.key, { item: event.item, state: event.state });
    }
    const list: ShownWrite[] = [];
    byKey.forEach((write) => list.push(write));
    return list.sort((a, b) => a.item.createdAt.localeCompare(b.item.createdAt));
  }

  /**
   * Records that `key` was reported in `state`: true the first time, false when it was
   * already reported so (one write is never announced twice in one state).
   */
  report(key: string, state: OutboxState): boolean {
    if (this.#reported.get(key) === state) return false;
    this.#reported.set(key, state);
    return true;
  }

  /** Removes a write (one the clerk gave up on) and re-reads the store. */
  async discard(key: string): Promise<void> {
    const client = this.#client;
    if (!client) return;
    await client.outbox.discard(key);
    await this.reload();
  }

  #onEvent = (event: OutboxEvent): void => {
    const known = this.pending.some((item) => item.key === event.item.key);
    if (!known && !this.#options.concerns(event.item)) return;
    void this.reload();
    this.#options.onChange?.(event);
    this.#host.requestUpdate();
  };
}

/** The platform's explanation of a refused write, as one sentence (already free of person ids), or the item's error. */
export function problemText(item: OutboxItem): string | undefined {
  const p = item.problem as { title?: unknown; detail?: unknown } | undefined;
  const text = [p?.title, p?.detail].filter((x) => typeof x === 'string' && x).join(' — ');
  return text || item.error;
}
