/** `POST /v1/checks`: a batch of subjects checked for one scenario; each known subject's check goes into the ledger. */
import type { CheckResponse, CheckResult, LedgerEntry } from '../../contract/index.js';
import { CheckRequest as CheckRequestSchema } from '../../contract/schemas.js';
import { displayId, normalizeSubjectId, parseSubjectId } from '../../ids/index.js';
import { DEFAULT_CATALOG } from '../../policy/default-catalog.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest, json, problem } from '../responses.js';

export const check: RouteHandler = (ctx, { body }) => {
  const parsed = CheckRequestSchema.safeParse(body);
  if (!parsed.success) return invalidRequest('Invalid check request', parsed.error);
  const request = parsed.data;
  const ids = request.subjects.map((s) => normalizeSubjectId(s.id));
  const parsedIds = ids.map((id) => parseSubjectId(id));
  if (parsedIds.some((p) => p.type === 'idcard') && !request.purpose?.trim()) {
    return problem(422, 'purpose-required', 'Purpose required', 'A check on a natural person needs a non-empty purpose (查询用途).');
  }
  if (parsedIds.some((p) => p.type === 'idcard') && (!request.authorization || (request.authorization.basis === 'subject-consent' && !request.authorization.reference?.trim()))) {
    return problem(
      422,
      'authorization-required',
      'Authorisation required',
      "A check on a natural person needs its authorisation: the person's written consent with its reference, or the department's statutory duty.",
    );
  }
  const { state, today } = ctx;
  const at = ctx.nowTime();
  const operator = request.operator?.trim() || '未署名';
  const department = request.department ?? ctx.options.department;
  const entries: LedgerEntry[] = [];
  const results: CheckResult[] = ids.map((id, i) => {
    const asked = request.subjects[i].id;
    const error = ctx.subjectError(id);
    if (error) return { id: asked, error: { ...error } };
    const parsedId = parsedIds[i];
    if (parsedId.status === 'invalid') {
      return { id: asked, error: { status: 400, title: 'Invalid subject id', detail: parsedId.problem ?? undefined } };
    }
    const queryId = platformId('q', ctx.random);
    const fixture = ctx.subjects.get(id);
    const entry: LedgerEntry = {
      queryId,
      at,
      operator,
      scenario: request.scenario,
      subjectId: displayId(id),
    };
    if (department) entry.department = department;
    if (request.purpose) entry.purpose = request.purpose;
    if (request.caseNumber) entry.caseNumber = request.caseNumber;
    if (request.authorization) entry.authorization = request.authorization.reference ? { basis: request.authorization.basis, reference: request.authorization.reference } : { basis: request.authorization.basis };
    if (fixture) entry.subjectName = fixture.subject.name;
    entries.push(entry);
    // What this check decided, for statistics (the platform's catalog, the records as of now).
    state.checkFacts.set(queryId, fixture ? ctx.decideCheck(fixture, request.scenario, today) : { outcome: 'unknown', applied: [] });
    if (!fixture) return { id: asked, queryId, found: false, records: [] };
    return { id: asked, queryId, found: true, subject: { ...fixture.subject }, records: ctx.recordsOf(fixture) };
  });
  // Newest first, as if each had been put at the front in turn (one move, not one per subject).
  state.ledger.unshift(...entries.reverse());
  const response: CheckResponse = { asOf: at, catalogVersion: (ctx.catalog ?? DEFAULT_CATALOG).version, results };
  return json(200, response);
};
