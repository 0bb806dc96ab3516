/**
 * Adapters for every v1 operation (public surface "Adapters"; README "Connect to your
 * platform"): the adapter's generic `request` hook receives every operation other than the
 * check and the catalog — reads at `request()`, writes at the outbox's sender — and its
 * answer is validated by the same schemas as a v1 answer. Here a small in-test provincial
 * platform with pinyin field names (反馈, 承诺, 查询台账) stands behind a test adapter.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCreditClient,
  CreditHttpError,
  gatewayAdapter,
  isCreditResponseError,
  memoryOutboxStore,
  type AdapterOperation,
  type CreditAdapter,
  type CreditClient,
} from '../../../src/client/index.js';
import { createGateway, createPlatform, FIXTURES, type Platform } from '../../../src/testing/index.js';
import { ENDPOINT } from './harness.js';

const clients: CreditClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

const enterprise = FIXTURES.restricted.subject.id;
const feedback = { queryId: 'q_1', subjectId: enterprise, measureId: 'P-PROCUREMENT-BAN', action: 'not-applied', reason: '已整改' } as const;
const commitment = { subjectId: enterprise, caseNumber: 'XK-2026-118', items: ['营业执照副本'], dueOn: '2026-12-31', statement: '本单位承诺于期限内补齐', signatory: '李四' };

// ---- a provincial platform with its own API: pinyin fields, { code, msg, data }, 请求编号 for idempotency ----

interface Province {
  fetch: typeof fetch;
  /** Every request it received: path, method, body, query, 请求编号. */
  calls: { path: string; method: string; body: unknown; query: Record<string, string>; qqbh: string | null }[];
  /** Writes it recorded (one per 请求编号). */
  writes: Map<string, unknown>;
}

const cst = (iso: string) => `${iso.replace(' ', 'T')}+08:00`;

function province(fallback: Platform = createPlatform({ seed: false })): Province {
  const calls: Province['calls'] = [];
  const writes = new Map<string, unknown>();
  const answer = (data: unknown, code = '00') => Response.json({ code, msg: code === '00' ? '成功' : '失败', data });
  return {
    calls,
    writes,
    async fetch(input, init) {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (!url.pathname.startsWith('/api/xy/')) return fallback.handle(request);
      const body = request.method === 'GET' ? undefined : await request.json();
      const query: Record<string, string> = {};
      url.searchParams.forEach((v, k) => (query[k] = v));
      const qqbh = request.headers.get('x-qqbh');
      calls.push({ path: url.pathname.slice('/api/'.length), method: request.method, body, query, qqbh });
      // A repeated 请求编号 returns the first answer and records nothing new.
      const once = (make: () => unknown) => {
        if (qqbh && writes.has(qqbh)) return answer(writes.get(qqbh));
        const data = make();
        if (qqbh) writes.set(qqbh, data);
        return answer(data);
      };
      const b = body as Record<string, unknown>;
      switch (url.pathname) {
        case '/api/xy/fkxx': // 反馈信息
          return once(() => ({ fkbh: `FK${writes.size + 1}`, jssj: '2026-11-22 09:30:00' }));
        case '/api/xy/cnxx': // 承诺信息
          return once(() => ({ cnbh: `CN${writes.size + 1}`, ztdm: b.ztdm, ajbh: b.ajbh, sxqd: b.sxqd, qx: b.qx, cnnr: b.cnnr, qzr: b.qzr, zt: '0', cjsj: '2026-11-22 09:31:00' }));
        case '/api/xy/cnxx/zt': // 承诺状态
          return once(() => ({ cnbh: b.cnbh, ztdm: enterprise, ajbh: 'XK-2026-118', sxqd: ['营业执照副本'], qx: '2026-12-31', cnnr: '本单位承诺于期限内补齐', qzr: '李四', zt: b.zt, cjsj: '2026-11-22 09:31:00', jasj: '2026-11-23 10:00:00' }));
        case '/api/xy/cxtz': // 查询台账
          return answer({ lb: [{ cxbh: 'q_77', cxsj: '2026-11-20 14:05:00', cxr: '张三', cj: 'government-procurement', ztdm: enterprise, ztmc: '某某建设有限公司', ajbh: query.ajbh }] });
        default:
          return answer(null, '04');
      }
    },
  };
}

const ACTIONS: Record<string, string> = { applied: '1', 'not-applied': '2', overridden: '3' };
const STATUS_CODES: Record<string, string> = { pending: '0', fulfilled: '1', breached: '2' };
const STATUSES: Record<string, string> = { '0': 'pending', '1': 'fulfilled', '2': 'breached' };

/** What the province says, or an Error with its msg. */
async function dataOf(response: Response): Promise<Record<string, any>> {
  const body = (await response.json()) as { code: string; msg: string; data: Record<string, any> };
  if (body.code !== '00') throw new Error(`${body.msg} (${body.code})`);
  return body.data;
}

