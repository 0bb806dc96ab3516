import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckResponse, LedgerPage } from '../../../src/contract/index.js';
import { FIXTURES, createPlatform } from '../../../src/testing/index.js';
import type { PlatformServer } from '../../../src/testing/node-server.js';
import { startPlatformServer } from '../../../src/testing/node-server.js';

let server: PlatformServer;
const platform = createPlatform({ token: 'demo-token' });
const auth = { Authorization: 'Bearer demo-token' };

beforeAll(async () => {
  server = await startPlatformServer({ port: 0, platform });
});
afterAll(async () => {
  await server.close();
});

describe('startPlatformServer', () => {
  it('listens on a free port of 127.0.0.1 and gives the endpoint', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.endpoint).toBe(`${server.url}/api`);
    expect(server.platform).toBe(platform);
  });

  it('answers a check over real HTTP with CORS headers', async () => {
    const res = await fetch(`${server.endpoint}/v1/checks`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', Origin: 'http://localhost:5173' },
      body: JSON.stringify({
        subjects: [{ id: FIXTURES.person.subject.id }],
        scenario: 'administrative-licensing',
        purpose: '行政许可申请受理审查',
        authorization: { basis: 'subject-consent', reference: '授权书 2026-07' },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = CheckResponse.parse(await res.json());
    expect((body.results[0] as { found: boolean }).found).toBe(true);
    const ledger = LedgerPage.parse(await (await fetch(`${server.endpoint}/v1/ledger?limit=1`, { headers: auth })).json());
    expect(ledger.items[0].subjectId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('answers a CORS preflight with 204 and the allowed and exposed headers', async () => {
    const res = await fetch(`${server.endpoint}/v1/feedback`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const allowed = (res.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'content-type', 'idempotency-key', 'if-none-match']) expect(allowed).toContain(h);
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase();
    expect(exposed).toContain('etag');
    expect(exposed).toContain('retry-after');
  });

  it('passes ETag / 304 and 401 through', async () => {
    const first = await fetch(`${server.endpoint}/v1/measures`, { headers: auth });
    const etag = first.headers.get('ETag')!;
    expect(etag).toBeTruthy();
    const second = await fetch(`${server.endpoint}/v1/measures`, { headers: { ...auth, 'If-None-Match': etag } });
    expect(second.status).toBe(304);
    const unauthorised = await fetch(`${server.endpoint}/v1/measures`);
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('drops the connection for the offline fault, so fetch fails', async () => {
    platform.setFaults({ mode: 'offline', times: 1 });
    await expect(fetch(`${server.endpoint}/v1/measures`, { headers: auth })).rejects.toThrow(TypeError);
    expect((await fetch(`${server.endpoint}/v1/measures`, { headers: auth })).status).toBe(200);
  });

  it('a hanging request ends when the client aborts, and the server stays usable', async () => {
    platform.setFaults({ mode: 'hang', times: 1 });
    const controller = new AbortController();
    const pending = fetch(`${server.endpoint}/v1/ledger`, { headers: auth, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await fetch(`${server.endpoint}/v1/ledger?limit=2`, { headers: auth })).status).toBe(200);
  });
});

describe('startPlatformServer without a platform', () => {
  it('creates one, and close() ends even with a hanging request open', async () => {
    const own = await startPlatformServer();
    own.platform.setFaults('hang');
    const pending = fetch(`${own.endpoint}/v1/measures`).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 30));
    await own.close();
    expect(await pending).toBeInstanceOf(TypeError);
  });
});
