/**
 * `<credit-check>`: the full decision panel for one subject.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedbackAction, FeedbackRequest } from '../../src/contract/index.js';
import type { Decision, DecisionWarning, MeasureHit } from '../../src/policy/decision.js';
import type { OutboxEvent, OutboxItem } from '../../src/client/index.js';
import { getConfig } from '../../src/client/registry.js';
import { redact } from '../../src/client/redact.js';
import { parseSubjectId } from '../../src/ids/index.js';
import { CheckingElement } from '../internal/checking-element.js';
import { decisionDetailsStyles, freshnessWarnings, renderDecisionDetails } from '../internal/decision-details.js';
import { emit } from '../internal/events.js';
import { OutboxController, problemText } from '../internal/outbox-controller.js';
import { outcomeIcon } from '../internal/outcome-icon.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import type { CheckRecordMeta } from '../internal/print/check-record.js';
import { CHECK_MESSAGES, type CheckMessages } from './messages.js';
import { CARD_MESSAGES, type CardMessages } from './card-messages.js';
import { measurePassages, renderMeasureCard, TOLERANT_ACCEPTANCE } from './measure-card.js';
import { measureCardStyles } from './measure-card-styles.js';
import { renderSubjectWarnings, subjectWarnings, type SubjectWarnings } from '../internal/subject-warnings.js';

export { TOLERANT_ACCEPTANCE };
const DEFAULT_FRESH_HOURS = 24;

/** `credit-commitment-request`: the clerk wants to record a 容缺受理 commitment. */
export interface CreditCommitmentRequestDetail {
  /** As shown to people: a person's number masked. */
  subjectId: string;
  caseNumber: string;
  queryId: string | null;
}

/** The clerk's response to one measure of one check. */
interface Response {
  action: FeedbackAction;
  reason?: string;
  state: 'queued' | 'sent' | 'rejected';
  key: string;
  error?: string;
}

/** The responses a measure offers: a mandatory one cannot be plainly declined, only overridden (domain.md §7). */
export function responseActions(hit: MeasureHit): FeedbackAction[] {
  return hit.measure.nature === 'mandatory' ? ['applied', 'overridden'] : ['applied', 'not-applied'];
}

/** A response being written (reason field open). */
interface Draft {
  action: 'not-applied' | 'overridden';
  reason: string;
  error?: string;
  sending?: boolean;
}

import { PanelVerification } from './panel-verification.js';
import { Disclosures } from './disclosure.js';
import { otherObjectionsStyles, recordObjections, renderOtherRecordObjections } from './record-objections.js';
import { PanelPersons, personsStyles, PERSON_PURPOSE } from './responsible-persons.js';

/** The key of the other records' objections among the panel's disclosures. */
const OTHER_OBJECTIONS = 'other-objections';

/** The print views load on first use (a lazy chunk in the script-tag bundle). */
const loadPrint = () => import('../internal/print/index.js');

/**
 * @tagname credit-check
 * @summary The full decision panel: subject, outcome, applied and suspended measures with
 * basis and remedy, the records behind them, data time and catalog version; the clerk's
 * response per applied measure (applied / not applied / overridden, sent through the
 * outbox); printing of the check record (查询记录单) and the written notice (书面告知书);
 * and, when 容缺受理 applies, a way to record the applicant's commitment.
 *
 * @attr operator - Who checks (shown on the check record and sent with feedback); default `configure({ operator })`.
 * @attr fresh-hours - Freshness limit in hours (default 24): older data gets a visible warning.
 * @attr subject-name - The name entered for the subject; when the platform's registered name differs, the banner shows a warning mark (需核对).
 * @attr matter - The matter the subject applied for (e.g. 安全生产许可证延期), named by the written notice with the case number.
 * @attr person-purpose - The purpose of a check made on a responsible person listed in the panel (rules §16); default 落实到人.
 * @attr decided - Set by the host once its decision is taken: responses can no longer be corrected (until then the latest response counts).
 *
 * @slot commitment - Where a host may place its own `<credit-commitment>`; when none is slotted and the element is defined, one is rendered pre-filled after "记录容缺承诺".
 *
 * @fires credit-result - A check finished; `detail` is the decision (person ids masked).
 * @fires credit-error - A check could not be completed; `detail` is `{ reason, message }`.
 * @fires credit-feedback - A response to a measure was queued or sent (and again when a queued one is later sent); `detail` is `{ feedback, state, key }`.
 * @fires credit-commitment-request - The clerk asked to record a 容缺受理 commitment; `detail` is `{ subjectId, caseNumber, queryId }`.
 *
 * @csspart base - The panel.
 * @csspart banner - The outcome banner (icon, word, sentence; the retry button on `unknown`).
 * @csspart icon - The outcome's icon (one shape per outcome).
 * @csspart label - The outcome word.
 * @csspart details - The decision details.
 * @csspart measure - One applied or suspended measure.
 * @csspart record - One credit record.
 * @csspart feedback - The response controls of one applied measure.
 * @csspart persons - The responsible persons on an enterprise's records, each checkable in place (rules §16).
 * @csspart actions - The print and commitment buttons.
 * @csspart commitment - The region holding the commitment form.
 *
 * @cssprop --credit-check-max-width - Maximum width of the panel (default none).
 */
