/**
 * Literal unions of the v1 contract and the domain rules. Each list is an `as const`
 * array so that the runtime list (used by schemas, UIs and tests) and the type never drift.
 */

/** Outcomes of a decision, in the order of domain.md §5 (first that holds wins). */
export const OUTCOMES = ['unknown', 'restricted', 'review', 'facilitated', 'clear'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The scenarios (decision points) of domain.md §4. The catalog may add others. */
export const SCENARIOS = [
  'administrative-licensing',
  'government-procurement',
  'bidding',
  'fiscal-funds',
  'public-resource-trading',
  'project-approval',
  'honors',
  'supervision',
] as const;
export type KnownScenario = (typeof SCENARIOS)[number];
/** Any scenario string; one neither in SCENARIOS nor named by the catalog in use makes a check `unknown` (`invalid-scenario`). */
export type Scenario = KnownScenario | (string & {});

export const LIST_TYPES = [
  'red-list',
  'credit-rating',
  'severe-dishonesty',
  'dishonest-judgment-debtor',
  'focus-list',
  'abnormal-operation',
  'administrative-penalty',
  'commitment-breach',
] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const RECORD_STATUSES = ['active', 'objection', 'repaired', 'revoked', 'expired'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

export const SUBJECT_KINDS = [
  'enterprise',
  'individual-business',
  'cooperative',
  'social-organisation',
  'public-institution',
  'government-body',
  'natural-person',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const DIRECTIONS = ['incentive', 'punishment'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const NATURES = ['mandatory', 'recommended'] as const;
export type Nature = (typeof NATURES)[number];

export const EFFECTS = ['block', 'strict-review', 'facilitate', 'inform'] as const;
export type Effect = (typeof EFFECTS)[number];

export const FEEDBACK_ACTIONS = ['applied', 'not-applied', 'overridden'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

export const COMMITMENT_STATUSES = ['pending', 'fulfilled', 'breached'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** How `GET /v1/stats` groups its counts (domain.md §15). */
export const STATS_GROUP_BY = ['department', 'scenario', 'measure', 'month'] as const;
export type StatsGroupBy = (typeof STATS_GROUP_BY)[number];

/** Where a manual verification (人工核查, domain.md §12) looked. */
export const VERIFICATION_SOURCES = ['credit-china', 'credit-report', 'provincial-platform', 'other'] as const;
export type VerificationSource = (typeof VERIFICATION_SOURCES)[number];

/** What a manual verification found. */
export const VERIFICATION_FINDINGS = ['no-records', 'records-found'] as const;
export type VerificationFinding = (typeof VERIFICATION_FINDINGS)[number];

/** Who raises an objection to a record (domain.md §13). */
export const OBJECTION_RAISERS = ['subject', 'department'] as const;
export type ObjectionRaiser = (typeof OBJECTION_RAISERS)[number];

export const OBJECTION_STATUSES = ['pending', 'upheld', 'rejected'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** The authorisation bases of a person check (domain.md §1). */
export const AUTHORIZATION_BASES = ['statutory-duty', 'subject-consent'] as const;
export type AuthorizationBasis = (typeof AUTHORIZATION_BASES)[number];

/** Why a decision is `unknown` (also the `reason` of `credit-error`). */
export const UNKNOWN_REASONS = [
  'invalid-subject',
  'purpose-required',
  'authorization-required',
  'not-found',
  'network',
  'timeout',
  'http',
  'unauthorized',
  'invalid-response',
  'incomplete-record',
  'invalid-scenario',
] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];
