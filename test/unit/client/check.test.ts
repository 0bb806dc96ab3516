import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCreditClient, CreditInputError, isCreditInputError, memoryOutboxStore } from '../../../src/client/index.js';
import { maskSubjectId, usccCheckChar } from '../../../src/ids/index.js';
import { DEFAULT_CATALOG } from '../../../src/policy/index.js';
import { createPlatform, FIXTURES, PILOT_CODE } from '../../../src/testing/index.js';
import { ENDPOINT, harness, settle, unknownCodes, type Harness } from './harness.js';

const procurement = { scenario: 'government-procurement' } as const;
let h: Harness | undefined;
afterEach(() => h?.client.dispose());

const checkBodies = (x: Harness) => x.requests('checks').map((r) => r.body as { subjects: { id: string }[]; [k: string]: unknown });

describe('check(): decisions', () => {
  it('resolves with one decision per id, in order, evaluated by the policy engine with the platform facts', async () => {
    h = harness();
    const ids = [FIXTURES.restricted.subject.id, FIXTURES.objection.subject.id, FIXTURES.cleanThreeYears.subject.id];
    const decisions = await h.client.check(ids, procurement);
    expect(decisions.map((d) => d.subjectId)).toEqual(ids);
    expect(decisions[0].outcome).toBe('restricted');
    expect(decisions[1].outcome).toBe('review');
    // No records, three clean years; the default catalog's one procurement incentive
    // (I-PROCUREMENT-PREFERENCE) asks for a red-list record, so nothing applies: clear.
    expect(decisions[2]).toMatchObject({ outcome: 'clear', applied: [], suspended: [] });
    for (const d of decisions) {
      expect(d.queryId).toMatch(/^q_/);
      expect(d.asOf).toEqual(expect.any(String));
      expect(d.catalogVersion).toBe(DEFAULT_CATALOG.version);
      expect(d.warnings).toEqual([]);
    }
    // every queryId is a ledger entry of the platform
    expect(h.platform.state.ledger.map((e) => e.queryId)).toEqual(expect.arrayContaining(decisions.map((d) => d.queryId)));
  });

  it('resolves a single id with a single decision', async () => {
    h = harness();
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    expect(Array.isArray(decision)).toBe(false);
    expect(decision.outcome).toBe('restricted');
    expect(decision.applied.length).toBeGreaterThan(0);
  });

  it('gives unknown/not-found (never clear) for a subject the platform does not know', async () => {
    h = harness();
    const decision = await h.client.check(FIXTURES.unknownEnterprise.subject.id, procurement);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'not-found' });
    expect(decision.queryId).toMatch(/^q_/);
  });

  it('sends operator, department, purpose and case number with the check', async () => {
    h = harness({}, { operator: '张三', department: '市财政局' });
    await h.client.check(FIXTURES.restricted.subject.id, { ...procurement, purpose: '投标人资格审查', caseNumber: '2026-031' });
    expect(checkBodies(h)[0]).toMatchObject({ operator: '张三', department: '市财政局', purpose: '投标人资格审查', caseNumber: '2026-031' });
    expect(h.platform.state.ledger[0]).toMatchObject({ operator: '张三', department: '市财政局', caseNumber: '2026-031' });
  });

  it('evaluates on the date the caller passes', async () => {
    h = harness();
    const id = FIXTURES.restricted.subject.id;
    const [today] = await h.client.check([id], procurement);
    const listedOn = FIXTURES.restricted.records[0].listedOn;
    const before = await h.client.check(id, { ...procurement, on: '2000-01-01' });
    expect(today.outcome).toBe('restricted');
    expect(listedOn > '2000-01-01').toBe(true);
    expect(before.on).toBe('2000-01-01');
    expect(before.outcome).not.toBe('restricted');
  });
});

