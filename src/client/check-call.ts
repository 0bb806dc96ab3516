/**
 * What a call to `client.check()` must look like: the validation of its arguments
 * (misuse rejects with a CreditInputError that shows the expected call) and the
 * rejection of a call whose signal aborted. Shared by the client facade, which answers
 * misuse before the client's code has loaded, and the client itself.
 */
import { isIsoDate } from '../policy/dates.js';
import type { CheckOptions } from './create-client.js';
import { CreditInputError } from './errors.js';

const CHECK_USAGE = `Expected: client.check('91110000802100433B' | ['9111…', '9144…'], { scenario?: 'government-procurement' (default: the client's scenario option), purpose?: string, authorization?: { basis: 'statutory-duty' | 'subject-consent', reference?: string }, caseNumber?: string, signal?: AbortSignal, on?: 'YYYY-MM-DD' })`;

/** Throws a CreditInputError unless `input` and `opts` are a well-formed check; returns whether `input` is a list. */
export function checkArguments(input: unknown, opts: CheckOptions | undefined): boolean {
  const many = Array.isArray(input);
  if (!(many ? (input as readonly unknown[]).every((id) => typeof id === 'string') : typeof input === 'string')) {
    throw new CreditInputError(`credit-widgets: check(): the first argument must be an id string or an array of id strings.\n${CHECK_USAGE}`);
  }
  if (opts === undefined) return many;
  if (typeof opts !== 'object' || opts === null) throw new CreditInputError(`credit-widgets: check(): the options must be an object.\n${CHECK_USAGE}`);
  // A missing or unknown scenario is no misuse but a check that cannot be decided: `unknown` (invalid-scenario).
  for (const field of ['scenario', 'purpose', 'caseNumber'] as const) {
    if (opts[field] != null && typeof opts[field] !== 'string') throw new CreditInputError(`credit-widgets: check(): "${field}" must be a string.\n${CHECK_USAGE}`);
  }
  const a = opts.authorization as unknown;
  if (a != null && (typeof a !== 'object' || !['statutory-duty', 'subject-consent'].includes((a as { basis?: string }).basis ?? '') || ((a as { reference?: unknown }).reference != null && typeof (a as { reference?: unknown }).reference !== 'string'))) {
    throw new CreditInputError(`credit-widgets: check(): "authorization" must be { basis: 'statutory-duty' | 'subject-consent', reference?: string }.\n${CHECK_USAGE}`);
  }
  if (opts.on !== undefined && !isIsoDate(opts.on)) throw new CreditInputError(`credit-widgets: check(): "on" must be a date YYYY-MM-DD.\n${CHECK_USAGE}`);
  return many;
}

/** What an aborted check rejects with: the signal's reason, or an AbortError. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The check was aborted', 'AbortError');
}
