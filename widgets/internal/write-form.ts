/**
 * What the small write forms (人工核查 `<credit-manual-verification>`, 异议 `<credit-objection>`)
 * do alike: Esc cancels without losing the draft, the first invalid field takes the focus,
 * a write is delivered the same way (`deliverWrite`), and a failure is told in one safe line
 * (a person's number masked, no stack, no prefix).
 */
import type { OutboxReceipt } from '../../src/client/outbox.js';
import { redact } from '../../src/client/redact.js';
import type { OutboxController } from './outbox-controller.js';

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

/** One write of a form, as `deliverWrite` hands it over. */
export interface WriteDelivery<R extends OutboxReceipt> {
  /** The form shows the write as in flight (true) or not (false). */
  sending(on: boolean): void;
  /** Hands the write to the client's outbox. */
  send(): Promise<R>;
  /** The form's outbox follower: told to look again, and told of a refusal. */
  outbox: OutboxController;
  /** Taken (queued or sent): the form announces it and moves on. */
  accepted(receipt: R): void;
  /** Refused by the platform (a 4xx): the form's failure line, and the page is told. */
  rejected(receipt: R): void;
  /** Not handed over at all (a throw): the form shows `line`, safe to show. */
  failed(line: string, error: unknown): void;
}

/**
 * Delivers one write of a form: marked as sending before anything is awaited (so a second
 * click sends nothing), the outbox follower told to look again once it is handed over, a
 * refusal reported `rejected` to the follower (so it is announced once), and a throw turned
 * into the form's one safe failure line. Never rejects.
 */
export async function deliverWrite<R extends OutboxReceipt>(d: WriteDelivery<R>): Promise<void> {
  d.sending(true);
  try {
    const receipt = await d.send();
    d.outbox.sync(true);
    if (receipt.state === 'rejected') {
      d.outbox.report(receipt.key, 'rejected');
      d.rejected(receipt);
    } else {
      d.accepted(receipt);
    }
  } catch (error) {
    d.failed(failureLine(error), error);
  } finally {
    d.sending(false);
  }
}
