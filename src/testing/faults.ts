/**
 * Faults the simulated platform can inject, for tests and the demo's fault lab: HTTP
 * errors, broken bodies, schema drift, a request that never answers, and no network.
 * A fault can be limited to one path (`/v1/checks`) and to the next N requests (`times`).
 */
import type { RouteName } from './route-table.js';

export const FAULT_MODES = [
  'none',
  'http-500',
  'http-503',
  'http-429',
  'malformed-json',
  'html-login',
  'schema-drift-missing-field',
  'schema-drift-wrong-type',
  'schema-drift-unknown-enum',
  'hang',
  'offline',
] as const;
/**
 * - `http-500` / `http-503` / `http-429`: a problem+json error (503 and 429 with `Retry-After`);
 * - `malformed-json`: status 200, `application/json`, the real body cut in half;
 * - `html-login`: status 200, `text/html` — a gateway's login page instead of the API;
 * - `schema-drift-*`: the real answer, then a required field dropped, a field of the wrong
 *   type, or an enumerated field with a value the contract does not know;
 * - `hang`: never answers; rejects with the request signal's reason once it aborts;
 * - `offline`: `handle()` throws `TypeError('Failed to fetch')`, like `fetch` with no network.
 */
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultSpec {
  mode: FaultMode;
  /** Only requests to this path (`/v1/checks`; also matches paths below it). Default: every path. */
  path?: string;
  /** Only the next N matching requests; default: until changed. */
  times?: number;
  /** `Retry-After` seconds for `http-503` / `http-429`; default 1; `null` sends none. */
  retryAfter?: number | null;
}

export type FaultsOption = FaultMode | FaultSpec | readonly FaultSpec[];

export function isFaultMode(value: unknown): value is FaultMode {
  return typeof value === 'string' && (FAULT_MODES as readonly string[]).includes(value);
}

/** The active fault specs, in order; the first that matches a request applies to it. */
export class FaultPlan {
  private specs: FaultSpec[] = [];

  constructor(faults?: FaultsOption) {
    this.set(faults);
  }

  set(faults?: FaultsOption): void {
    const list: readonly (FaultMode | FaultSpec)[] =
      faults === undefined ? [] : typeof faults === 'string' ? [faults] : Array.isArray(faults) ? faults : [faults as FaultSpec];
    this.specs = [];
    for (const item of list) {
      const spec: FaultSpec = typeof item === 'string' ? { mode: item } : { ...item };
      if (!isFaultMode(spec.mode)) {
        throw new TypeError(`credit-widgets/testing: unknown fault mode ${JSON.stringify(spec.mode)}; expected one of ${FAULT_MODES.join(', ')}`);
      }
      if (spec.mode === 'none') continue;
      if (spec.times !== undefined && !(spec.times > 0)) continue;
      this.specs.push(spec);
    }
  }

  /** The specs still active (a copy). */
  list(): FaultSpec[] {
    return this.specs.map((s) => ({ ...s }));
  }

  /** The fault for a request to `path` (`/v1/...`), counting it against `times`; null when none. */
  take(path: string): FaultSpec | null {
    const index = this.specs.findIndex((s) => !s.path || path === s.path || path.startsWith(`${s.path.replace(/\/$/, '')}/`));
    if (index < 0) return null;
    const spec = this.specs[index];
    if (spec.times !== undefined) {
      spec.times -= 1;
      if (spec.times <= 0) this.specs.splice(index, 1);
    }
    return { ...spec };
  }
}

/** Where a request is going, as far as schema drift is concerned: an endpoint of the route table. */
export type { RouteName };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A new kind of list the contract does not know: the SDK must not read it as harmless. */
export const UNKNOWN_LIST_TYPE = 'export-control-list';

/**
 * Changes a successful JSON body the way a platform that drifted from the contract would.
 * Works on the parsed body in place and returns it.
 */
