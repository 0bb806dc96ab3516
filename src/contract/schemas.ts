/**
 * zod schemas of every payload of the v1 contract (docs/contract.md).
 * They are the single source of the TypeScript types (inferred below) and of
 * `dist/openapi.json` (see `openapi.ts`). Every response goes through one of these
 * before any element sees it.
 */
import * as z from 'zod/mini';
import {
  COMMITMENT_STATUSES,
  OBJECTION_RAISERS,
  OBJECTION_STATUSES,
  OUTCOMES,
  VERIFICATION_FINDINGS,
  VERIFICATION_SOURCES,
  DIRECTIONS,
  EFFECTS,
  FEEDBACK_ACTIONS,
  GRADES,
  LIST_TYPES,
  NATURES,
  RECORD_STATUSES,
  SEVERITIES,
  STATS_GROUP_BY,
  SUBJECT_KINDS,
} from './constants.js';

// Browser code must never reach for `new Function` (strict CSP without 'unsafe-eval'):
// zod's JIT is switched off before any schema is used. Done here, next to the schemas,
// so that no bundler can drop it as an unused side-effect module.
z.config({ jitless: true });

/** `YYYY-MM-DD` (a calendar date; China Standard Time where it matters). */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** RFC 3339 date-time with an offset (`Z` or `±hh:mm`). */
export const DateTime = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/),
);
const NonEmpty = z.string().check(z.minLength(1));
/** Optional fields: platforms send `null` as often as they omit a key. */
const opt = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

// ---------------------------------------------------------------- records

export const ResponsiblePerson = z.object({ name: z.string(), role: opt(z.string()), idMasked: opt(z.string()) });

export const CreditRecord = z.object({
  id: NonEmpty,
  listType: z.enum(LIST_TYPES),
  // Optional (api-contract): a punishment that filters on domains cannot decide a record
  // without one, which the engine reports as `incomplete-record` (domain.md §4).
  domain: opt(z.string()),
  title: z.string(),
  authority: z.string(),
  basis: opt(z.string()),
  listedOn: IsoDate,
  validUntil: opt(IsoDate),
  status: z.enum(RECORD_STATUSES),
  closedOn: opt(IsoDate),
  severity: opt(z.enum(SEVERITIES)),
  grade: opt(z.enum(GRADES)),
  repairable: opt(z.boolean()),
  repairableFrom: opt(IsoDate),
  responsiblePersons: opt(z.array(ResponsiblePerson)),
});

export const Subject = z.object({
  id: NonEmpty,
  name: z.string(),
  kind: z.enum(SUBJECT_KINDS),
  historyFrom: opt(IsoDate),
});

// ---------------------------------------------------------------- errors

/** RFC 9457 problem details. */
export const Problem = z.object({
  type: opt(z.string()),
  title: z.string(),
  status: z.number(),
  detail: opt(z.string()),
});

// ---------------------------------------------------------------- checks

/** The authorisation of a query about a natural person (domain.md §1). */
export const Authorization = z.object({
  basis: z.enum(['statutory-duty', 'subject-consent'] as const),
  reference: opt(z.string()),
});

export const CheckRequest = z.object({
  subjects: z.array(z.object({ id: NonEmpty })).check(z.minLength(1), z.maxLength(100)),
  scenario: NonEmpty,
  purpose: opt(z.string()),
  authorization: opt(Authorization),
  caseNumber: opt(z.string()),
  operator: opt(z.string()),
  department: opt(z.string()),
});

export const CheckResultError = z.object({
  id: z.string(),
  queryId: opt(z.string()),
  error: z.object({ status: z.number(), title: z.string(), detail: opt(z.string()) }),
});
export const CheckResultFound = z.object({
  id: z.string(),
  queryId: NonEmpty,
  found: z.literal(true),
  subject: Subject,
  records: z.array(CreditRecord),
});
export const CheckResultNotFound = z.object({
  id: z.string(),
  queryId: NonEmpty,
  found: z.literal(false),
  records: opt(z.array(CreditRecord)),
});
export const CheckResult = z.union([CheckResultError, CheckResultFound, CheckResultNotFound]);

export const CheckResponse = z.object({
  asOf: DateTime,
  catalogVersion: z.string(),
  results: z.array(CheckResult),
});

