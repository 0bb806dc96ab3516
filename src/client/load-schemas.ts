/**
 * The zod schemas of the v1 contract, loaded on first need with `import()`: a page that
 * only shows flags does not pay for zod up front. Callers start the load when they send
 * a request (`const schemas = loadSchemas()` before `await http(...)`), so that it
 * arrives alongside the answer; every answer is still validated, exactly as strictly.
 *
 * A load that fails (the chunk could not be fetched) rejects with a CreditNetworkError —
 * an `unknown` decision with reason `network`, never an unvalidated answer — and the next
 * call tries again.
 */
import { CreditNetworkError } from './errors.js';

export type Schemas = typeof import('../contract/schemas.js');

let loading: Promise<Schemas> | undefined;

export function loadSchemas(): Promise<Schemas> {
  return (loading ??= import('../contract/schemas.js').catch((error: unknown) => {
    loading = undefined;
    throw new CreditNetworkError('The validation code of credit-widgets could not be loaded', { cause: error });
  }));
}
