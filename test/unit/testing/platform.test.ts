import { describe, expect, it } from 'vitest';
import {
  Catalog,
  CheckResponse,
  Commitment,
  CommitmentList,
  FeedbackReceipt,
  LedgerPage,
  Problem,
} from '../../../src/contract/index.js';
import type { Catalog as CatalogType, LedgerEntry } from '../../../src/contract/index.js';
import { maskSubjectId } from '../../../src/ids/index.js';
import { DEFAULT_CATALOG, addDays } from '../../../src/policy/index.js';
import { FIXTURES, createPlatform } from '../../../src/testing/index.js';
import type { Platform, PlatformOptions } from '../../../src/testing/index.js';

const ORIGIN = 'https://credit.example.gov.cn';
const TODAY = '2026-11-22';

function call(
  platform: Platform,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  return platform.handle(new Request(`${ORIGIN}${path}`, init));
}

const check = (p: Platform, body: unknown, headers?: Record<string, string>) => call(p, 'POST', '/api/v1/checks', body, headers);
const platformFor = (options: PlatformOptions = {}) => createPlatform({ today: TODAY, ...options });

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  const body = await res.json();
  expect(Problem.safeParse(body).success).toBe(true);
  expect(body).toMatchObject({ status, title: expect.any(String), type: expect.any(String), detail: expect.any(String) });
  return body as { type: string; title: string; status: number; detail: string };
}

