import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../src/contract/openapi.js';
import { createPlatform } from '../../../src/testing/index.js';
import { ROUTES, matchRoute } from '../../../src/testing/route-table.js';

const ORIGIN = 'https://credit.example.gov.cn';

const call = (method: string, path: string) => createPlatform({ today: '2026-11-22' }).handle(new Request(`${ORIGIN}/api${path}`, { method }));

describe('the route table', () => {
  it('serves exactly the operations of the OpenAPI document (method and path)', () => {
    const paths = buildOpenApiDocument().paths as Record<string, Record<string, unknown>>;
    const documented = Object.keys(paths)
      .flatMap((path) => Object.keys(paths[path]).filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const served = ROUTES.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`).sort();
    expect(served).toEqual(documented);
  });

  it('passes a path segment to the handler decoded', () => {
    const m = matchRoute('PATCH', '/v1/commitments/cm_%E6%89%BF');
    expect(m).toMatchObject({ kind: 'route', route: { name: 'commitment-update' }, params: { id: 'cm_承' } });
  });

  it('a literal path stands before a pattern: PATCH /v1/commitments/search is 405, not a commitment called "search"', async () => {
    const res = await call('PATCH', '/v1/commitments/search');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
  });

  it('a GET endpoint also answers HEAD and says so in Allow', async () => {
    expect((await call('HEAD', '/v1/ledger')).status).toBe(200);
    const res = await call('POST', '/v1/stats');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('a broken %-escape in a path segment is 404, not a failure', async () => {
    expect((await call('PATCH', '/v1/commitments/%E6%89')).status).toBe(404);
    expect(matchRoute('PATCH', '/v1/commitments/%zz')).toEqual({ kind: 'not-found' });
  });
});
