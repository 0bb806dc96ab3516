/**
 * `<credit-manual-verification>`: the 人工核查 form (rules §12), offered wherever a decision
 * is `unknown` for a reason the clerk cannot fix by correcting the input (not invalid input,
 * not a missing purpose or authorisation: see `offersManualVerification`).
 *
 * - Fields: source, reference (required for a credit report), date checked (not in the
 *   future; a warning when older than 30 days), finding, note (required when records were
 *   found). A bad field gets its own message, the first one takes the focus, nothing is sent,
 *   nothing typed is lost. Esc (or Cancel) fires `cancel` on the element and keeps the draft.
 * - Sent through the client's durable outbox (`client.verifications.create`), exactly once
 *   (Idempotency-Key), with the decision's `queryId`, masked subject id and scenario.
 * - With `asks-reason` (a gate, rules §7 "the gate, exactly"): a `records-found` finding also
 *   needs the typed reason to proceed, as an override does. It is validated with the other
 *   fields and sent in the same write, as the note's last line (继续办理理由：…): an `unknown`
 *   decision has no measures, so there is no measure to report `overridden` feedback for,
 *   and the note is where rules §12 put what the clerk did about the records found.
 * - Fires `credit-verification` (bubbling, composed) once per state of the write: `queued`,
 *   then `sent` (or `rejected`); `detail.verification` is what was sent (person ids masked).
 *
 * A host (the gate, the decision panel, a bidder-screen row) renders it with `.decision` and
 * listens to `credit-verification`; the decision's outcome stays `unknown`.
 */
import { html, nothing, css, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERIFICATION_FINDINGS, VERIFICATION_SOURCES, type VerificationCreate, type VerificationFinding, type VerificationSource } from '../../src/contract/index.js';
import { redact } from '../../src/client/redact.js';
import { isIsoDate, todayInChina } from '../../src/policy/dates.js';
import type { Decision } from '../../src/policy/decision.js';
import { CreditElement } from './credit-element.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import { formStyles } from './form-styles.js';
import { deliverWrite, escapeCancels, failureLine, focusFirstInvalid } from './write-form.js';
import { OutboxController } from './outbox-controller.js';
import { themeStyles } from './theme.js';
import { MANUAL_VERIFICATION_MESSAGES, type ManualVerificationMessages } from './manual-verification-messages.js';

export interface CreditVerificationDetail {
  /** The verification as sent (a person's id masked). */
  verification: VerificationCreate;
  state: 'queued' | 'sent' | 'rejected';
  /** The write's Idempotency-Key. */
  key: string;
  /** With `asks-reason`, for `records-found`: the typed reason to proceed (also the note's last line). */
  reason?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-verification': CustomEvent<CreditVerificationDetail>;
  }
}

/** Unknown reasons the clerk fixes by correcting the input: no manual verification for those (rules §12). */
const FIX_THE_INPUT = ['invalid-subject', 'purpose-required', 'authorization-required', 'invalid-scenario'];

/** Whether a decision offers a manual verification: `unknown`, for a reason other than bad input. */
export function offersManualVerification(decision: Decision | null | undefined): boolean {
  return !!decision && decision.outcome === 'unknown' && !FIX_THE_INPUT.includes(decision.reason ?? '');
}

/** Days between two ISO dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

interface Draft {
  source: VerificationSource;
  reference: string;
  checkedOn: string;
  finding: VerificationFinding | '';
  note: string;
  /** The reason to proceed (`asks-reason`, records-found only). */
  reason: string;
}

type Field = 'reference' | 'checkedOn' | 'finding' | 'note' | 'reason';
const FIELD_ORDER: Field[] = ['reference', 'checkedOn', 'finding', 'note', 'reason'];

/** The field errors of a draft (empty when it can be sent). Pure. */
export function verificationErrors(draft: Draft, today: string, m: ManualVerificationMessages, asksReason = false): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (draft.source === 'credit-report' && !draft.reference.trim()) errors.reference = m.referenceRequired;
  if (!isIsoDate(draft.checkedOn)) errors.checkedOn = m.checkedOnInvalid;
  else if (draft.checkedOn > today) errors.checkedOn = m.checkedOnFuture(today);
  if (!draft.finding) errors.finding = m.findingRequired;
  if (draft.finding === 'records-found' && !draft.note.trim()) errors.note = m.noteRequired;
  if (asksReason && draft.finding === 'records-found' && !draft.reason.trim()) errors.reason = m.reasonRequired;
  return errors;
}

