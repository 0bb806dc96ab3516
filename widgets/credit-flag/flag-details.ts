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
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { Outcome } from '../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import type { formatDateTime, Locale, scenarioName } from '../internal/locale.js';
import type { outcomeIcon } from '../internal/outcome-icon.js';
import { shared, type SharedMessages } from '../locales/index.js';
import type { FlagMessages } from './messages.js';

/** The positioning of the popover (Floating UI) comes with its content, on the first opening. */
export { anchorPopover } from '../internal/anchored-popover.js';

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
}

/** The popover's content; the element it goes into is labelled by `#details-title`. */
export function renderFlagDetails(kit: FlagDetailsKit, input: FlagDetailsInput): TemplateResult {
  const { html, nothing, outcomeIcon, formatDateTime, scenarioName } = kit;
  const { locale, messages: m, state, decision, onRetry } = input;
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
  return html`<p class="title" id="details-title">${title}</p>
    <p class="sentence">${outcomeIcon(d.outcome)}<span>${w.outcomeSentence[d.outcome]}</span></p>
    <dl>
      ${id ? html`<dt>${w.field.id}</dt><dd>${id}</dd>` : nothing}
      ${d.subject ? html`<dt>${w.field.kind}</dt><dd>${w.subjectKind[d.subject.kind]}</dd>` : nothing}
      <dt>${w.field.scenario}</dt><dd>${scenarioName(w, d.scenario)}</dd>
    </dl>
    ${d.outcome === 'unknown'
      ? html`<p>${d.reason ? w.reason[d.reason] : w.verifyManually}</p>
          <p><button type="button" class="retry" @click=${onRetry}>${w.retry}</button></p>`
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
