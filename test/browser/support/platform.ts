/**
 * The simulated credit platform for element tests, served through msw's service worker.
 *
 * ```ts
 * const { platform, endpoint } = await usePlatform();
 * const el = await fixture(html`<credit-flag endpoint=${endpoint} subject=${FIXTURES.restricted.subject.id}></credit-flag>`);
 * await settle(el);
 * expect(requestsTo(platform, '/v1/checks')).to.equal(1);
 * ```
 *
 * - The worker starts once per test file (page) and stays up; nothing global is
 *   configured (no `configure()`), so every element talks to the endpoint it is given.
 * - Each `usePlatform()` makes a FRESH platform (its own state, faults and request log)
 *   under its own base path, `/api-<page>-<n>`. Elements given that `endpoint` get their
 *   own client (the registry keeps one per endpoint), hence their own cache, batcher and
 *   outbox: no test sees another's answers. The page part keeps two test files (which
 *   share the origin, its IndexedDB outbox and the service worker) apart as well.
 */
import { fixtureSync, waitUntil } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createPlatform, type Platform, type PlatformOptions } from '../../../src/testing/index.js';
import { creditHandlers } from '../../../src/testing/msw.js';

export type { Platform, PlatformOptions };

export interface UsedPlatform {
  platform: Platform;
  /** The base path to give elements as their `endpoint` attribute, e.g. `/api-k3x9-1`. */
  endpoint: string;
  /** The same as an absolute URL. */
  baseUrl: string;
}

let worker: SetupWorker | undefined;
let started: Promise<unknown> | undefined;
let count = 0;
/** Tells this page's endpoints apart from those of other test files run in the same browser. */
const pageId = Math.random().toString(36).slice(2, 8);

/** Starts msw's worker (once per page). Rejects with a readable message if it cannot. */
export function startWorker(): Promise<unknown> {
  if (!started) {
    worker = setupWorker();
    started = worker
      .start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } })
      .catch((error: unknown) => {
        started = undefined;
        worker = undefined;
        throw new Error(`msw's service worker did not start (is /mockServiceWorker.js served?): ${(error as Error)?.message ?? error}`);
      });
  }
  return started;
}

/** A fresh simulated platform under its own endpoint. */
export async function usePlatform(options: Omit<PlatformOptions, 'basePath'> = {}): Promise<UsedPlatform> {
  await startWorker();
  count += 1;
  const endpoint = `/api-${pageId}-${count}`;
  const baseUrl = `${location.origin}${endpoint}`;
  const platform = createPlatform({ ...options, basePath: endpoint });
  worker!.use(...creditHandlers(platform, { baseUrl }));
  return { platform, endpoint, baseUrl };
}

/**
 * Puts `template` in the page (removed after the test, like `fixture()`) and waits until
 * the Lit elements in it have rendered. Unlike `fixture()` it never waits for an animation
 * frame, which never comes while the test page is a background tab (concurrent runs).
 */
export async function mount<T extends Element>(template: Parameters<typeof fixtureSync>[0]): Promise<T> {
  const el = fixtureSync<T>(template);
  const updating = [el, ...el.querySelectorAll('*')]
    .map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
    .filter((p): p is Promise<unknown> => !!p && typeof p.then === 'function');
  await Promise.all(updating);
  return el;
}

/** Waits until a checking element has finished: an `outcome` attribute and no `loading`. */
export async function settle<T extends Element>(el: T, message = 'the element to finish its check'): Promise<T> {
  await waitUntil(() => el.hasAttribute('outcome') && !el.hasAttribute('loading'), `Timed out waiting for ${message}`, { timeout: 10_000 });
  if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** How many requests the platform has received for `path` (e.g. `/v1/checks`), any method, any query string. */
export function requestsTo(platform: Platform, path: string, method?: string): number {
  return requestLog(platform).filter((r) => r.path === path && (!method || r.method === method.toUpperCase())).length;
}

/** The platform's request log as `{ method, path, query }`, `path` relative to its base path (`/v1/checks`). */
export function requestLog(platform: Platform): { method: string; path: string; query: string; body?: unknown }[] {
  const base = platform.basePath;
  return platform.state.requests.map((r) => {
    const [pathname, query = ''] = r.path.split('?', 2);
    const at = base ? pathname.indexOf(`${base}/`) : -1;
    const path = at >= 0 ? pathname.slice(at + base.length) : pathname;
    return { method: r.method.toUpperCase(), path, query, body: r.body };
  });
}
