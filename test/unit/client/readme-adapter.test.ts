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
// ---- as in the README: the generic hook -----------------------------------------------------
const withFeedback: CreditAdapter = { ...cityPlatform };
withFeedback.request = async (op, call) => {
  if (op.method !== 'POST' || op.path !== '/v1/feedback') return undefined; // → the endpoint, as v1
  const b = op.body as any;
  const response = await call.fetch('credit/v2/feedback', {
    method: 'POST',
    headers: { 'X-Request-Id': op.idempotencyKey! },   // the same on every retry of this write
    json: { sn: b.queryId, code: b.subjectId, measure: b.measureId, result: b.action, note: b.reason },
  });
  const body = await response.json();
  if (!body.ok) throw new Error(body.message);        // stays queued; sent again later
  return { id: body.id, receivedAt: body.time };      // the v1 receipt, validated as one
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

  it("the README's request hook sends feedback to the city platform with its key; the ledger goes to the endpoint as v1", async () => {
    const seen: { url: string; key: string | null; body: unknown }[] = [];
    let ok = false;
    client = createCreditClient({
      endpoint: 'https://credit.city.gov.cn/api',
      adapter: withFeedback,
      outbox: memoryOutboxStore(),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push({ url: request.url, key: request.headers.get('x-request-id'), body: request.method === 'GET' ? null : await request.json() });
        if (request.url.endsWith('/credit/v2/feedback')) return Response.json(ok ? { ok: true, id: 'f-9', time: '2026-11-22T09:00:00+08:00' } : { ok: false, message: 'busy' });
        if (request.url.includes('/v1/ledger')) return Response.json({ items: [] });
        return new Response(null, { status: 404 });
      },
    });
    const feedback = { queryId: 'q_1', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-1', action: 'overridden', reason: '已核实' } as const;
    const first = await client.feedback(feedback);
    expect(first.state).toBe('queued');
    expect((first.error as Error).message).toBe('The adapter “city-v2” failed: Error: busy');
    ok = true;
    await client.outbox.flush();
    expect(client.outbox.recent().find((e) => e.item.key === first.key)?.state).toBe('sent');
    const sends = seen.filter((s) => s.url.endsWith('/credit/v2/feedback'));
    expect(sends.map((s) => s.key)).toEqual([first.key, first.key]);
    expect(sends[0].body).toEqual({ sn: 'q_1', code: FIXTURES.restricted.subject.id, measure: 'P-1', result: 'overridden', note: '已核实' });
    expect(await client.ledger({})).toEqual({ items: [] });
    expect(seen.some((s) => s.url.includes('/v1/ledger'))).toBe(true);
    expect(seen.some((s) => s.url.includes('/v1/feedback'))).toBe(false);
  });
});
