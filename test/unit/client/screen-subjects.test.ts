/**
 * The headless screen (`screenSubjects`): a bidder list screened in batches in Node, with
 * progress per batch and a cancel that stops sending — no DOM.
 */
import { describe, expect, it } from 'vitest';
import { screenSubjects, type ScreenProgress } from '../../../src/client/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, unknownCodes } from './harness.js';

const F = FIXTURES;

describe('screenSubjects (headless)', () => {
  it('sends 250 ids as 3 requests (100, 100, 50) and reports progress once per batch, counting up', async () => {
    const h = harness({ latencyMs: [1, 20] });
    const ids = [F.restricted.subject.id, ...unknownCodes(249)];
    const seen: ScreenProgress[] = [];
    const result = await screenSubjects(h.client, ids, { scenario: 'government-procurement', onProgress: (p) => seen.push(p) });
    expect(h.checkRequests()).toHaveLength(3);
    const sizes = await Promise.all(h.requests('checks').map(async (r) => (r.body as { subjects: unknown[] }).subjects.length));
    expect(sizes.sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(seen.map((p) => p.done)).toHaveLength(3);
    // Counting up by batch: every step is one batch, never a jump to the end.
    expect(seen.map((p) => p.done).every((d, i, all) => i === 0 || d > all[i - 1])).toBe(true);
    expect(seen[0].done).toBeLessThan(250);
    expect(seen.at(-1)!.done).toBe(250);
    expect(seen.every((p) => p.total === 250)).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.done).toBe(250);
    expect(result.decisions[0]!.outcome).toBe('restricted');
    expect(result.decisions.slice(1).every((d) => d!.outcome === 'unknown' && d!.reason === 'not-found')).toBe(true);
  });

  it('takes rows with an id and keeps their order; a batch of one per request with batchSize 1', async () => {
    const h = harness();
    const rows = [{ id: F.redList.subject.id, name: 'a' }, { id: F.restricted.subject.id, name: 'b' }];
    const result = await screenSubjects(h.client, rows, { scenario: 'government-procurement', batchSize: 1, concurrency: 1 });
    expect(h.checkRequests()).toHaveLength(2);
    expect(result.decisions.map((d) => d!.subjectId)).toEqual([F.redList.subject.id, F.restricted.subject.id]);
    expect(result.decisions[1]!.outcome).toBe('restricted');
  });

  it('stops sending when the signal aborts: resolves incomplete, later rows undefined, no more requests', async () => {
    const h = harness({ faults: { mode: 'hang', path: '/v1/checks' } });
    const controller = new AbortController();
    const run = screenSubjects(h.client, unknownCodes(900), { scenario: 'government-procurement', signal: controller.signal, concurrency: 2 });
    await new Promise((r) => setTimeout(r, 30));
    expect(h.checkRequests()).toHaveLength(2);
    controller.abort();
    const result = await run;
    expect(result.complete).toBe(false);
    expect(result.done).toBe(0);
    expect(result.decisions.every((d) => d === undefined)).toBe(true);
    // The two requests in flight were aborted, and nothing else was sent.
    expect(h.checkRequests().every((r) => r.signal.aborted)).toBe(true);
    expect(h.checkRequests()).toHaveLength(2);
  });

  it('a run without a scenario is unknown/invalid-scenario for every row, never clear', async () => {
    const h = harness();
    const result = await screenSubjects(h.client, [F.redList.subject.id, F.restricted.subject.id]);
    expect(result.decisions.map((d) => [d!.outcome, d!.reason])).toEqual([
      ['unknown', 'invalid-scenario'],
      ['unknown', 'invalid-scenario'],
    ]);
    expect(h.checkRequests()).toHaveLength(0);
  });
});

describe('client.ledger(query, { signal })', () => {
  it('aborts the request itself and rejects with the reason', async () => {
    const h = harness({ faults: { mode: 'hang', path: '/v1/ledger' } });
    const controller = new AbortController();
    const page = h.client.ledger({ limit: 10 }, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort(new Error('cancelled by the officer'));
    await expect(page).rejects.toThrow('cancelled by the officer');
    const sent = h.fetched.filter((r) => r.url.includes('/v1/ledger'));
    expect(sent).toHaveLength(1);
    expect(sent[0].signal.aborted).toBe(true);
  });

  it('filters by case number', async () => {
    const h = harness();
    await h.client.check([F.redList.subject.id], { scenario: 'government-procurement', caseNumber: 'ZC-1' });
    await h.client.check([F.restricted.subject.id], { scenario: 'government-procurement', caseNumber: 'ZC-2' });
    const page = await h.client.ledger({ caseNumber: 'ZC-2' });
    expect(page.items.map((e) => e.subjectId)).toEqual([F.restricted.subject.id]);
    expect(new URL(h.fetched.at(-1)!.url).searchParams.get('caseNumber')).toBe('ZC-2');
  });
});

describe('client.records.register and client.ledger({ digest })', () => {
  it('registers a printed record through the outbox; the ledger then shows outcome and digest and verifies the digest', async () => {
    const h = harness();
    const [a, b] = await h.client.check([F.restricted.subject.id, F.redList.subject.id], { scenario: 'government-procurement', caseNumber: 'ZC-9' });
    const digest = 'ab'.repeat(32);
    const receipt = await h.client.records.register({
      digest,
      caseNumber: 'ZC-9',
      projectName: '办公设备采购',
      entries: [
        { queryId: a.queryId!, outcome: a.outcome },
        { queryId: b.queryId!, outcome: b.outcome },
      ],
    });
    expect(receipt.state).toBe('sent');
    const posts = h.requests('records');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers?.['idempotency-key'] ?? 'present').toBeTruthy();
    const page = await h.client.ledger({ caseNumber: 'ZC-9' });
    const byId = new Map(page.items.map((e) => [e.queryId, e]));
    expect(byId.get(a.queryId!)!.outcome).toBe('restricted');
    expect(byId.get(a.queryId!)!.recordDigest).toBe(digest);
    const verified = await h.client.ledger({ digest });
    expect(verified.items.map((e) => e.queryId).sort()).toEqual([a.queryId, b.queryId].sort());
    const none = await h.client.ledger({ digest: 'cd'.repeat(32) });
    expect(none.items).toEqual([]);
  });

  it('refuses a record without entries or with a digest that is not SHA-256 hex, before any request', async () => {
    const h = harness();
    await expect(h.client.records.register({ digest: 'ab'.repeat(32), entries: [] })).rejects.toThrow(/entries/);
    await expect(h.client.records.register({ digest: 'xyz', entries: [{ queryId: 'q_1', outcome: 'clear' }] })).rejects.toThrow(/digest/);
    expect(h.requests('records')).toHaveLength(0);
  });
});
