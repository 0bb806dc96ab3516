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
 * - the schemas (zod) load on first need, in parallel with the request (load-schemas.ts).
 */
import { jsonText } from '../digest/json-text.js';
import ky, { isHTTPError, isTimeoutError, type Hooks, type KyInstance } from 'ky';
import type { Problem } from '../contract/index.js';
import type * as z from 'zod/mini';
import { CreditHttpError, CreditNetworkError, CreditResponseError, CreditTimeoutError } from './errors.js';
import { loadSchemas, type Schemas } from './load-schemas.js';
import type { ResolvedOptions } from './options.js';

/** Longest `Retry-After` a read waits for, so that a page never waits for ever. */
export const MAX_RETRY_AFTER_MS = 10_000;

export function createHttp(options: ResolvedOptions): KyInstance {
  const { getToken } = options;
  return ky.create({
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
  let response: Response;
  try {
    response = await http(path, init);
  } catch (error) {
    throw await toCreditError(error, timeoutMs);
  }
  return readBody(response, pick(await schemas));
}