describe('check(): answers matched by id', () => {
  it('matches results by id, not by position; a subject missing from the answer is unknown/invalid-response', async () => {
    const platform = createPlatform({ seed: false });
    // A gateway in front of the platform that reorders results and loses one.
    const client = createCreditClient({
      endpoint: ENDPOINT,
      outbox: memoryOutboxStore(),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await platform.handle(request);
        if (!request.url.endsWith('/v1/checks')) return response;
        const body = (await response.clone().json()) as { results?: { id: string }[] };
        if (!body.results) return response;
        body.results = body.results.reverse().filter((r) => r.id !== FIXTURES.objection.subject.id);
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const [restricted, objection, unknown] = await client.check(
      [FIXTURES.restricted.subject.id, FIXTURES.objection.subject.id, FIXTURES.unknownEnterprise.subject.id],
      procurement,
    );
    client.dispose();
    expect(restricted).toMatchObject({ outcome: 'restricted', subjectId: FIXTURES.restricted.subject.id });
    expect(objection).toMatchObject({ outcome: 'unknown', reason: 'invalid-response' });
    expect(unknown).toMatchObject({ outcome: 'unknown', reason: 'not-found' });
  });
});

describe('check(): ids', () => {
  it('answers invalid ids with invalid-subject and makes no request at all', async () => {
    h = harness();
    const decisions = await h.client.check(['9111000080210043', 'hello', '', '110105198503122139'], procurement);
    expect(decisions.map((d) => [d.outcome, d.reason])).toEqual(Array(4).fill(['unknown', 'invalid-subject']));
    expect(h.fetched).toHaveLength(0);
  });

  it("refuses a person's id without a purpose (purpose-required) before any request, masking the id", async () => {
    h = harness();
    const person = FIXTURES.person.subject.id;
    const decision = await h.client.check(person, { ...procurement, purpose: '  ' });
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'purpose-required', subjectId: maskSubjectId(person) });
    expect(h.fetched).toHaveLength(0);
  });

  it("checks a person with a purpose; the full id travels only in the POST body, the decision shows the mask", async () => {
    h = harness();
    const person = FIXTURES.personJudgmentDebtor.subject.id;
    const decision = await h.client.check(person, { ...procurement, purpose: '政府采购供应商资格审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } });
    expect(decision.outcome).not.toBe('unknown');
    expect(decision.subjectId).toBe(maskSubjectId(person));
    expect(decision.subject?.id).toBe(maskSubjectId(person));
    expect(JSON.stringify(decision)).not.toContain(person);
    for (const request of h.fetched) expect(request.url).not.toContain(person);
    expect(checkBodies(h)[0].subjects).toEqual([{ id: person }]);
  });

  it('normalises ids (full-width, spaces, lower case) before sending', async () => {
    h = harness();
    const id = FIXTURES.restricted.subject.id;
    const typed = ` ${id.slice(0, 6)} ${id.slice(6).toLowerCase()} `.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const decision = await h.client.check(typed, procurement);
    expect(decision.outcome).toBe('restricted');
    expect(checkBodies(h)[0].subjects).toEqual([{ id }]);
  });

  it('checks a suspect code (bad check character) and warns with the expected character', async () => {
    h = harness();
    const decision = await h.client.check(PILOT_CODE, procurement);
    expect(decision.outcome).not.toBe('unknown');
    expect(decision.warnings).toContainEqual({ code: 'suspect-id', data: { expected: usccCheckChar(PILOT_CODE.slice(0, 17)) } });
    expect(h.requests('checks')).toHaveLength(1);
  });

  it('gives unknown/not-found for a suspect code the platform does not know (a typo is never clear)', async () => {
    h = harness();
    const valid = FIXTURES.cleanThreeYears.subject.id;
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const decision = await h.client.check(wrong, procurement);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'not-found' });
    expect(decision.warnings.map((w) => w.code)).toContain('suspect-id');
  });
});

