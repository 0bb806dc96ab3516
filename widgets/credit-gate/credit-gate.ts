/**
 * `<credit-gate>`: wraps the host page's decision controls and keeps them disabled while
 * the subject may not proceed (domain.md §5 and §7).
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FeedbackAction, FeedbackRequest, Outcome } from '../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import { redact } from '../../src/client/redact.js';
import { CheckingElement } from '../internal/checking-element.js';
import { emit, type CreditFeedbackDetail, type CreditGateChangeDetail } from '../internal/events.js';
import { formatNumber } from '../internal/locale.js';
import { outcomeIcon } from '../internal/outcome-icon.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { formStyles } from '../internal/form-styles.js';
import { GATE_MESSAGES, type GateMessages } from './messages.js';
import { GateVerification, type GateManualVerification } from './gate-verification.js';
import { renderSubjectWarnings, subjectWarnings, SUBJECT_WARNING_WORDS } from '../internal/subject-warnings.js';
import { GATE_RESPONSE_MESSAGES } from './response-messages.js';

/** The host's controls a gate governs: anything that submits or acts like a button. */
const CONTROLS = 'button, input[type="submit"], input[type="image"], input[type="button"], [role="button"]';

/**
 * Marks a control whose markup starts `disabled` so that the page fails closed: a script
 * that never loads, or a check that never completes, leaves it disabled; the gate enables
 * it once a completed check allows it (or an override does).
 */
export const HOLD_ATTRIBUTE = 'data-credit-hold';

/**
 * The attribute the gate puts on every control it holds (with `aria-disabled="true"`), for
 * the host's CSS: frameworks style a disabled button by a class (`.layui-btn-disabled`,
 * `.is-disabled`), not by the native `disabled`, so the README gives them one rule on it.
 */
export const BLOCKED_ATTRIBUTE = 'data-credit-blocked';

/** What a control looked like before the gate first disabled it. */
interface SavedState {
  /** `disabled` of a natively disableable control, null for others (`[role=button]`). */
  disabled: boolean | null;
  ariaDisabled: string | null;
}

type Disableable = Element & { disabled: boolean };
const isDisableable = (el: Element): el is Disableable =>
  el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLFieldSetElement;

/** The applied measures that stop the decision: punishment + mandatory + block (domain.md §5). */
export function blockingMeasures(decision: Decision): MeasureHit[] {
  return decision.applied.filter(
    (hit) => hit.measure.direction === 'punishment' && hit.measure.nature === 'mandatory' && hit.measure.effect === 'block',
  );
}

/**
 * @tagname credit-gate
 * @summary Wraps the host's decision controls (its slot): they are disabled while the check
 * runs, when it is `restricted` (with the reason and the blocking measures beside them) and
 * when it is `unknown` ("verify manually", with a retry). A clerk may proceed against a
 * restriction only with a typed reason, which is reported as `overridden` feedback. With
 * `require-response` the controls also wait until every applied measure has a response
 * (from a `<credit-check>` of the same check, or the gate's own override). Every control it
 * holds gets `disabled`, `aria-disabled="true"` and `data-credit-blocked` (for the host's CSS:
 * frameworks that style disabled buttons by class), all three re-asserted if the host's
 * script lifts them, and restored to the host's own values when the gate lets go.
 *
 * @slot - The host's decision controls (buttons, submit inputs, `[role=button]`), also ones added later.
 *
 * @attr require-response - Keep the controls disabled until every applied measure has a response.
 * @attr subject-name - The name entered for the subject; a suspect code or a registered name that differs shows a warning mark and asks the clerk to confirm before the controls are enabled.
 *
 * @fires credit-result - A check finished; `detail` is the decision (person ids masked).
 * @fires credit-error - A check could not be completed; `detail` is `{ reason, message }`.
 * @fires credit-feedback - The override was reported; `detail` is `{ feedback, state, key }`, one per blocking measure.
 * @fires credit-gate-change - Whether the controls are allowed changed; `detail` is `{ allowed, outcome, overridden }`.
 *
 * @csspart base - The wrapper around the controls and the notice.
 * @csspart controls - The box around the slotted controls.
 * @csspart details - The notice beside the controls: why they are disabled.
 * @csspart override - The button that opens the override form.
 * @csspart form - The override form.
 */
