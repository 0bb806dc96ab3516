/**
 * `<credit-objection>`: the objections of one record shown in the decision details (异议,
 * rules §13) — the open ones with their 20-day due date (overdue ones stand out), and a form
 * to file one: raised by the subject (contact required) or the department, what is wrong
 * (required). Bad input gets a message at the field, nothing is sent, nothing typed is lost;
 * Esc or Cancel close the form keeping the draft. Sent once through the durable outbox
 * (`client.objections.create`); fires `credit-objection` once per state of the write.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Objection, ObjectionCreate, ObjectionRaiser } from '../../src/contract/index.js';
import type { CreditRecord } from '../../src/contract/index.js';
import { redact } from '../../src/client/redact.js';
import { todayInChina } from '../../src/policy/dates.js';
import type { Decision } from '../../src/policy/decision.js';
import { CreditElement } from './credit-element.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import { formStyles } from './form-styles.js';
import { deliverWrite, escapeCancels, focusFirstInvalid } from './write-form.js';
import { formatDate } from './locale.js';
import { OutboxController } from './outbox-controller.js';
import { themeStyles } from './theme.js';
import { OBJECTION_MESSAGES, type ObjectionMessages } from './objection-messages.js';

export interface CreditObjectionDetail {
  /** The objection as sent (a person's id masked; the contact left out). */
  objection: Omit<ObjectionCreate, 'contact'>;
  state: 'queued' | 'sent' | 'rejected';
  key: string;
  /** The platform's answer once sent (with its dueOn). */
  response?: Objection;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-objection': CustomEvent<CreditObjectionDetail>;
  }
  interface HTMLElementTagNameMap {
    'credit-objection': CreditObjectionElement;
  }
}

type Field = 'contact' | 'reason';

/** Whether an open objection is past its due date (the platform had 20 days). */
export function isOverdue(objection: Pick<Objection, 'status' | 'dueOn'>, today: string): boolean {
  return objection.status === 'pending' && objection.dueOn < today;
}

