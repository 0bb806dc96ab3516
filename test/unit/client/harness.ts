/**
 * Runs a client against the simulated platform through the client's `fetch` option
 * (`platform.handle`), recording the Requests the client made.
 */
import { createCreditClient, memoryOutboxStore, type ClientOptions, type CreditClient } from '../../../src/client/index.js';
import { usccCheckChar } from '../../../src/ids/index.js';
import type { CheckResponse } from '../../../src/contract/index.js';
import { createPlatform, type Platform, type PlatformOptions } from '../../../src/testing/index.js';

export const ENDPOINT = 'https://credit.example.gov.cn/api';

export interface Harness {
  platform: Platform;
  client: CreditClient;
  /** Every Request the client handed to fetch. */
  fetched: Request[];
  /** The Requests to POST /v1/checks. */
  checkRequests(): Request[];
  /** The platform's recorded requests to `/v1/<path>`. */
  requests(path: string): Platform['state']['requests'];
}

export function harness(platformOptions: PlatformOptions = {}, clientOptions: Partial<ClientOptions> = {}): Harness {
  const platform = createPlatform({ seed: false, ...platformOptions });
  const fetched: Request[] = [];
  const client = createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      fetched.push(request);
      return platform.handle(request);
    },
    ...clientOptions,
  });
  return {
    platform,
    client,
    fetched,
    checkRequests: () => fetched.filter((r) => r.url.endsWith('/v1/checks')),
    requests: (path) => platform.state.requests.filter((r) => r.path.split('?')[0] === `/api/v1/${path}`),
  };
}

/** `n` valid USCCs the platform does not know (found: false). */
export function unknownCodes(n: number, region = '110000'): string[] {
  return Array.from({ length: n }, (_, i) => {
    const first17 = `91${region}MA${String(i).padStart(7, '0')}`;
    return first17 + usccCheckChar(first17);
  });
}

/** Lets queued microtasks and zero-delay work run. */
/**
 * A client whose platform answers `POST /v1/checks` with `edit(the real answer)` (status 200,
 * JSON) — a drifted, mixed-up or hand-written answer — and every other request as the
 * simulated platform does.
 */
export function clientWithCheckAnswer(edit: (real: CheckResponse) => unknown, clientOptions: Partial<ClientOptions> = {}): CreditClient {
  const platform = createPlatform({ seed: false });
  return createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await platform.handle(request);
      if (!request.url.endsWith('/v1/checks')) return response;
      const body = edit((await response.json()) as CheckResponse);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
    ...clientOptions,
  });
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
