/**
 * The oracle: a second implementation of the decision rules (docs/rules.md §2–§6), written
 * straight from the text and deliberately plain — record by record, day by day, no compiled
 * catalog, no bitmasks, no memo, no shared code with src/policy (only its types). It is
 * slow on purpose; it exists so that a property test can compare `evaluate()` with an
 * answer that does not come from `evaluate()`.
 *
 * Each function quotes the sentence of the rules it implements. Where the rules leave a
 * choice, the comment says which reading is taken.
 */

// ----------------------------------------------------------------------------- types
// Written out here rather than imported, so that the oracle reads only the rules.

/** Optional fields may be absent or null (platforms send both): both mean "not given". */
export interface OracleRecord {
  id: string;
  listType: string;
  domain?: string | null;
  listedOn: string;
  validUntil?: string | null;
  status: string;
  closedOn?: string | null;
  severity?: string | null;
  grade?: string | null;
}

export interface OracleSubject {
  historyFrom?: string | null;
  kind?: string;
}

export type OracleTrigger = { listTypes: string[]; domains?: string[] | null; grades?: string[] | null } | { cleanYears: number };

export interface OracleMeasure {
  id: string;
  direction: string;
  nature: string;
  effect: string;
  scenarios: string[];
  triggers: OracleTrigger[];
  /** The kinds of subject the measure is for; absent = every kind. */
  subjectKinds?: string[] | null;
}

export interface OracleHit {
  measure: string;
  /** Ids of the records that triggered it (§5.4), in record order. */
  records: string[];
}

export interface OracleAnswer {
  outcome: 'unknown' | 'restricted' | 'review' | 'facilitated' | 'clear';
  reason?: 'not-found' | 'invalid-scenario' | 'incomplete-record';
  applied: OracleHit[];
  suspended: OracleHit[];
  /** For `incomplete-record` (as the reason, or as the warning beside `restricted`): which record, which measure. */
  incomplete: { record: string; measure: string }[];
}

/** §4: the scenarios every catalog knows. */
export const STANDARD_SCENARIOS = [
  'administrative-licensing',
  'government-procurement',
  'bidding',
  'fiscal-funds',
  'public-resource-trading',
  'project-approval',
  'honors',
  'supervision',
];

// ----------------------------------------------------------------------------- calendar
// A date is kept as the string YYYY-MM-DD; the only arithmetic needed is "the next day"
// and "N calendar years earlier", both done by hand on year, month and day.

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function write(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function leap(y: number): boolean {
  if (y % 400 === 0) return true;
  if (y % 100 === 0) return false;
  return y % 4 === 0;
}

function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return leap(y) ? 29 : 28;
  if (m === 4 || m === 6 || m === 9 || m === 11) return 30;
  return 31;
}

export function nextDay(date: string): string {
  const [y, m, d] = parts(date);
  if (d < lastDayOfMonth(y, m)) return write(y, m, d + 1);
  if (m < 12) return write(y, m + 1, 1);
  return write(y + 1, 1, 1);
}

/** Compares two dates: negative, zero, positive. Field by field, not as strings. */
export function compareDates(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  if (ay !== by) return ay - by;
  if (am !== bm) return am - bm;
  return ad - bd;
}

/** §6: "`on − N years` subtracts calendar years; 29 February becomes 28 February." */
export function yearsBefore(on: string, n: number): string {
  const [y, m, d] = parts(on);
  const year = y - n;
  if (m === 2 && d === 29 && !leap(year)) return write(year, 2, 28);
  return write(year, m, d);
}

// ----------------------------------------------------------------------------- §2 polarity

/**
 * §2: red-list positive; credit-rating positive if grade A, negative if D, else neutral
 * (an absent grade is neutral); administrative-penalty negative unless severity is minor
 * (an absent severity counts as negative); every other list type of the table negative.
 */
export function polarity(record: OracleRecord): 'positive' | 'negative' | 'neutral' {
  if (record.listType === 'red-list') return 'positive';
  if (record.listType === 'credit-rating') {
    if (record.grade === 'A') return 'positive';
    if (record.grade === 'D') return 'negative';
    return 'neutral';
  }
  if (record.listType === 'administrative-penalty') {
    if (record.severity === 'minor') return 'neutral';
    return 'negative';
  }
  return 'negative';
}

