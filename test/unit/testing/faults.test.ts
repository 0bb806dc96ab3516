import { describe, expect, it } from 'vitest';
import {
  Catalog,
  CheckResponse,
  CommitmentList,
  FeedbackReceipt,
  LedgerPage,
  ObjectionList,
  Problem,
  VerificationReceipt,
} from '../../../src/contract/index.js';
import { FAULT_MODES, FIXTURES, UNKNOWN_LIST_TYPE, createPlatform } from '../../../src/testing/index.js';
import type { FaultsOption, Platform } from '../../../src/testing/index.js';

const BASE = 'https://credit.example.gov.cn/api';
const CHECK_BODY = {
  subjects: [{ id: FIXTURES.restricted.subject.id }, { id: FIXTURES.cleanThreeYears.subject.id }, { id: FIXTURES.unknownEnterprise.subject.id }],
  scenario: 'government-procurement',
};

const checkRequest = (init: RequestInit = {}) =>
  new Request(`${BASE}/v1/checks`, { method: 'POST', body: JSON.stringify(CHECK_BODY), headers: { 'Content-Type': 'application/json' }, ...init });
const measuresRequest = () => new Request(`${BASE}/v1/measures`);
const withFaults = (faults: FaultsOption) => createPlatform({ faults });

/** Resolves with 'pending' if `promise` has not settled after the pending timers and I/O of one macrotask turn. */
async function stateOf(promise: Promise<unknown>): Promise<'pending' | 'settled'> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((r) => setTimeout(r, 30));
  return settled ? 'settled' : 'pending';
}

describe('HTTP error faults', () => {
  it('http-500 answers a 500 problem', async () => {
    const res = await withFaults('http-500').handle(checkRequest());
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Type')).toMatch(/problem\+json/);
    expect(Problem.safeParse(await res.json()).success).toBe(true);
  });

  it('http-503 and http-429 carry Retry-After (default 1 s, configurable, or none)', async () => {
    const a = await withFaults('http-503').handle(checkRequest());
    expect(a.status).toBe(503);
    expect(a.headers.get('Retry-After')).toBe('1');
    const b = await withFaults({ mode: 'http-503', retryAfter: 7 }).handle(checkRequest());
    expect(b.headers.get('Retry-After')).toBe('7');
    const c = await withFaults({ mode: 'http-429', retryAfter: 3 }).handle(checkRequest());
    expect(c.status).toBe(429);
    expect(c.headers.get('Retry-After')).toBe('3');
    expect((await c.json()).status).toBe(429);
    const d = await withFaults({ mode: 'http-429', retryAfter: null }).handle(checkRequest());
    expect(d.headers.has('Retry-After')).toBe(false);
  });

  it('a failed check adds nothing to the ledger', async () => {
    const p = withFaults('http-503');
    const before = p.state.ledger.length;
    await p.handle(checkRequest());
    expect(p.state.ledger.length).toBe(before);
  });
});

