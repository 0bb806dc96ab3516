/**
 * The credit platform simulated in the browser: the same fetch handler the tests use
 * (`credit-widgets/testing`), answered through msw's service worker at `/api`, with its
 * ledger and commitments kept for the tab (see platform-session.ts).
 *
 * Started BEFORE the elements get their endpoint, so no check ever leaves the page
 * unanswered.
 */
import { delay, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createGateway, createPlatform, type Platform } from '../../src/testing/index.js';
import { creditHandlers } from '../../src/testing/msw.js';
import { SIMULATED_ENDPOINT } from './endpoint.js';
import { restorePlatformState, savePlatformState } from './platform-session.js';
import { SERVICE_WORKER_PATH, allowServiceWorkerScript } from './trusted-types.js';

export interface Simulation {
  platform: Platform;
  /** `?platform=gateway`: the platform sits behind a simulated provincial gateway (`{ code, msg, data }`, pinyin fields). */
  gateway: boolean;
  /** The endpoint to configure: `/api`. */
  endpoint: string;
  /** Delay every answer by `ms` (0: none) — the fault lab's latency switch. */
  setLatency(ms: number): void;
}

/** A year of seeded checks, so that the statistics page shows real shapes. */
const HISTORY_CHECKS = 6000;

/** The department the simulated platform writes into ledger entries when a check names none. */
const DEPARTMENT = '演示区政务服务中心';

/** Whether the page asks for the gateway shape (`?platform=gateway`). */
export function gatewayRequested(search: string = location.search): boolean {
  return new URLSearchParams(search).get('platform') === 'gateway';
}

export async function startSimulation(): Promise<Simulation> {
  const gateway = gatewayRequested() ? createGateway({ basePath: SIMULATED_ENDPOINT, department: DEPARTMENT }) : null;
  const platform = gateway ? gateway.platform : createPlatform({ basePath: SIMULATED_ENDPOINT, department: DEPARTMENT, history: HISTORY_CHECKS });
  restorePlatformState(platform);
  const baseUrl = `${location.origin}${SIMULATED_ENDPOINT}`;
  let latencyMs = 0;
  const worker = setupWorker(
    // Returns nothing, so the request goes on to the platform after the delay.
    http.all(`${baseUrl}/v1/*`, async () => {
      if (latencyMs > 0) await delay(latencyMs);
    }),
    ...(gateway ? [http.post(`${baseUrl}/credit/query`, ({ request }) => gateway.handle(request))] : []),
    ...creditHandlers(platform, { baseUrl }),
  );
  worker.events.on('response:mocked', () => savePlatformState(platform));
  addEventListener('pagehide', () => savePlatformState(platform));
  allowServiceWorkerScript();
  await worker.start({ serviceWorker: { url: SERVICE_WORKER_PATH }, onUnhandledRequest: 'bypass', quiet: true });
  return {
    platform,
    gateway: gateway !== null,
    endpoint: SIMULATED_ENDPOINT,
    setLatency: (ms) => {
      latencyMs = Math.max(0, ms);
    },
  };
}