// ----------------------------------------------------------------------------- §3 in force

/**
 * §3: in force on `on` when status is active or objection, listedOn ≤ on, and validUntil is
 * absent or on ≤ validUntil.
 */
export function inForce(record: OracleRecord, on: string): boolean {
  if (record.status !== 'active' && record.status !== 'objection') return false;
  if (compareDates(record.listedOn, on) > 0) return false;
  if (record.validUntil != null && compareDates(on, record.validUntil) > 0) return false;
  return true;
}

/** §3: an in-force record with status objection is under objection. */
export function underObjection(record: OracleRecord, on: string): boolean {
  return inForce(record, on) && record.status === 'objection';
}

// ----------------------------------------------------------------------------- §6 clean history

/**
 * §6: was `record` in force on `day` for clean-history purposes? Its interval is
 * [listedOn, end], end the earliest of validUntil, the day before closedOn, and on; a
 * revoked record never counts. "The day before closedOn" is `day < closedOn`.
 */
function countsOnDay(record: OracleRecord, day: string, on: string): boolean {
  if (record.status === 'revoked') return false;
  if (compareDates(day, record.listedOn) < 0) return false;
  if (record.validUntil != null && compareDates(day, record.validUntil) > 0) return false;
  if (record.closedOn != null && compareDates(day, record.closedOn) >= 0) return false;
  if (compareDates(day, on) > 0) return false;
  return true;
}

/**
 * §6: `cleanYears: N` matches on `on` when the platform's history starts on or before
 * on − N years (absent = no match), and no negative record was in force on any day of the
 * window (on − N years, on] — walked one day at a time.
 */
export function cleanHistory(subject: OracleSubject, records: OracleRecord[], n: number, on: string): boolean {
  const start = yearsBefore(on, n);
  if (subject.historyFrom == null) return false;
  if (compareDates(subject.historyFrom, start) > 0) return false;
  for (let day = nextDay(start); compareDates(day, on) <= 0; day = nextDay(day)) {
    for (const record of records) {
      if (polarity(record) === 'negative' && countsOnDay(record, day, on)) return false;
    }
  }
  return true;
}

// ----------------------------------------------------------------------------- §4 triggers

/** §4: known when in the standard list or named by a measure of the catalog in use. */
export function knownScenario(measures: OracleMeasure[], scenario: string | undefined): boolean {
  if (scenario === undefined || scenario === '') return false;
  if (STANDARD_SCENARIOS.includes(scenario)) return true;
  return measures.some((m) => m.scenarios.includes(scenario));
}

type RecordTrigger = { listTypes: string[]; domains?: string[] | null; grades?: string[] | null };

/**
 * §4: a record trigger matches a record whose listType is listed, whose domain is listed
 * (if domains is given) and whose grade is listed (if grades is given). A record without a
 * domain is not "listed" under a domains filter; nor a record without a grade under grades.
 * "A punishment's record trigger matches only negative records, an incentive's only
 * positive ones."
 */
function triggerMatches(trigger: RecordTrigger, record: OracleRecord, direction: string): boolean {
  if (!trigger.listTypes.includes(record.listType)) return false;
  if (trigger.domains != null && (noDomain(record) || !trigger.domains.includes(record.domain as string))) return false;
  if (trigger.grades != null && (record.grade == null || !trigger.grades.includes(record.grade))) return false;
  if (direction === 'punishment') return polarity(record) === 'negative';
  return polarity(record) === 'positive';
}

/**
 * §4 incomplete records: "a punishment's record trigger that filters on domains cannot be
 * decided for an in-force, negative record of one of its list types that has no domain".
 * Read literally: the record's list type is one the trigger names; grades do not enter.
 */
function undecidable(trigger: RecordTrigger, record: OracleRecord, on: string): boolean {
  return (
    trigger.domains != null &&
    trigger.listTypes.includes(record.listType) &&
    noDomain(record) &&
    inForce(record, on) &&
    polarity(record) === 'negative'
  );
}

