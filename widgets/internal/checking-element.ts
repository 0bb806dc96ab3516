/**
 * The base of the elements that check one subject (`<credit-flag>`, `<credit-check>`,
 * `<credit-gate>`): the shared attributes, one check through `@lit/task` (a new subject
 * or scenario aborts the check in flight), the reflected `outcome` / `loading`
 * attributes, and the `credit-result` / `credit-error` events.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Outcome, UnknownReason } from '../../src/contract/index.js';
import { isCreditInputError, reasonOf } from '../../src/client/errors.js';
import { unknownDecision } from '../../src/policy/unknown-decision.js';
import type { Decision } from '../../src/policy/decision.js';
import { displayId } from '../../src/ids/index.js';
import { getConfig } from '../../src/client/registry.js';
import type { QueryAuthorization } from '../../src/client/options.js';
import { CreditElement } from './credit-element.js';
import { emit, resultDetail, type CreditErrorDetail } from './events.js';
import { outcomeWords } from '../locales/outcome-words.js';
import { setBooleanAttribute } from './boolean-attribute.js';

/** The `credit-error` message: the reason's sentence, and for these reasons the facts that say what to fix. */
function errorMessage(sentence: string, decision: Decision): string {
  const facts: string[] = [];
  for (const w of decision.warnings) {
    if (w.code === 'invalid-scenario' && decision.reason === 'invalid-scenario') facts.push(`${w.data?.scenario ? `“${w.data.scenario}” ∉ ` : ''}${w.data?.known ?? ''}`);
    if (w.code === 'incomplete-record' && decision.reason === 'incomplete-record') facts.push(`${w.data?.recordId ?? ''} → ${w.data?.measure ?? w.data?.measureId ?? ''}`);
  }
  return facts.length ? `${sentence} (${facts.join('; ')})` : sentence;
}

/**
 * The attributes every checking element shares (documented here once; the manifest lists
 * them for each element). `endpoint` and `lang` come from CreditElement.
 *
 * @attr outcome - Reflected: the outcome once the check finished (`restricted` | `review` | `facilitated` | `clear` | `unknown`); removed while a new check runs.
 * @attr loading - Reflected: present while a check is in flight.
 */
export abstract class CheckingElement extends CreditElement {
  /** The subject's USCC or resident ID number, in any width or case. */
  @property() subject = '';
  /** The decision point (e.g. `government-procurement`); default: the page's `configure({ scenario })`. With neither, the check is `unknown` (`invalid-scenario`). */
  @property() scenario = '';
  /** Why the check is made; required for natural persons. */
  @property() purpose = '';
  /** The case (file) number, recorded in the ledger and sent with the element's writes (feedback, overrides). */
  @property({ attribute: 'case-number' }) caseNumber = '';

  /**
   * The authorisation of a person check (rules §1): `statutory-duty` (the department's
   * legal duty) or `subject-consent` (the person's written consent). Default: the page's
   * `configure({ authorization })`. A person check without one is refused before any request
   * (`unknown`, `authorization-required`).
   */
  @property() authorization = '';
  /** The authorisation's reference: the consent's 授权书编号 (required for `subject-consent`) or the duty's legal citation. */
  @property({ attribute: 'authorization-ref' }) authorizationRef = '';

  /** The authorisation the attributes give, or undefined (the client's default then applies). */
  protected get queryAuthorization(): QueryAuthorization | undefined {
    const basis = (this.authorization ?? '').trim();
    if (basis !== 'statutory-duty' && basis !== 'subject-consent') {
      if (basis) this.log('warn', `authorization must be "statutory-duty" or "subject-consent", got ${JSON.stringify(basis.slice(0, 40))}; using the page's default.`);
      return undefined;
    }
    const reference = (this.authorizationRef ?? '').trim();
    return reference ? { basis, reference } : { basis };
  }

