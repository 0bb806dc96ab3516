/**
 * A small time-to-live cache of answers, in memory only (never storage: keys may hold
 * a person's id). Oldest entries go first once `maxEntries` is reached.
 */
export class TtlCache<V> {
  #entries = new Map<string, { value: V; at: number }>();
  #ttlMs: number;
  #now: () => Date;
  #maxEntries: number;

  constructor(ttlMs: number, now: () => Date, maxEntries = 2000) {
    this.#ttlMs = ttlMs;
    this.#now = now;
    this.#maxEntries = maxEntries;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const age = this.#now().getTime() - entry.at;
    if (age >= 0 && age < this.#ttlMs) return entry.value;
    this.#entries.delete(key);
    return undefined;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(key, { value, at: this.#now().getTime() });
  }

  clear(): void {
    this.#entries.clear();
  }
}
