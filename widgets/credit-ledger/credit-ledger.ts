/**
 * `<credit-ledger>`: the query ledger (查询台账, domain.md §9) for the officer and the
 * inspector — filters, cursor paging with the total, and a CSV export of every entry that
 * matches the filters, across all pages, with a progress bar and a cancel button.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SCENARIOS, type LedgerEntry, type LedgerPage, type LedgerQuery } from '../../src/contract/index.js';
import { reasonOf } from '../../src/client/errors.js';
import { isIsoDate, todayInChina } from '../../src/policy/dates.js';
import { CreditElement } from '../internal/credit-element.js';
import { downloadCsv } from '../internal/csv-export.js';
import { formatNumber } from '../internal/locale.js';
import { progressBar, progressStyles } from '../internal/progress-bar.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { deskFrame, deskFrameStyles } from '../internal/desk-frame.js';
import { inputField } from '../internal/form-field.js';
import { ledgerStyles } from './credit-ledger.styles.js';
import { filterPanelStyles, formStyles } from '../internal/form-styles.js';
import { tableStyles } from '../internal/table-styles.js';
import { ledgerCells, ledgerCsv } from './ledger-csv.js';
import { LEDGER_MESSAGES, type LedgerMessages } from './messages.js';
import { parseRecordReference } from './verify.js';

/** What the filters ask for; empty strings mean "any". */
export interface LedgerFilters {
  from: string;
  to: string;
  operator: string;
  scenario: string;
  /** The case (project) number the checks were made for. */
  caseNumber: string;
}

const NO_FILTERS: LedgerFilters = { from: '', to: '', operator: '', scenario: '', caseNumber: '' };
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;
/** Entries per request while exporting (the contract's maximum). */
const EXPORT_BATCH = 500;

interface ExportProgress {
  done: number;
  total: number | null;
}
interface Notice {
  kind: 'done' | 'cancelled' | 'failed' | 'info';
  text: string;
}

/**
 * The query ledger with filters, paging and CSV export.
 *
 * @tagname credit-ledger
 * @summary Browse and export the query ledger (查询台账): who checked whom, when, and why;
 * each query's printed outcome and record digest; verify a printed check record by its
 * digest or the text of its QR code.
 *
 * @attr page-size - Entries per page, 1–500 (default 50).
 *
 * @prop {(filename: string, csv: string) => void} saveCsv - Receives the finished CSV export (default: download it as a file). Replace it to send the file elsewhere.
 *
 * @csspart base - The whole element.
 * @csspart filters - The filter form.
 * @csspart table - The ledger table.
 * @csspart row - A row of the table.
 * @csspart paging - The paging controls.
 * @csspart export - The export button, progress bar and cancel button.
 * @csspart progress - The export progress bar.
 * @csspart verify - The verify box (a printed record's digest or QR text → the queries it matches, or "no such record").
 *
 * @cssprop --credit-color-focus - Primary buttons, the progress bar and the focus ring.
 * @cssprop --credit-color-border - Table and field borders.
 */
export class CreditLedger extends CreditElement {
  static override styles = [themeStyles, formStyles, filterPanelStyles, tableStyles, progressStyles, deskFrameStyles, ledgerStyles];

  /** Entries per page, 1–500 (default 50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Receives the finished CSV export; by default the browser downloads it as a file. */
  @property({ attribute: false }) saveCsv: (filename: string, csv: string) => void = downloadCsv;

  /** The filters in the form (not applied until "search"). */
  @state() private draft: LedgerFilters = { ...NO_FILTERS };
  /** The filters the shown pages answer. */
  @state() private applied: LedgerFilters = { ...NO_FILTERS };
  @state() private rangeError = false;
  /** Cursor of each page visited so far; the last one is the current page (`undefined` = the first). */
  @state() private cursors: (string | undefined)[] = [undefined];
  @state() private exporting: ExportProgress | null = null;
  @state() private exportNotice: Notice | null = null;
  /** What the verify box holds. */
  @state() private verifyText = '';
  /** The verify box's answer, made in the page's language at render time. */
  @state() private verifyResult: { kind: 'checking' | 'matches' | 'no-record' | 'invalid' | 'failed'; text: (m: LedgerMessages) => string } | null = null;
  #verifyRun = 0;

