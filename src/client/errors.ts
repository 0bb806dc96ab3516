/**
 * The client's error classes. Each sets `name`, and each guard checks
 * `instanceof || name`, so that two copies of the library on one page still agree
 * (ky does the same). `reasonOf` turns any of them into the `reason` of an
 * `unknown` decision / `credit-error` event.
 */
import type { Problem, UnknownReason } from '../contract/index.js';

/**
 * The base of every error the SDK throws or rejects with: `error instanceof CreditError`
 * (or `isCreditError(error)`, which also recognises errors of another copy of the library)
 * tells them from the host page's own errors.
 */
export class CreditError extends Error {
  constructor(message?: string, options?: { cause?: unknown }) {
    // Passing `options` only when given: Chromium < 93 has no error cause.
    super(message);
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
    this.name = 'CreditError';
  }
}

/** A non-2xx answer. `problem` is the RFC 9457 body when the platform sent one. */
export class CreditHttpError extends CreditError {
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
export class CreditTimeoutError extends CreditError {
  constructor(timeoutMs: number) {
    super(`No answer from the credit platform within ${timeoutMs} ms`);
    this.name = 'CreditTimeoutError';
  }
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export class CreditNetworkError extends CreditError {
  constructor(message = 'The credit platform could not be reached', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CreditNetworkError';
  }
}

/** An answer that is not JSON or does not match the v1 contract. */
export class CreditResponseError extends CreditError {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
  constructor(message: string, issues: readonly { path: readonly PropertyKey[]; message: string }[] = []) {
    super(message);
    this.name = 'CreditResponseError';
    this.issues = issues;
  }
}

/** Misuse of the API: bad options, a missing scenario, a malformed argument. */
export class CreditInputError extends CreditError {
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

const CREDIT_ERROR_NAMES = ['CreditError', 'CreditHttpError', 'CreditTimeoutError', 'CreditNetworkError', 'CreditResponseError', 'CreditInputError'];
/** Any error of the SDK (this copy or another one on the page). */
export const isCreditError = (error: unknown): error is CreditError =>
  error instanceof CreditError || CREDIT_ERROR_NAMES.indexOf(String((error as { name?: unknown } | null)?.name)) >= 0;
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
