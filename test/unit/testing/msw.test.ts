import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckResponse } from '../../../src/contract/index.js';
import { FIXTURES, createPlatform } from '../../../src/testing/index.js';
import { creditHandlers } from '../../../src/testing/msw.js';

const BASE = 'https://credit.example.gov.cn/api';
const platform = createPlatform();
const server = setupServer(...creditHandlers(platform, { baseUrl: `${BASE}/` }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => platform.reset());
afterAll(() => server.close());

const postCheck = (init: RequestInit = {}) =>
  fetch(`${BASE}/v1/checks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ subjects: [{ id: FIXTURES.judgmentDebtor.subject.id }], scenario: 'bidding' }),
    ...init,
  });

describe('creditHandlers (msw/node)', () => {
  it('serves the platform to plain fetch', async () => {
    const res = await postCheck();
    expect(res.status).toBe(200);
    const body = CheckResponse.parse(await res.json());
    expect((body.results[0] as { found: boolean }).found).toBe(true);
    expect(platform.state.requests).toHaveLength(1);
  });

  it('passes status and headers through (503 + Retry-After, ETag)', async () => {
    platform.setFaults({ mode: 'http-503', retryAfter: 4, times: 1 });
    const res = await postCheck();
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('4');
    const measures = await fetch(`${BASE}/v1/measures`);
    expect(measures.headers.get('ETag')).toBeTruthy();
  });

  it('turns the offline fault into a network error', async () => {
    platform.setFaults('offline');
    await expect(postCheck()).rejects.toThrow(TypeError);
  });

  it('a hanging request ends when the caller aborts', async () => {
    platform.setFaults('hang');
    const controller = new AbortController();
    const pending = postCheck({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
