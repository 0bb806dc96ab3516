/**
 * Issue 17, headless: the authorisation of person checks (domain.md §1), manual verifications
 * (人工核查, §12) and objections (异议, §13) through the client and the simulated platform.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isCreditInputError } from '../../../src/client/index.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { maskSubjectId } from '../../../src/ids/index.js';
import { harness, type Harness } from './harness.js';

const FIXTURES_TODAY = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
const procurement = { scenario: 'government-procurement' } as const;
const consent = { basis: 'subject-consent', reference: '授权书 2026-031-07' } as const;
let h: Harness;
afterEach(() => h?.client.dispose());

describe('authorisation of a person check (domain.md §1)', () => {
  it('a person check without authorisation is refused before any request: unknown, authorization-required, a sentence saying what is missing', async () => {
    h = harness();
    const person = FIXTURES.person.subject.id;
    const decision = await h.client.check(person, { ...procurement, purpose: '资格审查' });
    expect(decision).toMatchObject({ outcome: 'unknown', reason: 'authorization-required', subjectId: maskSubjectId(person) });
    expect((decision as { message?: string }).message).toMatch(/authorization/);
    expect(h.fetched).toHaveLength(0);
  });

  it('consent without its reference is refused too; with the reference it is sent with the check and kept in the ledger', async () => {
    h = harness();
    const person = FIXTURES.personJudgmentDebtor.subject.id;
    const refused = await h.client.check(person, { ...procurement, purpose: '资格审查', authorization: { basis: 'subject-consent', reference: ' ' } });
    expect(refused.reason).toBe('authorization-required');
    expect(h.fetched).toHaveLength(0);
    const decision = await h.client.check(person, { ...procurement, purpose: '资格审查', authorization: consent });
    expect(decision.outcome).not.toBe('unknown');
    const body = h.requests('checks')[0].body as { authorization?: unknown };
    expect(body.authorization).toEqual(consent);
    expect(h.platform.state.ledger[0]).toMatchObject({ queryId: decision.queryId, authorization: consent });
  });

  it("the client's authorization option is the default; a statutory duty needs no reference; a company check needs none at all", async () => {
    h = harness({}, { authorization: { basis: 'statutory-duty', reference: '《优化营商环境条例》第五十三条' } });
    const decision = await h.client.check(FIXTURES.person.subject.id, { ...procurement, purpose: '资格审查' });
    expect(decision.reason).not.toBe('authorization-required');
    h.client.dispose();
    h = harness();
    const company = await h.client.check(FIXTURES.cleanThreeYears.subject.id, procurement);
    expect(company.outcome).not.toBe('unknown');
  });
});

describe('client.verifications.create (人工核查, domain.md §12)', () => {
  const base = { subjectId: FIXTURES.cleanThreeYears.subject.id, scenario: 'government-procurement', source: 'credit-china', checkedOn: FIXTURES_TODAY, finding: 'no-records' } as const;

  it('is sent once with an Idempotency-Key and the ledger lists it as a manual verification', async () => {
    h = harness();
    const receipt = await h.client.verifications.create({ ...base, queryId: 'q_1', caseNumber: '2026-031' });
    expect(receipt.state).toBe('sent');
    expect(h.platform.state.verifications).toHaveLength(1);
    const entry = h.platform.state.ledger[0];
    expect(entry).toMatchObject({ kind: 'manual-verification', subjectId: base.subjectId, caseNumber: '2026-031', verification: { source: 'credit-china', finding: 'no-records', queryId: 'q_1' } });
  });

  it.each([
    ['a credit-report without a reference', { source: 'credit-report' }, /reference/],
    ['records-found without a note', { finding: 'records-found' }, /note/],
    ['a date checked in the future', { checkedOn: '2999-01-01' }, /future/],
  ])('refuses %s before anything is queued', async (_name, change, message) => {
    h = harness();
    const error = await h.client.verifications.create({ ...base, ...change } as never).catch((e: unknown) => e);
    expect(isCreditInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(await h.client.outbox.pending()).toHaveLength(0);
    expect(h.platform.state.verifications).toHaveLength(0);
  });

  it('the platform answers 400 for the same mistakes (a client that skips the checks), and a repeated key records nothing new', async () => {
    h = harness();
    const post = (body: unknown, key: string) =>
      h.platform.handle(new Request('https://x/api/v1/verifications', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) }));
    expect((await post({ ...base, source: 'credit-report' }, 'k1')).status).toBe(400);
    expect((await post({ ...base, finding: 'records-found', note: '' }, 'k2')).status).toBe(400);
    expect((await post({ ...base, checkedOn: '2999-01-01' }, 'k3')).status).toBe(400);
    expect((await post(base, 'k4')).status).toBe(201);
    expect((await post(base, 'k4')).status).toBe(200);
    expect(h.platform.state.verifications).toHaveLength(1);
  });

  it("a person's id is sent and kept only masked", async () => {
    h = harness();
    const person = FIXTURES.person.subject.id;
    await h.client.verifications.create({ ...base, subjectId: person, note: `核对 ${person}` });
    const sent = JSON.stringify(h.requests('verifications').map((r) => r.body));
    expect(sent).not.toContain(person);
    expect(sent).toContain(maskSubjectId(person));
    expect(h.platform.state.ledger[0].subjectId).toBe(maskSubjectId(person));
  });
});

describe('client.objections (异议, domain.md §13)', () => {
  const record = FIXTURES.restricted.records[0];
  const base = { recordId: record.id, subjectId: FIXTURES.restricted.subject.id, raisedBy: 'department', reason: '处罚决定已撤销，平台数据未更新' } as const;

  it('files an objection once; the answer carries dueOn 20 days after receipt; search finds it; the record is reported as under objection', async () => {
    h = harness();
    const receipt = await h.client.objections.create(base);
    expect(receipt.state).toBe('sent');
    const today = h.platform.state.today;
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 20);
    expect(receipt.response).toMatchObject({ recordId: record.id, status: 'pending', dueOn: due.toISOString().slice(0, 10) });
    const found = await h.client.objections.search({ subjectId: base.subjectId });
    expect(found.map((o) => o.recordId)).toEqual([record.id]);
    const decision = await h.client.check(base.subjectId, procurement);
    expect(decision.records.find((r) => r.id === record.id)?.status).toBe('objection');
  });

  it('an objection raised by the subject needs a contact; without one nothing is queued (and the platform would answer 400)', async () => {
    h = harness();
    const error = await h.client.objections.create({ ...base, raisedBy: 'subject' }).catch((e: unknown) => e);
    expect(isCreditInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/contact/);
    expect(await h.client.outbox.pending()).toHaveLength(0);
    const answer = await h.platform.handle(
      new Request('https://x/api/v1/objections', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'k' }, body: JSON.stringify({ ...base, raisedBy: 'subject' }) }),
    );
    expect(answer.status).toBe(400);
    const ok = await h.client.objections.create({ ...base, raisedBy: 'subject', contact: '0731-8888 6666' });
    expect(ok.state).toBe('sent');
    expect(JSON.stringify(ok.response)).not.toContain('8888');
  });
});
