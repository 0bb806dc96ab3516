/**
 * What every route of the simulated platform works on: its state (ledger, writes, added
 * records), its subjects and catalog, its clock, and the rules several routes share —
 * which records a subject has now, which subject a (masked) id names, what the engine
 * decides, and answering a write once per Idempotency-Key.
 *
 * A route is a function `(ctx, call) => Response` in `routes/<resource>.ts`, listed once in
 * `route-table.ts`.
 */
import type { Catalog, CreditRecord, LedgerEntry } from '../contract/index.js';
import { normalizeSubjectId, displayId } from '../ids/index.js';
import { DEFAULT_CATALOG } from '../policy/default-catalog.js';
import { evaluate } from '../policy/evaluate.js';
import { chinaDateTimeOn } from './china-time.js';
import type { Fixture, FixtureSet } from './fixtures.js';
import { fixtureList } from './fixtures.js';
import type { PlatformOptions, PlatformState, SubjectError } from './platform.js';
import { type Random, cryptoRandom } from './random.js';
import { json, problem } from './responses.js';
import { seedCommitments, seedHistory, seedLedger, sortLedger } from './seed.js';
import type { CheckFacts } from './stats.js';

/** One request as a route sees it. */
export interface RouteCall {
  request: Request;
  url: URL;
  /** The parsed JSON body (undefined without one). */
  body: unknown;
  /** The values of the path's `:name` segments, decoded. */
  params: Readonly<Record<string, string>>;
}

export type RouteHandler = (ctx: PlatformContext, call: RouteCall) => Response | Promise<Response>;

export interface PlatformContext {
  readonly options: PlatformOptions;
  readonly state: PlatformState;
  /** "Today" for this platform (China Standard Time). */
  readonly today: string;
  /** The catalog served, or null (`catalog: 'none'`); decisions then use the default one. */
  readonly catalog: Catalog | null;
  readonly random: Random;
  /** Known subjects by normalised id (`extraFixtures` add or replace). */
  readonly subjects: ReadonlyMap<string, Fixture>;
  /** The error configured for a subject inside a good batch (`subjectErrors`). */
  subjectError(id: string): SubjectError | undefined;
  /** "Now" as the platform writes it: today's date (which may be simulated) at the clock's time of day. */
  nowTime(): string;
  /** A subject's records now: its fixture's, those added at runtime, a disputed one as `objection`. */
  recordsOf(fixture: Fixture): CreditRecord[];
  /**
   * The subject a write names. The SDK sends a natural person's id masked (first 6, last
   * 4), so a masked id is matched against the known subjects as shown; an ambiguous mask
   * matches nothing.
   */
  resolveSubject(id: string): Fixture | undefined;
  /** What the engine decides for a known subject's check on `on`. */
  decideCheck(fixture: Fixture, scenario: string, on: string): CheckFacts;
  /** The facts of a ledger entry's check: kept since the check, or decided now from the entry (a restored ledger). */
  factsOf(entry: LedgerEntry): CheckFacts;
  /**
   * Runs `create` once per idempotency key: a repeated key gets the first answer with
   * status 200 and nothing new is recorded. Only successful answers are stored.
   */
  idempotent(scope: string, request: Request, create: (key: string) => { status: number; body: unknown } | Response): Response;
}

/** The context and the two things only the platform itself does to it. */
export interface PlatformCore {
  ctx: PlatformContext;
  /** Back to the seeded state (an empty one with `seed: false`). */
  seed(): void;
  setSubjectErrors(errors?: Readonly<Record<string, SubjectError>>): void;
}

function normalizeErrors(errors?: Readonly<Record<string, SubjectError>>): Map<string, SubjectError> {
  const map = new Map<string, SubjectError>();
  for (const [id, error] of Object.entries(errors ?? {})) map.set(normalizeSubjectId(id), error);
  return map;
}

