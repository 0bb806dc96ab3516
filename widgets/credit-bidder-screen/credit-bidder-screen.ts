/**
 * `<credit-bidder-screen>`: batch screening of every bidder of a procurement or bidding
 * procedure — paste or CSV import, per-row validation, batched checks with a progress bar,
 * sortable and filterable results, CSV export and a printed check record for the file.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Outcome } from '../../src/contract/index.js';
import { reasonOf } from '../../src/client/errors.js';
import { getConfig } from '../../src/client/registry.js';
import type { CreditClient } from '../../src/client/index.js';
import { todayInChina } from '../../src/policy/dates.js';
import { unknownDecision } from '../../src/policy/unknown-decision.js';
import type { Decision } from '../../src/policy/decision.js';
import { CreditElement } from '../internal/credit-element.js';
import { downloadCsv as saveCsv } from '../internal/csv-export.js';
import { decisionDetailsStyles, renderDecisionDetails } from '../internal/decision-details.js';
import { emit } from '../internal/events.js';
import { formatNumber } from '../internal/locale.js';
import { outcomeIcon } from '../internal/outcome-icon.js';
import { progressBar, progressStyles } from '../internal/progress-bar.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { decodeFile, FileTooLargeError, MAX_FILE_BYTES, type TextEncodingName } from './decode-file.js';
import { bidderCsv, displayName, measuresLine, outcomeWord, printRows } from './export.js';
import { BIDDER_SCREEN_MESSAGES, type BidderScreenMessages } from './messages.js';
import { parseBidderRows, splitCells } from './parse-input.js';
import {
  FILTERS,
  OUTCOME_ORDER,
  RowBuilder,
  describeRow,
  filterCounts,
  isRetryable,
  matchesFilter,
  publicRow,
  sortRows,
  summarize,
  type BidderRow,
  type RowFilter,
  type RowSummary,
  type ScreenRow,
  type SortDirection,
  type SortKey,
} from './rows.js';
import { setBooleanAttribute } from '../internal/boolean-attribute.js';

export type { BidderRow, RowStatus, RowFilter, SortKey, SortDirection } from './rows.js';

/** `credit-screen-complete`: the outcome of a whole screening run. Person ids are masked in `rows`. */
export interface CreditScreenCompleteDetail {
  /** Rows imported. */
  total: number;
  /** Rows whose code is invalid (not sent). */
  invalid: number;
  /** Outcomes of the rows that were sent. */
  counts: Record<Outcome, number>;
  rows: readonly BidderRow[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-screen-complete': CustomEvent<CreditScreenCompleteDetail>;
  }
}

/** Ids per `client.check` call: one request each, so the progress moves per batch. */
const CHUNK = 100;
/** Calls in flight at once (a browser opens 6 connections per host). */
const PARALLEL = 6;
/** First guess of a collapsed row's height (px) until it has been measured. */
const ROW_ESTIMATE = 41;
/** Rows rendered beyond the visible ones, on each side. */
const BUFFER = 8;
/** Fewest rows rendered (fills the view before anything has been measured). */
const MIN_WINDOW = 24;
const COLUMNS = 6;
/** Rows validated per task while a list is read (a long list is read across several tasks). */
const BUILD_SLICE = 250;