export class CreditCheck extends CheckingElement {
  static override styles = [
    themeStyles,
    decisionDetailsStyles,
    measureCardStyles,
    otherObjectionsStyles,
    personsStyles,
    css`
      :host {
        display: block;
        max-width: var(--credit-check-max-width, none);
      }
      .panel {
        display: grid;
        gap: calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        padding: calc(var(--_space) * 1.5);
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
        border-inline-start: 6px solid var(--_c, var(--_border));
        padding: var(--_space);
        background: color-mix(in srgb, var(--_c, var(--_border)) 7%, var(--_surface));
      }
      .banner[data-outcome='unknown'] {
        border-inline-start-style: dashed;
      }
      .outcome-status {
        flex: 1 1 16em;
        display: grid;
        grid-template-columns: auto 1fr;
        column-gap: var(--_space);
        align-items: baseline;
      }
      .outcome-status .icon {
        color: var(--_c, var(--_text));
        width: 1.6em;
        height: 1.6em;
        grid-row: span 3;
        align-self: start;
      }
      .word {
        font-weight: 700;
        font-size: 1.15em;
      }
      .outcome-status .sentence,
      .outcome-status .reason {
        grid-column: 2;
      }
      .outcome-status .reason {
        font-weight: 600;
      }
      .feedback {
        border-top: 1px dashed var(--_border);
        padding-top: var(--_space);
        display: grid;
        gap: calc(var(--_space) / 2);
      }
      .feedback-title {
        font-weight: 600;
      }
      .buttons,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      .reason-field {
        display: grid;
        gap: 4px;
      }
      .reason-field label {
        font-weight: 600;
      }
      .reason-field textarea {
        min-height: 4em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) / 2);
        background: var(--_surface);
      }
      .reason-field textarea[aria-invalid='true'] {
        border: 2px solid var(--_restricted);
      }
      .hint {
        color: var(--_muted);
        font-size: 0.92em;
        margin: 0;
      }
      .error {
        color: var(--_restricted);
        font-weight: 600;
        margin: 0;
      }
      .error:not(:empty)::before {
        content: '✕ ';
      }
      .response {
        margin: 0;
      }
      .delivery {
        margin: 0;
      }
      .delivery[data-state='queued']::before {
        content: '⏳ ';
      }
      .delivery[data-state='sent']::before {
        content: '✓ ';
      }
      .delivery[data-state='rejected'] {
        color: var(--_restricted);
      }
      .delivery[data-state='rejected']::before {
        content: '✕ ';
      }
    `,
  ];

  /** Who checks: shown on the check record and sent with feedback (default: `configure({ operator })`). */
  @property() operator = '';
  /** Freshness limit in hours; data older than this shows a warning. Default 24. */
  @property({ type: Number, attribute: 'fresh-hours' }) freshHours = DEFAULT_FRESH_HOURS;

  /**
   * The host's decision has been taken (set it, or the attribute, once the matter is decided):
   * responses can no longer be corrected. Until then a later response supersedes an earlier one.
   */
  @property({ type: Boolean, reflect: true }) decided = false;
  /** The matter the subject applied for (e.g. 安全生产许可证延期): the written notice names it. */
  @property() matter = '';
  /** The name entered for the subject: when the platform's registered name differs, a warning mark (需核对). */
  @property({ attribute: 'subject-name' }) subjectName = '';
  /** The purpose of a check made on a responsible person from the panel (rules §16); default 落实到人. */
  @property({ attribute: 'person-purpose' }) personPurpose = PERSON_PURPOSE;

  @state() private drafts = new Map<string, Draft>();
  /** The measure cards' "more" (`measure:<id>`) and the other records' objections (`other-objections`): open, and opened once (kept hidden when closed). */
  readonly #disclosures = new Disclosures(this);
  /** Measures whose response the clerk is correcting. */
  @state() private correcting: ReadonlySet<string> = new Set();
  /** Whether a 容缺受理 commitment is recorded for this case (read from the platform, or made here). */
  @state() private commitmentRecorded = false;
  /** The measure (容缺受理) whose "applied" waits for the commitment being written. */
  @state() private awaitingCommitment: string | null = null;
  @state() private commitmentOpen = false;
  /** Per measure: why a response without a reason field ("applied") could not be submitted. */
  @state() private sendErrors = new Map<string, string>();

  #checkedAt: Date | null = null;
  /** Writes of this panel (or restored by it after a reload): their later delivery is announced. */
  #ownKeys = new Set<string>();
  #sendingMeasures = new Set<string>();
  /** Rejected responses the clerk chose to answer again. */
  #dismissed = new Set<string>();
  #warnedFresh = false;

