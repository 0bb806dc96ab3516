/**
 * The content of `<credit-flag>`'s details popover: subject, kind, scenario, the measures
 * with their basis, warnings, data time and, for `unknown`, the reason and a retry button.
 * Loaded with `import()` the first time a flag's popover is requested, so that the badge
 * alone does not need the full shared word tables.
 *
 * It also brings the popover's positioning (`anchorPopover`, Floating UI), needed only once
 * a popover opens. Apart from that, this module imports only the word tables: Lit's `html` / `nothing` and the element's
 * helpers are handed in (`FlagDetailsKit`). Every module it shared with the badge would
 * become a separate chunk of the badge's bundle, each compressed on its own (measured: 1.2 KB
 * gzip more for the flag), and in the script-tag bundle every module it imports is wrapped
 * for lazy initialisation.
 *
 * The exception is 人工核查 (rules §12): where the decision is `unknown` for a reason the
 * clerk cannot fix by correcting the input, the popover offers `<credit-manual-verification>`,
 * which comes with this module (so it loads on the first opening, never with the badge).
 * The flag keeps one form per decision (`FlagManual`), so closing the popover loses nothing
 * typed and nothing recorded.
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { Outcome } from '../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import type { formatDateTime, Locale, scenarioName } from '../internal/locale.js';
import type { outcomeIcon } from '../internal/outcome-icon.js';
import { shared, type SharedMessages } from '../locales/index.js';
import { offersManualVerification, type CreditManualVerification, type CreditVerificationDetail } from '../internal/manual-verification.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../internal/manual-verification-messages.js';
import { resumeRefused } from '../internal/refused-verification.js';
import type { CreditClient } from '../../src/client/create-client.js';
import type { FlagMessages } from './messages.js';

/** The positioning of the popover (Floating UI) comes with its content, on the first opening. */
export { anchorPopover } from '../internal/anchored-popover.js';

/** A flag's manual verification of one `unknown` decision: its form (kept while the popover is closed) and what it recorded. */
export interface FlagManual {
  /** The decision it verifies (a new check needs a new verification). */
  readonly for: Decision;
  readonly form: CreditManualVerification;
  /** The form is shown (the clerk pressed 记录人工核查). */
  open: boolean;
  /** The verification recorded, and its delivery state (`rejected`: not recorded). */
  recorded: CreditVerificationDetail | null;
}

/** Whether `manual` is about `decision` (the same object, or the same check at the platform). */
export function manualIsFor(manual: FlagManual | undefined, decision: Decision | undefined): boolean {
  if (!manual || !decision) return false;
  return manual.for === decision || (!!decision.queryId && manual.for.queryId === decision.queryId);
}

/**
 * The manual verification form for `decision`, or undefined when the decision offers none
 * (not unknown, or unknown for invalid input / a missing purpose or authorisation).
 * `changed` is called when the clerk records (`credit-verification`) or cancels.
 */
export function createManual(decision: Decision, changed: (what: 'recorded' | 'cancel') => void, client: () => CreditClient | null): FlagManual | undefined {
  if (!offersManualVerification(decision)) return undefined;
  const form = document.createElement('credit-manual-verification');
  form.decision = decision;
  form.hidden = true;
  const manual: FlagManual = { for: decision, form, open: false, recorded: null };
  form.addEventListener('credit-verification', (event: CustomEvent<CreditVerificationDetail>) => {
    manual.recorded = event.detail;
    // Refused after it waited in the outbox: the form takes it back as its draft, open again.
    if (event.detail.state === 'rejected') manual.open = resumeRefused(form, event.detail, client()) || manual.open;
    else manual.open = false;
    changed('recorded');
  });
  form.addEventListener('cancel', () => {
    manual.open = false;
    changed('cancel');
  });
  return manual;
}

/** Whether a verification is recorded (queued or sent, not rejected) for `decision`. */
export function isManuallyVerified(manual: FlagManual | undefined, decision: Decision | undefined): boolean {
  return manualIsFor(manual, decision) && !!manual!.recorded && manual!.recorded.state !== 'rejected';
}

/** What the flag shows: an outcome, a check in flight, or nothing to check. */
export type FlagState = Outcome | 'loading' | 'idle';

