/**
 * `<credit-flag>`: the tiny inline flag beside a name in a table cell or a form field.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Decision } from '../../src/policy/decision.js';
import { displayId } from '../../src/ids/index.js';
import { CheckingElement } from '../internal/checking-element.js';
import { formatDateTime, scenarioName } from '../internal/locale.js';
import { outcomeIcon } from '../internal/outcome-icon.js';
import { themeStyles } from '../internal/theme.js';
import { nameDiffers } from '../internal/same-name.js';
import { outcomeWords } from '../locales/outcome-words.js';
import type { FlagDetailsKit, FlagManual, FlagState } from './flag-details.js';
import { FLAG_MESSAGES, type FlagMessages } from './messages.js';

/** What the popover's content module renders with (see `flag-details.ts`). */
const DETAILS_KIT: FlagDetailsKit = { html, nothing, outcomeIcon, formatDateTime, scenarioName };

type FlagDetailsModule = typeof import('./flag-details.js');

/** The popover's content, once loaded (shared by every flag on the page). */
let detailsModule: FlagDetailsModule | undefined;
let detailsLoading: Promise<FlagDetailsModule> | undefined;

/** Loads the popover's content module once; a failed load is tried again on the next request. */
function loadDetails(): Promise<FlagDetailsModule> {
  detailsLoading ??= import('./flag-details.js').then(
    (module) => (detailsModule = module),
    (error: unknown) => {
      detailsLoading = undefined;
      throw error;
    },
  );
  return detailsLoading;
}

/**
 * @tagname credit-flag
 * @summary An inline credit flag: the outcome as an icon and a short word, with the details
 * (subject, masked code, measures and their basis, data time) in a popover that opens on
 * hover, focus, click, Enter or Space. Many flags on one page share batched requests.
 *
 * Light-DOM content is a fallback for pages where the script failed to load
 * (`<credit-flag subject="…">信用核查组件未加载</credit-flag>`): the element has no slot, so
 * once it upgrades that text is no longer rendered.
 *
 *
 * @fires credit-result - A check finished; `detail` is the decision (person ids masked).
 * @fires credit-error - A check could not be completed; `detail` is `{ reason, message }`.
 * @fires credit-verification - A manual verification (人工核查) recorded from the popover of an `unknown` flag: `detail` is `{ verification, state, key }` (person ids masked), once per delivery state.
 *
 * @attr subject-name - The name shown beside the flag; when the platform's registered name differs, the badge gets a warning mark (as for a suspect code).
 *
 * @csspart base - The wrapper around the badge and the popover.
 * @csspart badge - The button showing the outcome; it opens the details.
 * @csspart verify - The warning mark (⚠) on the badge: a suspect code, or a registered name that differs from `subject-name`.
 * @csspart icon - The outcome's icon (one shape per outcome).
 * @csspart label - The outcome word.
 * @csspart details - The popover with the details.
 *
 * @cssprop --credit-flag-popover-width - Width of the details popover (default 22em).
 */
