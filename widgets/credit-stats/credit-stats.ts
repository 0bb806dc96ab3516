/**
 * `<credit-stats>`: 统计联合奖惩情况 (domain.md §15) — for a period (this month, quarter, year
 * or custom dates), grouped by department, scenario, measure or month: checks made and their
 * outcomes, measures applied / not applied / overridden, manual verifications and objections.
 * A chart (SVG, strict-CSP safe, patterns as well as colours, every bar a focus stop), the
 * same numbers as a table with totals, a CSV export and a printable period report (统计报表).
 * The platform aggregates (`client.stats()`); no person is identifiable in any of it.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { STATS_GROUP_BY, type StatsGroupBy, type StatsQuery, type StatsReport } from '../../src/contract/index.js';
import { reasonOf } from '../../src/client/errors.js';
import { isIsoDate, todayInChina } from '../../src/policy/dates.js';
import { CreditElement } from '../internal/credit-element.js';
import { downloadCsv } from '../internal/csv-export.js';
import { deskFrame, deskFrameStyles } from '../internal/desk-frame.js';
import { inputField } from '../internal/form-field.js';
import { filterPanelStyles, formStyles } from '../internal/form-styles.js';
import { tableStyles } from '../internal/table-styles.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { statsStyles } from './credit-stats.styles.js';
import { STATS_MESSAGES, STATS_PERIODS, type StatsMessages, type StatsPeriod } from './messages.js';
import { STATS_OUTCOMES, formatCount, groupName, periodRange, statsCounts, statsCsv } from './stats-cells.js';
import { statsChart } from './stats-chart.js';

interface Draft {
  period: StatsPeriod;
  from: string;
  to: string;
  groupBy: StatsGroupBy;
  department: string;
}

/**
 * Statistics of joint rewards and punishments for a period, as a chart, a table, a CSV file
 * and a printed report.
 *
 * @tagname credit-stats
 * @summary 统计联合奖惩情况: checks, outcomes, measures applied / not applied / overridden, manual verifications and objections per department, scenario, measure or month.
 *
 * @attr period - `month` (default), `quarter`, `year` (each up to today, China time) or `custom` (with `from` and `to`).
 * @attr from - Start date `YYYY-MM-DD` of a `custom` period.
 * @attr to - End date `YYYY-MM-DD` of a `custom` period (inclusive).
 * @attr group-by - `department` (default), `scenario`, `measure` or `month`.
 * @attr department - Count only this department (empty: all).
 *
 * @prop {(filename: string, csv: string) => void} saveCsv - Receives the CSV export (default: download it as a file).
 *
 * @csspart base - The whole element.
 * @csspart form - The period and grouping form.
 * @csspart figure - The chart with its caption and legend.
 * @csspart chart - The SVG chart.
 * @csspart table - The table of counts.
 * @csspart actions - The export and print buttons.
 *
 * @cssprop --credit-color-restricted - Fill of the `restricted` part of a bar (with a cross-hatch pattern).
 * @cssprop --credit-color-review - Fill of the `review` part (diagonal lines).
 * @cssprop --credit-color-facilitated - Fill of the `facilitated` part (dots).
 * @cssprop --credit-color-clear - Fill of the `clear` part (solid).
 * @cssprop --credit-color-unknown - Fill of the `unknown` part (dashes).
 * @cssprop --credit-color-focus - Buttons and the focus ring of a bar.
 */
export class CreditStats extends CreditElement {
  static override styles = [themeStyles, formStyles, filterPanelStyles, tableStyles, deskFrameStyles, statsStyles];

  /** `month`, `quarter`, `year` or `custom`. */
  @property({ reflect: true }) period: StatsPeriod = 'month';
  /** Start of a `custom` period, `YYYY-MM-DD`. */
  @property() from = '';
  /** End of a `custom` period, `YYYY-MM-DD` (inclusive). */
  @property() to = '';
  /** How the counts are grouped. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: StatsGroupBy = 'department';
  /** Only this department (empty: all). */
  @property() department = '';

  /** Receives the CSV export; by default the browser downloads it as a file. */
  @property({ attribute: false }) saveCsv: (filename: string, csv: string) => void = downloadCsv;

  @state() private draft: Draft | null = null;
  @state() private formError: 'inverted' | 'missing' | null = null;
  @state() private notice = '';

  #warned = new Set<string>();