/** "Has no domain": absent, null, or empty (an empty domain names no policy field). */
const noDomain = (record: OracleRecord) => record.domain == null || record.domain === '';

const isRecordTrigger = (t: OracleTrigger): t is RecordTrigger => 'listTypes' in t;

// ----------------------------------------------------------------------------- §5 evaluation

export interface OracleInput {
  /** null: the platform does not know the subject (`found: false`). */
  subject: OracleSubject | null;
  records: OracleRecord[];
  measures: OracleMeasure[];
  scenario: string | undefined;
  on: string;
}

export function decide(input: OracleInput): OracleAnswer {
  const { subject, records, measures, scenario, on } = input;
  const none = (reason: OracleAnswer['reason']): OracleAnswer => ({ outcome: 'unknown', reason, applied: [], suspended: [], incomplete: [] });

  // §4: no scenario, or one that is neither standard nor named by the catalog. Checked
  // first: such a check is refused before any request, so the platform never gets to say
  // whether it knows the subject.
  if (!knownScenario(measures, scenario)) return none('invalid-scenario');
  // §5.5: a subject the platform does not know is unknown, not-found.
  if (subject === null) return none('not-found');

  // §5.1 the measures of the scenario.
  // A measure whose text limits it to some kinds of subject is not among them for another kind.
  const mine = measures.filter((m) => m.scenarios.includes(scenario as string) && (m.subjectKinds == null || m.subjectKinds.includes(subject.kind as string)));

  const applied: OracleHit[] = [];
  const suspended: OracleHit[] = [];
  const incomplete: { record: string; measure: string }[] = [];
  let restricted = false;

  // §5.2 punishments.
  for (const measure of mine) {
    if (measure.direction !== 'punishment') continue;
    const active: string[] = [];
    const objected: string[] = [];
    for (const record of records) {
      if (!inForce(record, on)) continue;
      let matched = false;
      for (const trigger of measure.triggers) {
        if (!isRecordTrigger(trigger)) continue;
        if (triggerMatches(trigger, record, 'punishment')) matched = true;
        if (undecidable(trigger, record, on) && !incomplete.some((x) => x.record === record.id && x.measure === measure.id)) {
          incomplete.push({ record: record.id, measure: measure.id });
        }
      }
      if (!matched) continue;
      if (underObjection(record, on)) objected.push(record.id);
      else active.push(record.id);
    }
    if (active.length > 0) {
      applied.push({ measure: measure.id, records: active });
      if (measure.nature === 'mandatory' && measure.effect === 'block') restricted = true;
    } else if (objected.length > 0) {
      suspended.push({ measure: measure.id, records: objected });
    }
  }

  // §5.3 incentives: only with no negative record in force (objection included) and no
  // punishment applied or suspended.
  const negativeInForce = records.some((r) => inForce(r, on) && polarity(r) === 'negative');
  const punished = applied.length > 0 || suspended.length > 0;
  let facilitated = false;
  if (!negativeInForce && !punished) {
    for (const measure of mine) {
      if (measure.direction !== 'incentive') continue;
      const hits: string[] = [];
      let clean = false;
      for (const record of records) {
        if (!inForce(record, on)) continue;
        if (measure.triggers.some((t) => isRecordTrigger(t) && triggerMatches(t, record, 'incentive'))) hits.push(record.id);
      }
      for (const trigger of measure.triggers) {
        if (!isRecordTrigger(trigger) && cleanHistory(subject, records, trigger.cleanYears, on)) clean = true;
      }
      if (hits.length > 0 || clean) {
        applied.push({ measure: measure.id, records: hits });
        facilitated = true;
      }
    }
  }

  // §5.5 the outcome, first that holds; §4: an incomplete record makes it unknown unless
  // it is restricted anyway.
  if (restricted) return { outcome: 'restricted', applied, suspended, incomplete };
  if (incomplete.length > 0) return { outcome: 'unknown', reason: 'incomplete-record', applied: [], suspended: [], incomplete };
  if (punished) return { outcome: 'review', applied, suspended, incomplete };
  if (facilitated) return { outcome: 'facilitated', applied, suspended, incomplete };
  return { outcome: 'clear', applied, suspended, incomplete };
}
