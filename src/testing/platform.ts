/**
 * The simulated credit platform: ONE fetch handler (`Request` → `Response`) implementing
 * the whole v1 contract (docs/contract.md) over the fixtures. Standard web
 * APIs only — it runs in browsers (behind msw's service worker), in Node 20 (directly, via
 * msw/node, or over real HTTP with `node-server.ts`) and in the demo.
 *
 * It uses the same `contract` schemas to validate requests and the same `ids` code to
 * normalise and mask ids as the SDK, so tests exercise the real code paths.
 */
import type { Catalog, Commitment, CreditRecord, FeedbackRequest, LedgerEntry, Objection, RecordRegistration, VerificationCreate } from '../contract/index.js';
import { jsonText } from '../digest/json-text.js';
import { isIsoDate, todayInChina } from '../policy/dates.js';
import type { FaultSpec, FaultsOption } from './faults.js';
import { FaultPlan, LOGIN_PAGE_HTML, applySchemaDrift } from './faults.js';
import type { Fixture, FixtureSet } from './fixtures.js';
import { buildFixtures } from './fixtures.js';
import { createPlatformCore } from './platform-context.js';
import { JSON_TYPE, problem } from './responses.js';
import { type RouteName, matchRoute } from './route-table.js';
import type { CheckFacts } from './stats.js';

// ------------------------------------------------------------------ public types

export interface SubjectError {
  status: number;
  title: string;
  detail?: string;
}

export interface PlatformOptions {
  /** Path before `/v1/...` (default `/api`); `''` for none. Only the suffix after it is matched. */
  basePath?: string;
  /** "Today" (`YYYY-MM-DD`, China Standard Time) the fixture dates are relative to; default: the real today. */
  today?: string;
  /** `'default'` (the SDK's default catalog), `'none'` (GET /v1/measures → 404) or a catalog to serve. */
  catalog?: 'default' | 'none' | Catalog;
  /** When set, requests without `Authorization: Bearer <token>` get 401. */
  token?: string;
  /** Decides which bearer tokens are accepted (for token-rotation tests); implies auth is required. */
  acceptToken?: (token: string) => boolean;
  /** Delay before answering, ms: a number or a uniform `[min, max]`. Aborting the request ends it. */
  latencyMs?: number | readonly [number, number];
  /** Per-subject errors inside a good batch: subject id → error. */
  subjectErrors?: Readonly<Record<string, SubjectError>>;
  /** Faults to inject (see `faults.ts`). */
  faults?: FaultsOption;
  /** Seed ~60 ledger entries and 3 commitments (default true). */
  seed?: boolean;
  /**
   * Also seed about this many checks over the year before `today` — ledger entries with the
   * outcome of each and the feedback sent — so that statistics (`GET /v1/stats`) show a
   * year's shapes. Default 0 (none); ignored when `seed` is false.
   */
  history?: number;
  /** The department written into ledger entries when a check names none. */
  department?: string;
  /** Clock for `asOf`, ledger times and receipts (default: the real clock). */
  now?: () => Date;
  /** Extra or replacement subjects the platform knows (matched by `subject.id`). */
  extraFixtures?: readonly Fixture[];
}

export interface RecordedRequest {
  method: string;
  /** Path and query string as received (never holds a person's id when the SDK behaves). */
  path: string;
  /** When it arrived (ISO 8601, UTC). */
  at: string;
  /** The parsed JSON body (the raw text if it was not JSON); absent without a body. */
  body?: unknown;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
  /** The fault that was applied to it, if any. */
  fault?: FaultSpec['mode'];
}

export interface StoredFeedback extends FeedbackRequest {
  id: string;
  receivedAt: string;
  idempotencyKey: string;
}

export interface StoredCommitment extends Commitment {
  /** The note given when it was closed. */
  note?: string;
  /**
   * The subject id exactly as the request carried it (the SDK sends a person's id masked);
   * `subjectId` is the subject the platform resolved it to. Kept apart so that tests can
   * tell "sent masked" from "sent in full". Absent on seeded commitments.
   */
  sentSubjectId?: string;
}