export class CreditGate extends CheckingElement {
  static override styles = [
    themeStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .base {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: var(--_space);
      }
      .controls {
        display: contents;
      }
      .notice {
        flex: 1 1 16em;
        min-width: 0;
      }
      .notice:empty,
      .sentence:empty {
        display: none;
      }
      .notice p,
      .notice ul {
        margin: 0 0 calc(var(--_space) / 2);
      }
      ul {
        padding-inline-start: 1.2em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      form {
        display: grid;
        gap: calc(var(--_space) / 2);
        margin-top: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      label {
        font-weight: 600;
      }
      textarea {
        min-height: 4.5em;
        padding: calc(var(--_space) / 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      textarea[aria-invalid='true'] {
        border: 2px solid var(--_restricted);
      }
      .subject-check {
        border-inline-start: 4px solid var(--_review);
        padding-inline-start: var(--_space);
        margin-bottom: calc(var(--_space) / 2);
      }
      .subject-warning {
        display: block;
        font-weight: 700;
      }
      .warning-mark {
        color: var(--_review);
      }
      .hint {
        color: var(--_muted);
      }
    `,
  ];

  /** Keep the controls disabled until every applied measure has a response. */
  @property({ type: Boolean, reflect: true, attribute: 'require-response' }) requireResponse = false;
  /** The name entered for the subject: a registered name that differs is a warning to confirm (需核对). */
  @property({ attribute: 'subject-name' }) subjectName = '';

  @state() private formOpen = false;
  @state() private reasonMissing = false;
  @state() private sending = false;
  @state() private overrideFailed = false;
  /**
   * The latest response to each measure, as `queryId|measureId` → action (from `credit-feedback`
   * events and the override): a corrected response replaces the earlier one (domain.md §7).
   */
  @state() private responded: ReadonlyMap<string, FeedbackAction> = new Map();
  /** The decision whose subject warnings (suspect code, name mismatch) the clerk confirmed. */
  @state() private warningsConfirmedFor: Decision | null = null;
  /** The decision the clerk overrode (a new check needs a new override). */
  @state() private overriddenFor: Decision | null = null;

  @query('slot') private slotEl?: HTMLSlotElement;
  @query('textarea') private reasonField?: HTMLTextAreaElement;
  @query('.override') private overrideButton?: HTMLButtonElement;

  /** The way through an `unknown` decision: a manual verification (rules §12). */
  readonly #manual = new GateVerification(this, () => undefined, () => this.clientOrNull);
  #saved = new Map<Element, SavedState>();
  #lastChange: CreditGateChangeDetail = { allowed: false, outcome: null, overridden: false };
  #observer?: MutationObserver;

  constructor() {
    super();
    // `[role=button]` controls cannot be disabled natively: stop their activation while blocked.
    this.addEventListener('click', this.#stopBlockedActivation, true);
    this.addEventListener('keydown', this.#stopBlockedActivation, true);
    this.addEventListener('keyup', this.#stopBlockedActivation, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('credit-feedback', this.#onFeedback);
    this.#observer ??= new MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(this, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled', 'aria-disabled', BLOCKED_ATTRIBUTE, 'role', 'type'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('credit-feedback', this.#onFeedback);
    this.#observer?.disconnect();
  }

  /** Whether the host's controls may be used now. */
  get allowed(): boolean {
    if (this.checking) return false;
    const d = this.decision;
    if (!d || (d.outcome === 'unknown' && !this.#manual.allows(d))) return false;
    const overridden = this.#isOverridden(d);
    if (d.outcome === 'restricted' && !overridden) return false;
    if (this.requireResponse && this.#missingResponses(d) > 0) return false;
    if (this.#warningsToConfirm(d)) return false;
    return true;
  }

  /** The manual verification recorded for the current decision (人工核查, rules §12), or null. */
  get manualVerification(): GateManualVerification | null {
    return this.#manual.of(this.checking ? undefined : this.decision);
  }

  /**
   * Whether the clerk proceeds against the restriction: every blocking measure's latest
   * response is an override with a typed reason — made in this gate or in a `<credit-check>`
   * of the same check; a later correction to "applied" takes it back.
   */
  #isOverridden(d: Decision): boolean {
    const blocking = blockingMeasures(d);
    if (!blocking.length || !d.queryId) return false;
    return blocking.every((hit) => this.responded.get(`${d.queryId}|${hit.measure.id}`) === 'overridden');
  }

  #missingResponses(d: Decision): number {
    return d.applied.filter((hit) => !this.responded.has(`${d.queryId}|${hit.measure.id}`)).length;
  }

  /** Applied measures whose latest response is an override (a mandatory measure not applied). */
  #overriddenMeasures(d: Decision): MeasureHit[] {
    return d.applied.filter((hit) => this.responded.get(`${d.queryId}|${hit.measure.id}`) === 'overridden');
  }

  /** Subject warnings (suspect code, name mismatch) the clerk has not yet confirmed. */
  #warningsToConfirm(d: Decision): boolean {
    if (d.outcome === 'unknown' || !subjectWarnings(d, this.subjectName)) return false;
    const c = this.warningsConfirmedFor;
    return !(c && (c === d || (!!d.queryId && c.queryId === d.queryId)));
  }

  #confirmWarnings = async (): Promise<void> => {
    this.warningsConfirmedFor = this.decision ?? null;
    await this.updateComplete;
    this.#focusFirstControl();
  };

  #focusFirstControl(): void {
    const first = this.#controls().find((el) => !(isDisableable(el) && el.disabled)) as HTMLElement | undefined;
    if (first) first.focus();
    else this.renderRoot.querySelector<HTMLElement>('.sentence')?.focus();
  }

  get #messages(): GateMessages {
    return GATE_MESSAGES[this.locale];
  }

  // ------------------------------------------------------------------ governing the controls

  /** The controls in the slot now (slotted elements and their descendants). */
  #controls(): Element[] {
    const assigned = this.slotEl?.assignedElements({ flatten: true }) ?? [...this.children];
    const found: Element[] = [];
    for (const el of assigned) {
      if (el.matches(CONTROLS)) found.push(el);
      found.push(...el.querySelectorAll(CONTROLS));
    }
    return found;
  }

  /** Disables or restores every governed control to match `allowed`. */
  #apply(): void {
    // Changes the host made since the last look count as its own state; ours are dropped below.
    this.#noteHostChanges(this.#observer?.takeRecords() ?? []);
    const allowed = this.allowed;
    const controls = this.#controls();
    for (const el of [...this.#saved.keys()]) if (!controls.includes(el) || allowed) this.#release(el);
    if (!allowed) for (const el of controls) this.#block(el);
    this.#observer?.takeRecords();
  }

  #block(el: Element): void {
    if (!this.#saved.has(el)) {
      this.#saved.set(el, { disabled: isDisableable(el) ? el.disabled : null, ariaDisabled: el.getAttribute('aria-disabled') });
    }
    // The native `disabled` where there is one; for everyone (assistive technology, the
    // host's CSS) `aria-disabled="true"` and `data-credit-blocked`.
    if (isDisableable(el) && !el.disabled) el.disabled = true;
    if (el.getAttribute('aria-disabled') !== 'true') el.setAttribute('aria-disabled', 'true');
    if (!el.hasAttribute(BLOCKED_ATTRIBUTE)) el.setAttribute(BLOCKED_ATTRIBUTE, '');
  }

  #release(el: Element): void {
    const saved = this.#saved.get(el);
    if (!saved) return;
    this.#saved.delete(el);
    if (isDisableable(el)) {
      // Fail-closed markup (`<button disabled data-credit-hold>`): that `disabled` is the
      // gate's to lift, not the host's own wish; without the script it never lifts.
      if (el.hasAttribute(HOLD_ATTRIBUTE)) el.disabled = false;
      else if (saved.disabled !== null) el.disabled = saved.disabled;
    }
    if (saved.ariaDisabled === null || el.hasAttribute(HOLD_ATTRIBUTE)) el.removeAttribute('aria-disabled');
    else el.setAttribute('aria-disabled', saved.ariaDisabled);
    el.removeAttribute(BLOCKED_ATTRIBUTE);
  }

  #onMutations(records: MutationRecord[]): void {
    this.#noteHostChanges(records);
    this.#apply();
  }

  /** The host enabled a control while the gate holds it: that is now the state to restore later. */
  #noteHostChanges(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type !== 'attributes') continue;
      const el = record.target as Element;
      const saved = this.#saved.get(el);
      if (!saved) continue;
      if (record.attributeName === 'disabled' && isDisableable(el) && !el.disabled) saved.disabled = false;
      if (record.attributeName === 'aria-disabled' && el.getAttribute('aria-disabled') !== 'true') {
        saved.ariaDisabled = el.getAttribute('aria-disabled');
      }
    }
  }

  #onSlotChange = (): void => this.#apply();

  #stopBlockedActivation = (event: Event): void => {
    if (this.allowed) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const path = event.composedPath();
    if (path.some((node) => node instanceof Element && this.#saved.has(node))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  // ------------------------------------------------------------------ responses and override

  #onFeedback = (event: CustomEvent<CreditFeedbackDetail>): void => {
    const detail = event.detail;
    const fb = detail?.feedback;
    if (!fb?.queryId || !fb.measureId || !fb.action || detail.state === 'rejected') return;
    const key = `${fb.queryId}|${fb.measureId}`;
    if (this.responded.get(key) === fb.action) return;
    // The latest response counts (a correction supersedes the earlier one).
    this.responded = new Map(this.responded).set(key, fb.action);
  };

  #openForm = async (): Promise<void> => {
    this.formOpen = true;
    this.reasonMissing = false;
    this.overrideFailed = false;
    await this.updateComplete;
    this.reasonField?.focus();
  };

  #closeForm = async (): Promise<void> => {
    this.formOpen = false;
    this.reasonMissing = false;
    await this.updateComplete;
    this.overrideButton?.focus();
  };

  #onFormKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !this.sending) {
      event.stopPropagation();
      void this.#closeForm();
    }
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const d = this.decision;
    const reason = this.reasonField?.value.trim() ?? '';
    if (!reason) {
      this.reasonMissing = true;
      await this.updateComplete;
      this.reasonField?.focus();
      return;
    }
    this.reasonMissing = false;
    if (!d || d.outcome !== 'restricted' || !d.queryId) return;
    this.sending = true;
    this.overrideFailed = false;
    const queryId = d.queryId;
    const sent: string[] = [];
    let failed = false;
    for (const hit of blockingMeasures(d)) {
      const feedback: FeedbackRequest = {
        queryId,
        subjectId: d.subjectId,
        measureId: hit.measure.id,
        action: 'overridden',
        reason,
        ...(this.caseNumber ? { caseNumber: this.caseNumber } : {}),
      };
      try {
        const receipt = await this.client.feedback(feedback);
        // The feedback as the outbox sends it: a person's number masked, also inside the reason.
        emit(this, 'credit-feedback', { feedback: redact(feedback) as FeedbackRequest, state: receipt.state, key: receipt.key });
        if (receipt.state === 'rejected') failed = true;
        else sent.push(`${queryId}|${hit.measure.id}`);
      } catch (error) {
        this.log('warn', 'the override feedback could not be sent.', error);
        failed = true;
      }
    }
    this.sending = false;
    const next = new Map(this.responded);
    for (const key of sent) next.set(key, 'overridden');
    this.responded = next;
    if (failed || this.decision !== d) {
      this.overrideFailed = failed;
      return;
    }
    this.overriddenFor = d;
    this.formOpen = false;
    await this.updateComplete;
    // Keyboard users continue where the decision is made: the first control, now enabled
    // (or the confirmation of a warning, which comes next).
    if (this.decision && this.#warningsToConfirm(this.decision)) this.renderRoot.querySelector<HTMLElement>('.confirm-warnings')?.focus();
    else this.#focusFirstControl();
  };

  // ------------------------------------------------------------------ lifecycle

  protected override onDecision(decision: Decision): void {
    if (this.overriddenFor && this.overriddenFor.queryId !== decision.queryId) this.overriddenFor = null;
    if (this.warningsConfirmedFor && this.warningsConfirmedFor.queryId !== decision.queryId) this.warningsConfirmedFor = null;
    if (decision.outcome !== 'restricted') this.formOpen = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#apply();
    const d = this.checking ? undefined : this.decision;
    const next: CreditGateChangeDetail = {
      allowed: this.allowed,
      outcome: (d?.outcome ?? null) as Outcome | null,
      overridden: !!d && this.#isOverridden(d),
    };
    const last = this.#lastChange;
    if (next.allowed !== last.allowed || next.outcome !== last.outcome || next.overridden !== last.overridden) {
      this.#lastChange = next;
      emit(this, 'credit-gate-change', next);
    }
  }

  protected override renderContent(): TemplateResult {
    const d = this.checking ? undefined : this.decision;
    const shape = d?.outcome ?? (this.subject?.trim() ? 'loading' : 'unknown');
    return html`<div part="base" class="base" data-outcome=${shape}>
      <div part="controls" class="controls"><slot @slotchange=${this.#onSlotChange}></slot></div>
      <div part="details" class="notice" data-outcome=${shape}>${this.#renderNotice(d)}</div>
    </div>`;
  }

  #renderNotice(d: Decision | undefined): TemplateResult {
    const m = this.#messages;
    const w = shared(this.locale);
    let status: TemplateResult | typeof nothing = nothing;
    let body: TemplateResult | typeof nothing = nothing;
    if (!d) {
      const waiting = !!this.subject?.trim();
      status = html`${outcomeIcon(waiting ? 'loading' : 'unknown')}<span>${waiting ? m.waiting : m.noSubject}</span>`;
    } else if (d.outcome === 'unknown') {
      const verified = this.#manual.status(d);
      status = verified
        ? html`${outcomeIcon('unknown')}<span class="manual-verified">${verified}</span>`
        : html`${outcomeIcon('unknown')}<span><strong>${w.verifyManually}</strong> ${d.reason ? w.reason[d.reason] : w.outcomeSentence.unknown}</span>`;
      body = html`<div class="actions"><button type="button" class="retry" @click=${() => this.retry()}>${w.retry}</button></div>
        ${this.#manual.render(d, this.caseNumber, this.endpoint)}`;
    } else if (d.outcome === 'restricted' && !this.#isOverridden(d)) {
      status = html`${outcomeIcon('restricted')}<span>${w.outcomeSentence.restricted}</span>`;
      body = this.#renderRestricted(d);
    } else if (d.outcome === 'restricted') {
      status = html`${outcomeIcon('restricted')}<span>${m.overridden}</span>`;
    } else if (d.outcome === 'review') {
      const onlySuspended = !d.applied.some((h) => h.measure.direction === 'punishment') && d.suspended.length > 0;
      status = html`${outcomeIcon('review')}<span>${onlySuspended ? GATE_RESPONSE_MESSAGES[this.locale].objection : w.outcomeSentence.review}</span>`;
    }
    const missing = d && d.outcome !== 'unknown' && this.requireResponse ? this.#missingResponses(d) : 0;
    const total = d?.applied.length ?? 0;
    const marks = d && d.outcome !== 'unknown' ? subjectWarnings(d, this.subjectName) : null;
    const overridden = d && d.outcome !== 'unknown' ? this.#overriddenMeasures(d) : [];
    return html`<p class="sentence" role="status" tabindex="-1">${status}</p>
      ${marks
        ? html`<div class="subject-check" data-confirmed=${this.#warningsToConfirm(d!) ? 'false' : 'true'}>
            <p>${renderSubjectWarnings(marks, this.locale)}</p>
            ${this.#warningsToConfirm(d!)
              ? html`<p class="hint">${SUBJECT_WARNING_WORDS[this.locale].confirmHint}</p>
                  <div class="actions"><button type="button" class="confirm-warnings" @click=${this.#confirmWarnings}>${SUBJECT_WARNING_WORDS[this.locale].confirm}</button></div>`
              : html`<p class="hint confirmed">${SUBJECT_WARNING_WORDS[this.locale].confirmed}</p>`}
          </div>`
        : nothing}
      ${overridden.length && !(d!.outcome === 'restricted' && this.#isOverridden(d!) && overridden.length === blockingMeasures(d!).length)
        ? html`<p class="overridden-measures">${GATE_RESPONSE_MESSAGES[this.locale].overridden(overridden.map((h) => h.measure.name))}</p>`
        : nothing}
      ${body}
      ${missing > 0 && (d!.outcome !== 'restricted' || this.#isOverridden(d!))
        ? html`<p>${m.responsesPending(formatNumber(this.locale, total - missing), formatNumber(this.locale, total))}</p>`
        : nothing}`;
  }

  #renderRestricted(d: Decision): TemplateResult {
    const m = this.#messages;
    const blocking = blockingMeasures(d);
    return html`${blocking.length
        ? html`<p>${m.blockingMeasures}</p>
            <ul>
              ${blocking.map((hit) => html`<li>${hit.measure.name}</li>`)}
            </ul>`
        : nothing}
      ${this.formOpen
        ? this.#renderForm()
        : html`<div class="actions">
            <button type="button" part="override" class="override" @click=${this.#openForm}>
              ${m.override}
            </button>
          </div>`}`;
  }

  #renderForm(): TemplateResult {
    const m = this.#messages;
    const describedBy = this.reasonMissing ? 'reason-error reason-hint' : 'reason-hint';
    return html`<form part="form" id="override-form" novalidate @submit=${this.#onSubmit} @keydown=${this.#onFormKeydown}>
      <label for="reason">${m.reasonLabel}</label>
      <textarea
        id="reason"
        name="reason"
        required
        aria-required="true"
        aria-invalid=${this.reasonMissing ? 'true' : 'false'}
        aria-describedby=${describedBy}
        ?disabled=${this.sending}
        @input=${() => (this.reasonMissing = false)}
      ></textarea>
      ${this.reasonMissing ? html`<p id="reason-error" class="error" role="alert">${m.reasonRequired}</p>` : nothing}
      <p id="reason-hint" class="hint">${m.reasonHint}</p>
      ${this.overrideFailed ? html`<p class="error" role="alert">${m.overrideFailed}</p>` : nothing}
      ${this.sending ? html`<p role="status">${m.sending}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.sending}>${m.confirm}</button>
        <button type="button" ?disabled=${this.sending} @click=${this.#closeForm}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
