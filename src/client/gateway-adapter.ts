/**
 * `gatewayAdapter()`: the adapter for the gateway shape many provinces put in front of
 * their credit platform (public surface, "Adapters"):
 *
 * - one subject a call: `POST {endpoint}/credit/query` (the path is an option);
 * - always HTTP 200 with `{ code, msg, data }`; `code` `"00"` is success;
 * - pinyin field names: the request `{ tyxydm | sfzhm, cjdm, cxyy, sqlx, sqwh, ajbh, cxr, cxbm }`
 *   (统一社会信用代码 | 身份证号码, 场景代码, 查询原因, 授权类型, 授权文号, 案件编号, 查询人, 查询部门);
 *   the answer `data: { cxbh, sjsj, cz, ztmc, ztlx, xyjlqs, jllb: [ { jlbh, mdlx, ly, bt, rdbm,
 *   wsh, lrrq, yxqz, zt, ycrq, cfcd, pjdj, kxf, kxfrq } ] }` (查询编号, 数据时间, 是否存在,
 *   主体名称, 主体类型, 信用记录起始日期, 记录列表: 记录编号, 名单类型, 领域, 标题, 认定部门,
 *   文书号, 列入日期, 有效期至, 状态, 移出日期, 处罚程度, 评价等级, 可修复, 可修复日期).
 *
 * Fail safe: a `code` other than `"00"` is a per-subject error (outcome `unknown`,
 * reason `http`; `"02"` 未授权 → `unauthorized`), an empty or malformed `data` is a
 * result the v1 schemas refuse (`unknown`, `invalid-response`), a code it does not know
 * (a new 名单类型) passes through unmapped and is refused the same way — never `clear`.
 * The v1 batch the client hands over (≤ 100 subjects) goes out as at most `concurrency`
 * calls at a time. The gateway serves no measures catalog: the default catalog applies.
 *
 * Mapped: the check only — it is the one operation the gateway shape (and `createGateway()`
 * in credit-widgets/testing) offers. Every other operation (feedback, commitments, the
 * ledger, printed records, verifications, objections, statistics) is answered `undefined`
 * by `request`: it goes to the endpoint as v1, which the gateway passes to the platform.
 */
import type { CheckRequest } from '../contract/index.js';
import { parseSubjectId } from '../ids/parse.js';
import type { AdapterCall, CreditAdapter } from './adapter.js';
import { isCreditHttpError, isCreditNetworkError, isCreditTimeoutError } from './errors.js';

export interface GatewayAdapterOptions {
  /** Path of the query below the endpoint. Default `credit/query`. */
  path?: string;
  /** Calls at a time. Default 4. */
  concurrency?: number;
  /** Name in messages. Default `gateway`. */
  name?: string;
}

/** 名单类型 → listType. */
export const GATEWAY_LIST_TYPES: Readonly<Record<string, string>> = {
  '10': 'red-list',
  '20': 'credit-rating',
  '30': 'severe-dishonesty',
  '31': 'dishonest-judgment-debtor',
  '32': 'focus-list',
  '33': 'abnormal-operation',
  '40': 'administrative-penalty',
  '50': 'commitment-breach',
};
/** 状态 → status. */
export const GATEWAY_STATUSES: Readonly<Record<string, string>> = { '1': 'active', '2': 'objection', '3': 'repaired', '4': 'revoked', '5': 'expired' };
/** 处罚程度 → severity. */
export const GATEWAY_SEVERITIES: Readonly<Record<string, string>> = { '1': 'minor', '2': 'general', '3': 'serious' };
/** 主体类型 → subject kind. */
export const GATEWAY_KINDS: Readonly<Record<string, string>> = {
  '1': 'enterprise',
  '2': 'individual-business',
  '3': 'cooperative',
  '4': 'social-organisation',
  '5': 'public-institution',
  '6': 'government-body',
  '9': 'natural-person',
};

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** A code through its table; an unknown code passes unchanged (the schemas then refuse it). */
const through = (table: Readonly<Record<string, string>>, code: unknown) => (typeof code === 'string' && hasOwn(table, code) ? table[code] : code);

/** `YYYYMMDD` → `YYYY-MM-DD`; anything else unchanged (absent stays absent). */
function isoDate(value: unknown): unknown {
  return typeof value === 'string' && /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : value;
}