export class CreditManualVerification extends CreditElement {
  static override styles = [
    themeStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      form {
        display: grid;
        gap: var(--_space, 8px);
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 4px;
      }
      .buttons {
        display: flex;
        gap: var(--_space, 8px);
        flex-wrap: wrap;
      }
      .warning {
        color: var(--_review, #8a5a00);
        font-weight: 600;
      }
      .title {
        font-weight: 700;
        margin: 0;
      }
      .note {
        white-space: pre-line;
      }
    `,
  ];

  /** The `unknown` decision being verified by hand (its queryId, masked subject id and scenario are sent). */
  @property({ attribute: false }) decision: Decision | null = null;
  /** The case number, sent with the verification. */
  @property({ attribute: 'case-number' }) caseNumber = '';
  /** A gate's form: `records-found` also asks for the reason to proceed, sent in the note. */
  @property({ type: Boolean, attribute: 'asks-reason' }) asksReason = false;

  @state() private draft: Draft = { source: 'credit-china', reference: '', checkedOn: '', finding: '', note: '', reason: '' };
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private failure = '';
  @state() private sending = false;
  /** The verification recorded by this form, and its delivery state. */
  @state() private recorded: CreditVerificationDetail | null = null;

  readonly #outbox = new OutboxController(this, {
    client: () => this.clientOrNull,
    concerns: (item) => !!this.recorded && item.key === this.recorded.key,
    onChange: (event) => {
      const recorded = this.recorded;
      if (!recorded || event.item.key !== recorded.key) return;
      this.#announce({ ...recorded, state: event.state });
    },
    log: (message, error) => this.log('warn', message, error),
  });

  protected get messages(): ManualVerificationMessages {
    return MANUAL_VERIFICATION_MESSAGES[this.locale];
  }

  /** The verification recorded here (what was sent, and its delivery state), or null. */
  get verification(): CreditVerificationDetail | null {
    return this.recorded;
  }

  /** Whether a write is in flight (a host that keeps this form while it is out of view, like a bidder-screen row, does not hand it another decision meanwhile). */
  get busy(): boolean {
    return this.sending;
  }

  /**
   * Takes back a verification the platform refused after it had waited in the outbox, for a
   * host that let this form's predecessor go meanwhile (a bidder-screen row): its fields become
   * the draft again, `why` (the platform's reason, already free of person ids) the failure line,
   * so that the clerk corrects it and sends it anew; `reason`, a gate's reason to proceed, goes
   * back into its field. Nothing is sent.
   */
  resume(verification: Pick<VerificationCreate, 'source' | 'reference' | 'checkedOn' | 'finding' | 'note'>, why?: string, reason?: string): void {
    const m = this.messages;
    this.recorded = null;
    this.errors = {};
    this.draft = { source: verification.source, reference: verification.reference ?? '', checkedOn: verification.checkedOn, finding: verification.finding, note: verification.note ?? '', reason: reason ?? '' };
    this.failure = why ? m.failed(why) : m.state.rejected;
  }

  /** Puts the focus in the first field. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select, button')?.focus());
  }

  #set(patch: Partial<Draft>, clear: Field[] = []): void {
    this.draft = { ...this.draft, ...patch };
    if (clear.some((f) => this.errors[f])) {
      const errors = { ...this.errors };
      for (const f of clear) delete errors[f];
      this.errors = errors;
    }
  }

  #announce(detail: CreditVerificationDetail): void {
    this.recorded = detail;
    if (this.#outbox.report(detail.key, detail.state)) emit(this, 'credit-verification', detail);
  }

  #onKeydown = escapeCancels(
    () => this.sending,
    () => this.#cancel(),
  );

  #cancel(): void {
    // The draft stays: opening the form again shows what was typed.
    this.dispatchEvent(new Event('cancel'));
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const m = this.messages;
    const today = todayInChina();
    const draft = this.draft.checkedOn ? this.draft : { ...this.draft, checkedOn: today };
    this.draft = draft;
    const asksReason = this.asksReason && draft.finding === 'records-found';
    const errors = verificationErrors(draft, today, m, this.asksReason);
    this.errors = errors;
    this.failure = '';
    const focusing = focusFirstInvalid(this, FIELD_ORDER, errors);
    if (focusing) {
      await focusing;
      return;
    }
    const decision = this.decision;
    const client = this.clientOrNull;
    if (!decision || !client) {
      this.failure = m.failed(m.noEndpoint);
      return;
    }
    const reason = asksReason ? draft.reason.trim() : '';
    const note = [draft.note.trim(), reason ? m.reasonLine(reason) : ''].filter(Boolean).join('\n');
    const verification: VerificationCreate = {
      subjectId: decision.subjectId,
      scenario: decision.scenario,
      source: draft.source,
      checkedOn: draft.checkedOn,
      finding: draft.finding as VerificationFinding,
      ...(decision.queryId ? { queryId: decision.queryId } : {}),
      ...(this.caseNumber?.trim() ? { caseNumber: this.caseNumber.trim() } : {}),
      ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}),
      ...(note ? { note } : {}),
    };
    const sent = redact(verification) as VerificationCreate;
    await deliverWrite({
      sending: (on) => (this.sending = on),
      send: () => client.verifications.create(verification),
      outbox: this.#outbox,
      accepted: (receipt) => this.#announce({ verification: sent, state: receipt.state, key: receipt.key, ...(reason ? { reason: String(redact(reason)) } : {}) }),
      rejected: (receipt) => {
        this.failure = m.failed(failureLine(receipt.error)) || m.state.rejected;
        emit(this, 'credit-verification', { verification: sent, state: 'rejected', key: receipt.key });
      },
      failed: (line, error) => {
        this.log('warn', 'the manual verification was not recorded.', error);
        this.failure = m.failed(line);
      },
    });
  };

  protected renderContent(): TemplateResult {
    const m = this.messages;
    if (this.recorded) return this.#renderRecorded(m, this.recorded);
    const d = this.draft;
    const today = todayInChina();
    const checkedOn = d.checkedOn || today;
    const age = isIsoDate(checkedOn) && checkedOn <= today ? daysBetween(checkedOn, today) : 0;
    const e = this.errors;
    const described = (field: Field, hint?: string) => [e[field] ? `error-${field}` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
    return html`<form part="form" novalidate aria-labelledby="mv-title" @submit=${this.#onSubmit} @keydown=${this.#onKeydown}>
      <p class="title" id="mv-title">${m.title}</p>
      <p class="hint">${m.intro}</p>
      <div class="field">
        <label for="mv-source">${m.sourceLabel}</label>
        <select id="mv-source" data-field="source" .value=${d.source} ?disabled=${this.sending} @change=${(ev: Event) => this.#set({ source: (ev.target as HTMLSelectElement).value as VerificationSource }, ['reference'])}>
          ${VERIFICATION_SOURCES.map((s) => html`<option value=${s} ?selected=${d.source === s}>${m.source[s]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="mv-reference">${m.referenceLabel}</label>
        <input
          id="mv-reference"
          data-field="reference"
          autocomplete="off"
          .value=${d.reference}
          ?required=${d.source === 'credit-report'}
          aria-invalid=${e.reference ? 'true' : 'false'}
          aria-describedby=${described('reference', 'mv-reference-hint')}
          ?disabled=${this.sending}
          @input=${(ev: Event) => this.#set({ reference: (ev.target as HTMLInputElement).value }, ['reference'])}
        />
        <p class="hint" id="mv-reference-hint">${m.referenceHint}</p>
        ${e.reference ? html`<p class="error" id="error-reference" role="alert">${e.reference}</p>` : nothing}
      </div>
      <div class="field">
        <label for="mv-checked-on">${m.checkedOnLabel}</label>
        <input
          id="mv-checked-on"
          data-field="checkedOn"
          type="date"
          max=${today}
          .value=${checkedOn}
          aria-invalid=${e.checkedOn ? 'true' : 'false'}
          aria-describedby=${described('checkedOn', age > 30 ? 'mv-old' : undefined)}
          ?disabled=${this.sending}
          @input=${(ev: Event) => this.#set({ checkedOn: (ev.target as HTMLInputElement).value }, ['checkedOn'])}
          @change=${(ev: Event) => this.#set({ checkedOn: (ev.target as HTMLInputElement).value }, ['checkedOn'])}
        />
        ${e.checkedOn ? html`<p class="error" id="error-checkedOn" role="alert">${e.checkedOn}</p>` : nothing}
        ${!e.checkedOn && age > 30 ? html`<p class="warning" id="mv-old" data-code="old">${m.checkedOnOld(age)}</p>` : nothing}
      </div>
      <fieldset aria-invalid=${e.finding ? 'true' : 'false'} aria-describedby=${described('finding')}>
        <legend>${m.findingLabel}</legend>
        ${VERIFICATION_FINDINGS.map(
          (f, i) => html`<label
            ><input
              type="radio"
              name="finding"
              value=${f}
              data-field=${i === 0 ? 'finding' : nothing}
              .checked=${d.finding === f}
              ?disabled=${this.sending}
              @change=${() => this.#set({ finding: f }, ['finding', 'note', 'reason'])}
            />${m.finding[f]}</label
          >`,
        )}
        ${e.finding ? html`<p class="error" id="error-finding" role="alert">${e.finding}</p>` : nothing}
      </fieldset>
      <div class="field">
        <label for="mv-note">${m.noteLabel}</label>
        <textarea
          id="mv-note"
          data-field="note"
          rows="3"
          .value=${d.note}
          ?required=${d.finding === 'records-found'}
          aria-invalid=${e.note ? 'true' : 'false'}
          aria-describedby=${described('note', 'mv-note-hint')}
          ?disabled=${this.sending}
          @input=${(ev: Event) => this.#set({ note: (ev.target as HTMLTextAreaElement).value }, ['note'])}
        ></textarea>
        <p class="hint" id="mv-note-hint">${m.noteHint}</p>
        ${e.note ? html`<p class="error" id="error-note" role="alert">${e.note}</p>` : nothing}
      </div>
      ${this.asksReason && d.finding === 'records-found'
        ? html`<div class="field">
            <label for="mv-reason">${m.reasonLabel}</label>
            <textarea
              id="mv-reason"
              data-field="reason"
              rows="2"
              required
              .value=${d.reason}
              aria-invalid=${e.reason ? 'true' : 'false'}
              aria-describedby=${described('reason', 'mv-reason-hint')}
              ?disabled=${this.sending}
              @input=${(ev: Event) => this.#set({ reason: (ev.target as HTMLTextAreaElement).value }, ['reason'])}
            ></textarea>
            <p class="hint" id="mv-reason-hint">${m.reasonHint}</p>
            ${e.reason ? html`<p class="error" id="error-reason" role="alert">${e.reason}</p>` : nothing}
          </div>`
        : nothing}
      ${this.failure ? html`<p class="error failure" role="alert">${this.failure}</p>` : nothing}
      <div class="buttons">
        <button type="submit" class="primary submit" ?disabled=${this.sending}>${this.sending ? m.sending : m.submit}</button>
        <button type="button" class="cancel" ?disabled=${this.sending} @click=${() => this.#cancel()}>${m.cancel}</button>
      </div>
    </form>`;
  }

  #renderRecorded(m: ManualVerificationMessages, r: CreditVerificationDetail): TemplateResult {
    const v = r.verification;
    return html`<div part="recorded" class="recorded" data-finding=${v.finding} data-state=${r.state}>
      <p class="title">${m.recorded(m.finding[v.finding], m.source[v.source], v.checkedOn)}</p>
      ${v.reference ? html`<p class="reference">${m.referenceLabel}：${v.reference}</p>` : nothing}
      ${v.note ? html`<p class="note">${v.note}</p>` : nothing}
      <p class="hint">${m.staysUnknown}</p>
      <p class="delivery" role="status" data-state=${r.state}>${m.state[r.state]}</p>
    </div>`;
  }
}

defineElement('credit-manual-verification', CreditManualVerification);

declare global {
  interface HTMLElementTagNameMap {
    'credit-manual-verification': CreditManualVerification;
  }
}
