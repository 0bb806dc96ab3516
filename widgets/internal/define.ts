/**
 * Idempotent registration: a second copy of the script on a page (a legacy page that
 * includes it twice, or the IIFE next to the ESM build) warns once and never throws.
 */
const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`${tag}: already defined by another copy of credit-widgets; keeping the first one.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another copy won a race between get() and define(): same outcome, no throw.
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`${tag}: could not be defined (${(error as Error)?.message ?? error}).`);
    }
  }
}