describe('POST /v1/checks', () => {
  it('answers each subject in request order: found with records, unknown as found:false', async () => {
    const p = platformFor();
    const ids = [FIXTURES.restricted.subject.id, FIXTURES.unknownEnterprise.subject.id, FIXTURES.cleanThreeYears.subject.id];
    const res = await check(p, { subjects: ids.map((id) => ({ id })), scenario: 'government-procurement' });
    expect(res.status).toBe(200);
    const body = CheckResponse.parse(await res.json());
    expect(body.results.map((r) => r.id)).toEqual(ids);
    const [a, b, c] = body.results as Array<Record<string, unknown>>;
    expect(a.found).toBe(true);
    expect((a.subject as { name: string }).name).toBe(FIXTURES.restricted.subject.name);
    expect((a.records as unknown[]).length).toBe(FIXTURES.restricted.records.length);
    expect(b.found).toBe(false);
    expect(c.records).toEqual([]);
    for (const r of body.results) expect((r as { queryId: string }).queryId).toMatch(/^q_[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(body.catalogVersion).toBe(DEFAULT_CATALOG.version);
    expect(body.asOf.slice(0, 10)).toBe(TODAY);
  });

  it('serves records dated relative to its "today"', async () => {
    const p = platformFor({ today: '2030-03-01' });
    const res = await check(p, { subjects: [{ id: FIXTURES.restricted.subject.id }], scenario: 'bidding' });
    const record = (await res.json()).results[0].records[0];
    expect(record.validUntil).toBe(addDays('2030-03-01', 45));
  });

  it('normalises ids (full-width, lower case, spaces) before looking them up', async () => {
    const p = platformFor();
    const id = FIXTURES.objection.subject.id;
    const messy = ` ${[...id.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')} `;
    const res = await check(p, { subjects: [{ id: messy }], scenario: 'bidding' });
    const result = (await res.json()).results[0];
    expect(result.id).toBe(messy);
    expect(result.found).toBe(true);
    expect(result.subject.id).toBe(id);
  });

  it('adds one ledger entry per subject with operator, department, purpose and case number', async () => {
    const p = platformFor({ department: '市财政局' });
    const before = p.state.ledger.length;
    const res = await check(p, {
      subjects: [{ id: FIXTURES.gradeA.subject.id }, { id: FIXTURES.unknownCooperative.subject.id }],
      scenario: 'government-procurement',
      purpose: '政府采购项目 ZC-2026-099 供应商资格审查',
      caseNumber: 'ZC-2026-099',
      operator: '张三',
    });
    const body = await res.json();
    expect(p.state.ledger.length).toBe(before + 2);
    const byQuery = new Map(p.state.ledger.map((e) => [e.queryId, e]));
    const first = byQuery.get(body.results[0].queryId)!;
    expect(first).toMatchObject({
      operator: '张三',
      department: '市财政局',
      scenario: 'government-procurement',
      purpose: '政府采购项目 ZC-2026-099 供应商资格审查',
      caseNumber: 'ZC-2026-099',
      subjectId: FIXTURES.gradeA.subject.id,
      subjectName: FIXTURES.gradeA.subject.name,
    });
    expect(first.at).toBe(body.asOf);
    const second = byQuery.get(body.results[1].queryId)!;
    expect(second.subjectName).toBeUndefined();
  });

  it('refuses a check on a natural person without a purpose (422), and records nothing', async () => {
    const p = platformFor();
    const before = p.state.ledger.length;
    for (const purpose of [undefined, '', '   ']) {
      const res = await check(p, { subjects: [{ id: FIXTURES.gradeA.subject.id }, { id: FIXTURES.person.subject.id }], scenario: 'honors', purpose });
      const problem = await expectProblem(res, 422);
      expect(problem.detail).not.toContain(FIXTURES.person.subject.id);
    }
    expect(p.state.ledger.length).toBe(before);
  });

  it('checks a person with a purpose and masks the id in the ledger', async () => {
    const p = platformFor();
    const id = FIXTURES.personJudgmentDebtor.subject.id;
    const res = await check(p, { subjects: [{ id }], scenario: 'administrative-licensing', purpose: '行政许可申请受理审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } });
    const body = await res.json();
    expect(body.results[0].found).toBe(true);
    expect(body.results[0].records[0].listType).toBe('dishonest-judgment-debtor');
    const entry = p.state.ledger.find((e) => e.queryId === body.results[0].queryId)!;
    expect(entry.subjectId).toBe(maskSubjectId(id));
    expect(JSON.stringify(p.state.ledger)).not.toContain(id);
  });

  it('returns a per-subject error inside a good batch, the others stand', async () => {
    const broken = FIXTURES.gradeB.subject.id;
    const p = platformFor({ subjectErrors: { [broken]: { status: 503, title: 'source unavailable' } } });
    const res = await check(p, { subjects: [{ id: FIXTURES.gradeA.subject.id }, { id: broken }], scenario: 'bidding' });
    const body = CheckResponse.parse(await res.json());
    expect(body.results[0]).toMatchObject({ found: true });
    expect(body.results[1]).toEqual({ id: broken, error: { status: 503, title: 'source unavailable' } });
    p.setSubjectErrors({});
    const again = await (await check(p, { subjects: [{ id: broken }], scenario: 'bidding' })).json();
    expect(again.results[0].found).toBe(true);
  });

  it('answers an id that cannot be valid with a per-subject 400 error', async () => {
    const p = platformFor();
    const res = await check(p, { subjects: [{ id: '91440106MA5OK2I7Q3' }], scenario: 'bidding' });
    const body = CheckResponse.parse(await res.json());
    expect((body.results[0] as { error: { status: number } }).error.status).toBe(400);
  });

  it('rejects bodies that break the contract with 400 problem+json', async () => {
    const p = platformFor();
    await expectProblem(await check(p, { subjects: [], scenario: 'bidding' }), 400);
    await expectProblem(await check(p, { subjects: [{ id: 'x' }] }), 400);
    await expectProblem(await check(p, { subjects: Array.from({ length: 101 }, () => ({ id: FIXTURES.gradeA.subject.id })), scenario: 'bidding' }), 400);
    await expectProblem(await check(p, '{"subjects": ['), 400);
  });
});

describe('GET /v1/measures', () => {
  it('serves the default catalog with ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const p = platformFor();
    const res = await call(p, 'GET', '/api/v1/measures');
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    const catalog = Catalog.parse(await res.json());
    expect(catalog.version).toBe(DEFAULT_CATALOG.version);
    expect(catalog.measures.length).toBe(DEFAULT_CATALOG.measures.length);

    const again = await call(p, 'GET', '/api/v1/measures', undefined, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const weak = await call(p, 'GET', '/api/v1/measures', undefined, { 'If-None-Match': `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const stale = await call(p, 'GET', '/api/v1/measures', undefined, { 'If-None-Match': '"stale"' });
    expect(stale.status).toBe(200);
  });

  it("serves a given catalog with a different ETag, and 404 for catalog: 'none'", async () => {
    const own: CatalogType = { ...DEFAULT_CATALOG, version: 'city-2026.2', measures: DEFAULT_CATALOG.measures.slice(0, 2) };
    const a = await call(platformFor(), 'GET', '/api/v1/measures');
    const b = await call(platformFor({ catalog: own }), 'GET', '/api/v1/measures');
    expect((await b.json()).version).toBe('city-2026.2');
    expect(b.headers.get('ETag')).not.toBe(a.headers.get('ETag'));
    const checkRes = await check(platformFor({ catalog: own }), { subjects: [{ id: FIXTURES.gradeA.subject.id }], scenario: 'bidding' });
    expect((await checkRes.json()).catalogVersion).toBe('city-2026.2');
    await expectProblem(await call(platformFor({ catalog: 'none' }), 'GET', '/api/v1/measures'), 404);
  });
});

describe('POST /v1/feedback', () => {
  const feedback = (action: string, reason?: string) => ({
    queryId: 'q_0123456789ABCDEFGHJK',
    subjectId: FIXTURES.restricted.subject.id,
    measureId: 'P-PROCUREMENT-BAN',
    action,
    reason,
    caseNumber: 'ZC-2026-031',
    operator: '张三',
  });

  it('needs an Idempotency-Key (400 without)', async () => {
    const p = platformFor();
    await expectProblem(await call(p, 'POST', '/api/v1/feedback', feedback('applied')), 400);
    expect(p.state.feedback).toHaveLength(0);
  });

  it('records once per key: a repeated key returns the first answer with 200 and records nothing new', async () => {
    const p = platformFor();
    const key = crypto.randomUUID();
    const first = await call(p, 'POST', '/api/v1/feedback', feedback('applied'), { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const receipt = FeedbackReceipt.parse(await first.json());
    expect(receipt.id).toMatch(/^fb_/);
    const second = await call(p, 'POST', '/api/v1/feedback', feedback('applied'), { 'Idempotency-Key': key });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(receipt);
    expect(p.state.feedback).toHaveLength(1);
    expect(p.state.feedback[0]).toMatchObject({ action: 'applied', measureId: 'P-PROCUREMENT-BAN', idempotencyKey: key });
    expect(p.state.idempotencyHits.get(key)).toBe(1);

    const other = await call(p, 'POST', '/api/v1/feedback', feedback('applied'), { 'Idempotency-Key': crypto.randomUUID() });
    expect(other.status).toBe(201);
    expect(p.state.feedback).toHaveLength(2);
  });

  it.each(['not-applied', 'overridden'])('requires a reason for %s (422)', async (action) => {
    const p = platformFor();
    for (const reason of [undefined, ' ']) {
      await expectProblem(await call(p, 'POST', '/api/v1/feedback', feedback(action, reason), { 'Idempotency-Key': crypto.randomUUID() }), 422);
    }
    const ok = await call(p, 'POST', '/api/v1/feedback', feedback(action, '经集体研究决定继续受理'), { 'Idempotency-Key': crypto.randomUUID() });
    expect(ok.status).toBe(201);
    expect(p.state.feedback).toHaveLength(1);
  });

  it('a key whose first use failed validation can be used again', async () => {
    const p = platformFor();
    const key = crypto.randomUUID();
    await expectProblem(await call(p, 'POST', '/api/v1/feedback', { action: 'applied' }, { 'Idempotency-Key': key }), 400);
    const ok = await call(p, 'POST', '/api/v1/feedback', feedback('applied'), { 'Idempotency-Key': key });
    expect(ok.status).toBe(201);
  });
});

describe('commitments', () => {
  const create = (p: Platform, key: string, subjectId = FIXTURES.shortHistory.subject.id) =>
    call(
      p,
      'POST',
      '/api/v1/commitments',
      {
        subjectId,
        caseNumber: 'XK-2026-0777',
        items: ['消防验收合格证明'],
        dueOn: addDays(TODAY, 30),
        statement: '本单位承诺在约定期限内补齐材料。',
        signatory: '陈思远',
      },
      { 'Idempotency-Key': key },
    );

  it('seeds three commitments, one of them pending and overdue', () => {
    const p = platformFor();
    expect(p.state.commitments).toHaveLength(3);
    expect(p.state.commitments.some((c) => c.status === 'pending' && c.dueOn < TODAY)).toBe(true);
    expect(p.state.commitments.some((c) => c.status === 'pending' && c.dueOn > TODAY)).toBe(true);
    for (const c of p.state.commitments) expect(Commitment.safeParse(c).success).toBe(true);
  });

  it('creates a pending commitment once per Idempotency-Key', async () => {
    const p = platformFor();
    await expectProblem(await call(p, 'POST', '/api/v1/commitments', { subjectId: 'x' }), 400);
    const key = crypto.randomUUID();
    const res = await create(p, key);
    expect(res.status).toBe(201);
    const c = Commitment.parse(await res.json());
    expect(c).toMatchObject({ status: 'pending', subjectName: FIXTURES.shortHistory.subject.name, caseNumber: 'XK-2026-0777' });
    const again = await create(p, key);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(c.id);
    expect(p.state.commitments).toHaveLength(4);
    expect(p.state.idempotencyHits.get(key)).toBe(1);
  });

  it('refuses a commitment for a subject the platform does not know (422)', async () => {
    const p = platformFor();
    await expectProblem(await create(p, crypto.randomUUID(), FIXTURES.unknownEnterprise.subject.id), 422);
  });

  it('searches by subject (any spelling), case number and status, newest first', async () => {
    const p = platformFor();
    await create(p, crypto.randomUUID());
    const search = async (q: unknown) => CommitmentList.parse(await (await call(p, 'POST', '/api/v1/commitments/search', q)).json()).items;
    const bySubject = await search({ subjectId: FIXTURES.shortHistory.subject.id.toLowerCase() });
    expect(bySubject.map((c) => c.caseNumber)).toEqual(['XK-2026-0777', 'XK-2026-0412']);
    expect(await search({ caseNumber: 'XK-2026-0777' })).toHaveLength(1);
    expect((await search({ status: 'fulfilled' })).every((c) => c.status === 'fulfilled')).toBe(true);
    expect(await search({})).toHaveLength(4);
    await expectProblem(await call(p, 'POST', '/api/v1/commitments/search', { status: 'lost' }), 400);
  });

  it('closes a commitment; a breach becomes a commitment-breach record of that subject', async () => {
    const p = platformFor();
    const subject = FIXTURES.shortHistory.subject.id;
    const c = await (await create(p, crypto.randomUUID())).json();
    const before = await (await check(p, { subjects: [{ id: subject }], scenario: 'administrative-licensing' })).json();
    expect(before.results[0].records).toEqual([]);

    const res = await call(p, 'PATCH', `/api/v1/commitments/${c.id}`, { status: 'breached', note: '逾期未补交' });
    expect(res.status).toBe(200);
    const closed = Commitment.parse(await res.json());
    expect(closed.status).toBe('breached');
    expect(closed.closedAt).toBeTruthy();

    const after = CheckResponse.parse(await (await check(p, { subjects: [{ id: subject }], scenario: 'administrative-licensing' })).json());
    const records = (after.results[0] as { records: Array<{ listType: string; status: string; listedOn: string }> }).records;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ listType: 'commitment-breach', status: 'active', listedOn: TODAY });

    await expectProblem(await call(p, 'PATCH', `/api/v1/commitments/${c.id}`, { status: 'fulfilled' }), 409);
    await expectProblem(await call(p, 'PATCH', '/api/v1/commitments/cm_nope', { status: 'fulfilled' }), 404);
    await expectProblem(await call(p, 'PATCH', `/api/v1/commitments/${c.id}`, { status: 'pending' }), 400);
  });

  it('fulfilling adds no record', async () => {
    const p = platformFor();
    const pending = p.state.commitments.find((c) => c.status === 'pending')!;
    // fetch does not upper-case PATCH: the platform must accept `patch` as well.
    const res = await call(p, 'patch', `/api/v1/commitments/${pending.id}`, { status: 'fulfilled' });
    expect((await res.json()).status).toBe('fulfilled');
    expect(p.state.addedRecords.size).toBe(0);
  });
});

describe('GET /v1/ledger', () => {
  const page = async (p: Platform, query: string) => {
    const res = await call(p, 'GET', `/api/v1/ledger${query}`);
    expect(res.status).toBe(200);
    return LedgerPage.parse(await res.json());
  };

  it('is seeded with about 60 entries over the last 30 days, persons masked', () => {
    const p = platformFor();
    expect(p.state.ledger.length).toBeGreaterThanOrEqual(55);
    const days = p.state.ledger.map((e) => e.at.slice(0, 10));
    expect(days.every((d) => d < TODAY && d >= addDays(TODAY, -30))).toBe(true);
    expect(new Set(days).size).toBeGreaterThan(10);
    const persons = Object.values(FIXTURES).filter((f) => f.subject.kind === 'natural-person');
    const text = JSON.stringify(p.state.ledger);
    for (const f of persons) expect(text).not.toContain(f.subject.id);
  });

  it('pages with a cursor through every entry, newest first, with the total', async () => {
    const p = platformFor();
    const seen: LedgerEntry[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await page(p, `?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.total).toBe(p.state.ledger.length);
      expect(res.items.length).toBeLessThanOrEqual(7);
      seen.push(...res.items);
      cursor = res.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(p.state.ledger.length);
    expect(new Set(seen.map((e) => e.queryId)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1].at >= seen[i].at).toBe(true);
  });

  it('a new check during paging does not shift the next page', async () => {
    const p = platformFor();
    const first = await page(p, '?limit=5');
    await check(p, { subjects: [{ id: FIXTURES.gradeA.subject.id }], scenario: 'bidding' });
    const second = await page(p, `?limit=5&cursor=${first.nextCursor}`);
    const firstIds = new Set(first.items.map((e) => e.queryId));
    expect(second.items.some((e) => firstIds.has(e.queryId))).toBe(false);
    const all = await page(p, '?limit=500');
    const index = all.items.findIndex((e) => e.queryId === first.items[4].queryId);
    expect(all.items[index + 1].queryId).toBe(second.items[0].queryId);
  });

  it('filters by from/to (inclusive), operator and scenario; total counts the filtered entries', async () => {
    const p = platformFor();
    const from = addDays(TODAY, -10);
    const to = addDays(TODAY, -3);
    const res = await page(p, `?from=${from}&to=${to}&limit=500`);
    const expected = p.state.ledger.filter((e) => e.at.slice(0, 10) >= from && e.at.slice(0, 10) <= to);
    expect(expected.length).toBeGreaterThan(0);
    expect(res.total).toBe(expected.length);
    expect(res.items.map((e) => e.queryId).sort()).toEqual(expected.map((e) => e.queryId).sort());

    const operator = p.state.ledger[0].operator;
    const byOperator = await page(p, `?operator=${encodeURIComponent(operator)}&limit=500`);
    expect(byOperator.items.length).toBeGreaterThan(0);
    expect(byOperator.items.every((e) => e.operator === operator)).toBe(true);
    expect(byOperator.total).toBe(p.state.ledger.filter((e) => e.operator === operator).length);

    const byScenario = await page(p, '?scenario=government-procurement&limit=500');
    expect(byScenario.items.length).toBeGreaterThan(0);
    expect(byScenario.items.every((e) => e.scenario === 'government-procurement')).toBe(true);
    expect((await page(p, '?scenario=nothing-like-this')).items).toEqual([]);
  });

  it('rejects a limit above 500, a bad date and a foreign cursor with 400', async () => {
    const p = platformFor();
    expect((await page(p, '?limit=500')).items.length).toBe(p.state.ledger.length);
    await expectProblem(await call(p, 'GET', '/api/v1/ledger?limit=501'), 400);
    await expectProblem(await call(p, 'GET', '/api/v1/ledger?limit=ten'), 400);
    await expectProblem(await call(p, 'GET', '/api/v1/ledger?from=22-11-2026'), 400);
    await expectProblem(await call(p, 'GET', '/api/v1/ledger?cursor=not-ours'), 400);
  });
});

describe('routing, authorisation and state', () => {
  it('answers under any prefix ending in the base path, and 404 elsewhere', async () => {
    const p = platformFor({ basePath: '/gateway/credit/' });
    expect((await call(p, 'GET', '/gateway/credit/v1/measures')).status).toBe(200);
    expect((await call(p, 'GET', '/proxy/gateway/credit/v1/measures')).status).toBe(200);
    await expectProblem(await call(p, 'GET', '/api/v1/measures'), 404);
    await expectProblem(await call(p, 'GET', '/gateway/credit/v1/nothing'), 404);
    const bare = platformFor({ basePath: '' });
    expect((await call(bare, 'GET', '/v1/measures')).status).toBe(200);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const p = platformFor();
    const res = await call(p, 'GET', '/api/v1/checks');
    await expectProblem(res, 405);
    expect(res.headers.get('Allow')).toBe('POST');
  });

  it('with a token, requires Authorization: Bearer <token> (401 otherwise)', async () => {
    const p = platformFor({ token: 'secret-1' });
    const none = await call(p, 'GET', '/api/v1/measures');
    await expectProblem(none, 401);
    expect(none.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    await expectProblem(await call(p, 'GET', '/api/v1/measures', undefined, { Authorization: 'Bearer wrong' }), 401);
    await expectProblem(await call(p, 'GET', '/api/v1/measures', undefined, { Authorization: 'secret-1' }), 401);
    expect((await call(p, 'GET', '/api/v1/measures', undefined, { Authorization: 'Bearer secret-1' })).status).toBe(200);
  });

  it('acceptToken decides which tokens pass (token rotation)', async () => {
    let current = 'token-a';
    const p = platformFor({ acceptToken: (t) => t === current });
    const get = (t: string) => call(p, 'GET', '/api/v1/ledger', undefined, { Authorization: `Bearer ${t}` });
    expect((await get('token-a')).status).toBe(200);
    current = 'token-b';
    expect((await get('token-a')).status).toBe(401);
    expect((await get('token-b')).status).toBe(200);
  });

  it('records every request with method, path, time and parsed body', async () => {
    const p = platformFor();
    await check(p, { subjects: [{ id: FIXTURES.gradeA.subject.id }], scenario: 'bidding' });
    await call(p, 'GET', '/api/v1/ledger?limit=3');
    expect(p.state.requests).toHaveLength(2);
    expect(p.state.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/checks', body: { scenario: 'bidding' } });
    expect(p.state.requests[1]).toMatchObject({ method: 'GET', path: '/api/v1/ledger?limit=3' });
    expect(p.state.requests[1].body).toBeUndefined();
    expect(Number.isNaN(Date.parse(p.state.requests[0].at))).toBe(false);
  });

  it('reset() restores the seeded state and the initial faults', async () => {
    const p = platformFor({ faults: { mode: 'http-500', path: '/v1/ledger' } });
    const seeded = p.state.ledger.map((e) => e.queryId);
    p.setFaults('none');
    await check(p, { subjects: [{ id: FIXTURES.gradeA.subject.id }], scenario: 'bidding' });
    await call(p, 'POST', '/api/v1/feedback', { queryId: 'q_1', subjectId: 'x', measureId: 'm', action: 'applied' }, { 'Idempotency-Key': 'k1' });
    expect(p.state.feedback).toHaveLength(1);
    p.reset();
    expect(p.state.ledger.map((e) => e.queryId)).toEqual(seeded);
    expect(p.state.feedback).toHaveLength(0);
    expect(p.state.requests).toHaveLength(0);
    expect(p.state.idempotencyHits.size).toBe(0);
    expect((await call(p, 'GET', '/api/v1/ledger')).status).toBe(500);
    expect((await call(p, 'POST', '/api/v1/feedback', { queryId: 'q_1', subjectId: 'x', measureId: 'm', action: 'applied' }, { 'Idempotency-Key': 'k1' })).status).toBe(201);
  });

  it('seed: false starts empty', () => {
    const p = platformFor({ seed: false });
    expect(p.state.ledger).toEqual([]);
    expect(p.state.commitments).toEqual([]);
  });

  it('refuses a malformed today', () => {
    expect(() => createPlatform({ today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
