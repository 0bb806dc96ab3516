/**
 * The written notice (书面告知书) the Qinghai text requires before a credit punishment
 * measure is applied (青政办〔2021〕36号: "采取失信惩戒措施前，应当书面告知实施理由、依据和
 * 救济途径"): the subject, each punishment measure that applies with its reason (the
 * records behind it), basis and remedy, the suspended ones, the general remedies
 * (objection, repair, reconsideration, lawsuit) and the notifying department.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditRecord } from '../../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../../src/policy/decision.js';
import { shared } from '../../locales/index.js';
import { formatDate, formatDateTime, scenarioName, type Locale } from '../locale.js';
import { printMessages } from './messages.js';

export interface NoticeMeta {
  locale: Locale;
  /** The notifying department (printed beside the seal line). */
  department?: string | null;
  caseNumber?: string | null;
  /** Date of the notice; default today. */
  printedAt?: Date;
}

/** The punishment measures a notice is about: applied ones. */
export function noticeMeasures(decision: Decision): MeasureHit[] {
  return decision.applied.filter((h) => h.measure.direction === 'punishment');
}

function recordSentence(record: CreditRecord, locale: Locale): string {
  const w = shared(locale);
  const p = printMessages[locale];
  return p.noticeRecord({
    authority: record.authority,
    title: record.title,
    listType: w.listType[record.listType] ?? record.listType,
    document: record.basis ?? null,
    listedOn: formatDate(locale, record.listedOn),
    validUntil: record.validUntil ? formatDate(locale, record.validUntil) : w.untilClosed,
  });
}

function measureBlock(hit: MeasureHit, n: number, locale: Locale): TemplateResult {
  const w = shared(locale);
  const p = printMessages[locale];
  const m = hit.measure;
  return html`<li class="measure" data-measure=${m.id}>
    <div class="name label">${p.noticeMeasure(n, m.name)}</div>
    <div class="reason"><span class="label">${p.noticeReason}</span>
      ${hit.records.length
        ? html`<ul>${hit.records.map((r) => html`<li>${recordSentence(r, locale)}</li>`)}</ul>`
        : html`<p>${p.noticeCleanReason}</p>`}
    </div>
    <div class="basis"><span class="label">${w.field.basis}</span>
      <ul>${m.basis.map((b) => html`<li>${b}</li>`)}</ul>
    </div>
    ${m.implementer ? html`<div class="implementer"><span class="label">${w.field.implementer}</span> <p>${m.implementer}</p></div>` : nothing}
    ${m.remedy ? html`<div class="remedy"><span class="label">${w.field.remedy}</span> <p>${m.remedy}</p></div>` : nothing}
  </li>`;
}

/** The written notice for one decision. */
export function renderWrittenNotice(decision: Decision, meta: NoticeMeta): TemplateResult {
  const { locale } = meta;
  const w = shared(locale);
  const p = printMessages[locale];
  const applied = noticeMeasures(decision);
  const suspended = decision.suspended;
  const scenario = scenarioName(w, decision.scenario);
  const printed = meta.printedAt ?? new Date();
  return html`<article class="document notice" data-query-id=${decision.queryId ?? ''}>
    <h1>${p.noticeTitle}</h1>
    <p class="addressee">${p.addressee(decision.subject?.name ?? decision.subjectId, decision.subjectId)}</p>
    <p class="intro">
      ${p.noticeIntro(scenario, decision.queryId ?? p.notGiven, decision.asOf ? formatDateTime(locale, decision.asOf) : p.notGiven)}
    </p>
    ${meta.caseNumber ? html`<p class="case-number">${p.noticeCase(meta.caseNumber)}</p>` : nothing}
    ${applied.length
      ? html`<h2>${p.noticeMeasures}</h2>
          <ol class="measures">
            ${applied.map((hit, i) => measureBlock(hit, i + 1, locale))}
          </ol>`
      : html`<p class="none">${p.noticeNone}</p>`}
    ${suspended.length
      ? html`<p class="suspended-note">${p.noticeSuspended}</p>
          <ul class="suspended">
            ${suspended.map((h) => html`<li data-measure=${h.measure.id}>${h.measure.name}</li>`)}
          </ul>`
      : nothing}
    <h2>${w.field.remedy}</h2>
    <p class="remedy-general">${p.noticeRemedyGeneral}</p>
    <div class="signatures">
      <span class="department">${p.noticeDepartment} ${meta.department ?? ''}</span>
      <span>${p.date} ${formatDate(locale, printedDate(printed))}</span>
    </div>
    <div class="signatures"><span>${p.noticeReceipt}</span><span>${p.date}</span></div>
    <p class="note">${p.noticeSource}</p>
  </article>`;
}

/** The calendar date (China time) of an instant, `YYYY-MM-DD`. */
function printedDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
