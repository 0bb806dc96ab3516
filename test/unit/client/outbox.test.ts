/**
 * The outbox (domain.md §7): feedback and commitment writes are stored first, sent with
 * their own Idempotency-Key, and sent again with the same key until acknowledged.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCreditClient,
  CreditInputError,
  indexedDbOutboxStore,
  memoryOutboxStore,
  type ClientOptions,
  type CreditClient,
  type OutboxEvent,
  type OutboxStore,
} from '../../../src/client/index.js';
import type { FeedbackRequest } from '../../../src/contract/index.js';
import { maskSubjectId } from '../../../src/ids/index.js';
import { createPlatform, FIXTURES, type Platform } from '../../../src/testing/index.js';
import { ENDPOINT } from './harness.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const clients: CreditClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function clientOf(platform: Platform, options: Partial<ClientOptions> = {}): CreditClient {
  const client = createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    fetch: async (input, init) => platform.handle(new Request(input, init)),
    ...options,
  });
  clients.push(client);
  return client;
}

const feedbackFor = (subjectId: string, extra: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
  queryId: 'q_01JTEST',
  subjectId,
  measureId: 'P-PROCUREMENT-BAN',
  action: 'applied',
  caseNumber: '2026-031',
  ...extra,
});
const enterprise = FIXTURES.restricted.subject.id;
const sentWith = (platform: Platform, key: string) =>
  platform.state.requests.filter((r) => r.headers['idempotency-key'] === key && !r.fault);

describe('outbox: sending', () => {
  it('sends feedback at once with a UUID v4 Idempotency-Key and the operator of the options', async () => {
    const platform = createPlatform({ seed: false });
    const client = clientOf(platform, { operator: '张三', department: '市财政局' });
    const receipt = await client.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('sent');
    expect(receipt.key).toMatch(UUID_V4);
    expect(receipt.response).toMatchObject({ id: expect.stringMatching(/^fb_/) });
    expect(platform.state.feedback).toHaveLength(1);
    expect(platform.state.feedback[0]).toMatchObject({ idempotencyKey: receipt.key, operator: '张三', department: '市财政局' });
    await expect(client.outbox.pending()).resolves.toEqual([]);
  });

  it('queues while offline and sends later, once, with the same key', async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const client = clientOf(platform);
    const events: OutboxEvent[] = [];
    client.outbox.subscribe((e) => events.push(e));
    const receipt = await client.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('queued');
    const [pending] = await client.outbox.pending();
    expect(pending).toMatchObject({ key: receipt.key, state: 'queued', attempts: 1, kind: 'feedback' });
    expect(platform.state.feedback).toHaveLength(0);

    platform.setFaults('none');
    await client.outbox.flush();
    await client.outbox.flush();
    expect(platform.state.feedback).toHaveLength(1);
    expect(platform.state.feedback[0].idempotencyKey).toBe(receipt.key);
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
    await expect(client.outbox.pending()).resolves.toEqual([]);
    expect(events.map((e) => e.state)).toEqual(['queued', 'queued', 'sent']);
    expect(new Set(events.map((e) => e.item.key))).toEqual(new Set([receipt.key]));
  });

  it('retries on its own with exponential backoff (1 s, 2 s, 4 s …) until acknowledged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const platform = createPlatform({ seed: false, faults: { mode: 'http-500', path: '/v1/feedback' } });
    const client = clientOf(platform);
    const receipt = await client.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('queued');
    const attempts = () => platform.state.requests.filter((r) => r.headers['idempotency-key'] === receipt.key).length;
    expect(attempts()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempts()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(attempts()).toBe(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(attempts()).toBe(3);
    platform.setFaults('none');
    await vi.advanceTimersByTimeAsync(4_000);
    expect(attempts()).toBe(4);
    expect(platform.state.feedback).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts()).toBe(4);
  });

  it("waits for the server's Retry-After before the next attempt", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const platform = createPlatform({ seed: false, faults: { mode: 'http-429', path: '/v1/feedback', times: 1, retryAfter: 20 } });
    const client = clientOf(platform);
    const receipt = await client.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('queued');
    await vi.advanceTimersByTimeAsync(19_000);
    expect(platform.state.feedback).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(platform.state.feedback).toHaveLength(1);
  });

  it('drops a write the platform refuses with a 4xx (not 401/408/429) and reports it as rejected, with its problem', async () => {
    const platform = createPlatform({ seed: false });
    const client = clientOf(platform);
    const events: OutboxEvent[] = [];
    client.outbox.subscribe((e) => events.push(e));
    const receipt = await client.commitments.update('cm_DOESNOTEXIST', { status: 'fulfilled' });
    expect(receipt.state).toBe('rejected');
    expect(events.at(-1)).toMatchObject({ state: 'rejected', item: { key: receipt.key, status: 404, problem: { title: 'No such commitment' } } });
    // out of the queue: never retried, a flush sends nothing
    await expect(client.outbox.pending()).resolves.toEqual([]);
    await client.outbox.flush();
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
  });

  it.each([401, 408, 429])('keeps a write answered %i in the queue (it may succeed later)', async (status) => {
    const platform = createPlatform({ seed: false });
    const store = memoryOutboxStore();
    const client = createCreditClient({
      endpoint: ENDPOINT,
      outbox: store,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url.endsWith('/v1/feedback')) return new Response(JSON.stringify({ title: 'later', status }), { status, headers: { 'content-type': 'application/problem+json' } });
        return platform.handle(request);
      },
    });
    const receipt = await client.feedback({ queryId: 'q_1', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-1', action: 'applied' });
    expect(receipt.state).toBe('queued');
    expect((await client.outbox.pending()).map((i) => i.key)).toEqual([receipt.key]);
    client.dispose();
  });

  it('creates and closes commitments through the outbox (PATCH with its own key)', async () => {
    const platform = createPlatform({ seed: false });
    const client = clientOf(platform);
    const created = await client.commitments.create({
      subjectId: FIXTURES.cleanThreeYears.subject.id,
      caseNumber: 'XK-2026-118',
      items: ['消防验收意见书'],
      dueOn: '2026-12-31',
      statement: '本单位承诺在期限内补交上述材料。',
      signatory: '王敏',
    });
    expect(created.state).toBe('sent');
    const id = created.response!.id;
    const closed = await client.commitments.update(id, { status: 'fulfilled', note: '已补交' });
    expect(closed).toMatchObject({ state: 'sent', response: { id, status: 'fulfilled' } });
    expect(closed.key).not.toBe(created.key);
    const patch = platform.state.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers['idempotency-key']).toBe(closed.key);
    await expect(client.commitments.search({ caseNumber: 'XK-2026-118' })).resolves.toMatchObject([{ id, status: 'fulfilled' }]);
  });

  it('rejects malformed writes with CreditInputError and stores nothing', async () => {
    const platform = createPlatform({ seed: false });
    const client = clientOf(platform);
    await expect(client.feedback(feedbackFor(enterprise, { action: 'overridden' }))).rejects.toThrow(/reason is required/);
    await expect(client.feedback({ ...feedbackFor(enterprise), queryId: '' })).rejects.toBeInstanceOf(CreditInputError);
    await expect(client.commitments.create({ subjectId: enterprise } as never)).rejects.toThrow(/Expected: commitments\.create\(/);
    await expect(client.outbox.pending()).resolves.toEqual([]);
    expect(platform.state.requests).toHaveLength(0);
  });

  it('flushes on the window online event, and stops listening once disposed', async () => {
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const client = clientOf(platform);
    const first = await client.feedback(feedbackFor(enterprise));
    const second = await client.feedback(feedbackFor(enterprise, { measureId: 'P-OTHER' }));
    expect([first.state, second.state]).toEqual(['queued', 'queued']);
    platform.setFaults('none');
    const sent = new Promise<void>((resolve) => client.outbox.subscribe((e) => e.state === 'sent' && e.item.key === first.key && resolve()));
    target.dispatchEvent(new Event('online'));
    await sent;
    await vi.waitFor(() => expect(platform.state.feedback).toHaveLength(2));

    platform.setFaults('offline');
    const third = await client.feedback(feedbackFor(enterprise, { measureId: 'P-THIRD' }));
    client.dispose();
    platform.setFaults('none');
    target.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 20));
    expect(sentWith(platform, third.key)).toHaveLength(0);
  });
});

describe('outbox: persistence (IndexedDB)', () => {
  it("'auto' uses IndexedDB: a new client (page reload) sends pending items exactly once, with the same key", async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const before = clientOf(platform, { outbox: 'auto' });
    const receipt = await before.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('queued');
    before.dispose();

    platform.setFaults('none');
    const after = clientOf(platform, { outbox: 'auto' });
    await vi.waitFor(async () => expect(await after.outbox.pending()).toEqual([]));
    expect(platform.state.feedback.map((f) => f.idempotencyKey)).toEqual([receipt.key]);
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
    expect(platform.state.idempotencyHits.get(receipt.key)).toBe(0);
  });

  it('after a reload, pending items go out on their own, before any write or use of client.outbox', async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const before = clientOf(platform, { outbox: 'auto' });
    const receipt = await before.commitments.create({
      subjectId: enterprise,
      caseNumber: 'XK-2026-120',
      items: ['营业执照副本'],
      dueOn: '2026-12-31',
      statement: '本单位承诺在期限内补交上述材料。',
      signatory: '王敏',
    });
    expect(receipt.state).toBe('queued');
    before.dispose();

    platform.setFaults('none');
    const after = clientOf(platform, { outbox: 'auto' });
    const events: OutboxEvent[] = [];
    after.outbox.subscribe((e) => events.push(e));
    await vi.waitFor(() => expect(platform.state.commitments.filter((c) => c.caseNumber === 'XK-2026-120')).toHaveLength(1));
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
    await vi.waitFor(() => expect(events).toContainEqual(expect.objectContaining({ state: 'sent', item: expect.objectContaining({ key: receipt.key }) })));
    await expect(after.outbox.pending()).resolves.toEqual([]);
  });

  it('two clients (tabs) flushing at once send an item once', async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const store = () => indexedDbOutboxStore('credit-widgets-tabs');
    const first = clientOf(platform, { outbox: store() });
    const receipt = await first.feedback(feedbackFor(enterprise));
    platform.setFaults('none');
    const second = clientOf(platform, { outbox: store() });
    await Promise.all([first.outbox.flush(), second.outbox.flush(), first.outbox.flush()]);
    await vi.waitFor(async () => expect(await second.outbox.pending()).toEqual([]));
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
    expect(platform.state.feedback).toHaveLength(1);
  });

  it('a new client over the same store (re-configured page) sends what the earlier one left, on its own', async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const shared: OutboxStore = memoryOutboxStore();
    const first = clientOf(platform, { outbox: shared });
    const receipt = await first.feedback(feedbackFor(enterprise));
    expect(receipt.state).toBe('queued');
    first.dispose();
    platform.setFaults('none');
    clientOf(platform, { outbox: shared });
    await vi.waitFor(() => expect(platform.state.feedback.map((f) => f.idempotencyKey)).toEqual([receipt.key]));
    expect(sentWith(platform, receipt.key)).toHaveLength(1);
    await vi.waitFor(async () => expect(await shared.list()).toEqual([]));
  });

  it("leaves other endpoints' items alone", async () => {
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const shared: OutboxStore = memoryOutboxStore();
    const mine = clientOf(platform, { outbox: shared });
    const receipt = await mine.feedback(feedbackFor(enterprise));
    mine.dispose();
    platform.setFaults('none');
    const elsewhere = clientOf(platform, { outbox: shared, endpoint: 'https://other.example.gov.cn/api' });
    await elsewhere.outbox.flush();
    expect(platform.state.feedback).toHaveLength(0);
    await expect(elsewhere.outbox.pending()).resolves.toEqual([]);
    expect((await shared.list()).map((i) => i.key)).toEqual([receipt.key]);
  });

  it("never stores a person's full ID number or a token", async () => {
    const person = FIXTURES.person.subject.id;
    const platform = createPlatform({ seed: false, faults: 'offline' });
    const client = clientOf(platform, { outbox: indexedDbOutboxStore('credit-widgets-pii'), getToken: () => 'tok-SECRET-123' });
    const events: OutboxEvent[] = [];
    client.outbox.subscribe((e) => events.push(e));
    await client.feedback(
      feedbackFor(person, { action: 'not-applied', reason: `已核实 ${person} 已履行，不再适用`, caseNumber: '2026110512345678' }),
    );
    await client.commitments.create({
      subjectId: person,
      caseNumber: 'XK-2026-119',
      items: ['身份证复印件'],
      dueOn: '2026-12-31',
      statement: `本人（身份证号 ${person}）承诺按期补交。`,
      signatory: '李娜',
    });
    const db = await openDB('credit-widgets-pii');
    const raw = JSON.stringify(await db.getAll('outbox'));
    db.close();
    expect(raw).toContain(maskSubjectId(person));
    expect(raw).not.toContain(person);
    expect(raw).not.toContain('SECRET');
    expect(raw).toContain('2026110512345678'); // a case number is not an id: kept as typed
    expect(JSON.stringify(events)).not.toContain(person);
    // what was sent carried the mask too
    const bodies = JSON.stringify(platform.state.requests.map((r) => r.body));
    expect(bodies).not.toContain(person);
  });
});
