/**
 * §10 "a warning when the data is older than the configured freshness limit (default 24 h)":
 * the default and its boundary, with the platform's clock (`asOf`) and the client's apart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../src/testing/index.js';
import { harness, type Harness } from './harness.js';

const procurement = { scenario: 'government-procurement' } as const;
const HOUR = 3_600_000;
/** The platform's clock: its `asOf` for every answer (whole seconds). */
const AS_OF = new Date('2026-11-22T08:00:00+08:00');
let h: Harness | undefined;
afterEach(() => h?.client.dispose());

async function warningsWhenAged(ms: number, clientOptions = {}) {
  h = harness({ now: () => AS_OF }, { now: () => new Date(AS_OF.getTime() + ms), ...clientOptions });
  const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
  expect(decision.outcome, 'stale data still decides').toBe('restricted');
  return decision.warnings.filter((w) => w.code === 'stale-data');
}

describe('freshness: the default limit is 24 hours (§10)', () => {
  it('data exactly 24 h old is not older than the limit: no warning', async () => {
    expect(await warningsWhenAged(24 * HOUR)).toEqual([]);
  });
  it('data 24 h and one second old gets a stale-data warning saying 24 hours', async () => {
    expect(await warningsWhenAged(24 * HOUR + 1000)).toEqual([{ code: 'stale-data', data: { hours: 24 } }]);
  });
  it('data 23 h 59 min old gets none', async () => {
    expect(await warningsWhenAged(24 * HOUR - 60_000)).toEqual([]);
  });
  it('a configured limit replaces the default: 2 h limit, 3 h old → warning; 24 h limit not used', async () => {
    expect(await warningsWhenAged(3 * HOUR, { staleAfterMs: 2 * HOUR })).toEqual([{ code: 'stale-data', data: { hours: 3 } }]);
  });
});
