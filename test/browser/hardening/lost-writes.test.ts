/**
 * No lost writes (domain.md §7): feedback and commitments made while the platform cannot
 * be reached wait in the browser (IndexedDB), survive a reload, and reach the platform once
 * it is back — every one acknowledged exactly once (the platform counts idempotency keys):
 * none lost, none doubled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clientFor, configure, resetConfig } from '../../../src/client/registry.js';
import type { CommitmentCreate, FeedbackRequest } from '../../../src/contract/index.js';
import { addDays, todayInChina } from '../../../src/policy/dates.js';
import { FIXTURES, knownFixtures } from '../../../src/testing/index.js';
import type { CreditCheck } from '../../../widgets/credit-check/credit-check.js';
import type { CreditGate } from '../../../widgets/credit-gate/credit-gate.js';
import '../../../widgets/credit-gate/define.js';
import type { CreditManualVerification } from '../../../widgets/internal/manual-verification.js';
import type { CreditObjectionElement } from '../../../widgets/internal/objection-form.js';
import '../../../widgets/internal/objection-form.js';
import type { Decision } from '../../../src/policy/decision.js';
import { usePlatform } from '../support/platform.js';
import { settle } from './support/elements.js';
import { until, untilAsync, watchPage, type PageWatch } from './support/page.js';

const PROCUREMENT = 'government-procurement';

let watch: PageWatch;
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => {
  watch.stop();
  resetConfig();
});

/** Idempotency keys of the requests the platform received for `path` (POST), in order. */
function keysSent(platform: { state: { requests: { method: string; path: string; headers: Record<string, string> }[] } }, path: string): string[] {
  return platform.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith(path)).map((r) => r.headers['idempotency-key']);
}

