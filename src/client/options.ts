/**
 * Client options: their type, defaults and validation. A bad option throws a
 * `CreditInputError` whose message names the option, says what was expected and
 * shows the whole expected shape (the way Stripe's `validateLoadParams` does).
 */
import { ID_LOCALES, type IdLocale } from '../ids/index.js';
import type { CreditAdapter } from './adapter.js';
import { CreditInputError } from './errors.js';
import type { OutboxStore } from './outbox-store.js';

/** The authorisation of a query about a natural person (domain.md §1): the department's legal duty, or the person's consent. */
export interface QueryAuthorization {
  basis: 'statutory-duty' | 'subject-consent';
  /** The duty's legal citation, or the consent's reference (授权书编号). */
  reference?: string;
}

export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface ClientOptions {
  /** Base URL of the v1 API (`https://credit.example.gov.cn/api`) or a same-origin path (`/api`). */
  endpoint: string;
  /** Called before every request; its value is sent as `Authorization: Bearer …`. */
  getToken?: TokenSource;
  /** Display name of the person checking, sent with checks and feedback. */
  operator?: string;
  department?: string;
  /** How a subject reaches the implementing department (address, telephone): printed on the written notice (书面告知书). */
  contact?: string;
  /** The credit platform's name (e.g. 信用中国（浙江）), printed on every page of a check record beside its address. */
  platformName?: string;
  /** Language of id problems and messages. */
  locale?: IdLocale;
  /** Bounds a whole check, its one retry included. Default 8000. Must be positive. */
  timeoutMs?: number;
  /** Checks within this window coalesce into one request. Default 10; 0 = the same tick. */
  batchWindowMs?: number;
  /** How long answers and the catalog are reused. Default 60000; 0 = no cache (every check asks the platform). */
  cacheTtlMs?: number;
  /** Data older than this gets a `stale-data` warning. Default 24 h. */
  staleAfterMs?: number;
  /** A fetch to use instead of the global one (tests, a gateway's wrapper). */
  fetch?: typeof globalThis.fetch;
  /** The clock for caches, freshness and the evaluation date. Default `() => new Date()`. */
  now?: () => Date;
  /** Where unsent feedback and commitments wait: IndexedDB when available (`auto`), memory, or a store of your own. */
  outbox?: 'auto' | 'memory' | OutboxStore;
  /** Default scenario of checks that name none (a page's `configure({ scenario })`). Without any, a check is `unknown` (`invalid-scenario`). */
  scenario?: string;
  /** Default authorisation of person checks that carry none. */
  authorization?: QueryAuthorization;
  /** Speaks another platform's API instead of v1 (see adapter.ts, `gatewayAdapter`). */
  adapter?: CreditAdapter;
}

export type ResolvedOptions = Required<Pick<ClientOptions, 'endpoint' | 'timeoutMs' | 'batchWindowMs' | 'cacheTtlMs' | 'staleAfterMs' | 'now' | 'outbox'>> &
  Omit<ClientOptions, 'endpoint' | 'timeoutMs' | 'batchWindowMs' | 'cacheTtlMs' | 'staleAfterMs' | 'now' | 'outbox'>;

export const DEFAULT_OPTIONS = {
  timeoutMs: 8000,
  batchWindowMs: 10,
  cacheTtlMs: 60_000,
  staleAfterMs: 24 * 60 * 60 * 1000,
  now: () => new Date(),
  outbox: 'auto',
} as const;

const SHAPE = `{
  endpoint: 'https://credit.example.gov.cn/api',  // or a path such as '/api'
  getToken?: () => string | Promise<string>,
  operator?: string,
  department?: string,
  locale?: 'zh-CN' | 'zh-Hant' | 'en',
  timeoutMs?: 8000,
  batchWindowMs?: 10,
  cacheTtlMs?: 60000,
  staleAfterMs?: 86400000,
  fetch?: typeof fetch,
  now?: () => Date,
  outbox?: 'auto' | 'memory' | OutboxStore,
  scenario?: 'administrative-licensing',          // default for checks that name none
  authorization?: { basis: 'statutory-duty' | 'subject-consent', reference?: string },
  adapter?: { name: string, checks(request, call) { … }, measures?(call) { … }, request?(operation, call) { … } },
}`;