/** `YYYY-MM-DD HH:mm:ss` (China Standard Time, as gateways write it) → RFC 3339 with +08:00. */
function dateTime(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}+08:00` : value;
}

const optional = (value: unknown) => (value === '' ? undefined : value);

function record(r: unknown): unknown {
  if (typeof r !== 'object' || r === null) return r;
  const g = r as Record<string, unknown>;
  const out: Record<string, unknown> = {
    id: g.jlbh,
    listType: through(GATEWAY_LIST_TYPES, g.mdlx),
    domain: optional(g.ly),
    title: g.bt,
    authority: g.rdbm,
    basis: optional(g.wsh),
    listedOn: isoDate(g.lrrq),
    validUntil: isoDate(optional(g.yxqz)),
    status: through(GATEWAY_STATUSES, g.zt),
    closedOn: isoDate(optional(g.ycrq)),
    severity: optional(through(GATEWAY_SEVERITIES, g.cfcd)),
    grade: optional(g.pjdj),
    repairable: g.kxf === '1' ? true : g.kxf === '0' ? false : optional(g.kxf),
    repairableFrom: isoDate(optional(g.kxfrq)),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined || out[key] === null) delete out[key];
  return out;
}

/** The v1 result of one subject from the gateway's `{ code, msg, data }`. */
function resultOf(id: string, body: unknown): { result: unknown; asOf?: string } {
  if (typeof body !== 'object' || body === null) return { result: { id, malformed: 'the gateway answered without { code, msg, data }' } };
  const { code, msg, data } = body as { code?: unknown; msg?: unknown; data?: unknown };
  const title = `${typeof msg === 'string' && msg ? msg : 'gateway error'} (code ${String(code)})`;
  if (code !== '00') return { result: { id, error: { status: code === '02' ? 401 : 502, title } } };
  if (typeof data !== 'object' || data === null || Object.keys(data).length === 0) {
    // Success with nothing in it is no answer: the schemas refuse it → unknown, never clear.
    return { result: { id, malformed: 'code "00" with an empty data' } };
  }
  const d = data as Record<string, unknown>;
  const asOf = dateTime(d.sjsj);
  if (d.cz === '0') return { result: { id, queryId: d.cxbh, found: false, records: [] }, asOf: typeof asOf === 'string' ? asOf : undefined };
  const subject: Record<string, unknown> = { id: d.tyxydm ?? d.sfzhm ?? id, name: d.ztmc, kind: through(GATEWAY_KINDS, d.ztlx) };
  const from = isoDate(optional(d.xyjlqs));
  if (from !== undefined && from !== null) subject.historyFrom = from;
  return {
    result: { id, queryId: d.cxbh, found: d.cz === '1' ? true : d.cz, subject, records: Array.isArray(d.jllb) ? d.jllb.map(record) : d.jllb },
    asOf: typeof asOf === 'string' ? asOf : undefined,
  };
}

/** The gateway's request for one subject. A person's number goes in the body, never in the URL. */
function queryOf(id: string, request: CheckRequest): Record<string, string> {
  const body: Record<string, string> = {};
  // The same decision as the client's (domain.md §1 "Which type"): a person's number is sfzhm.
  if (parseSubjectId(id).type === 'idcard') body.sfzhm = id;
  else body.tyxydm = id;
  body.cjdm = request.scenario;
  if (request.purpose) body.cxyy = request.purpose;
  if (request.authorization) {
    body.sqlx = request.authorization.basis;
    if (request.authorization.reference) body.sqwh = request.authorization.reference;
  }
  if (request.caseNumber) body.ajbh = request.caseNumber;
  if (request.operator) body.cxr = request.operator;
  if (request.department) body.cxbm = request.department;
  return body;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}

export function gatewayAdapter(options: GatewayAdapterOptions = {}): CreditAdapter {
  const path = (options.path ?? 'credit/query').replace(/^\/+/, '');
  const concurrency = options.concurrency && options.concurrency > 0 ? Math.floor(options.concurrency) : 4;
  return {
    name: options.name ?? 'gateway',
    async checks(request: CheckRequest, call: AdapterCall) {
      const ids = request.subjects.map((s) => s.id);
      const answers = await inPool(ids, concurrency, async (id) => {
        try {
          const response = await call.fetch(path, { method: 'POST', json: queryOf(id, request) });
          let body: unknown;
          try {
            body = await response.json();
          } catch {
            body = null;
          }
          return resultOf(id, body);
        } catch (error) {
          return { failure: error };
        }
      });
      // Every call failed the same way (no network, timeout): that is the batch's reason.
      const failures = answers.filter((a): a is { failure: unknown } => 'failure' in a);
      if (failures.length === answers.length) throw failures[0].failure;
      let asOf: string | undefined;
      const results = answers.map((a, i) => {
        if ('failure' in a) {
          const e = a.failure;
          const status = isCreditHttpError(e) ? e.status : isCreditNetworkError(e) || isCreditTimeoutError(e) ? 503 : 500;
          return { id: ids[i], error: { status, title: e instanceof Error ? e.message : 'gateway call failed' } };
        }
        asOf ??= a.asOf;
        return a.result;
      });
      return { asOf: asOf ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'), catalogVersion: 'gateway', results };
    },
    async measures() {
      return null;
    },
    /** The gateway has no other operation: each goes to the endpoint as v1. */
    async request() {
      return undefined;
    },
  };
}
