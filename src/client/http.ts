/**
 * The one configured ky instance of a client, and the two steps every answer goes
 * through: errors → Credit* error classes, bodies → their zod schema.
 *
 * - `Authorization: Bearer <getToken()>` on every request (tokens never in URLs);
 * - a 401 → one fresh `getToken()` and one retry (a forced ky retry re-runs the hook);
 * - GET is retried on 429/503, honouring `Retry-After` up to 10 s; other methods are
 *   never retried here (a check is a ledger entry; writes go through the outbox);
 * - bodies are written as canonical JSON, so a page's `Array.prototype.toJSON` or
 *   enumerable `Object.prototype` keys cannot change what is sent;
 * - the schemas (zod) load on first need, in parallel with the request (load-schemas.ts);
 * - with an adapter that has a `request` hook, every operation that passes `request()` (the
 *   reads) or the outbox's sender (the writes) goes to the hook first (`answerByAdapter`).
 */
import { jsonText } from '../digest/json-text.js';
import ky, { isHTTPError, isTimeoutError, type Hooks, type KyInstance } from 'ky';
import type { Problem } from '../contract/index.js';
import type * as z from 'zod/mini';
import type { AdapterCall, AdapterOperation } from './adapter.js';
import { CreditHttpError, CreditNetworkError, CreditResponseError, CreditTimeoutError, isCreditHttpError, isCreditNetworkError, isCreditTimeoutError } from './errors.js';
import { loadSchemas, type Schemas } from './load-schemas.js';
import type { ResolvedOptions } from './options.js';

/** Longest `Retry-After` a read waits for, so that a page never waits for ever. */
export const MAX_RETRY_AFTER_MS = 10_000;

/** The options of each client's ky instance: how `request()` and the outbox find the client's adapter. */
const optionsOf = new WeakMap<KyInstance, ResolvedOptions>();

export function createHttp(options: ResolvedOptions): KyInstance {
  const { getToken } = options;
  const instance = ky.create({
    prefixUrl: options.endpoint,
    timeout: options.timeoutMs,
    // Not JSON.stringify: legacy pages (Prototype.js) put `toJSON` on Array.prototype, which
    // turns every array of a body into a string (`"subjects": "[{…}]"`) and the platform
    // refuses the check. Canonical JSON reads own keys and values only.
    stringifyJson: jsonBody,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: 2,
      methods: ['get'],
      statusCodes: [429, 503],
      afterStatusCodes: [429, 503],
      maxRetryAfter: MAX_RETRY_AFTER_MS,
      backoffLimit: MAX_RETRY_AFTER_MS,
      // Only HTTP answers are retried; a network error or timeout is reported at once.
      shouldRetry: ({ error }) => (isHTTPError(error) ? undefined : false),
    },
    // Only with a token source: ky clones (tees) every answer's body for an afterResponse hook.
    hooks: getToken ? tokenHooks(getToken) : {},
  });
  optionsOf.set(instance, options);
  return instance;
}

/** `Authorization: Bearer <getToken()>` on every request; a 401 → one fresh token and one retry. */
function tokenHooks(getToken: NonNullable<ResolvedOptions['getToken']>): Hooks {
  return {
    beforeRequest: [
      async (request) => {
        let token: string | null | undefined;
        try {
          token = await getToken();
        } catch {
          throw new CreditHttpError(401, null, null, 'getToken() failed');
        }
        if (token) request.headers.set('authorization', `Bearer ${token}`);
      },
    ],
    afterResponse: [
      (_request, _options, response, { retryCount }) =>
        response.status === 401 && retryCount === 0 ? ky.retry({ delay: 0, code: 'UNAUTHORIZED' }) : undefined,
    ],
  };
}

/** A request body as JSON text, immune to prototype pollution on the host page (see json-text.ts). */
export function jsonBody(data: unknown): string {
  return jsonText(data);
}

function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

/**
 * Any failure of a request as a Credit* error. An abort (the caller's signal) is
 * returned as it is, so that callers can tell it apart.
 */
export async function toCreditError(error: unknown, timeoutMs: number): Promise<unknown> {
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && name.startsWith('Credit')) return error;
  if (name === 'AbortError') return error;
  if (isTimeoutError(error)) return new CreditTimeoutError(timeoutMs);
  if (isHTTPError(error)) {
    const { response } = error;
    let problem: Problem | null = null;
    try {
      const [schemas, body] = await Promise.all([loadSchemas(), response.json()]);
      const parsed = schemas.Problem.safeParse(body);
      if (parsed.success) problem = parsed.data;
    } catch {
      // not JSON (or no schemas to check it with): no problem details
    }
    return new CreditHttpError(response.status, problem, retryAfterSeconds(response.headers.get('retry-after')));
  }
  return new CreditNetworkError(undefined, { cause: error });
}

