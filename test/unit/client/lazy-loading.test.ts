/**
 * The zod schemas load on first need (`import()`). When that load fails — a chunk that
 * could not be fetched — nothing goes unvalidated: checks are unknown/network (never
 * clear), reads reject with CreditNetworkError, and the next call loads them again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreditNetworkError, reasonOf } from '../../../src/client/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, type Harness } from './harness.js';

/** How many loads of the schemas fail from now on. */
const load = vi.hoisted(() => ({ failures: 0 }));
vi.mock('../../../src/client/load-schemas.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/client/load-schemas.js')>();
  return {
    ...real,
    loadSchemas: () => {
      if (load.failures === 0) return real.loadSchemas();
      load.failures--;
      return Promise.reject(new CreditNetworkError('The validation code of credit-widgets could not be loaded'));
    },
  };
});

const procurement = { scenario: 'government-procurement' } as const;
let h: Harness | undefined;
afterEach(() => {
  h?.client.dispose();
  load.failures = 0;
});

describe('validation that could not be loaded', () => {
  it('makes every check of the batch unknown/network, never a decision from an unchecked answer; the next check works', async () => {
    h = harness();
    load.failures = Infinity;
    const ids = [FIXTURES.restricted.subject.id, FIXTURES.cleanThreeYears.subject.id];
    const failed = await h.client.check(ids, procurement);
    expect(failed.map((d) => [d.outcome, d.reason])).toEqual([
      ['unknown', 'network'],
      ['unknown', 'network'],
    ]);
    load.failures = 0;
    const [restricted] = await h.client.check(ids, procurement);
    expect(restricted.outcome).toBe('restricted');
  });

  it('makes reads reject with CreditNetworkError (reason network), and writes reject without storing anything', async () => {
    h = harness({ seed: true });
    load.failures = Infinity;
    const error = await h.client.ledger({ limit: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CreditNetworkError);
    expect(reasonOf(error)).toBe('network');
    load.failures = 0;
    await expect(h.client.ledger({ limit: 5 })).resolves.toMatchObject({ items: expect.any(Array) });

    load.failures = Infinity;
    await expect(
      h.client.feedback({ queryId: 'q_01JTEST', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-PROCUREMENT-BAN', action: 'applied' }),
    ).rejects.toBeInstanceOf(CreditNetworkError);
    load.failures = 0;
    await expect(h.client.outbox.pending()).resolves.toEqual([]);
    expect(h.requests('feedback')).toHaveLength(0);
  });
});