describe('check(): batching, dedupe and cache', () => {
  it('coalesces 500 callers in one tick into 5 requests of at most 100 subjects', async () => {
    h = harness();
    const ids = unknownCodes(500);
    const decisions = await Promise.all(ids.map((id) => h!.client.check(id, procurement)));
    expect(decisions.map((d) => d.subjectId)).toEqual(ids);
    const bodies = checkBodies(h);
    expect(bodies).toHaveLength(5);
    expect(bodies.every((b) => b.subjects.length <= 100)).toBe(true);
    expect(bodies.flatMap((b) => b.subjects.map((s) => s.id)).sort()).toEqual([...ids].sort());
  });

  it('sends a full batch (100 distinct subjects) at once, without waiting for the window; the rest waits for it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      h = harness({}, { batchWindowMs: 5_000 });
      const ids = unknownCodes(130);
      const first = ids.slice(0, 100).map((id) => h!.client.check(id, procurement));
      // the same subjects again count once
      const again = h.client.check(ids.slice(0, 100), procurement);
      const rest = ids.slice(100).map((id) => h!.client.check(id, procurement));
      // No timer is advanced: the full batch goes out all the same (setImmediate is not faked).
      for (let turn = 0; turn < 100 && h.checkRequests().length === 0; turn++) await new Promise((r) => setImmediate(r));
      expect(h.checkRequests()).toHaveLength(1);
      const decided = await Promise.all(first);
      expect(decided.map((d) => [d.subjectId, d.reason])).toEqual(ids.slice(0, 100).map((id) => [id, 'not-found']));
      expect((await again).map((d) => d.queryId)).toEqual(decided.map((d) => d.queryId));
      expect(checkBodies(h)).toHaveLength(1);
      expect(checkBodies(h)[0].subjects.map((s) => s.id)).toEqual(ids.slice(0, 100));

      // The other 30 go out when the window ends.
      await vi.advanceTimersByTimeAsync(5_000);
      expect((await Promise.all(rest)).map((d) => d.subjectId)).toEqual(ids.slice(100));
      expect(checkBodies(h)).toHaveLength(2);
      expect(checkBodies(h)[1].subjects.map((s) => s.id)).toEqual(ids.slice(100));
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps different purposes / case numbers in separate requests', async () => {
    h = harness();
    const id = FIXTURES.restricted.subject.id;
    await Promise.all([
      h.client.check(id, { ...procurement, caseNumber: 'A' }),
      h.client.check(id, { ...procurement, caseNumber: 'B' }),
      h.client.check(FIXTURES.objection.subject.id, { ...procurement, caseNumber: 'A' }),
    ]);
    const bodies = checkBodies(h);
    expect(bodies).toHaveLength(2);
    expect(bodies.find((b) => b.caseNumber === 'A')?.subjects).toHaveLength(2);
  });

  it('asks the same subject once while it is in flight, whatever way it is written', async () => {
    h = harness();
    const id = FIXTURES.objection.subject.id;
    const [a, b, [c, d]] = await Promise.all([
      h.client.check(id, procurement),
      h.client.check(id.toLowerCase(), procurement),
      h.client.check([id, ` ${id} `], procurement),
    ]);
    expect(checkBodies(h)).toHaveLength(1);
    expect(checkBodies(h)[0].subjects).toEqual([{ id }]);
    expect(new Set([a, b, c, d].map((x) => x.queryId)).size).toBe(1);
    expect([a, b, c, d].every((x) => x.outcome === 'review')).toBe(true);
  });

  it('answers from the cache for cacheTtlMs, then asks again', async () => {
    let now = new Date('2026-11-22T02:00:00Z');
    h = harness({}, { now: () => now, cacheTtlMs: 60_000 });
    const id = FIXTURES.restricted.subject.id;
    const first = await h.client.check(id, procurement);
    now = new Date(now.getTime() + 59_000);
    const cached = await h.client.check(id, procurement);
    expect(h.requests('checks')).toHaveLength(1);
    expect(cached.queryId).toBe(first.queryId);
    now = new Date(now.getTime() + 2_000);
    const fresh = await h.client.check(id, procurement);
    expect(h.requests('checks')).toHaveLength(2);
    expect(fresh.queryId).not.toBe(first.queryId);
  });

  it('never caches an unknown answer, so that a retry asks again', async () => {
    h = harness({ faults: { mode: 'http-500', path: '/v1/checks', times: 1 } });
    const id = FIXTURES.restricted.subject.id;
    const failed = await h.client.check(id, procurement);
    expect(failed).toMatchObject({ outcome: 'unknown', reason: 'http' });
    const retried = await h.client.check(id, procurement);
    expect(retried.outcome).toBe('restricted');
    const notFound = FIXTURES.unknownEnterprise.subject.id;
    await h.client.check(notFound, procurement);
    await h.client.check(notFound, procurement);
    expect(h.requests('checks')).toHaveLength(4);
  });
});

