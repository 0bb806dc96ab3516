/**
 * One measure of `<credit-check>` as an action-first card (issue 18): the measure's name and
 * one line of what to do, one line of why (the record behind it, or the clean years), then
 * the clerk's response controls; the implementer, basis, remedy and the records behind it
 * sit behind a disclosure button, collapsed by default (disclosure.ts: rendered once opened, then
 * kept hidden while closed, so that an objection being typed survives). Across the cards of one decision
 * each basis passage and each remedy is shown once: a later card names the earlier measure
 * instead of repeating it.
 *
 * Pure: the element owns the state (which cards are open) and hands in the response
 * controls; `measurePassages()` decides which passages each card shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Decision, MeasureHit } from '../../src/policy/decision.js';
import type { CreditRecord } from '../../src/contract/index.js';
import { renderRecordItem } from '../internal/decision-details.js';
import type { Locale } from '../internal/locale.js';
import { shared } from '../locales/index.js';
import { CARD_MESSAGES } from './card-messages.js';
import { disclosureButton, disclosureRegion } from './disclosure.js';

/** The measure id of 容缺受理 in the default catalog (domain.md §8). */
export const TOLERANT_ACCEPTANCE = 'I-TOLERANT-ACCEPTANCE';

/** What one card shows of its basis and remedy: the passages not shown before, and where the rest was. */
export interface CardPassages {
  basis: string[];
  /** Passages already shown under an earlier card: how many, and that card's measure name. */
  sharedBasis: { count: number; with: string } | null;
  /** The remedy, or null when an earlier card showed the same one (`remedyWith` names it). */
  remedy: string | null;
  remedyWith: string | null;
}

/** Each passage once: per card (applied first, then suspended, in order), what it shows. */
export function measurePassages(decision: Decision): Map<MeasureHit, CardPassages> {
  const shownBasis = new Map<string, string>();
  const shownRemedy = new Map<string, string>();
  const result = new Map<MeasureHit, CardPassages>();
  for (const hit of [...decision.applied, ...decision.suspended]) {
    const m = hit.measure;
    const basis: string[] = [];
    let sharedCount = 0;
    let sharedWith = '';
    for (const passage of m.basis) {
      const key = passage.trim();
      const earlier = shownBasis.get(key);
      if (earlier !== undefined && earlier !== m.name) {
        sharedCount++;
        sharedWith ||= earlier;
      } else if (earlier === undefined) {
        shownBasis.set(key, m.name);
        basis.push(passage);
      }
    }
    const remedyKey = (m.remedy ?? '').trim();
    const remedyWith = remedyKey ? shownRemedy.get(remedyKey) ?? null : null;
    if (remedyKey && !remedyWith) shownRemedy.set(remedyKey, m.name);
    result.set(hit, {
      basis,
      sharedBasis: sharedCount ? { count: sharedCount, with: sharedWith } : null,
      remedy: remedyWith ? null : m.remedy ?? null,
      remedyWith,
    });
  }
  return result;
}

export interface MeasureCardInput {
  hit: MeasureHit;
  kind: 'applied' | 'suspended';
  index: number;
  locale: Locale;
  /** The evaluation date (for a record's lapsed note). */
  on: string;
  passages: CardPassages;
  /** aria-level of the measure name. */
  level: number;
  open: boolean;
  /** Opened before (for this decision): the region keeps its content while closed, hidden — an objection being typed is still there. */
  opened: boolean;
  onToggle: () => void;
  /** The response controls (applied measures). */
  feedback?: TemplateResult | typeof nothing;
  /** Rendered at the end of each record (its objections, rules §13). */
  record?: (record: CreditRecord) => TemplateResult | typeof nothing;
}

/** The one line of what to do. */
export function todoLine(hit: MeasureHit, kind: 'applied' | 'suspended', locale: Locale): string {
  const c = CARD_MESSAGES[locale];
  if (kind === 'suspended') return c.suspended;
  if (hit.measure.id === TOLERANT_ACCEPTANCE) return c.todoTolerant;
  return c.todo(hit.measure.direction, hit.measure.nature === 'mandatory', hit.measure.effect);
}

/** The one line of why: the first record behind the measure, or the proven clean years. */
export function whyLine(hit: MeasureHit, locale: Locale): string | null {
  const w = shared(locale);
  const first = hit.records[0];
  if (first) return CARD_MESSAGES[locale].whyRecord(w.listType[first.listType] ?? first.listType, first.title, hit.records.length - 1);
  return hit.cleanYears ? w.cleanHistory(hit.cleanYears) : null;
}

export function renderMeasureCard(input: MeasureCardInput): TemplateResult {
  const { hit, kind, index, locale, passages, open } = input;
  const w = shared(locale);
  const c = CARD_MESSAGES[locale];
  const m = hit.measure;
  const why = whyLine(hit, locale);
  const regionId = `more-${kind}-${index}`;
  const total = m.basis.length;
  return html`<li
    part="measure"
    class="measure card"
    data-measure=${m.id}
    data-state=${kind}
    data-direction=${m.direction}
    data-nature=${m.nature}
    data-effect=${m.effect}
  >
    <div class="card-head">
      <span class="measure-name" role="heading" aria-level=${input.level}>${m.name}</span>
      <span class="tags">${w.nature[m.nature]} · ${w.effect[m.effect]}</span>
    </div>
    <p class="todo">${todoLine(hit, kind, locale)}</p>
    ${why ? html`<p class="why">${why}</p>` : nothing}
    <div class="card-actions">
      ${input.feedback ?? nothing}
      ${disclosureButton(open, regionId, c.more(total), input.onToggle)}
    </div>
    ${disclosureRegion(
      regionId,
      open,
      input.opened,
      () => html`<dl class="facts">
        ${m.implementer ? html`<div class="fact implementer"><dt>${w.field.implementer}</dt><dd>${m.implementer}</dd></div>` : nothing}
        <div class="fact basis">
          <dt>${w.field.basis}</dt>
          <dd>
            ${passages.basis.length ? html`<ul class="basis-list">${passages.basis.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
            ${passages.sharedBasis ? html`<p class="same">${c.sameBasis(passages.sharedBasis.count, passages.sharedBasis.with)}</p>` : nothing}
          </dd>
        </div>
        ${passages.remedy
          ? html`<div class="fact remedy"><dt>${w.field.remedy}</dt><dd>${passages.remedy}</dd></div>`
          : passages.remedyWith
            ? html`<div class="fact remedy"><dt>${w.field.remedy}</dt><dd class="same">${c.sameRemedy(passages.remedyWith)}</dd></div>`
            : nothing}
      </dl>
      ${hit.records.length
        ? html`<ul class="records">
            ${repeat(hit.records, (r) => r.id, (r) => renderRecordItem(r, locale, input.on, input.record))}
          </ul>`
        : nothing}`,
    )}
  </li>`;
}
