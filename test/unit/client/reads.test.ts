import { afterEach, describe, expect, it } from 'vitest';
import {
  CreditHttpError,
  CreditInputError,
  CreditNetworkError,
  CreditResponseError,
  CreditTimeoutError,
  idempotencyKey,
  isCreditHttpError,
  isCreditNetworkError,
  isCreditResponseError,
  isCreditTimeoutError,
  reasonOf,
} from '../../../src/client/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(() => h?.client.dispose());

describe('ledger()', () => {
  it('pages through the query ledger with the query in the URL', async () => {
    h = harness({ seed: true });
    const page = await h.client.ledger({ limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await h.client.ledger({ limit: 5, cursor: page.nextCursor! });
    expect(next.items[0].queryId).not.toBe(page.items[0].queryId);
    expect(h.requests('ledger')[0].path).toMatch(/\?limit=5$/);
  });

  it('rejects with CreditResponseError when the answer drifted from the contract', async () => {
    h = harness({ seed: true, faults: { mode: 'schema-drift-missing-field', path: '/v1/ledger' } });
    const error = await h.client.ledger().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CreditResponseError);
    expect((error as CreditResponseError).issues.length).toBeGreaterThan(0);
    expect(reasonOf(error)).toBe('invalid-response');
  });

  it('rejects with CreditNetworkError offline, CreditTimeoutError on a hang', async () => {
    h = harness({ faults: { mode: 'offline', path: '/v1/ledger', times: 1 } }, { timeoutMs: 50 });
    await expect(h.client.ledger()).rejects.toBeInstanceOf(CreditNetworkError);
    h.platform.setFaults({ mode: 'hang', path: '/v1/ledger', times: 1 });
    await expect(h.client.ledger()).rejects.toBeInstanceOf(CreditTimeoutError);
  });

  it('refuses a malformed query without a request', async () => {
    h = harness();
    await expect(h.client.ledger({ limit: 5000 })).rejects.toBeInstanceOf(CreditInputError);
    expect(h.fetched).toHaveLength(0);
  });
});

describe('commitments.search()', () => {
  it('searches by POST, so that a person id never sits in a URL', async () => {
    h = harness({ seed: true });
    const items = await h.client.commitments.search({ status: 'pending' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.status === 'pending')).toBe(true);
    await h.client.commitments.search({ subjectId: FIXTURES.person.subject.id });
    for (const request of h.fetched) expect(request.url).not.toContain(FIXTURES.person.subject.id);
    expect(h.fetched.every((r) => r.method === 'POST')).toBe(true);
  });
});

describe('errors', () => {
  it('guards recognise errors by class and by name (a second copy of the library)', () => {
    const foreign = Object.assign(new Error('x'), { name: 'CreditHttpError', status: 503 });
    expect(isCreditHttpError(foreign)).toBe(true);
    expect(isCreditHttpError(new CreditHttpError(500))).toBe(true);
    expect(isCreditHttpError(new Error('x'))).toBe(false);
    expect(isCreditTimeoutError(new CreditTimeoutError(10))).toBe(true);
    expect(isCreditNetworkError(new CreditNetworkError())).toBe(true);
    expect(isCreditResponseError({ name: 'CreditResponseError' })).toBe(true);
    expect(isCreditResponseError(null)).toBe(false);
  });

  it('reasonOf maps every error to the reason of an unknown decision', () => {
    expect(reasonOf(new CreditHttpError(401))).toBe('unauthorized');
    expect(reasonOf(new CreditHttpError(502))).toBe('http');
    expect(reasonOf(new CreditTimeoutError(8000))).toBe('timeout');
    expect(reasonOf(new CreditResponseError('bad'))).toBe('invalid-response');
    expect(reasonOf(new CreditNetworkError())).toBe('network');
    expect(reasonOf(new CreditInputError('bad id'))).toBe('invalid-subject');
  });

  it('CreditHttpError carries status, problem and Retry-After', () => {
    const error = new CreditHttpError(503, { title: 'Service Unavailable', status: 503, detail: 'maintenance' }, 30);
    expect(error).toMatchObject({ name: 'CreditHttpError', status: 503, retryAfter: 30 });
    expect(error.message).toBe('HTTP 503: Service Unavailable (maintenance)');
  });
});

describe('idempotencyKey()', () => {
  it('makes distinct RFC 9562 v4 UUIDs without crypto.randomUUID', () => {
    const keys = new Set(Array.from({ length: 200 }, () => idempotencyKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
