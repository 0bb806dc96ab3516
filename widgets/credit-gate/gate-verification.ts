/**
 * The gate's way through an `unknown` decision (rules §7 "the gate, exactly", §12): the clerk
 * records a manual verification (`<credit-manual-verification>`); a `no-records` finding lets
 * the controls be used, `records-found` also needs a typed reason, as an override does. The
 * reason is asked in the same form (`asks-reason`) and reaches the platform in the
 * verification's note, in the same single write: an `unknown` decision carries no measures,
 * so there is no blocking measure to report `overridden` feedback for. The gate shows
 * 人工核查 — never a green result — and the decision stays `unknown`. A verification refused by
 * the platform lets nothing through: refused at once, the form keeps the draft and says why;
 * refused after it waited in the outbox (recorded offline), the form is open again holding what
 * was sent and the platform's reason (refused-verification.ts), sent only when the clerk sends it.
 *
 * Kept out of credit-gate.ts: the gate asks `allows(decision)`, `status(decision)` and
 * `render(decision)`, nothing more.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CreditClient } from '../../src/client/create-client.js';
import type { Decision } from '../../src/policy/decision.js';
import type { Locale } from '../internal/locale.js';
import { offersManualVerification, type CreditManualVerification, type CreditVerificationDetail } from '../internal/manual-verification.js';
import { resumeRefused } from '../internal/refused-verification.js';
import '../internal/manual-verification.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../internal/manual-verification-messages.js';
import type { MessageTable } from '../internal/locale.js';

interface GateVerificationWords {
  /** The status line once the clerk may proceed on a verification. */
  proceed: (finding: string) => string;
  /** The status line for a records-found verification without a reason (one recorded elsewhere, or an older page's). */
  needsReason: string;
}

const WORDS: MessageTable<GateVerificationWords> = {
  'zh-CN': {
    proceed: (finding) => `人工核查：${finding}。系统核查结果仍为“未核查”，可依人工核查结果办理。`,
    needsReason: '人工核查发现失信记录：须说明理由后方可继续办理。',
  },
  'zh-Hant': {
    proceed: (finding) => `人工核查：${finding}。系統核查結果仍為「未核查」，可依人工核查結果辦理。`,
    needsReason: '人工核查發現失信記錄：須說明理由後方可繼續辦理。',
  },
  en: {
    proceed: (finding) => `Manual verification: ${finding}. The system check stays unchecked; you may proceed on the manual verification.`,
    needsReason: 'The manual verification found records: give a reason before proceeding.',
  },
};

/** What the clerk recorded for one decision: the verification, and the reason for records-found. */
export interface GateManualVerification extends CreditVerificationDetail {
  /** The typed reason to proceed (records-found only; sent as the note's last line). */
  reason?: string;
}

export class GateVerification {
  /** The form is open. */
  open = false;
  #recorded: GateManualVerification | null = null;
  /** The decision the verification is for (a new check needs a new verification). */
  #for: Decision | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly locale: Locale };
  readonly #changed: () => void;
  readonly #client: () => CreditClient | null;

  /** `client`: the gate's client (whose outbox says why a write was refused). */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly locale: Locale }, changed: () => void, client: () => CreditClient | null) {
    this.#host = host;
    this.#changed = changed;
    this.#client = client;
  }

  /** The manual verification recorded for `decision` (also a refused one, `state: 'rejected'`), or null. */
  of(decision: Decision | null | undefined): GateManualVerification | null {
    const d = decision;
    const f = this.#for;
    if (!d || !f || !this.#recorded) return null;
    return f === d || (!!d.queryId && f.queryId === d.queryId) ? this.#recorded : null;
  }

  /** Whether a manual verification lets the clerk proceed on `decision` (unknown only). */
  allows(decision: Decision | null | undefined): boolean {
    const v = this.of(decision);
    if (!v || decision?.outcome !== 'unknown' || v.state === 'rejected') return false;
    return v.verification.finding === 'no-records' || !!v.reason;
  }

  /** The gate's status sentence for a verified unknown decision, or null. */
  status(decision: Decision): string | null {
    const v = this.of(decision);
    if (!v || v.state === 'rejected') return null;
    const w = WORDS[this.#host.locale];
    const finding = MANUAL_VERIFICATION_MESSAGES[this.#host.locale].finding[v.verification.finding];
    return this.allows(decision) ? w.proceed(finding) : w.needsReason;
  }

  #update(): void {
    this.#host.requestUpdate();
    this.#changed();
  }

  #onVerification = (decision: Decision, event: CustomEvent<CreditVerificationDetail>): void => {
    this.#for = decision;
    this.#recorded = event.detail;
    if (event.detail.state !== 'rejected') this.open = false;
    // Refused after waiting in the outbox: the form is open again, holding it (nothing is sent).
    else if (resumeRefused(event.currentTarget as CreditManualVerification, event.detail, this.#client())) this.open = true;
    this.#update();
  };

  #openForm(): void {
    this.open = true;
    this.#update();
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>('credit-manual-verification')?.focus());
  }

  #close(): void {
    this.open = false;
    this.#update();
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>('button.manual-verification')?.focus());
  }

  /** The manual verification part of the gate's notice for an `unknown` decision. */
  render(decision: Decision, caseNumber: string, endpoint: string | undefined): TemplateResult | typeof nothing {
    if (!offersManualVerification(decision)) return nothing;
    const m = MANUAL_VERIFICATION_MESSAGES[this.#host.locale];
    const found = this.of(decision);
    // A refused verification is no verification: the form (its draft) and the button to open it, as before one.
    const v = found && found.state !== 'rejected' ? found : null;
    const form = html`<credit-manual-verification
      part="manual-verification"
      lang=${this.#host.locale}
      endpoint=${endpoint || nothing}
      case-number=${caseNumber || nothing}
      asks-reason
      .decision=${decision}
      ?hidden=${!this.open && !v}
      @credit-verification=${(e: CustomEvent<CreditVerificationDetail>) => this.#onVerification(decision, e)}
      @cancel=${() => this.#close()}
    ></credit-manual-verification>`;
    // One template whatever the state: the form element stays the same one (a second template
    // would make a new, empty form once a verification is recorded, and the recorded write
    // would no longer be followed — a refusal after it waited in the outbox went unheard).
    return html`${v || this.open
      ? nothing
      : html`<div class="actions"><button type="button" class="manual-verification" @click=${() => this.#openForm()}>${m.open}</button></div>`}${form}`;
  }
}