export function createPlatformCore(options: PlatformOptions, today: string, clock: () => Date, fixtures: FixtureSet): PlatformCore {
  const catalog: Catalog | null = options.catalog === 'none' ? null : options.catalog === 'default' || options.catalog === undefined ? DEFAULT_CATALOG : options.catalog;
  const subjects = new Map<string, Fixture>();
  for (const f of fixtureList(fixtures)) if (f.known) subjects.set(f.subject.id, f);
  for (const f of options.extraFixtures ?? []) subjects.set(f.subject.id, f);
  let subjectErrors = normalizeErrors(options.subjectErrors);
  /** Idempotency scope + key → the first answer's body. */
  const answers = new Map<string, unknown>();

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

  const ctx: PlatformContext = {
    options,
    state,
    today,
    catalog,
    random: cryptoRandom,
    subjects,
    subjectError: (id) => subjectErrors.get(id),
    nowTime: () => chinaDateTimeOn(today, clock()),
    recordsOf(fixture) {
      const records = [...fixture.records, ...(state.addedRecords.get(fixture.subject.id) ?? [])];
      // While an objection is being verified the record is reported as `objection` (domain.md §13).
      const disputed = new Set(state.objections.filter((o) => o.status === 'pending').map((o) => o.recordId));
      return disputed.size ? records.map((r) => (disputed.has(r.id) && r.status === 'active' ? { ...r, status: 'objection' as const } : r)) : records;
    },
    resolveSubject(id) {
      const normalized = normalizeSubjectId(id);
      const exact = subjects.get(normalized);
      if (exact || !normalized.includes('*')) return exact;
      const matches = [...subjects.values()].filter((f) => displayId(f.subject.id) === normalized);
      return matches.length === 1 ? matches[0] : undefined;
    },
    decideCheck(fixture, scenario, on) {
      try {
        const d = evaluate({ subject: fixture.subject, records: ctx.recordsOf(fixture), catalog: catalog ?? DEFAULT_CATALOG, scenario, on });
        return { outcome: d.outcome, applied: d.applied.map((h) => h.measure.id) };
      } catch {
        return { outcome: 'unknown', applied: [] };
      }
    },
    factsOf(entry) {
      let facts = state.checkFacts.get(entry.queryId);
      if (!facts) {
        const fixture = ctx.resolveSubject(entry.subjectId);
        facts = fixture ? ctx.decideCheck(fixture, entry.scenario, entry.at.slice(0, 10)) : { outcome: 'unknown', applied: [] };
        state.checkFacts.set(entry.queryId, facts);
      }
      return facts;
    },
    idempotent(scope, request, create) {
      const key = request.headers.get('Idempotency-Key')?.trim();
      if (!key) return problem(400, 'idempotency-key-required', 'Idempotency-Key required', 'Send an Idempotency-Key header (the same one on every retry).');
      const stored = `${scope} ${key}`;
      if (answers.has(stored)) {
        state.idempotencyHits.set(key, (state.idempotencyHits.get(key) ?? 0) + 1);
        return json(200, answers.get(stored), { 'Idempotent-Replayed': 'true' });
      }
      const result = create(key);
      if (result instanceof Response) return result;
      answers.set(stored, result.body);
      state.idempotencyHits.set(key, 0);
      return json(result.status, result.body);
    },
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
    if (options.seed === false) return;
    state.ledger.push(...seedLedger(fixtures, today));
    state.commitments.push(...seedCommitments(fixtures, today));
    if (options.history && options.history > 0) {
      const history = seedHistory(fixtures, today, options.history, (f, scenario, on) => ctx.decideCheck(f, scenario, on));
      for (const e of history.entries) state.ledger.push(e);
      sortLedger(state.ledger);
      history.facts.forEach((facts, queryId) => state.checkFacts.set(queryId, facts));
      for (const fb of history.feedback) state.feedback.push(fb);
    }
  }
  seed();

  return {
    ctx,
    seed,
    setSubjectErrors(errors) {
      subjectErrors = normalizeErrors(errors);
    },
  };
}
