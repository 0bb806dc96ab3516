/** `POST /v1/records`: a printed record; each query it names gets the printed outcome and the record's digest in the ledger. */
import { RecordRegistration as RecordRegistrationSchema } from '../../contract/schemas.js';
import type { RouteHandler } from '../platform-context.js';
import { platformId } from '../random.js';
import { invalidRequest } from '../responses.js';

export const registerRecord: RouteHandler = (ctx, { request, body }) =>
  ctx.idempotent('records', request, (key) => {
    const parsed = RecordRegistrationSchema.safeParse(body);
    if (!parsed.success) return invalidRequest('Invalid record', parsed.error);
    const record = parsed.data;
    const receipt = { id: platformId('pr', ctx.random), receivedAt: ctx.nowTime() };
    ctx.state.records.push({ ...record, ...receipt, idempotencyKey: key });
    const byQuery = new Map(record.entries.map((e) => [e.queryId, e.outcome] as const));
    for (const entry of ctx.state.ledger) {
      const outcome = byQuery.get(entry.queryId);
      if (outcome) {
        entry.outcome = outcome;
        entry.recordDigest = record.digest;
      }
    }
    return { status: 201, body: receipt };
  });
