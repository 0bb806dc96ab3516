/**
 * The objections of each record in the decision panel (异议, rules §13): a
 * `<credit-objection>` at the end of every record shown, in the panel's language and with its
 * endpoint. Kept out of credit-check.ts, which passes `recordObjections(…)` as the details'
 * and the measure cards' `record` hook.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditRecord } from '../../src/contract/index.js';
import type { Decision } from '../../src/policy/decision.js';
import type { Locale } from '../internal/locale.js';
import '../internal/objection-form.js';

export function recordObjections(decision: Decision, locale: Locale, endpoint: string | undefined): (record: CreditRecord) => TemplateResult | typeof nothing {
  return (record) =>
    html`<credit-objection part="objection" lang=${locale} endpoint=${endpoint || nothing} .record=${record} .decision=${decision}></credit-objection>`;
}
