/**
 * The check record (查询记录单, domain.md §10): what a procurement or licensing file keeps
 * instead of screenshots — endpoint, query id, query time, data time, catalog version,
 * operator, the subject (masked), scenario, purpose, case number, the result with its
 * measures, basis and records, and the SHA-256 of the result's canonical JSON, so the
 * paper can be matched to the ledger.
 *
 * One subject: `checkRecordTemplate(decision, meta)` (computes the digest) or
 * `renderCheckRecord(decision, meta, digest)`. A whole list (`<credit-bidder-screen>`):
 * `checkRecordListTemplate(rows, meta)` — one digest per row and one over the list
 * (the canonical JSON of the array of decisions, in table order).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../../../src/policy/decision.js';
import { digestOf } from '../../../src/digest/index.js';
import { shared } from '../../locales/index.js';
import { renderDecisionDetails } from '../decision-details.js';
import { formatDateTime, formatNumber, scenarioName, type Locale } from '../locale.js';
import { outcomeIcon } from '../outcome-icon.js';
import { printMessages } from './messages.js';
import { additionRows, authorizationText, type RecordAuthorization } from './record-additions.js';
import type { VerificationCreate } from '../../../src/contract/index.js';

export interface CheckRecordMeta {
  locale: Locale;
  /** The platform endpoint the check went to (printed as an absolute URL). */
  endpoint: string;
  operator?: string | null;
  department?: string | null;
  purpose?: string | null;
  caseNumber?: string | null;
  /** The authorisation of a person check (rules §1), printed when given. */
  authorization?: RecordAuthorization | null;
  /** A manual verification recorded for an unknown decision (rules §12), printed when given. */
  verification?: Pick<VerificationCreate, 'finding' | 'source' | 'checkedOn' | 'reference' | 'note'> | null;
  /** When the check finished (a Date or RFC 3339). */
  checkedAt?: Date | string | null;
  /** Responsible persons checked from the panel (rules §16): printed under the result and part of the digest input. */
  persons?: readonly RecordPerson[] | null;
  /** When printed; default now. */
  printedAt?: Date;
}

/** A responsible person checked from the panel (rules §16); `idMasked` and the decision's ids are masked. */
export interface RecordPerson {
  name: string;
  role: string | null;
  idMasked: string | null;
  purpose: string;
  authorization: RecordAuthorization | null;
  decision: Decision;
}

/**
 * What the record's digest is computed over: the decision alone, or — when responsible persons
 * were checked from the panel — `{ decision, persons }` with each person's name, role, masked id,
 * purpose, authorisation and decision, in list order.
 */
export function recordDigestInput(decision: Decision, persons: readonly RecordPerson[] | null | undefined): unknown {
  if (!persons || !persons.length) return decision;
  return {
    decision,
    persons: persons.map((p) => ({ name: p.name, role: p.role, idMasked: p.idMasked, purpose: p.purpose, authorization: p.authorization, decision: p.decision })),
  };
}

/** One row of a list record. `name` overrides the platform's name (e.g. the name as imported). */
export interface CheckRecordRow {
  decision: Decision;
  name?: string;
}

/** SHA-256 (hex) of the canonical JSON of a decision. */
export function digestDecision(decision: Decision): Promise<string> {
  return digestOf(decision);
}

const iso = (t: Date | string | null | undefined) => (t instanceof Date ? t.toISOString() : t ?? null);

/** The endpoint as an absolute URL (relative ones are resolved against the page). */
export function absoluteEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint, globalThis.location?.href).href.replace(/\/+$/, '');
  } catch {
    return endpoint;
  }
}

function row(label: string, value: unknown, cls = ''): TemplateResult {
  return html`<tr class=${cls}><th scope="row">${label}</th><td>${value}</td></tr>`;
}

function commonRows(meta: CheckRecordMeta, given: (v: string | null | undefined) => string): TemplateResult {
  const p = printMessages[meta.locale];
  return html`${row(p.endpoint, absoluteEndpoint(meta.endpoint), 'endpoint mono')}
  ${row(p.operator, given(meta.operator), 'operator')} ${meta.department ? row(p.department, meta.department, 'department') : nothing}
  ${row(p.purpose, given(meta.purpose), 'purpose')} ${row(p.caseNumber, given(meta.caseNumber), 'case-number')}
  ${additionRows(meta.locale, meta.authorization, meta.verification)}`;
}

