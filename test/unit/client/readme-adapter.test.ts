/**
 * The adapter of the README's "Connect to your platform", as printed there (keep the two in
 * step): a city platform with its own answer shape, mapped onto v1 in ≤ 40 lines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditClient, memoryOutboxStore, type CreditAdapter, type CreditClient } from '../../../src/client/index.js';
import { FIXTURES } from '../../../src/testing/index.js';

// ---- as in the README --------------------------------------------------------------------
const cityPlatform: CreditAdapter = {
  name: 'city-v2',
  async checks(request, call) {
    const response = await call.fetch('credit/v2/search', {
      method: 'POST',
      json: { codes: request.subjects.map((s) => s.id), scene: request.scenario, reason: request.purpose },
    });
    const body = await response.json();
    if (!body.ok) throw new Error(body.message); // → unknown, invalid-response, naming 'city-v2'
    return {
      asOf: body.time,
      catalogVersion: body.catalog ?? '',
      results: body.items.map((item: any) =>
        !item.exists
          ? { id: item.code, queryId: item.sn, found: false, records: [] }
          : {
              id: item.code, queryId: item.sn, found: true,
              subject: { id: item.code, name: item.name, kind: item.type, historyFrom: item.since },
              records: item.list.map((r: any) => ({
                id: r.no, listType: r.kind, domain: r.field, title: r.title, authority: r.org,
                listedOn: r.from, validUntil: r.to, status: r.state,
              })),
            }),
    };
  },
};
// -------------------------------------------------------------------------------------------

let client: CreditClient | undefined;
afterEach(() => client?.dispose());

function city(answer: (codes: string[]) => unknown) {
  return createCreditClient({
    endpoint: 'https://credit.city.gov.cn/api',
    adapter: cityPlatform,
    outbox: memoryOutboxStore(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/credit/v2/search')) return Response.json(answer(((await request.json()) as { codes: string[] }).codes));
      return new Response(null, { status: 404 }); // no catalog here: the default one applies
    },
  });
}

describe("the README's adapter", () => {
  it('maps the city platform onto v1: a blacklisted bidder is restricted, an unknown one not-found', async () => {
    const bad = FIXTURES.restricted.subject;
    client = city((codes) => ({
      ok: true,
      time: '2026-11-22T08:00:00+08:00',
      items: codes.map((code) =>
        code === bad.id
          ? { code, sn: 'c-1', exists: true, name: bad.name, type: 'enterprise', since: '2010-01-01', list: [{ no: 'h-1', kind: 'severe-dishonesty', field: 'judicial', title: '严重失信', org: '某法院', from: '2020-01-01', to: null, state: 'active' }] }
          : { code, sn: 'c-2', exists: false },
      ),
    }));
    const [a, b] = await client.check([bad.id, FIXTURES.unknownEnterprise.subject.id], { scenario: 'government-procurement', on: '2026-11-22' });
    expect(a.outcome).toBe('restricted');
    expect(b).toMatchObject({ outcome: 'unknown', reason: 'not-found' });
  });

  it('a refusal of the city platform is unknown/invalid-response naming the adapter', async () => {
    client = city(() => ({ ok: false, message: 'quota exceeded' }));
    const d = await client.check(FIXTURES.restricted.subject.id, { scenario: 'government-procurement' });
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(d.message).toBe('The adapter “city-v2” failed: Error: quota exceeded');
  });
});
