/**
 * What a check turns into: the decision of domain.md §5 and §10. Produced by
 * `evaluate()` (pure) and completed by the client with the platform's `asOf` and `queryId`.
 */
import type { CreditRecord, Measure, Outcome, Subject, UnknownReason } from '../contract/index.js';

/** A measure that applies (or is suspended), with the records that triggered it (§5.4). */
export interface MeasureHit {
  measure: Measure;
  /** The records behind it; empty for a clean-history incentive. */
  records: CreditRecord[];
  /** For a clean-history trigger: the number of clean years that were proven. */
  cleanYears?: number;
}

/**
 * - `suspect-id`: a USCC whose check character does not match (`expected`);
 * - `maybe-uscc`: a person's number that is also a valid USCC (checked as a person);
 * - `stale-data`: data older than the freshness limit (`hours`);
 * - `default-catalog`: the platform served no catalog;
 * - `invalid-scenario`: with reason `invalid-scenario`: the `scenario` given and the `known` ones;
 * - `incomplete-record`: a record (`recordId`) without `domain` that a domain filter of a
 *   punishment (`measureId`, `measure`) cannot decide — with reason `incomplete-record`, or
 *   beside a `restricted` outcome that stands anyway.
 */
export const WARNING_CODES = ['suspect-id', 'maybe-uscc', 'stale-data', 'default-catalog', 'invalid-scenario', 'incomplete-record'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
export interface DecisionWarning {
  code: WarningCode;
  /** Extra facts for the message, e.g. `{ expected: 'B' }` or `{ hours: 30 }`. */
  data?: Record<string, string | number>;
}

export interface Decision {
  /** The subject id as shown to people: a natural person's number is masked (first 6, last 4). */
  subjectId: string;
  /** The platform's subject (its `id` masked for persons), or null when none was returned. */
  subject: Subject | null;
  outcome: Outcome;
  /** Why the outcome is `unknown`. */
  reason?: UnknownReason;
  /** For developers, with `reason`: what exactly went wrong (e.g. which adapter failed, which field was refused). Never holds a person's number. */
  message?: string;
  /** Applied measures (punishments in force, incentives granted). */
  applied: MeasureHit[];
  /** Punishment measures suspended while an objection is verified. */
  suspended: MeasureHit[];
  /** Every record the platform returned for the subject. */
  records: CreditRecord[];
  warnings: DecisionWarning[];
  scenario: string;
  /** The evaluation date (YYYY-MM-DD, China Standard Time). */
  on: string;
  /** The platform's data time (RFC 3339), null when no answer arrived. */
  asOf: string | null;
  /** The ledger entry of this check at the platform. */
  queryId: string | null;
  catalogVersion: string | null;
}
