/**
 * Adapters (public surface, "Adapters"): speak another platform's API instead of v1.
 *
 * An adapter maps a v1 operation onto the other API and the answer back into the v1
 * shape. The client then validates that answer with the same zod schemas as a v1
 * platform's, per subject, so an adapter cannot produce a result the contract would
 * refuse: a wrong shape is `unknown` (`invalid-response`), and so is an adapter that
 * throws — the decision's `message` names the adapter. Nothing reaches the host page.
 *
 * Mapped: `POST /v1/checks` (`checks`, required) and `GET /v1/measures` (`measures`;
 * absent, or resolving `null`, means the platform serves no catalog: the default catalog
 * applies with the `default-catalog` warning). The other operations (feedback,
 * commitments, ledger) still go to the endpoint as v1 requests.
 */
import type { KyInstance } from 'ky';
import type { CheckRequest } from '../contract/index.js';
import { CreditTimeoutError } from './errors.js';
import { toCreditError } from './http.js';
import type { ResolvedOptions } from './options.js';

/** What an adapter may use to reach its platform. */
export interface AdapterCall {
  /** The configured endpoint, without trailing slashes. */
  readonly endpoint: string;
  /**
   * A request to `path` below the endpoint, through the client's HTTP stack: the token
   * (`Authorization: Bearer …`, a 401 renewed once), the time left of the check, the
   * caller's abort. A non-2xx answer rejects with a CreditHttpError, no answer with a
   * CreditNetworkError / CreditTimeoutError: the subjects are then `unknown` with that reason.
   */
  fetch(path: string, init?: AdapterRequestInit): Promise<Response>;
  /** Aborts when nobody waits for the answer any more. */
  readonly signal: AbortSignal;
}

export interface AdapterRequestInit {
  method?: 'GET' | 'POST';
  /** Sent as JSON (a canonical, prototype-pollution-proof writer). */
  json?: unknown;
  headers?: Record<string, string>;
  searchParams?: Record<string, string>;
}

/** The v1 check request an adapter receives (1–100 subjects, one scenario, purpose, authorisation, case). */
export type AdapterCheckRequest = CheckRequest;

export interface CreditAdapter {
  /** Names the adapter in messages (`gateway`, `shanxi-credit` …). */
  readonly name: string;
  /** `POST /v1/checks`: resolves with a v1 CheckResponse (`{ asOf, catalogVersion, results }`, one result per subject). */
  checks(request: AdapterCheckRequest, call: AdapterCall): Promise<unknown>;
  /** `GET /v1/measures`: a v1 Catalog, or `null` when the platform has none. */
  measures?(call: AdapterCall): Promise<unknown>;
}

/** A short, safe sentence for what an adapter threw (never its stack; at most 200 characters). */
export function adapterProblem(name: string, error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : Object.prototype.toString.call(error);
  } catch {
    text = 'an unreadable error';
  }
  if (text.length > 200) text = `${text.slice(0, 200)}…`;
  return `The adapter “${name}” failed: ${text}`;
}

/** What an adapter may use: the client's HTTP stack (token, 401 renewal), bounded by `deadline` (epoch ms) and `signal`. */
export function adapterCall(http: KyInstance, options: ResolvedOptions, signal: AbortSignal, deadline: number): AdapterCall {
  return {
    endpoint: options.endpoint,
    signal,
    async fetch(path, init = {}) {
      const left = deadline - Date.now();
      if (left <= 0) throw new CreditTimeoutError(options.timeoutMs);
      const clean = String(path).replace(/^\/+/, '');
      try {
        return await http(clean, {
          method: (init.method ?? (init.json === undefined ? 'get' : 'post')).toLowerCase(),
          signal,
          timeout: left,
          retry: 0,
          ...(init.json === undefined ? {} : { json: init.json }),
          ...(init.headers ? { headers: init.headers } : {}),
          ...(init.searchParams ? { searchParams: init.searchParams } : {}),
        });
      } catch (error) {
        throw await toCreditError(error, options.timeoutMs);
      }
    },
  };
}