  /** The feedback of the decision shown, as the outbox has it (waiting, or made in this page). */
  readonly #outbox = new OutboxController(this, {
    client: () => this.clientOrNull,
    concerns: (item) => {
      const decision = this.decision;
      if (decision && this.#isCaseCommitment(item.kind, item.body as { subjectId?: string; caseNumber?: string } | undefined, decision)) return true;
      return !!decision?.queryId && !!this.#matchingFeedback(item, decision);
    },
    onChange: (event) => this.#onOutboxEvent(event),
    // Waiting responses of this check left by an earlier page (or panel): their delivery is announced here.
    onPending: (items) =>
      items.forEach((item) => {
        const measureId = (item.body as Partial<FeedbackRequest> | undefined)?.measureId;
        if (item.attempts > 0 && !(measureId && this.#sendingMeasures.has(measureId))) this.#ownKeys.add(item.key);
      }),
    log: (message, error) => this.log('warn', message, error),
  });

  private get messages(): CheckMessages {
    return CHECK_MESSAGES[this.locale];
  }

  private get cardMessages(): CardMessages {
    return CARD_MESSAGES[this.locale];
  }

  constructor() {
    super();
    // A commitment recorded for this case, by the form in a card or one the host slotted.
    this.addEventListener('credit-commitment-change', (event) => this.#onCommitment(event.detail));
  }

  /**
   * Moves keyboard focus into the panel (hosts call it when a case opens): to the first
   * response button of an applied measure still unanswered, else to the outcome status.
   */
  override focus(options?: FocusOptions): void {
    const land = () => {
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part="feedback"][data-state="open"] button.respond') ??
        this.renderRoot.querySelector<HTMLElement>('.outcome-status');
      target?.focus(options);
    };
    void this.updateComplete.then(async () => {
      // At once on the status (so the keyboard is in the panel), then on the first response once the check is in.
      land();
      if (!this.checking) return;
      const focused = this.renderRoot.querySelector('.outcome-status');
      await this.check.taskComplete.catch(() => undefined);
      await this.updateComplete;
      if ((this.renderRoot as ShadowRoot).activeElement === focused) land();
    });
  }

  // ------------------------------------------------------------------ lifecycle

  protected override onDecision(decision: Decision): void {
    this.#checkedAt = new Date();
    this.drafts = new Map();
    this.sendErrors = new Map();
    this.commitmentOpen = false;
    this.correcting = new Set();
    this.#disclosures.reset();
    this.awaitingCommitment = null;
    this.commitmentRecorded = false;
    if (decision.applied.some((h) => h.measure.id === TOLERANT_ACCEPTANCE)) void this.#readCommitments(decision);
    // Feedback of this check (or of this subject's measures in this case) still in the outbox, e.g. after a reload.
    if (decision.queryId && decision.applied.length) this.#outbox.sync(true);
  }

  /** The latest response to each applied measure of `decision`, as the outbox has it. */
  #responses(decision: Decision): Map<string, Response> {
    const responses = new Map<string, Response>();
    if (!decision.queryId) return responses;
    for (const { item, state } of this.#outbox.writes()) {
      const body = this.#matchingFeedback(item, decision);
      if (!body || this.#dismissed.has(item.key) || this.#sendingMeasures.has(body.measureId)) continue;
      responses.set(body.measureId, {
        action: body.action,
        reason: body.reason ?? undefined,
        state,
        key: item.key,
        error: state === 'rejected' ? problemText(item) : undefined,
      });
    }
    return responses;
  }

  /**
   * The feedback body of an outbox item if it answers an applied measure of `decision`:
   * same query id, or — after a reload, when the check ran again under a new query id —
   * the same subject, measure and (non-empty) case number.
   */
  #matchingFeedback(item: OutboxItem, decision: Decision): FeedbackRequest | null {
    if (item.kind !== 'feedback') return null;
    const body = item.body as FeedbackRequest | undefined;
    if (!body || typeof body.measureId !== 'string') return null;
    if (!decision.applied.some((h) => h.measure.id === body.measureId)) return null;
    if (body.queryId === decision.queryId) return body;
    const caseNumber = this.caseNumber?.trim();
    return caseNumber && body.caseNumber === caseNumber && body.subjectId === decision.subjectId ? body : null;
  }

  /** A write of this check changed state: a delivery of our own queued response is announced. */
  #onOutboxEvent({ item, state }: OutboxEvent): void {
    const decision = this.decision;
    const body = decision ? this.#matchingFeedback(item, decision) : null;
    if (!body || state === 'queued' || !this.#ownKeys.has(item.key)) return;
    if (this.#outbox.report(item.key, state)) emit(this, 'credit-feedback', { feedback: body, state, key: item.key });
  }

  // ------------------------------------------------------------------ 容缺受理 commitments of the case

  #isCaseCommitment(kind: string, body: { subjectId?: string; caseNumber?: string } | undefined, decision: Decision): boolean {
    const caseNumber = this.caseNumber?.trim();
    return kind === 'commitment-create' && !!caseNumber && body?.caseNumber === caseNumber && body.subjectId === decision.subjectId;
  }