export interface PlatformState {
  /** "Today" for this platform (China Standard Time). */
  readonly today: string;
  /** The subjects, as of `today`. */
  readonly fixtures: FixtureSet;
  /** Every request that reached `handle()`, in order (including ones a fault answered). */
  requests: RecordedRequest[];
  /** Idempotency key → how many repeats were answered from the store (0 after the first use). */
  idempotencyHits: Map<string, number>;
  feedback: StoredFeedback[];
  commitments: StoredCommitment[];
  /** The query ledger, newest first; persons' ids are masked. */
  ledger: LedgerEntry[];
  /** Records the platform added at runtime (commitment breaches), by subject id. */
  addedRecords: Map<string, CreditRecord[]>;
  /** Query id → the outcome and applied measures of that check (for statistics); entries without one are evaluated when asked. */
  checkFacts: Map<string, CheckFacts>;
  /** Printed check records registered with `POST /v1/records`, in order. */
  records: StoredPrintedRecord[];
  /** Manual verifications (人工核查) received with `POST /v1/verifications`, in order. */
  verifications: StoredVerification[];
  /** Objections (异议) received with `POST /v1/objections`, in order. */
  objections: StoredObjection[];
}

/** A manual verification as received (`subjectId` as sent: masked for a person). */
export interface StoredVerification extends VerificationCreate {
  id: string;
  receivedAt: string;
  idempotencyKey: string;
}

/** An objection, with the contact the subject left (never in an answer) and the subject id as sent. */
export interface StoredObjection extends Objection {
  contact?: string;
  sentSubjectId: string;
  idempotencyKey: string;
}

/** A registered printed record (`POST /v1/records`). */
export interface StoredPrintedRecord extends RecordRegistration {
  id: string;
  receivedAt: string;
  idempotencyKey: string;
}

export interface Platform {
  /** Answers one request of the v1 API. Rejects only for `offline` (TypeError) and aborted requests. */
  handle(request: Request): Promise<Response>;
  readonly state: PlatformState;
  /** The base path the platform answers under (e.g. `/api`). */
  readonly basePath: string;
  /** Replaces the active faults (`'none'` or `undefined` clears them). */
  setFaults(faults?: FaultsOption): void;
  /** The faults still active. */
  faults(): FaultSpec[];
  /** Replaces the per-subject errors. */
  setSubjectErrors(errors?: Readonly<Record<string, SubjectError>>): void;
  /** Back to the state right after creation: seeded data, initial faults and subject errors. */
  reset(): void;
}

