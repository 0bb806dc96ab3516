/**
 * The events the elements fire: all bubble and are composed, so a host page can listen
 * on `document`. Their `detail` never carries a natural person's full id number.
 */
import type { FeedbackRequest, Outcome, UnknownReason } from '../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';

/** `credit-result`: the decision, with `measures` naming the applied ones. */
export type CreditResultDetail = Decision & { measures: MeasureHit[] };
export interface CreditErrorDetail {
  reason: UnknownReason;
  message: string;
}
export interface CreditFeedbackDetail {
  feedback: FeedbackRequest;
  state: 'queued' | 'sent' | 'rejected';
  key: string;
}
export interface CreditGateChangeDetail {
  allowed: boolean;
  outcome: Outcome | null;
  overridden: boolean;
}

/** The names of the SDK's events, as declared in `GlobalEventHandlersEventMap`. */
export type CreditEventName = Extract<keyof GlobalEventHandlersEventMap, `credit-${string}`>;
/** The `detail` type of a declared event: the event name picks it. */
export type CreditEventDetail<K extends CreditEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires `type` (bubbling, composed) with a `detail` of the type declared for that name. */
export function emit<K extends CreditEventName>(target: EventTarget, type: K, detail: CreditEventDetail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export function resultDetail(decision: Decision): CreditResultDetail {
  return { ...decision, measures: decision.applied };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-result': CustomEvent<CreditResultDetail>;
    'credit-error': CustomEvent<CreditErrorDetail>;
    'credit-feedback': CustomEvent<CreditFeedbackDetail>;
    'credit-gate-change': CustomEvent<CreditGateChangeDetail>;
  }
}
