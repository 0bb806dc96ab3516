/**
 * The v1 contract as now written (api-contract; docs/contract.md), through the client:
 * the three result shapes validated per subject, batch grouping, the one retry on 429/503
 * inside timeoutMs, subject.id masked for persons, scenarios that fail safe, options where
 * 0 means what it says, the outbox flushing on configure() without an element.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditClient, memoryOutboxStore, type ClientOptions, type OutboxItem } from '../../../src/client/index.js';
import { clientFor, configure, resetConfig } from '../../../src/client/registry.js';
import type { Catalog, CreditRecord } from '../../../src/contract/index.js';
import { DEFAULT_CATALOG } from '../../../src/policy/index.js';
import { createPlatform, FIXTURES, type Fixture } from '../../../src/testing/index.js';
import { ENDPOINT, clientWithCheckAnswer, harness, settle, type Harness } from './harness.js';

const procurement = { scenario: 'government-procurement' } as const;
let h: Harness | undefined;
afterEach(() => {
  h?.client.dispose();
  h = undefined;
  resetConfig();
});

/** A client whose platform answers /v1/checks with `body` (JSON), and everything else as the simulated platform. */
const answering = (body: unknown, extra: Partial<ClientOptions> = {}) => clientWithCheckAnswer(() => body, extra);

const A = FIXTURES.restricted.subject;
const B = FIXTURES.cleanThreeYears.subject;
const C = FIXTURES.objection.subject;
const goodRecord = FIXTURES.restricted.records[0];
const asOf = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

describe('check results: three shapes, validated per subject', () => {
  it('reads an error result (http), a not-found result (not-found) and a found result, each for its own subject', async () => {
    const client = answering({
      asOf,
      catalogVersion: DEFAULT_CATALOG.version,
      results: [
        { id: A.id, error: { status: 503, title: 'source unavailable' } },
        { id: B.id, queryId: 'q_2', found: false, records: [] },
        { id: C.id, queryId: 'q_3', found: true, subject: C, records: FIXTURES.restricted.records },
      ],
    });
    const [a, b, c] = await client.check([A.id, B.id, C.id], procurement);
    expect(a).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(b).toMatchObject({ outcome: 'unknown', reason: 'not-found', queryId: 'q_2' });
    expect(c).toMatchObject({ outcome: 'restricted', queryId: 'q_3' });
    client.dispose();
  });

  it('one bad result (found: "yes", a bad record) makes only its subject unknown/invalid-response; the others stand', async () => {
    const client = answering({
      asOf,
      catalogVersion: DEFAULT_CATALOG.version,
      results: [
        { id: A.id, queryId: 'q_1', found: true, subject: A, records: FIXTURES.restricted.records },
        { id: B.id, queryId: 'q_2', found: 'yes', subject: B, records: [] },
        { id: C.id, queryId: 'q_3', found: true, subject: C, records: [{ ...goodRecord, status: 'paused' }] },
      ],
    });
    const [a, b, c] = await client.check([A.id, B.id, C.id], procurement);
    expect(a.outcome).toBe('restricted');
    expect(b).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(b.message).toMatch(/refuses at results\.1/);
    expect(c).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(c.message).toMatch(/refuses at results\.2/);
    client.dispose();
  });

  it('a record with only the required fields is accepted (no domain, severity, grade, closedOn)', async () => {
    const bare: Partial<CreditRecord> = { id: 'r1', listType: 'severe-dishonesty', title: '严重失信', authority: '某局', listedOn: '2020-01-01', status: 'active' };
    const client = answering({ asOf, catalogVersion: 'x', results: [{ id: A.id, queryId: 'q_1', found: true, subject: A, records: [bare] }] });
    expect((await client.check(A.id, procurement)).outcome).toBe('restricted');
    client.dispose();
  });

  it('only a broken envelope fails the whole batch', async () => {
    const client = answering({ asOf: 'yesterday', catalogVersion: 'x', results: [{ id: A.id, queryId: 'q_1', found: false, records: [] }] });
    const decisions = await client.check([A.id, B.id], procurement);
    for (const d of decisions) expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    client.dispose();
  });

  it('an incomplete record reaches the decision through the client: unknown/incomplete-record naming record and measure', async () => {
    const catalog: Catalog = {
      version: 'dom-1',
      effectiveOn: '2026-01-01',
      measures: [{ id: 'P-tax', name: '从严审核税收优惠', direction: 'punishment', nature: 'recommended', effect: 'strict-review', scenarios: ['fiscal-funds'], triggers: [{ listTypes: ['administrative-penalty'], domains: ['tax'] }], basis: ['x'] }],
    };
    const subject = { ...FIXTURES.cleanThreeYears.subject };
    const fixture: Fixture = { ...FIXTURES.cleanThreeYears, records: [{ id: 'CR-nodomain', listType: 'administrative-penalty', title: '罚款', authority: '某税务局', listedOn: '2026-01-01', status: 'active' } as CreditRecord], subject };
    h = harness({ catalog, extraFixtures: [fixture] });
    const d = await h.client.check(subject.id, { scenario: 'fiscal-funds' });
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'incomplete-record' });
    expect(d.warnings).toContainEqual({ code: 'incomplete-record', data: { recordId: 'CR-nodomain', measureId: 'P-tax', measure: '从严审核税收优惠' } });
  });
});