/**
 * What the client validates first: the envelope only. Each result is then validated on
 * its own (CheckResult), so that one bad result makes only its subject `unknown`
 * (`invalid-response`) and the others stand; only a broken envelope fails the batch.
 */
export const CheckEnvelope = z.object({
  asOf: DateTime,
  catalogVersion: z.string(),
  results: z.array(z.unknown()),
});

// ---------------------------------------------------------------- catalog

export const RecordTrigger = z.object({
  listTypes: z.array(z.enum(LIST_TYPES)).check(z.minLength(1)),
  domains: opt(z.array(z.string())),
  grades: opt(z.array(z.enum(GRADES))),
});
export const CleanHistoryTrigger = z.object({
  cleanYears: z.int().check(z.minimum(1), z.maximum(50)),
});
export const Trigger = z.union([RecordTrigger, CleanHistoryTrigger]);

export const Measure = z.object({
  id: NonEmpty,
  name: NonEmpty,
  direction: z.enum(DIRECTIONS),
  nature: z.enum(NATURES),
  effect: z.enum(EFFECTS),
  scenarios: z.array(NonEmpty).check(z.minLength(1)),
  triggers: z.array(Trigger).check(z.minLength(1)),
  basis: z.array(NonEmpty).check(z.minLength(1)),
  implementer: opt(z.string()),
  remedy: opt(z.string()),
  /**
   * The kinds of subject the measure is for, where its text limits it (e.g. 兴署发〔2024〕23号
   * （十）: 针对政府部门失信主体); absent = every kind. A subject of another kind is never
   * touched by it.
   */
  subjectKinds: opt(z.array(z.enum(SUBJECT_KINDS)).check(z.minLength(1))),
});

/**
 * A catalog names at least one measure: an empty list is read as a broken answer (the checks
 * that need it are `unknown`), never as "no consequences anywhere" — a gap in the platform's
 * answer must not turn every severely dishonest subject `clear`. A catalog that merely lacks
 * a scenario's measures is the platform's choice (过惩相当) and stands.
 */
export const Catalog = z.object({
  version: NonEmpty,
  effectiveOn: IsoDate,
  measures: z.array(Measure).check(z.minLength(1)),
});

// ---------------------------------------------------------------- feedback

export const FeedbackRequest = z.object({
  queryId: NonEmpty,
  subjectId: NonEmpty,
  measureId: NonEmpty,
  action: z.enum(FEEDBACK_ACTIONS),
  reason: opt(z.string()),
  caseNumber: opt(z.string()),
  operator: opt(z.string()),
  department: opt(z.string()),
});
export const FeedbackReceipt = z.object({ id: NonEmpty, receivedAt: DateTime });

// ---------------------------------------------------------------- commitments

export const CommitmentCreate = z.object({
  subjectId: NonEmpty,
  caseNumber: NonEmpty,
  items: z.array(NonEmpty).check(z.minLength(1)),
  dueOn: IsoDate,
  statement: NonEmpty,
  signatory: NonEmpty,
});
export const Commitment = z.object({
  id: NonEmpty,
  subjectId: NonEmpty,
  subjectName: opt(z.string()),
  caseNumber: z.string(),
  items: z.array(z.string()),
  dueOn: IsoDate,
  statement: z.string(),
  signatory: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  createdAt: DateTime,
  closedAt: opt(DateTime),
});
export const CommitmentSearch = z.object({
  subjectId: opt(z.string()),
  caseNumber: opt(z.string()),
  status: opt(z.enum(COMMITMENT_STATUSES)),
});
export const CommitmentList = z.object({ items: z.array(Commitment) });
export const CommitmentUpdate = z.object({
  status: z.enum(['fulfilled', 'breached'] as const),
  note: opt(z.string()),
});

// ---------------------------------------------------------------- ledger