/** Lets the browser run other tasks (input, rendering) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Index of the first offset greater than `y` (offsets ascending). */
function firstAbove(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The same name, written with other spaces or brackets. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/**
 * @tagname credit-bidder-screen
 * @summary Batch credit screening of bidders (政府采购 / 招标投标 / 公共资源交易): paste the
 * list from Excel or import a CSV (GBK, UTF-8 or UTF-16), see each row validated, screen
 * every bidder in batches of 100 with a progress bar, then sort, filter, expand the details
 * of any row, export a CSV and print the check record for the file.
 *
 * Rows with an invalid code are shown with the rule they break and are never sent; a
 * repeated code is marked and sent once; a suspect code (check character off) is sent with
 * a warning. A natural person's ID number is only ever shown masked (first 6 + last 4).
 * Long lists stay smooth: only the rows in view are rendered.
 *
 * @attr scenario - The decision point (`government-procurement`, `bidding`, `public-resource-trading` …); default: the page's `configure({ scenario })`. With neither, every row is `unknown` (`invalid-scenario`).
 * @attr purpose - Why the check is made; required to check natural persons' ID numbers.
 * @attr case-number - The procurement (case) number, recorded in the ledger and the printed record.
 * @attr endpoint - Base URL of the v1 API; overrides `configure({ endpoint })`.
 * @attr loading - Reflected: present while a screening run is in flight.
 *
 * @fires credit-screen-complete - A screening run finished (not when cancelled); `detail` is
 * `{ total, invalid, counts: { restricted, review, facilitated, clear, unknown }, rows }`,
 * person ids masked.
 *
 * @csspart base - The whole element.
 * @csspart input - The paste area and the file input.
 * @csspart paste - The paste area (`<textarea>`).
 * @csspart file - The file input.
 * @csspart status - The live status line (what was read, progress, completion).
 * @csspart actions - The buttons: screen / cancel, retry, export, print.
 * @csspart progress - The progress bar.
 * @csspart summary - The counts per outcome.
 * @csspart filter - The filter choices.
 * @csspart table - The scrolling results table.
 * @csspart row - One bidder (a `<tbody>` holding its row and, when expanded, its details).
 * @csspart badge - The outcome (icon and word) in a row.
 * @csspart details - The decision details of an expanded row.
 *
 * @cssprop --credit-bidder-screen-height - Maximum height of the results table before it scrolls (default 32em).
 */
export class CreditBidderScreen extends CreditElement {
  static override styles = [
    themeStyles,
    decisionDetailsStyles,
    progressStyles,
    css`
      :host {
        display: block;
      }
      .base {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      .input {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 2);
      }
      .paste {
        flex: 3 1 24em;
        display: grid;
        gap: calc(var(--_space) / 2);
        justify-items: start;
      }
      .file {
        flex: 1 1 14em;
        display: grid;
        gap: calc(var(--_space) / 2);
        align-content: start;
        /* level with the paste area below its label */
        padding-top: 1.9em;
      }
      label {
        font-weight: 600;
      }
      textarea {
        width: 100%;
        min-height: 7em;
        resize: vertical;
        padding: calc(var(--_space) / 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.92em;
      }
      .file-input {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
        opacity: 0;
      }
      label.file-button {
        justify-self: start;
        display: inline-flex;
        align-items: center;
        min-height: 32px;
        padding: calc(var(--_space) / 2) var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        font-weight: normal;
        cursor: pointer;
      }
      /* :focus, not :focus-visible (86+): older kernels must show the focus too. */
      .file-input:focus + label.file-button {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .file-input:disabled + label.file-button {
        cursor: not-allowed;
        opacity: 0.6;
      }
      .hint {
        margin: 0;
        color: var(--_muted);
        font-size: 0.9em;
      }
      .status {
        margin: 0;
        min-height: 1.5em;
      }
      .notice {
        margin: 0;
        padding: calc(var(--_space) / 2) var(--_space);
        border-inline-start: 4px solid var(--_review);
        background: var(--_surface);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) / 2) var(--_space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .summary li {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        padding: 2px var(--_space);
        border: 1px solid var(--_c, var(--_border));
        border-radius: var(--_radius);
      }
      .summary .icon {
        color: var(--_c, currentColor);
      }
      .summary .count {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .filter {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
        margin: 0;
        padding: 0;
        border: 0;
      }
      .filter legend {
        float: inline-start;
        padding: 0;
        margin-inline-end: var(--_space);
        font-weight: 600;
      }
      .filter label {
        font-weight: normal;
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        min-height: 24px;
      }
      .scroller {
        max-height: var(--credit-bidder-screen-height, 32em);
        overflow: auto;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      table {
        width: 100%;
        min-width: 48em;
        border-collapse: collapse;
        /* Column widths that do not change with the rows in view (and a cheaper layout). */
        table-layout: fixed;
      }
      col.c-index {
        width: 4.5em;
      }
      col.c-name {
        width: 26%;
      }
      col.c-code {
        width: 13.5em;
      }
      col.c-outcome {
        width: 8em;
      }
      col.c-toggle {
        width: 6.5em;
      }
      td,
      th {
        overflow-wrap: anywhere;
      }
      th,
      td {
        padding: calc(var(--_space) * 0.6) var(--_space);
        text-align: start;
        vertical-align: top;
      }
      thead th {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--_surface);
        border-bottom: 2px solid var(--_border);
        white-space: nowrap;
        vertical-align: middle;
      }
      tbody.row {
        border-top: 1px solid var(--_border);
      }
      tbody.row th {
        font-weight: normal;
      }
      .index {
        color: var(--_muted);
        font-variant-numeric: tabular-nums;
      }
      .code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        white-space: nowrap;
      }
      .platform-name {
        display: block;
        color: var(--_muted);
        font-size: 0.9em;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        white-space: nowrap;
        color: var(--_c, var(--_muted));
      }
      .badge .word {
        color: var(--_text);
      }
      .notes {
        font-size: 0.92em;
      }
      .notes > span {
        display: block;
      }
      .notes .problem {
        color: var(--_restricted);
      }
      .notes .warning {
        color: var(--_review);
      }
      button.sort {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        min-height: 24px;
        padding: 0 2px;
        border: 0;
        background: none;
        font-weight: 600;
      }
      .sort-mark {
        display: inline-block;
        width: 1em;
        color: var(--_muted);
      }
      button.expand {
        min-height: 28px;
        padding: 0 var(--_space);
        white-space: nowrap;
      }
      button.expand::after {
        content: '▸';
        display: inline-block;
        margin-inline-start: 0.3em;
      }
      button.expand[aria-expanded='true']::after {
        content: '▾';
      }
      .details-row > td {
        padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5);
        border-inline-start: 4px solid var(--_c, var(--_border));
      }
      .spacer td {
        padding: 0;
        border: 0;
      }
      .spacer.before td {
        height: var(--_before, 0px);
      }
      .spacer.after td {
        height: var(--_after, 0px);
      }
      .empty {
        margin: 0;
        color: var(--_muted);
      }
      @media (forced-colors: active) {
        .summary li,
        .scroller {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** The decision point; default `government-procurement`. */
  @property() scenario = '';
  /** Why the check is made; required for natural persons. */
  @property() purpose = '';
  /** The procurement (case) number, recorded in the ledger. */
  @property({ attribute: 'case-number' }) caseNumber = '';

  @state() private sortKey: SortKey = 'outcome';
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private filter: RowFilter = 'all';
  @state() private message = '';
  @state() private reading = false;
  @state() private windowStart = 0;
  @state() private windowEnd = 0;
  /** Bumped whenever the rows change, so that the element renders again. */
  @state() private revision = 0;

  #rows: ScreenRow[] = [];
  /** Rows done / sent in the current (or last) run; null before the first run of a list. */
  #progress: { done: number; total: number } | null = null;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  /** The rows shown, filtered and sorted. */
  #view: ScreenRow[] = [];
  #summary: RowSummary = summarize([]);
  #filterCounts: Record<RowFilter, number> = filterCounts([]);
  /** offsets[i]: top of view row i in the table body; offsets[n]: the height of all rows. */
  #offsets = new Float64Array(1);
  /** Measured heights by row index. */
  #heights = new Map<number, number>();
  #expanded = new Set<number>();
  #controller?: AbortController;
  #running?: Promise<void>;
  #loads = 0;
  #finishedAt?: Date;
  #frame = 0;
  /** The table's visible height and its header's, as last measured (px). */
  #viewport = 600;
  #headHeight = 40;
  #focusScreenButton = false;

  /** Every imported row, in the imported order (a frozen copy; person ids masked). */
  get rows(): readonly BidderRow[] {
    return Object.freeze(this.#rows.map(publicRow));
  }

  /** Whether a screening run is in flight. */
  get screening(): boolean {
    return !!this.#running;
  }

  protected get effectiveScenario(): string {
    return (this.scenario ?? '').trim() || (getConfig().scenario ?? '').trim();
  }

  protected get messages(): BidderScreenMessages {
    return BIDDER_SCREEN_MESSAGES[this.locale];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }

  // ------------------------------------------------------------------------- public API

  /**
   * Reads a bidder list: pasted text (tab-, comma- or semicolon-separated, with or without
   * a header row) or a CSV `File` / `Blob` in UTF-8, GBK or UTF-16. Replaces the rows (a
   * screening in flight is cancelled) and resolves with them. Never rejects: a file that
   * cannot be read is reported in the element's status line.
   */
  async load(textOrFile: string | Blob): Promise<readonly BidderRow[]> {
    const load = ++this.#loads;
    const m = this.messages;
    await this.cancel();
    let text: string;
    let encoding: TextEncodingName | undefined;
    let fileName: string | undefined;
    if (typeof textOrFile === 'string') {
      text = textOrFile;
    } else if (typeof Blob !== 'undefined' && textOrFile instanceof Blob) {
      this.reading = true;
      this.message = m.readingFile;
      fileName = (textOrFile as File).name || undefined;
      try {
        ({ text, encoding } = await decodeFile(textOrFile));
      } catch (error) {
        if (load === this.#loads) {
          this.reading = false;
          this.message = error instanceof FileTooLargeError ? m.fileTooLarge(Math.round(MAX_FILE_BYTES / 1024 / 1024)) : m.fileUnreadable;
        }
        this.log('warn', 'the file could not be read.', error);
        return this.rows;
      }
    } else {
      this.log('warn', 'load() takes the pasted text (a string) or a CSV File; ignoring the argument.');
      return this.rows;
    }

    let cells: Awaited<ReturnType<typeof splitCells>>;
    try {
      cells = await splitCells(text);
    } catch (error) {
      this.log('error', 'the CSV parser (papaparse) could not be loaded.', error);
      if (load === this.#loads) {
        this.reading = false;
        this.message = m.parserUnavailable;
      }
      return this.rows;
    }
    if (load !== this.#loads) return this.rows; // a newer load() won

    // A long list is validated in slices, each in its own task, so the page stays responsive.
    const long = cells.rows.length > BUILD_SLICE;
    if (long) await nextTask();
    const parsed = parseBidderRows(cells.rows, cells.delimiter);
    const builder = new RowBuilder(this.locale);
    for (let i = 0; i < parsed.entries.length; i += BUILD_SLICE) {
      if (long) await nextTask();
      if (load !== this.#loads) return this.rows;
      builder.add(parsed.entries.slice(i, i + BUILD_SLICE));
    }
    if (long) await nextTask();
    if (load !== this.#loads) return this.rows;

    this.#rows = builder.rows;
    this.#expanded.clear();
    this.#heights.clear();
    this.#finishedAt = undefined;
    this.#progress = null;
    this.reading = false;
    const s = summarize(this.#rows);
    const sentences: string[] = [];
    if (s.total === 0) sentences.push(m.nothingRead);
    else sentences.push(m.loaded(s.total, s.pending, s.invalid, s.duplicate));
    if (parsed.header && s.total) sentences.push(m.headerSkipped);
    if (fileName) sentences.push(m.fileRead(fileName));
    if (encoding) sentences.push(m.encoding(m.encodingName[encoding]));
    this.message = sentences.join(' ');
    this.#refresh(true);
    return this.rows;
  }

  /**
   * Screens every row that can be sent (again, if it was screened before), 100 ids per
   * request, and resolves when the run is over (finished or cancelled). While a run is in
   * flight it returns that run.
   */
  screen(): Promise<void> {
    if (this.#running) return this.#running;
    return this.#start(this.#rows.filter((r) => r.status === 'pending' || r.status === 'done'));
  }

  /** Screens again only the rows whose check failed (network, timeout, HTTP error, unreadable answer). */
  retryFailed(): Promise<void> {
    if (this.#running) return this.#running;
    return this.#start(this.#rows.filter(isRetryable));
  }

  /** Cancels the screening in flight: rows not done yet go back to "not checked yet". */
  async cancel(): Promise<void> {
    const running = this.#running;
    if (!running) return;
    this.#controller?.abort();
    await running;
  }

  /** The results as CSV text (UTF-8 byte-order mark, CRLF), all rows in the table's order; person ids masked. */
  exportCsv(): string {
    return bidderCsv(this.#sortedAll(), this.locale);
  }

  /** Saves {@link exportCsv} as a file. */
  downloadCsv(): void {
    saveCsv(this.messages.fileName(todayInChina()), this.exportCsv());
  }

  /**
   * Prints the check record of the whole list (查询记录单): one row per bidder with its
   * SHA-256, and one SHA-256 over the list, in the table's order. Resolves once the print
   * dialog has closed.
   */
  async print(): Promise<void> {
    try {
      // Loaded on first use: most visits never print.
      const { checkRecordListTemplate, printDocument } = await import('../internal/print/index.js');
      const config = getConfig();
      const rows = printRows(this.#sortedAll(), this.effectiveScenario);
      const template = await checkRecordListTemplate(rows, {
        locale: this.locale,
        endpoint: this.#endpointForRecord(),
        operator: config.operator,
        department: config.department,
        purpose: this.purpose,
        caseNumber: this.caseNumber,
        checkedAt: this.#finishedAt ?? null,
      });
      await printDocument(template, { lang: this.locale });
    } catch (error) {
      this.log('error', 'printing the check record failed.', error);
      this.message = this.messages.printFailed;
    }
  }

  // ------------------------------------------------------------------------- screening

  #endpointForRecord(): string {
    try {
      return this.client.endpoint;
    } catch {
      return this.endpoint ?? '';
    }
  }

  #start(targets: ScreenRow[]): Promise<void> {
    const m = this.messages;
    if (targets.length === 0) {
      if (this.#rows.length === 0) {
        this.message = m.noRows;
        return Promise.resolve();
      }
      this.message = m.nothingToSend;
      this.#complete();
      return Promise.resolve();
    }
    let client: CreditClient;
    try {
      client = this.client;
    } catch (error) {
      this.log('error', 'no endpoint: give the element an endpoint attribute or call configure({ endpoint }).', error);
      this.message = m.noEndpoint;
      return Promise.resolve();
    }
    const run = (async () => {
      let finished = false;
      try {
        finished = await this.#run(client, targets);
      } catch (error) {
        // A bug, not a platform failure: never leave rows spinning.
        this.log('error', 'screening stopped unexpectedly.', error);
        for (const row of targets) if (row.status === 'screening') row.status = 'pending';
      } finally {
        this.#running = undefined;
        this.#controller = undefined;
        setBooleanAttribute(this, 'loading', false);
      }
      if (finished) this.#complete();
      else this.#refresh();
    })();
    this.#running = run;
    this.#scheduleRefresh();
    return run;
  }

  /** Screens `targets`; resolves true when every one is done, false when the run was cancelled. */
  async #run(client: CreditClient, targets: ScreenRow[]): Promise<boolean> {
    const m = this.messages;
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const scenario = this.effectiveScenario;
    const options = {
      scenario: scenario || undefined,
      purpose: this.purpose?.trim() || undefined,
      caseNumber: this.caseNumber?.trim() || undefined,
      signal,
    };
    for (const row of targets) {
      row.status = 'screening';
      row.decision = undefined;
      this.#expanded.delete(row.index);
    }
    const chunks: ScreenRow[][] = [];
    for (let i = 0; i < targets.length; i += CHUNK) chunks.push(targets.slice(i, i + CHUNK));
    let next = 0;
    const progress = { done: 0, total: targets.length };
    this.#progress = progress;
    this.message = m.screening(targets.length);
    setBooleanAttribute(this, 'loading', true);
    this.#scheduleRefresh();
    // The view and the first requests each get a task of their own.
    await nextTask();

    // Results are stored as they arrive; the view follows in a task of its own, once for
    // batches that arrive together, so that no task grows long.
    const apply = (chunk: ScreenRow[], decisions: Decision[]) => {
      chunk.forEach((row, i) => {
        row.decision = decisions[i];
        row.status = 'done';
      });
      progress.done += chunk.length;
      this.#scheduleRefresh();
    };
    const worker = async () => {
      while (next < chunks.length && !signal.aborted) {
        const chunk = chunks[next++];
        let decisions: Decision[];
        try {
          decisions = await client.check(
            chunk.map((r) => r.value),
            options,
          );
        } catch (error) {
          if (signal.aborted) return;
          // check() rejects only on misuse; never leave rows spinning.
          this.log('warn', 'a batch could not be checked; its rows are unknown.', error);
          const reason = reasonOf(error);
          decisions = chunk.map((r) => unknownDecision(reason, { subjectId: r.id, scenario }));
        }
        apply(chunk, decisions);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, chunks.length) }, worker));

    const left = targets.filter((r) => r.status === 'screening');
    if (left.length) {
      for (const row of left) row.status = 'pending';
      this.message = m.cancelled(targets.length - left.length, left.length);
      return false;
    }
    this.#finishedAt = new Date();
    return true;
  }

  /** A run is over: say so, and tell the page. */
  #complete(): void {
    const m = this.messages;
    const s = summarize(this.#rows);
    if (s.done) {
      const sentences = [m.complete(s.done, s.counts.restricted, s.counts.unknown, s.counts.review)];
      if (s.failed) sentences.push(m.failedRows(s.failed));
      this.message = sentences.join(' ');
    }
    this.#refresh();
    const detail: CreditScreenCompleteDetail = { total: s.total, invalid: s.invalid, counts: { ...s.counts }, rows: this.rows };
    emit(this, 'credit-screen-complete', detail);
  }

  // ------------------------------------------------------------------------- the view

  #sortedAll(): ScreenRow[] {
    return sortRows(this.#rows, this.sortKey, this.sortDirection, this.locale);
  }

  #scheduleRefresh(): void {
    this.#refreshTimer ??= setTimeout(() => {
      this.#refreshTimer = undefined;
      this.#refresh();
    }, 0);
  }

  /** Recomputes the summary, the filtered and sorted view, and the rendered window. */
  #refresh(toTop = false): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    this.#summary = summarize(this.#rows);
    this.#filterCounts = filterCounts(this.#rows);
    this.#view = sortRows(
      this.#rows.filter((r) => matchesFilter(r, this.filter)),
      this.sortKey,
      this.sortDirection,
      this.locale,
    );
    this.#computeOffsets();
    const scroller = this.#scroller;
    if (toTop && scroller) scroller.scrollTop = 0;
    this.#updateWindow(toTop);
    this.revision++;
  }

  get #scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  #computeOffsets(): void {
    const n = this.#view.length;
    const offsets = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + (this.#heights.get(this.#view[i].index) ?? ROW_ESTIMATE);
    this.#offsets = offsets;
  }

  /** Sets the rendered window to the rows in view plus a buffer. */
  #updateWindow(toTop = false): void {
    const n = this.#view.length;
    const scroller = this.#scroller;
    const top = toTop || !scroller ? 0 : Math.max(0, scroller.scrollTop - this.#headHeight);
    const viewport = this.#viewport;
    const first = Math.max(0, firstAbove(this.#offsets, top) - 1);
    const last = Math.min(n, firstAbove(this.#offsets, top + viewport));
    const start = Math.max(0, Math.min(first, n) - BUFFER);
    const end = Math.min(n, Math.max(last + BUFFER, start + MIN_WINDOW));
    if (start !== this.windowStart) this.windowStart = start;
    if (end !== this.windowEnd) this.windowEnd = end;
  }

  /** Once per frame: measure the rendered rows, place the spacers, move the window. */
  #scheduleFrame = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
      this.#updateWindow();
    });
  };

  /** Reads the real heights of the rendered rows (in a frame of its own, not in the render's task). */
  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#viewport = scroller.clientHeight || this.#viewport;
    this.#headHeight = scroller.querySelector('thead')?.getBoundingClientRect().height ?? this.#headHeight;
    let measured = false;
    for (const body of scroller.querySelectorAll<HTMLElement>('tbody.row')) {
      const height = body.getBoundingClientRect().height;
      if (!height) continue;
      const index = Number(body.dataset.index);
      if (Math.abs((this.#heights.get(index) ?? ROW_ESTIMATE) - height) > 0.5) {
        this.#heights.set(index, height);
        measured = true;
      }
    }
    if (measured) {
      this.#computeOffsets();
      this.#placeSpacers();
    }
  }

  /** The spacers stand in for the rows before and after the window. */
  #placeSpacers(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const n = this.#view.length;
    const start = Math.min(this.windowStart, n);
    const end = Math.min(this.windowEnd, n);
    // Custom properties through the CSSOM: allowed under a strict CSP (no style attribute in markup).
    scroller.style.setProperty('--_before', `${this.#offsets[start]}px`);
    scroller.style.setProperty('--_after', `${this.#offsets[n] - this.#offsets[end]}px`);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The problems and warnings are sentences: rewrite them when the language changes.
    const locale = this.locale;
    if (this.#rows.length && this.#rows[0].locale !== locale) {
      for (const row of this.#rows) describeRow(row, locale);
      this.#summary = summarize(this.#rows);
      this.#filterCounts = filterCounts(this.#rows);
    }
    setBooleanAttribute(this, 'loading', this.screening);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    setBooleanAttribute(this, 'loading', this.screening);
    this.#placeSpacers();
    if (this.#scroller) this.#scheduleFrame();
    if (this.#focusScreenButton) {
      this.#focusScreenButton = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button.screen')?.focus();
    }
  }

  #sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    }
    this.#refresh(true);
  }

  #setFilter(filter: RowFilter): void {
    if (this.filter === filter) return;
    this.filter = filter;
    this.#refresh(true);
  }

  #toggle(index: number): void {
    if (this.#expanded.has(index)) this.#expanded.delete(index);
    else this.#expanded.add(index);
    this.revision++;
  }

  // ------------------------------------------------------------------------- input events

  #onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;
    event.preventDefault();
    const area = event.currentTarget as HTMLTextAreaElement;
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    void this.load(area.value);
  };

  #onLoadPasted = (): void => {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    void this.load(area?.value ?? '');
  };

  #onFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.load(file);
    input.value = ''; // the same file can be chosen again after it was edited
  };

  #onScreenButton = (): void => {
    if (this.screening) void this.cancel();
    else void this.screen();
  };

  #onRetry = (): void => {
    this.#focusScreenButton = true; // the retry button goes away while the run is in flight
    void this.retryFailed();
  };

  // ------------------------------------------------------------------------- rendering

  protected renderContent(): TemplateResult {
    const m = this.messages;
    const s = this.#summary;
    const screening = this.screening;
    return html`<section part="base" class="base" aria-label=${m.title}>
      ${this.#renderInput(m, screening)}
      <p class="status" part="status" role="status">${this.message}</p>
      ${s.persons && !this.purpose?.trim() ? html`<p class="notice">${m.personsNeedPurpose(s.persons)}</p>` : nothing}
      ${this.#renderActions(m, s, screening)}
      ${this.#progress
        ? progressBar({
            done: this.#progress.done,
            total: this.#progress.total,
            label: m.progressLabel,
            text: m.progressText,
          })
        : nothing}
      ${s.total ? this.#renderSummary(m, s) : nothing} ${s.total ? this.#renderFilter(m) : nothing}
      ${s.total ? this.#renderTable(m) : html`<p class="empty">${m.noRows}</p>`}
    </section>`;
  }

  #renderInput(m: BidderScreenMessages, screening: boolean): TemplateResult {
    return html`<div class="input" part="input">
      <div class="paste">
        <label for="paste">${m.pasteLabel}</label>
        <textarea
          id="paste"
          part="paste"
          rows="5"
          spellcheck="false"
          autocomplete="off"
          aria-describedby="paste-hint"
          ?disabled=${this.reading}
          @paste=${this.#onPaste}
        ></textarea>
        <p id="paste-hint" class="hint">${m.pasteHint}</p>
        <button type="button" class="load" ?disabled=${this.reading || screening} @click=${this.#onLoadPasted}>${m.loadPasted}</button>
      </div>
      <div class="file">
        <!-- A real file input, drawn as the label beside it so that its text is in the page's language. -->
        <input
          id="file"
          part="file"
          class="file-input"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          aria-describedby="file-hint"
          ?disabled=${this.reading}
          @change=${this.#onFile}
        />
        <label for="file" class="file-button">${m.fileLabel}</label>
        <p id="file-hint" class="hint">${m.fileHint}</p>
      </div>
    </div>`;
  }

  #renderActions(m: BidderScreenMessages, s: RowSummary, screening: boolean): TemplateResult {
    const sendable = s.pending + s.done + s.screening;
    const label = screening ? m.cancel : s.done ? m.screenAgain : m.screen;
    return html`<div class="actions" part="actions" role="group" aria-label=${m.actions}>
      <button type="button" class="screen ${screening ? '' : 'primary'}" ?disabled=${!screening && (!sendable || this.reading)} @click=${this.#onScreenButton}>
        ${label}
      </button>
      ${s.failed && !screening ? html`<button type="button" class="retry" @click=${this.#onRetry}>${m.retryFailed(s.failed)}</button>` : nothing}
      <button type="button" class="export" ?disabled=${!s.total} @click=${() => this.downloadCsv()}>${m.exportCsv}</button>
      <button type="button" class="print" ?disabled=${screening || !(s.done + s.invalid)} @click=${() => void this.print()}>${m.print}</button>
    </div>`;
  }

  #renderSummary(m: BidderScreenMessages, s: RowSummary): TemplateResult {
    const locale = this.locale;
    const w = shared(this.locale);
    const item = (label: string, n: number, kind: string) =>
      html`<li data-kind=${kind}><span class="label">${label}</span> <span class="count">${formatNumber(locale, n)}</span></li>`;
    return html`<ul class="summary" part="summary" aria-label=${m.summaryLabel}>
      ${item(m.total, s.total, 'total')}
      ${OUTCOME_ORDER.map(
        (o) =>
          html`<li data-kind=${o} data-outcome=${o}>
            ${outcomeIcon(o)}<span class="label">${w.outcome[o]}</span> <span class="count">${formatNumber(locale, s.counts[o])}</span>
          </li>`,
      )}
      ${item(m.invalid, s.invalid, 'invalid')} ${item(m.duplicate, s.duplicate, 'duplicate')} ${item(m.warned, s.warned, 'warned')}
      ${s.pending + s.screening ? item(m.pending, s.pending + s.screening, 'pending') : nothing}
    </ul>`;
  }

  #renderFilter(m: BidderScreenMessages): TemplateResult {
    const counts = this.#filterCounts;
    return html`<fieldset class="filter" part="filter">
      <legend>${m.filterLegend}</legend>
      ${FILTERS.map(
        (f) =>
          html`<label
            ><input
              type="radio"
              name="filter"
              value=${f}
              .checked=${this.filter === f}
              @change=${() => this.#setFilter(f)}
            />${m.filterOption(m.filter[f], counts[f])}</label
          >`,
      )}
    </fieldset>`;
  }

  #renderTable(m: BidderScreenMessages): TemplateResult {
    const n = this.#view.length;
    const start = Math.min(this.windowStart, n);
    const end = Math.min(this.windowEnd, n);
    const rows = this.#view.slice(start, end);
    const sortHeader = (key: SortKey, label: string, cls: string) => {
      const active = this.sortKey === key;
      const mark = active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '';
      return html`<th scope="col" class=${cls} aria-sort=${active ? this.sortDirection : nothing}>
        <button type="button" class="sort" data-sort=${key} @click=${() => this.#sortBy(key)}>
          ${label}<span class="sort-mark" aria-hidden="true">${mark}</span>
        </button>
      </th>`;
    };
    return html`<div class="scroller" part="table" role="region" aria-label=${m.tableLabel} tabindex="0" @scroll=${this.#scheduleFrame}>
      <table aria-rowcount=${n + 1}>
        <colgroup>
          <col class="c-index" />
          <col class="c-name" />
          <col class="c-code" />
          <col class="c-outcome" />
          <col class="c-notes" />
          <col class="c-toggle" />
        </colgroup>
        <thead>
          <tr aria-rowindex="1">
            ${sortHeader('index', m.column.index, 'index')} ${sortHeader('name', m.column.name, 'name')}
            ${sortHeader('code', m.column.code, 'code')} ${sortHeader('outcome', m.column.outcome, 'outcome')}
            <th scope="col" class="notes">${m.column.notes}</th>
            <th scope="col" class="toggle"><span class="visually-hidden">${m.column.details}</span></th>
          </tr>
        </thead>
        <tbody class="spacer before" aria-hidden="true">
          <tr>
            <td colspan=${COLUMNS}></td>
          </tr>
        </tbody>
        ${repeat(
          rows,
          (row) => row.index,
          (row, i) => this.#renderRow(row, start + i, m),
        )}
        <tbody class="spacer after" aria-hidden="true">
          <tr>
            <td colspan=${COLUMNS}></td>
          </tr>
        </tbody>
        ${n === 0
          ? html`<tbody class="no-match">
              <tr>
                <td colspan=${COLUMNS}>${m.noMatch}</td>
              </tr>
            </tbody>`
          : nothing}
      </table>
    </div>`;
  }

  #renderRow(row: ScreenRow, position: number, m: BidderScreenMessages): TemplateResult {
    const locale = this.locale;
    const w = shared(this.locale);
    const decision = row.status === 'done' ? row.decision : undefined;
    const expanded = !!decision && this.#expanded.has(row.index);
    const name = displayName(row);
    const platformName = decision?.subject?.name;
    const shape: Outcome | 'loading' | null = decision
      ? decision.outcome
      : row.status === 'screening'
        ? 'loading'
        : row.status === 'invalid'
          ? 'unknown'
          : null;
    const notes: TemplateResult[] = [];
    if (row.problem) notes.push(html`<span class="problem">${row.problem}</span>`);
    for (const warning of row.warnings) notes.push(html`<span class="warning">${warning}</span>`);
    if (decision) {
      if (decision.outcome === 'unknown') {
        if (decision.reason) notes.push(html`<span class="reason">${w.reason[decision.reason]}</span>`);
      } else if (decision.applied.length || decision.suspended.length) {
        notes.push(html`<span class="measures">${measuresLine(decision, locale)}</span>`);
      }
    }
    return html`<tbody
      class="row"
      part="row"
      data-index=${row.index}
      data-status=${row.status}
      data-outcome=${decision ? decision.outcome : nothing}
    >
      <tr aria-rowindex=${position + 2}>
        <td class="index">${formatNumber(locale, row.index)}</td>
        <th scope="row" class="name" id=${`name-${row.index}`}>
          ${name}${row.name && platformName && !sameName(row.name, platformName)
            ? html`<span class="platform-name">${m.platformName(platformName)}</span>`
            : nothing}
        </th>
        <td class="code">${row.id}</td>
        <td class="outcome">
          <span class="badge" part="badge" data-outcome=${shape ?? nothing}
            >${shape ? outcomeIcon(shape) : nothing}<span class="word">${outcomeWord(row, locale)}</span></span
          >
        </td>
        <td class="notes">${notes}</td>
        <td class="toggle">
          ${decision
            ? html`<button
                type="button"
                class="expand"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls=${expanded ? `details-${row.index}` : nothing}
                aria-describedby=${`name-${row.index}`}
                @click=${() => this.#toggle(row.index)}
              >
                ${m.showDetails}
              </button>`
            : nothing}
        </td>
      </tr>
      ${expanded && decision
        ? html`<tr class="details-row" data-outcome=${decision.outcome}>
            <td colspan=${COLUMNS} id=${`details-${row.index}`}>${renderDecisionDetails(decision, locale, { compact: true, headingLevel: 3 })}</td>
          </tr>`
        : nothing}
    </tbody>`;
  }
}
