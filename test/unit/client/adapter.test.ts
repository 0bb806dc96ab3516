/**
 * Adapters (public surface "Adapters"; README "Connect to your platform"): the gateway
 * adapter against the simulated gateway, fail-safe mapping, bounded concurrency, and
 * adapters that misbehave.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditClient, gatewayAdapter, memoryOutboxStore, type CreditAdapter, type CreditClient } from '../../../src/client/index.js';
import { DEFAULT_CATALOG } from '../../../src/policy/index.js';
import { createGateway, createPlatform, FIXTURES, type Gateway, type GatewayOptions } from '../../../src/testing/index.js';
import { ENDPOINT, unknownCodes } from './harness.js';

let client: CreditClient | undefined;
afterEach(() => client?.dispose());

const procurement = { scenario: 'government-procurement' } as const;

function viaGateway(options: GatewayOptions = {}, extra: Record<string, unknown> = {}): { gateway: Gateway; client: CreditClient; urls: string[] } {
  const gateway = createGateway({ seed: false, ...options });
  const urls: string[] = [];
  client = createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    adapter: gatewayAdapter(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      urls.push(request.url);
      return gateway.handle(request);
    },
    ...extra,
  });
  return { gateway, client, urls };
}

function viaV1(): CreditClient {
  const platform = createPlatform({ seed: false });
  return createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), fetch: async (input, init) => platform.handle(new Request(input, init)) });
}

const norm = (d: { outcome: string; reason?: string; applied: { measure: { id: string } }[] }) => ({ outcome: d.outcome, reason: d.reason, applied: d.applied.map((h) => h.measure.id) });

describe('the gateway adapter against the simulated gateway', () => {
  it('decides exactly as a v1 platform with the same data (the default catalog applies)', async () => {
    const { client: c, urls } = viaGateway();
    const ids = ['restricted', 'objection', 'cleanThreeYears', 'redAndFocus', 'minorPenalty', 'unknownEnterprise', 'pilotCode'].map((k) => FIXTURES[k as keyof typeof FIXTURES].subject.id);
    const v1 = viaV1();
    for (const scenario of ['government-procurement', 'administrative-licensing']) {
      const [a, b] = await Promise.all([c.check(ids, { scenario }), v1.check(ids, { scenario })]);
      expect(a.map(norm)).toEqual(b.map(norm));
      for (const d of a) if (d.outcome !== 'unknown') expect(d.warnings.map((w) => w.code)).toContain('default-catalog');
    }
    v1.dispose();
    // One subject a call, at the gateway's path; never /v1/checks.
    expect(urls.filter((u) => u.endsWith('/credit/query'))).toHaveLength(ids.length * 2);
    expect(urls.some((u) => u.endsWith('/v1/checks'))).toBe(false);
  });

  it("sends a person's number as sfzhm in the body, never in the URL, with purpose and authorisation", async () => {
    const { client: c, urls, gateway } = viaGateway();
    const person = FIXTURES.person.subject.id;
    const d = await c.check(person, { scenario: 'administrative-licensing', purpose: '资格审查', authorization: { basis: 'subject-consent', reference: '授权书 7' } });
    expect(d.outcome).not.toBe('unknown');
    expect(d.subjectId).not.toContain(person.slice(6, 14));
    expect(urls.join(' ')).not.toContain(person);
    expect(gateway.platform.state.ledger[0]).toMatchObject({ purpose: '资格审查' });
  });

  it('code ≠ "00", an empty data and a malformed data are unknown for that subject only — never clear', async () => {
    const [bad, empty, malformed, newList] = unknownCodes(0).length === 0 ? [FIXTURES.cleanThreeYears, FIXTURES.staleActive, FIXTURES.gradeB, FIXTURES.restricted].map((f) => f.subject.id) : [];
    const { client: c } = viaGateway({ quirks: { [bad]: 'error-code', [empty]: 'empty-data', [malformed]: 'malformed-data', [newList]: 'unknown-list-type' } });
    const ok = FIXTURES.objection.subject.id;
    const [d1, d2, d3, d4, d5] = await c.check([bad, empty, malformed, newList, ok], procurement);
    expect(d1).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(d1.message).toMatch(/数据源暂不可用 \(code 99\)/);
    expect(d2).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(d3).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(d4).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(d4.message).toMatch(/adapter “gateway”/);
    expect(d5.outcome).toBe('review');
  });

  it('batching still bounds concurrency: 40 subjects in one batch go out as at most 4 calls at a time', async () => {
    const { client: c, gateway } = viaGateway({ latencyMs: 5 });
    const ids = unknownCodes(40);
    const decisions = await c.check(ids, procurement);
    expect(decisions.every((d) => d.reason === 'not-found')).toBe(true);
    expect(gateway.stats.calls).toBe(40);
    expect(gateway.stats.maxInFlight).toBeGreaterThan(1);
    expect(gateway.stats.maxInFlight).toBeLessThanOrEqual(4);
  });

  it('a gateway that cannot be reached is unknown/network for every subject', async () => {
    client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), adapter: gatewayAdapter(), fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const decisions = await client.check([FIXTURES.restricted.subject.id, FIXTURES.objection.subject.id], procurement);
    for (const d of decisions) expect(d).toMatchObject({ outcome: 'unknown', reason: 'network' });
  });
});

describe('adapters that misbehave: unknown/invalid-response naming the adapter, nothing reaches the page', () => {
  const platformFetch = () => {
    const platform = createPlatform({ seed: false });
    return async (input: RequestInfo | URL, init?: RequestInit) => platform.handle(new Request(input, init));
  };
  const cases: [string, CreditAdapter['checks']][] = [
    ['throws', async () => {
      throw new Error('mapping table missing');
    }],
    ['throws synchronously', (() => {
      throw new TypeError('boom');
    }) as never],
    ['returns undefined', async () => undefined],
    ['returns the wrong shape', async () => ({ results: 'all fine' })],
    ['returns results without asOf', async (request) => ({ catalogVersion: 'x', results: request.subjects.map((s) => ({ id: s.id, queryId: 'q', found: true, subject: { id: s.id, name: 'x', kind: 'enterprise' }, records: [] })) })],
    ['returns a result of the wrong shape', async (request) => ({ asOf: '2026-11-22T08:00:00+08:00', catalogVersion: 'x', results: request.subjects.map((s) => ({ id: s.id, found: 'yes' })) })],
  ];
  it.each(cases)('an adapter that %s', async (_what, checks) => {
    client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), adapter: { name: 'my-province', checks }, fetch: platformFetch() });
    const decisions = await client.check([FIXTURES.restricted.subject.id, FIXTURES.cleanThreeYears.subject.id], procurement);
    for (const d of decisions) {
      expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
      expect(d.message).toMatch(/adapter “my-province”/);
    }
  });

  it('an adapter whose measures() throws makes checks unknown/invalid-response naming it', async () => {
    const good = gatewayAdapter();
    const adapter: CreditAdapter = { name: 'catalog-less', checks: good.checks, measures: async () => { throw new Error('no'); } };
    const gateway = createGateway({ seed: false });
    client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), adapter, fetch: async (input, init) => gateway.handle(new Request(input, init)) });
    expect(await client.check(FIXTURES.restricted.subject.id, procurement)).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
  });

  it('an adapter may serve a catalog; it is validated and used', async () => {
    const good = gatewayAdapter();
    const catalog = { ...DEFAULT_CATALOG, version: 'prov-7' };
    const gateway = createGateway({ seed: false });
    client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), adapter: { name: 'with-catalog', checks: good.checks, measures: async () => catalog }, fetch: async (input, init) => gateway.handle(new Request(input, init)) });
    const d = await client.check(FIXTURES.restricted.subject.id, procurement);
    expect(d.outcome).toBe('restricted');
    expect(d.warnings.map((w) => w.code)).not.toContain('default-catalog');
  });

  it('createCreditClient refuses an adapter without name or checks()', () => {
    expect(() => createCreditClient({ endpoint: ENDPOINT, adapter: { checks: async () => null } as never })).toThrow(/"adapter" must be/);
    expect(() => createCreditClient({ endpoint: ENDPOINT, adapter: { name: 'x' } as never })).toThrow(/"adapter" must be/);
  });
});
