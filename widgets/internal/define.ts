/**
 * Idempotent registration: a second copy of the library on a page (a legacy page that
 * includes the script twice, or the script next to an ESM build) keeps the first copy's
 * elements, warns once for the whole page, and never throws.
 */
import { warnDuplicateOnce } from './duplicate-warning.js';

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = window.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) warnDuplicateOnce(`<${tag}> was already defined by another copy`);
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another copy won a race between get() and define(): same outcome, no throw.
    warnDuplicateOnce(`<${tag}> could not be defined: ${(error as Error)?.message ?? error}`);
  }
}
