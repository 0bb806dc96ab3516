/**
 * "This page has credit-widgets twice" is said once per page, whichever copies meet: the
 * script tag twice, or the script beside an ESM copy. The flag lives under a namespaced
 * symbol on the window (as the registry does); nothing of the host's is touched.
 */
const WARNED = Symbol.for('credit-widgets.duplicate-warned.v1');

export function warnDuplicateOnce(detail: string): void {
  const holder = window as unknown as Record<symbol, boolean | undefined>;
  if (holder[WARNED]) return;
  Object.defineProperty(window, WARNED, { value: true, enumerable: false, configurable: true });
  console.warn(`credit-widgets is on this page twice (${detail}); the first copy stays in charge.`);
}
