/**
 * `POST /v1/verifications` (人工核查, domain.md §12): 400 without `reference` for a
 * credit-report, without `note` for records-found, or with `checkedOn` in the future; the
 * ledger gets a `manual-verification` entry (a person's id masked).
 */
import type { LedgerEntry } from '../../contract/index.js';
import { VerificationCreate as VerificationCreateSchema } from '../../contract/schemas.js';
import { displayId, normalizeSubjectId } from '../../ids/index.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest, problem } from '../responses.js';

export const createVerification: RouteHandler = (ctx, { request, body }) =>
  ctx.idempotent('verifications', request, (key) => {
    const parsed = VerificationCreateSchema.safeParse(body);
    if (!parsed.success) return invalidRequest('Invalid verification', parsed.error);
    const v = parsed.data;
    const { state, today } = ctx;
    if (v.checkedOn > today) return problem(400, 'invalid-request', 'Invalid verification', `checkedOn ${v.checkedOn} lies in the future (today is ${today}).`);
    const fixture = ctx.resolveSubject(v.subjectId);
    const receipt = { id: platformId('mv', ctx.random), receivedAt: ctx.nowTime() };
    state.verifications.push({ ...v, ...receipt, idempotencyKey: key });
    const checked = v.queryId ? state.ledger.find((e) => e.queryId === v.queryId) : undefined;
    const entry: LedgerEntry = {
      queryId: receipt.id,
      at: receipt.receivedAt,
      kind: 'manual-verification',
      operator: v.operator?.trim() || '未署名',
      scenario: v.scenario,
      subjectId: displayId(fixture?.subject.id ?? normalizeSubjectId(v.subjectId)),
      verification: { source: v.source, finding: v.finding, checkedOn: v.checkedOn, ...(v.reference ? { reference: v.reference } : {}), ...(v.note ? { note: v.note } : {}), ...(v.queryId ? { queryId: v.queryId } : {}) },
    };
    const department = v.department ?? ctx.options.department;
    if (department) entry.department = department;
    if (v.caseNumber) entry.caseNumber = v.caseNumber;
    if (fixture) entry.subjectName = fixture.subject.name;
    if (checked?.purpose) entry.purpose = checked.purpose;
    if (checked?.authorization) entry.authorization = checked.authorization;
    state.ledger.unshift(entry);
    state.checkFacts.set(receipt.id, { outcome: 'unknown', applied: [] });
    return { status: 201, body: receipt };
  });