export class CreditObjectionElement extends CreditElement {
  static override styles = [
    themeStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: var(--_space, 8px);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .overdue {
        color: var(--_restricted);
        font-weight: 700;
      }
      .overdue .flag {
        border: 2px solid var(--_restricted);
        border-radius: var(--_radius);
        padding: 0 4px;
        margin-inline-end: 4px;
      }
      .buttons {
        display: flex;
        gap: var(--_space, 8px);
      }
    `,
  ];

  @property({ attribute: false }) record: CreditRecord | null = null;
  @property({ attribute: false }) decision: Decision | null = null;

  @state() private open = false;
  @state() private raisedBy: ObjectionRaiser = 'subject';
  @state() private contact = '';
  @state() private reason = '';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private failure = '';
  @state() private sending = false;
  @state() private objections: Objection[] = [];
  @state() private filed: CreditObjectionDetail[] = [];

  readonly #outbox = new OutboxController(this, {
    client: () => this.clientOrNull,
    concerns: (item) => this.filed.some((f) => f.key === item.key),
    onChange: (event) => {
      const i = this.filed.findIndex((f) => f.key === event.item.key);
      if (i < 0) return;
      const next = { ...this.filed[i], state: event.state };
      this.#announce(next);
      if (event.state === 'sent') void this.#search();
    },
    log: (message, error) => this.log('warn', message, error),
  });

  protected get messages(): ObjectionMessages {
    return OBJECTION_MESSAGES[this.locale];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('record')) void this.#search();
  }

  /** The record's objections at the platform (a failure leaves the list as it was). */
  async #search(): Promise<void> {
    const record = this.record;
    const client = this.clientOrNull;
    if (!record || !client) return;
    try {
      const items = await client.objections.search({ recordId: record.id });
      if (record === this.record) this.objections = items;
    } catch (error) {
      this.log('warn', 'the objections of the record could not be read.', error);
    }
  }

  #announce(detail: CreditObjectionDetail): void {
    const others = this.filed.filter((f) => f.key !== detail.key);
    this.filed = [...others, detail];
    if (this.#outbox.report(detail.key, detail.state)) emit(this, 'credit-objection', detail);
  }

  #close(): void {
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.open')?.focus());
  }

  #onKeydown = escapeCancels(
    () => this.sending,
    () => this.#close(),
  );

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.sending) return;
    const m = this.messages;
    const errors: Partial<Record<Field, string>> = {};
    if (this.raisedBy === 'subject' && !this.contact.trim()) errors.contact = m.contactRequired;
    if (!this.reason.trim()) errors.reason = m.reasonRequired;
    this.errors = errors;
    this.failure = '';
    const focusing = focusFirstInvalid(this, ['contact', 'reason'] as Field[], errors);
    if (focusing) {
      await focusing;
      return;
    }
    const record = this.record;
    const decision = this.decision;
    const client = this.clientOrNull;
    if (!record || !decision || !client) {
      this.failure = m.failed(m.noEndpoint);
      return;
    }
    const objection: ObjectionCreate = {
      recordId: record.id,
      subjectId: decision.subjectId,
      raisedBy: this.raisedBy,
      reason: this.reason.trim(),
      ...(decision.queryId ? { queryId: decision.queryId } : {}),
      ...(this.raisedBy === 'subject' ? { contact: this.contact.trim() } : {}),
    };
    const { contact: _contact, ...rest } = objection;
    const sent = redact(rest) as Omit<ObjectionCreate, 'contact'>;
    await deliverWrite({
      sending: (on) => (this.sending = on),
      send: () => client.objections.create(objection),
      outbox: this.#outbox,
      accepted: (receipt) => {
        this.#announce({ objection: sent, state: receipt.state, key: receipt.key, ...(receipt.response ? { response: receipt.response } : {}) });
        this.open = false;
        this.reason = '';
        this.contact = '';
        if (receipt.state === 'sent') void this.#search();
      },
      rejected: (receipt) => {
        this.failure = m.failed(m.state.rejected);
        emit(this, 'credit-objection', { objection: sent, state: 'rejected', key: receipt.key });
      },
      failed: (line, error) => {
        this.log('warn', 'the objection was not filed.', error);
        this.failure = m.failed(line);
      },
    });
  };

  protected renderContent(): TemplateResult {
    const m = this.messages;
    const today = todayInChina();
    const pending = this.objections.filter((o) => o.status === 'pending');
    const known = new Set(pending.map((o) => o.id));
    // Filed here and not yet among the platform's list (a sent one shows there once searched again).
    const queued = this.filed.filter((f) => (f.state !== 'sent' && !(f.response && known.has(f.response.id))) || (f.state === 'sent' && !!f.response && !known.has(f.response.id)));
    return html`<div part="objections" class="objections">
      ${pending.length || queued.length
        ? html`<ul aria-label=${m.listLabel}>
            ${pending.map((o) => {
              const overdue = isOverdue(o, today);
              return html`<li class="objection ${overdue ? 'overdue' : ''}" data-objection=${o.id} data-due-on=${o.dueOn} ?data-overdue=${overdue}>
                ${overdue ? html`<span class="flag">${m.overdue}</span>` : nothing}${m.openObjection(m.raisedBy[o.raisedBy], formatDate(this.locale, o.dueOn))}
              </li>`;
            })}
            ${queued.map((f) => html`<li class="filed" data-state=${f.state}>${m.state[f.state]}</li>`)}
          </ul>`
        : nothing}
      ${this.open ? this.#renderForm(m) : html`<button type="button" class="open" @click=${this.#openForm}>${m.open}</button>`}
    </div>`;
  }

  #openForm = async (): Promise<void> => {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[name="raised-by"]:checked')?.focus();
  };

  #renderForm(m: ObjectionMessages): TemplateResult {
    const e = this.errors;
    return html`<form part="form" novalidate @submit=${this.#onSubmit} @keydown=${this.#onKeydown} aria-label=${m.title}>
      <fieldset>
        <legend>${m.raisedByLabel}</legend>
        ${(['subject', 'department'] as const).map(
          (r) => html`<label
            ><input
              type="radio"
              name="raised-by"
              value=${r}
              .checked=${this.raisedBy === r}
              ?disabled=${this.sending}
              @change=${() => {
                this.raisedBy = r;
                this.errors = { ...this.errors, contact: undefined };
              }}
            />${m.raisedBy[r]}</label
          >`,
        )}
      </fieldset>
      ${this.raisedBy === 'subject'
        ? html`<div class="field">
            <label for="ob-contact">${m.contactLabel}</label>
            <input
              id="ob-contact"
              data-field="contact"
              autocomplete="off"
              required
              .value=${this.contact}
              aria-invalid=${e.contact ? 'true' : 'false'}
              aria-describedby=${e.contact ? 'ob-contact-error ob-contact-hint' : 'ob-contact-hint'}
              ?disabled=${this.sending}
              @input=${(ev: Event) => {
                this.contact = (ev.target as HTMLInputElement).value;
                if (this.errors.contact) this.errors = { ...this.errors, contact: undefined };
              }}
            />
            <p class="hint" id="ob-contact-hint">${m.contactHint}</p>
            ${e.contact ? html`<p class="error" id="ob-contact-error" role="alert">${e.contact}</p>` : nothing}
          </div>`
        : nothing}
      <div class="field">
        <label for="ob-reason">${m.reasonLabel}</label>
        <textarea
          id="ob-reason"
          data-field="reason"
          rows="3"
          required
          .value=${this.reason}
          aria-invalid=${e.reason ? 'true' : 'false'}
          aria-describedby=${e.reason ? 'ob-reason-error ob-reason-hint' : 'ob-reason-hint'}
          ?disabled=${this.sending}
          @input=${(ev: Event) => {
            this.reason = (ev.target as HTMLTextAreaElement).value;
            if (this.errors.reason) this.errors = { ...this.errors, reason: undefined };
          }}
        ></textarea>
        <p class="hint" id="ob-reason-hint">${m.reasonHint}</p>
        ${e.reason ? html`<p class="error" id="ob-reason-error" role="alert">${e.reason}</p>` : nothing}
      </div>
      ${this.failure ? html`<p class="error failure" role="alert">${this.failure}</p>` : nothing}
      <div class="buttons">
        <button type="submit" class="primary submit" ?disabled=${this.sending}>${this.sending ? m.sending : m.submit}</button>
        <button type="button" class="cancel" ?disabled=${this.sending} @click=${() => this.#close()}>${m.cancel}</button>
      </div>
    </form>`;
  }
}

defineElement('credit-objection', CreditObjectionElement);
