/**
 * The decision details (domain.md §10), shared by `<credit-check>` and the expanded rows
 * of `<credit-bidder-screen>` — one renderer, so the two never disagree.
 *
 * STABLE API (other elements import it; change only by adding optional fields):
 *
 * ```ts
 * renderDecisionDetails(decision: Decision, locale: Locale, options?: DecisionDetailsOptions): TemplateResult
 * decisionDetailsStyles: CSSResult          // add to the host element's `static styles`
 * otherRecords(decision): CreditRecord[]    // records that triggered no applied/suspended measure
 * freshnessWarnings(decision, hours, now?)  // decision.warnings with `stale-data` recomputed for a limit
 * measureKey(hit): string                   // stable key of a measure hit (for `repeat`)
 *
 * interface DecisionDetailsOptions {
 *   feedback?: (hit: MeasureHit) => TemplateResult | typeof nothing; // placed at the end of each APPLIED measure
 *   compact?: boolean;          // no subject block, denser layout (table rows)
 *   headingLevel?: number;      // aria-level of section headings (default 3); measure names get one more
 *   warnings?: DecisionWarning[]; // shown instead of decision.warnings (e.g. from freshnessWarnings)
 *   meta?: boolean;             // the closing data time / date / catalog version / query id block (default true)
 *   measure?: (hit, kind, index) => TemplateResult; // replaces the default measure item (<credit-check>'s cards)
 * }
 * renderRecordItem(record, locale, on)      // one record as the details show it
 * ```
 *
 * It renders, as text only (Lit bindings; no HTML from data): the subject (name, masked
 * id, kind, and for a USCC the registration authority / kind read from its first two
 * characters — shown, never used for a decision), the warnings, each applied measure
 * (name, direction, nature, effect, basis, implementer, remedy, the records behind it or
 * the proven clean years), each suspended measure with the objection note, the other
 * records, and the data time, evaluation date, catalog version and query id.
 *
 * Parts: `details` (the whole), `measure` (one applied or suspended measure), `record`
 * (one credit record). Pure: no element state, no events; safe to call in any template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CreditRecord } from '../../src/contract/index.js';
import type { Decision, DecisionWarning, MeasureHit } from '../../src/policy/decision.js';
import { isInForce } from '../../src/policy/in-force.js';
import { parseSubjectId } from '../../src/ids/index.js';
import { registrationNames } from '../../src/ids/registration-names.js';
import { shared, type SharedMessages } from '../locales/index.js';
import { decisionDetailsMessages, type DecisionDetailsMessages } from './decision-details-messages.js';
import { renderRepair } from './repair.js';
import { formatDate, formatDateTime, scenarioName, type Locale } from './locale.js';

export { decisionDetailsStyles } from './decision-details-styles.js';

export interface DecisionDetailsOptions {
  /** Rendered at the end of each APPLIED measure (e.g. the clerk's response controls). */
  feedback?: (hit: MeasureHit) => TemplateResult | typeof nothing;
  /** Leaves out the subject block and uses a denser layout (for table rows). */
  compact?: boolean;
  /** `aria-level` of the section headings (default 3); measure names get one level more. */
  headingLevel?: number;
  /** Warnings to show instead of `decision.warnings` (e.g. from {@link freshnessWarnings}). */
  warnings?: DecisionWarning[];
  /** Whether to end with the data time, evaluation date, catalog version and query id (default true). */
  meta?: boolean;
  /**
   * Renders one applied or suspended measure instead of the default item (an `<li>` with
   * `part="measure"`); `index` counts within its list. `<credit-check>` uses it for its
   * action-first measure cards.
   */
  measure?: (hit: MeasureHit, kind: 'applied' | 'suspended', index: number) => TemplateResult;
  /** Rendered at the end of each record (e.g. its objections and the objection form, rules §13). */
  record?: (record: CreditRecord) => TemplateResult | typeof nothing;
}

/** A stable key of a measure hit, unique within one decision's applied or suspended list. */
export function measureKey(hit: MeasureHit): string {
  return hit.measure.id;
}

/** The records that triggered no applied or suspended measure, in the platform's order. */
export function otherRecords(decision: Decision): CreditRecord[] {
  const used = new Set<string>();
  for (const hit of [...decision.applied, ...decision.suspended]) for (const r of hit.records) used.add(r.id);
  return decision.records.filter((r) => !used.has(r.id));
}

/**
 * `decision.warnings` with the `stale-data` warning recomputed for a freshness limit of
 * `hours`: present exactly when `asOf` is more than `hours` before `now`.
 */
