/**
 * What the small write forms (人工核查 `<credit-manual-verification>`, 异议 `<credit-objection>`)
 * do alike: Esc cancels without losing the draft, the first invalid field takes the focus,
 * and a failure is told in one safe line (a person's number masked, no stack, no prefix).
 */
import { redact } from '../../src/client/redact.js';

/** Handles Esc on the form: `cancel()` unless something else took the key or a write is in flight. */
export function escapeCancels(busy: () => boolean, cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || busy()) return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}

/**
 * When a field of `order` has an error: a promise that focuses the first (`[data-field=…]`)
 * once the form has rendered its messages. `null` at once when there is none — no await on
 * that path, so that a submit marks itself as sending before a second click can start another write.
 */
export function focusFirstInvalid<F extends string>(
  host: { updateComplete: Promise<unknown>; renderRoot: ParentNode },
  order: readonly F[],
  errors: Partial<Record<F, string>>,
): Promise<void> | null {
  const first = order.find((f) => errors[f]);
  if (!first) return null;
  return host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus());
}

/** One line saying why a write failed, safe to show: its first line, without our prefix, any person's number masked. */
export function failureLine(error: unknown): string {
  const message = error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : undefined;
  const text = message !== undefined ? message.replace(/^credit-widgets: /, '').split('\n')[0] : String(error ?? '');
  return String(redact(text));
}