export const LedgerQuery = z.object({
  from: opt(IsoDate),
  to: opt(IsoDate),
  operator: opt(z.string()),
  scenario: opt(z.string()),
  /** Only the checks of this case (procurement) number. */
  caseNumber: opt(z.string()),
  /** Only the queries printed on the record with this SHA-256 (64 hex): verifying a paper record. */
  digest: opt(z.string().check(z.regex(/^[0-9a-fA-F]{64}$/))),
  cursor: opt(z.string()),
  limit: opt(z.int().check(z.minimum(1), z.maximum(500))),
});
export const LedgerEntry = z.object({
  queryId: NonEmpty,
  at: DateTime,
  operator: z.string(),
  department: opt(z.string()),
  scenario: z.string(),
  purpose: opt(z.string()),
  caseNumber: opt(z.string()),
  subjectId: z.string(),
  subjectName: opt(z.string()),
  /** The authorisation of a person check (domain.md §1), as sent with it. */
  authorization: opt(z.object({ basis: z.string(), reference: opt(z.string()) })),
  /** For a `manual-verification` entry: what the clerk recorded (domain.md §12). */
  verification: opt(
    z.object({ source: z.string(), reference: opt(z.string()), checkedOn: opt(z.string()), finding: z.string(), note: opt(z.string()), queryId: opt(z.string()) }),
  ),
  /** `check` (default) or `manual-verification`. */
  kind: opt(z.string()),
  /** The outcome printed for this query, once a record naming it has been registered (POST /v1/records). */
  outcome: opt(z.enum(OUTCOMES)),
  /** The SHA-256 of the printed record this query is on. */
  recordDigest: opt(z.string()),
});
export const LedgerPage = z.object({
  items: z.array(LedgerEntry),
  nextCursor: opt(z.string()),
  total: opt(z.int()),
});

// ---------------------------------------------------------------- printed records

/**
 * `POST /v1/records` (domain.md §10): a printed check record, registered so that the ledger
 * can show each query's outcome and the digest of the paper it is on, and verify a digest.
 */
export const RecordRegistration = z.object({
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  caseNumber: opt(z.string()),
  projectName: opt(z.string()),
  printedAt: DateTime,
  operator: opt(z.string()),
  department: opt(z.string()),
  entries: z.array(z.object({ queryId: NonEmpty, outcome: z.enum(OUTCOMES) })).check(z.minLength(1)),
});
export const RecordReceipt = z.object({ id: NonEmpty, receivedAt: DateTime });

// ---------------------------------------------------------------- manual verifications

/**
 * `POST /v1/verifications` (人工核查, domain.md §12): what the clerk found by other means
 * when the check could not decide. `reference` is required for a `credit-report`, `note`
 * for `records-found`; `checkedOn` is not in the future (the platform checks that too).
 */
export const VerificationCreate = z
  .object({
    queryId: opt(z.string()),
    subjectId: NonEmpty,
    scenario: NonEmpty,
    caseNumber: opt(z.string()),
    source: z.enum(VERIFICATION_SOURCES),
    reference: opt(z.string()),
    checkedOn: IsoDate,
    finding: z.enum(VERIFICATION_FINDINGS),
    note: opt(z.string()),
    operator: opt(z.string()),
    department: opt(z.string()),
  })
  .check(
    z.refine((v) => v.source !== 'credit-report' || !!v.reference?.trim(), { message: 'reference is required for a credit-report', path: ['reference'] }),
    z.refine((v) => v.finding !== 'records-found' || !!v.note?.trim(), { message: 'note is required for records-found', path: ['note'] }),
  );
export const VerificationReceipt = z.object({ id: NonEmpty, receivedAt: DateTime });

// ---------------------------------------------------------------- objections

/** `POST /v1/objections` (异议, domain.md §13): `contact` is required when the subject raises it. */
export const ObjectionCreate = z
  .object({
    recordId: NonEmpty,
    subjectId: NonEmpty,
    queryId: opt(z.string()),
    raisedBy: z.enum(OBJECTION_RAISERS),
    reason: NonEmpty,
    contact: opt(z.string()),
    operator: opt(z.string()),
    department: opt(z.string()),
  })
  .check(
    z.refine((v) => !!v.reason.trim(), { message: 'reason must say what is wrong', path: ['reason'] }),
    z.refine((v) => v.raisedBy !== 'subject' || !!v.contact?.trim(), { message: 'contact is required when the subject raises the objection', path: ['contact'] }),
  );
export const Objection = z.object({
  id: NonEmpty,
  recordId: NonEmpty,
  subjectId: NonEmpty,
  raisedBy: z.enum(OBJECTION_RAISERS),
  reason: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  receivedAt: DateTime,
  /** Receipt + 20 days (兴署发〔2024〕23号（十四）). */
  dueOn: IsoDate,
  closedAt: opt(DateTime),
});
export const ObjectionSearch = z.object({
  subjectId: opt(z.string()),
  recordId: opt(z.string()),
  status: opt(z.enum(OBJECTION_STATUSES)),
});
export const ObjectionList = z.object({ items: z.array(Objection) });

