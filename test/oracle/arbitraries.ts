/**
 * Random inputs for comparing `evaluate()` with the oracle: records, catalogs, scenarios
 * and evaluation dates, with the dates the rules care about drawn often — the edges of
 * the clean-history windows (on − N years and the days around it), `on` itself and the
 * day after, and 29 February (leap days as `on`, as window starts and as record dates).
 *
 * The lists here are written from the rules (docs/rules.md), not imported from src/.
 */
import fc from 'fast-check';
import type { Catalog, CreditRecord, Measure, Subject, Trigger } from '../../src/contract/index.js';
import { STANDARD_SCENARIOS, yearsBefore } from './rules.js';

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
export const STATUSES = ['active', 'objection', 'repaired', 'revoked', 'expired'] as const;
export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export const DOMAINS = ['tax', 'government-procurement', 'food-drug', 'judicial'] as const;
/** A scenario a catalog may add (§4: "the catalog may add others"). */
export const CUSTOM_SCENARIO = 'market-access';

/**
 * What the generator leaves out. `optionalFields`: records without `domain`, `severity`,
 * `grade` (the incomplete-record rule and the documented defaults); `unknownScenarios`:
 * scenarios that are missing, misspelt, or custom but not named by the catalog.
 */
export interface Coverage {
  optionalFields: boolean;
  unknownScenarios: boolean;
  /** Punishment triggers that name grades (§4: they still match only negative records). */
  gradedPunishments: boolean;
}

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const shift = (iso: string, days: number) => toIso(toDay(iso) + days);

const FIRST = toDay('2014-01-01');
const LAST = toDay('2031-12-31');
const anyDate = fc.integer({ min: FIRST, max: LAST }).map(toIso);

/** Evaluation dates: any day, or a leap day, or the days around one, or the §11 date. */
export const evaluationDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyDate },
  { weight: 2, arbitrary: fc.constantFrom('2024-02-29', '2028-02-29', '2020-02-29') },
  { weight: 2, arbitrary: fc.constantFrom('2025-02-28', '2025-03-01', '2027-02-28', '2027-03-01', '2029-02-28', '2024-03-01') },
  { weight: 1, arbitrary: fc.constant('2026-11-22') },
);

/** A date that matters for `on`: near a window start (N = 1…5), near `on`, or anywhere. */
export function dateNear(on: string): fc.Arbitrary<string> {
  const edge = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 2 }))
    .map(([n, d]) => shift(yearsBefore(on, n), d));
  const nearOn = fc.integer({ min: -3, max: 3 }).map((d) => shift(on, d));
  return fc.oneof({ weight: 3, arbitrary: edge }, { weight: 2, arbitrary: nearOn }, { weight: 3, arbitrary: anyDate }, { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2020-02-29', '2028-02-29') });
}

let seq = 0;
export function recordArb(on: string, coverage: Coverage, named: readonly string[] = []): fc.Arbitrary<CreditRecord> {
  const date = dateNear(on);
  // Half the records are of a list type the catalog names, so that triggers meet them.
  const listType = named.length ? fc.oneof(fc.constantFrom(...LIST_TYPES), fc.constantFrom(...(named as (typeof LIST_TYPES)[number][]))) : fc.constantFrom(...LIST_TYPES);
  // Absent, or null (platforms send both), or a value.
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.option(arb, { nil: undefined, freq: 3 }) });
  return fc
    .record({
      listType,
      // In force more often than not, so that measures meet records.
      status: fc.oneof({ weight: 3, arbitrary: fc.constant('active' as const) }, { weight: 2, arbitrary: fc.constant('objection' as const) }, { weight: 3, arbitrary: fc.constantFrom(...STATUSES) }),
      domain: coverage.optionalFields ? optional(fc.constantFrom(...DOMAINS, '')) : fc.constantFrom(...DOMAINS),
      listedOn: fc.oneof(date, fc.integer({ min: 0, max: 2500 }).map((d) => shift(on, -d))),
      validUntil: fc.option(fc.oneof(date, fc.integer({ min: 1, max: 800 }).map((d) => shift(on, d))), { nil: undefined, freq: 2 }),
      closedOn: optional(date),
      severity: coverage.optionalFields ? optional(fc.constantFrom(...SEVERITIES)) : fc.constantFrom(...SEVERITIES),
      grade: coverage.optionalFields ? optional(fc.constantFrom(...GRADES)) : fc.constantFrom(...GRADES),
    })
    .map((fields) => {
      seq += 1;
      const record: CreditRecord = { id: `r${seq}`, title: `record ${seq}`, authority: 'test authority', ...fields } as CreditRecord;
      // Absent means absent: no key holding `undefined`.
      for (const key of Object.keys(record) as (keyof CreditRecord)[]) if (record[key] === undefined) delete record[key];
      return record;
    });
}