export function applySchemaDrift(
  mode: 'schema-drift-missing-field' | 'schema-drift-wrong-type' | 'schema-drift-unknown-enum',
  route: RouteName,
  body: unknown,
): unknown {
  if (!isObject(body)) return body;
  const entities = route === 'commitment-search' || route === 'objection-search' ? objects(body.items) : [body];
  switch (route) {
    case 'checks': {
      const results = objects(body.results);
      const records = results.flatMap((r) => objects(r.records));
      if (mode === 'schema-drift-missing-field') {
        // The version went missing, and every record lost its status.
        delete body.catalogVersion;
        for (const r of records) delete r.status;
      } else if (mode === 'schema-drift-wrong-type') {
        // Times as epoch milliseconds, records as one string.
        body.asOf = Date.parse(String(body.asOf));
        for (const r of results) if (Array.isArray(r.records)) r.records = JSON.stringify(r.records);
      } else {
        // The platform started publishing a list the contract does not know.
        for (const r of results) {
          if (r.found !== true || !Array.isArray(r.records)) continue;
          r.records.push({
            id: `X${String(r.queryId ?? '').slice(2, 12)}`,
            listType: UNKNOWN_LIST_TYPE,
            domain: 'foreign-trade',
            title: '出口管制管控名单',
            authority: '商务部',
            listedOn: typeof body.asOf === 'string' ? body.asOf.slice(0, 10) : '2026-01-01',
            status: 'active',
          });
        }
      }
      return body;
    }
    case 'measures': {
      const measures = objects(body.measures);
      if (mode === 'schema-drift-missing-field') {
        delete body.version;
        for (const m of measures) delete m.effect;
      } else if (mode === 'schema-drift-wrong-type') {
        for (const m of measures) if (Array.isArray(m.scenarios)) m.scenarios = m.scenarios.join(',');
      } else {
        for (const m of measures) if (m.direction === 'punishment') m.direction = 'deterrence';
      }
      return body;
    }
    case 'records':
    case 'verifications':
    case 'feedback': {
      if (mode === 'schema-drift-missing-field') delete body.receivedAt;
      else if (mode === 'schema-drift-wrong-type') body.receivedAt = Date.parse(String(body.receivedAt));
      // A receipt has no enumerated field; an unknown extra one is what drift looks like here.
      else body.state = 'queued-upstream';
      return body;
    }
    case 'commitments':
    case 'commitment-update':
    case 'commitment-search': {
      for (const c of entities) {
        if (mode === 'schema-drift-missing-field') delete c.status;
        else if (mode === 'schema-drift-wrong-type') c.items = Array.isArray(c.items) ? c.items.join('；') : c.items;
        else c.status = 'cancelled';
      }
      return body;
    }
    case 'objections':
    case 'objection-search': {
      for (const o of entities) {
        if (mode === 'schema-drift-missing-field') delete o.status;
        else if (mode === 'schema-drift-wrong-type') o.dueOn = Date.parse(String(o.dueOn));
        else o.status = 'withdrawn-upstream';
      }
      return body;
    }
    case 'ledger': {
      const items = objects(body.items);
      if (mode === 'schema-drift-missing-field') {
        if (items.length === 0) delete body.items;
        for (const e of items) delete e.queryId;
      } else if (mode === 'schema-drift-wrong-type') {
        body.total = String(body.total);
        for (const e of items) e.at = Date.parse(String(e.at));
      } else {
        // The ledger has no enumerated field; `total` stands in so the page still fails.
        body.total = 'many';
      }
      return body;
    }
    case 'stats': {
      const groups = objects(body.groups);
      if (mode === 'schema-drift-missing-field') delete body.totals;
      else if (mode === 'schema-drift-wrong-type') {
        for (const g of groups) g.checks = String(g.checks);
        if (isObject(body.totals)) body.totals.checks = String(body.totals.checks);
      }
      else body.groupBy = 'week';
      return body;
    }
  }
}

/** The gateway login page that `html-login` answers with (status 200). */
export const LOGIN_PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>统一身份认证平台 - 登录</title></head>
<body>
<form method="post" action="/cas/login">
<h1>统一身份认证平台</h1>
<label>用户名 <input name="username" autocomplete="username"></label>
<label>密码 <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">登录</button>
<p>会话已过期，请重新登录。</p>
</form>
</body>
</html>
`;
