/**
 * The bench's script-tag page (scripts/bench/site.mjs serves it): a plain page with the
 * loader tag and `count` `<credit-flag>`s in its markup. This classic script comes before
 * the loader and reports to the bench with a plain XHR to `/report` — old kernels (69)
 * speak no DevTools protocol that today's tools know, and the same page runs on Debian's
 * current Chromium for a fair comparison. Lowered to Chromium 69 (no library calls it lacks).
 *
 * It reports:
 * - `definedMs`: when `<credit-flag>` was defined (its chunk loaded), ms since navigation start;
 * - `firstMs` and `jsAtFirst`: when the first flag got an `outcome` (ms since navigation
 *   start) and the JS files the page had fetched by then (Resource Timing: complete responses);
 * - `settledMs`: when all `count` flags had an outcome (null when not within the time limit);
 * - `outcomes` (per outcome, how many flags), `settled` (how many), page `errors`.
 */
interface Params {
  run: string;
  count: number;
  timeoutMs: number;
}

const params: Params = JSON.parse(document.documentElement.getAttribute('data-bench') || '{}');
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => errors.push(`unhandledrejection: ${String((e as PromiseRejectionEvent).reason)}`));

const seen = typeof WeakSet === 'function' ? new WeakSet<Element>() : null;
let settled = 0;
let firstMs: number | null = null;
let jsAtFirst: string[] = [];
let done = false;
let definedMs: number | null = null;
if (window.customElements) void customElements.whenDefined('credit-flag').then(() => (definedMs = performance.now()));

function jsFetched(): string[] {
  const names: string[] = [];
  const entries = performance.getEntriesByType('resource');
  for (let i = 0; i < entries.length; i++) {
    const name = entries[i].name.split('?')[0];
    if (/\.js$/.test(name) && !/\/page-script\.js$/.test(name) && names.indexOf(name) < 0) names.push(name);
  }
  return names;
}

function report(settledMs: number | null): void {
  if (done) return;
  done = true;
  const outcomes: Record<string, number> = {};
  const flags = document.querySelectorAll('credit-flag');
  for (let i = 0; i < flags.length; i++) {
    const o = flags[i].getAttribute('outcome');
    if (o !== null) outcomes[o] = (outcomes[o] || 0) + 1;
  }
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/report', true);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.send(
    JSON.stringify({
      run: params.run,
      userAgent: navigator.userAgent,
      definedMs,
      firstMs,
      jsAtFirst,
      settledMs,
      settled,
      count: params.count,
      outcomes,
      errors,
    }),
  );
}

const observer = new MutationObserver((records) => {
  for (let i = 0; i < records.length; i++) {
    const el = records[i].target as Element;
    if (el.getAttribute('outcome') === null || !seen || seen.has(el)) continue;
    seen.add(el);
    settled++;
    if (firstMs === null) {
      firstMs = performance.now();
      jsAtFirst = jsFetched();
    }
  }
  if (settled >= params.count) {
    const at = performance.now();
    observer.disconnect();
    report(at);
  }
});
observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['outcome'] });
setTimeout(() => report(null), params.timeoutMs);