describe('body faults', () => {
  it('malformed-json: 200 application/json whose body does not parse', async () => {
    const res = await withFaults('malformed-json').handle(checkRequest());
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('html-login: 200 text/html with a login form instead of JSON', async () => {
    const res = await withFaults('html-login').handle(checkRequest());
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const text = await res.text();
    expect(text).toMatch(/<form/);
    expect(text).toMatch(/type="password"/);
  });

  it.each(['schema-drift-missing-field', 'schema-drift-wrong-type', 'schema-drift-unknown-enum'] as const)(
    '%s: a check answer that parses as JSON but fails the contract (it passes without the fault)',
    async (mode) => {
      const good = await createPlatform().handle(checkRequest());
      expect(CheckResponse.safeParse(await good.json()).success).toBe(true);
      const res = await withFaults(mode).handle(checkRequest());
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(CheckResponse.safeParse(body).success).toBe(false);
    },
  );

  it('schema-drift-unknown-enum adds a record of a list type the contract does not know', async () => {
    const body = await (await withFaults('schema-drift-unknown-enum').handle(checkRequest())).json();
    for (const r of body.results) {
      if (r.found) expect(r.records.some((rec: { listType: string }) => rec.listType === UNKNOWN_LIST_TYPE)).toBe(true);
    }
  });

  it('schema drift breaks every other endpoint too', async () => {
    for (const mode of ['schema-drift-missing-field', 'schema-drift-wrong-type', 'schema-drift-unknown-enum'] as const) {
      const p = withFaults(mode);
      expect(Catalog.safeParse(await (await p.handle(measuresRequest())).json()).success, `${mode} measures`).toBe(false);
      expect(LedgerPage.safeParse(await (await p.handle(new Request(`${BASE}/v1/ledger`))).json()).success, `${mode} ledger`).toBe(false);
      const search = await p.handle(new Request(`${BASE}/v1/commitments/search`, { method: 'POST', body: '{}' }));
      expect(CommitmentList.safeParse(await search.json()).success, `${mode} commitments`).toBe(false);
      if (mode !== 'schema-drift-unknown-enum') {
        const fb = await p.handle(
          new Request(`${BASE}/v1/feedback`, {
            method: 'POST',
            headers: { 'Idempotency-Key': crypto.randomUUID() },
            body: JSON.stringify({ queryId: 'q_1', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-PROCUREMENT-BAN', action: 'applied' }),
          }),
        );
        expect(FeedbackReceipt.safeParse(await fb.json()).success, `${mode} feedback`).toBe(false);
      }
    }
  });

  it('schema drift reaches manual verifications and objections: a receipt or a list that is still an object, but not the contract\'s', async () => {
    for (const mode of ['schema-drift-missing-field', 'schema-drift-wrong-type', 'schema-drift-unknown-enum'] as const) {
      const p = createPlatform({ faults: [{ mode, path: '/v1/objections/search' }, { mode, path: '/v1/verifications' }] });
      const write = (path: string, body: unknown) =>
        p.handle(new Request(`${BASE}${path}`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) }));
      const subjectId = FIXTURES.restricted.subject.id;
      expect((await write('/v1/objections', { recordId: FIXTURES.restricted.records[0].id, subjectId, raisedBy: 'department', reason: '记录已撤销' })).status).toBe(201);
      const list = await (await write('/v1/objections/search', {})).json();
      expect(list.items.length, `${mode} objections`).toBe(1);
      expect(ObjectionList.safeParse(list).success, `${mode} objections`).toBe(false);
      if (mode !== 'schema-drift-unknown-enum') {
        const receipt = await (await write('/v1/verifications', { subjectId, scenario: 'government-procurement', source: 'credit-china', checkedOn: '2026-01-05', finding: 'no-records' })).json();
        expect(receipt.id, `${mode} verification`).toMatch(/^mv_/);
        expect(VerificationReceipt.safeParse(receipt).success, `${mode} verification`).toBe(false);
      }
    }
  });

  it('drift leaves error answers alone', async () => {
    const p = withFaults('schema-drift-missing-field');
    const res = await p.handle(new Request(`${BASE}/v1/checks`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(400);
    expect(Problem.safeParse(await res.json()).success).toBe(true);
  });
});

describe('network faults', () => {
  it('offline: handle() rejects with TypeError("Failed to fetch"), like fetch without a network', async () => {
    const p = withFaults('offline');
    await expect(p.handle(checkRequest())).rejects.toThrow(new TypeError('Failed to fetch'));
    expect(p.state.requests[0].fault).toBe('offline');
  });

  it('hang: never answers until the request aborts, then rejects with the abort reason', async () => {
    const p = withFaults('hang');
    const controller = new AbortController();
    // Node 20 links a Request's signal to the caller's only weakly: the test keeps the
    // Request itself alive (and checks its signal), or GC could cut the link mid-test.
    const request = checkRequest({ signal: controller.signal });
    const pending = p.handle(request);
    expect(await stateOf(pending)).toBe('pending');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(request.signal.aborted).toBe(true);
  });

  it('hang rejects at once for a request that is already aborted, and with a timeout reason', async () => {
    const p = withFaults('hang');
    await expect(p.handle(checkRequest({ signal: AbortSignal.abort() }))).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const request = checkRequest({ signal: controller.signal });
    const pending = p.handle(request);
    controller.abort(new DOMException('too slow', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(request.signal.aborted).toBe(true);
  });

  it('latency is cut short by an abort', async () => {
    const p = createPlatform({ latencyMs: [60_000, 120_000] });
    const controller = new AbortController();
    // Node 20 links a Request's signal to the caller's only weakly: the test keeps the
    // Request itself alive (and checks its signal), or GC could cut the link mid-test.
    const request = checkRequest({ signal: controller.signal });
    const pending = p.handle(request);
    expect(await stateOf(pending)).toBe('pending');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(request.signal.aborted).toBe(true);
  });

  it('a small latency still answers', async () => {
    const res = await createPlatform({ latencyMs: 5 }).handle(checkRequest());
    expect(res.status).toBe(200);
  });
});

describe('fault scope and control', () => {
  it('a fault limited to a path leaves the other endpoints alone', async () => {
    const p = withFaults({ mode: 'http-500', path: '/v1/checks' });
    expect((await p.handle(checkRequest())).status).toBe(500);
    expect((await p.handle(measuresRequest())).status).toBe(200);
  });

  it('a path also covers the paths below it', async () => {
    const p = withFaults({ mode: 'http-503', path: '/v1/commitments' });
    const res = await p.handle(new Request(`${BASE}/v1/commitments/search`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(503);
  });

  it('times: only the next N matching requests fail, then the platform recovers', async () => {
    const p = withFaults({ mode: 'http-503', times: 2, path: '/v1/checks' });
    expect((await p.handle(measuresRequest())).status).toBe(200);
    expect((await p.handle(checkRequest())).status).toBe(503);
    expect((await p.handle(checkRequest())).status).toBe(503);
    expect((await p.handle(checkRequest())).status).toBe(200);
    expect(p.faults()).toEqual([]);
  });

  it('several faults: the first that matches applies', async () => {
    const p = withFaults([
      { mode: 'http-429', times: 1 },
      { mode: 'http-500', path: '/v1/measures' },
    ]);
    expect((await p.handle(measuresRequest())).status).toBe(429);
    expect((await p.handle(measuresRequest())).status).toBe(500);
    expect((await p.handle(checkRequest())).status).toBe(200);
  });

  it('setFaults() changes faults at runtime; none clears them', async () => {
    const p = createPlatform();
    expect((await p.handle(checkRequest())).status).toBe(200);
    p.setFaults('http-500');
    expect((await p.handle(checkRequest())).status).toBe(500);
    p.setFaults({ mode: 'html-login' });
    expect((await p.handle(checkRequest())).headers.get('Content-Type')).toMatch(/text\/html/);
    p.setFaults('none');
    expect((await p.handle(checkRequest())).status).toBe(200);
  });

  it('records the applied fault on the request, and refuses unknown modes', async () => {
    const p = withFaults({ mode: 'http-500', times: 1 });
    await p.handle(checkRequest());
    await p.handle(checkRequest());
    expect(p.state.requests.map((r) => r.fault)).toEqual(['http-500', undefined]);
    expect(() => p.setFaults('http-418' as never)).toThrow(/unknown fault mode/);
  });

  it('every fault mode other than none is observable on a check', async () => {
    for (const mode of FAULT_MODES) {
      const p = withFaults(mode);
      const controller = new AbortController();
      const request = checkRequest({ signal: controller.signal }); // kept alive: see the hang test
      const outcome = p.handle(request).then(
        async (res) => ({ status: res.status, type: res.headers.get('Content-Type'), ok: CheckResponse.safeParse(await res.json().catch(() => null)).success }),
        (error: Error) => ({ error: error.name }),
      );
      if (mode === 'hang') {
        expect(await stateOf(outcome)).toBe('pending');
        controller.abort();
      }
      const result = await outcome;
      expect(request.signal.aborted).toBe(mode === 'hang');
      if (mode === 'none') expect(result, mode).toMatchObject({ status: 200, ok: true });
      else expect(result, mode).not.toMatchObject({ status: 200, ok: true });
    }
  });
});

describe('auth and faults together', () => {
  it('a fault applies before authorisation (it stands for the network or a gateway)', async () => {
    const p: Platform = createPlatform({ token: 't', faults: { mode: 'http-503', times: 1 } });
    expect((await p.handle(checkRequest())).status).toBe(503);
    expect((await p.handle(checkRequest())).status).toBe(401);
  });
});
