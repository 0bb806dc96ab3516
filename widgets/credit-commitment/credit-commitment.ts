/**
 * `<credit-commitment>`: the 信用承诺 of 容缺受理 (domain.md §8). A form for the missing
 * materials, the due date, the statement and the signatory, sent through the client's
 * durable outbox (so it survives going offline and a reload, and is never recorded
 * twice); and the list of the case's commitments with days left, overdue ones standing
 * out, and the actions "fulfilled" and "breached" (breached asks for confirmation first:
 * it creates a `commitment-breach` record at the platform).
 */
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Commitment, CommitmentCreate, CommitmentStatus } from '../../src/contract/index.js';
import { getConfig } from '../../src/client/registry.js';
import { reasonOf } from '../../src/client/errors.js';
import type { CreditClient } from '../../src/client/create-client.js';
import type { OutboxEvent } from '../../src/client/outbox.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { redact } from '../../src/client/redact.js';
import type { OutboxItem } from '../../src/client/outbox-store.js';
import { displayId, parseSubjectId } from '../../src/ids/index.js';
import { CreditElement } from '../internal/credit-element.js';
import { emit } from '../internal/events.js';
import { formatDate } from '../internal/locale.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { inputField } from '../internal/form-field.js';
import { formStyles } from '../internal/form-styles.js';
import { tableStyles } from '../internal/table-styles.js';
import { chinaToday, addDays, daysLeft, defaultDueOn, isIsoDate } from './due-date.js';
import { COMMITMENT_MESSAGES, type CommitmentMessages } from './messages.js';


/** A person's ID number as the SDK shows it: first 6, eight stars, last 4. */
const MASKED_PERSON_ID = /^\d{6}\*{8}\d{3}[\dX]$/;
/** A commitment as the element reports it before the platform has it (queued): the request, person ids masked. */
export type CommitmentDraft = CommitmentCreate;

export type CommitmentAction = 'created' | 'fulfilled' | 'breached';

/** `credit-commitment-change`: a commitment was created or closed, now (`sent`) or later (`queued`, then `sent`). */
export interface CreditCommitmentChangeDetail {
  /** The platform's commitment when it answered, else the request as queued. `subjectId` masked for persons. */
  commitment: Commitment | CommitmentDraft;
  action: CommitmentAction;
  state: 'queued' | 'sent' | 'rejected';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-commitment-change': CustomEvent<CreditCommitmentChangeDetail>;
  }
}

type Field = 'items' | 'dueOn' | 'statement' | 'signatory';
type Errors = Partial<Record<Field, string>>;
interface Notice {
  kind: 'sent' | 'queued' | 'failed' | 'info';
  text: string;
}
type Closing = 'fulfilled' | 'breached';

const FIELD_ORDER: readonly Field[] = ['items', 'dueOn', 'statement', 'signatory'];

