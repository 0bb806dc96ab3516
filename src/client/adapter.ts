/**
 * Adapters (public surface, "Adapters"): speak another platform's API instead of v1.
 *
 * An adapter maps a v1 operation onto the other API and the answer back into the v1
 * shape. The client then validates that answer with the same zod schemas as a v1
 * platform's, so an adapter cannot produce a result the contract would refuse. For a
 * check a wrong shape is `unknown` (`invalid-response`), and so is an adapter that
 * throws — the decision's `message` names the adapter. Nothing reaches the host page.
 *
 * Mapped:
 * - `POST /v1/checks` by `checks` (required);
 * - `GET /v1/measures` by `measures` (absent, or resolving `null`, means the platform serves
 *   no catalog: the default catalog applies with the `default-catalog` warning);
 * - every other operation — feedback, commitments (create, search, update), the ledger,
 *   printed records, verifications, objections (create, search), statistics, and any
 *   operation added later — by the one generic hook `request`, at the two places every
 *   such request of the client passes (`request()` in http.ts for reads, the outbox's
 *   sender for writes). It resolves with the v1 answer's body, or `undefined` to let the
 *   operation go to the endpoint as v1. Without the hook, every other operation goes to
 *   the endpoint as v1. See `answerByAdapter` in http.ts for how its failures are handled.
 *
 * The run-time parts (`adapterCall`, `adapterProblem`, `answerByAdapter`) live in http.ts,
 * beside the HTTP stack they use; they are re-exported here.
 */
import type { CheckRequest } from '../contract/index.js';

export { adapterCall, adapterProblem } from './http.js';

/** What an adapter may use to reach its platform. */
export interface AdapterCall {
  /** The configured endpoint, without trailing slashes. */
  readonly endpoint: string;
  /**
   * A request to `path` below the endpoint, through the client's HTTP stack: the token
   * (`Authorization: Bearer …`, a 401 renewed once), the time left of the operation, the
   * caller's abort. A non-2xx answer rejects with a CreditHttpError, no answer with a
   * CreditNetworkError / CreditTimeoutError: a check's subjects are then `unknown` with that
   * reason, a read rejects with it, a write is kept or refused by the outbox's rules.
   */
  fetch(path: string, init?: AdapterRequestInit): Promise<Response>;
  /** Aborts when nobody waits for the answer any more. */
  readonly signal: AbortSignal;
}

export interface AdapterRequestInit {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON (a canonical, prototype-pollution-proof writer). */
  json?: unknown;
  headers?: Record<string, string>;
  searchParams?: Record<string, string>;
}

/** The v1 check request an adapter receives (1–100 subjects, one scenario, purpose, authorisation, case). */
export type AdapterCheckRequest = CheckRequest;

/**
 * A v1 operation other than the check and the catalog, as the client would send it to a v1
 * endpoint (docs/contract.md): e.g. `{ method: 'POST', path: '/v1/feedback', body, idempotencyKey }`,
 * `{ method: 'GET', path: '/v1/ledger', query: { from: '2026-11-01' } }`,
 * `{ method: 'PATCH', path: '/v1/commitments/c_1', body: { status: 'fulfilled' }, idempotencyKey }`.
 */
export interface AdapterOperation {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** The v1 path, with its leading slash and without the endpoint (`/v1/commitments/search`). */
  readonly path: string;
  /** A GET's query parameters (`/v1/ledger`, `/v1/stats`), as strings. */
  readonly query?: Readonly<Record<string, string>>;
  /** The JSON body (a copy: changing it changes nothing the client keeps). A person's id in it is as v1 sends it. */
  readonly body?: unknown;
  /**
   * A write's `Idempotency-Key`: the same on every attempt to send that write (the outbox
   * sends it again until it is acknowledged). Hand it on, so that the other platform
   * records the write once.
   */
  readonly idempotencyKey?: string;
}

export interface CreditAdapter {
  /** Names the adapter in messages (`gateway`, `shanxi-credit` …). */
  readonly name: string;
  /** `POST /v1/checks`: resolves with a v1 CheckResponse (`{ asOf, catalogVersion, results }`, one result per subject). */
  checks(request: AdapterCheckRequest, call: AdapterCall): Promise<unknown>;
  /** `GET /v1/measures`: a v1 Catalog, or `null` when the platform has none. */
  measures?(call: AdapterCall): Promise<unknown>;
  /**
   * Every other v1 operation: resolves with the body a v1 platform would answer (validated
   * by the same schema), or `undefined` to let the operation go to the endpoint as v1.
   * Throwing, or answering in another shape, fails the operation with a CreditResponseError
   * naming the adapter: a read rejects with it, a write stays queued (sent again later,
   * with backoff and the same Idempotency-Key).
   */
  request?(operation: AdapterOperation, call: AdapterCall): Promise<unknown>;
}