/** What the element hands in (the same Lit and helpers the badge uses). */
export interface FlagDetailsKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  outcomeIcon: typeof outcomeIcon;
  formatDateTime: typeof formatDateTime;
  scenarioName: typeof scenarioName;
}

export interface FlagDetailsInput {
  locale: Locale;
  /** The flag's own sentences in `locale`. */
  messages: FlagMessages;
  state: FlagState;
  /** The decision of the last finished check (used only when `state` is an outcome). */
  decision?: Decision;
  /** The subject as shown: `displayId()` of the `subject` attribute (masked for persons). */
  id: string;
  /** The retry button of `unknown`. */
  onRetry: () => void;
  /** The manual verification of this decision (see `createManual`), if it offers one. */
  manual?: FlagManual;
  /** The 记录人工核查 button. */
  onOpenManual: () => void;
}

/** The popover's content; the element it goes into is labelled by `#details-title`. */
export function renderFlagDetails(kit: FlagDetailsKit, input: FlagDetailsInput): TemplateResult {
  const { html, nothing, outcomeIcon, formatDateTime, scenarioName } = kit;
  const { locale, messages: m, state, decision, onRetry, onOpenManual } = input;
  const w = shared(locale);
  const d = state === 'loading' || state === 'idle' ? undefined : decision;
  const title = d?.subject?.name || m.detailsTitle;
  const id = d?.subjectId ?? input.id;
  if (!d) {
    return html`<p class="title" id="details-title">${title}</p>
      ${id ? html`<dl><dt>${w.field.id}</dt><dd>${id}</dd></dl>` : nothing}
      <p>${state === 'idle' ? m.noSubject : m.loadingDetails}</p>`;
  }
  const asOf = formatDateTime(locale, d.asOf);
  const manual = manualIsFor(input.manual, d) ? input.manual : undefined;
  const verified = isManuallyVerified(manual, d);
  if (manual) manual.form.hidden = !manual.open && !verified;
  return html`<p class="title" id="details-title">${title}</p>
    <p class="sentence">${outcomeIcon(d.outcome)}<span>${w.outcomeSentence[d.outcome]}</span></p>
    <dl>
      ${id ? html`<dt>${w.field.id}</dt><dd>${id}</dd>` : nothing}
      ${d.subject ? html`<dt>${w.field.kind}</dt><dd>${w.subjectKind[d.subject.kind]}</dd>` : nothing}
      <dt>${w.field.scenario}</dt><dd>${scenarioName(w, d.scenario)}</dd>
    </dl>
    ${d.outcome === 'unknown'
      ? html`<p>${d.reason ? w.reason[d.reason] : w.verifyManually}</p>
          <p class="actions"><button type="button" class="retry" @click=${onRetry}>${w.retry}</button>${manual && !manual.open && !verified
            ? html` <button type="button" class="manual-verification" @click=${onOpenManual}>${MANUAL_VERIFICATION_MESSAGES[locale].open}</button>`
            : nothing}</p>
          ${manual ? manual.form : nothing}`
      : nothing}
    ${renderMeasures(kit, w, m, w.field.applied, d.applied)}
    ${d.suspended.length ? html`${renderMeasures(kit, w, m, w.field.suspended, d.suspended)}<p class="muted">${w.objectionNote}</p>` : nothing}
    ${d.warnings.map((warning) => html`<p class="warning">${w.warning[warning.code]?.(warning.data ?? {}) ?? ''}</p>`)}
    ${asOf ? html`<p class="as-of">${m.asOf(asOf)}</p>` : nothing}`;
}

function renderMeasures(
  kit: FlagDetailsKit,
  w: SharedMessages,
  m: FlagMessages,
  heading: string,
  hits: MeasureHit[],
): TemplateResult | typeof litNothing {
  const { html, nothing } = kit;
  if (!hits.length) return kit.nothing;
  return html`<p class="muted">${heading}</p>
    <ul>
      ${hits.map(
        (hit) => html`<li>
          <span class="measure">${hit.measure.name}</span>
          ${hit.cleanYears ? html`<span class="basis">${w.cleanHistory(hit.cleanYears)}</span>` : nothing}
          ${hit.measure.basis.map((citation) => html`<div class="basis">${m.basis(citation)}</div>`)}
        </li>`,
      )}
    </ul>`;
}
