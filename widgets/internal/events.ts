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

export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
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