// ------------------------------------------------------------------ the platform

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never settles, unless `signal` aborts: then rejects with its reason. */
function hang(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** `api/` → `/api`; `/` and `''` → `''`. */
function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** The request's body: parsed JSON, the raw text when it is not JSON, undefined without one. */
async function readBody(request: Request, method: string): Promise<{ text: string; body: unknown; bodyError: boolean }> {
  const text = method === 'GET' || method === 'HEAD' ? '' : await request.text();
  if (text === '') return { text, body: undefined, bodyError: false };
  try {
    return { text, body: JSON.parse(text), bodyError: false };
  } catch {
    return { text, body: text, bodyError: true };
  }
}

export function createPlatform(options: PlatformOptions = {}): Platform {
  if (options.today !== undefined && !isIsoDate(options.today)) {
    throw new TypeError(`credit-widgets/testing: createPlatform({ today }) expects YYYY-MM-DD, got ${JSON.stringify(options.today)}`);
  }
  const clock = options.now ?? (() => new Date());
  const today = options.today ?? todayInChina(clock());
  const basePath = normalizeBasePath(options.basePath ?? '/api');
  const authRequired = options.token !== undefined || options.acceptToken !== undefined;
  const acceptToken = options.acceptToken ?? ((t: string) => t === options.token);
  const core = createPlatformCore(options, today, clock, buildFixtures(today));
  const { ctx, state } = { ctx: core.ctx, state: core.ctx.state };
  const plan = new FaultPlan(options.faults);

  async function latency(signal: AbortSignal): Promise<void> {
    const l = options.latencyMs;
    if (l === undefined) return;
    const ms = typeof l === 'number' ? l : l[0] + Math.random() * (l[1] - l[0]);
    if (ms > 0) await sleep(ms, signal);
  }

  /** The endpoint's answer: 404, 405, 400 for a body that is not JSON, or the route's. */
  async function route(request: Request, url: URL, method: string, path: string, read: { body: unknown; bodyError: boolean }): Promise<{ name?: RouteName; response: Response }> {
    const match = matchRoute(method, path);
    if (match.kind === 'not-found') return { response: problem(404, 'not-found', 'Not found', `No endpoint ${path}.`) };
    if (match.kind === 'method-not-allowed') {
      return { response: problem(405, 'method-not-allowed', 'Method not allowed', `${path} accepts ${match.allow}.`, { Allow: match.allow }) };
    }
    const { name } = match.route;
    if (read.bodyError) return { name, response: problem(400, 'invalid-json', 'Body is not JSON', 'The request body must be a JSON document.') };
    try {
      return { name, response: await match.route.handle(ctx, { request, url, body: read.body, params: match.params }) };
    } catch (error) {
      return { name, response: problem(500, 'internal-error', 'Internal Server Error', error instanceof Error ? error.message : String(error)) };
    }
  }

  async function handle(request: Request): Promise<Response> {
    // The round trip starts when the request arrives, not once the page's main thread has
    // found time to read its body: reading it waits behind whatever the page is busy with
    // (e.g. laying out the elements that just asked), which a real network does not.
    const roundTrip = latency(request.signal);
    roundTrip.catch(() => {}); // awaited below; an early return must not leave it unhandled
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const read = await readBody(request, method);
    const recorded: RecordedRequest = { method, path: url.pathname + url.search, at: clock().toISOString(), headers };
    if (read.text !== '') recorded.body = read.body;
    state.requests.push(recorded);

    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, POST, PATCH, OPTIONS' } });
    // The endpoint is the part from `/v1/` after the base path.
    const at = url.pathname.indexOf(`${basePath}/v1/`);
    if (at < 0) return problem(404, 'not-found', 'Not found', `No endpoint at ${url.pathname}; the API lives under ${basePath || '/'}/v1/.`);
    const path = url.pathname.slice(at + basePath.length).replace(/\/+$/, '');

    const fault = plan.take(path);
    if (fault) recorded.fault = fault.mode;
    if (fault?.mode === 'offline') throw new TypeError('Failed to fetch');
    await roundTrip;
    if (fault) {
      const retryAfter = fault.retryAfter === undefined ? 1 : fault.retryAfter;
      const retryHeaders: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': String(retryAfter) };
      switch (fault.mode) {
        case 'hang':
          return hang(request.signal);
        case 'http-500':
          return problem(500, 'internal-error', 'Internal Server Error', 'Simulated platform failure.');
        case 'http-503':
          return problem(503, 'unavailable', 'Service Unavailable', 'The credit platform is under maintenance.', retryHeaders);
        case 'http-429':
          return problem(429, 'rate-limited', 'Too Many Requests', 'Slow down.', retryHeaders);
        case 'html-login':
          return new Response(LOGIN_PAGE_HTML, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      }
    }

    if (authRequired) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
      if (!m || !acceptToken(m[1])) {
        return problem(401, 'unauthorized', 'Unauthorized', m ? 'The bearer token is not accepted.' : 'Send Authorization: Bearer <token>.', {
          'WWW-Authenticate': 'Bearer realm="credit-platform"',
        });
      }
    }

    const { name, response } = await route(request, url, method, path, read);
    if (!fault || !name) return response;
    return applyBodyFault(fault.mode, name, response);
  }

  return {
    handle,
    state,
    basePath,
    setFaults: (faults) => plan.set(faults),
    faults: () => plan.list(),
    setSubjectErrors: (errors) => core.setSubjectErrors(errors),
    reset: () => {
      core.seed();
      plan.set(options.faults);
      core.setSubjectErrors(options.subjectErrors);
    },
  };
}

/** `malformed-json` and `schema-drift-*`: the real answer, corrupted. Other modes never get here. */
async function applyBodyFault(mode: FaultSpec['mode'], name: RouteName, response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  if (mode === 'malformed-json') {
    const text = response.status === 304 ? '' : await response.text();
    const cut = text.length > 1 ? text.slice(0, Math.floor(text.length / 2)) : '{"results":[';
    headers.set('Content-Type', JSON_TYPE);
    return new Response(cut, { status: response.status === 304 ? 200 : response.status, headers });
  }
  if (mode === 'schema-drift-missing-field' || mode === 'schema-drift-wrong-type' || mode === 'schema-drift-unknown-enum') {
    if (!response.ok || response.status === 204 || response.status === 304) return response;
    const body = applySchemaDrift(mode, name, await response.json());
    headers.delete('ETag');
    return new Response(jsonText(body), { status: response.status, headers });
  }
  return response;
}
