/**
 * A plain, hand-written reading of the v1 contract (docs/contract.md) for what the client
 * receives: the check envelope, each check result, each record, and the measures catalog.
 * Written from the text, sharing nothing with src/contract (no zod), so that a fuzz test can
 * say "valid" or "invalid" without asking the project's own schemas.
 *
 * Readings where the contract leaves a choice (each one the project documents too):
 * - an optional field may be absent or `null` (platforms send both);
 * - ids (record, subject, queryId, measure), a measure's name, scenarios and basis passages and
 *   the catalog version are non-empty strings; a measure names at least one scenario; titles,
 *   authorities and subject names are strings; `cleanYears` is a whole number 1–50;
 * - a date is `YYYY-MM-DD` with month 01–12 and day 01–31; a time is RFC 3339 with an offset;
 * - unknown extra fields are ignored.
 */

const LIST_TYPES = ['red-list', 'credit-rating', 'severe-dishonesty', 'dishonest-judgment-debtor', 'focus-list', 'abnormal-operation', 'administrative-penalty', 'commitment-breach'];
const STATUSES = ['active', 'objection', 'repaired', 'revoked', 'expired'];
const SEVERITIES = ['minor', 'general', 'serious'];
const GRADES = ['A', 'B', 'C', 'D'];
const KINDS = ['enterprise', 'individual-business', 'cooperative', 'social-organisation', 'public-institution', 'government-body', 'natural-person'];
const DIRECTIONS = ['incentive', 'punishment'];
const NATURES = ['mandatory', 'recommended'];
const EFFECTS = ['block', 'strict-review', 'facilitate', 'inform'];

/**
 * Whether a time's hour, minute and second are checked for range. The client's schema
 * checks only the shape (it accepts `2026-11-22T25:00:00Z`), a gap reported with issue 13;
 * until it is closed the comparison reads times by shape too. Set true to see the gap.
 */
const STRICT_TIMES = false;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const nonEmpty = (v: unknown) => isString(v) && v.length > 0;
const absent = (v: unknown) => v === undefined || v === null;
const oneOf = (list: string[]) => (v: unknown) => isString(v) && list.includes(v);
const optional = (check: (v: unknown) => boolean) => (v: unknown) => absent(v) || check(v);
const arrayOf = (check: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check);

/** Only the object's own fields count (a `__proto__` key in JSON is an own field, nothing more). */
const field = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

export function isDate(v: unknown): boolean {
  if (!isString(v) || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const month = Number(v.slice(5, 7));
  const day = Number(v.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function isTime(v: unknown): boolean {
  if (!isString(v)) return false;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return false;
  if (!STRICT_TIMES) return true;
  return isDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 60 && (m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59));
}

function isPerson(v: unknown): boolean {
  return isObject(v) && isString(field(v, 'name')) && optional(isString)(field(v, 'role')) && optional(isString)(field(v, 'idMasked'));
}

/** A record: required id, listType, title, authority, listedOn, status; the rest optional, each of its type. */
export function isRecord(v: unknown): boolean {
  if (!isObject(v)) return false;
  const f = (k: string) => field(v, k);
  return (
    nonEmpty(f('id')) &&
    oneOf(LIST_TYPES)(f('listType')) &&
    isString(f('title')) &&
    isString(f('authority')) &&
    isDate(f('listedOn')) &&
    oneOf(STATUSES)(f('status')) &&
    optional(isString)(f('domain')) &&
    optional(isString)(f('basis')) &&
    optional(isDate)(f('validUntil')) &&
    optional(isDate)(f('closedOn')) &&
    optional(oneOf(SEVERITIES))(f('severity')) &&
    optional(oneOf(GRADES))(f('grade')) &&
    optional((x) => typeof x === 'boolean')(f('repairable')) &&
    optional(isDate)(f('repairableFrom')) &&
    optional(arrayOf(isPerson))(f('responsiblePersons'))
  );
}

function isSubject(v: unknown): boolean {
  return isObject(v) && nonEmpty(field(v, 'id')) && isString(field(v, 'name')) && oneOf(KINDS)(field(v, 'kind')) && optional(isDate)(field(v, 'historyFrom'));
}

/** The envelope: asOf (a time), catalogVersion (a string), results (an array). */
export function isEnvelope(v: unknown): boolean {
  return isObject(v) && isTime(field(v, 'asOf')) && isString(field(v, 'catalogVersion')) && Array.isArray(field(v, 'results'));
}

/** Which of the three result shapes `v` is, or null when it fits none. */
export function resultShape(v: unknown): 'error' | 'not-found' | 'found' | null {
  if (!isObject(v) || !isString(field(v, 'id'))) return null;
  const error = field(v, 'error');
  if (isObject(error) && typeof field(error, 'status') === 'number' && isString(field(error, 'title')) && optional(isString)(field(error, 'detail')) && optional(isString)(field(v, 'queryId'))) {
    return 'error';
  }
  if (!nonEmpty(field(v, 'queryId'))) return null;
  if (field(v, 'found') === false && optional(arrayOf(isRecord))(field(v, 'records'))) return 'not-found';
  if (field(v, 'found') === true && isSubject(field(v, 'subject')) && arrayOf(isRecord)(field(v, 'records'))) return 'found';
  return null;
}

function isTrigger(v: unknown): boolean {
  if (!isObject(v)) return false;
  const years = field(v, 'cleanYears');
  const listTypes = field(v, 'listTypes');
  const recordShape =
    Array.isArray(listTypes) && listTypes.length > 0 && listTypes.every(oneOf(LIST_TYPES)) && optional(arrayOf(isString))(field(v, 'domains')) && optional(arrayOf(oneOf(GRADES)))(field(v, 'grades'));
  // A whole number of years, at least one; the project caps it at 50.
  const cleanShape = typeof years === 'number' && Number.isInteger(years) && years >= 1 && years <= 50;
  return recordShape || cleanShape;
}

function isMeasure(v: unknown): boolean {
  if (!isObject(v)) return false;
  const f = (k: string) => field(v, k);
  const triggers = f('triggers');
  const basis = f('basis');
  return (
    nonEmpty(f('id')) &&
    nonEmpty(f('name')) &&
    oneOf(DIRECTIONS)(f('direction')) &&
    oneOf(NATURES)(f('nature')) &&
    oneOf(EFFECTS)(f('effect')) &&
    // At least one scenario, each named (the project's reading: a measure applies somewhere).
    Array.isArray(f('scenarios')) &&
    (f('scenarios') as unknown[]).length > 0 &&
    arrayOf(nonEmpty)(f('scenarios')) &&
    Array.isArray(triggers) &&
    triggers.length > 0 &&
    triggers.every(isTrigger) &&
    Array.isArray(basis) &&
    basis.length > 0 &&
    basis.every(nonEmpty) &&
    optional(isString)(f('implementer')) &&
    optional(isString)(f('remedy')) &&
    // The subjects a text limits the measure to (Xing'an（十）: 政府部门): at least one known kind.
    optional((k: unknown) => Array.isArray(k) && k.length > 0 && k.every(oneOf(KINDS)))(f('subjectKinds'))
  );
}

/** The catalog: version, effectiveOn (a date), at least one measure (an empty list is a broken answer, not "no consequences"). */
export function isCatalog(v: unknown): boolean {
  if (!isObject(v)) return false;
  const measures = field(v, 'measures');
  return nonEmpty(field(v, 'version')) && isDate(field(v, 'effectiveOn')) && arrayOf(isMeasure)(measures) && (measures as unknown[]).length > 0;
}
