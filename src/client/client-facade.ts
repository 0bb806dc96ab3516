/**
 * `createCreditClient(options)`: the typed client, with its code (create-client.ts: ky,
 * the batcher, caches, http) loaded with `import()` rather than up front.
 *
 * The options are validated at once, as always (a bad option throws CreditInputError
 * here), and the load starts at once too, so that it is usually done before the first
 * check. Until then this facade answers for the client:
 * - `check()` validates its arguments (misuse rejects as before) and waits for the code;
 *   every check made meanwhile is handed to the client in one go when it arrives, so
 *   they share one batch window. A caller's signal that aborts meanwhile rejects only
 *   that call. If the code cannot be loaded, the check resolves as the client would
 *   without a network: `unknown` with reason `network` (an invalid id is still
 *   `invalid-subject`, a person's id without purpose `purpose-required`), and the next
 *   call tries the load again.
 * - The other calls wait for the code; a failed load rejects with CreditNetworkError.
 * - `outbox.subscribe()` works at once; `dispose()` before the load disposes the client
 *   when it arrives.
 */
import type { Decision } from '../policy/decision.js';
import { todayInChina } from '../policy/dates.js';
import { unknownDecision } from '../policy/unknown-decision.js';
import { parseSubjectId } from '../ids/index.js';
import { abortReason, checkArguments } from './check-call.js';
import type { CheckOptions, CreditClient } from './create-client.js';
import { CreditNetworkError } from './errors.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions } from './options.js';
import type { OutboxEvent } from './outbox.js';

/** A check waiting for the client's code. */
interface Waiting {
  input: string | readonly string[];
  opts: CheckOptions;
  resolve(value: Decision | Decision[] | Promise<Decision | Decision[]>): void;
  /** Stops listening to the caller's signal. */
  release(): void;
}

/** Decisions for a check the client's code could not be loaded for. */
function withoutClient(input: string | readonly string[], opts: CheckOptions, options: ResolvedOptions): Decision | Decision[] {
  const many = Array.isArray(input);
  const { scenario } = opts;
  const on = opts.on ?? todayInChina(options.now());
  const purpose = opts.purpose?.trim();
  const decisions = (many ? (input as readonly string[]) : [input as string]).map((raw) => {
    const parsed = parseSubjectId(raw, { locale: options.locale });
    const reason = parsed.status === 'invalid' ? 'invalid-subject' : parsed.type === 'idcard' && !purpose ? 'purpose-required' : 'network';
    return unknownDecision(reason, { subjectId: parsed.masked, scenario, on });
  });
  return many ? decisions : decisions[0];
}

export function createCreditClient(userOptions: ClientOptions): CreditClient {
  const options = resolveOptions(userOptions);
  let client: CreditClient | undefined;
  let loading: Promise<CreditClient> | undefined;
  let disposed = false;
  let waiting: Waiting[] = [];
  const listeners = new Set<(event: OutboxEvent) => void>();

  const forward = (event: OutboxEvent) => {
    for (const fn of listeners) {
      try {
        fn(event);
      } catch {
        // a listener's failure must not stop the others
      }
    }
  };

  /** Hands every check made meanwhile to `loaded`, in the same tick: they land in one batch window. */
  const loaded = (real: CreditClient): CreditClient => {
    client = real;
    real.outbox.subscribe(forward);
    if (disposed) real.dispose();
    const queued = waiting;
    waiting = [];
    for (const call of queued) {
      call.release();
      call.resolve(real.check(call.input as string, call.opts));
    }
    return real;
  };

  /** Answers every check made meanwhile without the client; the next use tries the load again. */
  const failed = (error: unknown): never => {
    loading = undefined;
    const queued = waiting;
    waiting = [];
    for (const call of queued) {
      call.release();
      call.resolve(withoutClient(call.input, call.opts, options));
    }
    throw new CreditNetworkError('The client code of credit-widgets could not be loaded', { cause: error });
  };

  const load = (): Promise<CreditClient> =>
    (loading ??= import('./create-client.js').then(({ createCreditClientNow }) => createCreditClientNow(options)).then(loaded, failed));

  // Prefetch: by the time the first check is made, the code is usually there.
  load().catch(() => {});

  const later =
    <A extends unknown[], R>(call: (loaded: CreditClient, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      call(client ?? (await load()), ...args);

  function check(input: string | readonly string[], opts: CheckOptions): Promise<Decision | Decision[]> {
    try {
      checkArguments(input, opts);
    } catch (error) {
      return Promise.reject(error);
    }
    if (client) return client.check(input as string, opts);
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<Decision | Decision[]>((resolve, reject) => {
      const call: Waiting = { input, opts, resolve, release: () => signal?.removeEventListener('abort', abort) };
      function abort() {
        waiting = waiting.filter((other) => other !== call);
        reject(abortReason(signal!));
      }
      signal?.addEventListener('abort', abort, { once: true });
      waiting.push(call);
      load().catch(() => {});
    });
  }

  return {
    endpoint: options.endpoint,
    check: check as CreditClient['check'],
    catalog: later((loaded) => loaded.catalog()),
    feedback: later((loaded, feedback: Parameters<CreditClient['feedback']>[0]) => loaded.feedback(feedback)),
    commitments: {
      create: later((loaded, commitment: Parameters<CreditClient['commitments']['create']>[0]) => loaded.commitments.create(commitment)),
      search: later((loaded, query: Parameters<CreditClient['commitments']['search']>[0]) => loaded.commitments.search(query)),
      update: later((loaded, id: string, patch: Parameters<CreditClient['commitments']['update']>[1]) => loaded.commitments.update(id, patch)),
    },
    ledger: later((loaded, query?: Parameters<CreditClient['ledger']>[0]) => loaded.ledger(query)),
    outbox: {
      pending: later((loaded) => loaded.outbox.pending()),
      flush: later((loaded) => loaded.outbox.flush()),
      discard: later((loaded, key: string) => loaded.outbox.discard(key)),
      subscribe(fn) {
        listeners.add(fn);
        return () => void listeners.delete(fn);
      },
    },
    dispose() {
      disposed = true;
      client?.dispose();
    },
  };
}
