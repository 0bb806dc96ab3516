/**
 * The naive baseline of `batching.*`: an element that asks the platform for its own
 * subject with one `fetch` as soon as it is connected, evaluates the answer with the same
 * engine and default catalog, and sets `outcome`. No batching, no dedupe, no cache.
 *
 * The simulated platform answers in-page and so has no connection limit; a browser talking
 * to one host over HTTP/1.1 has six. `ConnectionLimit` models those six.
 */
import { DEFAULT_CATALOG, evaluate, todayInChina } from '../../../src/policy/index.js';

export class ConnectionLimit {
  #free: number;
  #waiting: Array<() => void> = [];

  constructor(connections: number) {
    this.#free = connections;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}

export interface NaiveSetup {
  endpoint: string;
  fetch: typeof globalThis.fetch;
  connections: ConnectionLimit;
  scenario: string;
}

let setup: NaiveSetup | undefined;

export function configureNaive(next: NaiveSetup): void {
  setup = next;
}

export class NaiveFlag extends HTMLElement {
  connectedCallback(): void {
    void this.#check();
  }

  async #check(): Promise<void> {
    if (!setup) throw new Error('configureNaive() first');
    const { endpoint, fetch, connections, scenario } = setup;
    const id = this.getAttribute('subject') ?? '';
    let outcome = 'unknown';
    try {
      const body = await connections.run(async () => {
        const response = await fetch(`${endpoint}/v1/checks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ subjects: [{ id }], scenario }),
        });
        return response.json();
      });
      const result = body.results[0];
      if (result?.found) {
        outcome = evaluate({ subject: result.subject, records: result.records, catalog: DEFAULT_CATALOG, scenario, on: todayInChina() }).outcome;
      }
    } catch {
      outcome = 'unknown';
    }
    this.textContent = outcome;
    this.setAttribute('outcome', outcome);
  }
}

customElements.define('naive-flag', NaiveFlag);
