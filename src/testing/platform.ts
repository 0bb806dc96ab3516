/**
 * The simulated credit platform: ONE fetch handler (`Request` → `Response`) implementing
 * the whole v1 contract (docs/contract.md) over the fixtures. Standard web
 * APIs only — it runs in browsers (behind msw's service worker), in Node 20 (directly, via
 * msw/node, or over real HTTP with `node-server.ts`) and in the demo.
 *
 * It uses the same `contract` schemas to validate requests and the same `ids` code to
 * normalise and mask ids as the SDK, so tests exercise the real code paths.
 */
import type {
  Catalog,
  CheckResponse,
  CheckResult,
  Commitment,
  CreditRecord,
  FeedbackRequest,
  LedgerEntry,
  RecordRegistration,
  LedgerPage,
  Objection,
  VerificationCreate,
} from '../contract/index.js';
import {
  CheckRequest as CheckRequestSchema,
  CommitmentCreate as CommitmentCreateSchema,
  CommitmentSearch as CommitmentSearchSchema,
  CommitmentUpdate as CommitmentUpdateSchema,
  FeedbackRequest as FeedbackRequestSchema,
  LedgerQuery as LedgerQuerySchema,
  RecordRegistration as RecordRegistrationSchema,
  ObjectionCreate as ObjectionCreateSchema,
  ObjectionSearch as ObjectionSearchSchema,
  VerificationCreate as VerificationCreateSchema,
  StatsQuery as StatsQuerySchema,
} from '../contract/schemas.js';
import { displayId, normalizeSubjectId, parseSubjectId } from '../ids/index.js';
import { DEFAULT_CATALOG } from '../policy/default-catalog.js';
import { evaluate } from '../policy/evaluate.js';
import { addDays, isIsoDate, todayInChina } from '../policy/dates.js';
import { jsonText } from '../digest/json-text.js';
import { chinaDateTimeOn } from './china-time.js';
import type { FaultSpec, FaultsOption, RouteName } from './faults.js';
import { FaultPlan, LOGIN_PAGE_HTML, applySchemaDrift } from './faults.js';
import type { Fixture, FixtureSet } from './fixtures.js';
import { buildFixtures, fixtureList } from './fixtures.js';
import { type Random, cryptoRandom, platformId } from './random.js';
import { seedCommitments, seedHistory, seedLedger, sortLedger } from './seed.js';
import { aggregateStats, type CheckFacts } from './stats.js';

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

// ------------------------------------------------------------------ helpers

const JSON_TYPE = 'application/json; charset=utf-8';

