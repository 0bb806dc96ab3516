/**
 * The client's fail-safe rules found by the hardening work, as named examples:
 * - a batch whose answers are mixed up (an answer filed under one id is about another
 *   subject) or contradict themselves (one id answered twice, differently) is not trusted
 *   for those ids: `unknown` / `invalid-response`, never the other subject's outcome;
 * - request bodies are the same on a page whose `Array.prototype` has a `toJSON`
 *   (Prototype.js) and whose `Object.prototype` has enumerable keys;
 * - a write refused with 401 (an expired session) waits for the next login instead of
 *   being given up;
 * - `resetConfig()` drops every client (a logout keeps no cached answers).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditClient, memoryOutboxStore } from '../../../src/client/index.js';
import { clientFor, resetConfig } from '../../../src/client/registry.js';
import type { CheckResponse } from '../../../src/contract/index.js';
import { createPlatform, FIXTURES } from '../../../src/testing/index.js';
import { ENDPOINT, clientWithCheckAnswer } from '../client/harness.js';

const PROCUREMENT = 'government-procurement';
const restricted = FIXTURES.restricted.subject.id;
const clean = FIXTURES.staleActive.subject.id; // clear in procurement
const person = FIXTURES.personJudgmentDebtor.subject.id;

/** A client whose platform answers checks through `edit` (the real answer, changed). */
const clientWith = (edit: (body: CheckResponse) => unknown) => clientWithCheckAnswer(edit);

afterEach(() => resetConfig());

describe('answers that are mixed up or contradict themselves', () => {
  it('control: the real answer decides restricted and clear', async () => {
    const client = clientWith((b) => b);
    const decisions = await client.check([restricted, clean], { scenario: PROCUREMENT });
    expect(decisions.map((d) => d.outcome)).toEqual(['restricted', 'clear']);
  });

  it('an answer filed under the wrong id (ids swapped) is not trusted: unknown / invalid-response for both', async () => {
    const client = clientWith((b) => {
      const [a, c] = b.results;
      [a.id, c.id] = [c.id, a.id];
      return b;
    });
    const decisions = await client.check([restricted, clean], { scenario: PROCUREMENT });
    expect(decisions.map((d) => [d.outcome, d.reason])).toEqual([
      ['unknown', 'invalid-response'],
      ['unknown', 'invalid-response'],
    ]);
    // Not the other subject's name either.
    expect(decisions.map((d) => d.subject)).toEqual([null, null]);
  });

  it('two different answers for one id: unknown / invalid-response; the same answer twice is fine', async () => {
    const contradicting = clientWith((b) => {
      const clean = b.results[1] as Extract<CheckResponse['results'][number], { found: true }>;
      b.results.push({ ...clean, id: b.results[0].id, subject: { ...clean.subject, id: b.results[0].id } });
      return b;
    });
    expect((await contradicting.check([restricted, clean], { scenario: PROCUREMENT })).map((d) => [d.outcome, d.reason])).toEqual([
      ['unknown', 'invalid-response'],
      ['clear', undefined],
    ]);
    const repeated = clientWith((b) => ({ ...b, results: [...b.results, ...b.results] }));
    expect((await repeated.check([restricted, clean], { scenario: PROCUREMENT })).map((d) => d.outcome)).toEqual(['restricted', 'clear']);
  });

  it('a person answered with the masked id is still recognised', async () => {
    const client = clientWith((b) => {
      for (const r of b.results) if ('found' in r && r.found) r.subject.id = `${person.slice(0, 6)}********${person.slice(-4)}`;
      return b;
    });
    const [d] = await client.check([person], { scenario: PROCUREMENT, purpose: '资格审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } });
    expect(d.outcome).toBe('restricted');
  });
});

describe('a page whose built-in prototypes an old library has extended', () => {
  it('sends the same JSON bodies: arrays stay arrays, no prototype keys', async () => {
    const platform = createPlatform({ seed: false });
    const client = createCreditClient({ endpoint: ENDPOINT, outbox: memoryOutboxStore(), fetch: async (i, init) => platform.handle(new Request(i, init)) });
    const arrayProto = Array.prototype as unknown as Record<string, unknown>;
    const objectProto = Object.prototype as unknown as Record<string, unknown>;
    arrayProto.toJSON = function (this: unknown[]) {
      return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`;
    };
    objectProto.polluted = 'yes';
    let outcomes: string[];
    try {
      outcomes = (await client.check([restricted, clean], { scenario: PROCUREMENT })).map((d) => d.outcome);
    } finally {
      delete arrayProto.toJSON;
      delete objectProto.polluted;
    }
    expect(outcomes).toEqual(['restricted', 'clear']);
    const body = platform.state.requests.find((r) => r.path.endsWith('/v1/checks'))!.body as Record<string, unknown>;
    expect(Array.isArray(body.subjects)).toBe(true);
    expect(Object.keys(body)).not.toContain('polluted');
  });
});

describe('writes and sessions', () => {
  it('a write refused with 401 stays queued and goes out with the same key after the next login', async () => {
    let token = 'expired';
    const platform = createPlatform({ seed: false, acceptToken: (t) => t === 'fresh' });
    const client = createCreditClient({
      endpoint: ENDPOINT,
      outbox: memoryOutboxStore(),
      getToken: () => token,
      fetch: async (i, init) => platform.handle(new Request(i, init)),
    });
    const receipt = await client.feedback({ queryId: 'q_1', subjectId: restricted, measureId: 'P-PROCUREMENT-BAN', action: 'applied' });
    expect(receipt.state).toBe('queued');
    token = 'fresh';
    await client.outbox.flush();
    expect(platform.state.feedback.map((f) => f.idempotencyKey)).toEqual([receipt.key]);
    expect(await client.outbox.pending()).toEqual([]);
    client.dispose();
  });

  it('resetConfig() drops every client, also when nothing was configured', () => {
    const before = clientFor(ENDPOINT);
    resetConfig();
    expect(clientFor(ENDPOINT)).not.toBe(before);
  });
});
