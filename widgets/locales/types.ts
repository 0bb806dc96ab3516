import type {
  Direction,
  Effect,
  Grade,
  ListType,
  Nature,
  Outcome,
  RecordStatus,
  Severity,
  SubjectKind,
  UnknownReason,
} from '../../src/contract/index.js';
import type { WarningCode } from '../../src/policy/decision.js';

/** Words and sentences every element shares. Element-specific text lives beside the element. */
export interface SharedMessages {
  /** Short outcome words (flags, badges, table cells). */
  outcome: Record<Outcome, string>;
  /** One sentence per outcome for banners: what the clerk must do. */
  outcomeSentence: Record<Outcome, string>;
  loading: string;
  /** Why a check is `unknown`, in words that say what to do. */
  reason: Record<UnknownReason, string>;
  listType: Record<ListType, string>;
  status: Record<RecordStatus, string>;
  scenario: Record<string, string>;
  subjectKind: Record<SubjectKind, string>;
  direction: Record<Direction, string>;
  nature: Record<Nature, string>;
  effect: Record<Effect, string>;
  severity: Record<Severity, string>;
  grade: (grade: Grade) => string;
  warning: Record<WarningCode, (data: Record<string, string | number>) => string>;
  field: {
    subject: string;
    id: string;
    kind: string;
    asOf: string;
    catalogVersion: string;
    queryId: string;
    basis: string;
    remedy: string;
    implementer: string;
    authority: string;
    documentNumber: string;
    listedOn: string;
    validUntil: string;
    closedOn: string;
    status: string;
    domain: string;
    responsiblePersons: string;
    records: string;
    applied: string;
    suspended: string;
    scenario: string;
    registration: string;
  };
  untilClosed: string;
  retry: string;
  details: string;
  close: string;
  none: string;
  verifyManually: string;
  objectionNote: string;
  cleanHistory: (years: number) => string;
  notRepairable: string;
}
