/**
 * `credit-widgets/testing/msw`: msw 2 handlers that delegate to the simulated platform, for
 * integrators' own tests (msw/node's `setupServer`) and the browser (`setupWorker`). The
 * platform itself has no msw dependency; this file is the only bridge, and a separate entry
 * so that `credit-widgets/testing` works where msw is not installed (msw is an optional
 * peer dependency).
 *
 * ```ts
 * import { createPlatform } from 'credit-widgets/testing';
 * import { creditHandlers } from 'credit-widgets/testing/msw';
 * import { setupServer } from 'msw/node';
 * const server = setupServer(...creditHandlers(createPlatform(), { baseUrl: 'https://credit.example.gov.cn/api' }));
 * ```
 */
import { HttpResponse, http } from 'msw';
import type { HttpHandler } from 'msw';
import type { Platform } from './platform.js';

export interface CreditHandlersOptions {
  /**
   * The SDK's `endpoint`, e.g. `https://credit.example.gov.cn/api` or `/api` (relative to the
   * page in a browser). Its path should end with the platform's `basePath`.
   */
  baseUrl: string;
}

/**
 * One `http.all('<baseUrl>/v1/*')` handler passing each request to `platform.handle()`.
 * The platform's Response goes through unchanged; the `offline` fault (and a request
 * aborted while the platform holds it) becomes `HttpResponse.error()` — a network error.
 */
export function creditHandlers(platform: Platform, { baseUrl }: CreditHandlersOptions): HttpHandler[] {
  if (typeof baseUrl !== 'string') {
    throw new TypeError('credit-widgets/testing: creditHandlers(platform, { baseUrl }) needs baseUrl, e.g. "https://credit.example.gov.cn/api"');
  }
  const base = baseUrl.replace(/\/+$/, '');
  return [
    http.all(`${base}/v1/*`, async ({ request }) => {
      try {
        return await platform.handle(request);
      } catch {
        // handle() rejects only for `offline` and for a request aborted while it waited.
        return HttpResponse.error();
      }
    }),
  ];
}