function outcomeBox(decision: Decision, locale: Locale): TemplateResult {
  const w = shared(locale);
  return html`<div class="outcome" data-outcome=${decision.outcome}>
    ${outcomeIcon(decision.outcome)}
    <span class="word">${w.outcome[decision.outcome]}</span>
    <span class="sentence">${w.outcomeSentence[decision.outcome]}</span>
  </div>`;
}

function signatures(locale: Locale): TemplateResult {
  const p = printMessages[locale];
  return html`<div class="signatures"><span>${p.signature}</span><span>${p.date}</span></div>`;
}

/** The check record of one decision, given its digest (see {@link digestDecision}). */
export function renderCheckRecord(decision: Decision, meta: CheckRecordMeta, digest: string): TemplateResult {
  const { locale } = meta;
  const w = shared(locale);
  const p = printMessages[locale];
  const given = (v: string | null | undefined) => (v && v.trim() ? v : p.notGiven);
  return html`<article class="document record" data-query-id=${decision.queryId ?? ''}>
    <h1>${p.recordTitle}</h1>
    <table class="meta">
      <tbody>
        ${row(w.field.queryId, decision.queryId ?? p.notGiven, 'query-id mono')}
        ${row(p.queryTime, iso(meta.checkedAt) ? formatDateTime(locale, iso(meta.checkedAt)) : p.notGiven, 'query-time')}
        ${row(w.field.asOf, decision.asOf ? formatDateTime(locale, decision.asOf) : p.notGiven, 'as-of')}
        ${row(w.field.catalogVersion, decision.catalogVersion ?? p.notGiven, 'catalog-version')}
        ${row(w.field.scenario, scenarioName(w, decision.scenario), 'scenario')}
        ${commonRows(meta, given)}
      </tbody>
    </table>
    <h2>${p.outcome}</h2>
    ${outcomeBox(decision, locale)}
    ${decision.outcome === 'unknown' && decision.reason ? html`<p class="reason">${w.reason[decision.reason]}</p>` : nothing}
    ${renderDecisionDetails(decision, locale, { headingLevel: 2, meta: false })}
    ${meta.persons && meta.persons.length ? personsSection(meta.persons, locale) : nothing}
    <table class="digest-table">
      <tbody>
        ${row(p.digest, digest, 'digest-row')}
      </tbody>
    </table>
    <p class="note">${p.digestNote}</p>
    <p class="note printed-at">${p.printedAtLine(formatDateTime(locale, (meta.printedAt ?? new Date()).toISOString()))}</p>
    ${signatures(locale)}
  </article>`;
}

/** The responsible persons checked (rules §16): one block each, under the enterprise's result. */
function personsSection(persons: readonly RecordPerson[], locale: Locale): TemplateResult {
  const w = shared(locale);
  const p = printMessages[locale];
  const words = PERSON_WORDS[locale];
  return html`<section class="persons">
    <h2>${words.title}</h2>
    ${persons.map((person) => {
      const d = person.decision;
      const measures = [...d.applied.map((h) => h.measure.name), ...d.suspended.map((h) => p.suspendedMeasure(h.measure.name))].join(p.measureSeparator) || w.none;
      return html`<table class="person" data-outcome=${d.outcome}>
        <tbody>
          ${row(words.person, `${person.name}${person.role ? `（${person.role}）` : ''}`, 'person-name')}
          ${row(words.id, d.subjectId, 'person-id mono')}
          ${row(p.purpose, person.purpose, 'person-purpose')}
          ${person.authorization ? row(words.authorization, authorizationText(locale, person.authorization), 'person-authorization') : nothing}
          ${row(p.outcome, html`${outcomeIcon(d.outcome)} ${w.outcome[d.outcome]}${d.reason ? html`<br />${w.reason[d.reason]}` : nothing}`, 'person-outcome')}
          ${row(p.measures, measures, 'person-measures')}
          ${row(w.field.queryId, d.queryId ?? p.notGiven, 'person-query-id mono')}
        </tbody>
      </table>`;
    })}
  </section>`;
}

