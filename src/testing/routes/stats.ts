/** `GET /v1/stats`: the ledger's checks and the feedback on them, counted per department, scenario, measure or month. */
import { StatsQuery as StatsQuerySchema } from '../../contract/schemas.js';
import { DEFAULT_CATALOG } from '../../policy/default-catalog.js';
import type { RouteHandler } from '../platform-context.js';
import { invalidRequest, json, problem } from '../responses.js';
import { aggregateStats } from '../stats.js';
import { queryParams } from './query-params.js';

export const getStats: RouteHandler = (ctx, { url }) => {
  const parsed = StatsQuerySchema.safeParse(queryParams(url, ['from', 'to', 'groupBy', 'department']));
  if (!parsed.success) return invalidRequest('Invalid statistics query', parsed.error);
  const q = parsed.data;
  if (q.to < q.from) return problem(400, 'invalid-request', 'Invalid statistics query', `to (${q.to}) is before from (${q.from}).`);
  const names = new Map((ctx.catalog ?? DEFAULT_CATALOG).measures.map((m) => [m.id, m.name] as const));
  const report = aggregateStats({ query: q, ledger: ctx.state.ledger, factsOf: ctx.factsOf, feedback: ctx.state.feedback, measureName: (id) => names.get(id) });
  return json(200, report);
};
