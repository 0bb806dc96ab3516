/**
 * Which platform the demo talks to: the in-browser simulation at `/api` (default), or the
 * one given as `?endpoint=http://localhost:8787/api` (`npm run platform`, or any real one).
 */

/** Where the in-browser simulation answers (same origin, intercepted by msw's service worker). */
export const SIMULATED_ENDPOINT = '/api';

/** The `?endpoint=` of this page when it is an http(s) URL; null otherwise (a bad value is reported). */
export function endpointFromQuery(search: string = location.search): string | null {
  const value = new URLSearchParams(search).get('endpoint');
  if (value === null || value.trim() === '') return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/+$/, '');
  } catch {
    /* reported below */
  }
  console.warn(`credit-widgets demo: ignoring ?endpoint=${value} (expected an http(s) URL such as http://localhost:8787/api); using the in-browser simulation.`);
  return null;
}

/** `path` with this page's `?endpoint=` and `?platform=` carried over, so the whole tour uses one platform. */
export function demoHref(path: string, search: string = location.search): string {
  const query = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const key of ['endpoint', 'platform']) {
    const value = query.get(key);
    if (value) keep.set(key, value);
  }
  const text = keep.toString();
  return text ? `${path}?${text}` : path;
}
