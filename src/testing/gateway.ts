/**
 * A simulated provincial gateway in front of the simulated platform: the shape
 * `gatewayAdapter()` speaks (see src/client/gateway-adapter.ts). `POST {base}/credit/query`
 * answers one subject a call, always HTTP 200 with `{ code, msg, data }` (`code` `"00"` =
 * success) and pinyin field names; every other request (`/v1/feedback` …) goes to the
 * platform unchanged. The answers come from the same fixtures and ledger as the platform's.
 *
 * ```ts
 * import { createGateway } from 'credit-widgets/testing';
 * import { createCreditClient, gatewayAdapter } from 'credit-widgets/client';
 * const gateway = createGateway();
 * const client = createCreditClient({ endpoint: 'https://credit.example.gov.cn/api', adapter: gatewayAdapter(),
 *   fetch: (input, init) => gateway.handle(new Request(input, init)) });
 * ```
 */
import type { CheckResponse, CreditRecord } from '../contract/index.js';
import { GATEWAY_KINDS, GATEWAY_LIST_TYPES, GATEWAY_SEVERITIES, GATEWAY_STATUSES } from '../client/gateway-adapter.js';
import { jsonText } from '../digest/json-text.js';
import { createPlatform, type Platform, type PlatformOptions } from './platform.js';

/** How the gateway misbehaves for one subject: a `code` other than "00", `"00"` with empty `data`, or a `data` that is no object. */
export type GatewayQuirk = 'error-code' | 'empty-data' | 'malformed-data' | 'unknown-list-type';

export interface GatewayOptions extends PlatformOptions {
  /** The query's path below the base path. Default `/credit/query`. */
  queryPath?: string;
  /** Per subject id: how the gateway misbehaves for it. */
  quirks?: Readonly<Record<string, GatewayQuirk>>;
}

export interface Gateway {
  /** The platform behind it (its ledger, fixtures, faults). */
  platform: Platform;
  handle(request: Request): Promise<Response>;
  /** Calls to the query so far, and the most that were in flight at once. */
  readonly stats: { calls: number; inFlight: number; maxInFlight: number };
}

const invert = (table: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const key of Object.keys(table)) out[table[key]] = key;
  return out;
};
const LIST_CODES = invert(GATEWAY_LIST_TYPES);
const STATUS_CODES = invert(GATEWAY_STATUSES);
const SEVERITY_CODES = invert(GATEWAY_SEVERITIES);
const KIND_CODES = invert(GATEWAY_KINDS);

const compact = (date: string | null | undefined) => (date ? date.replace(/-/g, '') : '');

/** `2026-11-22T08:00:00+08:00` (or `…Z`) → `2026-11-22 08:00:00` in China Standard Time. */
function gatewayTime(rfc3339: string): string {
  const t = Date.parse(rfc3339);
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function pinyinRecord(r: CreditRecord, quirk: GatewayQuirk | undefined): Record<string, string> {
  return {
    jlbh: r.id,
    mdlx: quirk === 'unknown-list-type' ? '77' : LIST_CODES[r.listType],
    ly: r.domain ?? '',
    bt: r.title,
    rdbm: r.authority,
    wsh: r.basis ?? '',
    lrrq: compact(r.listedOn),
    yxqz: compact(r.validUntil),
    zt: STATUS_CODES[r.status],
    ycrq: compact(r.closedOn),
    cfcd: r.severity ? SEVERITY_CODES[r.severity] : '',
    pjdj: r.grade ?? '',
    kxf: r.repairable == null ? '' : r.repairable ? '1' : '0',
    kxfrq: compact(r.repairableFrom),
  };
}

const answer = (body: unknown) => new Response(jsonText(body), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });

export function createGateway(options: GatewayOptions = {}): Gateway {
  const platform = createPlatform(options);
  const basePath = options.basePath ?? '/api';
  const queryPath = `${basePath}${options.queryPath ?? '/credit/query'}`;
  const quirks = options.quirks ?? {};
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0 };

  async function query(request: Request): Promise<Response> {
    let q: Record<string, unknown>;
    try {
      q = (await request.json()) as Record<string, unknown>;
    } catch {
      return answer({ code: '01', msg: '请求格式错误', data: null });
    }
    const id = typeof q.tyxydm === 'string' ? q.tyxydm : typeof q.sfzhm === 'string' ? q.sfzhm : '';
    if (!id || typeof q.cjdm !== 'string') return answer({ code: '01', msg: '参数错误：缺少代码或场景', data: null });
    const quirk = quirks[id];
    if (quirk === 'error-code') return answer({ code: '99', msg: '数据源暂不可用', data: null });
    if (quirk === 'empty-data') return answer({ code: '00', msg: '成功', data: {} });
    if (quirk === 'malformed-data') return answer({ code: '00', msg: '成功', data: '查询成功' });
    const v1: Record<string, unknown> = { subjects: [{ id }], scenario: q.cjdm };
    if (typeof q.cxyy === 'string') v1.purpose = q.cxyy;
    if (typeof q.sqlx === 'string') v1.authorization = typeof q.sqwh === 'string' ? { basis: q.sqlx, reference: q.sqwh } : { basis: q.sqlx };
    if (typeof q.ajbh === 'string') v1.caseNumber = q.ajbh;
    if (typeof q.cxr === 'string') v1.operator = q.cxr;
    if (typeof q.cxbm === 'string') v1.department = q.cxbm;
    const url = new URL(request.url);
    const headers = new Headers({ 'content-type': 'application/json' });
    const auth = request.headers.get('authorization');
    if (auth) headers.set('authorization', auth);
    const response = await platform.handle(new Request(`${url.origin}${basePath}/v1/checks`, { method: 'POST', headers, body: jsonText(v1), signal: request.signal }));
    if (response.status !== 200) {
      let title = `HTTP ${response.status}`;
      try {
        title = ((await response.json()) as { title?: string }).title ?? title;
      } catch {
        // no problem details
      }
      return answer({ code: response.status === 401 ? '02' : '99', msg: title, data: null });
    }
    const body = (await response.json()) as CheckResponse;
    const result = body.results[0];
    if (!result || 'error' in result) return answer({ code: '99', msg: result && 'error' in result ? result.error.title : '无结果', data: null });
    const data: Record<string, unknown> = { cxbh: result.queryId, sjsj: gatewayTime(body.asOf), cz: result.found ? '1' : '0' };
    if (result.found) {
      data[q.sfzhm ? 'sfzhm' : 'tyxydm'] = result.subject.id;
      data.ztmc = result.subject.name;
      data.ztlx = KIND_CODES[result.subject.kind];
      data.xyjlqs = compact(result.subject.historyFrom);
      data.jllb = result.records.map((r) => pinyinRecord(r, quirk));
    }
    return answer({ code: '00', msg: '成功', data });
  }

  return {
    platform,
    stats,
    async handle(request: Request): Promise<Response> {
      const path = new URL(request.url).pathname.replace(/\/+$/, '');
      if (!path.endsWith(queryPath)) return platform.handle(request);
      if (request.method !== 'POST') return answer({ code: '01', msg: '请使用 POST', data: null });
      stats.calls++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        return await query(request);
      } finally {
        stats.inFlight--;
      }
    },
  };
}