const commitmentOf = (d: Record<string, any>) => ({
  id: d.cnbh,
  subjectId: d.ztdm,
  caseNumber: d.ajbh,
  items: d.sxqd,
  dueOn: d.qx,
  statement: d.cnnr,
  signatory: d.qzr,
  status: STATUSES[d.zt],
  createdAt: cst(d.cjsj),
  ...(d.jasj ? { closedAt: cst(d.jasj) } : {}),
});

/** The test adapter: feedback, commitments (create, update) and the ledger mapped; the rest → v1 (`undefined`). */
function provinceAdapter(seen: AdapterOperation[] = []): CreditAdapter {
  return {
    name: 'province-xy',
    async checks() {
      throw new Error('no checks in these tests');
    },
    async request(op, call) {
      seen.push(op);
      const key = op.idempotencyKey ? { 'x-qqbh': op.idempotencyKey } : undefined;
      const b = op.body as Record<string, any>;
      if (op.method === 'POST' && op.path === '/v1/feedback') {
        const d = await dataOf(await call.fetch('xy/fkxx', { method: 'POST', headers: key, json: { cxbh: b.queryId, ztdm: b.subjectId, csbh: b.measureId, zxqk: ACTIONS[b.action], yy: b.reason } }));
        return { id: d.fkbh, receivedAt: cst(d.jssj) };
      }
      if (op.method === 'POST' && op.path === '/v1/commitments') {
        const d = await dataOf(await call.fetch('xy/cnxx', { method: 'POST', headers: key, json: { ztdm: b.subjectId, ajbh: b.caseNumber, sxqd: b.items, qx: b.dueOn, cnnr: b.statement, qzr: b.signatory } }));
        return commitmentOf(d);
      }
      const patch = /^\/v1\/commitments\/([^/]+)$/.exec(op.path);
      if (op.method === 'PATCH' && patch) {
        const d = await dataOf(await call.fetch('xy/cnxx/zt', { method: 'POST', headers: key, json: { cnbh: decodeURIComponent(patch[1]), zt: STATUS_CODES[b.status], bz: b.note } }));
        return commitmentOf(d);
      }
      if (op.method === 'GET' && op.path === '/v1/ledger') {
        const q = op.query ?? {};
        const searchParams: Record<string, string> = {};
        if (q.from) searchParams.ksrq = q.from;
        if (q.to) searchParams.jsrq = q.to;
        if (q.caseNumber) searchParams.ajbh = q.caseNumber;
        const d = await dataOf(await call.fetch('xy/cxtz', { searchParams }));
        return {
          items: d.lb.map((e: Record<string, string>) => ({ queryId: e.cxbh, at: cst(e.cxsj), operator: e.cxr, scenario: e.cj, subjectId: e.ztdm, subjectName: e.ztmc, caseNumber: e.ajbh })),
        };
      }
      return undefined; // everything else: to the endpoint as v1
    },
  };
}

function clientWith(adapter: CreditAdapter, fetch: typeof globalThis.fetch): CreditClient {
  const client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), adapter, fetch });
  clients.push(client);
  return client;
}

/** The paths the platform behind (the v1 endpoint) received. */
const v1Paths = (platform: Platform) => platform.state.requests.map((r) => r.path.split('?')[0]);

