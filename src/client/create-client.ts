/**
 * `createCreditClient(options)`: the typed client of the v1 API.
 *
 * `check()` resolves with one Decision per id, in order, and never rejects for a
 * platform failure or a bad id — those are decisions with outcome `unknown` and a
 * `reason`. It rejects only on misuse (CreditInputError) or when the caller's signal
 * aborts. Reads (`catalog`, `ledger`, `commitments.search`) reject with Credit* errors;
 * writes (`feedback`, `commitments.create/update`) go through the outbox.
 *
 * Loaded on first need, with `import()`: the zod schemas (when a request is sent, so that
 * they arrive alongside its answer; see load-schemas.ts) and the outbox (see lazy-outbox.ts).
 */
import type {
  CheckEnvelope,
  CheckRequest,
  CheckResult,
  Commitment,
  CommitmentCreate,
  CommitmentSearch,
  CommitmentUpdate,
  FeedbackReceipt,
  FeedbackRequest,
  LedgerPage,
  LedgerQuery,
  Objection,
  ObjectionCreate,
  ObjectionSearch,
  VerificationCreate,
  VerificationReceipt,
  RecordReceipt,
  RecordRegistration,
  Scenario,
  StatsQuery,
  StatsReport,
  UnknownReason,
} from '../contract/index.js';
import type * as z from 'zod/mini';
import { SCENARIOS } from '../contract/constants.js';
import { displayId, normalizeSubjectId, parseSubjectId, usccCheckChar } from '../ids/index.js';
import { canonicalJson } from '../digest/canonical-json.js';
import { evaluate, invalidScenarioWarning, knownScenarios, unknownDecision } from '../policy/evaluate.js';
import { todayInChina } from '../policy/dates.js';
import type { Decision, DecisionWarning } from '../policy/decision.js';
import { Batcher } from './batcher.js';
import { TtlCache } from './cache.js';
import { createCatalogSource, type CatalogResult } from './catalog-source.js';
import { abortReason, checkArguments } from './check-call.js';
import { adapterCall, adapterProblem } from './adapter.js';
import {
  CreditInputError,
  CreditResponseError,
  CreditTimeoutError,
  isCreditHttpError,
  isCreditNetworkError,
  isCreditTimeoutError,
  reasonOf,
} from './errors.js';
import { createHttp, request, toCreditError } from './http.js';
import { lazyOutbox } from './lazy-outbox.js';
import { redact } from './redact.js';
import { loadSchemas, type Schemas } from './load-schemas.js';
import { resolveOptions, type ClientOptions, type QueryAuthorization } from './options.js';
import type { OutboxApi, OutboxReceipt } from './outbox.js';

export interface CheckOptions {
  /** The decision point. Default: the client's `scenario` option; with neither, the check is `unknown` (`invalid-scenario`). */
  scenario?: Scenario;
  /** Why the check is made; required for a natural person's id. */
  purpose?: string;
  /** The authorisation of a person check (domain.md §1); default: the client's `authorization` option. */
  authorization?: QueryAuthorization;
  caseNumber?: string;
  /** Aborting it rejects this call (only this caller's share of a batch is dropped). */
  signal?: AbortSignal;
  /** Evaluation date `YYYY-MM-DD`; default: today in China Standard Time. */
  on?: string;
}