  /** The check of the current subject. */
  protected readonly check = new Task(this, {
    task: async ([subject, scenario, purpose, caseNumber], { signal }) => {
      if (!subject.trim()) return initialState;
      // No scenario: the client uses the page's default, or answers invalid-scenario.
      const authorization = this.queryAuthorization;
      return this.client.check(subject, { scenario: scenario || undefined, purpose: purpose || undefined, caseNumber: caseNumber || undefined, signal, ...(authorization ? { authorization } : {}) });
    },
    args: () =>
      [this.subject ?? '', this.effectiveScenario, this.purpose ?? '', this.caseNumber ?? '', this.endpoint ?? '', this.configGeneration, this.authorization ?? '', this.authorizationRef ?? ''] as const,
    onComplete: (decision) => this.settle(decision as Decision),
    onError: (error) => {
      if ((error as Error)?.name === 'AbortError') return;
      // check() itself never rejects for platform failures or bad ids, so what arrives here
      // is a setup problem (no endpoint configured, a bad option): the platform cannot be
      // asked, which the clerk reads as "cannot reach the platform", not "bad code".
      const reason = isCreditInputError(error) ? 'network' : reasonOf(error);
      this.log(isCreditInputError(error) ? 'error' : 'warn', `the check could not run; showing unknown. ${(error as Error)?.message ?? ''}`);
      this.settle(this.failedDecision(reason));
    },
  });

  /** The scenario in use: the attribute, else the page's configured default, else '' (the check is then `invalid-scenario`). */
  protected get effectiveScenario(): string {
    return (this.scenario ?? '').trim() || (getConfig().scenario ?? '').trim();
  }

  /** The decision of the last finished check, if any (an `unknown` one when it failed). */
  protected get decision(): Decision | undefined {
    if (this.check.status === TaskStatus.COMPLETE) return this.check.value as Decision | undefined;
    if (this.check.status === TaskStatus.ERROR) return this.#errorDecision;
    return undefined;
  }

  /** True while a check is in flight. */
  protected get checking(): boolean {
    return this.check.status === TaskStatus.PENDING;
  }

  #errorDecision?: Decision;

  protected failedDecision(reason: UnknownReason): Decision {
    const d = unknownDecision(reason, { subjectId: displayId(this.subject ?? ''), scenario: this.effectiveScenario });
    this.#errorDecision = d;
    return d;
  }

  /** Runs the check again (the retry button of `unknown`). */
  retry(): void {
    void this.check.run();
  }

  /**
   * Reflects the state once per update: here the check controller has already started a
   * check for new arguments (its `hostUpdate` runs before `update`), so `loading` is current
   * and the render sees the same attributes as the page.
   */
  protected override update(changed: PropertyValues): void {
    this.reflectState();
    super.update(changed);
  }

  /** The `loading` and `outcome` attributes, for styling and tests. */
  protected reflectState(): void {
    const pending = this.checking;
    setBooleanAttribute(this, 'loading', pending);
    const outcome: Outcome | undefined = pending ? undefined : this.decision?.outcome;
    if (outcome) {
      if (this.getAttribute('outcome') !== outcome) this.setAttribute('outcome', outcome);
    } else if (this.hasAttribute('outcome')) {
      this.removeAttribute('outcome');
    }
  }

  /** A check finished: tell the page. */
  protected settle(decision: Decision): void {
    // The attributes first, so that a listener reading `outcome` sees the new state.
    setBooleanAttribute(this, 'loading', false);
    this.setAttribute('outcome', decision.outcome);
    emit(this, 'credit-result', resultDetail(decision));
    if (decision.outcome === 'unknown' && decision.reason) {
      const detail: CreditErrorDetail = { reason: decision.reason, message: errorMessage(outcomeWords(this.locale).reason[decision.reason], decision) };
      emit(this, 'credit-error', detail);
    }
    this.onDecision(decision);
  }

  /** Hook for subclasses: a decision arrived. */
  protected onDecision(_decision: Decision): void {}
}