// Bodies are written with jsonText(): the platform also runs inside pages (the demo,
// browser tests) where an old library may have put `toJSON` on Array.prototype.
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_BASE = 'https://credit-widgets.example/problems/';
const DEFAULT_LEDGER_LIMIT = 50;
const CATALOG_CACHE_CONTROL = 'public, max-age=300';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(jsonText(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** An RFC 9457 problem response. */
function problem(status: number, slug: string, title: string, detail?: string, headers: Record<string, string> = {}): Response {
  const body: Record<string, unknown> = { type: PROBLEM_BASE + slug, title, status };
  if (detail) body.detail = detail;
  return new Response(jsonText(body), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** The zod issues as one line: `subjects.0.id: Too small …`. */
function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}

/** FNV-1a, 32 bits, hex: enough for an ETag, and needs no async crypto. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, RFC 9110 §13.1.2). */
function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

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

const b64url = {
  encode: (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  decode: (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/')),
};

interface LedgerCursor {
  at: string;
  q: string;
}

function encodeCursor(entry: LedgerEntry): string {
  return b64url.encode(jsonText({ at: entry.at, q: entry.queryId } satisfies LedgerCursor));
}

function decodeCursor(cursor: string): LedgerCursor | null {
  try {
    const value = JSON.parse(b64url.decode(cursor)) as unknown;
    if (typeof value === 'object' && value && typeof (value as LedgerCursor).at === 'string' && typeof (value as LedgerCursor).q === 'string') {
      return value as LedgerCursor;
    }
  } catch {
    // not a cursor of ours
  }
  return null;
}

/** Whether `entry` comes after the cursor's entry in ledger order (newest first, then query id descending). */
function isAfterCursor(entry: LedgerEntry, cursor: LedgerCursor): boolean {
  return entry.at < cursor.at || (entry.at === cursor.at && entry.queryId < cursor.q);
}

interface StoredAnswer {
  body: unknown;
}

interface Route {
  name: RouteName | 'unknown';
  /** The `/v1/...` path, for fault matching and errors. */
  path: string;
  /** For `PATCH /v1/commitments/{id}`. */
  id?: string;
}

const ENDPOINT_METHODS: Readonly<Record<string, string>> = {
  '/v1/checks': 'POST',
  '/v1/measures': 'GET, HEAD',
  '/v1/feedback': 'POST',
  '/v1/commitments': 'POST',
  '/v1/commitments/search': 'POST',
  '/v1/ledger': 'GET, HEAD',
  '/v1/records': 'POST',
  '/v1/verifications': 'POST',
  '/v1/objections': 'POST',
  '/v1/objections/search': 'POST',
  '/v1/stats': 'GET, HEAD',
};

// ------------------------------------------------------------------ the platform

/** `api/` → `/api`; `/` and `''` → `''`. */
function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export function createPlatform(options: PlatformOptions = {}): Platform {
  if (options.today !== undefined && !isIsoDate(options.today)) {
    throw new TypeError(`credit-widgets/testing: createPlatform({ today }) expects YYYY-MM-DD, got ${JSON.stringify(options.today)}`);
  }
  const clock = options.now ?? (() => new Date());
  const today = options.today ?? todayInChina(clock());
  const basePath = normalizeBasePath(options.basePath ?? '/api');
  const random: Random = cryptoRandom;
  const fixtures = buildFixtures(today);
  const catalog: Catalog | null = options.catalog === 'none' ? null : options.catalog === 'default' || options.catalog === undefined ? DEFAULT_CATALOG : options.catalog;
  const catalogVersion = (catalog ?? DEFAULT_CATALOG).version;
  const catalogBody = catalog ? jsonText(catalog) : '';
  const catalogEtag = catalog ? `"${fnv1a(catalogBody)}"` : '';
  const authRequired = options.token !== undefined || options.acceptToken !== undefined;
  const acceptToken = options.acceptToken ?? ((t: string) => t === options.token);

  /** Known subjects by id; `extraFixtures` add or replace. */
  const subjects = new Map<string, Fixture>();
  for (const f of fixtureList(fixtures)) if (f.known) subjects.set(f.subject.id, f);
  for (const f of options.extraFixtures ?? []) subjects.set(f.subject.id, f);

  const plan = new FaultPlan(options.faults);
  let subjectErrors = normalizeErrors(options.subjectErrors);
  const answers = new Map<string, StoredAnswer>();

  const state: PlatformState = {
    today,
    fixtures,
    requests: [],
    idempotencyHits: new Map(),
    feedback: [],
    commitments: [],
    ledger: [],
    addedRecords: new Map(),
    checkFacts: new Map(),
    records: [],
    verifications: [],
    objections: [],
  };

  function seed(): void {
    state.requests.length = 0;
    state.idempotencyHits.clear();
    state.feedback.length = 0;
    state.commitments.length = 0;
    state.ledger.length = 0;
    state.addedRecords.clear();
    state.checkFacts.clear();
    state.records.length = 0;
    state.verifications.length = 0;
    state.objections.length = 0;
    answers.clear();
    if (options.seed !== false) {
      state.ledger.push(...seedLedger(fixtures, today));
      state.commitments.push(...seedCommitments(fixtures, today));
      if (options.history && options.history > 0) {
        const history = seedHistory(fixtures, today, options.history, (f, scenario, on) => decideCheck(f, scenario, on));
        for (const e of history.entries) state.ledger.push(e);
        sortLedger(state.ledger);
        history.facts.forEach((facts, queryId) => state.checkFacts.set(queryId, facts));
        for (const fb of history.feedback) state.feedback.push(fb);
      }
    }
  }
  seed();

  function normalizeErrors(errors?: Readonly<Record<string, SubjectError>>): Map<string, SubjectError> {
    const map = new Map<string, SubjectError>();
    for (const [id, error] of Object.entries(errors ?? {})) map.set(normalizeSubjectId(id), error);
    return map;
  }

  /** What the engine decides for a known subject's check on `on` (the seeded history's records are the fixtures'). */
  function decideCheck(fixture: Fixture, scenario: string, on: string): CheckFacts {
    try {
      const d = evaluate({ subject: fixture.subject, records: recordsOf(fixture), catalog: catalog ?? DEFAULT_CATALOG, scenario, on });
      return { outcome: d.outcome, applied: d.applied.map((h) => h.measure.id) };
    } catch {
      return { outcome: 'unknown', applied: [] };
    }
  }

  /** The facts of a ledger entry's check: kept since the check, or decided now from the entry (a restored ledger). */
  function factsOf(entry: LedgerEntry): CheckFacts {
    let facts = state.checkFacts.get(entry.queryId);
    if (!facts) {
      const fixture = resolveSubject(entry.subjectId);
      facts = fixture ? decideCheck(fixture, entry.scenario, entry.at.slice(0, 10)) : { outcome: 'unknown', applied: [] };
      state.checkFacts.set(entry.queryId, facts);
    }
    return facts;
  }

  /** "Now" as the platform writes it: today's date (which may be simulated) at the clock's time of day. */
  const nowTime = () => chinaDateTimeOn(today, clock());

  function recordsOf(fixture: Fixture): CreditRecord[] {
    const records = [...fixture.records, ...(state.addedRecords.get(fixture.subject.id) ?? [])];
    // While an objection is being verified the record is reported as `objection` (domain.md §13).
    const disputed = new Set(state.objections.filter((o) => o.status === 'pending').map((o) => o.recordId));
    return disputed.size ? records.map((r) => (disputed.has(r.id) && r.status === 'active' ? { ...r, status: 'objection' as const } : r)) : records;
  }

  /** The endpoint of `pathname`: the part from `/v1/` after the base path; null when not under the base path. */
  function matchRoute(pathname: string): Route | null {
    const at = pathname.indexOf(`${basePath}/v1/`);
    if (at < 0) return null;
    const path = pathname.slice(at + basePath.length).replace(/\/+$/, '');
    switch (path) {
      case '/v1/checks':
        return { name: 'checks', path };
      case '/v1/measures':
        return { name: 'measures', path };
      case '/v1/feedback':
        return { name: 'feedback', path };
      case '/v1/commitments':
        return { name: 'commitments', path };
      case '/v1/commitments/search':
        return { name: 'commitment-search', path };
      case '/v1/ledger':
        return { name: 'ledger', path };
      case '/v1/records':
        return { name: 'records', path };
      case '/v1/verifications':
        return { name: 'verifications', path };
      case '/v1/objections':
        return { name: 'objections', path };
      case '/v1/objections/search':
        return { name: 'objection-search', path };
      case '/v1/stats':
        return { name: 'stats', path };
    }
    const m = /^\/v1\/commitments\/([^/]+)$/.exec(path);
    if (m) return { name: 'commitment-update', path, id: decodeURIComponent(m[1]) };
    return { name: 'unknown', path };
  }

  function methodAllowed(route: Route, method: string): string | null {
    if (route.name === 'commitment-update') return method === 'PATCH' ? null : 'PATCH';
    const allowed = ENDPOINT_METHODS[route.path];
    return allowed.split(', ').includes(method) ? null : allowed;
  }

  // ---------------------------------------------------------------- endpoints

  function checks(body: unknown): Response {
    const parsed = CheckRequestSchema.safeParse(body);
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid check request', describeIssues(parsed.error));
    const request = parsed.data;
    const ids = request.subjects.map((s) => normalizeSubjectId(s.id));
    const parsedIds = ids.map((id) => parseSubjectId(id));
    if (parsedIds.some((p) => p.type === 'idcard') && !request.purpose?.trim()) {
      return problem(
        422,
        'purpose-required',
        'Purpose required',
        'A check on a natural person needs a non-empty purpose (查询用途).',
      );
    }
    if (parsedIds.some((p) => p.type === 'idcard') && (!request.authorization || (request.authorization.basis === 'subject-consent' && !request.authorization.reference?.trim()))) {
      return problem(
        422,
        'authorization-required',
        'Authorisation required',
        "A check on a natural person needs its authorisation: the person's written consent with its reference, or the department's statutory duty.",
      );
    }
    const at = nowTime();
    const operator = request.operator?.trim() || '未署名';
    const department = request.department ?? options.department;
    const entries: LedgerEntry[] = [];
    const results: CheckResult[] = ids.map((id, i) => {
      const asked = request.subjects[i].id;
      const error = subjectErrors.get(id);
      if (error) return { id: asked, error: { ...error } };
      const parsedId = parsedIds[i];
      if (parsedId.status === 'invalid') {
        return { id: asked, error: { status: 400, title: 'Invalid subject id', detail: parsedId.problem ?? undefined } };
      }
      const queryId = platformId('q', random);
      const fixture = subjects.get(id);
      const entry: LedgerEntry = {
        queryId,
        at,
        operator,
        scenario: request.scenario,
        subjectId: displayId(id),
      };
      if (department) entry.department = department;
      if (request.purpose) entry.purpose = request.purpose;
      if (request.caseNumber) entry.caseNumber = request.caseNumber;
      if (request.authorization) entry.authorization = request.authorization.reference ? { basis: request.authorization.basis, reference: request.authorization.reference } : { basis: request.authorization.basis };
      if (fixture) entry.subjectName = fixture.subject.name;
      entries.push(entry);
      // What this check decided, for statistics (the platform's catalog, the records as of now).
      state.checkFacts.set(queryId, fixture ? decideCheck(fixture, request.scenario, today) : { outcome: 'unknown', applied: [] });
      if (!fixture) return { id: asked, queryId, found: false, records: [] };
      return { id: asked, queryId, found: true, subject: { ...fixture.subject }, records: recordsOf(fixture) };
    });
    // Newest first, as if each had been put at the front in turn (one move, not one per subject).
    state.ledger.unshift(...entries.reverse());
    const response: CheckResponse = { asOf: at, catalogVersion, results };
    return json(200, response);
  }

  function measures(request: Request): Response {
    if (!catalog) return problem(404, 'no-catalog', 'No measures catalog', 'This platform does not serve a measures catalog.');
    const headers = { ETag: catalogEtag, 'Cache-Control': CATALOG_CACHE_CONTROL };
    if (etagMatches(request.headers.get('If-None-Match'), catalogEtag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(request.method === 'HEAD' ? null : catalogBody, {
      status: 200,
      headers: { 'Content-Type': JSON_TYPE, ...headers },
    });
  }

  /**
   * Runs `create` once per idempotency key: a repeated key gets the first answer with
   * status 200 and nothing new is recorded. Only successful answers are stored.
   */
  function idempotent(scope: string, request: Request, create: (key: string) => { status: number; body: unknown } | Response): Response {
    const key = request.headers.get('Idempotency-Key')?.trim();
    if (!key) return problem(400, 'idempotency-key-required', 'Idempotency-Key required', 'Send an Idempotency-Key header (the same one on every retry).');
    const stored = answers.get(`${scope} ${key}`);
    if (stored) {
      state.idempotencyHits.set(key, (state.idempotencyHits.get(key) ?? 0) + 1);
      return json(200, stored.body, { 'Idempotent-Replayed': 'true' });
    }
    const result = create(key);
    if (result instanceof Response) return result;
    answers.set(`${scope} ${key}`, { body: result.body });
    state.idempotencyHits.set(key, 0);
    return json(result.status, result.body);
  }

  function feedback(request: Request, body: unknown): Response {
    return idempotent('feedback', request, (key) => {
      const parsed = FeedbackRequestSchema.safeParse(body);
      if (!parsed.success) return problem(400, 'invalid-request', 'Invalid feedback', describeIssues(parsed.error));
      const fb = parsed.data;
      if (fb.action !== 'applied' && !fb.reason?.trim()) {
        return problem(422, 'reason-required', 'Reason required', `A "${fb.action}" feedback needs a reason.`);
      }
      const receipt = { id: platformId('fb', random), receivedAt: nowTime() };
      state.feedback.push({ ...fb, ...receipt, idempotencyKey: key });
      return { status: 201, body: receipt };
    });
  }

  function createCommitment(request: Request, body: unknown): Response {
    return idempotent('commitments', request, () => {
      const parsed = CommitmentCreateSchema.safeParse(body);
      if (!parsed.success) return problem(400, 'invalid-request', 'Invalid commitment', describeIssues(parsed.error));
      const c = parsed.data;
      const fixture = resolveSubject(c.subjectId);
      const subjectId = fixture?.subject.id ?? normalizeSubjectId(c.subjectId);
      if (!fixture) {
        return problem(422, 'unknown-subject', 'Unknown subject', `No subject ${displayId(subjectId)} at the platform.`);
      }
      const commitment: StoredCommitment = {
        id: platformId('cm', random),
        subjectId,
        subjectName: fixture.subject.name,
        caseNumber: c.caseNumber,
        items: [...c.items],
        dueOn: c.dueOn,
        statement: c.statement,
        signatory: c.signatory,
        status: 'pending',
        createdAt: nowTime(),
        sentSubjectId: c.subjectId,
      };
      state.commitments.push(commitment);
      return { status: 201, body: publicCommitment(commitment) };
    });
  }

  function searchCommitments(body: unknown): Response {
    const parsed = CommitmentSearchSchema.safeParse(body ?? {});
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid commitment search', describeIssues(parsed.error));
    const q = parsed.data;
    // A person's id may arrive masked (the SDK never stores it in full): compare as shown.
    const subjectId = q.subjectId ? displayId(normalizeSubjectId(q.subjectId)) : null;
    const items = state.commitments
      .filter((c) => (!subjectId || displayId(c.subjectId) === subjectId) && (!q.caseNumber || c.caseNumber === q.caseNumber) && (!q.status || c.status === q.status))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .map(publicCommitment);
    return json(200, { items });
  }

  function updateCommitment(id: string, body: unknown): Response {
    const parsed = CommitmentUpdateSchema.safeParse(body);
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid commitment update', describeIssues(parsed.error));
    const commitment = state.commitments.find((c) => c.id === id);
    if (!commitment) return problem(404, 'not-found', 'No such commitment', `No commitment ${id}.`);
    const update = parsed.data;
    if (commitment.status !== 'pending') {
      if (commitment.status === update.status) return json(200, publicCommitment(commitment));
      return problem(409, 'commitment-closed', 'Commitment already closed', `The commitment is already ${commitment.status}.`);
    }
    commitment.status = update.status;
    commitment.closedAt = nowTime();
    if (update.note) commitment.note = update.note;
    if (update.status === 'breached') {
      const list = state.addedRecords.get(commitment.subjectId) ?? [];
      list.push({
        id: `CB${commitment.id.slice(3)}`,
        listType: 'commitment-breach',
        domain: 'administrative-licensing',
        title: `未履行信用承诺：逾期未补交${commitment.items.join('、')}（案号 ${commitment.caseNumber}）`,
        authority: options.department ?? '政务服务中心',
        listedOn: today,
        validUntil: addDays(today, 364),
        status: 'active',
        repairable: true,
        responsiblePersons: [{ name: commitment.signatory, role: '承诺人' }],
      });
      state.addedRecords.set(commitment.subjectId, list);
    }
    return json(200, publicCommitment(commitment));
  }

  function publicCommitment(c: StoredCommitment): Commitment {
    const { note: _note, sentSubjectId: _sent, ...rest } = c;
    // Like the ledger, responses carry a natural person's id masked.
    return { ...rest, subjectId: displayId(c.subjectId), items: [...c.items] };
  }

  /**
   * The subject a write names. The SDK sends a natural person's id masked (first 6, last
   * 4), so a masked id is matched against the known subjects as shown; an ambiguous mask
   * matches nothing.
   */
  function resolveSubject(id: string) {
    const normalized = normalizeSubjectId(id);
    const exact = subjects.get(normalized);
    if (exact || !normalized.includes('*')) return exact;
    const matches = [...subjects.values()].filter((f) => displayId(f.subject.id) === normalized);
    return matches.length === 1 ? matches[0] : undefined;
  }

  function ledger(url: URL): Response {
    const params = url.searchParams;
    const raw: Record<string, unknown> = {};
    for (const name of ['from', 'to', 'operator', 'scenario', 'caseNumber', 'digest', 'cursor'] as const) {
      const v = params.get(name);
      if (v !== null && v !== '') raw[name] = v;
    }
    const limitText = params.get('limit');
    if (limitText !== null && limitText !== '') raw.limit = /^\d+$/.test(limitText) ? Number(limitText) : limitText;
    const parsed = LedgerQuerySchema.safeParse(raw);
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid ledger query', describeIssues(parsed.error));
    const q = parsed.data;
    const limit = q.limit ?? DEFAULT_LEDGER_LIMIT;
    let cursor: LedgerCursor | null = null;
    if (q.cursor) {
      cursor = decodeCursor(q.cursor);
      if (!cursor) return problem(400, 'invalid-cursor', 'Invalid cursor', 'Use the nextCursor of a previous page.');
    }
    // A digest: the queries of every registered record with it (none: an empty page — "no such record").
    let printed: Set<string> | null = null;
    if (q.digest) {
      const digest = q.digest.toLowerCase();
      printed = new Set();
      for (const r of state.records) if (r.digest === digest) for (const e of r.entries) printed.add(e.queryId);
    }
    const matching = sortLedger(
      state.ledger.filter((e) => {
        const day = e.at.slice(0, 10);
        return (
          (!q.from || day >= q.from) &&
          (!q.to || day <= q.to) &&
          (!q.operator || e.operator === q.operator) &&
          (!q.scenario || e.scenario === q.scenario) &&
          (!q.caseNumber || e.caseNumber === q.caseNumber) &&
          (!printed || printed.has(e.queryId))
        );
      }),
    );
    const rest = cursor ? matching.filter((e) => isAfterCursor(e, cursor)) : matching;
    const items = rest.slice(0, limit).map((e) => ({ ...e }));
    const page: LedgerPage = { items, total: matching.length };
    if (rest.length > limit) page.nextCursor = encodeCursor(items[items.length - 1]);
    return json(200, page);
  }

  /** `POST /v1/records`: a printed record; each query it names gets the printed outcome and the record's digest in the ledger. */
  function registerRecord(request: Request, body: unknown): Response {
    return idempotent('records', request, (key) => {
      const parsed = RecordRegistrationSchema.safeParse(body);
      if (!parsed.success) return problem(400, 'invalid-request', 'Invalid record', describeIssues(parsed.error));
      const record = parsed.data;
      const receipt = { id: platformId('pr', random), receivedAt: nowTime() };
      state.records.push({ ...record, ...receipt, idempotencyKey: key });
      const byQuery = new Map(record.entries.map((e) => [e.queryId, e.outcome] as const));
      for (const entry of state.ledger) {
        const outcome = byQuery.get(entry.queryId);
        if (outcome) {
          entry.outcome = outcome;
          entry.recordDigest = record.digest;
        }
      }
      return { status: 201, body: receipt };
    });
  }

  function stats(url: URL): Response {
    const raw: Record<string, unknown> = {};
    for (const name of ['from', 'to', 'groupBy', 'department'] as const) {
      const v = url.searchParams.get(name);
      if (v !== null && v !== '') raw[name] = v;
    }
    const parsed = StatsQuerySchema.safeParse(raw);
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid statistics query', describeIssues(parsed.error));
    const q = parsed.data;
    if (q.to < q.from) return problem(400, 'invalid-request', 'Invalid statistics query', `to (${q.to}) is before from (${q.from}).`);
    const names = new Map((catalog ?? DEFAULT_CATALOG).measures.map((m) => [m.id, m.name] as const));
    const report = aggregateStats({ query: q, ledger: state.ledger, factsOf, feedback: state.feedback, measureName: (id) => names.get(id) });
    return json(200, report);
  }

  /**
   * `POST /v1/verifications` (人工核查, domain.md §12): 400 without `reference` for a
   * credit-report, without `note` for records-found, or with `checkedOn` in the future; the
   * ledger gets a `manual-verification` entry (a person's id masked).
   */
  function createVerification(request: Request, body: unknown): Response {
    return idempotent('verifications', request, (key) => {
      const parsed = VerificationCreateSchema.safeParse(body);
      if (!parsed.success) return problem(400, 'invalid-request', 'Invalid verification', describeIssues(parsed.error));
      const v = parsed.data;
      if (v.checkedOn > today) return problem(400, 'invalid-request', 'Invalid verification', `checkedOn ${v.checkedOn} lies in the future (today is ${today}).`);
      const fixture = resolveSubject(v.subjectId);
      const receipt = { id: platformId('mv', random), receivedAt: nowTime() };
      state.verifications.push({ ...v, ...receipt, idempotencyKey: key });
      const checked = v.queryId ? state.ledger.find((e) => e.queryId === v.queryId) : undefined;
      const entry: LedgerEntry = {
        queryId: receipt.id,
        at: receipt.receivedAt,
        kind: 'manual-verification',
        operator: v.operator?.trim() || '未署名',
        scenario: v.scenario,
        subjectId: displayId(fixture?.subject.id ?? normalizeSubjectId(v.subjectId)),
        verification: { source: v.source, finding: v.finding, checkedOn: v.checkedOn, ...(v.reference ? { reference: v.reference } : {}), ...(v.note ? { note: v.note } : {}), ...(v.queryId ? { queryId: v.queryId } : {}) },
      };
      const department = v.department ?? options.department;
      if (department) entry.department = department;
      if (v.caseNumber) entry.caseNumber = v.caseNumber;
      if (fixture) entry.subjectName = fixture.subject.name;
      if (checked?.purpose) entry.purpose = checked.purpose;
      if (checked?.authorization) entry.authorization = checked.authorization;
      state.ledger.unshift(entry);
      state.checkFacts.set(receipt.id, { outcome: 'unknown', applied: [] });
      return { status: 201, body: receipt };
    });
  }

  /** `POST /v1/objections` (异议, domain.md §13): due 20 days after receipt; 400 without a reason, or without contact when the subject raises it. */
  function createObjection(request: Request, body: unknown): Response {
    return idempotent('objections', request, (key) => {
      const parsed = ObjectionCreateSchema.safeParse(body);
      if (!parsed.success) return problem(400, 'invalid-request', 'Invalid objection', describeIssues(parsed.error));
      const o = parsed.data;
      const fixture = resolveSubject(o.subjectId);
      if (!fixture) return problem(422, 'unknown-subject', 'Unknown subject', `No subject ${displayId(normalizeSubjectId(o.subjectId))} at the platform.`);
      if (!recordsOf(fixture).some((r) => r.id === o.recordId)) return problem(422, 'unknown-record', 'Unknown record', `The subject has no record ${o.recordId}.`);
      const objection: StoredObjection = {
        id: platformId('ob', random),
        recordId: o.recordId,
        subjectId: fixture.subject.id,
        raisedBy: o.raisedBy,
        reason: o.reason,
        status: 'pending',
        receivedAt: nowTime(),
        dueOn: addDays(today, 20),
        sentSubjectId: o.subjectId,
        idempotencyKey: key,
      };
      if (o.contact) objection.contact = o.contact;
      state.objections.push(objection);
      return { status: 201, body: publicObjection(objection) };
    });
  }

  function searchObjections(body: unknown): Response {
    const parsed = ObjectionSearchSchema.safeParse(body ?? {});
    if (!parsed.success) return problem(400, 'invalid-request', 'Invalid objection search', describeIssues(parsed.error));
    const q = parsed.data;
    const subjectId = q.subjectId ? displayId(normalizeSubjectId(q.subjectId)) : null;
    const items = state.objections
      .filter((o) => (!subjectId || displayId(o.subjectId) === subjectId) && (!q.recordId || o.recordId === q.recordId) && (!q.status || o.status === q.status))
      .map(publicObjection);
    return json(200, { items });
  }

  /** An objection as answered: a person's id masked, no contact. */
  function publicObjection(o: StoredObjection): Objection {
    const { contact: _contact, sentSubjectId: _sent, idempotencyKey: _key, ...rest } = o;
    return { ...rest, subjectId: displayId(o.subjectId) };
  }

  // ---------------------------------------------------------------- dispatch

  async function route(request: Request, url: URL, target: Route, body: unknown, bodyError: boolean): Promise<Response> {
    if (target.name === 'unknown') return problem(404, 'not-found', 'Not found', `No endpoint ${target.path}.`);
    const allowed = methodAllowed(target, request.method.toUpperCase());
    if (allowed) return problem(405, 'method-not-allowed', 'Method not allowed', `${target.path} accepts ${allowed}.`, { Allow: allowed });
    if (bodyError) return problem(400, 'invalid-json', 'Body is not JSON', 'The request body must be a JSON document.');
    switch (target.name) {
      case 'checks':
        return checks(body);
      case 'measures':
        return measures(request);
      case 'feedback':
        return feedback(request, body);
      case 'commitments':
        return createCommitment(request, body);
      case 'commitment-search':
        return searchCommitments(body);
      case 'commitment-update':
        return updateCommitment(target.id ?? '', body);
      case 'ledger':
        return ledger(url);
      case 'records':
        return registerRecord(request, body);
      case 'verifications':
        return createVerification(request, body);
      case 'objections':
        return createObjection(request, body);
      case 'objection-search':
        return searchObjections(body);
      case 'stats':
        return stats(url);
    }
  }

  async function latency(signal: AbortSignal): Promise<void> {
    const l = options.latencyMs;
    if (l === undefined) return;
    const ms = typeof l === 'number' ? l : l[0] + Math.random() * (l[1] - l[0]);
    if (ms > 0) await sleep(ms, signal);
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
    const text = method === 'GET' || method === 'HEAD' ? '' : await request.text();
    let body: unknown;
    let bodyError = false;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        bodyError = true;
      }
    }
    const recorded: RecordedRequest = { method, path: url.pathname + url.search, at: clock().toISOString(), headers };
    if (text !== '') recorded.body = body;
    state.requests.push(recorded);

    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, POST, PATCH, OPTIONS' } });
    const target = matchRoute(url.pathname);
    if (!target) return problem(404, 'not-found', 'Not found', `No endpoint at ${url.pathname}; the API lives under ${basePath || '/'}/v1/.`);

    const fault = plan.take(target.path);
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

    let response: Response;
    try {
      response = await route(request, url, target, body, bodyError);
    } catch (error) {
      response = problem(500, 'internal-error', 'Internal Server Error', error instanceof Error ? error.message : String(error));
    }
    if (!fault || target.name === 'unknown') return response;
    return applyBodyFault(fault.mode, target.name, response);
  }

  return {
    handle,
    state,
    basePath,
    setFaults: (faults) => plan.set(faults),
    faults: () => plan.list(),
    setSubjectErrors: (errors) => {
      subjectErrors = normalizeErrors(errors);
    },
    reset: () => {
      seed();
      plan.set(options.faults);
      subjectErrors = normalizeErrors(options.subjectErrors);
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