  /** The statistics of the period in force. */
  protected readonly stats = new Task(this, {
    task: async ([, , key]) => {
      const client = this.clientOrNull;
      if (!client || !key) return null;
      return client.stats(JSON.parse(key) as StatsQuery);
    },
    args: () => [this.endpoint ?? '', this.configGeneration, this.#queryKey()] as const,
  });

  private get m(): StatsMessages {
    return STATS_MESSAGES[this.locale];
  }

  /** The period as dates (`custom`: the attributes; otherwise up to today in China). */
  get range(): { from: string; to: string } | null {
    const period = this.#period();
    if (period !== 'custom') return periodRange(period, todayInChina());
    if (!isIsoDate(this.from) || !isIsoDate(this.to) || this.to < this.from) return null;
    return { from: this.from, to: this.to };
  }

  /** The last answer shown (null before the first, or after a failure). */
  get report(): StatsReport | null {
    return this.stats.status === TaskStatus.COMPLETE ? (this.stats.value ?? null) : null;
  }

  #period(): StatsPeriod {
    if ((STATS_PERIODS as readonly string[]).includes(this.period)) return this.period;
    this.#warnOnce('period', `period must be one of ${STATS_PERIODS.join(', ')}, got ${JSON.stringify(this.period)}; using month.`);
    return 'month';
  }