describe('hardening: no lost writes', function () {
  this.timeout(30_000);

  it('20 feedback items and 5 commitments made offline survive a reload and are acknowledged exactly once', async () => {
    const { platform, endpoint } = await usePlatform();
    const today = todayInChina();
    const caseNumber = `XK-LW-${Math.random().toString(36).slice(2, 8)}`;

    // Online: checks, so that the feedback answers real query ids.
    const subjects = knownFixtures()
      .filter((f) => f.subject.kind !== 'natural-person' && f.subject.id !== FIXTURES.restricted.subject.id)
      .slice(0, 19)
      .map((f) => f.subject.id);
    const decisions = await clientFor(endpoint).check(subjects, { scenario: PROCUREMENT, caseNumber });
    const panel = await fixture<CreditCheck>(html`<credit-check endpoint=${endpoint} scenario=${PROCUREMENT} case-number=${caseNumber} subject=${FIXTURES.restricted.subject.id}></credit-check>`);
    await settle(panel);

    // The platform goes away.
    platform.setFaults('offline');
    const client = clientFor(endpoint);
    const feedback: FeedbackRequest[] = decisions.map((d, i) => ({
      queryId: d.queryId!,
      subjectId: d.subjectId,
      measureId: d.applied[0]?.measure.id ?? 'P-PROCUREMENT-BAN',
      action: i % 3 === 0 ? 'not-applied' : 'applied',
      ...(i % 3 === 0 ? { reason: `第 ${i + 1} 条：经核实不适用` } : {}),
      caseNumber,
    }));
    const receipts = await Promise.all(feedback.map((f) => client.feedback(f)));
    // The 20th through the panel, as a clerk gives it.
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="feedback"][data-measure="P-PROCUREMENT-BAN"] button.respond[data-action="applied"]')!.click();
    await until(() => panel.shadowRoot!.querySelector('.delivery[data-state="queued"]'), 'the panel’s response to be queued');

    const commitments: CommitmentCreate[] = Array.from({ length: 5 }, (_, i) => ({
      subjectId: FIXTURES.cleanThreeYears.subject.id,
      caseNumber,
      items: [`补正材料 ${i + 1}`],
      dueOn: addDays(today, 30 + i),
      statement: `本单位承诺于期限内补交补正材料 ${i + 1}。`,
      signatory: '陈思远',
    }));
    const commitmentReceipts = await Promise.all(commitments.map((c) => client.commitments.create(c)));
    expect([...receipts, ...commitmentReceipts].map((r) => r.state)).to.deep.equal(Array(24).fill('queued'));
    const pendingBefore = await client.outbox.pending();
    expect(pendingBefore.filter((i) => i.kind === 'feedback')).to.have.length(20);
    expect(pendingBefore.filter((i) => i.kind === 'commitment-create')).to.have.length(5);
    expect(platform.state.feedback).to.have.length(0);

    // The page is reloaded: elements and clients are gone, only IndexedDB remains.
    panel.remove();
    resetConfig();
    const keysBefore = new Set(pendingBefore.map((i) => i.key));

    // The platform is back; the new page's client sends what was waiting.
    platform.setFaults('none');
    const after = clientFor(endpoint);
    expect(after === client, 'a new client after the reload').to.be.false;
    await until(
      () => platform.state.feedback.length >= 20 && platform.state.commitments.filter((c) => c.caseNumber === caseNumber).length >= 5,
      'every write to arrive',
    );
    await after.outbox.flush();
    await untilAsync(async () => (await after.outbox.pending()).length === 0, 'the outbox to be empty');
    expect(await after.outbox.pending(), 'nothing left waiting').to.deep.equal([]);

    // None lost, none doubled: each key stored once, and never answered twice.
    const storedKeys = platform.state.feedback.map((f) => f.idempotencyKey);
    expect(storedKeys).to.have.length(20);
    expect(new Set(storedKeys).size).to.equal(20);
    const created = platform.state.commitments.filter((c) => c.caseNumber === caseNumber);
    expect(created).to.have.length(5);
    const commitmentKeys = keysSent(platform, '/v1/commitments').filter((k) => keysBefore.has(k));
    const delivered = new Set([...storedKeys, ...commitmentKeys]);
    expect([...keysBefore].filter((k) => !delivered.has(k)), 'keys never delivered').to.deep.equal([]);
    for (const key of keysBefore) expect(platform.state.idempotencyHits.get(key), `hits of ${key}`).to.equal(0);
    expect(created.map((c) => c.items[0]).sort()).to.deep.equal(commitments.map((c) => c.items[0]).sort());
    expect(platform.state.feedback.map((f) => f.reason ?? '').filter(Boolean).sort()).to.deep.equal(
      feedback.map((f) => f.reason ?? '').filter(Boolean).sort(),
    );
    expect(watch.errors).to.deep.equal([]);
    expect(watch.rejections).to.deep.equal([]);
  });

  it('a manual verification and an objection made through their forms offline survive a reload and arrive exactly once', async () => {
    const { platform, endpoint } = await usePlatform();
    const caseNumber = `XK-LW-${Math.random().toString(36).slice(2, 8)}`;
    // The platform cannot be reached: the gate's check is unknown, the way through is 人工核查.
    platform.setFaults('offline');
    const gate = await fixture<CreditGate>(html`<credit-gate endpoint=${endpoint} scenario=${PROCUREMENT} case-number=${caseNumber} subject=${FIXTURES.restricted.subject.id}
      ><button type="button">批准</button></credit-gate
    >`);
    await settle(gate);
    gate.shadowRoot!.querySelector<HTMLButtonElement>('button.manual-verification')!.click();
    await gate.updateComplete;
    const form = gate.shadowRoot!.querySelector<CreditManualVerification>('credit-manual-verification')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLInputElement>('input[name="finding"][value="no-records"]')!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await until(() => gate.allowed, 'the gate to let the clerk proceed on the verification');
    expect(gate.manualVerification!.state).to.equal('queued');

    const record = FIXTURES.restricted.records[0];
    const objection = await fixture<CreditObjectionElement>(html`<credit-objection endpoint=${endpoint}></credit-objection>`);
    objection.record = record;
    objection.decision = { subjectId: FIXTURES.restricted.subject.id, queryId: null } as unknown as Decision;
    await objection.updateComplete;
    objection.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
    await objection.updateComplete;
    objection.shadowRoot!.querySelector<HTMLInputElement>('input[name="raised-by"][value="department"]')!.click();
    await objection.updateComplete;
    const reason = objection.shadowRoot!.querySelector<HTMLTextAreaElement>('#ob-reason')!;
    reason.value = '处罚决定已撤销';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    objection.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    await until(() => objection.shadowRoot!.querySelector('li.filed[data-state="queued"]'), 'the objection to be queued');

    const client = clientFor(endpoint);
    const pending = await client.outbox.pending();
    expect(pending.map((i) => i.kind).sort()).to.deep.equal(['objection', 'verification']);
    expect(platform.state.verifications).to.have.length(0);
    expect(platform.state.objections).to.have.length(0);

    // The page is reloaded: elements and clients are gone, only IndexedDB remains.
    gate.remove();
    objection.remove();
    resetConfig();
    platform.setFaults('none');
    const after = clientFor(endpoint);
    await until(() => platform.state.verifications.length >= 1 && platform.state.objections.length >= 1, 'both writes to arrive');
    await after.outbox.flush();
    await untilAsync(async () => (await after.outbox.pending()).length === 0, 'the outbox to be empty');
    expect(platform.state.verifications).to.have.length(1);
    expect(platform.state.objections).to.have.length(1);
    expect(platform.state.verifications[0]).to.include({ finding: 'no-records', caseNumber });
    expect(platform.state.objections[0]).to.include({ recordId: record.id, raisedBy: 'department', reason: '处罚决定已撤销' });
    for (const item of pending) expect(platform.state.idempotencyHits.get(item.key), `hits of ${item.kind}`).to.equal(0);
    expect(watch.errors).to.deep.equal([]);
    expect(watch.rejections).to.deep.equal([]);
  });

  it('a reload while a write is on the wire: it is recorded once, under one key', async () => {
    const { platform, endpoint } = await usePlatform({ latencyMs: 300 });
    const [d] = await clientFor(endpoint).check([FIXTURES.restricted.subject.id], { scenario: PROCUREMENT });
    const client = clientFor(endpoint);
    const sent = client.feedback({ queryId: d.queryId!, subjectId: d.subjectId, measureId: 'P-PROCUREMENT-BAN', action: 'applied' });
    // The request is on its way (the platform holds it for 300 ms) when the page goes.
    await until(() => platform.state.requests.some((r) => r.path.endsWith('/v1/feedback')), 'the write to be on the wire');
    resetConfig();
    const after = clientFor(endpoint);
    await sent;
    await after.outbox.flush();
    await untilAsync(async () => (await after.outbox.pending()).length === 0, 'the outbox to be empty');
    expect(await after.outbox.pending(), 'nothing left waiting').to.deep.equal([]);
    const keys = keysSent(platform, '/v1/feedback');
    expect(new Set(keys).size, 'one key').to.equal(1);
    expect(platform.state.feedback).to.have.length(1);
    expect(platform.state.feedback[0].idempotencyKey).to.equal(keys[0]);
  });

  it('a write the platform acknowledged with an unreadable body is not sent again', async () => {
    const { platform, endpoint } = await usePlatform();
    const [d] = await clientFor(endpoint).check([FIXTURES.restricted.subject.id], { scenario: PROCUREMENT });
    platform.setFaults({ mode: 'malformed-json', path: '/v1/feedback' });
    const receipt = await clientFor(endpoint).feedback({ queryId: d.queryId!, subjectId: d.subjectId, measureId: 'P-PROCUREMENT-BAN', action: 'applied' });
    expect(receipt.state).to.equal('sent');
    platform.setFaults('none');
    resetConfig();
    await clientFor(endpoint).outbox.flush();
    expect(platform.state.feedback).to.have.length(1);
    expect(keysSent(platform, '/v1/feedback')).to.have.length(1);
    expect(await clientFor(endpoint).outbox.pending()).to.deep.equal([]);
  });

  it('a write refused because the session expired (401) waits, and goes out once the clerk has logged in again', async () => {
    let session = 'expired';
    const { platform, endpoint } = await usePlatform({ acceptToken: (t) => t === 'fresh' });
    configure({ getToken: () => session });
    const client = clientFor(endpoint);
    const receipt = await client.feedback({ queryId: 'q_LW401', subjectId: FIXTURES.restricted.subject.id, measureId: 'P-PROCUREMENT-BAN', action: 'applied' });
    expect(receipt.state, 'kept to be sent again, not given up').to.equal('queued');
    expect((await client.outbox.pending()).map((i) => i.state)).to.deep.equal(['queued']);
    session = 'fresh'; // logged in again
    await client.outbox.flush();
    await until(() => platform.state.feedback.length === 1, 'the write to go out with the new session');
    expect(platform.state.feedback[0].idempotencyKey).to.equal(receipt.key);
    expect(await client.outbox.pending()).to.deep.equal([]);
  });
});
