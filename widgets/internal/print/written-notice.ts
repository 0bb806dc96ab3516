/**
 * The written notice (书面告知书) the Qinghai text requires before a credit punishment
 * measure is applied (青政办〔2021〕36号: "采取失信惩戒措施前，应当书面告知实施理由、依据和
 * 救济途径"), addressed to the subject (domain.md §10):
 * - the matter (the host's matter name and case number) and the subject by name and code;
 * - each punishment measure that applies with its reason (the records behind it), its
 *   implementer and its basis — each passage once in the whole notice, and none about other
 *   kinds of subject (a passage on 失信被执行人 only when such a record is behind the measure,
 *   one on 政府部门 only for a government body);
 * - the suspended measures;
 * - the remedies with where and by when: objection (the platform or the listing authority;
 *   a court for its own listings), 行政复议 within 60 days, 行政诉讼 within 6 months, credit
 *   repair; the department's contact;
 * - no internal query id, no footer citing a text.
 * The department's seal line and the subject's receipt are one block, kept together on paper.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditRecord } from '../../../src/contract/index.js';
import type { Decision, MeasureHit } from '../../../src/policy/decision.js';
import { shared } from '../../locales/index.js';
import { formatDate, formatDateTime, scenarioName, type Locale } from '../locale.js';
import { noticeMessages } from './notice-messages.js';

export interface NoticeMeta {
  locale: Locale;
  /** The notifying department (printed beside the seal line). */
  department?: string | null;
  caseNumber?: string | null;
  /** The matter the subject applied for (e.g. 安全生产许可证延期). */
  matter?: string | null;
  /** How the subject reaches the department (address, telephone). */
  contact?: string | null;
  /** The credit platform's name, where objections go (default: "the credit information platform"). */
  platformName?: string | null;
  /** Date of the notice; default today. */
  printedAt?: Date;
}

/** The punishment measures a notice is about: applied ones. */
export function noticeMeasures(decision: Decision): MeasureHit[] {
  return decision.applied.filter((h) => h.measure.direction === 'punishment');
}

const JUDGMENT_DEBTOR = '失信被执行人';

/**
 * Whether a basis passage speaks about this subject: a passage on 失信被执行人 only when a
 * dishonest-judgment-debtor record is behind the measure; one aimed at 政府部门 only for a
 * government body.
 */
export function passageApplies(passage: string, hit: MeasureHit, decision: Decision): boolean {
  if (passage.includes(JUDGMENT_DEBTOR) && !hit.records.some((r) => r.listType === 'dishonest-judgment-debtor')) return false;
  if (/针对政府部门|政府部门失信/.test(passage) && decision.subject?.kind !== 'government-body') return false;
  return true;
}

function unique(values: string[]): string[] {
  return values.filter((v, i) => v && values.indexOf(v) === i);
}

function recordSentence(record: CreditRecord, locale: Locale, person: boolean): string {
  const w = shared(locale);
  return noticeMessages[locale].record({
    authority: record.authority,
    title: record.title,
    listType: w.listType[record.listType] ?? record.listType,
    document: record.basis ?? null,
    listedOn: formatDate(locale, record.listedOn),
    validUntil: record.validUntil ? formatDate(locale, record.validUntil) : w.untilClosed,
    person,
  });
}