export interface CreditClient {
  /** The endpoint, without trailing slashes. */
  readonly endpoint: string;
  check(id: string, options?: CheckOptions): Promise<Decision>;
  check(ids: readonly string[], options?: CheckOptions): Promise<Decision[]>;
  catalog(): Promise<CatalogResult>;
  feedback(feedback: FeedbackRequest): Promise<OutboxReceipt<FeedbackReceipt>>;
  commitments: {
    create(commitment: CommitmentCreate): Promise<OutboxReceipt<Commitment>>;
    search(query: CommitmentSearch): Promise<Commitment[]>;
    update(id: string, patch: CommitmentUpdate): Promise<OutboxReceipt<Commitment>>;
  };
  /**
   * `GET /v1/ledger`: one page of the query ledger. `signal` aborts the request itself (the
   * call rejects with the signal's reason). `{ digest }` asks which queries a printed record
   * with that digest covers; `{ caseNumber }` filters by case number.
   */
  ledger(query?: LedgerQuery, options?: { signal?: AbortSignal }): Promise<LedgerPage>;
  /**
   * `GET /v1/stats` (统计联合奖惩情况, domain.md §15): the counts of a period (`from`–`to`,
   * inclusive) grouped by department, scenario, measure or month. Rejects with a Credit* error.
   */
  stats(query: StatsQuery): Promise<StatsReport>;
  verifications: {
    /**
     * `POST /v1/verifications` through the durable outbox (人工核查, domain.md §12): what the
     * clerk found by other means when a check could not decide. `reference` is required for a
     * `credit-report`, `note` for `records-found`; `checkedOn` must not lie in the future.
     * Rejects with a CreditInputError (nothing queued) when one of these is missing.
     */
    create(verification: VerificationCreate): Promise<OutboxReceipt<VerificationReceipt>>;
  };
  objections: {
    /** `POST /v1/objections` through the durable outbox (异议, domain.md §13); `contact` is required when the subject raises it. */
    create(objection: ObjectionCreate): Promise<OutboxReceipt<Objection>>;
    /** `POST /v1/objections/search`: objections by subject, record or status. */
    search(query: ObjectionSearch): Promise<Objection[]>;
  };
  records: {
    /**
     * `POST /v1/records` through the durable outbox: registers a printed check record (its
     * digest, case number and the outcome of each query on it), so that the ledger shows
     * them and can verify the paper. `printedAt` defaults to now.
     */
    register(record: Omit<RecordRegistration, 'printedAt'> & { printedAt?: string }): Promise<OutboxReceipt<RecordReceipt>>;
  };
  outbox: OutboxApi;
  /** Stops the outbox's timers and listeners. Pending items stay in the store. */
  dispose(): void;
}

type Found = Extract<CheckResult, { found: true }>;
type NotFound = Extract<CheckResult, { found: false }>;
/** What the platform said about one subject, before evaluation. */
type Answer =
  | { ok: true; result: Found | NotFound; asOf: string; catalogVersion: string; catalog?: CatalogOutcome }
  | { ok: false; reason: UnknownReason; queryId?: string | null; asOf?: string; message?: string };
type CatalogOutcome = CatalogResult | { error: unknown };

/** What a batch is grouped by (with the endpoint: one client, one batcher, per endpoint). */
interface CheckParams {
  scenario: string;
  purpose?: string;
  authorization?: QueryAuthorization;
  caseNumber?: string;
}

const MAX_BATCH = 100;

/** RFC 3339 in China Standard Time (`2026-11-22T08:00:00+08:00`), as the contract's times are written. */
function chinaNow(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\.\d+Z$/, '+08:00');
}
/** Wait before the one retry of a check answered 429/503 without `Retry-After`. */
const RETRY_DELAY_MS = 500;

/** A result that failed validation: its subject is `unknown` (`invalid-response`) with this message. */
interface Refused {
  refused: string;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(abortReason(signal));
    }
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** What is missing from the authorisation of a person check (domain.md §1), or null when it is complete. */
export function authorizationProblem(authorization: QueryAuthorization | undefined): string | null {
  if (!authorization) {
    return "No authorisation for this person check: give authorization { basis: 'subject-consent', reference: '<授权书编号>' } or { basis: 'statutory-duty', reference: '<the legal duty>' } (attribute authorization / authorization-ref, or configure({ authorization }))";
  }
  if (authorization.basis === 'subject-consent' && !authorization.reference?.trim()) {
    return "The person's consent (subject-consent) needs the reference of the written authorisation (authorization-ref, 授权书编号)";
  }
  return null;
}

/** `promise`, or a CreditTimeoutError once `deadline` (epoch ms) has passed. */
function beforeDeadline<T>(promise: Promise<T>, deadline: number, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CreditTimeoutError(timeoutMs)), Math.max(0, deadline - Date.now()));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const isTransportError = (error: unknown) => isCreditHttpError(error) || isCreditNetworkError(error) || isCreditTimeoutError(error);