describe('batches', () => {
  it('are grouped by scenario, purpose, authorisation and case number (one request per group)', async () => {
    h = harness({}, { batchWindowMs: 20 });
    const person = FIXTURES.person.subject.id;
    const consent = { basis: 'subject-consent', reference: '授权书 1' } as const;
    await Promise.all([
      h.client.check(A.id, procurement),
      h.client.check(B.id, procurement),
      h.client.check(C.id, { scenario: 'bidding' }),
      h.client.check(person, { ...procurement, purpose: '资格审查', authorization: consent }),
      h.client.check(A.id, { ...procurement, purpose: '资格审查', authorization: consent }),
      h.client.check(B.id, { ...procurement, purpose: '资格审查', authorization: { basis: 'statutory-duty', reference: '条例' } }),
      h.client.check(C.id, { ...procurement, caseNumber: '2026-031' }),
    ]);
    const bodies = h.requests('checks').map((r) => r.body as { subjects: { id: string }[]; scenario: string; authorization?: unknown; caseNumber?: string });
    expect(bodies).toHaveLength(5);
    const sizes = bodies.map((b) => b.subjects.length).sort();
    expect(sizes).toEqual([1, 1, 1, 2, 2]);
    expect(bodies.find((b) => b.subjects.length === 2 && b.authorization)?.authorization).toEqual(consent);
  });

  it('are grouped by endpoint: two endpoints never share a request', async () => {
    const seen: string[] = [];
    const platform = createPlatform({ seed: false });
    const make = (endpoint: string) =>
      createCreditClient({ endpoint, outbox: memoryOutboxStore(), fetch: async (input, init) => (seen.push(new Request(input, init).url), platform.handle(new Request(input, init))) });
    const one = make('https://a.example.gov.cn/api');
    const two = make('https://b.example.gov.cn/api');
    await Promise.all([one.check(A.id, procurement), two.check(B.id, procurement)]);
    expect(seen.filter((u) => u.endsWith('/v1/checks')).map((u) => new URL(u).host).sort()).toEqual(['a.example.gov.cn', 'b.example.gov.cn']);
    one.dispose();
    two.dispose();
  });
});

describe('retries of /v1/checks', () => {
  it('retries once on 503 (after Retry-After) and then decides', async () => {
    h = harness({ faults: { mode: 'http-503', path: '/v1/checks', times: 1, retryAfter: 0 } });
    expect((await h.client.check(A.id, procurement)).outcome).toBe('restricted');
    expect(h.requests('checks')).toHaveLength(2);
  });

  it('retries once on 429, never twice', async () => {
    h = harness({ faults: { mode: 'http-429', path: '/v1/checks', times: 2, retryAfter: 0 } });
    expect(await h.client.check(A.id, procurement)).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(h.requests('checks')).toHaveLength(2);
  });

  it('does not retry a 500', async () => {
    h = harness({ faults: { mode: 'http-500', path: '/v1/checks', times: 1 } });
    expect(await h.client.check(A.id, procurement)).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(h.requests('checks')).toHaveLength(1);
  });

  it('does not retry when Retry-After lies beyond timeoutMs', async () => {
    h = harness({ faults: { mode: 'http-503', path: '/v1/checks', times: 1, retryAfter: 30 } }, { timeoutMs: 2000 });
    expect(await h.client.check(A.id, procurement)).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(h.requests('checks')).toHaveLength(1);
  });
});