/** The written notice for one decision. */
export function renderWrittenNotice(decision: Decision, meta: NoticeMeta): TemplateResult {
  const { locale } = meta;
  const w = shared(locale);
  const n = noticeMessages[locale];
  const person = decision.subject?.kind === 'natural-person';
  const applied = noticeMeasures(decision);
  const suspended = decision.suspended.filter((h) => h.measure.direction === 'punishment');
  const printed = meta.printedAt ?? new Date();
  const records = [...applied, ...suspended].reduce<CreditRecord[]>((all, h) => all.concat(h.records), []);
  const courts = unique(records.filter((r) => r.listType === 'dishonest-judgment-debtor').map((r) => r.authority));
  const authorities = unique(records.filter((r) => r.listType !== 'dishonest-judgment-debtor').map((r) => r.authority));
  const repairFrom = records.map((r) => r.repairableFrom).filter((d): d is string => !!d).sort()[0] ?? null;
  const notRepairable = records.some((r) => r.repairable === false);

  // Each passage once: the first measure citing it shows it, later ones point back to it.
  const citedBy = new Map<string, number>();
  const measureBlocks = applied.map((hit, i) => {
    const own: string[] = [];
    const earlier: number[] = [];
    for (const passage of hit.measure.basis) {
      if (!passageApplies(passage, hit, decision)) continue;
      const key = passage.trim();
      const first = citedBy.get(key);
      if (first === undefined) {
        citedBy.set(key, i + 1);
        own.push(passage);
      } else if (first !== i + 1) earlier.push(first);
    }
    const sharedWith = unique(earlier.map(String));
    return html`<li class="measure" data-measure=${hit.measure.id}>
      <div class="name label">${n.measure(i + 1, hit.measure.name)}</div>
      <div class="reason"><span class="label">${n.reason}</span>
        ${hit.records.length
          ? html`<ul>${hit.records.map((r) => html`<li>${recordSentence(r, locale, person)}</li>`)}</ul>`
          : html`<p>${n.cleanReason}</p>`}
      </div>
      ${hit.measure.implementer ? html`<p class="implementer"><span class="label">${n.implementer}</span>${hit.measure.implementer}</p>` : nothing}
      <div class="basis"><span class="label">${n.basis}</span>
        ${own.length ? html`<ul>${own.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
        ${earlier.length ? html`<p class="same-basis">${n.sameBasis(earlier.length, sharedWith.join(n.listSeparator))}</p>` : nothing}
      </div>
    </li>`;
  });

  const asOf = decision.asOf ? formatDateTime(locale, decision.asOf) : '—';
  return html`<article class="document notice">
    <h1>${n.title}</h1>
    <p class="addressee">${n.addressee(decision.subject?.name ?? decision.subjectId, decision.subjectId, person)}</p>
    <p class="intro">
      ${n.intro({ matter: meta.matter?.trim() || null, caseNumber: meta.caseNumber?.trim() || null, scenario: scenarioName(w, decision.scenario), asOf, person })}
    </p>
    ${applied.length
      ? html`<h2>${n.measuresHeading}</h2>
          <ol class="measures">
            ${measureBlocks}
          </ol>`
      : html`<p class="none">${n.none(person)}</p>`}
    ${suspended.length
      ? html`<p class="suspended-note">${n.suspended}</p>
          <ul class="suspended">
            ${suspended.map((h) => html`<li data-measure=${h.measure.id}>${h.measure.name}</li>`)}
          </ul>`
      : nothing}
    <section class="remedies">
      <h2>${n.remediesHeading}</h2>
      <ol class="remedy-list">
        ${authorities.length || !courts.length
          ? html`<li class="remedy objection">${n.objection(authorities.join(n.listSeparator) || w.none, meta.platformName?.trim() || n.platform)}</li>`
          : nothing}
        ${courts.length ? html`<li class="remedy court">${n.courtObjection(courts.join(n.listSeparator))}</li>` : nothing}
        <li class="remedy reconsideration">${n.reconsideration}</li>
        <li class="remedy lawsuit">${n.lawsuit}</li>
        ${authorities.length
          ? html`<li class="remedy repair">${n.repair({ authorities: authorities.join(n.listSeparator), notRepairable, from: repairFrom ? formatDate(locale, repairFrom) : null })}</li>`
          : nothing}
      </ol>
      ${meta.contact?.trim() ? html`<p class="contact">${n.contact(meta.contact.trim())}</p>` : nothing}
    </section>
    <div class="sign-block">
      <div class="signatures">
        <span class="department">${n.department} ${meta.department ?? ''}</span>
        <span>${n.date} ${formatDate(locale, printedDate(printed))}</span>
      </div>
      <div class="signatures receipt"><span>${n.receipt}</span><span>${n.date}</span></div>
    </div>
  </article>`;
}

/** The calendar date (China time) of an instant, `YYYY-MM-DD`. */
function printedDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