export function freshnessWarnings(decision: Decision, hours: number, now: Date = new Date()): DecisionWarning[] {
  const rest = decision.warnings.filter((w) => w.code !== 'stale-data');
  if (!decision.asOf || !(hours > 0)) return rest;
  const asOf = Date.parse(decision.asOf);
  if (Number.isNaN(asOf)) return rest;
  const ageHours = (now.getTime() - asOf) / 3_600_000;
  return ageHours > hours ? [...rest, { code: 'stale-data', data: { hours: Math.floor(ageHours), limitHours: hours } }] : rest;
}

interface Ctx {
  locale: Locale;
  w: SharedMessages;
  m: DecisionDetailsMessages;
  level: number;
  on: string;
  options: DecisionDetailsOptions;
}

/** The decision details; see the module comment. */
export function renderDecisionDetails(decision: Decision, locale: Locale, options: DecisionDetailsOptions = {}): TemplateResult {
  const level = Math.min(Math.max(Math.trunc(options.headingLevel ?? 3), 1), 5);
  const ctx: Ctx = { locale, w: shared(locale), m: decisionDetailsMessages[locale], level, on: decision.on, options };
  const { w, m } = ctx;
  const warnings = options.warnings ?? decision.warnings;
  const others = otherRecords(decision);
  const hasMeasures = decision.applied.length > 0 || decision.suspended.length > 0;
  return html`<div part="details" class="details ${options.compact ? 'compact' : ''}" data-outcome=${decision.outcome}>
    ${options.compact ? nothing : renderSubject(decision, ctx)}
    ${warnings.length
      ? html`<div class="warnings-block">
          ${heading(level, m.warnings)}
          <ul class="warnings" part="warnings">
            ${warnings.map((x) => html`<li class="warning" data-code=${x.code}>${w.warning[x.code]?.(x.data ?? {}) ?? x.code}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${decision.applied.length
      ? html`<div class="measures-block applied">
          ${heading(level, w.field.applied)}
          <ul class="measures">
            ${repeat(decision.applied, measureKey, (hit, i) => (options.measure ? options.measure(hit, 'applied', i) : renderMeasure(hit, 'applied', ctx)))}
          </ul>
        </div>`
      : nothing}
    ${decision.suspended.length
      ? html`<div class="measures-block suspended">
          ${heading(level, w.field.suspended)}
          ${options.measure ? nothing : html`<p class="objection-note">${w.objectionNote}</p>`}
          <ul class="measures">
            ${repeat(decision.suspended, measureKey, (hit, i) => (options.measure ? options.measure(hit, 'suspended', i) : renderMeasure(hit, 'suspended', ctx)))}
          </ul>
        </div>`
      : nothing}
    ${!hasMeasures && decision.outcome !== 'unknown' ? html`<p class="no-measures">${m.noMeasures}</p>` : nothing}
    ${others.length
      ? html`<div class="records-block">
          ${heading(level, hasMeasures ? m.otherRecords : w.field.records)}
          <ul class="records">
            ${repeat(others, (r) => r.id, (r) => renderRecord(r, ctx))}
          </ul>
        </div>`
      : decision.records.length === 0 && decision.subject && !options.compact
        ? html`<p class="no-records">${m.noRecords}</p>`
        : nothing}
    ${options.meta === false ? nothing : renderMeta(decision, ctx)}
  </div>`;
}

function heading(level: number, text: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${level}>${text}</div>`;
}

function fact(label: string, value: unknown, cls = ''): TemplateResult | typeof nothing {
  if (value === null || value === undefined || value === '') return nothing;
  return html`<div class="fact ${cls}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderSubject(decision: Decision, ctx: Ctx): TemplateResult {
  const { w, m, locale } = ctx;
  const subject = decision.subject;
  const parsed = parseSubjectId(decision.subjectId, { locale });
  const details = parsed.type === 'uscc' && parsed.details ? registrationNames(parsed.details, locale) : undefined;
  const scenario = scenarioName(w, decision.scenario);
  return html`<dl class="facts subject">
    ${fact(m.name, subject ? subject.name : m.noSubject, 'name')}
    ${fact(w.field.id, decision.subjectId, 'id')}
    ${fact(w.field.kind, subject ? w.subjectKind[subject.kind] : null, 'kind')}
    ${details
      ? html`<div class="fact registration">
          <dt>${w.field.registration}</dt>
          <dd>${m.registration(details.authority, details.kind)} <span class="note">${m.registrationNote}</span></dd>
        </div>`
      : nothing}
    ${fact(w.field.scenario, scenario, 'scenario')}
  </dl>`;
}

function renderMeasure(hit: MeasureHit, kind: 'applied' | 'suspended', ctx: Ctx): TemplateResult {
  const { w, m, level, options } = ctx;
  const measure = hit.measure;
  return html`<li
    part="measure"
    class="measure"
    data-measure=${measure.id}
    data-state=${kind}
    data-direction=${measure.direction}
    data-effect=${measure.effect}
  >
    <div class="measure-name" role="heading" aria-level=${level + 1}>${measure.name}</div>
    <dl class="facts">
      ${fact(m.direction, w.direction[measure.direction], 'direction')}
      ${fact(m.nature, w.nature[measure.nature], 'nature')}
      ${fact(m.effect, w.effect[measure.effect], 'effect')}
      ${fact(w.field.implementer, measure.implementer, 'implementer')}
      <div class="fact basis">
        <dt>${w.field.basis}</dt>
        <dd>
          <ul class="basis-list">
            ${measure.basis.map((b) => html`<li>${b}</li>`)}
          </ul>
        </dd>
      </div>
      ${fact(w.field.remedy, measure.remedy, 'remedy')}
    </dl>
    ${kind === 'suspended' ? html`<p class="objection-note">${w.objectionNote}</p>` : nothing}
    ${hit.cleanYears ? html`<p class="clean-history">${w.cleanHistory(hit.cleanYears)}</p>` : nothing}
    ${hit.records.length
      ? html`<div class="measure-records">
          <div class="subheading">${m.triggeredBy}</div>
          <ul class="records">
            ${repeat(hit.records, (r) => r.id, (r) => renderRecord(r, ctx))}
          </ul>
        </div>`
      : nothing}
    ${kind === 'applied' && options.feedback ? options.feedback(hit) : nothing}
  </li>`;
}

/** One record as the details show it (for renderers of their own measure items). */
export function renderRecordItem(record: CreditRecord, locale: Locale, on: string, after?: DecisionDetailsOptions['record']): TemplateResult {
  return renderRecord(record, { locale, w: shared(locale), m: decisionDetailsMessages[locale], level: 3, on, options: after ? { record: after } : {} });
}

/** One record: list type, status, title, authority, document number, dates, severity/grade, persons. */
function renderRecord(record: CreditRecord, ctx: Ctx): TemplateResult {
  const { w, m, locale, on } = ctx;
  const lapsed = (record.status === 'active' || record.status === 'objection') && !!on && !isInForce(record, on) && record.listedOn <= on;
  const persons = record.responsiblePersons ?? [];
  return html`<li part="record" class="record" data-record=${record.id} data-list-type=${record.listType} data-status=${record.status}>
    <div class="record-head">
      <span class="list-type">${w.listType[record.listType] ?? record.listType}</span>
      <span class="status">${w.status[record.status] ?? record.status}</span>
      ${record.repairable === false ? html`<span class="not-repairable">${w.notRepairable}</span>` : nothing}
    </div>
    <p class="title">${record.title}</p>
    <dl class="facts">
      ${fact(w.field.authority, record.authority, 'authority')}
      ${fact(w.field.documentNumber, record.basis, 'document')}
      ${fact(w.field.listedOn, formatDate(locale, record.listedOn), 'listed-on')}
      ${fact(w.field.validUntil, record.validUntil ? formatDate(locale, record.validUntil) : w.untilClosed, 'valid-until')}
      ${fact(w.field.closedOn, record.closedOn ? formatDate(locale, record.closedOn) : null, 'closed-on')}
      ${fact(m.severity, record.severity ? w.severity[record.severity] : null, 'severity')}
      ${fact(m.grade, record.grade ? w.grade(record.grade) : null, 'grade')}
      ${persons.length
        ? html`<div class="fact persons">
            <dt>${w.field.responsiblePersons}</dt>
            <dd>${persons.map((p) => m.person(p.name, p.role)).join(m.separator)}</dd>
          </div>`
        : nothing}
    </dl>
    ${lapsed ? html`<p class="lapsed">${m.lapsed}</p>` : nothing}
    ${renderRepair(record, locale, on)}
    ${ctx.options.record ? ctx.options.record(record) : nothing}
  </li>`;
}

function renderMeta(decision: Decision, ctx: Ctx): TemplateResult {
  const { w, m, locale } = ctx;
  return html`<dl class="facts meta">
    ${fact(w.field.asOf, decision.asOf ? formatDateTime(locale, decision.asOf) : null, 'as-of')}
    ${fact(m.on, decision.on ? formatDate(locale, decision.on) : null, 'on')}
    ${fact(w.field.catalogVersion, decision.catalogVersion, 'catalog-version')}
    ${fact(w.field.queryId, decision.queryId, 'query-id')}
  </dl>`;
}
