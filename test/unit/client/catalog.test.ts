import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCreditClient, memoryOutboxStore, type CreditClient } from '../../../src/client/index.js';
import type { Catalog } from '../../../src/contract/index.js';
import { DEFAULT_CATALOG } from '../../../src/policy/index.js';
import { createPlatform, FIXTURES } from '../../../src/testing/index.js';
import { ENDPOINT, harness, type Harness } from './harness.js';

const procurement = { scenario: 'government-procurement' } as const;
let h: Harness | undefined;
let other: CreditClient | undefined;
afterEach(() => {
  h?.client.dispose();
  other?.dispose();
  vi.useRealTimers();
});

describe('catalog', () => {
  it("uses the platform's catalog and version", async () => {
    const catalog: Catalog = {
      version: 'city-2026.2',
      effectiveOn: '2026-01-01',
      measures: DEFAULT_CATALOG.measures.filter((m) => !m.scenarios.includes(procurement.scenario)),
    };
    h = harness({ catalog });
    await expect(h.client.catalog()).resolves.toEqual({ catalog, source: 'platform' });
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    // no procurement measure in this catalog: no consequence (过惩相当)
    expect(decision.outcome).toBe('clear');
    expect(decision.catalogVersion).toBe('city-2026.2');
    expect(decision.warnings).toEqual([]);
  });

  it('falls back to the default catalog on 404, and every decision warns default-catalog', async () => {
    h = harness({ catalog: 'none' });
    await expect(h.client.catalog()).resolves.toEqual({ catalog: DEFAULT_CATALOG, source: 'default' });
    const decisions = await h.client.check([FIXTURES.restricted.subject.id, FIXTURES.cleanThreeYears.subject.id], procurement);
    expect(decisions[0].outcome).toBe('restricted');
    for (const d of decisions) {
      expect(d.warnings).toContainEqual({ code: 'default-catalog' });
      expect(d.catalogVersion).toBe(DEFAULT_CATALOG.version);
    }
  });

  it('is fetched once, then revalidated with If-None-Match after cacheTtlMs (304 keeps it)', async () => {
    let now = new Date('2026-11-22T01:00:00Z');
    h = harness({}, { now: () => now, cacheTtlMs: 60_000 });
    const etag = (await h.platform.handle(new Request(`${ENDPOINT}/v1/measures`))).headers.get('etag');
    h.platform.state.requests.length = 0;
    expect(etag).toBeTruthy();

    const first = await h.client.catalog();
    await h.client.check(FIXTURES.restricted.subject.id, procurement);
    await h.client.catalog();
    expect(h.requests('measures')).toHaveLength(1);

    now = new Date(now.getTime() + 61_000);
    const again = await h.client.catalog();
    const requests = h.requests('measures');
    expect(requests).toHaveLength(2);
    expect(requests[1].headers['if-none-match']).toBe(etag);
    expect(again.catalog).toBe(first.catalog);
    expect(again.source).toBe('platform');
    // the 304 renewed it: no request within the next cacheTtlMs
    now = new Date(now.getTime() + 30_000);
    await h.client.catalog();
    expect(h.requests('measures')).toHaveLength(2);
  });

  it('loads alongside the first check batch, not before it', async () => {
    const platform = createPlatform({ seed: false });
    let checksArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (checksArrived = resolve));
    other = createCreditClient({
      endpoint: ENDPOINT,
      outbox: memoryOutboxStore(),
      timeoutMs: 1000,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        // The catalog answers only once the check request is out: fetching it first would time out.
        if (request.url.endsWith('/v1/measures')) await arrived;
        if (request.url.endsWith('/v1/checks')) checksArrived();
        return platform.handle(request);
      },
    });
    const decision = await other.check(FIXTURES.restricted.subject.id, procurement);
    expect(decision.outcome).toBe('restricted');
  });

  it('retries GET /v1/measures after the Retry-After of a 503', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    h = harness({ faults: { mode: 'http-503', path: '/v1/measures', times: 1, retryAfter: 3 } });
    const loading = h.client.catalog();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(h.requests('measures')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(h.requests('measures')).toHaveLength(2);
    await expect(loading).resolves.toMatchObject({ source: 'platform' });
  });

  it('caps a long Retry-After (429) so that a page never waits for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    h = harness({ faults: { mode: 'http-429', path: '/v1/measures', times: 1, retryAfter: 3600 } });
    const loading = h.client.catalog();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(h.requests('measures')).toHaveLength(2);
    await expect(loading).resolves.toMatchObject({ source: 'platform' });
  });

  it('keeps the catalog it holds when revalidation fails', async () => {
    let now = new Date('2026-11-22T01:00:00Z');
    h = harness({}, { now: () => now, cacheTtlMs: 1000 });
    const first = await h.client.catalog();
    h.platform.setFaults({ mode: 'offline', path: '/v1/measures' });
    now = new Date(now.getTime() + 5000);
    await expect(h.client.catalog()).resolves.toEqual(first);
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    expect(decision.outcome).toBe('restricted');
  });

  it('refuses a catalog with no measures at all: the checks that need it are unknown (invalid-response), never clear', async () => {
    h = harness({ catalog: { version: 'empty', effectiveOn: '2026-01-01', measures: [] } });
    const decisions = await h.client.check([FIXTURES.restricted.subject.id, FIXTURES.cleanThreeYears.subject.id], procurement);
    for (const d of decisions) {
      expect(d.outcome).toBe('unknown');
      expect(d.reason).toBe('invalid-response');
    }
  });
});