const isFunction = (v: unknown) => typeof v === 'function';
const isString = (v: unknown) => typeof v === 'string';
const isMs = (min: number) => (v: unknown) => typeof v === 'number' && v >= min && v <= 2_147_483_647;
const isStore = (v: unknown) =>
  v === 'auto' ||
  v === 'memory' ||
  (typeof v === 'object' && v !== null && ['list', 'get', 'put', 'delete'].every((m) => isFunction((v as Record<string, unknown>)[m])));

const isAuthorization = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (a.basis === 'statutory-duty' || a.basis === 'subject-consent') && (a.reference === undefined || typeof a.reference === 'string');
};
const isAdapter = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  const optionalFunction = (f: unknown) => f === undefined || isFunction(f);
  return typeof a.name === 'string' && !!a.name && isFunction(a.checks) && optionalFunction(a.measures) && optionalFunction(a.request);
};

/**
 * Each option's test and what it must be. "0" and "" are values, never "absent" in
 * disguise: `cacheTtlMs: 0` is no cache and `batchWindowMs: 0` the same tick, while
 * `timeoutMs: 0` and `staleAfterMs: 0` (every check timed out, every answer stale) are
 * refused with a message saying so; an empty `endpoint` is refused, an empty `scenario`
 * is no default.
 */
const RULES: Record<keyof ClientOptions, [(v: unknown) => boolean, string]> = {
  endpoint: [(v) => typeof v === 'string' && /^(https?:\/\/[^\s/?#]+|\/)[^\s]*$/i.test(v), 'an http(s) URL or a path starting with "/"'],
  getToken: [isFunction, 'a function returning the token (or a Promise of it)'],
  operator: [isString, 'a string'],
  department: [isString, 'a string'],
  platformName: [isString, 'a string'],
  contact: [isString, 'a string'],
  locale: [(v) => (ID_LOCALES as readonly unknown[]).includes(v), `one of ${ID_LOCALES.map((l) => `'${l}'`).join(', ')}`],
  timeoutMs: [isMs(1), 'a positive number of milliseconds (0 would time every check out; leave it out for 8000)'],
  batchWindowMs: [isMs(0), 'a number of milliseconds (0 or more)'],
  cacheTtlMs: [isMs(0), 'a number of milliseconds (0 = no cache)'],
  staleAfterMs: [isMs(1), 'a positive number of milliseconds (0 would call every answer stale; leave it out for 24 h)'],
  fetch: [isFunction, 'a fetch-compatible function'],
  now: [isFunction, 'a function returning a Date'],
  outbox: [isStore, `'auto', 'memory' or an object with list(), get(), put() and delete()`],
  scenario: [isString, `a scenario such as 'administrative-licensing' ('' = no default)`],
  authorization: [isAuthorization, `{ basis: 'statutory-duty' | 'subject-consent', reference?: string }`],
  adapter: [isAdapter, 'an adapter: { name: string, checks(request, call), measures?(call), request?(operation, call) }'],
};

function describe(key: string, v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Never echo what was passed as a token source: it might be the token itself.
  if (typeof v === 'string' && key !== 'getToken') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  return v === null ? 'null' : typeof v;
}

/**
 * Throws a `CreditInputError` unless `options` fits ClientOptions. `caller` names the
 * function in the message; `requireEndpoint` is false for `configure()` (partial options).
 */
export function validateOptions(options: unknown, caller: string, requireEndpoint: boolean): void {
  const fail = (problem: string): never => {
    throw new CreditInputError(`credit-widgets: ${caller}(): ${problem}.\nExpected: ${caller}(${SHAPE})`);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`options must be an object, got ${describe('', options)}`);
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const rule = RULES[key as keyof ClientOptions];
    if (!rule) fail(`unknown option "${key}"`);
    const value = record[key];
    if (value !== undefined && !rule[0](value)) fail(`option "${key}" must be ${rule[1]}, got ${describe(key, value)}`);
  }
  if (requireEndpoint && record.endpoint === undefined) fail('option "endpoint" is required');
}

/** Validated options with the defaults filled in and the endpoint without trailing slashes. */
export function resolveOptions(options: ClientOptions, caller = 'createCreditClient'): ResolvedOptions {
  validateOptions(options, caller, true);
  const resolved = { ...DEFAULT_OPTIONS } as ResolvedOptions;
  for (const [key, value] of Object.entries(options)) if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  resolved.endpoint = endpointKey(resolved.endpoint);
  return resolved;
}

/** The endpoint as clients are keyed and requests are prefixed: without trailing slashes. */
export function endpointKey(endpoint: string): string {
  return endpoint.length > 1 ? endpoint.replace(/\/+$/, '') : endpoint;
}
