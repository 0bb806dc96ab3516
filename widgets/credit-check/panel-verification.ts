/**
 * 人工核查 in the decision panel (rules §12): for an `unknown` decision the clerk cannot fix
 * by correcting the input, a button opens `<credit-manual-verification>`; once recorded the
 * banner's word is 人工核查 and the verification is shown under it. The decision's outcome
 * stays `unknown` (the panel keeps `data-outcome="unknown"`, never a green result).
 *
 * A verification recorded offline and refused by the platform once the outbox delivered it
 * comes back into the form (refused-verification.ts): open, holding what was sent and the
 * platform's reason, sent again only when the clerk sends it.
 *
 * Kept out of credit-check.ts: the panel asks `word(decision)` and `render(decision, …)`.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CreditClient } from '../../src/client/create-client.js';
import type { Decision } from '../../src/policy/decision.js';
import type { Locale } from '../internal/locale.js';
import { offersManualVerification, type CreditManualVerification, type CreditVerificationDetail } from '../internal/manual-verification.js';
import { resumeRefused } from '../internal/refused-verification.js';
import '../internal/manual-verification.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../internal/manual-verification-messages.js';

export class PanelVerification {
  open = false;
  #recorded: CreditVerificationDetail | null = null;
  #for: Decision | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly locale: Locale };
  readonly #client: () => CreditClient | null;

  /** `client`: the panel's client (whose outbox says why a write was refused). */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly locale: Locale }, client: () => CreditClient | null) {
    this.#host = host;
    this.#client = client;
  }

  /** The verification recorded for `decision` (not rejected), or null. */
  of(decision: Decision | null | undefined): CreditVerificationDetail | null {
    const f = this.#for;
    if (!decision || !f || !this.#recorded || this.#recorded.state === 'rejected') return null;
    return f === decision || (!!decision.queryId && f.queryId === decision.queryId) ? this.#recorded : null;
  }

  /** The banner's word for a verified decision (人工核查), or null. */
  word(decision: Decision): string | null {
    return this.of(decision) ? MANUAL_VERIFICATION_MESSAGES[this.#host.locale].title : null;
  }

  render(decision: Decision, caseNumber: string, endpoint: string | undefined): TemplateResult | typeof nothing {
    if (!offersManualVerification(decision)) return nothing;
    const m = MANUAL_VERIFICATION_MESSAGES[this.#host.locale];
    const recorded = this.of(decision);
    const focus = (selector: string) =>
      void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
    return html`<div part="manual-verification" class="manual-verification-box">
      ${this.open || recorded
        ? nothing
        : html`<div class="actions"><button type="button" class="manual-verification" @click=${() => {
            this.open = true;
            this.#host.requestUpdate();
            focus('credit-manual-verification');
          }}>${m.open}</button></div>`}
      <credit-manual-verification
        lang=${this.#host.locale}
        endpoint=${endpoint || nothing}
        case-number=${caseNumber || nothing}
        .decision=${decision}
        ?hidden=${!this.open && !recorded}
        @credit-verification=${(e: CustomEvent<CreditVerificationDetail>) => {
          this.#for = decision;
          this.#recorded = e.detail;
          if (e.detail.state !== 'rejected') this.open = false;
          // Refused after waiting in the outbox: the form is open again, holding it (nothing is sent).
          else if (resumeRefused(e.currentTarget as CreditManualVerification, e.detail, this.#client())) this.open = true;
          this.#host.requestUpdate();
        }}
        @cancel=${() => {
          this.open = false;
          this.#host.requestUpdate();
          focus('button.manual-verification');
        }}
      ></credit-manual-verification>
    </div>`;
  }
}
