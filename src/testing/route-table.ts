/**
 * Every endpoint of the simulated platform, once: its method, its path below the base path
 * (`:name` is one segment, passed to the handler as `params.name`) and its handler, in
 * `routes/<resource>.ts`. Adding an endpoint is one row here (and its handler); the 404 and
 * 405 answers (`Allow` included), fault matching and schema drift all read this table.
 *
 * Order matters where two paths could match: a literal one (`/v1/commitments/search`)
 * stands before a pattern (`/v1/commitments/:id`), and the first path that matches is the
 * endpoint — its other methods are 405, not another endpoint.
 */
import type { RouteHandler } from './platform-context.js';
import { check } from './routes/checks.js';
import { createCommitment, searchCommitments, updateCommitment } from './routes/commitments.js';
import { postFeedback } from './routes/feedback.js';
import { getLedger } from './routes/ledger.js';
import { getMeasures } from './routes/measures.js';
import { createObjection, searchObjections } from './routes/objections.js';
import { registerRecord } from './routes/records.js';
import { getStats } from './routes/stats.js';
import { createVerification } from './routes/verifications.js';

export interface RouteDefinition {
  /** How faults (`applySchemaDrift`) and the request log know the endpoint. */
  readonly name: string;
  /** `GET` also answers `HEAD`. */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** `/v1/...`, below the base path. */
  readonly path: string;
  readonly handle: RouteHandler;
}

export const ROUTES = [
  { name: 'checks', method: 'POST', path: '/v1/checks', handle: check },
  { name: 'measures', method: 'GET', path: '/v1/measures', handle: getMeasures },
  { name: 'feedback', method: 'POST', path: '/v1/feedback', handle: postFeedback },
  { name: 'commitments', method: 'POST', path: '/v1/commitments', handle: createCommitment },
  { name: 'commitment-search', method: 'POST', path: '/v1/commitments/search', handle: searchCommitments },
  { name: 'commitment-update', method: 'PATCH', path: '/v1/commitments/:id', handle: updateCommitment },
  { name: 'ledger', method: 'GET', path: '/v1/ledger', handle: getLedger },
  { name: 'records', method: 'POST', path: '/v1/records', handle: registerRecord },
  { name: 'verifications', method: 'POST', path: '/v1/verifications', handle: createVerification },
  { name: 'objections', method: 'POST', path: '/v1/objections', handle: createObjection },
  { name: 'objection-search', method: 'POST', path: '/v1/objections/search', handle: searchObjections },
  { name: 'stats', method: 'GET', path: '/v1/stats', handle: getStats },
] as const satisfies readonly RouteDefinition[];

/** The endpoints by name, as faults and schema drift know them. */
export type RouteName = (typeof ROUTES)[number]['name'];

/** A request's endpoint: the route for its method, or the methods its path allows (405), or nothing (404). */
export type RouteMatch =
  | { kind: 'route'; route: (typeof ROUTES)[number]; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'not-found' };

/** `/v1/commitments/:id` → a pattern of whole segments. */
function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (segment.charAt(0) !== ':') return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

const COMPILED = ROUTES.map((route) => ({ route, ...compile(route.path) }));

/** Finds the endpoint of `path` (`/v1/...`, no trailing slash) for `method` (upper case). */
export function matchRoute(method: string, path: string): RouteMatch {
  let endpoint: string | null = null;
  let params: Record<string, string> = {};
  for (const c of COMPILED) {
    const m = c.pattern.exec(path);
    if (!m) continue;
    try {
      params = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]);
      });
    } catch {
      continue; // a broken %-escape names no resource
    }
    endpoint = c.route.path;
    break;
  }
  if (endpoint === null) return { kind: 'not-found' };
  const same = ROUTES.filter((r) => r.path === endpoint);
  const route = same.find((r) => r.method === method || (r.method === 'GET' && method === 'HEAD'));
  if (route) return { kind: 'route', route, params };
  const allow = same.map((r) => (r.method === 'GET' ? 'GET, HEAD' : r.method)).join(', ');
  return { kind: 'method-not-allowed', allow };
}