describe('check(): abort', () => {
  it("one caller's abort rejects that caller only; the others get their decisions from the same request", async () => {
    h = harness({ latencyMs: 200 });
    const id = FIXTURES.restricted.subject.id;
    const controller = new AbortController();
    const leaving = h.client.check([id, FIXTURES.objection.subject.id], { ...procurement, signal: controller.signal });
    const staying = h.client.check(id, procurement);
    await vi.waitFor(() => expect(h!.checkRequests()).toHaveLength(1)); // the request is out
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ name: 'AbortError' });
    expect((await staying).outcome).toBe('restricted');
    expect(h.checkRequests()).toHaveLength(1);
    expect(h.checkRequests()[0].signal.aborted).toBe(false);
  });

  it('aborts the HTTP request once every caller waiting on it has aborted', async () => {
    h = harness({ faults: { mode: 'hang', path: '/v1/checks' } });
    const a = new AbortController();
    const b = new AbortController();
    const first = h.client.check(FIXTURES.restricted.subject.id, { ...procurement, signal: a.signal });
    const second = h.client.check([FIXTURES.restricted.subject.id, FIXTURES.objection.subject.id], { ...procurement, signal: b.signal });
    await vi.waitFor(() => expect(h!.checkRequests()).toHaveLength(1));
    a.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(h.checkRequests()[0].signal.aborted).toBe(false);
    const reason = new Error('user left the page');
    b.abort(reason);
    await expect(second).rejects.toBe(reason);
    expect(h.checkRequests()[0].signal.aborted).toBe(true);
  });

  it('drops an aborted caller before the batch is sent, and rejects an already aborted signal without a request', async () => {
    h = harness();
    const controller = new AbortController();
    const leaving = h.client.check(FIXTURES.objection.subject.id, { ...procurement, signal: controller.signal });
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ name: 'AbortError' });
    await expect(h.client.check(FIXTURES.objection.subject.id, { ...procurement, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 30));
    expect(h.checkRequests()).toHaveLength(0);
  });

  it('after an aborted request, the next caller gets a fresh request', async () => {
    h = harness({ faults: { mode: 'hang', path: '/v1/checks', times: 1 } });
    const controller = new AbortController();
    const leaving = h.client.check(FIXTURES.restricted.subject.id, { ...procurement, signal: controller.signal });
    await vi.waitFor(() => expect(h!.checkRequests()).toHaveLength(1));
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ name: 'AbortError' });
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    expect(decision.outcome).toBe('restricted');
    expect(h.checkRequests()).toHaveLength(2);
  });
});

describe('check(): freshness', () => {
  it('warns stale-data with the age in hours when asOf is older than staleAfterMs', async () => {
    const clientNow = new Date();
    const platformNow = new Date(clientNow.getTime() - 30 * 3_600_000);
    h = harness({ now: () => platformNow }, { now: () => clientNow });
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    const stale = decision.warnings.find((w) => w.code === 'stale-data');
    expect(stale?.data?.hours).toBeGreaterThanOrEqual(29);
    expect(stale?.data?.hours).toBeLessThanOrEqual(31);
    expect(decision.outcome).toBe('restricted');
  });

  it('does not warn for fresh data', async () => {
    h = harness();
    const decision = await h.client.check(FIXTURES.restricted.subject.id, procurement);
    expect(decision.warnings.map((w) => w.code)).not.toContain('stale-data');
  });
});

describe('check(): misuse', () => {
  it('without a scenario (and no default) resolves unknown/invalid-scenario, listing the known ones, and sends nothing', async () => {
    h = harness();
    const decision = await h.client.check('91110000802100433B', {} as never);
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'invalid-scenario' });
    expect(decision.message).toMatch(/Known scenarios: administrative-licensing, government-procurement/);
    await settle();
    expect(h.checkRequests()).toHaveLength(0);
  });

  it('rejects a scenario that is not a string, with a message showing the expected call', async () => {
    h = harness();
    const error = await h.client.check('91110000802100433B', { scenario: 42 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CreditInputError);
    expect(isCreditInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/scenario/);
    expect((error as Error).message).toMatch(/client\.check\(/);
  });

  it('rejects ids that are neither a string nor an array of strings', async () => {
    h = harness();
    await expect(h.client.check(42 as never, procurement)).rejects.toThrow(/id string or an array of id strings/);
    await expect(h.client.check([FIXTURES.restricted.subject.id, null] as never, procurement)).rejects.toBeInstanceOf(CreditInputError);
    await expect(h.client.check('x', { ...procurement, on: '22/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
    await settle();
    expect(h.fetched).toHaveLength(0);
  });
});