describe("an adapter's request hook maps every other v1 operation onto another API and back", () => {
  it('feedback: sent to the province as 反馈信息 with its Idempotency-Key as 请求编号, the answer back as a v1 receipt; nothing to the endpoint as v1', async () => {
    const platform = createPlatform({ seed: false });
    const p = province(platform);
    const seen: AdapterOperation[] = [];
    const client = clientWith(provinceAdapter(seen), p.fetch);
    const receipt = await client.feedback(feedback);
    expect(receipt).toMatchObject({ state: 'sent', response: { id: 'FK1', receivedAt: '2026-11-22T09:30:00+08:00' } });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/feedback', idempotencyKey: receipt.key, body: { queryId: 'q_1', action: 'not-applied' } });
    expect(p.calls).toEqual([expect.objectContaining({ path: 'xy/fkxx', method: 'POST', qqbh: receipt.key, body: expect.objectContaining({ cxbh: 'q_1', zxqk: '2', yy: '已整改' }) })]);
    expect(v1Paths(platform)).not.toContain('/api/v1/feedback');
    expect(await client.outbox.pending()).toEqual([]);
  });

  it('a commitment: created and closed through the province (承诺信息), each write with its own key, answers validated as v1 Commitments', async () => {
    const platform = createPlatform({ seed: false });
    const p = province(platform);
    const client = clientWith(provinceAdapter(), p.fetch);
    const created = await client.commitments.create(commitment);
    expect(created).toMatchObject({ state: 'sent', response: { id: 'CN1', status: 'pending', items: ['营业执照副本'], dueOn: '2026-12-31', createdAt: '2026-11-22T09:31:00+08:00' } });
    const closed = await client.commitments.update('CN1', { status: 'fulfilled' });
    expect(closed).toMatchObject({ state: 'sent', response: { id: 'CN1', status: 'fulfilled', closedAt: '2026-11-23T10:00:00+08:00' } });
    expect(p.calls.map((c) => [c.path, c.qqbh])).toEqual([
      ['xy/cnxx', created.key],
      ['xy/cnxx/zt', closed.key],
    ]);
    expect(p.calls[1].body).toMatchObject({ cnbh: 'CN1', zt: '1' });
    expect(created.key).not.toBe(closed.key);
    expect(v1Paths(platform).filter((path) => path.startsWith('/api/v1/commitments'))).toEqual([]);
  });

  it('the ledger: the v1 query mapped to the province’s parameters (ksrq, jsrq, ajbh), its 查询台账 back as v1 entries', async () => {
    const platform = createPlatform({ seed: false });
    const p = province(platform);
    const seen: AdapterOperation[] = [];
    const client = clientWith(provinceAdapter(seen), p.fetch);
    const page = await client.ledger({ from: '2026-11-01', to: '2026-11-30', caseNumber: 'ZB-2026-031' });
    expect(page.items).toEqual([
      { queryId: 'q_77', at: '2026-11-20T14:05:00+08:00', operator: '张三', scenario: 'government-procurement', subjectId: enterprise, subjectName: '某某建设有限公司', caseNumber: 'ZB-2026-031' },
    ]);
    expect(seen[0]).toEqual({ method: 'GET', path: '/v1/ledger', query: { from: '2026-11-01', to: '2026-11-30', caseNumber: 'ZB-2026-031' } });
    expect(p.calls[0]).toMatchObject({ path: 'xy/cxtz', method: 'GET', query: { ksrq: '2026-11-01', jsrq: '2026-11-30', ajbh: 'ZB-2026-031' } });
    expect(v1Paths(platform)).not.toContain('/api/v1/ledger');
  });

  it('an adapter throwing on a write: the write stays queued (with backoff, message naming the adapter), and goes out later with the same key — never lost', async () => {
    const p = province();
    let broken = true;
    const inner = provinceAdapter();
    const adapter: CreditAdapter = {
      ...inner,
      async request(op, call) {
        if (broken) throw new TypeError("Cannot read properties of undefined (reading 'fkbh')");
        return inner.request!(op, call);
      },
    };
    const client = clientWith(adapter, p.fetch);
    const before = Date.now();
    const receipt = await client.feedback(feedback);
    expect(receipt.state).toBe('queued');
    expect(isCreditResponseError(receipt.error)).toBe(true);
    expect((receipt.error as Error).message).toMatch(/adapter “province-xy” failed: TypeError: Cannot read properties/);
    const [item] = await client.outbox.pending();
    expect(item).toMatchObject({ key: receipt.key, state: 'queued', attempts: 1, error: expect.stringMatching(/province-xy/) });
    expect(item.nextAttemptAt).toBeGreaterThan(before); // sent again later, not at once in a loop
    expect(p.calls).toEqual([]);

    broken = false;
    await client.outbox.flush();
    expect(await client.outbox.pending()).toEqual([]);
    expect(p.calls.map((c) => c.qqbh)).toEqual([receipt.key]);
    expect(client.outbox.recent().map((e) => [e.item.key, e.state])).toContainEqual([receipt.key, 'sent']);
  });

  it('an answer of the wrong shape to a write keeps it queued, naming the adapter and the operation', async () => {
    const adapter: CreditAdapter = { name: 'half-done', checks: async () => null, request: async () => ({ fkbh: 'FK1' }) };
    const client = clientWith(adapter, province().fetch);
    const receipt = await client.feedback(feedback);
    expect(receipt.state).toBe('queued');
    expect((receipt.error as Error).message).toMatch(/adapter “half-done” answered POST \/v1\/feedback in a shape the v1 contract refuses at id/);
    expect((await client.outbox.pending()).map((i) => i.key)).toEqual([receipt.key]);
  });

  it('the other platform refusing a write with a 4xx (through call.fetch) is the outbox’s usual rejection: dropped and reported, not retried for ever', async () => {
    const adapter: CreditAdapter = {
      name: 'province-xy',
      checks: async () => null,
      request: async (_op, call) => (await call.fetch('xy/refuses', { method: 'POST', json: {} })).json(),
    };
    const client = clientWith(adapter, async () => Response.json({ title: 'bad request', status: 400 }, { status: 400 }));
    const receipt = await client.feedback(feedback);
    expect(receipt.state).toBe('rejected');
    expect(receipt.error).toBeInstanceOf(CreditHttpError);
    expect(await client.outbox.pending()).toEqual([]);
    expect(client.outbox.recent().map((e) => e.state)).toEqual(['rejected']);
  });

  it('an answer of the wrong shape to a read rejects with a CreditResponseError naming the adapter', async () => {
    const adapter: CreditAdapter = { name: 'province-raw', checks: async () => null, request: async () => ({ lb: [{ cxbh: 'q_1' }] }) };
    const client = clientWith(adapter, province().fetch);
    const failure = await client.ledger({ from: '2026-11-01' }).catch((error: unknown) => error);
    expect(isCreditResponseError(failure)).toBe(true);
    expect((failure as Error).message).toMatch(/^The adapter “province-raw” answered GET \/v1\/ledger in a shape the v1 contract refuses at items/);
    // `null` is no answer either (only `undefined` lets the operation go to the endpoint).
    const nulled = clientWith({ name: 'province-null', checks: async () => null, request: async () => null }, province().fetch);
    await expect(nulled.commitments.search({ caseNumber: 'XK-2026-118' })).rejects.toThrow(/adapter “province-null” answered POST \/v1\/commitments\/search/);
  });

  it('an adapter throwing on a read rejects with a CreditResponseError naming it', async () => {
    const adapter: CreditAdapter = { name: 'province-down', checks: async () => null, request: async () => Promise.reject(new Error('接口未开通')) };
    const client = clientWith(adapter, province().fetch);
    const failure = await client.stats({ from: '2026-01-01', to: '2026-06-30', groupBy: 'month' }).catch((error: unknown) => error);
    expect(isCreditResponseError(failure)).toBe(true);
    expect((failure as Error).message).toBe('The adapter “province-down” failed: Error: 接口未开通');
  });

  it('undefined falls through to v1: a read and a write the adapter does not map go to the endpoint as v1, the write with its Idempotency-Key', async () => {
    const platform = createPlatform({ seed: false });
    const p = province(platform);
    const seen: AdapterOperation[] = [];
    const client = clientWith(provinceAdapter(seen), p.fetch);
    const report = await client.stats({ from: '2026-01-01', to: '2026-06-30', groupBy: 'month' });
    expect(report).toMatchObject({ from: '2026-01-01', to: '2026-06-30', groupBy: 'month' });
    const objection = await client.objections.create({ recordId: FIXTURES.restricted.records[0].id, subjectId: enterprise, raisedBy: 'department', reason: '记录已撤销' });
    expect(objection.state).toBe('sent');
    expect(seen.map((op) => `${op.method} ${op.path}`)).toEqual(['GET /v1/stats', 'POST /v1/objections']);
    expect(seen[1].idempotencyKey).toBe(objection.key);
    expect(v1Paths(platform)).toEqual(['/api/v1/stats', '/api/v1/objections']);
    expect(platform.state.objections.map((o) => o.idempotencyKey)).toEqual([objection.key]);
    expect(p.calls).toEqual([]);
  });

  it("the caller's signal aborts a read waiting in the hook, and the hook's call.signal aborts with it", async () => {
    let hookSignal: AbortSignal | undefined;
    const adapter: CreditAdapter = {
      name: 'slow',
      checks: async () => null,
      request: (_op, call) => {
        hookSignal = call.signal;
        return new Promise(() => {});
      },
    };
    const client = clientWith(adapter, province().fetch);
    const controller = new AbortController();
    const pending = client.ledger({}, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(hookSignal?.aborted).toBe(true);
  });
});

describe('the request hook as an option', () => {
  it('createCreditClient refuses an adapter whose request or measures is not a function, naming the hook in the expected shape', () => {
    expect(() => createCreditClient({ endpoint: ENDPOINT, adapter: { name: 'x', checks: async () => null, request: 'v1' } as never })).toThrow(/"adapter" must be .*request\?\(operation, call\)/);
    expect(() => createCreditClient({ endpoint: ENDPOINT, adapter: { name: 'x', checks: async () => null, measures: {} } as never })).toThrow(/"adapter" must be/);
  });
});

describe('the shipped gateway adapter maps the check only', () => {
  it('feedback and the ledger through gatewayAdapter() go to the endpoint as v1 (the gateway passes them to the platform)', async () => {
    const gateway = createGateway({ seed: false });
    const client = clientWith(gatewayAdapter(), async (input, init) => gateway.handle(new Request(input, init)));
    const receipt = await client.feedback(feedback);
    expect(receipt.state).toBe('sent');
    await client.ledger({ from: '2026-11-01' });
    expect(v1Paths(gateway.platform)).toEqual(['/api/v1/feedback', '/api/v1/ledger']);
    expect(gateway.stats.calls).toBe(0);
  });
});