// ---------------------------------------------------------------- statistics

/** `GET /v1/stats` query (domain.md §15): a period, how to group, optionally one department. */
export const StatsQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  groupBy: z.enum(STATS_GROUP_BY),
  department: opt(z.string()),
});
const Count = z.int().check(z.minimum(0));
/** The counts of one group, and of the whole period (`totals`). */
const STATS_COUNTS = {
  checks: Count,
  outcomes: z.object({ restricted: Count, review: Count, facilitated: Count, clear: Count, unknown: Count }),
  feedback: z.object({ applied: Count, notApplied: Count, overridden: Count }),
  verifications: Count,
  objections: Count,
};
export const StatsCounts = z.object(STATS_COUNTS);
/** One group: `key` is the department's name, the scenario, the measure id or the month `YYYY-MM`. */
export const StatsGroup = z.object({ key: z.string(), label: opt(z.string()), ...STATS_COUNTS });
/**
 * One override (改判) in the period, for the printed report: when, where, which measure and
 * the reason the officer typed. Never a subject: no person is identifiable in statistics.
 * An optional extension of the contract's answer; a platform that sends none leaves the
 * report with the count only.
 */
export const StatsOverride = z.object({
  on: IsoDate,
  department: opt(z.string()),
  scenario: opt(z.string()),
  measureId: NonEmpty,
  measureName: opt(z.string()),
  reason: z.string(),
  caseNumber: opt(z.string()),
});
export const StatsReport = z.object({
  from: IsoDate,
  to: IsoDate,
  groupBy: z.enum(STATS_GROUP_BY),
  department: opt(z.string()),
  groups: z.array(StatsGroup),
  totals: StatsCounts,
  overrides: opt(z.array(StatsOverride)),
});

// ---------------------------------------------------------------- types

export type ResponsiblePerson = z.infer<typeof ResponsiblePerson>;
export type CreditRecord = z.infer<typeof CreditRecord>;
export type Subject = z.infer<typeof Subject>;
export type Problem = z.infer<typeof Problem>;
export type CheckRequest = z.infer<typeof CheckRequest>;
export type CheckResult = z.infer<typeof CheckResult>;
export type CheckResponse = z.infer<typeof CheckResponse>;
export type CheckEnvelope = z.infer<typeof CheckEnvelope>;
export type Authorization = z.infer<typeof Authorization>;
export type RecordTrigger = z.infer<typeof RecordTrigger>;
export type CleanHistoryTrigger = z.infer<typeof CleanHistoryTrigger>;
export type Trigger = z.infer<typeof Trigger>;
export type Measure = z.infer<typeof Measure>;
export type Catalog = z.infer<typeof Catalog>;
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;
export type CommitmentCreate = z.infer<typeof CommitmentCreate>;
export type Commitment = z.infer<typeof Commitment>;
export type CommitmentSearch = z.infer<typeof CommitmentSearch>;
export type CommitmentUpdate = z.infer<typeof CommitmentUpdate>;
export type LedgerQuery = z.infer<typeof LedgerQuery>;
export type LedgerEntry = z.infer<typeof LedgerEntry>;
export type LedgerPage = z.infer<typeof LedgerPage>;
export type RecordRegistration = z.infer<typeof RecordRegistration>;
export type VerificationCreate = z.infer<typeof VerificationCreate>;
export type VerificationReceipt = z.infer<typeof VerificationReceipt>;
export type ObjectionCreate = z.infer<typeof ObjectionCreate>;
export type Objection = z.infer<typeof Objection>;
export type ObjectionSearch = z.infer<typeof ObjectionSearch>;
export type ObjectionList = z.infer<typeof ObjectionList>;
export type RecordReceipt = z.infer<typeof RecordReceipt>;
export type StatsQuery = z.infer<typeof StatsQuery>;
export type StatsCounts = z.infer<typeof StatsCounts>;
export type StatsGroup = z.infer<typeof StatsGroup>;
export type StatsOverride = z.infer<typeof StatsOverride>;
export type StatsReport = z.infer<typeof StatsReport>;