  #exportRun: { cancelled: boolean; controller: AbortController } | null = null;
  #warnedPageSize = false;
  /** Which paging button had the focus when a page was requested. */
  #pagingFocus: 'next' | 'previous' | null = null;

  /** The current page. */
  protected readonly page = new Task(this, {
    task: async ([, , key]) => {
      const client = this.clientOrNull;
      if (!client) return { items: [] } as LedgerPage;
      return client.ledger(JSON.parse(key) as LedgerQuery);
    },
    args: () => [this.endpoint ?? '', this.configGeneration, JSON.stringify(this.#query(this.cursors[this.cursors.length - 1], this.effectivePageSize))] as const,
  });

  private get m(): LedgerMessages {
    return LEDGER_MESSAGES[this.locale];
  }

  /** The page size in use: `page-size` when it is a whole number 1–500, else 50. */
  get effectivePageSize(): number {
    const n = Number(this.pageSize);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) return n;
    if (!this.#warnedPageSize) {
      this.#warnedPageSize = true;
      this.log('warn', `page-size must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${JSON.stringify(this.pageSize)}; using ${DEFAULT_PAGE_SIZE}.`);
    }
    return DEFAULT_PAGE_SIZE;
  }

  /** The filters the table shows (read-only; change them through the form or `search()`). */
  get filters(): Readonly<LedgerFilters> {
    return { ...this.applied };
  }

  /** Applies `filters` (missing keys = any) and shows their first page. */
  search(filters: Partial<LedgerFilters> = {}): void {
    const next = { ...NO_FILTERS, ...filters };
    this.draft = { ...next };
    this.#apply(next);
  }

  #query(cursor: string | undefined, limit: number): LedgerQuery {
    const f = this.applied;
    const q: LedgerQuery = { limit };
    if (f.from) q.from = f.from;
    if (f.to) q.to = f.to;
    if (f.operator.trim()) q.operator = f.operator.trim();
    if (f.scenario) q.scenario = f.scenario;
    if (f.caseNumber.trim()) q.caseNumber = f.caseNumber.trim();
    if (cursor) q.cursor = cursor;
    return q;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('pageSize') && this.hasUpdated) this.cursors = [undefined];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After paging, keep the focus on the paging button used, or on the other one when it is now disabled.
    if (this.#pagingFocus && this.page.status === TaskStatus.COMPLETE) {
      const wanted = this.#pagingFocus;
      this.#pagingFocus = null;
      const root = this.renderRoot;
      const button = root.querySelector<HTMLButtonElement>(`button.${wanted}`);
      const other = root.querySelector<HTMLButtonElement>(`button.${wanted === 'next' ? 'previous' : 'next'}`);
      (button && !button.disabled ? button : other && !other.disabled ? other : root.querySelector<HTMLElement>('caption'))?.focus();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelExport(false);
  }

  // ---------------------------------------------------------------- filters and paging

