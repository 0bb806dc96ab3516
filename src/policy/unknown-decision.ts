/**
 * The decision of a check that did not complete (§5.5): outcome `unknown`, never
 * measures. Kept apart from the engine so that elements and the client's stand-in can
 * report failures without carrying the engine itself.
 */
import type { CreditRecord, Subject, UnknownReason } from '../contract/index.js';
import { displayId } from '../ids/index.js';
import { todayInChina } from './dates.js';
import type { Decision, DecisionWarning } from './decision.js';

export interface UnknownDecisionInit {
  /** The id as asked for; masked here if it is a person's. */
  subjectId: string;
  scenario: string;
  /** Default: today in China Standard Time. */
  on?: string;
  subject?: Subject | null;
  warnings?: DecisionWarning[];
  asOf?: string | null;
  queryId?: string | null;
  catalogVersion?: string | null;
  records?: CreditRecord[];
}

/**
 * A decision with outcome `unknown` (§5.5): the check could not be completed. The
 * client uses it for every failure (invalid input, missing purpose, network, timeout,
 * HTTP, invalid response, not found). Never carries measures.
 */
export function unknownDecision(reason: UnknownReason, init: UnknownDecisionInit): Decision {
  return {
    subjectId: displayId(init.subjectId),
    subject: init.subject ? { ...init.subject, id: displayId(init.subject.id) } : null,
    outcome: 'unknown',
    reason,
    applied: [],
    suspended: [],
    records: init.records ? init.records.slice() : [],
    warnings: init.warnings ? init.warnings.slice() : [],
    scenario: init.scenario,
    on: init.on ?? todayInChina(),
    asOf: init.asOf ?? null,
    queryId: init.queryId ?? null,
    catalogVersion: init.catalogVersion ?? null,
  };
}