const PERSON_WORDS: Record<Locale, { title: string; person: string; id: string; authorization: string }> = {
  'zh-CN': { title: '相关责任人核查（落实到人）', person: '责任人', id: '身份证号（脱敏）', authorization: '查询授权' },
  'zh-Hant': { title: '相關責任人核查（落實到人）', person: '責任人', id: '身分證號（遮蔽）', authorization: '查詢授權' },
  en: { title: 'Responsible persons checked (落实到人)', person: 'Person', id: 'ID number (masked)', authorization: 'Authorisation' },
};

/** The check record of one decision; computes the digest (over the persons checked too, when any). */
export async function checkRecordTemplate(decision: Decision, meta: CheckRecordMeta): Promise<TemplateResult> {
  return renderCheckRecord(decision, meta, await digestOf(recordDigestInput(decision, meta.persons)));
}

/** The check record of a list, given one digest per row and the digest of the list. */
export function renderCheckRecordList(
  rows: readonly (CheckRecordRow & { digest: string })[],
  meta: CheckRecordMeta,
  listDigest: string,
): TemplateResult {
  const { locale } = meta;
  const w = shared(locale);
  const p = printMessages[locale];
  const given = (v: string | null | undefined) => (v && v.trim() ? v : p.notGiven);
  const first = rows[0]?.decision;
  const asOfs = [...new Set(rows.map((r) => r.decision.asOf).filter((a): a is string => !!a))].sort();
  const scenario = first ? scenarioName(w, first.scenario) : p.notGiven;
  const measuresOf = (d: Decision) =>
    [
      ...d.applied.map((h) => h.measure.name),
      ...d.suspended.map((h) => p.suspendedMeasure(h.measure.name)),
    ].join(p.measureSeparator) || w.none;
  return html`<article class="document record-list">
    <h1>${p.listTitle}</h1>
    <table class="meta">
      <tbody>
        ${row(p.queryTime, iso(meta.checkedAt) ? formatDateTime(locale, iso(meta.checkedAt)) : p.notGiven, 'query-time')}
        ${row(
          w.field.asOf,
          asOfs.length ? asOfs.map((a) => formatDateTime(locale, a)).filter((v, i, all) => all.indexOf(v) === i).join(' – ') : p.notGiven,
          'as-of',
        )}
        ${row(w.field.catalogVersion, [...new Set(rows.map((r) => r.decision.catalogVersion).filter(Boolean))].join(', ') || p.notGiven, 'catalog-version')}
        ${row(w.field.scenario, scenario, 'scenario')}
        ${commonRows(meta, given)}
        ${row(p.total, p.count(rows.length), 'count')}
      </tbody>
    </table>
    <table class="list">
      <caption class="visually-hidden">${p.listCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${p.index}</th>
          <th scope="col">${p.name}</th>
          <th scope="col">${p.code}</th>
          <th scope="col">${p.outcome}</th>
          <th scope="col">${p.measures}</th>
          <th scope="col">${w.field.queryId}</th>
          <th scope="col">${p.digest}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r, i) => html`<tr class="row" data-outcome=${r.decision.outcome}>
            <td>${formatNumber(locale, i + 1)}</td>
            <td>${r.name ?? r.decision.subject?.name ?? ''}</td>
            <td class="mono">${r.decision.subjectId}</td>
            <td>${outcomeIcon(r.decision.outcome)} ${w.outcome[r.decision.outcome]}${r.decision.reason ? html`<br />${w.reason[r.decision.reason]}` : nothing}</td>
            <td>${measuresOf(r.decision)}</td>
            <td class="mono">${r.decision.queryId ?? ''}</td>
            <td class="digest">${r.digest}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <table class="digest-table">
      <tbody>
        ${row(p.listDigest, listDigest, 'digest-row list-digest')}
      </tbody>
    </table>
    <p class="note">${p.listDigestNote}</p>
    <p class="note printed-at">${p.printedAtLine(formatDateTime(locale, (meta.printedAt ?? new Date()).toISOString()))}</p>
    ${signatures(locale)}
  </article>`;
}

/** The check record of a list; computes one digest per row and the list digest. */
export async function checkRecordListTemplate(rows: readonly CheckRecordRow[], meta: CheckRecordMeta): Promise<TemplateResult> {
  const digests = await Promise.all(rows.map((r) => digestDecision(r.decision)));
  const listDigest = await digestOf(rows.map((r) => r.decision));
  return renderCheckRecordList(
    rows.map((r, i) => ({ ...r, digest: digests[i] })),
    meta,
    listDigest,
  );
}