/** The body of a 2xx answer, parsed as JSON and validated with `schema`. */
export async function readBody<S extends z.ZodMiniType>(response: Response, schema: S): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new CreditNetworkError('The answer of the credit platform was cut off', { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CreditResponseError(`The credit platform answered ${response.status} with a body that is not JSON`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  const issues = result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const first = issues[0];
  throw new CreditResponseError(
    `The answer of the credit platform does not match the v1 contract${first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : ''}`,
    issues,
  );
}

/**
 * The schemas, loading from now on: for callers that send a request and validate its
 * answer later. A failed load is reported where the schemas are awaited, never as an
 * unhandled rejection.
 */
export function schemasInParallel(): Promise<Schemas> {
  const schemas = loadSchemas();
  schemas.catch(() => {});
  return schemas;
}

/** `http(path, init)` then `readBody` with the schema `pick` chooses, with every failure as a Credit* error. */
export async function request<S extends z.ZodMiniType>(
  http: KyInstance,
  timeoutMs: number,
  path: string,
  init: Parameters<KyInstance>[1],
  pick: (schemas: Schemas) => S,
): Promise<z.infer<S>> {
  // The schemas load while the request is on the network.
  const schemas = schemasInParallel();
  if (hasRequestHook(http)) {
    const timeout = typeof init?.timeout === 'number' ? init.timeout : timeoutMs;
    const adapted = await answerByAdapter(http, operationOf(path, init), async () => pick(await schemas), { signal: init?.signal ?? undefined, timeoutMs: timeout });
    if (adapted) return adapted.answer;
  }
  let response: Response;
  try {
    response = await http(path, init);
  } catch (error) {
    throw await toCreditError(error, timeoutMs);
  }
  return readBody(response, pick(await schemas));
}

// ---------------------------------------------------------------- adapters (adapter.ts)

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

/** Whether the client of `http` has an adapter with a `request` hook. */
export function hasRequestHook(http: KyInstance): boolean {
  return typeof optionsOf.get(http)?.adapter?.request === 'function';
}

const isTransportError = (error: unknown) => isCreditHttpError(error) || isCreditNetworkError(error) || isCreditTimeoutError(error);
const aborted = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The request was aborted', 'AbortError');

/** A request as the adapter's `request` hook receives it: the v1 method, path, query and body (a copy). */
function operationOf(path: string, init: Parameters<KyInstance>[1]): AdapterOperation {
  const operation: { -readonly [K in keyof AdapterOperation]: AdapterOperation[K] } = {
    method: String(init?.method ?? 'get').toUpperCase() as AdapterOperation['method'],
    path: `/${path.replace(/^\/+/, '')}`,
  };
  const params = init?.searchParams;
  if (params) {
    const query: Record<string, string> = {};
    if (typeof params === 'object' && !Array.isArray(params) && !(params instanceof URLSearchParams)) {
      for (const key of Object.keys(params)) {
        const value = (params as Record<string, unknown>)[key];
        if (value !== undefined) query[key] = String(value);
      }
    } else {
      new URLSearchParams(params as string | URLSearchParams | string[][]).forEach((value, key) => (query[key] = value));
    }
    operation.query = query;
  }
  if (init?.json !== undefined) operation.body = init.json;
  return operation;
}

/**
 * A v1 operation through the `request` hook of the client's adapter (adapter.ts): its answer,
 * validated by `schema` as a v1 platform's answer would be, or `undefined` when the operation
 * goes to the endpoint as v1 (no adapter, no hook, or the hook resolved `undefined`). The one
 * place the reads (`request()`) and the writes (the outbox) meet the adapter, so that every
 * operation, also one added later, is covered.
 *
 * - What the other platform's transport failed with (a CreditHttpError, CreditNetworkError,
 *   CreditTimeoutError from `call.fetch`) passes through as it is, so the usual rules hold:
 *   a read rejects with it, a write refused with a 4xx is rejected, one not sent stays queued.
 * - Anything else the hook throws, or an answer of the wrong shape (`null` included), is a
 *   CreditResponseError whose message names the adapter (a write stays queued, with backoff).
 * - A hook still busy after `timeoutMs` is a CreditTimeoutError (its `call.signal` aborts);
 *   the caller's `signal` aborting rejects with the signal's reason.
 */
export async function answerByAdapter<S extends z.ZodMiniType>(
  http: KyInstance,
  operation: AdapterOperation,
  schema: () => S | Promise<S>,
  limits: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<{ answer: z.infer<S> } | undefined> {
  const options = optionsOf.get(http);
  const adapter = options?.adapter;
  if (!options || !adapter || typeof adapter.request !== 'function') return undefined;
  const { signal } = limits;
  if (signal?.aborted) throw aborted(signal);
  const timeoutMs = limits.timeoutMs ?? options.timeoutMs;
  const deadline = Date.now() + timeoutMs;
  // The hook's own signal: aborts on the caller's abort and at the deadline.
  const controller = new AbortController();
  // A copy, in v1's JSON: the hook cannot change what the outbox keeps and sends again.
  const copy: AdapterOperation = operation.body === undefined ? operation : { ...operation, body: JSON.parse(jsonText(operation.body)) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new CreditTimeoutError(options.timeoutMs));
      controller.abort();
    }, Math.max(0, timeoutMs));
    if (signal) {
      onAbort = () => {
        reject(aborted(signal));
        controller.abort();
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  let answer: unknown;
  try {
    const hook = adapter.request.bind(adapter);
    answer = await Promise.race([Promise.resolve().then(() => hook(copy, adapterCall(http, options, controller.signal, deadline))), stopped]);
  } catch (error) {
    if (signal?.aborted) throw aborted(signal);
    if (isTransportError(error)) throw error;
    throw new CreditResponseError(adapterProblem(adapter.name, error));
  } finally {
    clearTimeout(timer);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
  if (answer === undefined) return undefined;
  const result = (await schema()).safeParse(answer);
  if (result.success) return { answer: result.data as z.infer<S> };
  const issues = result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const first = issues[0];
  throw new CreditResponseError(
    `The adapter “${adapter.name}” answered ${operation.method} ${operation.path} in a shape the v1 contract refuses${first ? ` at ${first.path.map(String).join('.') || '(root)'}: ${first.message}` : ''}`,
    issues,
  );
}
