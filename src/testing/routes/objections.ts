/**
 * Objections (异议, domain.md §13): `POST /v1/objections` — due 20 days after receipt; 400
 * without a reason, or without contact when the subject raises it; 422 for a subject or a
 * record the platform does not know — and `POST /v1/objections/search`. While an objection
 * is pending its record is reported as `objection` (see `recordsOf`).
 */
import type { Objection } from '../../contract/index.js';
import { ObjectionCreate as ObjectionCreateSchema, ObjectionSearch as ObjectionSearchSchema } from '../../contract/schemas.js';
import { displayId, normalizeSubjectId } from '../../ids/index.js';
import { addDays } from '../../policy/dates.js';
import type { StoredObjection } from '../platform.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest, json, problem } from '../responses.js';

/** An objection as answered: a person's id masked, no contact. */
function publicObjection(o: StoredObjection): Objection {
  const { contact: _contact, sentSubjectId: _sent, idempotencyKey: _key, ...rest } = o;
  return { ...rest, subjectId: displayId(o.subjectId) };
}

export const createObjection: RouteHandler = (ctx, { request, body }) =>
  ctx.idempotent('objections', request, (key) => {
    const parsed = ObjectionCreateSchema.safeParse(body);
    if (!parsed.success) return invalidRequest('Invalid objection', parsed.error);
    const o = parsed.data;
    const fixture = ctx.resolveSubject(o.subjectId);
    if (!fixture) return problem(422, 'unknown-subject', 'Unknown subject', `No subject ${displayId(normalizeSubjectId(o.subjectId))} at the platform.`);
    if (!ctx.recordsOf(fixture).some((r) => r.id === o.recordId)) return problem(422, 'unknown-record', 'Unknown record', `The subject has no record ${o.recordId}.`);
    const objection: StoredObjection = {
      id: platformId('ob', ctx.random),
      recordId: o.recordId,
      subjectId: fixture.subject.id,
      raisedBy: o.raisedBy,
      reason: o.reason,
      status: 'pending',
      receivedAt: ctx.nowTime(),
      dueOn: addDays(ctx.today, 20),
      sentSubjectId: o.subjectId,
      idempotencyKey: key,
    };
    if (o.contact) objection.contact = o.contact;
    ctx.state.objections.push(objection);
    return { status: 201, body: publicObjection(objection) };
  });

export const searchObjections: RouteHandler = (ctx, { body }) => {
  const parsed = ObjectionSearchSchema.safeParse(body ?? {});
  if (!parsed.success) return invalidRequest('Invalid objection search', parsed.error);
  const q = parsed.data;
  const subjectId = q.subjectId ? displayId(normalizeSubjectId(q.subjectId)) : null;
  const items = ctx.state.objections
    .filter((o) => (!subjectId || displayId(o.subjectId) === subjectId) && (!q.recordId || o.recordId === q.recordId) && (!q.status || o.status === q.status))
    .map(publicObjection);
  return json(200, { items });
};