const overdueIcon = html`<svg class="icon" part="overdue-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 4v4.6l2.8 1.8" fill="none" stroke="var(--credit-icon-contrast, #fff)" stroke-width="1.8" stroke-linecap="round"/>`}</svg>`;

/**
 * The 容缺受理 commitment form and the list of the case's commitments.
 *
 * @tagname credit-commitment
 * @summary Records a credit commitment (信用承诺) for 容缺受理 and tracks whether it is kept.
 *
 * @attr subject - The committing subject's USCC or resident ID number (shown and sent masked for persons).
 * @attr case-number - The case (file) number the commitment belongs to; its commitments are listed.
 * @attr today - A fixed "today" (`YYYY-MM-DD`) instead of today in China Standard Time (tests, demos).
 *
 * @fires credit-commitment-change - `{ commitment, action: 'created' | 'fulfilled' | 'breached', state: 'queued' | 'sent' | 'rejected' }`; a queued write fires again with `sent` once the outbox delivers it.
 *
 * @csspart base - The whole element.
 * @csspart form - The commitment form.
 * @csspart submit - The submit button.
 * @csspart notice - The line saying whether the last write was sent or queued.
 * @csspart list - The table of the case's commitments.
 * @csspart row - A row of that table (also `row-overdue` for overdue pending ones).
 * @csspart overdue - The "overdue by N days" marker (icon and word).
 * @csspart overdue-icon - Its icon.
 * @csspart dialog - The confirmation asked before marking a commitment breached.
 *
 * @cssprop --credit-color-restricted - Colour of overdue commitments and of the breach warning.
 * @cssprop --credit-color-focus - Primary buttons and the focus ring.
 */
export class CreditCommitment extends CreditElement {
  static override styles = [
    themeStyles,
    formStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      .base {
        display: grid;
        gap: calc(var(--_space) * 2);
      }
      h2,
      h3 {
        margin: 0;
        font-size: 1.15em;
      }
      h3 {
        font-size: 1.05em;
      }
      p {
        margin: 0;
      }
      .meta {
        color: var(--_muted);
      }
      form {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0;
        padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      fieldset.items {
        border-style: dashed;
      }
      legend {
        font-weight: 600;
        padding: 0 4px;
      }
      ol {
        margin: 0;
        padding-inline-start: 1.6em;
        display: grid;
        gap: var(--_space);
      }
      li {
        display: flex;
        gap: var(--_space);
        align-items: center;
      }
      input,
      textarea {
        width: 100%;
      }
      li input {
        flex: 1 1 auto;
      }
      input[type='date'] {
        width: auto;
      }
      .error::before {
        content: '✕ ';
      }
      .summary,
      .problem {
        border: 2px solid var(--_restricted);
        border-radius: var(--_radius);
        padding: var(--_space);
        color: var(--_restricted);
      }
      .actions {
        display: flex;
        gap: var(--_space);
        flex-wrap: wrap;
        align-items: center;
      }
      .notice:empty {
        display: none;
      }
      .notice {
        border-inline-start: 4px solid var(--_focus);
        padding: 4px var(--_space);
      }
      .notice[data-kind='queued'] {
        border-color: var(--_review);
      }
      .notice[data-kind='failed'] {
        border-color: var(--_restricted);
      }
      tr.overdue {
        box-shadow: inset 4px 0 0 var(--_restricted);
      }
      .overdue-mark {
        color: var(--_restricted);
        font-weight: 700;
        display: inline-flex;
        gap: 4px;
        align-items: center;
      }
      .queued-mark {
        color: var(--_review);
        font-weight: 600;
      }
      .state {
        white-space: nowrap;
      }
      dialog {
        border: 2px solid var(--_restricted);
        border-radius: var(--_radius);
        max-width: 32em;
        padding: calc(var(--_space) * 2);
        color: var(--_text);
        background: var(--_surface);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      dialog .consequence {
        color: var(--_restricted);
        font-weight: 600;
        margin-top: var(--_space);
      }
      dialog .actions {
        margin-top: calc(var(--_space) * 2);
        justify-content: flex-end;
      }
      button.danger {
        border-color: var(--_restricted);
        color: var(--_restricted);
      }
      dialog button.danger {
        background: var(--_restricted);
        color: #fff;
      }
      @media (forced-colors: active) {
        tr.overdue {
          outline: 2px solid CanvasText;
        }
      }
    `,
  ];

  /** The committing subject's USCC or resident ID number, in any width or case. */
  @property() subject = '';
  /** The case (file) number; the element lists this case's commitments. */
  @property({ attribute: 'case-number' }) caseNumber = '';
  /** A fixed "today" (`YYYY-MM-DD`), instead of today in China Standard Time. */
  @property() today = '';

  @state() private items: string[] = [''];
  @state() private dueOn = '';
  @state() private dueTouched = false;
  @state() private statement = '';
  @state() private statementTouched = false;
  @state() private signatory = '';
  @state() private showErrors = false;
  @state() private submitting = false;
  @state() private notice: Notice | null = null;
  /** Ids of commitments being updated right now. */
  @state() private updating: ReadonlySet<string> = new Set();
  /** The commitment whose breach is being confirmed. */
  @state() private confirming: Commitment | null = null;

  /** Outbox keys this element watches: write → what it was about. */
  #watched = new Map<string, { action: CommitmentAction; commitment: Commitment | CommitmentDraft }>();
  /** The writes of this case (or subject) in the outbox. */
  readonly #outbox = new OutboxController(this, {
    client: () => this.clientOrNull,
    concerns: (item) => this.#concerns(item),
    onChange: (event) => this.#onOutbox(event),
    // Writes that have already been tried (left by an earlier page, or queued just now) are
    // watched until delivered; one not yet tried belongs to a call whose receipt reports it.
    onPending: (items) => {
      for (const item of items) {
        if ((item.attempts > 0 || item.state === 'rejected') && !this.#watched.has(item.key)) this.#watched.set(item.key, this.#describeWrite(item));
      }
    },
    log: (message, error) => this.log('warn', message, error),
  });

  /** Outbox items of this case that have not been acknowledged yet. */
  private get pendingWrites(): OutboxItem[] {
    return this.#outbox.pending;
  }
  #warnedToday = false;
  #breachOpener: string | null = null;

  /** The commitments of the case (or of the subject when there is no case number). */
  protected readonly list = new Task(this, {
    task: async ([, caseNumber, subjectValue]) => {
      const client = this.clientOrNull;
      if (!client || (!caseNumber && !subjectValue)) return [] as Commitment[];
      return client.commitments.search(caseNumber ? { caseNumber } : { subjectId: subjectValue });
    },
    args: () => [this.endpoint ?? '', this.caseNumber.trim(), this.#subjectValue, this.configGeneration] as const,
  });

  private get m(): CommitmentMessages {
    return COMMITMENT_MESSAGES[this.locale];
  }

  /** Today (China time), or the fixed `today`. */
  get effectiveToday(): string {
    if (this.today && !isIsoDate(this.today) && !this.#warnedToday) {
      this.#warnedToday = true;
      this.log('warn', `"today" must be a date YYYY-MM-DD, got ${JSON.stringify(this.today)}; using today in China.`);
    }
    return chinaToday(this.today);
  }

  /** The subject normalised, or '' when it is missing or invalid. Never rendered: see `#subjectShown`. */
  get #subjectValue(): string {
    const raw = (this.subject ?? '').trim();
    if (!raw) return '';
    // A natural person's number arrives masked from <credit-check> (it never holds the full
    // number in its shadow DOM) or from a credit-commitment-request event: the platform
    // matches it together with the case number.
    const masked = raw.toUpperCase();
    if (MASKED_PERSON_ID.test(masked)) return masked;
    const parsed = parseSubjectId(raw);
    return parsed.status === 'invalid' ? '' : parsed.value;
  }

  get #setupProblem(): string | null {
    const m = this.m.setup;
    if (!(this.endpoint || getConfig().endpoint)) return m.noEndpoint;
    if (!(this.subject ?? '').trim()) return m.noSubject;
    if (!this.#subjectValue) return m.badSubject;
    if (!this.caseNumber.trim()) return m.noCase;
    return null;
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const today = this.effectiveToday;
    if (!this.dueTouched) this.dueOn = defaultDueOn(today);
    if (!this.statementTouched) this.statement = this.#defaultStatement();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('caseNumber') || changed.has('subject')) this.#outbox.sync(true);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.confirming && !dialog.open && this.isConnected) {
      try {
        dialog.showModal();
      } catch (error) {
        this.log('warn', 'could not open the confirmation.', error);
        this.confirming = null;
      }
    }
  }

  /** Whether an outbox item is a write about this case's (or subject's) commitments. */
  #concerns(item: OutboxItem): boolean {
    if (item.kind === 'commitment-create') {
      const body = item.body as Partial<CommitmentCreate>;
      const caseNumber = this.caseNumber.trim();
      if (caseNumber) return body.caseNumber === caseNumber;
      return !!this.#subjectValue && body.subjectId === displayId(this.#subjectValue);
    }
    if (item.kind === 'commitment-update') {
      const id = (item.ref ?? '');
      return this.#commitments.some((c) => c.id === id) || this.#watched.has(item.key);
    }
    return false;
  }

  #describeWrite(item: OutboxItem): { action: CommitmentAction; commitment: Commitment | CommitmentDraft } {
    if (item.kind === 'commitment-update') {
      const id = (item.ref ?? '');
      const status = (item.body as { status?: Closing }).status ?? 'fulfilled';
      const known = this.#commitments.find((c) => c.id === id);
      return { action: status, commitment: known ? this.#safe({ ...known, status }) : ({ id, status } as unknown as Commitment) };
    }
    return { action: 'created', commitment: item.body as CommitmentDraft };
  }

  #onOutbox({ item, state }: OutboxEvent): void {
    const watched = this.#watched.get(item.key);
    if (!watched || state === 'queued') return;
    this.#watched.delete(item.key);
    this.#report(item.key, { ...watched, state });
    if (state === 'sent') {
      this.notice = { kind: 'sent', text: watched.action === 'created' ? this.m.submitted.sent : this.m.updated[watched.action] };
      void this.list.run();
    } else {
      this.notice = { kind: 'failed', text: this.#failedText(watched.action, item.error ?? '') };
    }
  }

  /** Fires `credit-commitment-change` unless this write was already reported in this state. */
  #report(key: string, detail: CreditCommitmentChangeDetail): void {
    if (!this.#outbox.report(key, detail.state)) return;
    emit(this, 'credit-commitment-change', { ...detail, commitment: this.#safe(detail.commitment) });
  }

  /** A commitment (or draft) with a person's id masked and ids in free text masked. */
  #safe<T extends Commitment | CommitmentDraft>(c: T): T {
    return redact({ ...c, subjectId: displayId(c.subjectId ?? '') }) as T;
  }

  #failedText(action: CommitmentAction, detail: string): string {
    return action === 'created' ? this.m.submitted.failed(detail) : this.m.updated.failed(detail);
  }

  // ---------------------------------------------------------------- the form

  #filledItems(): string[] {
    return this.items.map((i) => i.trim()).filter(Boolean);
  }

  #defaultStatement(): string {
    return this.m.defaultStatement(this.#filledItems(), formatDate(this.locale, this.dueOn));
  }

  #validate(): Errors {
    const m = this.m.invalid;
    const today = this.effectiveToday;
    const errors: Errors = {};
    if (this.#filledItems().length === 0) errors.items = m.items;
    if (!this.dueOn) errors.dueOn = m.dueOnEmpty;
    else if (!isIsoDate(this.dueOn)) errors.dueOn = m.dueOnBad;
    else if (this.dueOn <= today) errors.dueOn = m.dueOnPast(formatDate(this.locale, today));
    if (!this.statement.trim()) errors.statement = m.statement;
    if (!this.signatory.trim()) errors.signatory = m.signatory;
    return errors;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting || this.#setupProblem) return;
    const errors = this.#validate();
    if (Object.keys(errors).length) {
      this.showErrors = true;
      this.notice = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const client = this.clientOrNull;
    if (!client) return;
    const request: CommitmentCreate = {
      subjectId: this.#subjectValue,
      caseNumber: this.caseNumber.trim(),
      items: this.#filledItems(),
      dueOn: this.dueOn,
      statement: this.statement.trim(),
      signatory: this.signatory.trim(),
    };
    const draft = this.#safe(request);
    this.submitting = true;
    this.notice = null;
    try {
      const receipt = await client.commitments.create(request);
      if (receipt.state === 'rejected') {
        const detail = describeProblem(receipt.error);
        this.notice = { kind: 'failed', text: this.m.submitted.failed(detail) };
        this.#report(receipt.key, { commitment: draft, action: 'created', state: 'rejected' });
        return;
      }
      if (receipt.state === 'queued') {
        this.#watched.set(receipt.key, { action: 'created', commitment: draft });
        this.notice = { kind: 'queued', text: this.m.submitted.queued };
        void this.#outbox.reload();
      } else {
        this.notice = { kind: 'sent', text: this.m.submitted.sent };
        void this.list.run();
      }
      this.#report(receipt.key, { commitment: receipt.response ?? draft, action: 'created', state: receipt.state });
      this.#resetForm();
    } catch (error) {
      this.log('warn', 'the commitment could not be submitted.', error);
      this.notice = { kind: 'failed', text: this.m.submitted.failed(describeProblem(error)) };
    } finally {
      this.submitting = false;
      void this.#focusNotice();
    }
  }

  /**
   * After 提交承诺 or 履行完毕 the control pressed is disabled or gone: keyboard users land on
   * the new status (not on <body>, where the next Tab would start over).
   */
  async #focusNotice(): Promise<void> {
    await this.updateComplete;
    if (!this.isConnected) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || active === this || !!this.shadowRoot?.activeElement;
    if (lost) this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  #resetForm(): void {
    this.items = [''];
    this.dueTouched = false;
    this.statementTouched = false;
    this.signatory = '';
    this.showErrors = false;
  }

  async #addItem(): Promise<void> {
    this.items = [...this.items, ''];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#item-${this.items.length - 1}`)?.focus();
  }

  async #removeItem(index: number): Promise<void> {
    if (this.items.length <= 1) return;
    this.items = this.items.filter((_, i) => i !== index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#item-${Math.min(index, this.items.length - 1)}`)?.focus();
  }

  // ---------------------------------------------------------------- closing a commitment

  get #commitments(): Commitment[] {
    return (this.list.value as Commitment[] | undefined) ?? [];
  }

  async #close(commitment: Commitment, status: Closing): Promise<void> {
    const client = this.clientOrNull;
    if (!client || this.updating.has(commitment.id)) return;
    this.updating = new Set([...this.updating, commitment.id]);
    this.notice = null;
    const closed = this.#safe({ ...commitment, status });
    try {
      const receipt = await client.commitments.update(commitment.id, { status });
      if (receipt.state === 'queued') {
        this.#watched.set(receipt.key, { action: status, commitment: closed });
        this.notice = { kind: 'queued', text: this.m.updated.queued };
        void this.#outbox.reload();
      } else if (receipt.state === 'sent') {
        this.notice = { kind: 'sent', text: this.m.updated[status] };
        void this.list.run();
      } else {
        this.notice = { kind: 'failed', text: this.m.updated.failed(describeProblem(receipt.error)) };
      }
      this.#report(receipt.key, { commitment: receipt.response ?? closed, action: status, state: receipt.state });
    } catch (error) {
      this.log('warn', 'the commitment could not be updated.', error);
      this.notice = { kind: 'failed', text: this.m.updated.failed(describeProblem(error)) };
    } finally {
      const next = new Set(this.updating);
      next.delete(commitment.id);
      this.updating = next;
      if (status === 'fulfilled') void this.#focusNotice();
    }
  }

  #askBreach(commitment: Commitment): void {
    this.#breachOpener = commitment.id;
    this.confirming = commitment;
  }

  /** The dialog closed by itself (Escape): the same as "cancel". */
  #dialogClosed(): void {
    if (this.confirming) this.#finishConfirm(false);
  }

  /** Ends the breach confirmation: sends the breach when confirmed, and puts the focus back where it belongs. */
  #finishConfirm(confirmed: boolean): void {
    const commitment = this.confirming;
    this.confirming = null;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    if (confirmed && commitment) {
      void this.#close(commitment, 'breached').then(() => this.#focusListHeading());
      return;
    }
    const opener = this.renderRoot.querySelector<HTMLElement>(`button[data-breach="${cssEscape(this.#breachOpener ?? '')}"]`);
    (opener ?? this.renderRoot.querySelector<HTMLElement>('#list-heading'))?.focus();
  }

  async #focusListHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus();
  }

  #confirmBreach(): void {
    this.#finishConfirm(true);
  }

  #cancelBreach(): void {
    this.#finishConfirm(false);
  }

  async #discard(item: OutboxItem): Promise<void> {
    this.#watched.delete(item.key);
    await this.#outbox.discard(item.key);
    this.notice = { kind: 'info', text: this.m.discarded };
  }

  // ---------------------------------------------------------------- rendering

  protected override renderContent(): TemplateResult {
    const m = this.m;
    const problem = this.#setupProblem;
    const subject = this.#subjectValue;
    return html`<div class="base" part="base">
      <div class="head">
        <h2>${m.heading}</h2>
        <p class="meta">${m.intro}</p>
        ${subject ? html`<p class="meta">${m.subject(displayId(subject))}</p>` : nothing}
        ${this.caseNumber.trim() ? html`<p class="meta">${m.caseNumber(this.caseNumber.trim())}</p>` : nothing}
      </div>
      ${problem ? html`<p class="problem" role="alert">${problem}</p>` : this.#renderForm()}
      <p class="notice" part="notice" role="status" tabindex="-1" data-kind=${this.notice?.kind ?? nothing}>${this.notice?.text ?? ''}</p>
      ${this.#renderList()} ${this.#renderDialog()}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const m = this.m.form;
    const errors = this.showErrors ? this.#validate() : {};
    const count = FIELD_ORDER.filter((f) => errors[f]).length;
    const today = this.effectiveToday;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <fieldset>
        <legend>${m.legend}</legend>
        ${count ? html`<p class="summary" role="alert">${this.m.invalid.summary(count)}</p>` : nothing}
        <fieldset class="items">
          <legend>${m.items}</legend>
          <ol>
            ${this.items.map(
              (value, i) => html`<li>
                <label class="visually-hidden" for=${`item-${i}`}>${m.itemLabel(i + 1)}</label>
                <input
                  id=${`item-${i}`}
                  name="item"
                  .value=${value}
                  placeholder=${m.itemPlaceholder}
                  aria-invalid=${errors.items && i === 0 ? 'true' : 'false'}
                  aria-describedby=${errors.items && i === 0 ? 'items-error' : nothing}
                  @input=${(e: Event) => {
                    const next = [...this.items];
                    next[i] = (e.target as HTMLInputElement).value;
                    this.items = next;
                  }}
                />
                <button type="button" aria-label=${m.removeItem(i + 1)} ?disabled=${this.items.length <= 1} @click=${() => this.#removeItem(i)}>
                  ${m.remove}
                </button>
              </li>`,
            )}
          </ol>
          ${errors.items ? html`<p id="items-error" class="error">${errors.items}</p>` : nothing}
          <div class="actions"><button type="button" class="add" @click=${this.#addItem}>${m.addItem}</button></div>
        </fieldset>
        ${inputField({
          id: 'due-on',
          name: 'dueOn',
          type: 'date',
          min: addDays(today, 1),
          label: m.dueOn,
          value: this.dueOn,
          hint: m.dueOnHint(formatDate(this.locale, today)),
          error: errors.dueOn,
          onInput: this.#dueInput,
          onChange: this.#dueInput,
        })}
        ${inputField({
          id: 'statement',
          name: 'statement',
          rows: 4,
          label: m.statement,
          value: this.statement,
          hint: m.statementHint,
          error: errors.statement,
          onInput: (value) => {
            this.statement = value;
            this.statementTouched = true;
          },
          after: this.statementTouched
            ? html`<div class="actions"><button type="button" class="reset-statement" @click=${() => (this.statementTouched = false)}>${m.resetStatement}</button></div>`
            : nothing,
        })}
        ${inputField({
          id: 'signatory',
          name: 'signatory',
          autocomplete: 'name',
          label: m.signatory,
          value: this.signatory,
          hint: m.signatoryHint,
          error: errors.signatory,
          onInput: (value) => (this.signatory = value),
        })}
        <div class="actions">
          <button type="submit" class="primary" part="submit" ?disabled=${this.submitting}>${this.submitting ? m.submitting : m.submit}</button>
        </div>
      </fieldset>
    </form>`;
  }

  #dueInput = (value: string): void => {
    this.dueOn = value;
    this.dueTouched = true;
  };

  #renderList(): TemplateResult | typeof nothing {
    const m = this.m.list;
    const heading = html`<h3 id="list-heading" tabindex="-1">${m.heading}</h3>`;
    if (!(this.endpoint || getConfig().endpoint) || (!this.caseNumber.trim() && !this.#subjectValue)) return nothing;
    const status = this.list.status;
    const commitments = this.#commitments;
    const queued = this.pendingWrites.filter((i) => i.kind === 'commitment-create');
    let problem: TemplateResult | typeof nothing = nothing;
    let note: TemplateResult | typeof nothing = nothing;
    if (status === TaskStatus.ERROR) {
      const reason = reasonOf(this.list.error);
      problem = html`<div class="problem" role="alert">
        <p>${shared(this.locale).reason[reason]}</p>
        <div class="actions"><button type="button" class="retry" @click=${() => this.list.run()}>${m.retry}</button></div>
      </div>`;
    } else if (commitments.length === 0 && queued.length === 0) {
      note =
        status === TaskStatus.PENDING || status === TaskStatus.INITIAL
          ? html`<p role="status" class="loading">${m.loading}</p>`
          : html`<p class="empty">${m.empty}</p>`;
    }
    const table =
      commitments.length === 0 && queued.length === 0
        ? nothing
        : html`<table part="list">
            <caption class="visually-hidden">
              ${m.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${m.items}</th>
                <th scope="col">${m.dueOn}</th>
                <th scope="col">${m.daysLeft}</th>
                <th scope="col">${m.status}</th>
                <th scope="col">${m.signatory}</th>
                <th scope="col">${m.actions}</th>
              </tr>
            </thead>
            <tbody>
              ${queued.map((item) => this.#renderQueuedRow(item))} ${sortCommitments(commitments).map((c) => this.#renderRow(c))}
            </tbody>
          </table>`;
    const body = html`${problem}${note}${table}`;
    return html`<section class="list" aria-labelledby="list-heading" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>${heading} ${body}</section>`;
  }

  #renderRow(c: Commitment): TemplateResult {
    const m = this.m;
    const items = m.joinItems(c.items);
    const pending = c.status === 'pending';
    const left = daysLeft(c.dueOn, this.effectiveToday);
    const overdue = pending && left < 0;
    const change = this.pendingWrites.find((i) => i.kind === 'commitment-update' && i.ref === c.id);
    const busy = this.updating.has(c.id) || !!change;
    let days: TemplateResult | string = m.days.closed;
    if (overdue) days = html`<span class="overdue-mark" part="overdue">${overdueIcon}<span>${m.days.overdue(-left)}</span></span>`;
    else if (pending) days = left === 0 ? m.days.dueToday : m.days.left(left);
    const changeStatus = (change?.body as { status?: CommitmentStatus } | undefined)?.status;
    return html`<tr
      class=${overdue ? 'overdue' : ''}
      part=${overdue ? 'row row-overdue' : 'row'}
      data-id=${c.id}
      data-status=${c.status}
      ?data-overdue=${overdue}
    >
      <td>${items}</td>
      <td>${formatDate(this.locale, c.dueOn)}</td>
      <td class="days">${days}</td>
      <td class="state">
        ${m.status[c.status]}
        ${change && changeStatus && changeStatus !== 'pending'
          ? html`<br /><span class="queued-mark">${m.queuedChange(m.actions[changeStatus])}</span>`
          : nothing}
      </td>
      <td>${c.signatory}</td>
      <td>
        ${pending
          ? html`<div class="actions">
              <button type="button" class="fulfil" data-fulfil=${c.id} aria-label=${m.actions.fulfilledLabel(items)} ?disabled=${busy} @click=${() => this.#close(c, 'fulfilled')}>
                ${m.actions.fulfilled}
              </button>
              <button type="button" class="breach danger" data-breach=${c.id} aria-label=${m.actions.breachedLabel(items)} ?disabled=${busy} @click=${() => this.#askBreach(c)}>
                ${m.actions.breached}
              </button>
            </div>`
          : nothing}
      </td>
    </tr>`;
  }

  #renderQueuedRow(item: OutboxItem): TemplateResult {
    const m = this.m;
    const body = item.body as CommitmentCreate;
    const items = m.joinItems(body.items ?? []);
    const left = body.dueOn ? daysLeft(body.dueOn, this.effectiveToday) : 0;
    const failed = item.state === 'rejected';
    return html`<tr part="row" data-key=${item.key} data-status=${failed ? 'failed' : 'queued'}>
      <td>${items}</td>
      <td>${formatDate(this.locale, body.dueOn)}</td>
      <td class="days">${left < 0 ? m.days.overdue(-left) : left === 0 ? m.days.dueToday : m.days.left(left)}</td>
      <td class="state"><span class="queued-mark">${failed ? m.status.failed : m.status.queued}</span>${failed && item.error ? html`<br />${item.error}` : nothing}</td>
      <td>${body.signatory}</td>
      <td>
        ${failed
          ? html`<button type="button" class="discard" aria-label=${m.discardLabel(items)} @click=${() => this.#discard(item)}>${m.discard}</button>`
          : nothing}
      </td>
    </tr>`;
  }

  #renderDialog(): TemplateResult {
    const m = this.m.confirm;
    const c = this.confirming;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body confirm-consequence" @close=${this.#dialogClosed}>
      ${c
        ? html`<h3 id="confirm-title">${m.title}</h3>
            <p id="confirm-body">${m.body(this.m.joinItems(c.items), formatDate(this.locale, c.dueOn))}</p>
            <p id="confirm-consequence" class="consequence">${m.consequence}</p>
            <div class="actions">
              <button type="button" class="cancel" autofocus @click=${this.#cancelBreach}>${m.cancel}</button>
              <button type="button" class="confirm danger" @click=${this.#confirmBreach}>${m.confirm}</button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

/** Pending first (earliest due first), then closed ones (latest due first). */
function sortCommitments(list: readonly Commitment[]): Commitment[] {
  return [...list].sort((a, b) => {
    const pa = a.status === 'pending' ? 0 : 1;
    const pb = b.status === 'pending' ? 0 : 1;
    if (pa !== pb) return pa - pb;
    return pa === 0 ? a.dueOn.localeCompare(b.dueOn) : b.dueOn.localeCompare(a.dueOn);
  });
}

/** The platform's explanation of a refused write, as one sentence (already free of person ids). */
function describeProblem(error: unknown): string {
  const problem = (error as { problem?: { title?: string; detail?: string | null } | null } | null)?.problem;
  const text = problem ? [problem.title, problem.detail].filter(Boolean).join(': ') : '';
  return String(redact(text));
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
