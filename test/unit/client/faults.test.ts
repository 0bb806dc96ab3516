/**
 * Platform failures through msw/node and the simulated platform's fault modes: every
 * one ends as an `unknown` decision with the right reason — never clear/facilitated,
 * never a rejection.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createCreditClient,
  CreditHttpError,
  isCreditHttpError,
  memoryOutboxStore,
  type ClientOptions,
  type CreditClient,
} from '../../../src/client/index.js';
import type { UnknownReason } from '../../../src/contract/index.js';
import { createPlatform, FIXTURES, type FaultMode, type Platform, type PlatformOptions } from '../../../src/testing/index.js';
import { creditHandlers } from '../../../src/testing/msw.js';
import { ENDPOINT } from './harness.js';

let platform: Platform = createPlatform({ seed: false });
// One server; each test swaps the platform behind it.
const server = setupServer(...creditHandlers({ handle: (request) => platform.handle(request) } as Platform, { baseUrl: ENDPOINT }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let client: CreditClient | undefined;
afterEach(() => client?.dispose());

function setup(platformOptions: PlatformOptions = {}, clientOptions: Partial<ClientOptions> = {}): CreditClient {
  platform = createPlatform({ seed: false, ...platformOptions });
  client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), timeoutMs: 200, ...clientOptions });
  return client;
}

const procurement = { scenario: 'government-procurement' } as const;
const ids = [FIXTURES.restricted.subject.id, FIXTURES.cleanThreeYears.subject.id, FIXTURES.redList.subject.id];
const checkRequests = () => platform.state.requests.filter((r) => r.path === '/api/v1/checks');

const FAULT_REASONS: [FaultMode, UnknownReason][] = [
  ['http-500', 'http'],
  ['http-503', 'http'],
  ['http-429', 'http'],
  ['malformed-json', 'invalid-response'],
  ['html-login', 'invalid-response'],
  ['schema-drift-missing-field', 'invalid-response'],
  ['schema-drift-wrong-type', 'invalid-response'],
  ['schema-drift-unknown-enum', 'invalid-response'],
  ['hang', 'timeout'],
  ['offline', 'network'],
];

describe('a failing POST /v1/checks', () => {
  it.each(FAULT_REASONS)('%s → every subject of the batch is unknown/%s', async (mode, reason) => {
    const c = setup({ faults: { mode, path: '/v1/checks' } });
    const decisions = await c.check(ids, procurement);
    expect(decisions).toHaveLength(ids.length);
    for (const decision of decisions) {
      expect(decision).toMatchObject({ outcome: 'unknown', reason, applied: [], suspended: [] });
    }
    // a check is a ledger entry: it is never retried automatically
    expect(checkRequests()).toHaveLength(1);
  });

  it('a per-subject error leaves the other subjects of the batch standing', async () => {
    const c = setup({
      subjectErrors: {
        [FIXTURES.cleanThreeYears.subject.id]: { status: 503, title: 'source unavailable' },
        [FIXTURES.redList.subject.id]: { status: 401, title: 'not allowed for this source' },
      },
    });
    const [restricted, failed, unauthorized] = await c.check(ids, procurement);
    expect(restricted.outcome).toBe('restricted');
    expect(failed).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(unauthorized).toMatchObject({ outcome: 'unknown', reason: 'unauthorized' });
  });
});

/** The error a failed catalog call rejects with, for each reason (the client's documented error classes). */
const CATALOG_ERROR: Partial<Record<UnknownReason, string>> = {
  http: 'CreditHttpError',
  'invalid-response': 'CreditResponseError',
  timeout: 'CreditTimeoutError',
  network: 'CreditNetworkError',
};

describe('a failing GET /v1/measures', () => {
  it.each(FAULT_REASONS.filter(([mode]) => mode !== 'http-503' && mode !== 'http-429'))(
    '%s → decisions are unknown/%s (no decision without a catalog)',
    async (mode, reason) => {
      const c = setup({ faults: { mode, path: '/v1/measures' } });
      const decisions = await c.check(ids, procurement);
      for (const decision of decisions) expect(decision).toMatchObject({ outcome: 'unknown', reason });
      expect(checkRequests()).toHaveLength(1);
      // The catalog call rejects with the error of that very failure, not just any rejection.
      const error = (await c.catalog().then(
        () => null,
        (e: unknown) => e,
      )) as { name?: string; status?: number } | null;
      expect(error?.name).toBe(CATALOG_ERROR[reason]);
      if (mode === 'http-500') expect(error?.status).toBe(500);
    },
  );

  it('503 for good → unknown/http after the retries of a safe request', async () => {
    const c = setup({ faults: { mode: 'http-503', path: '/v1/measures', retryAfter: 0 } });
    const [decision] = await c.check([ids[0]], procurement);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'http' });
    expect(platform.state.requests.filter((r) => r.path === '/api/v1/measures')).toHaveLength(3);
    const error = await c.catalog().catch((e: unknown) => e);
    expect(isCreditHttpError(error) && error.status).toBe(503);
    expect((error as CreditHttpError).problem?.title).toBe('Service Unavailable');
  });
});

describe('authorisation', () => {
  it('sends the token of getToken() as a bearer header, never in the URL', async () => {
    const c = setup({ token: 'secret-1' }, { getToken: () => 'secret-1' });
    const decision = await c.check(ids[0], procurement);
    expect(decision.outcome).toBe('restricted');
    for (const r of platform.state.requests) {
      expect(r.headers.authorization).toBe('Bearer secret-1');
      expect(r.path).not.toContain('secret');
    }
  });

  it('a 401 → one fresh getToken() and one retry', async () => {
    let current = 'expired';
    const getToken = vi.fn(async () => current);
    const c = setup({ acceptToken: (t) => t === 'fresh' }, { getToken });
    current = 'fresh';
    await c.catalog(); // loaded with a good token
    current = 'expired';
    getToken.mockClear();
    getToken.mockImplementationOnce(async () => 'expired').mockImplementation(async () => 'fresh');
    const decision = await c.check(ids[0], procurement);
    expect(decision.outcome).toBe('restricted');
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(checkRequests().map((r) => r.headers.authorization)).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('a second 401 → unknown/unauthorized (getToken called twice, two requests)', async () => {
    let current = 'fresh';
    const getToken = vi.fn(async () => current);
    const c = setup({ acceptToken: (t) => t === 'fresh' }, { getToken });
    await c.catalog();
    current = 'revoked';
    getToken.mockClear();
    const decision = await c.check(ids[0], procurement);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'unauthorized' });
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(checkRequests()).toHaveLength(2);
  });

  it('reads reject with CreditHttpError 401 after the retry', async () => {
    const c = setup({ token: 'good' }, { getToken: () => 'bad' });
    const error = await c.ledger().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CreditHttpError);
    expect((error as CreditHttpError).status).toBe(401);
    expect(platform.state.requests.filter((r) => r.path.startsWith('/api/v1/ledger'))).toHaveLength(2);
  });

  it('a getToken() that throws → unknown/unauthorized, and no request without the token', async () => {
    const c = setup({ token: 'good' }, { getToken: () => Promise.reject(new Error('SSO down')) });
    const decision = await c.check(ids[0], procurement);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'unauthorized' });
    expect(platform.state.requests).toHaveLength(0);
  });
});
