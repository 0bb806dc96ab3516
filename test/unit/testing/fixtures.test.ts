import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/contract/index.js';
import { CreditRecord, GRADES, LIST_TYPES, RECORD_STATUSES, SUBJECT_KINDS, Subject } from '../../../src/contract/index.js';
import { displayId, maskSubjectId, parseSubjectId } from '../../../src/ids/index.js';
import { DEFAULT_CATALOG, addDays, evaluate, todayInChina } from '../../../src/policy/index.js';
import {
  FIXTURES,
  PILOT_CODE,
  bidderFixtures,
  buildFixtures,
  fixtureById,
  fixtureList,
  fixturesWithListType,
  fixturesWithStatus,
  knownFixtures,
  sampleBidderCsv,
} from '../../../src/testing/index.js';
import type { Fixture, FixtureSet } from '../../../src/testing/index.js';

/** The catalog of domain.md §11: P1, P2, I1. */
const SECTION_11: Catalog = {
  version: 's11',
  effectiveOn: '2026-01-01',
  measures: [
    {
      id: 'P1',
      name: 'P1',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['government-procurement'],
      triggers: [{ listTypes: ['severe-dishonesty'] }],
      basis: ['§11'],
    },
    {
      id: 'P2',
      name: 'P2',
      direction: 'punishment',
      nature: 'recommended',
      effect: 'strict-review',
      scenarios: ['administrative-licensing'],
      triggers: [{ listTypes: ['focus-list'] }],
      basis: ['§11'],
    },
    {
      id: 'I1',
      name: 'I1',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['administrative-licensing'],
      triggers: [{ listTypes: ['red-list'] }, { cleanYears: 3 }],
      basis: ['§11'],
    },
  ],
};

function outcome(f: Fixture, scenario: string, on: string, catalog: Catalog = SECTION_11) {
  return evaluate({ subject: f.known ? f.subject : null, records: f.records, catalog, scenario, on, subjectId: f.subject.id }).outcome;
}