describe('persons', () => {
  it("a decision's subjectId and subject.id are masked for a person, never for a USCC", async () => {
    h = harness();
    const person = FIXTURES.person.subject.id;
    const [p, o] = await h.client.check([person, A.id], { ...procurement, purpose: '资格审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } });
    expect(p.subjectId).toBe(`${person.slice(0, 6)}********${person.slice(14)}`);
    expect(p.subject?.id).toBe(p.subjectId);
    expect(JSON.stringify(p)).not.toContain(person);
    expect(o.subjectId).toBe(A.id);
    expect(o.subject?.id).toBe(A.id);
  });
});

describe('scenarios fail safe', () => {
  it('a typo (goverment-procurement) is unknown/invalid-scenario for a severely dishonest bidder, and nothing is sent', async () => {
    h = harness();
    const d = await h.client.check(A.id, { scenario: 'goverment-procurement' });
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario' });
    expect(d.message).toMatch(/Unknown scenario "goverment-procurement"\. Known scenarios: .*government-procurement/);
    expect(h.requests('checks')).toHaveLength(0);
  });

  it('a scenario the platform catalog names is known', async () => {
    const catalog: Catalog = { ...DEFAULT_CATALOG, measures: [...DEFAULT_CATALOG.measures, { ...DEFAULT_CATALOG.measures[0], id: 'P-land', scenarios: ['land-transfer'] }] };
    h = harness({ catalog });
    const d = await h.client.check(A.id, { scenario: 'land-transfer' });
    expect(d.reason).not.toBe('invalid-scenario');
    expect(h.requests('checks')).toHaveLength(1);
  });

  it('the client option `scenario` is the default; the check\'s own scenario wins', async () => {
    h = harness({}, { scenario: 'government-procurement' });
    expect((await h.client.check(A.id)).outcome).toBe('restricted');
    expect((await h.client.check(A.id, { scenario: 'honors' })).scenario).toBe('honors');
  });

  it('configure({ scenario, authorization }) sets the page defaults for the elements\' client', async () => {
    const platform = createPlatform({ seed: false });
    configure({ endpoint: ENDPOINT, scenario: 'government-procurement', authorization: { basis: 'statutory-duty', reference: '《条例》第十条' }, fetch: async (input, init) => platform.handle(new Request(input, init)) });
    const person = FIXTURES.person.subject.id;
    const [d] = await clientFor().check([A.id, person], { purpose: '资格审查' });
    expect(d.outcome).toBe('restricted');
    const body = platform.state.requests.find((r) => r.path.endsWith('/v1/checks'))?.body as { scenario: string; authorization: unknown };
    expect(body.scenario).toBe('government-procurement');
    expect(body.authorization).toEqual({ basis: 'statutory-duty', reference: '《条例》第十条' });
  });
});

describe('options: 0 means what it says', () => {
  it('cacheTtlMs: 0 is accepted and means no cache: every check asks the platform', async () => {
    h = harness({}, { cacheTtlMs: 0 });
    await h.client.check(A.id, procurement);
    await h.client.check(A.id, procurement);
    expect(h.requests('checks')).toHaveLength(2);
  });

  it('configure({ cacheTtlMs: 0 }) (what data-cache-ttl-ms="0" sets) is accepted', () => {
    expect(() => configure({ cacheTtlMs: 0 })).not.toThrow();
  });

  it('batchWindowMs: 0 still batches checks made in the same tick', async () => {
    h = harness({}, { batchWindowMs: 0 });
    await Promise.all([h.client.check(A.id, procurement), h.client.check(B.id, procurement)]);
    expect(h.requests('checks')).toHaveLength(1);
  });

  it('scenario: "" is no default (not a scenario named "")', async () => {
    h = harness({}, { scenario: '' });
    expect(await h.client.check(A.id)).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario' });
  });
});

describe('outbox on load', () => {
  it('configure({ endpoint }) alone — no element, no check — sends what an earlier page left in the outbox', async () => {
    const platform = createPlatform({ seed: false });
    const store = memoryOutboxStore();
    const left: OutboxItem = {
      key: '6f1c1a52-1111-4e4e-8888-000000000001',
      kind: 'feedback',
      endpoint: ENDPOINT,
      method: 'POST',
      path: 'v1/feedback',
      body: { queryId: 'q_1', subjectId: A.id, measureId: 'P-1', action: 'applied' },
      state: 'queued',
      attempts: 1,
      createdAt: new Date().toISOString(),
      nextAttemptAt: Date.now(),
    };
    await store.put(left);
    configure({ endpoint: ENDPOINT, outbox: store, fetch: async (input, init) => platform.handle(new Request(input, init)) });
    for (let i = 0; i < 50 && (await store.list()).length > 0; i++) await settle();
    expect(await store.list()).toEqual([]);
    expect(platform.state.requests.filter((r) => r.path.endsWith('/v1/feedback'))).toHaveLength(1);
  });
});