/** The first issue of a failed validation, as "at path: message". */
function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `at ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : '';
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (then `onAbort` runs). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort();
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** `schema.parse(value)` for arguments: misuse becomes a CreditInputError naming the call and its shape. */
function argument<S extends z.ZodMiniType>(schema: S, value: unknown, call: string, shape: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  const issue = result.error.issues[0];
  throw new CreditInputError(`credit-widgets: ${call}: ${issue.path.join('.') || 'argument'}: ${issue.message}.\nExpected: ${call.replace(/\(.*$/, '')}(${shape})`);
}

const FEEDBACK_SHAPE = `{ queryId: string, subjectId: string, measureId: string, action: 'applied' | 'not-applied' | 'overridden', reason?: string (required unless 'applied'), caseNumber?: string, operator?: string }`;
const STATS_SHAPE = `{ from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' (not before from), groupBy: 'department' | 'scenario' | 'measure' | 'month', department?: string }`;
const VERIFICATION_SHAPE = `{ queryId?: string, subjectId: string, scenario: string, caseNumber?: string, source: 'credit-china' | 'credit-report' | 'provincial-platform' | 'other', reference?: string (required for credit-report), checkedOn: 'YYYY-MM-DD' (not in the future), finding: 'no-records' | 'records-found', note?: string (required for records-found) }`;
const OBJECTION_SHAPE = `{ recordId: string, subjectId: string, queryId?: string, raisedBy: 'subject' | 'department', reason: string, contact?: string (required when raisedBy is 'subject') }`;
const COMMITMENT_SHAPE = `{ subjectId: string, caseNumber: string, items: string[], dueOn: 'YYYY-MM-DD', statement: string, signatory: string }`;

/**
 * The answer to each asked id (normalised), each result validated on its own: a result
 * that fits none of the three shapes (a wrong type, `found: "yes"`, a bad record) is
 * `Refused` for its id, and the others stand. An id answered twice with different content
 * maps to null: a batch that contradicts itself about a subject is not trusted for it.
 */
function answersById(results: readonly unknown[], schemas: Schemas, source: string): Map<string, CheckResult | Refused | null> {
  const byId = new Map<string, CheckResult | Refused | null>();
  results.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const parsed = schemas.CheckResult.safeParse(raw);
    if (!parsed.success) {
      // Without a readable id the result belongs to nobody: its subject goes without an answer.
      if (typeof rawId === 'string') {
        // The branch the result meant to be, for an issue that names the field (a union names none).
        const r = raw as Record<string, unknown>;
        const branch = 'error' in r ? schemas.CheckResultError : r.found === false ? schemas.CheckResultNotFound : schemas.CheckResultFound;
        const precise = branch.safeParse(raw);
        const where = firstIssue(precise.success ? parsed.error : precise.error).replace(/^at /, `at results.${index}.`);
        byId.set(normalizeSubjectId(rawId), { refused: `${source} sent a result for this subject that the v1 contract refuses ${where}` });
      }
      return;
    }
    const result = parsed.data as CheckResult;
    const id = normalizeSubjectId(result.id);
    const seen = byId.get(id);
    if (seen === undefined) byId.set(id, result);
    else if (seen !== null && !('refused' in seen) && canonicalJson(seen) !== canonicalJson(result)) byId.set(id, null);
  });
  return byId;
}

/**
 * Whether the subject of an answer is the one asked for (`asked` normalised): the same id,
 * or — for a natural person, whom platforms may answer masked — the same mask. A batch
 * whose answers got mixed up must never show one bidder's clean record for another.
 */
function isAbout(answered: string, asked: string): boolean {
  const id = normalizeSubjectId(answered);
  return id === asked || (id.includes('*') && id === displayId(asked));
}