describe('fixtures: subjects and codes', () => {
  const all = fixtureList();

  it('holds at least 40 subjects the platform knows, plus a few valid codes it does not', () => {
    expect(knownFixtures().length).toBeGreaterThanOrEqual(40);
    const unknown = all.filter((f) => !f.known);
    expect(unknown.length).toBeGreaterThanOrEqual(3);
    for (const f of unknown) expect(parseSubjectId(f.subject.id).status).toBe('valid');
  });

  it('every code is valid by its check character, except the pilot code, which is suspect and known', () => {
    for (const f of all) {
      const parsed = parseSubjectId(f.subject.id);
      if (f.subject.id === PILOT_CODE) {
        expect(parsed.status, f.key).toBe('suspect');
        expect(f.known).toBe(true);
      } else {
        expect(parsed.status, `${f.key} ${parsed.problem ?? ''}`).toBe('valid');
      }
      expect(parsed.type).toBe(f.subject.kind === 'natural-person' ? 'idcard' : 'uscc');
      expect(parsed.value).toBe(f.subject.id);
    }
  });

  it('codes, keys and record ids are unique, and keys match their fixtures', () => {
    expect(new Set(all.map((f) => f.subject.id)).size).toBe(all.length);
    const recordIds = all.flatMap((f) => f.records.map((r) => r.id));
    expect(new Set(recordIds).size).toBe(recordIds.length);
    for (const [key, f] of Object.entries(FIXTURES)) expect(f.key).toBe(key);
  });

  it('every subject and record satisfies the contract schemas', () => {
    for (const f of all) {
      expect(Subject.safeParse(f.subject).success, f.key).toBe(true);
      for (const r of f.records) expect(CreditRecord.safeParse(r).success, `${f.key} ${r.id}`).toBe(true);
      expect(f.describe.length).toBeGreaterThan(20);
    }
  });

  it('covers every list type, every record status, every grade and every subject kind', () => {
    for (const t of LIST_TYPES) expect(fixturesWithListType(t).length, t).toBeGreaterThan(0);
    for (const s of RECORD_STATUSES) expect(fixturesWithStatus(s).length, s).toBeGreaterThan(0);
    const grades = new Set(all.flatMap((f) => f.records.map((r) => r.grade)));
    for (const g of GRADES) expect(grades.has(g), g).toBe(true);
    const kinds = new Set(all.map((f) => f.subject.kind));
    for (const k of SUBJECT_KINDS) expect(kinds.has(k), k).toBe(true);
  });

  it('has at least four natural persons with generated ID numbers, one of them born on 29 February', () => {
    const persons = knownFixtures().filter((f) => f.subject.kind === 'natural-person');
    expect(persons.length).toBeGreaterThanOrEqual(4);
    expect(persons.some((p) => p.subject.id.slice(10, 14) === '0229')).toBe(true);
  });

  it('has a variety of domains, authorities, document numbers and responsible persons', () => {
    const records = all.flatMap((f) => f.records);
    expect(new Set(records.map((r) => r.domain)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(records.map((r) => r.authority)).size).toBeGreaterThanOrEqual(15);
    expect(records.filter((r) => r.basis).length).toBeGreaterThanOrEqual(20);
    expect(records.filter((r) => r.responsiblePersons?.length).length).toBeGreaterThanOrEqual(8);
    expect(records.some((r) => r.repairable === false)).toBe(true);
  });

  it('has a subject without historyFrom and one whose history is shorter than three years', () => {
    expect(FIXTURES.missingHistory.subject.historyFrom).toBeUndefined();
    const today = todayInChina();
    const from = FIXTURES.shortHistory.subject.historyFrom!;
    expect(from > addDays(today, -3 * 365)).toBe(true);
  });

  it('organisation codes show in full, the all-digit one too (a USCC is never masked); persons are masked', () => {
    const masked = all.filter((f) => displayId(f.subject.id) !== f.subject.id);
    expect(masked.filter((f) => f.subject.kind !== 'natural-person').map((f) => f.key)).toEqual([]);
    expect(displayId(FIXTURES.publicInstitutionPenalty.subject.id)).toBe(FIXTURES.publicInstitutionPenalty.subject.id);
    for (const f of all.filter((f) => f.subject.kind === 'natural-person')) {
      expect(displayId(f.subject.id)).toBe(maskSubjectId(f.subject.id));
    }
  });

  it('finds fixtures by id', () => {
    expect(fixtureById(FIXTURES.objection.subject.id)?.key).toBe('objection');
    expect(fixtureById('nope')).toBeUndefined();
  });
});

describe('fixtures: the worked examples of domain.md §11 hold on any day', () => {
  const ON = '2026-11-22';
  const set = buildFixtures(ON);

  it.each([
    ['restricted', 'government-procurement', 'restricted'],
    ['objection', 'government-procurement', 'review'],
    ['staleActive', 'government-procurement', 'clear'],
    ['staleActive', 'administrative-licensing', 'clear'],
    ['cleanThreeYears', 'administrative-licensing', 'facilitated'],
    ['shortHistory', 'administrative-licensing', 'clear'],
    ['missingHistory', 'administrative-licensing', 'clear'],
    ['redAndFocus', 'administrative-licensing', 'review'],
    ['revoked', 'administrative-licensing', 'facilitated'],
    ['repairedInsideWindow', 'administrative-licensing', 'clear'],
    ['repairedOutsideWindow', 'administrative-licensing', 'facilitated'],
    ['minorPenalty', 'administrative-licensing', 'facilitated'],
    ['unknownEnterprise', 'administrative-licensing', 'unknown'],
  ] as const)('%s in %s on 2026-11-22 → %s', (key, scenario, expected) => {
    expect(outcome(set[key], scenario, ON)).toBe(expected);
  });

  it('the repaired records sit exactly on the edges of the three-year window on 2026-11-22', () => {
    expect(set.repairedInsideWindow.records[0].closedOn).toBe('2023-11-24');
    expect(set.repairedOutsideWindow.records[0].closedOn).toBe('2023-11-23');
  });

  it('the edge cases keep their meaning for any "today", leap days included', () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, (today) => {
        const s: FixtureSet = buildFixtures(today);
        expect(outcome(s.repairedInsideWindow, 'administrative-licensing', today)).toBe('clear');
        expect(outcome(s.repairedOutsideWindow, 'administrative-licensing', today)).toBe('facilitated');
        expect(outcome(s.staleActive, 'government-procurement', today)).toBe('clear');
        expect(outcome(s.restricted, 'government-procurement', today)).toBe('restricted');
        expect(outcome(s.objection, 'government-procurement', today)).toBe('review');
        expect(outcome(s.shortHistory, 'administrative-licensing', today)).toBe('clear');
        expect(outcome(s.cleanThreeYears, 'administrative-licensing', today)).toBe('facilitated');
      }),
      { numRuns: 60 },
    );
  });
});

describe('fixtures: bidders for the procurement demo', () => {
  it('at least 12 bidders whose outcomes under the default catalog are a mix', () => {
    const bidders = bidderFixtures();
    expect(bidders.length).toBeGreaterThanOrEqual(12);
    expect(bidders.every((b) => b.subject.kind !== 'natural-person')).toBe(true);
    const today = todayInChina();
    const outcomes = new Set(bidders.map((b) => outcome(b, 'government-procurement', today, DEFAULT_CATALOG)));
    for (const o of ['restricted', 'review', 'facilitated', 'clear']) expect(outcomes.has(o as never), o).toBe(true);
  });

  it('sampleBidderCsv has ~30 rows with one invalid code, one duplicate, the pilot code and an unknown code', () => {
    const lines = sampleBidderCsv().trim().split('\n');
    expect(lines[0]).toBe('name,code');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.length).toBeLessThanOrEqual(35);
    for (const r of rows) expect(r).toHaveLength(2);
    const statuses = rows.map(([, code]) => parseSubjectId(code).status);
    expect(statuses.filter((s) => s === 'invalid')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'suspect')).toHaveLength(1);
    const codes = rows.map(([, code]) => code);
    expect(codes.length - new Set(codes).size).toBe(1);
    expect(codes).toContain(FIXTURES.unknownEnterprise.subject.id);
    expect(codes.filter((c) => fixtureById(c)?.bidder).length).toBeGreaterThanOrEqual(12);
  });
});