  /** Whether the platform holds a commitment (pending or fulfilled) of this subject for this case. Fail safe: unread is "none". */
  async #readCommitments(decision: Decision): Promise<void> {
    const caseNumber = this.caseNumber?.trim();
    const client = this.clientOrNull;
    if (!caseNumber || !client) return;
    try {
      const list = await client.commitments.search({ subjectId: decision.subjectId, caseNumber });
      const items = (Array.isArray(list) ? list : (list as { items?: unknown[] }).items ?? []) as { status?: string }[];
      if (this.decision === decision && items.some((c) => c.status === 'pending' || c.status === 'fulfilled')) this.commitmentRecorded = true;
    } catch (error) {
      this.log('warn', 'the commitments of the case could not be read.', error);
    }
  }

  /** A commitment written in this page or still waiting in the outbox for this case. */
  #commitmentWritten(decision: Decision): boolean {
    return this.#outbox.writes().some(({ item, state }) => state !== 'rejected' && this.#isCaseCommitment(item.kind, item.body as { subjectId?: string; caseNumber?: string }, decision));
  }

  #hasCommitment(decision: Decision): boolean {
    return this.commitmentRecorded || this.#commitmentWritten(decision);
  }

  #onCommitment(detail: { commitment?: { caseNumber?: string; subjectId?: string }; action?: string; state?: string } | undefined): void {
    const decision = this.decision;
    if (!decision || !detail || detail.action !== 'created' || detail.state === 'rejected') return;
    const caseNumber = this.caseNumber?.trim();
    if (!caseNumber || detail.commitment?.caseNumber !== caseNumber) return;
    this.commitmentRecorded = true;
    const measureId = this.awaitingCommitment;
    this.awaitingCommitment = null;
    const hit = measureId ? decision.applied.find((h) => h.measure.id === measureId) : undefined;
    if (hit) {
      this.commitmentOpen = false;
      void this.#send(hit, 'applied', undefined, true);
    }
  }

  // ------------------------------------------------------------------ the clerk's responses

  #draft(measureId: string): Draft | undefined {
    return this.drafts.get(measureId);
  }

  #setDraft(measureId: string, draft: Draft | undefined): void {
    const next = new Map(this.drafts);
    if (draft) next.set(measureId, draft);
    else next.delete(measureId);
    this.drafts = next;
  }

  #choose(hit: MeasureHit, action: FeedbackAction): void {
    const decision = this.decision;
    if (action === 'applied' && hit.measure.id === TOLERANT_ACCEPTANCE && decision && !this.#hasCommitment(decision)) {
      // 容缺受理 is applied only with the applicant's written commitment (domain.md §8): the form first.
      this.awaitingCommitment = hit.measure.id;
      this.#requestCommitment(decision);
      return;
    }
    if (action === 'applied') {
      void this.#send(hit, 'applied', undefined, true);
      return;
    }
    this.#setDraft(hit.measure.id, { action, reason: '' });
    void this.updateComplete.then(() => this.#field(hit.measure.id)?.focus());
  }

  #field(measureId: string): HTMLTextAreaElement | null {
    return (this.renderRoot.querySelector(`textarea[data-measure="${CSS.escape(measureId)}"]`) as HTMLTextAreaElement | null) ?? null;
  }

  #submit(hit: MeasureHit, event?: Event): void {
    event?.preventDefault();
    const draft = this.#draft(hit.measure.id);
    if (!draft || draft.sending) return;
    const reason = draft.reason.trim();
    if (!reason) {
      this.#setDraft(hit.measure.id, { ...draft, error: this.messages.reasonRequired });
      void this.updateComplete.then(() => this.#field(hit.measure.id)?.focus());
      return;
    }
    void this.#send(hit, draft.action, reason, true);
  }

  async #send(hit: MeasureHit, action: FeedbackAction, reason?: string, focusAfter = false): Promise<void> {
    const decision = this.decision;
    const measureId = hit.measure.id;
    if (!decision?.queryId) return;
    const feedback: FeedbackRequest = { queryId: decision.queryId, subjectId: decision.subjectId, measureId, action };
    if (reason) feedback.reason = reason;
    if (this.caseNumber?.trim()) feedback.caseNumber = this.caseNumber.trim();
    if (this.operator?.trim()) feedback.operator = this.operator.trim();

    const draft = this.#draft(measureId);
    if (draft) this.#setDraft(measureId, { ...draft, sending: true, error: undefined });
    this.#sendingMeasures.add(measureId);
    if (this.sendErrors.has(measureId)) {
      const errors = new Map(this.sendErrors);
      errors.delete(measureId);
      this.sendErrors = errors;
    }
    try {
      const receipt = await this.client.feedback(feedback);
      // What the outbox stored and sends: a person's number masked, also inside the reason.
      // The panel and the event show that, never the clerk's raw text.
      const sent = redact(feedback) as FeedbackRequest;
      this.#ownKeys.add(receipt.key);
      // The outbox may have reported a later state while we waited: keep the furthest one.
      const seen = this.#outbox.writes().find((w) => w.item.key === receipt.key);
      const stateNow = seen && seen.state !== 'queued' ? seen.state : receipt.state;
      const hadFocus = focusAfter || this.#focusIsIn(measureId);
      this.#sendingMeasures.delete(measureId);
      this.#setDraft(measureId, undefined);
      this.#endCorrection(measureId);
      this.requestUpdate();
      this.#outbox.report(receipt.key, stateNow);
      emit(this, 'credit-feedback', { feedback: sent, state: stateNow, key: receipt.key });
      // The controls the clerk was using are gone: keep keyboard users at the answer.
      if (hadFocus) void this.updateComplete.then(() => this.#box(measureId)?.querySelector<HTMLElement>('.response')?.focus());
    } catch (error) {
      this.log('warn', 'the response could not be submitted.', error);
      if (draft) this.#setDraft(measureId, { ...draft, sending: false, error: this.messages.notSent });
      else this.sendErrors = new Map(this.sendErrors).set(measureId, this.messages.notSent);
    } finally {
      this.#sendingMeasures.delete(measureId);
    }
  }

  #box(measureId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part="feedback"][data-measure="${CSS.escape(measureId)}"]`);
  }

  /** Whether keyboard focus is inside the response controls of a measure (or was lost to the body by a disabled control). */
  #focusIsIn(measureId: string): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!active) return document.activeElement === document.body || document.activeElement === this;
    return !!this.#box(measureId)?.contains(active);
  }

  #cancel(measureId: string, action: Draft['action']): void {
    this.#setDraft(measureId, undefined);
    void this.updateComplete.then(() => this.#box(measureId)?.querySelector<HTMLElement>(`button.respond[data-action="${action}"]`)?.focus());
  }

  #respondAgain(key: string): void {
    this.#dismissed.add(key);
    this.requestUpdate();
  }

  /** The clerk corrects a response (until the decision): the buttons come back; the next response supersedes it. */
  #startCorrection(measureId: string): void {
    if (this.decided) return;
    this.correcting = new Set([...this.correcting, measureId]);
    void this.updateComplete.then(() => this.#box(measureId)?.querySelector<HTMLElement>('button.respond')?.focus());
  }

  #endCorrection(measureId: string, refocus = false): void {
    if (!this.correcting.has(measureId)) return;
    const next = new Set(this.correcting);
    next.delete(measureId);
    this.correcting = next;
    if (refocus) void this.updateComplete.then(() => this.#box(measureId)?.querySelector<HTMLElement>('.response')?.focus());
  }

  /** Esc cancels the inline form it is pressed in. */
  #onFormKeydown(event: KeyboardEvent, hit: MeasureHit, action: Draft['action']): void {
    if (event.key !== 'Escape' || this.#draft(hit.measure.id)?.sending) return;
    event.preventDefault();
    event.stopPropagation();
    this.#cancel(hit.measure.id, action);
  }

  // ------------------------------------------------------------------ printing

  #recordMeta(): CheckRecordMeta {
    const config = getConfig();
    const client = this.clientOrNull;
    return {
      locale: this.locale,
      endpoint: client?.endpoint ?? this.endpoint ?? config.endpoint ?? '',
      operator: this.operator || config.operator || null,
      department: config.department ?? null,
      purpose: this.purpose || null,
      caseNumber: this.caseNumber || null,
      checkedAt: this.#checkedAt,
      // Rules §1 and §12: the authorisation of a person check, a manual verification recorded here.
      authorization: this.decision && parseSubjectId(this.subject ?? '').type === 'idcard' ? this.queryAuthorization ?? config.authorization ?? null : null,
      verification: this.#manual.of(this.decision)?.verification ?? null,
      // Rules §16: the responsible persons checked from this panel, under the enterprise's result.
      persons: this.#persons.checked(this.decision),
    };
  }

  /**
   * The check record (查询记录单) of the current decision as a Lit template, with the
   * SHA-256 of the decision's canonical JSON; null before a check has finished.
   * `printRecord()` prints it; hosts that archive records themselves can render it.
   */
  async recordDocument(): Promise<TemplateResult | null> {
    const decision = this.decision;
    if (!decision) return null;
    const { checkRecordTemplate } = await loadPrint();
    return checkRecordTemplate(this.#displayed(decision), this.#recordMeta());
  }

  /**
   * The written notice (书面告知书) of the current decision as a Lit template, followed on a new
   * page by the credit repair notice (信用修复告知书, rules §14) when a negative record is in
   * force (两书同达); null before a check has finished.
   */
  async noticeDocument(): Promise<TemplateResult | null> {
    const decision = this.decision;
    if (!decision) return null;
    const { renderWrittenNotice, renderRepairNotice } = await loadPrint();
    const config = getConfig();
    const meta = {
      locale: this.locale,
      department: config.department ?? null,
      contact: config.contact ?? null,
      platformName: config.platformName ?? null,
      caseNumber: this.caseNumber || null,
      matter: this.matter || null,
    };
    const repair = renderRepairNotice(decision, meta);
    return repair ? html`${renderWrittenNotice(decision, meta)}${repair}` : renderWrittenNotice(decision, meta);
  }

  /** Prints the check record (查询记录单). Resolves when printing is over. */
  async printRecord(): Promise<void> {
    try {
      const doc = await this.recordDocument();
      if (doc) await (await loadPrint()).printDocument(doc, { lang: this.locale });
    } catch (error) {
      this.log('error', 'printing the check record failed.', error);
    }
  }

  /** Prints the written notice (书面告知书). Resolves when printing is over. */
  async printNotice(): Promise<void> {
    try {
      const doc = await this.noticeDocument();
      if (doc) await (await loadPrint()).printDocument(doc, { lang: this.locale });
    } catch (error) {
      this.log('error', 'printing the written notice failed.', error);
    }
  }

  // ------------------------------------------------------------------ 容缺受理

  #requestCommitment(decision: Decision): void {
    const detail: CreditCommitmentRequestDetail = { subjectId: decision.subjectId, caseNumber: this.caseNumber ?? '', queryId: decision.queryId };
    emit(this, 'credit-commitment-request', detail);
    if (customElements.get('credit-commitment') && !this.querySelector(':scope > [slot="commitment"]')) {
      this.commitmentOpen = true;
      void this.updateComplete.then(async () => {
        const form = this.renderRoot.querySelector('credit-commitment') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
        if (!form) return;
        await form.updateComplete;
        form.scrollIntoView?.({ block: 'nearest' });
        // Into the form: its first field (the element itself takes no focus).
        (form.shadowRoot?.querySelector<HTMLElement>('input, textarea, select') ?? form).focus();
      });
    }
  }

  // ------------------------------------------------------------------ rendering

  /** The freshness limit in use (the attribute, or 24 when it is not a positive number). */
  get effectiveFreshHours(): number {
    const h = Number(this.freshHours);
    if (Number.isFinite(h) && h > 0) return h;
    if (!this.#warnedFresh) {
      this.#warnedFresh = true;
      this.log('warn', `fresh-hours must be a positive number of hours; using ${DEFAULT_FRESH_HOURS}.`);
    }
    return DEFAULT_FRESH_HOURS;
  }

  /** The decision as shown: its warnings with the stale-data one decided by this element's freshness limit. */
  #displayed(decision: Decision): Decision {
    return { ...decision, warnings: this.#warnings(decision) };
  }

  #warnings(decision: Decision): DecisionWarning[] {
    // Without the attribute the client's `staleAfterMs` (default 24 h) decides; with it, the element does.
    if (!this.hasAttribute('fresh-hours')) return decision.warnings;
    return freshnessWarnings(decision, this.effectiveFreshHours);
  }

  /** 人工核查 for an unknown decision (rules §12): see panel-verification.ts. */
  readonly #manual = new PanelVerification(this, () => this.clientOrNull);

  /** 落实到人 (rules §16): the persons on the records, each checkable in place; see responsible-persons.ts. */
  readonly #persons = new PanelPersons(this, {
    client: () => this.clientOrNull,
    authorization: () => this.queryAuthorization ?? getConfig().authorization,
    purpose: () => this.personPurpose ?? '',
  });

  protected override renderContent(): TemplateResult {
    const decision = this.checking ? undefined : this.decision;
    const hasSubject = !!this.subject?.trim();
    const view = this.checking ? 'loading' : decision ? decision.outcome : 'idle';
    const responses = decision ? this.#responses(decision) : new Map<string, Response>();
    const marks = decision ? subjectWarnings(decision, this.subjectName) : null;
    const passages = decision ? measurePassages(decision) : null;
    return html`<div part="base" class="panel" data-outcome=${view}>
      ${this.#renderBanner(view, decision, hasSubject, marks)}
      ${decision ? this.#manual.render(decision, this.caseNumber, this.endpoint) : nothing}
      ${decision
        ? // Before the cards: one Tab stop while closed, off the path from the last response to the host's approve button.
          renderOtherRecordObjections({
            decision,
            locale: this.locale,
            endpoint: this.endpoint,
            open: this.#disclosures.isOpen(OTHER_OBJECTIONS),
            opened: this.#disclosures.wasOpened(OTHER_OBJECTIONS),
            onToggle: () => this.#disclosures.toggle(OTHER_OBJECTIONS),
          })
        : nothing}
      ${decision
        ? renderDecisionDetails(decision, this.locale, {
            warnings: this.#warnings(decision),
            measure: (hit, kind, index) =>
              renderMeasureCard({
                hit,
                kind,
                index,
                locale: this.locale,
                on: decision.on,
                passages: passages!.get(hit)!,
                level: 4,
                open: this.#disclosures.isOpen(`measure:${hit.measure.id}`),
                opened: this.#disclosures.wasOpened(`measure:${hit.measure.id}`),
                onToggle: () => this.#disclosures.toggle(`measure:${hit.measure.id}`),
                feedback: kind === 'applied' ? this.#renderFeedback(hit, decision, responses) : nothing,
                // Objections beside each record behind a measure (inside the card's disclosure: no Tab stop while it is closed).
                record: recordObjections(decision, this.locale, this.endpoint),
              }),
          })
        : nothing}
      ${decision ? this.#persons.render(decision) : nothing}
      ${decision ? this.#renderActions(decision) : nothing}
      <div part="commitment" class="commitment"><slot name="commitment"></slot>${this.commitmentOpen && decision && !this.awaitingCommitment ? this.#renderCommitment(decision) : nothing}</div>
    </div>`;
  }

  /** The banner's sentence: for a `review` made only by suspended measures, precisely that (objection, you may proceed). */
  #sentence(decision: Decision): string {
    const w = shared(this.locale);
    if (decision.outcome === 'review' && !decision.applied.some((h) => h.measure.direction === 'punishment') && decision.suspended.length) {
      return this.cardMessages.objectionSentence;
    }
    return w.outcomeSentence[decision.outcome];
  }

  #renderBanner(view: string, decision: Decision | undefined, hasSubject: boolean, marks: SubjectWarnings | null = null): TemplateResult {
    const w = shared(this.locale);
    const retryable = decision?.outcome === 'unknown' && decision.reason !== 'invalid-subject' && decision.reason !== 'purpose-required' && decision.reason !== 'authorization-required';
    let content: TemplateResult | typeof nothing = nothing;
    if (view === 'loading') {
      content = html`${outcomeIcon('loading')}<span class="word" part="label">${w.loading}</span>`;
    } else if (decision) {
      content = html`${outcomeIcon(decision.outcome)}<span class="word" part="label">${this.#manual.word(decision) ?? w.outcome[decision.outcome]}</span>
        <span class="sentence">${this.#sentence(decision)}</span>
        ${decision.outcome === 'unknown' && decision.reason ? html`<span class="reason">${this.#reasonText(decision)}</span>` : nothing}
        ${marks ? renderSubjectWarnings(marks, this.locale) : nothing}`;
    } else if (!hasSubject) {
      content = html`<span class="sentence">${this.messages.noSubject}</span>`;
    }
    return html`<div part="banner" class="banner" data-outcome=${view}>
      <div class="outcome-status" role="status" tabindex="-1">${content}</div>
      ${retryable ? html`<button type="button" class="retry" @click=${() => this.retry()}>${w.retry}</button>` : nothing}
    </div>`;
  }

  /** Why the check is unknown; for invalid input, the rule that failed (never containing a person's number). */
  #reasonText(decision: Decision): string {
    const w = shared(this.locale);
    if (decision.reason === 'invalid-subject') {
      const problem = parseSubjectId(this.subject ?? '', { locale: this.locale }).problem;
      if (problem) return `${w.reason['invalid-subject']} ${problem}`;
    }
    return w.reason[decision.reason!];
  }

  #renderFeedback(hit: MeasureHit, decision: Decision, responses: Map<string, Response>): TemplateResult {
    const m = this.messages;
    const c = this.cardMessages;
    const id = hit.measure.id;
    const index = decision.applied.indexOf(hit);
    const response = responses.get(id);
    const draft = this.#draft(id);
    const correcting = !!response && this.correcting.has(id) && !this.decided;
    const actions = responseActions(hit);
    const mandatory = hit.measure.nature === 'mandatory';
    const actionLabel = (action: FeedbackAction) =>
      action === 'overridden' && hit.measure.effect !== 'block' ? c.declineMandatory : m.action[action];
    const tolerant = id === TOLERANT_ACCEPTANCE;
    let body: TemplateResult;
    if (draft) {
      const fieldId = `reason-${index}`;
      const hintId = `reason-hint-${index}`;
      const errorId = `reason-error-${index}`;
      const overrideOfMandatory = draft.action === 'overridden' && mandatory && hit.measure.effect !== 'block';
      body = html`<form class="reason-field" novalidate @submit=${(e: Event) => this.#submit(hit, e)} @keydown=${(e: KeyboardEvent) => this.#onFormKeydown(e, hit, draft.action)}>
        <label for=${fieldId}>${overrideOfMandatory ? c.overrideLabel : m.reasonLabel[draft.action]}</label>
        <p class="hint" id=${hintId}>${overrideOfMandatory ? c.overrideHint : m.reasonHint[draft.action]}</p>
        <textarea
          id=${fieldId}
          data-measure=${id}
          data-action=${draft.action}
          required
          aria-required="true"
          aria-invalid=${draft.error ? 'true' : 'false'}
          aria-describedby=${draft.error ? `${errorId} ${hintId}` : hintId}
          .value=${draft.reason}
          ?disabled=${draft.sending}
          @input=${(e: Event) => this.#setDraft(id, { ...draft, reason: (e.target as HTMLTextAreaElement).value, error: undefined })}
        ></textarea>
        <p class="error" id=${errorId} role="alert">${draft.error ?? ''}</p>
        <div class="buttons">
          <button type="submit" class="primary submit" ?disabled=${draft.sending}>${draft.sending ? m.sending : m.submit}</button>
          <button type="button" class="cancel" ?disabled=${draft.sending} @click=${() => this.#cancel(id, draft.action)}>${m.cancel}</button>
        </div>
      </form>`;
    } else if (response && !correcting) {
      const said = response.action === 'overridden' && hit.measure.effect !== 'block' ? c.respondedOverride : m.responded[response.action];
      body = html`<p class="response" tabindex="-1" data-action=${response.action}>${said}</p>
        ${response.reason ? html`<p class="response-reason">${m.respondedReason(response.reason)}</p>` : nothing}
        ${response.state === 'rejected'
          ? html`${response.error ? html`<p class="hint">${m.failedDetail(response.error)}</p>` : nothing}
              <div class="buttons"><button type="button" class="again" @click=${() => this.#respondAgain(response.key)}>${m.respondAgain}</button></div>`
          : this.decided
            ? html`<p class="hint decided">${c.decided}</p>`
            : html`<div class="buttons"><button type="button" class="correct" @click=${() => this.#startCorrection(id)}>${c.correct}</button></div>`}`;
    } else {
      const awaiting = tolerant && this.awaitingCommitment === id;
      body = html`<div class="buttons" role="group" aria-label=${m.feedbackGroup(hit.measure.name)}>
        ${actions.map(
          (action) => html`<button type="button" class="respond" data-action=${action} aria-expanded=${tolerant && action === 'applied' && !this.#hasCommitment(decision) ? (awaiting ? 'true' : 'false') : nothing} @click=${() => this.#choose(hit, action)}>${actionLabel(action)}</button>`,
        )}
        ${correcting ? html`<button type="button" class="keep" @click=${() => this.#endCorrection(id, true)}>${c.keep}</button>` : nothing}
      </div>
      ${correcting ? html`<p class="hint">${c.correctHint}</p>` : nothing}
      ${tolerant ? html`<p class="hint commitment-state">${this.#hasCommitment(decision) ? c.commitmentRecorded : c.commitmentNeeded}</p>` : nothing}
      ${awaiting && this.commitmentOpen ? html`<div class="in-card-commitment" @keydown=${(e: KeyboardEvent) => this.#onCommitmentKeydown(e, id)}>${this.#renderCommitment(decision)}</div>` : nothing}
      ${this.sendErrors.has(id) ? html`<p class="error" role="alert">${this.sendErrors.get(id)}</p>` : nothing}`;
    }
    return html`<div part="feedback" class="feedback" data-measure=${id} data-state=${draft ? 'draft' : response && !correcting ? response.state : 'open'}>
      ${body}
      <p class="delivery" role="status" data-state=${response?.state ?? ''}>${response && !correcting && !draft ? m.state[response.state] : ''}</p>
    </div>`;
  }

  /** Esc in the commitment form of a card closes it and returns to the card's "applied". */
  #onCommitmentKeydown(event: KeyboardEvent, measureId: string): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.awaitingCommitment = null;
    this.commitmentOpen = false;
    void this.updateComplete.then(() => this.#box(measureId)?.querySelector<HTMLElement>('button.respond[data-action="applied"]')?.focus());
  }

  #renderActions(decision: Decision): TemplateResult {
    const m = this.messages;
    const tolerant = decision.applied.some((h) => h.measure.id === TOLERANT_ACCEPTANCE);
    const notice = decision.applied.some((h) => h.measure.direction === 'punishment');
    return html`<div part="actions" class="actions" role="group" aria-label=${m.actions}>
      <button type="button" class="print-record" @click=${() => void this.printRecord()}>${m.printRecord}</button>
      ${notice ? html`<button type="button" class="print-notice" @click=${() => void this.printNotice()}>${m.printNotice}</button>` : nothing}
      ${tolerant
        ? html`<button type="button" class="record-commitment" aria-expanded=${this.commitmentOpen ? 'true' : 'false'} @click=${() => this.#requestCommitment(decision)}>
            ${m.recordCommitment}
          </button>`
        : nothing}
    </div>`;
  }

  #renderCommitment(decision: Decision): TemplateResult {
    return html`<credit-commitment
      subject=${decision.subjectId}
      case-number=${this.caseNumber ?? ''}
      endpoint=${this.endpoint ?? nothing}
      lang=${this.locale}
    ></credit-commitment>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-commitment-request': CustomEvent<CreditCommitmentRequestDetail>;
  }
}
