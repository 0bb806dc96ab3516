/**
 * The client's code (create-client.ts) loads with `import()` behind createCreditClient's
 * facade. A check made right after the client is created — before that code is there —
 * is answered exactly as later ones and batched with the others made meanwhile; a caller
 * can still abort it; a load that fails answers unknown/network and the next call loads
 * the code again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreditInputError, CreditNetworkError, isCreditInputError, reasonOf, type OutboxEvent } from '../../../src/client/index.js';
import { maskSubjectId } from '../../../src/ids/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, unknownCodes, type Harness } from './harness.js';

/** How many loads of the client's code fail from now on, and the clients it made. */
const load = vi.hoisted(() => ({ failures: 0, disposed: 0 }));
vi.mock('../../../src/client/create-client.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/client/create-client.js')>();
  return {
    ...real,
    createCreditClientNow: (options: Parameters<typeof real.createCreditClientNow>[0]) => {
      if (load.failures > 0) {
        load.failures--;
        throw new TypeError('Failed to fetch dynamically imported module: credit-widgets.client.js');
      }
      const client = real.createCreditClientNow(options);
      const dispose = client.dispose;
      client.dispose = () => {
        load.disposed++;
        dispose();
      };
      return client;
    },
  };
});

const procurement = { scenario: 'government-procurement' } as const;
let h: Harness | undefined;
afterEach(() => {
  h?.client.dispose();
  h = undefined;
  load.failures = 0;
  load.disposed = 0;
});

describe('checks made before the client has loaded', () => {
  it('are answered as usual and batched together: 500 callers in one tick → 5 requests', async () => {
    h = harness();
    const ids = [FIXTURES.restricted.subject.id, ...unknownCodes(499)];
    const decisions = await Promise.all(ids.map((id) => h!.client.check(id, procurement)));
    expect(decisions[0]).toMatchObject({ outcome: 'restricted', subjectId: FIXTURES.restricted.subject.id });
    expect(decisions.slice(1).every((d) => d.outcome === 'unknown' && d.reason === 'not-found')).toBe(true);
    expect(h.checkRequests()).toHaveLength(5);
  });

  it("reject when the caller's signal aborts while waiting, without asking for that subject", async () => {
    h = harness();
    const controller = new AbortController();
    const aborted = h.client.check(FIXTURES.objection.subject.id, { ...procurement, signal: controller.signal });
    const other = h.client.check(FIXTURES.restricted.subject.id, procurement);
    controller.abort(new Error('the user went on'));
    await expect(aborted).rejects.toThrow('the user went on');
    expect((await other).outcome).toBe('restricted');
    const asked = h.requests('checks').flatMap((r) => (r.body as { subjects: { id: string }[] }).subjects.map((s) => s.id));
    expect(asked).toEqual([FIXTURES.restricted.subject.id]);
  });

  it('reject misuse with CreditInputError, and make no request for invalid ids or a person without purpose', async () => {
    h = harness();
    const misuse = await h.client.check(FIXTURES.restricted.subject.id, {} as never).catch((e: unknown) => e);
    expect(misuse).toBeInstanceOf(CreditInputError);
    expect(isCreditInputError(misuse)).toBe(true);
    const [invalid, person] = await Promise.all([
      h.client.check('not an id', procurement),
      h.client.check(FIXTURES.person.subject.id, procurement),
    ]);
    expect(invalid).toMatchObject({ outcome: 'unknown', reason: 'invalid-subject' });
    expect(person).toMatchObject({ outcome: 'unknown', reason: 'purpose-required', subjectId: maskSubjectId(FIXTURES.person.subject.id) });
    expect(h.fetched).toHaveLength(0);
  });

  it('hand outbox events to subscribers that came before the code, and dispose the client that arrives after dispose()', async () => {
    h = harness();
    const events: OutboxEvent['state'][] = [];
    h.client.outbox.subscribe((event) => events.push(event.state));
    const receipt = await h.client.feedback({ queryId: 'q_01JTEST', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-PROCUREMENT-BAN', action: 'applied' });
    expect(receipt.state).toBe('sent');
    expect(events).toContain('sent');

    const early = harness();
    early.client.dispose();
    await early.client.outbox.pending();
    expect(load.disposed).toBe(1);
  });
});

describe('a client whose code could not be loaded', () => {
  it('answers unknown/network (masked, never clear) and loads the code again on the next call', async () => {
    load.failures = 1;
    h = harness();
    const person = FIXTURES.person.subject.id;
    const failed = await h.client.check([FIXTURES.cleanThreeYears.subject.id, person, 'not an id'], { ...procurement, purpose: '投标人资格审查' });
    expect(failed.map((d) => [d.outcome, d.reason])).toEqual([
      ['unknown', 'network'],
      ['unknown', 'network'],
      ['unknown', 'invalid-subject'],
    ]);
    expect(failed[1].subjectId).toBe(maskSubjectId(person));
    expect(h.fetched).toHaveLength(0);

    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    expect(decision.outcome).toBe('restricted');
  });

  it('rejects reads and writes with CreditNetworkError (reason network) until the code loads', async () => {
    load.failures = 2;
    h = harness({ seed: true });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the prefetch fails
    const error = await h.client.ledger({ limit: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CreditNetworkError);
    expect(reasonOf(error)).toBe('network');
    await expect(h.client.ledger({ limit: 5 })).resolves.toMatchObject({ items: expect.any(Array) });
  });
});