const subset = <T>(values: readonly T[], min: number, max: number) => fc.uniqueArray(fc.constantFrom(...values), { minLength: min, maxLength: max });

const triggerArb: fc.Arbitrary<Trigger> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        listTypes: subset(LIST_TYPES, 1, 3),
        domains: fc.option(subset(DOMAINS, 1, 2), { nil: undefined, freq: 2 }),
        grades: fc.option(subset(GRADES, 1, 3), { nil: undefined, freq: 2 }),
      })
      .map((t) => {
        const trigger: { listTypes: string[]; domains?: string[]; grades?: string[] } = { listTypes: t.listTypes };
        if (t.domains) trigger.domains = t.domains;
        if (t.grades) trigger.grades = t.grades;
        return trigger as Trigger;
      }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map((cleanYears) => ({ cleanYears })) },
);

const SCENARIO_POOL = [...STANDARD_SCENARIOS, CUSTOM_SCENARIO];
/** Subject kinds the cases draw from: enough for a kind-limited measure to meet and to miss. */
const SUBJECT_KIND_POOL = ['enterprise', 'government-body', 'natural-person'] as const;

let measureSeq = 0;
const measureArb: fc.Arbitrary<Measure> = fc
  .record({
    direction: fc.constantFrom('punishment', 'incentive'),
    nature: fc.constantFrom('mandatory', 'recommended'),
    effect: fc.oneof(fc.constant('block'), fc.constantFrom('block', 'strict-review', 'facilitate', 'inform')),
    // Few scenarios per catalog, so that measures meet.
    scenarios: subset(['administrative-licensing', 'government-procurement', 'bidding', CUSTOM_SCENARIO], 1, 2),
    triggers: fc.array(triggerArb, { minLength: 1, maxLength: 3 }),
    // One measure in four is limited to some kinds of subject (兴署发〔2024〕23号（十）: 政府部门).
    subjectKinds: fc.option(subset([...SUBJECT_KIND_POOL], 1, 2), { nil: undefined, freq: 3 }),
  })
  .map((m) => {
    measureSeq += 1;
    const { subjectKinds, ...rest } = m;
    return { id: `M${measureSeq}`, name: `measure ${measureSeq}`, basis: ['test basis'], ...rest, ...(subjectKinds ? { subjectKinds } : {}) } as Measure;
  });

export function catalogArb(coverage: Coverage): fc.Arbitrary<Catalog> {
  return fc.array(measureArb, { minLength: 0, maxLength: 6 }).map((measures) => ({
    version: 'oracle',
    effectiveOn: '2014-01-01',
    measures: coverage.gradedPunishments
      ? measures
      : measures.map((m) => (m.direction !== 'punishment' ? m : { ...m, triggers: m.triggers.map((t) => ('grades' in t ? { ...t, grades: undefined } : t)).map(dropUndefined) })),
  }));
}

function dropUndefined<T extends object>(value: T): T {
  const copy = { ...value };
  for (const key of Object.keys(copy) as (keyof T)[]) if (copy[key] === undefined) delete copy[key];
  return copy;
}

export interface Case {
  subject: Subject | null;
  records: CreditRecord[];
  catalog: Catalog;
  scenario: string;
  on: string;
}

