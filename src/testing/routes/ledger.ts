/**
 * `GET /v1/ledger`: the query ledger, newest first, filtered (dates, operator, scenario,
 * case number, a printed record's digest) and paged with an opaque cursor.
 */
import type { LedgerEntry, LedgerPage } from '../../contract/index.js';
import { LedgerQuery as LedgerQuerySchema } from '../../contract/schemas.js';
import { jsonText } from '../../digest/json-text.js';
import type { RouteHandler } from '../platform-context.js';
import { invalidRequest, json, problem } from '../responses.js';
import { sortLedger } from '../seed.js';
import { queryParams } from './query-params.js';

const DEFAULT_LEDGER_LIMIT = 50;

const b64url = {
  encode: (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  decode: (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/')),
};

interface LedgerCursor {
  at: string;
  q: string;
}

function encodeCursor(entry: LedgerEntry): string {
  return b64url.encode(jsonText({ at: entry.at, q: entry.queryId } satisfies LedgerCursor));
}

function decodeCursor(cursor: string): LedgerCursor | null {
  try {
    const value = JSON.parse(b64url.decode(cursor)) as unknown;
    if (typeof value === 'object' && value && typeof (value as LedgerCursor).at === 'string' && typeof (value as LedgerCursor).q === 'string') {
      return value as LedgerCursor;
    }
  } catch {
    // not a cursor of ours
  }
  return null;
}

/** Whether `entry` comes after the cursor's entry in ledger order (newest first, then query id descending). */
function isAfterCursor(entry: LedgerEntry, cursor: LedgerCursor): boolean {
  return entry.at < cursor.at || (entry.at === cursor.at && entry.queryId < cursor.q);
}

export const getLedger: RouteHandler = (ctx, { url }) => {
  const raw = queryParams(url, ['from', 'to', 'operator', 'scenario', 'caseNumber', 'digest', 'cursor']);
  const limitText = url.searchParams.get('limit');
  if (limitText !== null && limitText !== '') raw.limit = /^\d+$/.test(limitText) ? Number(limitText) : limitText;
  const parsed = LedgerQuerySchema.safeParse(raw);
  if (!parsed.success) return invalidRequest('Invalid ledger query', parsed.error);
  const q = parsed.data;
  const limit = q.limit ?? DEFAULT_LEDGER_LIMIT;
  let cursor: LedgerCursor | null = null;
  if (q.cursor) {
    cursor = decodeCursor(q.cursor);
    if (!cursor) return problem(400, 'invalid-cursor', 'Invalid cursor', 'Use the nextCursor of a previous page.');
  }
  // A digest: the queries of every registered record with it (none: an empty page — "no such record").
  let printed: Set<string> | null = null;
  if (q.digest) {
    const digest = q.digest.toLowerCase();
    printed = new Set();
    for (const r of ctx.state.records) if (r.digest === digest) for (const e of r.entries) printed.add(e.queryId);
  }
  const matching = sortLedger(
    ctx.state.ledger.filter((e) => {
      const day = e.at.slice(0, 10);
      return (
        (!q.from || day >= q.from) &&
        (!q.to || day <= q.to) &&
        (!q.operator || e.operator === q.operator) &&
        (!q.scenario || e.scenario === q.scenario) &&
        (!q.caseNumber || e.caseNumber === q.caseNumber) &&
        (!printed || printed.has(e.queryId))
      );
    }),
  );
  const rest = cursor ? matching.filter((e) => isAfterCursor(e, cursor)) : matching;
  const items = rest.slice(0, limit).map((e) => ({ ...e }));
  const page: LedgerPage = { items, total: matching.length };
  if (rest.length > limit) page.nextCursor = encodeCursor(items[items.length - 1]);
  return json(200, page);
};