  #apply(filters: LedgerFilters): void {
    if (filters.from && filters.to && isIsoDate(filters.from) && isIsoDate(filters.to) && filters.to < filters.from) {
      this.rangeError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#ledger-to')?.focus());
      return;
    }
    this.rangeError = false;
    this.applied = { ...filters };
    this.cursors = [undefined];
  }

  #submitFilters(event: Event): void {
    event.preventDefault();
    this.#apply(this.draft);
  }

  #resetFilters(): void {
    this.draft = { ...NO_FILTERS };
    this.#apply({ ...NO_FILTERS });
  }

  #setDraft(key: keyof LedgerFilters, value: string): void {
    this.draft = { ...this.draft, [key]: value };
    if (this.rangeError && (key === 'from' || key === 'to')) {
      const { from, to } = this.draft;
      if (!(from && to && to < from)) this.rangeError = false;
    }
  }

  #next(): void {
    const next = this.page.value?.nextCursor;
    if (!next || this.page.status === TaskStatus.PENDING) return;
    this.#pagingFocus = 'next';
    this.cursors = [...this.cursors, next];
  }

  #previous(): void {
    if (this.cursors.length <= 1 || this.page.status === TaskStatus.PENDING) return;
    this.#pagingFocus = 'previous';
    this.cursors = this.cursors.slice(0, -1);
  }

  // ---------------------------------------------------------------- export

  /** Exports every entry matching the applied filters, across all pages, as CSV (through `saveCsv`). */
  async exportCsv(): Promise<void> {
    const client = this.clientOrNull;
    if (!client || this.#exportRun) return;
    const run = { cancelled: false, controller: new AbortController() };
    this.#exportRun = run;
    const locale = this.locale;
    const entries: LedgerEntry[] = [];
    this.exportNotice = null;
    this.exporting = { done: 0, total: this.page.value?.total ?? null };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.cancel-export')?.focus());
    try {
      let cursor: string | undefined;
      do {
        const page = await client.ledger(this.#query(cursor, EXPORT_BATCH), { signal: run.controller.signal });
        if (run.cancelled) return;
        entries.push(...page.items);
        this.exporting = { done: entries.length, total: page.total ?? null };
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      if (entries.length === 0) {
        this.exportNotice = { kind: 'info', text: this.m.export.nothing };
        return;
      }
      this.saveCsv(this.m.export.filename(todayInChina()), ledgerCsv(entries, locale));
      this.exportNotice = { kind: 'done', text: this.m.export.done(formatNumber(this.locale, entries.length)) };
    } catch (error) {
      if (run.cancelled) return;
      this.log('warn', 'the export failed.', error);
      this.exportNotice = { kind: 'failed', text: this.m.export.failed(shared(this.locale).reason[reasonOf(error)]) };
    } finally {
      if (this.#exportRun === run) {
        this.#exportRun = null;
        this.exporting = null;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.export')?.focus());
      }
    }
  }

  /** Stops a running export; no file is made. */
  cancelExport(): void {
    this.#cancelExport(true);
  }

  #cancelExport(say: boolean): void {
    const run = this.#exportRun;
    if (!run) return;
    run.cancelled = true;
    run.controller.abort(); // the request in flight stops too
    this.#exportRun = null;
    this.exporting = null;
    if (say) {
      this.exportNotice = { kind: 'cancelled', text: this.m.export.cancelled };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.export')?.focus());
    }
  }

  // ---------------------------------------------------------------- verify a printed record

  /**
   * Verifies a printed check record: `text` is its digest (64 hex digits) or the text of its
   * QR code (`CASE:…\nSHA256:…`). Resolves with the query ids the ledger holds for it (empty:
   * no such record; null: the text holds no digest, or the ledger could not be asked).
   */
  async verifyRecord(text: string = this.verifyText): Promise<string[] | null> {
    const run = ++this.#verifyRun;
    this.verifyText = text;
    const ref = parseRecordReference(text);
    if (!ref) {
      this.verifyResult = { kind: 'invalid', text: (m) => m.verify.invalid };
      return null;
    }
    const client = this.clientOrNull;
    if (!client) return null;
    this.verifyResult = { kind: 'checking', text: (m) => m.verify.checking };
    try {
      const entries: LedgerEntry[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.ledger({ digest: ref.digest, limit: EXPORT_BATCH, ...(cursor ? { cursor } : {}) });
        entries.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      if (run !== this.#verifyRun) return null;
      const ids = entries.map((e) => e.queryId);
      if (!ids.length) {
        this.verifyResult = { kind: 'no-record', text: (m) => m.verify.noRecord };
        return ids;
      }
      const cases = [...new Set(entries.map((e) => e.caseNumber ?? '').filter(Boolean))];
      const differs = ref.caseNumber && cases.length > 0 && !cases.includes(ref.caseNumber) ? ref.caseNumber : null;
      this.verifyResult = {
        kind: 'matches',
        text: (m) => {
          const list = ids.join(this.locale === 'en' ? ', ' : '、');
          const sentence = m.verify.matches(list, formatNumber(this.locale, ids.length), cases.join(this.locale === 'en' ? ', ' : '、'));
          return differs ? `${sentence} ${m.verify.caseDiffers(differs, cases.join(this.locale === 'en' ? ', ' : '、'))}` : sentence;
        },
      };
      return ids;
    } catch (error) {
      if (run !== this.#verifyRun) return null;
      this.log('warn', 'the record could not be verified.', error);
      const reason = reasonOf(error);
      this.verifyResult = { kind: 'failed', text: (m) => m.verify.failed(shared(this.locale).reason[reason]) };
      return null;
    }
  }

  #submitVerify(event: Event): void {
    event.preventDefault();
    void this.verifyRecord(this.verifyText);
  }

  // ---------------------------------------------------------------- rendering

  protected override renderContent(): TemplateResult {
    return deskFrame(this.endpoint, this.m, () => html`${this.#renderFilters()} ${this.#renderResults()} ${this.#renderExport()} ${this.#renderVerify()}`);
  }

  #renderFilters(): TemplateResult {
    const f = this.m.filters;
    const d = this.draft;
    const scenarios = shared(this.locale).scenario;
    return html`<form part="filters" novalidate @submit=${this.#submitFilters}>
      <fieldset>
        <legend>${f.legend}</legend>
        <div class="fields">
          ${inputField({ id: 'ledger-from', name: 'from', type: 'date', label: f.from, value: d.from, onInput: (v) => this.#setDraft('from', v) })}
          ${inputField({
            id: 'ledger-to',
            name: 'to',
            type: 'date',
            min: d.from,
            label: f.to,
            value: d.to,
            error: this.rangeError && f.rangeInverted,
            errorRole: 'alert',
            onInput: (v) => this.#setDraft('to', v),
          })}
          ${inputField({ id: 'ledger-operator', name: 'operator', label: f.operator, value: d.operator, hint: f.operatorHint, onInput: (v) => this.#setDraft('operator', v) })}
          <div class="field">
            <label for="ledger-scenario">${f.scenario}</label>
            <select id="ledger-scenario" name="scenario" @change=${(e: Event) => this.#setDraft('scenario', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${d.scenario === ''}>${f.allScenarios}</option>
              ${SCENARIOS.map((s) => html`<option value=${s} ?selected=${d.scenario === s}>${scenarios[s] ?? s}</option>`)}
            </select>
          </div>
          ${inputField({ id: 'ledger-case', name: 'caseNumber', label: f.caseNumber, value: d.caseNumber, hint: f.caseNumberHint, onInput: (v) => this.#setDraft('caseNumber', v) })}
        </div>
        <div class="actions">
          <button type="submit" class="primary apply">${f.apply}</button>
          <button type="button" class="reset" @click=${this.#resetFilters}>${f.reset}</button>
        </div>
      </fieldset>
    </form>`;
  }

  #renderResults(): TemplateResult {
    const m = this.m;
    const status = this.page.status;
    const page = this.page.value as LedgerPage | undefined;
    if (status === TaskStatus.ERROR) {
      const reason = reasonOf(this.page.error);
      return html`<div class="problem results" role="alert">
        <p>${shared(this.locale).reason[reason]}</p>
        <div class="actions"><button type="button" class="retry" @click=${() => this.page.run()}>${m.retry}</button></div>
      </div>`;
    }
    if (!page) return html`<p class="loading" role="status">${m.loading}</p>`;
    const pending = status === TaskStatus.PENDING;
    const filtered = Object.values(this.applied).some((v) => v.trim() !== '');
    if (page.items.length === 0 && !pending) {
      return html`<p class="empty" role="status">${filtered ? m.emptyFiltered : m.empty}</p>`;
    }
    const index = this.cursors.length - 1;
    const first = index * this.effectivePageSize + 1;
    const last = first + page.items.length - 1;
    const n = (v: number) => formatNumber(this.locale, v);
    const total = page.total ?? null;
    const t = m.table;
    return html`<div class="results" aria-busy=${pending ? 'true' : 'false'}>
      <p class="summary" role="status">
        ${pending ? m.loading : m.range(n(first), n(last), total === null ? null : n(total))}
      </p>
      ${total !== null ? html`<p class="total">${m.total(n(total))}</p>` : nothing}
      <div class="scroll">
        <table part="table">
          <caption tabindex="-1">
            ${t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.at}</th>
              <th scope="col">${t.operator}</th>
              <th scope="col">${t.department}</th>
              <th scope="col">${t.scenario}</th>
              <th scope="col">${t.purpose}</th>
              <th scope="col">${t.caseNumber}</th>
              <th scope="col">${t.subjectName}</th>
              <th scope="col">${t.subjectId}</th>
              <th scope="col">${t.queryId}</th>
              <th scope="col">${t.outcome}</th>
              <th scope="col">${t.recordDigest}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map((entry) => {
              const [at, operator, department, scenario, purpose, caseNumber, name, id, queryId, outcome, digest] = ledgerCells(entry, this.locale);
              return html`<tr part="row" data-query-id=${entry.queryId} data-outcome=${entry.outcome ?? nothing}>
                <td class="time">${at}</td>
                <td>${operator}</td>
                <td>${department}</td>
                <td>${scenario}</td>
                <td>${purpose}</td>
                <td>${caseNumber}</td>
                <td>${name}</td>
                <td class="id">${id}</td>
                <td class="qid">${queryId}</td>
                <td class="outcome">${outcome}</td>
                <td class="digest">${digest}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <nav class="paging" part="paging" aria-label=${m.paging}>
        <button type="button" class="previous" ?disabled=${index === 0 || pending} @click=${this.#previous}>${m.previous}</button>
        <span class="page-number">${m.page(n(index + 1))}</span>
        <button type="button" class="next" ?disabled=${!page.nextCursor || pending} @click=${this.#next}>${m.next}</button>
      </nav>
    </div>`;
  }

  #renderVerify(): TemplateResult {
    const v = this.m.verify;
    const result = this.verifyResult;
    return html`<form class="verify" part="verify" novalidate @submit=${this.#submitVerify}>
      <fieldset>
        <legend>${v.legend}</legend>
        <div class="fields">
          ${inputField({
            id: 'ledger-verify',
            name: 'digest',
            autocomplete: 'off',
            spellcheck: false,
            label: v.label,
            value: this.verifyText,
            hint: v.hint,
            invalid: result?.kind === 'invalid',
            describedBy: 'ledger-verify-result',
            onInput: (value) => (this.verifyText = value),
          })}
        </div>
        <div class="actions"><button type="submit" class="primary verify-button">${v.button}</button></div>
        <p id="ledger-verify-result" class="verify-result" role="status" data-kind=${result?.kind ?? nothing}>${result ? result.text(this.m) : ''}</p>
      </fieldset>
    </form>`;
  }

  #renderExport(): TemplateResult {
    const e = this.m.export;
    const progress = this.exporting;
    const canExport = this.page.status === TaskStatus.COMPLETE && (this.page.value?.items.length ?? 0) > 0;
    const n = (v: number) => formatNumber(this.locale, v);
    return html`<div class="export" part="export">
      ${progress
        ? html`${progressBar({
              done: progress.done,
              total: progress.total,
              label: e.progressLabel,
              text: (done, total, percent) => e.progress(n(done), total === null ? null : n(total), percent === null ? null : n(percent)),
            })}
            <div class="actions"><button type="button" class="cancel-export" @click=${this.cancelExport}>${e.cancel}</button></div>`
        : html`<div class="actions">
            <button type="button" class="export" ?disabled=${!canExport} @click=${this.exportCsv}>${e.button}</button>
          </div>`}
      <p class="export-notice" role="status">${this.exportNotice?.text ?? ''}</p>
    </div>`;
  }
}