/** One whole case: date first, then records around it, a catalog, a scenario. */
export function caseArb(coverage: Coverage): fc.Arbitrary<Case> {
  return fc.tuple(evaluationDate, catalogArb(coverage)).chain(([on, catalog]) =>
    fc
      .record({
        found: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), // one in ten: `found: false`
        historyFrom: fc.option(dateNear(on), { nil: null, freq: 6 }),
        kind: fc.constantFrom(...SUBJECT_KIND_POOL),
        records: fc.array(recordArb(on, coverage, catalog.measures.flatMap((m) => m.triggers.flatMap((t) => ('listTypes' in t ? t.listTypes : [])))), { maxLength: 6 }),
        catalog: fc.constant(catalog),
        scenario: coverage.unknownScenarios
          ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SCENARIO_POOL) }, { weight: 1, arbitrary: fc.constantFrom('', 'goverment-procurement', 'Bidding') })
          : fc.constantFrom(...SCENARIO_POOL),
        // Most cases ask about a scenario the catalog's first measure names.
        catalogScenario: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
      })
      .map((c) => (c.catalogScenario && c.catalog.measures.length > 0 ? { ...c, scenario: c.catalog.measures[0].scenarios[0] } : c))
      .filter((c) => coverage.unknownScenarios || c.scenario !== CUSTOM_SCENARIO || c.catalog.measures.some((m) => m.scenarios.includes(CUSTOM_SCENARIO)))
      .map(({ found, historyFrom, kind, records, catalog, scenario }: { found: boolean; historyFrom: string | null; kind: string; records: CreditRecord[]; catalog: Catalog; scenario: string }) => ({
        subject: found
          ? ({ id: '91350100M000100Y43', name: '测试科技有限公司', kind, ...(historyFrom ? { historyFrom } : {}) } as Subject)
          : null,
        records,
        catalog,
        scenario,
        on,
      })),
  );
}

/**
 * A case aimed at §6: one incentive `{ cleanYears: N }`, records that are no longer in force
 * (so only the clean-history walk decides), their ends and the history's start on the days
 * around `on − N years` — where an off-by-one or a 29 February slip shows.
 */
export function cleanHistoryCaseArb(): fc.Arbitrary<Case> {
  return fc.tuple(evaluationDate, fc.integer({ min: 1, max: 5 })).chain(([on, n]) => {
    const start = yearsBefore(on, n);
    const edge = fc.integer({ min: -2, max: 3 }).map((d) => shift(start, d));
    const closed = fc
      .record({
        listType: fc.constantFrom(...LIST_TYPES),
        grade: fc.constantFrom(...GRADES),
        severity: fc.constantFrom(...SEVERITIES),
        status: fc.constantFrom('repaired', 'expired', 'revoked', 'active', 'objection'),
        listedOn: fc.integer({ min: 1, max: 3000 }).map((d) => shift(start, -d)),
        end: edge,
        how: fc.constantFrom('validUntil', 'closedOn', 'both'),
        domain: fc.constantFrom(...DOMAINS),
      })
      .map(({ end, how, status, ...fields }) => {
        seq += 1;
        const record = { id: `r${seq}`, title: `record ${seq}`, authority: 'test authority', status, ...fields } as CreditRecord;
        // Records still marked active or objection end by validUntil (so they are not in force on `on`).
        if (how === 'validUntil' || status === 'active' || status === 'objection') record.validUntil = end;
        else if (how === 'closedOn') record.closedOn = end;
        else {
          record.validUntil = end;
          record.closedOn = shift(end, 1);
        }
        return record;
      });
    return fc.record({ historyFrom: edge, records: fc.array(closed, { maxLength: 3 }) }).map(({ historyFrom, records }) => ({
      subject: { id: '91350100M000100Y43', name: '测试科技有限公司', kind: 'enterprise', historyFrom } as Subject,
      records,
      catalog: {
        version: 'oracle-clean',
        effectiveOn: '2014-01-01',
        measures: [{ id: 'I-clean', name: 'clean', basis: ['test basis'], direction: 'incentive', nature: 'recommended', effect: 'facilitate', scenarios: ['administrative-licensing'], triggers: [{ cleanYears: n }] } as Measure],
      },
      scenario: 'administrative-licensing',
      on,
    }));
  });
}