export function createCreditClient(userOptions: ClientOptions): CreditClient {
  const options = resolveOptions(userOptions);
  const http = createHttp(options);
  const { timeoutMs, now } = options;
  const catalogOf = createCatalogSource(http, options);
  const answers = new TtlCache<Answer>(options.cacheTtlMs, now);
  const outbox = lazyOutbox(http, options);

  const adapter = options.adapter;
  /** Who answered, in messages. */
  const source = adapter ? `The adapter “${adapter.name}”` : 'The credit platform';

  /** The check's envelope from the adapter: anything it throws that is not a transport failure is its own fault. */
  async function checksByAdapter(body: CheckRequest, signal: AbortSignal, deadline: number): Promise<CheckEnvelope> {
    const a = adapter!;
    const schemas = loadSchemas();
    let answer: unknown;
    try {
      answer = await beforeDeadline(Promise.resolve().then(() => a.checks(body, adapterCall(http, options, signal, deadline))), deadline, timeoutMs);
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (isTransportError(error)) throw error;
      throw new CreditResponseError(adapterProblem(a.name, error));
    }
    const parsed = (await schemas).CheckEnvelope.safeParse(answer);
    if (!parsed.success) throw new CreditResponseError(`${source} answered in a shape the v1 contract refuses ${firstIssue(parsed.error)}`);
    return parsed.data as CheckEnvelope;
  }

  /**
   * `POST /v1/checks`, retried at most once on 429 or 503 (after `Retry-After`, or a
   * short pause), and only within the time left: `timeoutMs` bounds the whole check.
   */
  async function checksByHttp(body: CheckRequest, signal: AbortSignal, deadline: number): Promise<CheckEnvelope> {
    for (let attempt = 0; ; attempt++) {
      const left = deadline - Date.now();
      if (left <= 0) throw new CreditTimeoutError(timeoutMs);
      try {
        return await request(http, timeoutMs, 'v1/checks', { method: 'post', signal, json: body, timeout: left }, (schemas) => schemas.CheckEnvelope);
      } catch (error) {
        if (attempt > 0 || !isCreditHttpError(error) || (error.status !== 429 && error.status !== 503)) throw error;
        const wait = error.retryAfter !== null ? error.retryAfter * 1000 : RETRY_DELAY_MS;
        if (Date.now() + wait >= deadline) throw error;
        await pause(wait, signal);
      }
    }
  }

  const batcher = new Batcher<CheckParams, Answer>(options.batchWindowMs, MAX_BATCH, async (params, ids, signal) => {
    // The catalog is loaded alongside the batch, not before it.
    const catalog = catalogOf().catch((error: unknown) => ({ error }));
    const deadline = Date.now() + timeoutMs;
    const body: CheckRequest = {
      subjects: ids.map((id) => ({ id })),
      ...params,
      operator: options.operator,
      department: options.department,
    };
    try {
      const [data, measures, schemas] = await Promise.all([
        adapter ? checksByAdapter(body, signal, deadline) : checksByHttp(body, signal, deadline),
        catalog,
        loadSchemas(),
      ]);
      const byId = answersById(data.results, schemas, source);
      const { asOf, catalogVersion } = data;
      const group = groupKey(params);
      return ids.map((id): Answer => {
        const result = byId.get(id);
        if (result && 'refused' in result) return { ok: false, reason: 'invalid-response', asOf, message: result.refused };
        // No answer, two different answers, or an answer about another subject: not trusted.
        if (!result) return { ok: false, reason: 'invalid-response', asOf, message: `${source} sent ${result === null ? 'two different results' : 'no result'} for this subject` };
        if ('found' in result && result.found && !isAbout(result.subject.id, id)) {
          return { ok: false, reason: 'invalid-response', asOf, message: `${source} answered this subject with another subject's result` };
        }
        if ('error' in result) return { ok: false, reason: result.error.status === 401 ? 'unauthorized' : 'http', queryId: result.queryId, asOf, message: `${source}: ${result.error.status} ${result.error.title}` };
        // Only complete answers are reused; failures and unknown subjects are asked again.
        if (result.found) answers.set(`${group}\u0001${id}`, { ok: true, result, asOf, catalogVersion });
        return { ok: true, result, asOf, catalogVersion, catalog: measures };
      });
    } catch (error) {
      const reason = reasonOf(error);
      const message = error instanceof Error ? error.message : undefined;
      return ids.map((): Answer => ({ ok: false, reason, message }));
    }
  });

  function groupKey(params: CheckParams): string {
    const a = params.authorization;
    return JSON.stringify([params.scenario, params.purpose ?? '', a ? a.basis : '', a?.reference ?? '', params.caseNumber ?? '']);
  }

  function decide(
    answer: Answer,
    masked: string,
    warnings: DecisionWarning[],
    catalog: CatalogOutcome | undefined,
    scenario: string,
    on: string,
  ): Decision {
    const base = { subjectId: masked, scenario, on, warnings };
    if (!answer.ok) {
      const failed = unknownDecision(answer.reason, { ...base, queryId: answer.queryId, asOf: answer.asOf });
      return answer.message ? { ...failed, message: redact(answer.message) as string } : failed;
    }
    const { result, asOf } = answer;
    const age = now().getTime() - Date.parse(asOf);
    if (age > options.staleAfterMs) warnings.push({ code: 'stale-data', data: { hours: Math.floor(age / 3_600_000) } });
    const facts = { ...base, asOf, queryId: result.queryId, catalogVersion: answer.catalogVersion };
    if (!result.found) return unknownDecision('not-found', facts);
    if (!catalog || 'error' in catalog) return unknownDecision(reasonOf(catalog?.error), { ...facts, subject: result.subject, records: result.records });
    if (catalog.source === 'default') warnings.push({ code: 'default-catalog' });
    try {
      const decision = evaluate({ subject: result.subject, records: result.records, catalog: catalog.catalog, scenario, on });
      return {
        ...decision,
        warnings: [...warnings, ...decision.warnings],
        asOf,
        queryId: result.queryId,
        catalogVersion: catalog.source === 'platform' ? answer.catalogVersion : catalog.catalog.version,
      };
    } catch {
      return unknownDecision('invalid-response', { ...facts, subject: result.subject, records: result.records });
    }
  }

  /**
   * Why `scenario` cannot be checked (domain.md §4), or null when it can: none given and
   * no default, or neither standard nor named by the catalog in use (a typo). A scenario
   * outside the standard list waits for the catalog before anything is sent, so that a
   * typo never reaches the platform's ledger.
   */
  async function scenarioProblem(scenario: string, signal: AbortSignal | undefined): Promise<{ reason: UnknownReason; warnings: DecisionWarning[]; message: string } | null> {
    if ((SCENARIOS as readonly string[]).includes(scenario)) return null;
    const invalid = (known: readonly string[]) => ({
      reason: 'invalid-scenario' as const,
      warnings: [invalidScenarioWarning(scenario, known)],
      message: `${scenario ? `Unknown scenario "${scenario.length > 80 ? `${scenario.slice(0, 80)}…` : scenario}"` : 'No scenario given (pass one, or set a default with configure({ scenario }))'}. Known scenarios: ${known.join(', ')}.`,
    });
    if (!scenario) return invalid(SCENARIOS);
    let held: CatalogResult;
    try {
      held = await untilAborted(catalogOf(), signal, () => {});
    } catch (error) {
      if (signal?.aborted) throw error;
      return { reason: reasonOf(error), warnings: [], message: `The measures catalog, needed to know the scenario "${scenario}", could not be loaded` };
    }
    const known = knownScenarios(held.catalog);
    return known.includes(scenario) ? null : invalid(known);
  }

  async function checkAll(ids: readonly string[], opts: CheckOptions): Promise<Decision[]> {
    const { signal, caseNumber } = opts;
    if (signal?.aborted) throw abortReason(signal);
    const scenario = opts.scenario?.trim() || options.scenario?.trim() || '';
    const purpose = opts.purpose?.trim() || undefined;
    const authorization = opts.authorization ?? options.authorization;
    const on = opts.on ?? todayInChina(now());
    const params: CheckParams = { scenario, purpose, caseNumber: caseNumber || undefined };
    if (authorization) params.authorization = authorization.reference ? { basis: authorization.basis, reference: authorization.reference } : { basis: authorization.basis };
    // Only a scenario outside the standard list waits (for the catalog).
    const problem = (SCENARIOS as readonly string[]).includes(scenario) ? null : await scenarioProblem(scenario, signal);
    if (signal?.aborted) throw abortReason(signal);
    if (problem) {
      return ids.map((raw) => {
        const parsed = parseSubjectId(raw, { locale: options.locale });
        return { ...unknownDecision(problem.reason, { subjectId: parsed.masked, scenario, on, warnings: problem.warnings }), message: problem.message };
      });
    }
    const group = groupKey(params);
    const flights: ReturnType<typeof batcher.join>[] = [];

    const slots = ids.map((raw) => {
      const parsed = parseSubjectId(raw, { locale: options.locale });
      const warnings: DecisionWarning[] = [];
      if (parsed.status === 'invalid') return unknownDecision('invalid-subject', { subjectId: parsed.masked, scenario, on });
      if (parsed.type === 'idcard' && !purpose) return unknownDecision('purpose-required', { subjectId: parsed.masked, scenario, on });
      // domain.md §1: a person check needs its authorisation (consent with its reference, or a statutory duty).
      if (parsed.type === 'idcard' && authorizationProblem(params.authorization)) {
        return { ...unknownDecision('authorization-required', { subjectId: parsed.masked, scenario, on }), message: authorizationProblem(params.authorization)! };
      }
      if (parsed.status === 'suspect') warnings.push({ code: 'suspect-id', data: { expected: usccCheckChar(parsed.value.slice(0, 17)) } });
      if (parsed.maybeUscc) warnings.push({ code: 'maybe-uscc' });
      const key = `${group}\u0001${parsed.value}`;
      let answer: Answer | Promise<Answer> | undefined = answers.get(key);
      if (!answer) {
        const flight = batcher.join(group, params, key, parsed.value);
        flights.push(flight);
        answer = flight.promise;
      }
      return { masked: parsed.masked, warnings, answer };
    });
    const asked = slots.filter((slot): slot is Exclude<typeof slot, Decision> => !('outcome' in slot));
    if (asked.length === 0) return slots as Decision[];

    const given = await untilAborted(Promise.all(asked.map((slot) => slot.answer)), signal, () =>
      flights.forEach((flight) => batcher.leave(flight)),
    );
    // Answers from the cache come without a catalog: take the one held (or load it).
    const held = given.some((answer) => answer.ok && !answer.catalog)
      ? await untilAborted(catalogOf().catch((error: unknown) => ({ error })), signal, () => {})
      : undefined;
    let next = 0;
    return slots.map((slot) => {
      if ('outcome' in slot) return slot;
      const answer = given[next++];
      return decide(answer, slot.masked, slot.warnings, (answer.ok && answer.catalog) || held, scenario, on);
    });
  }

  async function check(input: string | readonly string[], opts: CheckOptions = {}): Promise<Decision | Decision[]> {
    const many = checkArguments(input, opts);
    const decisions = await checkAll(many ? (input as readonly string[]) : [input as string], opts);
    return many ? decisions : decisions[0];
  }

  return {
    endpoint: options.endpoint,
    check: check as CreditClient['check'],
    catalog: catalogOf,
    async feedback(feedback) {
      outbox.prepare();
      const body = argument(
        (await loadSchemas()).FeedbackRequest,
        { ...feedback, operator: feedback?.operator ?? options.operator, department: feedback?.department ?? options.department },
        'feedback(feedback)',
        FEEDBACK_SHAPE,
      );
      if (body.action !== 'applied' && !body.reason?.trim()) {
        throw new CreditInputError(`credit-widgets: feedback(feedback): a reason is required for "${body.action}".\nExpected: feedback(${FEEDBACK_SHAPE})`);
      }
      return outbox.enqueue<FeedbackReceipt>('feedback', 'POST', 'v1/feedback', body);
    },
    commitments: {
      async create(commitment) {
        outbox.prepare();
        const body = argument((await loadSchemas()).CommitmentCreate, commitment, 'commitments.create(commitment)', COMMITMENT_SHAPE);
        return outbox.enqueue<Commitment>('commitment-create', 'POST', 'v1/commitments', body);
      },
      async search(query) {
        const body = argument((await loadSchemas()).CommitmentSearch, query ?? {}, 'commitments.search(query)', `{ subjectId?: string, caseNumber?: string, status?: 'pending' | 'fulfilled' | 'breached' }`);
        if (body.subjectId) body.subjectId = normalizeSubjectId(body.subjectId);
        const list = await request(http, timeoutMs, 'v1/commitments/search', { method: 'post', json: body }, (schemas) => schemas.CommitmentList);
        return list.items;
      },
      async update(id, patch) {
        if (typeof id !== 'string' || !id) throw new CreditInputError(`credit-widgets: commitments.update(id, patch): id must be the commitment's id.`);
        outbox.prepare();
        const body = argument((await loadSchemas()).CommitmentUpdate, patch, 'commitments.update(id, patch)', `'c_…', { status: 'fulfilled' | 'breached', note?: string }`);
        return outbox.enqueue<Commitment>('commitment-update', 'PATCH', `v1/commitments/${encodeURIComponent(id)}`, body, id);
      },
    },
    async ledger(query = {}, { signal } = {}) {
      if (signal?.aborted) throw abortReason(signal);
      const q = argument((await loadSchemas()).LedgerQuery, query, 'ledger(query)', `{ from?: 'YYYY-MM-DD', to?: 'YYYY-MM-DD', operator?: string, scenario?: string, caseNumber?: string, digest?: string (64 hex), cursor?: string, limit?: 1..500 }`);
      const searchParams: Record<string, string> = {};
      for (const [key, value] of Object.entries(q)) if (value != null && value !== '') searchParams[key] = String(value);
      try {
        return await request(http, timeoutMs, 'v1/ledger', signal ? { searchParams, signal } : { searchParams }, (schemas) => schemas.LedgerPage);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw error;
      }
    },
    async stats(query) {
      const q = argument((await loadSchemas()).StatsQuery, query, 'stats(query)', STATS_SHAPE);
      if (q.to < q.from) throw new CreditInputError(`credit-widgets: stats(query): to (${q.to}) is before from (${q.from}).\nExpected: stats(${STATS_SHAPE})`);
      const searchParams: Record<string, string> = { from: q.from, to: q.to, groupBy: q.groupBy };
      if (q.department?.trim()) searchParams.department = q.department.trim();
      const report = await request(http, timeoutMs, 'v1/stats', { searchParams }, (schemas) => schemas.StatsReport);
      // An answer about another period or grouping is not this question's answer.
      if (report.from !== q.from || report.to !== q.to || report.groupBy !== q.groupBy) {
        throw new CreditResponseError(`${source} answered the statistics for ${report.from}–${report.to} by ${report.groupBy}, not for ${q.from}–${q.to} by ${q.groupBy}`);
      }
      return report;
    },
    verifications: {
      async create(verification) {
        outbox.prepare();
        const body = argument(
          (await loadSchemas()).VerificationCreate,
          { ...verification, operator: verification?.operator ?? options.operator, department: verification?.department ?? options.department },
          'verifications.create(verification)',
          VERIFICATION_SHAPE,
        );
        const today = todayInChina(now());
        if (body.checkedOn > today) {
          throw new CreditInputError(`credit-widgets: verifications.create(verification): checkedOn (${body.checkedOn}) lies in the future (today is ${today}).\nExpected: verifications.create(${VERIFICATION_SHAPE})`);
        }
        return outbox.enqueue<VerificationReceipt>('verification', 'POST', 'v1/verifications', body, body.queryId ?? undefined);
      },
    },
    objections: {
      async create(objection) {
        outbox.prepare();
        const body = argument(
          (await loadSchemas()).ObjectionCreate,
          { ...objection, operator: objection?.operator ?? options.operator, department: objection?.department ?? options.department },
          'objections.create(objection)',
          OBJECTION_SHAPE,
        );
        return outbox.enqueue<Objection>('objection', 'POST', 'v1/objections', body, body.recordId);
      },
      async search(query) {
        const body = argument((await loadSchemas()).ObjectionSearch, query ?? {}, 'objections.search(query)', `{ subjectId?: string, recordId?: string, status?: 'pending' | 'upheld' | 'rejected' }`);
        if (body.subjectId) body.subjectId = normalizeSubjectId(body.subjectId);
        const list = await request(http, timeoutMs, 'v1/objections/search', { method: 'post', json: body }, (schemas) => schemas.ObjectionList);
        return list.items;
      },
    },
    records: {
      async register(record) {
        outbox.prepare();
        const body = argument(
          (await loadSchemas()).RecordRegistration,
          {
            ...record,
            printedAt: record?.printedAt ?? chinaNow(now()),
            operator: record?.operator ?? options.operator,
            department: record?.department ?? options.department,
          },
          'records.register(record)',
          `{ digest: string (64 lower-case hex), caseNumber?: string, projectName?: string, printedAt?: RFC 3339, entries: [{ queryId: string, outcome: 'restricted' | 'review' | 'facilitated' | 'clear' | 'unknown' }, …] (at least one) }`,
        );
        return outbox.enqueue<RecordReceipt>('record', 'POST', 'v1/records', body, body.digest);
      },
    },
    outbox,
    dispose() {
      outbox.dispose();
    },
  };
}
