/**
 * The client's error classes. Each sets `name`, and each guard checks
 * `instanceof || name`, so that two copies of the library on one page still agree
 * (ky does the same). `reasonOf` turns any of them into the `reason` of an
 * `unknown` decision / `credit-error` event.
 */
import type { Problem, UnknownReason } from '../contract/index.js';

/** A non-2xx answer. `problem` is the RFC 9457 body when the platform sent one. */
export class CreditHttpError extends Error {
  status: number;
  problem: Problem | null;
  /** `Retry-After` in seconds, when the answer carried one. */
  retryAfter: number | null;
  constructor(status: number, problem: Problem | null = null, retryAfter: number | null = null, message?: string) {
    super(message ?? `HTTP ${status}${problem ? `: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}` : ''}`);
    this.name = 'CreditHttpError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** No answer within `timeoutMs`. */
export class CreditTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`No answer from the credit platform within ${timeoutMs} ms`);
    this.name = 'CreditTimeoutError';
  }
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export class CreditNetworkError extends Error {
  constructor(message = 'The credit platform could not be reached', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CreditNetworkError';
  }
}

/** An answer that is not JSON or does not match the v1 contract. */
export class CreditResponseError extends Error {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
  constructor(message: string, issues: readonly { path: readonly PropertyKey[]; message: string }[] = []) {
    super(message);
    this.name = 'CreditResponseError';
    this.issues = issues;
  }
}

/** Misuse of the API: bad options, a missing scenario, a malformed argument. */
export class CreditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CreditInputError';
  }
}

type Class<T> = abstract new (...args: never[]) => T;
const guard =
  <T>(type: Class<T>, name: string) =>
  (error: unknown): error is T =>
    error instanceof type || (error as { name?: unknown } | null)?.name === name;

export const isCreditHttpError = guard(CreditHttpError, 'CreditHttpError');
export const isCreditTimeoutError = guard(CreditTimeoutError, 'CreditTimeoutError');
export const isCreditNetworkError = guard(CreditNetworkError, 'CreditNetworkError');
export const isCreditResponseError = guard(CreditResponseError, 'CreditResponseError');
export const isCreditInputError = guard(CreditInputError, 'CreditInputError');

/** The `unknown` reason for an error: 401 → `unauthorized`, other HTTP → `http`, … */
export function reasonOf(error: unknown): UnknownReason {
  if (isCreditHttpError(error)) return error.status === 401 ? 'unauthorized' : 'http';
  if (isCreditTimeoutError(error)) return 'timeout';
  if (isCreditResponseError(error)) return 'invalid-response';
  if (isCreditInputError(error)) return 'invalid-subject';
  return 'network';
}
