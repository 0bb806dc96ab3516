/**
 * A simulated platform whose data is hostile: every payload of `XSS_PAYLOADS` is a subject
 * name, a record's title, authority, document number and responsible person, and a
 * measure's name, basis, implementer and remedy.
 *
 * - one subject per payload (`perPayload[i]`), restricted in procurement by the measure
 *   whose texts are the same payload;
 * - one subject holding every payload's record (`all`), so that one panel shows them all;
 * - the catalog's version is a payload too (it is printed on the check record).
 */
import type { Catalog, CreditRecord, Measure } from '../../../../src/contract/index.js';
import { usccCheckChar } from '../../../../src/ids/index.js';
import { addDays, todayInChina } from '../../../../src/policy/dates.js';
import type { Fixture, PlatformOptions } from '../../../../src/testing/index.js';
import { XSS_PAYLOADS } from '../../../fixtures/xss-payloads.js';

export const PROCUREMENT = 'government-procurement';
export const CATALOG_VERSION = '"><img src=x onerror=window.__xss=1>v2026';

function uscc(orgCode: string): string {
  const first17 = `91110105${orgCode}`;
  return first17 + usccCheckChar(first17);
}

export interface HostileSubject {
  id: string;
  name: string;
  /** The payload this subject's texts carry. */
  payload: string;
}

export interface HostileWorld {
  options: Pick<PlatformOptions, 'extraFixtures' | 'catalog' | 'today'>;
  perPayload: HostileSubject[];
  all: HostileSubject;
  payloads: string[];
}

export function hostileWorld(payloads: readonly string[] = XSS_PAYLOADS.map((p) => p.text), today = todayInChina()): HostileWorld {
  const record = (i: number, text: string): CreditRecord => ({
    id: `HX-${i}`,
    listType: 'severe-dishonesty',
    domain: `hostile-${i}`,
    title: text,
    authority: text,
    basis: text,
    listedOn: addDays(today, -30),
    validUntil: addDays(today, 300),
    status: 'active',
    repairable: true,
    responsiblePersons: [{ name: text, role: text }],
  });
  const measure = (i: number, text: string): Measure => ({
    id: `H-${i}`,
    name: text,
    direction: 'punishment',
    nature: 'mandatory',
    effect: 'block',
    scenarios: [PROCUREMENT],
    triggers: [{ listTypes: ['severe-dishonesty'], domains: [`hostile-${i}`] }],
    basis: [text],
    implementer: text,
    remedy: text,
  });
  const fixture = (id: string, name: string, records: CreditRecord[]): Fixture =>
    ({
      key: 'unknownEnterprise', // the platform ignores keys of extra fixtures
      describe: 'hostile text',
      known: true,
      bidder: true,
      subject: { id, name, kind: 'enterprise', historyFrom: '2010-01-01' },
      records,
    }) as Fixture;

  const perPayload = payloads.map((text, i) => ({ id: uscc(`HX${String(i).padStart(7, '0')}`), name: text, payload: text }));
  const all: HostileSubject = { id: uscc('HY0000000'), name: payloads[1] ?? payloads[0], payload: payloads[1] ?? payloads[0] };
  const catalog: Catalog = { version: CATALOG_VERSION, effectiveOn: '2024-01-01', measures: payloads.map((text, i) => measure(i, text)) };
  return {
    options: {
      today,
      catalog,
      extraFixtures: [
        ...perPayload.map((s, i) => fixture(s.id, s.name, [record(i, s.payload)])),
        // Every payload also as a record outside any measure (a list type the catalog never
        // triggers on), shown in the panel's block of other records' objections.
        fixture(all.id, all.name, [
          ...payloads.map((text, i) => record(i, text)),
          ...payloads.map((text, i) => ({ ...record(i, text), id: `HO-${i}`, listType: 'abnormal-operation' as const, domain: `other-${i}` })),
        ]),
      ],
    },
    perPayload,
    all,
    payloads: [...payloads],
  };
}