  #groupBy(): StatsGroupBy {
    if ((STATS_GROUP_BY as readonly string[]).includes(this.groupBy)) return this.groupBy;
    this.#warnOnce('group-by', `group-by must be one of ${STATS_GROUP_BY.join(', ')}, got ${JSON.stringify(this.groupBy)}; using department.`);
    return 'department';
  }

  #warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    this.log('warn', message);
  }

  #queryKey(): string {
    const range = this.range;
    if (!range) return '';
    const q: StatsQuery = { from: range.from, to: range.to, groupBy: this.#groupBy() };
    if (this.department.trim()) q.department = this.department.trim();
    return JSON.stringify(q);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['period', 'from', 'to', 'groupBy', 'department'].some((k) => changed.has(k))) this.draft = null;
  }

  // ---------------------------------------------------------------- form

  #current(): Draft {
    const range = this.range;
    return this.draft ?? { period: this.#period(), from: range?.from ?? this.from, to: range?.to ?? this.to, groupBy: this.#groupBy(), department: this.department };
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    const next = { ...this.#current(), [key]: value };
    if (key === 'period' && value !== 'custom') {
      const r = periodRange(value as Exclude<StatsPeriod, 'custom'>, todayInChina());
      next.from = r.from;
      next.to = r.to;
    }
    this.draft = next;
    this.formError = null;
  }

  #submit(event: Event): void {
    event.preventDefault();
    const d = this.#current();
    if (d.period === 'custom') {
      if (!isIsoDate(d.from) || !isIsoDate(d.to)) return this.#fail('missing');
      if (d.to < d.from) return this.#fail('inverted');
    }
    this.formError = null;
    this.notice = '';
    this.period = d.period;
    this.from = d.period === 'custom' ? d.from : '';
    this.to = d.period === 'custom' ? d.to : '';
    this.groupBy = d.groupBy;
    this.department = d.department.trim();
    this.draft = null;
  }

  #fail(error: 'inverted' | 'missing'): void {
    this.formError = error;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(error === 'inverted' ? '#stats-to' : '#stats-from')?.focus());
  }

  // ---------------------------------------------------------------- export and print

  /** Saves the table shown as CSV (through `saveCsv`). Does nothing before an answer. */
  exportCsv(): void {
    const report = this.report;
    if (!report) return;
    try {
      this.saveCsv(this.m.export.filename(report.from, report.to), statsCsv(report, this.locale));
      this.notice = this.m.export.done;
    } catch (error) {
      this.log('warn', 'the export failed.', error);
    }
  }

  /** Prints the period report (统计报表) of the answer shown. Never throws. */
  async print(): Promise<void> {
    const report = this.report;
    if (!report) return;
    try {
      const [{ printDocument }, { statsReportTemplate }] = await Promise.all([import('../internal/print/print-document.js'), import('./stats-report.js')]);
      await printDocument(statsReportTemplate(report, { locale: this.locale, department: this.department }), { lang: this.locale });
    } catch (error) {
      this.log('warn', 'printing failed.', error);
    }
  }

  // ---------------------------------------------------------------- rendering

  protected override renderContent(): TemplateResult {
    return deskFrame(this.endpoint, this.m, () => html`${this.#renderForm()} ${this.#renderResults()}`);
  }

  #renderForm(): TemplateResult {
    const f = this.m.form;
    const d = this.#current();
    const custom = d.period === 'custom';
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <fieldset>
        <legend>${f.legend}</legend>
        <div class="fields">
          <div class="field">
            <label for="stats-period">${f.period}</label>
            <select id="stats-period" name="period" @change=${(e: Event) => this.#set('period', (e.target as HTMLSelectElement).value as StatsPeriod)}>
              ${STATS_PERIODS.map((p) => html`<option value=${p} ?selected=${d.period === p}>${f.periods[p]}</option>`)}
            </select>
          </div>
          ${inputField({
            id: 'stats-from',
            name: 'from',
            type: 'date',
            disabled: !custom,
            label: f.from,
            value: d.from,
            invalid: this.formError === 'missing',
            onInput: (v) => this.#set('from', v),
          })}
          ${inputField({
            id: 'stats-to',
            name: 'to',
            type: 'date',
            disabled: !custom,
            label: f.to,
            value: d.to,
            invalid: !!this.formError,
            describedBy: this.formError ? 'stats-range-error' : '',
            onInput: (v) => this.#set('to', v),
          })}
          <div class="field">
            <label for="stats-group-by">${f.groupBy}</label>
            <select id="stats-group-by" name="groupBy" @change=${(e: Event) => this.#set('groupBy', (e.target as HTMLSelectElement).value as StatsGroupBy)}>
              ${STATS_GROUP_BY.map((g) => html`<option value=${g} ?selected=${d.groupBy === g}>${f.groupBys[g]}</option>`)}
            </select>
          </div>
          ${inputField({ id: 'stats-department', name: 'department', label: f.department, value: d.department, hint: f.departmentHint, onInput: (v) => this.#set('department', v) })}
        </div>
        ${this.formError
          ? html`<p id="stats-range-error" class="error" role="alert">${this.formError === 'inverted' ? f.rangeInverted : f.rangeMissing}</p>`
          : nothing}
        <div class="actions">
          <button type="submit" class="primary apply">${f.apply}</button>
        </div>
      </fieldset>
    </form>`;
  }

  #renderResults(): TemplateResult {
    const m = this.m;
    const status = this.stats.status;
    if (status === TaskStatus.ERROR) {
      return html`<div class="problem results" role="alert">
        <p>${shared(this.locale).reason[reasonOf(this.stats.error)]}</p>
        <div class="actions"><button type="button" class="retry" @click=${() => void this.stats.run()}>${m.retry}</button></div>
      </div>`;
    }
    const report = this.stats.value;
    if (!report) return html`<p class="loading" role="status">${this.range ? m.loading : m.form.rangeMissing}</p>`;
    const pending = status === TaskStatus.PENDING;
    const period = m.periodText(report.from, report.to);
    const grouped = m.form.groupBys[report.groupBy];
    const summary = pending ? m.loading : m.table.caption(grouped, period);
    if (report.totals.checks === 0 && report.groups.every((g) => g.checks === 0 && g.feedback.applied + g.feedback.notApplied + g.feedback.overridden === 0)) {
      return html`<div class="results" aria-busy=${pending ? 'true' : 'false'}>
        <p class="summary visually-hidden" role="status">${summary}</p>
        <p class="empty">${m.empty}</p>
      </div>`;
    }
    return html`<div class="results" aria-busy=${pending ? 'true' : 'false'}>
      <p class="summary visually-hidden" role="status">${summary}</p>
      ${statsChart(report, this.locale, m.chart.title(grouped, period))} ${this.#renderTable(report, m.table.caption(grouped, period))}
      <div class="actions" part="actions">
        <button type="button" class="export" ?disabled=${pending} @click=${() => this.exportCsv()}>${m.export.button}</button>
        <button type="button" class="print" ?disabled=${pending} @click=${() => void this.print()}>${m.print.button}</button>
      </div>
      <p class="export-notice" role="status">${this.notice}</p>
    </div>`;
  }

  #renderTable(report: StatsReport, caption: string): TemplateResult {
    const m = this.m;
    const w = shared(this.locale);
    const n = (v: number) => formatCount(this.locale, v);
    const headings = [m.table.checks, ...STATS_OUTCOMES.map((o) => w.outcome[o]), m.table.applied, m.table.notApplied, m.table.overridden, m.table.verifications, m.table.objections];
    return html`<div class="scroll">
        <table part="table" id="stats-table">
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.table.group}</th>
              ${headings.map((h) => html`<th scope="col" class="num">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${report.groups.map(
              (g) => html`<tr data-key=${g.key}>
                <th scope="row">${groupName(g, report.groupBy, this.locale)}</th>
                ${statsCounts(g).map((v) => html`<td class="num">${n(v)}</td>`)}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr class="totals">
              <th scope="row">${m.table.total}</th>
              ${statsCounts(report.totals).map((v) => html`<td class="num">${n(v)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
      ${report.groupBy === 'measure' ? html`<p class="note">${m.table.measureNote}</p>` : nothing}`;
  }
}
