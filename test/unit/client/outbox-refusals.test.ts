/**
 * §7 "A 4xx other than 401, 408 and 429 will never succeed: the item leaves the queue and is
 * reported (`rejected`), never retried forever" — at the edges of that range: 400 and 499 are
 * refusals; 500 (a 5xx) waits like 401, 408 and 429 do (outbox.test.ts holds those three).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditClient, memoryOutboxStore, type CreditClient } from '../../../src/client/index.js';
import { createPlatform, FIXTURES } from '../../../src/testing/index.js';
import { ENDPOINT } from './harness.js';

let client: CreditClient | undefined;
afterEach(() => client?.dispose());

async function feedbackAnswered(status: number) {
  const platform = createPlatform({ seed: false });
  client = createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/v1/feedback')) return new Response(JSON.stringify({ title: `answered ${status}`, status }), { status, headers: { 'content-type': 'application/problem+json' } });
      return platform.handle(request);
    },
  });
  const receipt = await client.feedback({ queryId: 'q_1', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-1', action: 'applied' });
  return { receipt, pending: await client.outbox.pending() };
}

describe('outbox: which answers are refusals (§7)', () => {
  it.each([400, 499])('a write answered %i is rejected and leaves the queue', async (status) => {
    const { receipt, pending } = await feedbackAnswered(status);
    expect(receipt.state).toBe('rejected');
    expect(pending).toEqual([]);
  });
  it('a write answered 500 stays queued, to be sent again', async () => {
    const { receipt, pending } = await feedbackAnswered(500);
    expect(receipt.state).toBe('queued');
    expect(pending.map((i) => i.key)).toEqual([receipt.key]);
  });
});
