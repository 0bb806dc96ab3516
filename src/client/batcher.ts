/**
 * Coalescing of checks: every question asked within `windowMs` with the same group
 * (scenario, purpose, case number) goes out in requests of at most `maxSize` ids; the
 * same question (key) asked again while it is in flight joins the flight instead of
 * being asked twice. A group that reaches `maxSize` distinct ids is sent at once — a
 * full request has nothing to wait for — and what is asked after it waits for the window.
 *
 * Callers hold "tickets" on flights. A caller that gives up (its signal aborted)
 * leaves its flights: a flight nobody waits for is dropped before it is sent, and a
 * request is aborted only once nobody waits for any flight in it.
 */

export interface Flight<A> {
  readonly key: string;
  readonly id: string;
  readonly promise: Promise<A>;
  /** Callers currently waiting on this flight. */
  waiters: number;
  resolve(answer: A): void;
  group: string;
  batch: Batch<A> | null;
}

interface Batch<A> {
  flights: Flight<A>[];
  controller: AbortController;
}

interface Group<P, A> {
  params: P;
  flights: Flight<A>[];
}

/** Sends one request for `ids` (≤ maxSize, unique) and returns one answer per id, in order. Must not reject. */
export type SendBatch<P, A> = (params: P, ids: string[], signal: AbortSignal) => Promise<A[]>;

export class Batcher<P, A> {
  #inflight = new Map<string, Flight<A>>();
  #queue = new Map<string, Group<P, A>>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #windowMs: number;
  #maxSize: number;
  #send: SendBatch<P, A>;

  constructor(windowMs: number, maxSize: number, send: SendBatch<P, A>) {
    this.#windowMs = windowMs;
    this.#maxSize = maxSize;
    this.#send = send;
  }

  /** Joins the flight for `key` (starting one if none is in flight) and returns it. */
  join(group: string, params: P, key: string, id: string): Flight<A> {
    let flight = this.#inflight.get(key);
    if (!flight) {
      let resolve!: (answer: A) => void;
      const promise = new Promise<A>((r) => (resolve = r));
      flight = { key, id, promise, resolve, waiters: 0, group, batch: null };
      this.#inflight.set(key, flight);
      let queued = this.#queue.get(group);
      if (!queued) this.#queue.set(group, (queued = { params, flights: [] }));
      queued.flights.push(flight);
      if (queued.flights.length >= this.#maxSize) {
        this.#queue.delete(group);
        if (this.#queue.size === 0) this.#stopTimer();
        void this.#run(queued.params, queued.flights);
      } else {
        this.#timer ??= setTimeout(() => this.#flush(), this.#windowMs);
      }
    }
    flight.waiters++;
    return flight;
  }

  /** A caller stops waiting for `flight`. */
  leave(flight: Flight<A>): void {
    if (--flight.waiters > 0) return;
    const { batch } = flight;
    if (!batch) {
      // Not sent yet: drop it from its group.
      const queued = this.#queue.get(flight.group);
      if (queued) queued.flights = queued.flights.filter((f) => f !== flight);
      this.#forget(flight);
    } else if (batch.flights.every((f) => f.waiters === 0)) {
      for (const f of batch.flights) this.#forget(f);
      batch.controller.abort();
    }
  }

  /** Stops the window timer; what is queued is sent at once. */
  flushNow(): void {
    this.#flush();
  }

  #forget(flight: Flight<A>): void {
    if (this.#inflight.get(flight.key) === flight) this.#inflight.delete(flight.key);
  }

  #stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #flush(): void {
    this.#stopTimer();
    const groups = [...this.#queue.values()];
    this.#queue.clear();
    for (const { params, flights } of groups) {
      for (let i = 0; i < flights.length; i += this.#maxSize) void this.#run(params, flights.slice(i, i + this.#maxSize));
    }
  }

  async #run(params: P, flights: Flight<A>[]): Promise<void> {
    const batch: Batch<A> = { flights, controller: new AbortController() };
    for (const flight of flights) flight.batch = batch;
    const answers = await this.#send(
      params,
      flights.map((f) => f.id),
      batch.controller.signal,
    );
    flights.forEach((flight, i) => {
      this.#forget(flight);
      flight.resolve(answers[i]);
    });
  }
}
