/**
 * The printed period report (统计报表, domain.md §15): the department, the period, the
 * totals, the counts per group, and every override with its reason — printed through the
 * shared print machinery (`widgets/internal/print`). Statistics only: no subject's name or
 * number is in the answer, and none is added here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StatsReport } from '../../src/contract/index.js';
import { shared } from '../locales/index.js';
import { formatDateTime, scenarioName, type Locale } from '../internal/locale.js';
import { STATS_MESSAGES } from './messages.js';
import { formatCount, groupName, statsCounts, statsHeader } from './stats-cells.js';

export interface StatsReportMeta {
  locale: Locale;
  /** The department filter in force; empty = every department. */
  department?: string | null;
  printedAt?: Date;
}

const row = (label: string, value: unknown, cls: string) => html`<tr class=${cls}><th scope="row">${label}</th><td>${value}</td></tr>`;

export function statsReportTemplate(report: StatsReport, meta: StatsReportMeta): TemplateResult {
  const { locale } = meta;
  const m = STATS_MESSAGES[locale];
  const p = m.print;
  const n = (v: number) => formatCount(locale, v);
  const header = statsHeader(locale);
  const department = report.department || meta.department || m.allDepartments;
  const overrides = report.overrides;
  const overridden = report.totals.feedback.overridden;
  return html`<article class="document stats-report">
    <h1>${p.title}</h1>
    <table class="meta">
      <tbody>
        ${row(p.department, department, 'department')} ${row(p.period, m.periodText(report.from, report.to), 'period')}
        ${row(p.groupBy, m.form.groupBys[report.groupBy], 'group-by')}
        ${row(p.printedAt, formatDateTime(locale, (meta.printedAt ?? new Date()).toISOString()), 'printed-at')}
      </tbody>
    </table>
    <h2>${p.totals}</h2>
    <table class="list totals">
      <thead>
        <tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr>
      </thead>
      <tbody>
        <tr>${statsCounts(report.totals).map((v) => html`<td>${n(v)}</td>`)}</tr>
      </tbody>
    </table>
    <h2>${p.groups}</h2>
    <table class="list groups">
      <thead>
        <tr>
          <th scope="col">${m.table.group}</th>
          ${header.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${report.groups.map(
          (g) => html`<tr>
            <th scope="row">${groupName(g, report.groupBy, locale)}</th>
            ${statsCounts(g).map((v) => html`<td>${n(v)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
    ${report.groupBy === 'measure' ? html`<p class="note">${m.table.measureNote}</p>` : nothing}
    <h2>${p.overrides}</h2>
    ${overrides == null
      ? html`<p class="overrides-missing">${p.overridesMissing}</p>`
      : overrides.length === 0
        ? html`<p class="overrides-none">${p.overridesNone}</p>`
        : html`<table class="list overrides">
              <thead>
                <tr>
                  <th scope="col">${p.on}</th>
                  <th scope="col">${p.department}</th>
                  <th scope="col">${p.scenario}</th>
                  <th scope="col">${p.measure}</th>
                  <th scope="col">${p.caseNumber}</th>
                  <th scope="col">${p.reason}</th>
                </tr>
              </thead>
              <tbody>
                ${overrides.map(
                  (o) => html`<tr class="override">
                    <td>${o.on}</td>
                    <td>${o.department ?? ''}</td>
                    <td>${o.scenario ? scenarioName(shared(locale), o.scenario) : ''}</td>
                    <td>${o.measureName ?? o.measureId}</td>
                    <td>${o.caseNumber ?? ''}</td>
                    <td>${o.reason}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            ${overrides.length < overridden ? html`<p class="note">${p.overridesCount(n(overrides.length), n(overridden))}</p>` : nothing}`}
    <p class="note">${p.privacy}</p>
    <div class="signatures"><span>${p.signature}</span><span>${p.date}</span></div>
  </article>`;
}