export class CreditFlag extends CheckingElement {
  // The details are positioned fixed by anchored-popover.ts (in the top layer where the
  // Popover API exists), so table cells with overflow: hidden and stacking contexts cannot
  // hide them; it hands the position over in --_popover-* custom properties.
  // right/bottom/margin undo the UA's [popover] centring.
  static override styles = [
    themeStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
        vertical-align: middle;
      }
      .base {
        display: inline-flex;
        align-items: center;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        min-height: 24px;
        padding: 0 0.4em;
        border: 1px solid var(--_c, var(--_border));
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_c, var(--_text));
        font-size: 0.92em;
        line-height: 1.4;
        white-space: nowrap;
      }
      .label {
        color: var(--_text);
      }
      .verify-mark {
        color: var(--_review);
        font-weight: 700;
      }
      .details {
        position: fixed;
        z-index: 2147483647;
        left: var(--_popover-left, auto);
        top: var(--_popover-top, auto);
        right: auto;
        bottom: auto;
        margin: 0;
        overflow: auto;
        width: var(--credit-flag-popover-width, 22em);
        max-width: var(--_popover-max-width, calc(100vw - 16px));
        max-height: var(--_popover-max-height, none);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_c, var(--_border));
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
        white-space: normal;
        text-align: start;
      }
      .details[hidden] {
        display: none;
      }
      .details p,
      .details ul,
      .details dl {
        margin: 0 0 calc(var(--_space) / 2);
      }
      .title {
        font-weight: 600;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 var(--_space);
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ul {
        padding-inline-start: 1.2em;
      }
      .measure {
        font-weight: 600;
      }
      .basis,
      .muted,
      .as-of {
        color: var(--_muted);
        font-size: 0.92em;
      }
      .warning {
        font-size: 0.92em;
      }
      @media (forced-colors: active) {
        .badge,
      .details {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** The name shown beside the flag: a registered name that differs puts a warning mark on the badge (需核对). */
  @property({ attribute: 'subject-name' }) subjectName = '';

  /** Whether the details popover is shown. */
  @state() private open = false;
  /** Opened by a click, Enter or Space: stays open when the pointer or focus leaves. */
  #pinned = false;
  #hovered = false;
  #focusWithin = false;
  /** Focus that we move ourselves (Escape) must not reopen the popover. */
  #suppressFocusOpen = false;

  /**
   * 人工核查 of the current `unknown` decision (rules §12), made from the popover. Its form
   * stays in the (hidden) popover while it is closed: nothing typed is lost, and the form
   * stays connected, so it still follows the outbox and reports `sent` to the page.
   */
  #manual: FlagManual | undefined;

  /** Stops positioning the open popover (set while it is anchored). */
  #unanchor: (() => void) | undefined;

  private get badge(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.badge') ?? null;
  }

  constructor() {
    super();
    this.addEventListener('mouseenter', () => {
      this.#hovered = true;
      this.show(false);
    });
    this.addEventListener('mouseleave', () => {
      this.#hovered = false;
      if (!this.#pinned && !this.#focusWithin) this.hide();
    });
    this.addEventListener('focusin', () => {
      this.#focusWithin = true;
      if (this.#suppressFocusOpen) {
        this.#suppressFocusOpen = false;
        return;
      }
      this.show(false);
    });
    this.addEventListener('focusout', (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && (next === this || this.contains(next) || this.shadowRoot?.contains(next))) return;
      this.#focusWithin = false;
      if (!this.#hovered) this.hide();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  /** Opens the details popover (`pin`: keep it open when pointer and focus leave). */
  show(pin = true): void {
    this.#requestDetails();
    if (pin) this.#pinned = true;
    if (this.open) return;
    this.open = true;
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
    document.addEventListener('pointerdown', this.#onDocumentPointerdown, true);
  }

  /** Closes the details popover. */
  hide(): void {
    this.#pinned = false;
    if (!this.open) return;
    this.open = false;
    this.#unanchor?.();
    this.#unanchor = undefined;
    document.removeEventListener('keydown', this.#onDocumentKeydown, true);
    document.removeEventListener('pointerdown', this.#onDocumentPointerdown, true);
  }

  /** Starts loading the popover's content (first hover, focus, click, Enter or Space); renders again once it is there. */
  #requestDetails(): void {
    if (detailsModule) return;
    loadDetails().then(
      () => this.requestUpdate(),
      (error: unknown) => this.log('warn', 'the details could not be loaded; they are tried again on the next opening.', error),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Placed beside the badge (fixed, in the top layer where it exists) once the popover's
    // module is there, and kept there while the page scrolls or resizes, until hide().
    if (!this.open || !detailsModule || this.#unanchor) return;
    const details = this.renderRoot.querySelector<HTMLElement>('.details');
    if (details) this.#unanchor = detailsModule.anchorPopover(this.badge!, details);
  }

  #onBadgeClick = (): void => {
    // A click (or Enter / Space) on a popover that hover or focus opened pins it;
    // on a pinned one it closes it.
    if (this.open && this.#pinned) this.hide();
    else this.show(true);
  };

  /** Escape closes the popover from anywhere (also when only hovering) and returns focus to the badge. */
  #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    const focusInside = this.#focusWithin;
    this.hide();
    if (focusInside) {
      event.stopPropagation();
      const badge = this.badge;
      if (badge && this.shadowRoot?.activeElement !== badge) {
        this.#suppressFocusOpen = true;
        badge.focus();
      }
    }
  };

  #onDocumentPointerdown = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.hide();
  };

  #onRetry = (): void => {
    // The retry button disappears while the check runs: keep focus (and the popover) on the flag.
    this.#suppressFocusOpen = this.shadowRoot?.activeElement !== this.badge;
    this.badge?.focus();
    this.retry();
  };

  #onOpenManual = (): void => {
    const manual = this.#manual;
    if (!manual) return;
    manual.open = true;
    // Filling in a form: the popover stays open when the pointer leaves.
    this.#pinned = true;
    this.requestUpdate();
    void this.updateComplete.then(() => manual.form.focus());
  };

  #onManualChanged = (what: 'recorded' | 'cancel'): void => {
    // Keep focus (and so the popover) on the flag while the form turns into the record,
    // or on the 记录人工核查 button after Cancel.
    if (what === 'recorded') this.renderRoot.querySelector<HTMLElement>('.details')?.focus();
    this.requestUpdate();
    if (what === 'cancel') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.manual-verification')?.focus());
  };

  /** The manual verification of `decision` (made on first need, once the popover's module is there), kept in step with the flag. */
  #manualFor(decision: Decision | undefined): FlagManual | undefined {
    if (!detailsModule || !decision || decision.outcome !== 'unknown') return undefined;
    if (!detailsModule.manualIsFor(this.#manual, decision)) this.#manual = detailsModule.createManual(decision, this.#onManualChanged, () => this.clientOrNull);
    const form = this.#manual?.form;
    if (form) {
      if (form.lang !== this.locale) form.lang = this.locale;
      if ((form.endpoint ?? '') !== (this.endpoint ?? '')) form.endpoint = this.endpoint || undefined;
      if (form.caseNumber !== (this.caseNumber ?? '')) form.caseNumber = this.caseNumber ?? '';
    }
    return this.#manual;
  }

  /** Whether a manual verification is recorded for the shown `unknown` decision (the badge then says 人工核查, never a green word). */
  get #manuallyVerified(): boolean {
    return !!detailsModule && this.decision?.outcome === 'unknown' && detailsModule.isManuallyVerified(this.#manual, this.decision);
  }

  get #messages(): FlagMessages {
    return FLAG_MESSAGES[this.locale];
  }

  get #state(): FlagState {
    if (this.checking) return 'loading';
    return this.decision?.outcome ?? (this.subject?.trim() ? 'loading' : 'idle');
  }

  protected override renderContent(): TemplateResult {
    const flagState = this.#state;
    const m = this.#messages;
    const w = outcomeWords(this.locale);
    const manual = flagState === 'unknown' && this.#manuallyVerified;
    const word = flagState === 'loading' ? w.loading : flagState === 'idle' ? w.outcome.unknown : manual ? m.manualVerified : w.outcome[flagState];
    const name = flagState === 'loading' ? m.badgeLoading : flagState === 'idle' ? m.badgeIdle(word) : m.badge(word);
    const shape = flagState === 'idle' ? 'unknown' : flagState;
    // A suspect code or a name that differs from the registered one: a mark on the badge, also in its name.
    const d = flagState === 'loading' || flagState === 'idle' ? undefined : this.decision;
    const verify = !!d && d.outcome !== 'unknown' && (d.warnings.some((x) => x.code === 'suspect-id') || nameDiffers(this.subjectName, d.subject?.name));
    return html`<span part="base" class="base" data-outcome=${shape} data-verification=${manual ? 'manual' : nothing}
      ><span role="status"
        ><button
          part="badge"
          class="badge"
          type="button"
          aria-label=${verify ? `${name}；${m.verify}` : name}
          data-verify=${verify ? 'true' : nothing}
          aria-haspopup="dialog"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${this.open || this.#manual ? 'details' : nothing}
          @click=${this.#onBadgeClick}
        >
          ${outcomeIcon(shape)}<span part="label" class=${flagState === 'loading' ? 'label visually-hidden' : 'label'}>${word}</span>${verify
            ? html`<span part="verify" class="verify-mark" aria-hidden="true">⚠</span>`
            : nothing}
        </button></span
      >${this.open || this.#manual
        ? // Only while it has something to show (open, or a 人工核查 draft to keep): 500 closed flags
          // on a page then cost one element less each to create, style and lay out.
          html`<div part="details" id="details" class="details" data-outcome=${shape} role="dialog" aria-labelledby="details-title" tabindex="0" ?hidden=${!this.open}>
            ${this.open ? this.#renderDetails(flagState) : (this.#manual?.form ?? nothing)}
          </div>`
        : nothing}</span
    >`;
  }

  #renderDetails(flagState: FlagState): TemplateResult {
    if (detailsModule) {
      return detailsModule.renderFlagDetails(DETAILS_KIT, {
        locale: this.locale,
        messages: this.#messages,
        state: flagState,
        decision: this.decision,
        id: displayId(this.subject ?? ''),
        onRetry: this.#onRetry,
        manual: flagState === 'unknown' ? this.#manualFor(this.decision ?? undefined) : undefined,
        onOpenManual: this.#onOpenManual,
      });
    }
    // The content is still loading (first opening): the title and the loading sentence.
    const m = this.#messages;
    const d = flagState === 'loading' || flagState === 'idle' ? undefined : this.decision;
    return html`<p class="title" id="details-title">${d?.subject?.name || m.detailsTitle}</p>
      <p>${flagState === 'idle' ? m.noSubject : m.loadingDetails}</p>`;
  }
}
