/**
 * Credit commitments (信用承诺): `POST /v1/commitments` (a subject known to the platform),
 * `POST /v1/commitments/search`, `PATCH /v1/commitments/:id` (fulfilled or breached, once;
 * a breach adds a commitment-breach record to the subject).
 */
import type { Commitment } from '../../contract/index.js';
import {
  CommitmentCreate as CommitmentCreateSchema,
  CommitmentSearch as CommitmentSearchSchema,
  CommitmentUpdate as CommitmentUpdateSchema,
} from '../../contract/schemas.js';
import { displayId, normalizeSubjectId } from '../../ids/index.js';
import { addDays } from '../../policy/dates.js';
import type { StoredCommitment } from '../platform.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest, json, problem } from '../responses.js';

/** A commitment as answered: like the ledger, a natural person's id masked; no note, no id as sent. */
function publicCommitment(c: StoredCommitment): Commitment {
  const { note: _note, sentSubjectId: _sent, ...rest } = c;
  return { ...rest, subjectId: displayId(c.subjectId), items: [...c.items] };
}

export const createCommitment: RouteHandler = (ctx, { request, body }) =>
  ctx.idempotent('commitments', request, () => {
    const parsed = CommitmentCreateSchema.safeParse(body);
    if (!parsed.success) return invalidRequest('Invalid commitment', parsed.error);
    const c = parsed.data;
    const fixture = ctx.resolveSubject(c.subjectId);
    const subjectId = fixture?.subject.id ?? normalizeSubjectId(c.subjectId);
    if (!fixture) {
      return problem(422, 'unknown-subject', 'Unknown subject', `No subject ${displayId(subjectId)} at the platform.`);
    }
    const commitment: StoredCommitment = {
      id: platformId('cm', ctx.random),
      subjectId,
      subjectName: fixture.subject.name,
      caseNumber: c.caseNumber,
      items: [...c.items],
      dueOn: c.dueOn,
      statement: c.statement,
      signatory: c.signatory,
      status: 'pending',
      createdAt: ctx.nowTime(),
      sentSubjectId: c.subjectId,
    };
    ctx.state.commitments.push(commitment);
    return { status: 201, body: publicCommitment(commitment) };
  });

export const searchCommitments: RouteHandler = (ctx, { body }) => {
  const parsed = CommitmentSearchSchema.safeParse(body ?? {});
  if (!parsed.success) return invalidRequest('Invalid commitment search', parsed.error);
  const q = parsed.data;
  // A person's id may arrive masked (the SDK never stores it in full): compare as shown.
  const subjectId = q.subjectId ? displayId(normalizeSubjectId(q.subjectId)) : null;
  const items = ctx.state.commitments
    .filter((c) => (!subjectId || displayId(c.subjectId) === subjectId) && (!q.caseNumber || c.caseNumber === q.caseNumber) && (!q.status || c.status === q.status))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .map(publicCommitment);
  return json(200, { items });
};

export const updateCommitment: RouteHandler = (ctx, { body, params }) => {
  const parsed = CommitmentUpdateSchema.safeParse(body);
  if (!parsed.success) return invalidRequest('Invalid commitment update', parsed.error);
  const { state, today } = ctx;
  const commitment = state.commitments.find((c) => c.id === params.id);
  if (!commitment) return problem(404, 'not-found', 'No such commitment', `No commitment ${params.id}.`);
  const update = parsed.data;
  if (commitment.status !== 'pending') {
    if (commitment.status === update.status) return json(200, publicCommitment(commitment));
    return problem(409, 'commitment-closed', 'Commitment already closed', `The commitment is already ${commitment.status}.`);
  }
  commitment.status = update.status;
  commitment.closedAt = ctx.nowTime();
  if (update.note) commitment.note = update.note;
  if (update.status === 'breached') {
    const list = state.addedRecords.get(commitment.subjectId) ?? [];
    list.push({
      id: `CB${commitment.id.slice(3)}`,
      listType: 'commitment-breach',
      domain: 'administrative-licensing',
      title: `未履行信用承诺：逾期未补交${commitment.items.join('、')}（案号 ${commitment.caseNumber}）`,
      authority: ctx.options.department ?? '政务服务中心',
      listedOn: today,
      validUntil: addDays(today, 364),
      status: 'active',
      repairable: true,
      responsiblePersons: [{ name: commitment.signatory, role: '承诺人' }],
    });
    state.addedRecords.set(commitment.subjectId, list);
  }
  return json(200, publicCommitment(commitment));
};
