/**
 * `<credit-bidder-screen>`: batch screening of every bidder of a procurement or bidding
 * procedure — paste or CSV import, per-row validation, batched checks with a progress bar,
 * sortable and filterable results, CSV export and a printed check record for the file.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Outcome } from '../../src/contract/index.js';
import { screenSubjects } from '../../src/client/screen-subjects.js';
import { getConfig } from '../../src/client/registry.js';
import type { CreditClient } from '../../src/client/index.js';
import type { QueryAuthorization } from '../../src/client/options.js';
import { todayInChina } from '../../src/policy/dates.js';
import { CreditElement } from '../internal/credit-element.js';
import { downloadCsv as saveCsv } from '../internal/csv-export.js';
import { decisionDetailsStyles, renderDecisionDetails } from '../internal/decision-details.js';
import { emit } from '../internal/events.js';
import { formatNumber } from '../internal/locale.js';
import { outcomeIcon } from '../internal/outcome-icon.js';
import { progressBar, progressStyles } from '../internal/progress-bar.js';
import { themeStyles } from '../internal/theme.js';
import { shared } from '../locales/index.js';
import { decodeBytes, FileTooLargeError, MAX_FILE_BYTES, type TextEncodingName } from './decode-file.js';
import { looksLikeZip } from './read-xlsx.js';
import { VirtualWindow } from '../internal/virtual-window.js';
import { bidderCsv, displayName, measuresLine, outcomeWord, printRows } from './export.js';
import { BIDDER_SCREEN_MESSAGES, type BidderScreenMessages } from './messages.js';
import { bidderScreenStyles } from './credit-bidder-screen.styles.js';
import { parseBidderRows, splitCells } from './parse-input.js';
import {
  FILTERS,
  OUTCOME_ORDER,
  RowBuilder,
  authorizationGap,
  needsVerification,
  noteDecision,
  rowTexts,
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
import { offersManualVerification, type CreditManualVerification, type CreditVerificationDetail } from '../internal/manual-verification.js';
import { OutboxController, problemText } from '../internal/outbox-controller.js';
import type { OutboxState } from '../../src/client/outbox.js';
import type { OutboxItem } from '../../src/client/outbox-store.js';
import '../internal/manual-verification.js';
import type { Decision } from '../../src/policy/decision.js';
import { MANUAL_VERIFICATION_MESSAGES } from '../internal/manual-verification-messages.js';

export type { BidderRow, RowStatus, RowFilter, RowProblem, RowWarning, SortKey, SortDirection } from './rows.js';

/** `credit-screen-complete`: the outcome of a whole screening run. Person ids are masked in `rows`. */
export interface CreditScreenCompleteDetail {
  /** Rows imported. */
  total: number;
  /** Rows whose code is invalid (not sent). */
  invalid: number;
  /** Outcomes of the rows that were sent (a row whose name does not match its code is counted in `needsVerification`, never as clear). */
  counts: Record<Outcome, number>;
  /** Rows whose registered name differs from the name entered (需核对). */
  needsVerification: number;
  rows: readonly BidderRow[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-screen-complete': CustomEvent<CreditScreenCompleteDetail>;
  }
}

/** Rows validated per task while a list is read (a long list is read across several tasks). */
const BUILD_SLICE = 250;
const COLUMNS = 6;

/** Lets the browser run other tasks (input, rendering) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** RFC 3339 in China Standard Time. */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\.\d+Z$/, '+08:00');
}

/** A status line: made in the page's language at render time, so a language switch only re-renders. */
type StatusLine = (m: BidderScreenMessages) => string;

/** A row's 人工核查 form, kept by the row's key while the row is out of the virtual window, and the decision it verifies. */
interface RowForm {
  element: CreditManualVerification;
  decision: Decision;
}

/**
 * A verification a row's form wrote that the outbox still holds: the row it belongs to, what
 * the form announced (`credit-verification`'s detail) and the form, which leaves the page once
 * the row shows the verification.
 */
interface RowWrite {
  row: ScreenRow;
  detail: CreditVerificationDetail;
  form: CreditManualVerification;
}

/** The element that has the focus, looking into open shadow roots. */
function deepActive(active: Element): Element {
  let a = active;
  while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
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
 * @attr authorization - The authorisation of the person checks (`statutory-duty` or `subject-consent`); default: `configure({ authorization })`. A row of the list's authorisation column (授权书编号 …) overrides it for that row. A person row without one is refused before any request (`unknown`, `authorization-required`), saying what is missing.
 * @attr authorization-ref - The authorisation's reference: the consent's 授权书编号 (required for `subject-consent`) or the duty's legal citation.
 * @attr case-number - The procurement (case) number, recorded in the ledger and the printed record.
 * @attr project-number - The project number (项目编号) printed on every page of the record; default: `case-number`.
 * @attr project-name - The project name (项目名称) printed on every page of the record.
 * @attr loading - Reflected: present while a screening run is in flight.
 *
 * @fires credit-screen-complete - A screening run finished (not when cancelled); `detail` is
 * `{ total, invalid, counts: { restricted, review, facilitated, clear, unknown }, rows }`,
 * person ids masked.
 * @fires credit-verification - A manual verification (人工核查) recorded in a row: `detail` is `{ verification, state, key }` (person ids masked), once per delivery state — also `sent` (or `rejected`) when the outbox delivers a write made offline later on.
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
    bidderScreenStyles,
  ];

  /** The decision point; default `government-procurement`. */
  @property() scenario = '';
  /** Why the check is made; required for natural persons. */
  @property() purpose = '';
  /**
   * The authorisation of the person checks (domain rules §1): `statutory-duty` or
   * `subject-consent`; default `configure({ authorization })`. A row's own authorisation
   * (the list's 授权 / 授权书编号 column) comes first.
   */
  @property() authorization = '';
  /** The authorisation's reference: the consent's 授权书编号 or the duty's legal citation. */
  @property({ attribute: 'authorization-ref' }) authorizationRef = '';
  @property({ attribute: 'case-number' }) caseNumber = '';
  /** The project number printed on the record (default: the case number). */
  @property({ attribute: 'project-number' }) projectNumber = '';
  /** The project name printed on the record. */
  @property({ attribute: 'project-name' }) projectName = '';

  @state() private sortKey: SortKey = 'outcome';
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private filter: RowFilter = 'all';
  @state() private message: StatusLine | null = null;
  @state() private reading = false;

  #rows: ScreenRow[] = [];
  /** Rows done / sent in the current (or last) run; null before the first run of a list. */
  #progress: { done: number; total: number } | null = null;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  /** The rows shown, filtered and sorted. */
  #view: ScreenRow[] = [];
  #summary: RowSummary = summarize([]);
  #filterCounts: Record<RowFilter, number> = filterCounts([]);
  readonly #window = new VirtualWindow(this, {
    scroller: () => this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null,
    rowSelector: 'tbody.row',
  });
  #expanded = new Set<number>();
  /**
   * The 人工核查 forms of the rows, by row key: the same element each time its row is rendered,
   * so that what the clerk typed (and a write in flight, a field's message) survives the row
   * leaving the virtual window, being collapsed, a re-render or a language switch. In memory
   * only, like every form's draft: a new list drops them, a reload forgets them.
   */
  readonly #forms = new Map<number, RowForm>();
  /**
   * The verifications the rows' forms wrote in this page that the outbox has not delivered yet,
   * by Idempotency-Key. A row drops its form once it shows the verification, so the screen
   * follows the write in the form's place: the row's line turns from queued to sent (or
   * rejected, and the form is offered again) and `credit-verification` says so.
   */
  readonly #writes = new Map<string, RowWrite>();
  readonly #outbox = new OutboxController(this, {
    // Only while a row's write waits: a screen whose rows wrote nothing does not load the outbox.
    client: () => (this.#writes.size ? this.clientOrNull : null),
    concerns: (item) => item.kind === 'verification' && this.#writes.has(item.key),
    onChange: (event) => this.#delivered(event.item.key, event.state, event.item),
    // Re-read when the screen starts following (a write may have been delivered just before): the latest state of each.
    onPending: () => this.#outbox.writes().forEach((write) => this.#delivered(write.item.key, write.state, write.item)),
    log: (message, error) => this.log('warn', message, error),
  });
  /** Where the focus was inside a row that then left the DOM: it goes back there when the row returns, unless something else took it. */
  #lostFocus: { key: number; node: Element } | null = null;
  /** A row whose form was cancelled: the focus goes back to its details button. */
  #focusExpand?: number;
  #controller?: AbortController;
  #running?: Promise<void>;
  #loads = 0;
  #finishedAt?: Date;
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

  /** The authorisation for person rows without their own: the attributes', else the page's `configure({ authorization })`. */
  protected get defaultAuthorization(): QueryAuthorization | undefined {
    const basis = (this.authorization ?? '').trim();
    if (basis === 'statutory-duty' || basis === 'subject-consent') {
      const reference = (this.authorizationRef ?? '').trim();
      return reference ? { basis, reference } : { basis };
    }
    if (basis) this.log('warn', `authorization must be "statutory-duty" or "subject-consent", got ${JSON.stringify(basis.slice(0, 40))}; using the page's default.`);
    return getConfig().authorization;
  }

  /** The authorisation a row is checked with: its own, else the element's default. */
  #authorizationOf(row: ScreenRow, fallback: QueryAuthorization | undefined): QueryAuthorization | undefined {
    return row.authorization ?? fallback;
  }

  /** Person rows that would be sent without a complete authorisation (they are refused before any request). */
  #personsWithoutAuthorization(): number {
    const fallback = this.defaultAuthorization;
    let n = 0;
    for (const row of this.#rows) {
      if (row.type !== 'idcard' || (row.status !== 'pending' && row.status !== 'done' && row.status !== 'screening')) continue;
      if (authorizationGap(this.#authorizationOf(row, fallback))) n++;
    }
    return n;
  }

  protected get messages(): BidderScreenMessages {
    return BIDDER_SCREEN_MESSAGES[this.locale];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
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
    await this.cancel();
    let cells: { rows: string[][]; delimiter: string };
    let encoding: TextEncodingName | undefined;
    let fileName: string | undefined;
    let xlsx = false;
    const fail = (line: StatusLine) => {
      if (load === this.#loads) {
        this.reading = false;
        this.message = line; // the list stays as it was
      }
      return this.rows;
    };
    try {
      if (typeof textOrFile === 'string') {
        cells = await splitCells(textOrFile);
      } else if (typeof Blob !== 'undefined' && textOrFile instanceof Blob) {
        this.reading = true;
        this.message = (m) => m.readingFile;
        fileName = (textOrFile as File).name || undefined;
        if (textOrFile.size > MAX_FILE_BYTES) throw new FileTooLargeError(textOrFile.size);
        // Not `file.arrayBuffer()` (Chromium 76): a Response reads any Blob on every supported kernel.
        const bytes = new Uint8Array(await new Response(textOrFile).arrayBuffer());
        if (looksLikeZip(bytes) || /\.xlsx$/i.test(fileName ?? '')) {
          xlsx = true;
          // The reader (and fflate) are loaded only now: most lists are pasted or CSV.
          const { readXlsx } = await import('./read-xlsx.js');
          cells = { rows: await readXlsx(bytes), delimiter: '' };
        } else {
          const decoded = decodeBytes(bytes);
          encoding = decoded.encoding;
          cells = await splitCells(decoded.text);
        }
      } else {
        this.log('warn', 'load() takes the pasted text (a string) or a CSV / .xlsx File; ignoring the argument.');
        return this.rows;
      }
    } catch (error) {
      this.log('warn', 'the list could not be read.', error);
      if (error instanceof FileTooLargeError) return fail((m) => m.fileTooLarge(Math.round(MAX_FILE_BYTES / 1024 / 1024)));
      if (xlsx) return fail((m) => m.xlsxUnreadable);
      if (typeof textOrFile === 'string') return fail((m) => m.parserUnavailable);
      return fail((m) => m.fileUnreadable);
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
    this.#forms.clear(); // the drafts of the old list's rows go with them
    this.#lostFocus = null;
    this.#window.forget();
    this.#finishedAt = undefined;
    this.#progress = null;
    this.reading = false;
    const s = summarize(this.#rows);
    const damaged = this.#rows.filter((r) => r.problem === 'excel-scientific' || r.problem === 'excel-truncated').length;
    const serials = parsed.entries.some((e) => e.serial);
    // A person's full number must not stay on the page (a whole-page print would show it).
    let cleared = false;
    if (typeof textOrFile === 'string' && s.persons) {
      const area = this.renderRoot?.querySelector<HTMLTextAreaElement>('#paste');
      if (area && area.value) {
        area.value = '';
        cleared = true;
      }
    }
    this.message = (m) => {
      const sentences: string[] = [];
      if (s.total === 0) sentences.push(m.nothingRead);
      else sentences.push(m.loaded(s.total, s.pending, s.invalid, s.duplicate));
      if (parsed.header && s.total) sentences.push(m.headerSkipped);
      if (serials) sentences.push(m.serialKept);
      if (damaged) sentences.push(m.excelDamaged(damaged));
      if (fileName) sentences.push(m.fileRead(fileName));
      if (encoding) sentences.push(m.encoding(m.encodingName[encoding]));
      if (cleared) sentences.push(m.pasteCleared);
      return sentences.join(' ');
    };
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
      const { listRecordTemplate, printDocument } = await import('../internal/print/index.js');
      const config = getConfig();
      const rows = printRows(this.#sortedAll(), this.effectiveScenario, this.locale, this.defaultAuthorization);
      const record = await listRecordTemplate(rows, {
        locale: this.locale,
        endpoint: this.#endpointForRecord(),
        platformName: config.platformName,
        operator: config.operator,
        department: config.department,
        purpose: this.purpose,
        caseNumber: this.caseNumber,
        projectNumber: this.projectNumber || this.caseNumber,
        projectName: this.projectName,
        checkedAt: this.#finishedAt ?? null,
      });
      this.#register(record.digest, record.printedAt, rows);
      await printDocument(record.template, { lang: this.locale });
    } catch (error) {
      this.log('error', 'printing the check record failed.', error);
      this.message = (m) => m.printFailed;
    }
  }

  /** Registers the printed record at the platform (through the durable outbox): the ledger then shows it. */
  #register(digest: string, printedAt: Date, rows: ReturnType<typeof printRows>): void {
    // A row whose name does not match its code is registered as to be reviewed, never as clear (as printed: 需核对).
    const entries = rows.flatMap((r) => (r.decision?.queryId ? [{ queryId: r.decision.queryId, outcome: r.needsVerification ? ('review' as const) : r.decision.outcome }] : []));
    if (!entries.length) return;
    let client: CreditClient;
    try {
      client = this.client;
    } catch {
      return;
    }
    const caseNumber = this.caseNumber?.trim() || this.projectNumber?.trim() || undefined;
    client.records
      .register({ digest, caseNumber, projectName: this.projectName?.trim() || undefined, printedAt: chinaTime(printedAt), entries })
      .catch((error: unknown) => this.log('warn', 'the printed record could not be registered.', error));
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
    if (targets.length === 0) {
      if (this.#rows.length === 0) {
        this.message = (m) => m.noRows;
        return Promise.resolve();
      }
      this.message = (m) => m.nothingToSend;
      this.#complete();
      return Promise.resolve();
    }
    let client: CreditClient;
    try {
      client = this.client;
    } catch (error) {
      this.log('error', 'no endpoint: give the element an endpoint attribute or call configure({ endpoint }).', error);
      this.message = (m) => m.noEndpoint;
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

  /** Screens `targets` with the headless screen; resolves true when every one is done, false when cancelled. */
  async #run(client: CreditClient, targets: ScreenRow[]): Promise<boolean> {
    const controller = new AbortController();
    this.#controller = controller;
    for (const row of targets) {
      row.status = 'screening';
      row.decision = undefined;
      delete row.verification;
      this.#expanded.delete(row.index);
    }
    const progress = { done: 0, total: targets.length };
    this.#progress = progress;
    const total = targets.length;
    this.message = (m) => m.screening(total);
    setBooleanAttribute(this, 'loading', true);
    this.#scheduleRefresh();
    // The view and the first requests each get a task of their own.
    await nextTask();

    // Rows are sent grouped by the authorisation they carry (a person row's own, from the
    // list, else the element's default; the client refuses a person row whose authorisation
    // is incomplete before any request, domain rules §1). Most lists make one group.
    const fallback = this.defaultAuthorization;
    const groups = new Map<string, { authorization: QueryAuthorization | undefined; rows: ScreenRow[] }>();
    for (const row of targets) {
      const authorization = row.type === 'idcard' ? this.#authorizationOf(row, fallback) : fallback;
      if (row.type === 'idcard') {
        const gap = authorizationGap(authorization);
        if (gap) row.authorizationGap = gap;
        else delete row.authorizationGap;
      }
      const key = authorization ? JSON.stringify([authorization.basis, authorization.reference ?? '']) : '';
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { authorization, rows: [] }));
      group.rows.push(row);
    }

    // Results are stored as each batch arrives; the view follows in a task of its own, once
    // for batches that arrive together, so that no task grows long.
    const runs: Promise<unknown>[] = [];
    groups.forEach((group) => {
      runs.push(
        screenSubjects(client, group.rows.map((r) => r.value), {
          scenario: this.effectiveScenario,
          purpose: this.purpose,
          caseNumber: this.caseNumber,
          signal: controller.signal,
          ...(group.authorization ? { authorization: group.authorization } : {}),
          onProgress: ({ batch }) => {
            batch.decisions.forEach((decision, i) => {
              const row = group.rows[batch.start + i];
              row.decision = decision;
              row.status = 'done';
              noteDecision(row);
            });
            progress.done += batch.decisions.length;
            this.#scheduleRefresh();
          },
        }),
      );
    });
    await Promise.all(runs);

    const left = targets.filter((r) => r.status === 'screening');
    if (left.length) {
      for (const row of left) row.status = 'pending';
      const done = targets.length - left.length;
      this.message = (m) => m.cancelled(done, left.length);
      return false;
    }
    this.#finishedAt = new Date();
    return true;
  }

  /** A run is over: say so, and tell the page. */
  #complete(): void {
    const s = summarize(this.#rows);
    if (s.done) {
      this.message = (m) => {
        const sentences = [m.complete(s.done, s.counts.restricted, s.counts.unknown, s.counts.review)];
        if (s.needsVerification) sentences.push(m.nameMismatchCount(s.needsVerification));
        if (s.failed) sentences.push(m.failedRows(s.failed));
        return sentences.join(' ');
      };
    }
    this.#refresh();
    const detail: CreditScreenCompleteDetail = {
      total: s.total,
      invalid: s.invalid,
      counts: { ...s.counts },
      needsVerification: s.needsVerification,
      rows: this.rows,
    };
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
    this.#window.setItems(
      this.#view.map((r) => r.index),
      toTop,
    );
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Rows hold codes: a language switch only re-renders (and re-sorts names in the new collation).
    if (changed.has('lang' as keyof this) && this.#rows.length) this.#refresh();
    setBooleanAttribute(this, 'loading', this.screening);
  }

  protected override update(changed: PropertyValues): void {
    this.#noteFocus();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    setBooleanAttribute(this, 'loading', this.screening);
    if (this.#focusScreenButton) {
      this.#focusScreenButton = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button.screen')?.focus();
    }
    if (this.#focusExpand !== undefined) {
      const key = this.#focusExpand;
      this.#focusExpand = undefined;
      this.renderRoot.querySelector<HTMLButtonElement>(`tbody.row[data-key="${key}"] button.expand`)?.focus();
    }
    this.#restoreFocus();
  }

  /** Before the rows change: notes where the focus is when it is inside a row (that row may leave the window). */
  #noteFocus(): void {
    const active = this.shadowRoot?.activeElement;
    if (active) {
      const row = active.closest<HTMLElement>('tbody.row');
      this.#lostFocus = row ? { key: Number(row.dataset.key), node: deepActive(active) } : null;
    } else if (document.activeElement && document.activeElement !== document.body) {
      this.#lostFocus = null; // the focus is elsewhere on the page
    }
  }

  /**
   * A row that had the focus when it left the window is back, and the focus went nowhere
   * meanwhile (it fell to the page's body): it returns to the field it was in, as if the
   * row had never left — without scrolling, the clerk is scrolling.
   */
  #restoreFocus(): void {
    const lost = this.#lostFocus;
    if (!lost || this.shadowRoot?.activeElement) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      this.#lostFocus = null;
      return;
    }
    const row = this.renderRoot.querySelector<HTMLElement>(`tbody.row[data-key="${lost.key}"]`);
    if (!row) return; // still out of the window
    this.#lostFocus = null;
    const target = lost.node.isConnected ? lost.node : lost.node.matches('button.expand') ? row.querySelector('button.expand') : null;
    (target as HTMLElement | null)?.focus({ preventScroll: true });
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
    this.requestUpdate();
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
      <p class="status" part="status" role="status">${this.message ? this.message(m) : ''}</p>
      ${s.persons && !this.purpose?.trim() ? html`<p class="notice">${m.personsNeedPurpose(s.persons)}</p>` : nothing}
      ${this.#renderAuthorizationNotice(m, s)}
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
          accept=".xlsx,.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="file-hint"
          ?disabled=${this.reading}
          @change=${this.#onFile}
        />
        <label for="file" class="file-button">${m.fileLabel}</label>
        <p id="file-hint" class="hint">${m.fileHint}</p>
      </div>
    </div>`;
  }

  /** Person rows that would be refused for want of an authorisation: said before the run. */
  #renderAuthorizationNotice(m: BidderScreenMessages, s: RowSummary): TemplateResult | typeof nothing {
    if (!s.persons) return nothing;
    const n = this.#personsWithoutAuthorization();
    return n ? html`<p class="notice authorization">${m.personsNeedAuthorization(n)}</p>` : nothing;
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
      ${s.needsVerification ? item(m.needsVerification, s.needsVerification, 'needs-verification') : nothing}
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
    const start = Math.min(this.#window.start, n);
    const end = Math.min(this.#window.end, n);
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
    return html`<div class="scroller" part="table" role="region" aria-label=${m.tableLabel} tabindex="0" @scroll=${this.#window.onScroll}>
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

  /** The notes of a row: its problem, warnings, why it is unknown, or its measures — made now, in the page's language. */
  #notes(row: ScreenRow): TemplateResult[] {
    const locale = this.locale;
    const texts = rowTexts(row, locale);
    const notes: TemplateResult[] = [];
    if (texts.problem) notes.push(html`<span class="problem" data-code=${row.problem ?? nothing}>${texts.problem}</span>`);
    texts.warnings.forEach((warning, i) => notes.push(html`<span class="warning" data-code=${row.warnings[i]}>${warning}</span>`));
    const decision = row.status === 'done' ? row.decision : undefined;
    if (decision) {
      if (decision.outcome === 'unknown') {
        if (decision.reason) notes.push(html`<span class="reason">${shared(locale).reason[decision.reason]}</span>`);
        const r = row.verification;
        if (r) {
          // The verification and where its write is (queued: waits in the outbox; sent; rejected: the form is offered again).
          const v = MANUAL_VERIFICATION_MESSAGES[locale];
          const recorded = r.state === 'rejected' ? '' : v.recorded(v.finding[r.finding], v.source[r.source as 'other'] ?? r.source, r.checkedOn);
          notes.push(html`<span class="verification" data-finding=${r.finding} data-state=${r.state}>${recorded} <span class="delivery">${v.state[r.state]}</span></span>`);
        }
        // What the authorisation lacked (domain rules §1): the clerk fixes the list or the attributes.
        if (decision.reason === 'authorization-required') {
          const m = this.messages;
          notes.push(html`<span class="problem" data-code="authorization">${row.authorizationGap === 'reference' ? m.authorizationReferenceMissing : m.authorizationMissing}</span>`);
        }
      } else if (decision.applied.length || decision.suspended.length) {
        notes.push(html`<span class="measures">${measuresLine(decision, locale)}</span>`);
      }
    }
    return notes;
  }

  /**
   * One bidder: a `<tbody>` with its row and, when expanded, its details. The last cell holds
   * the row's actions (today: details); later actions go there too.
   */
  #renderRow(row: ScreenRow, position: number, m: BidderScreenMessages): TemplateResult {
    const locale = this.locale;
    const decision = row.status === 'done' ? row.decision : undefined;
    const expanded = !!decision && this.#expanded.has(row.index);
    const verify = needsVerification(row);
    const shape: Outcome | 'loading' | null = decision
      ? verify
        ? 'review'
        : decision.outcome
      : row.status === 'screening'
        ? 'loading'
        : row.status === 'invalid'
          ? 'unknown'
          : null;
    return html`<tbody
      class="row"
      part="row"
      data-key=${row.index}
      data-index=${row.index}
      data-status=${row.status}
      data-outcome=${decision ? decision.outcome : nothing}
      ?data-needs-verification=${verify}
    >
      <tr aria-rowindex=${position + 2}>
        <td class="index">${row.serial ?? formatNumber(locale, row.index)}</td>
        <th scope="row" class="name" id=${`name-${row.index}`}>
          ${displayName(row)}${row.warnings.includes('name-mismatch') && decision?.subject?.name
            ? html`<span class="platform-name">${m.platformName(decision.subject.name)}</span>`
            : nothing}
        </th>
        <td class="code">${row.id}</td>
        <td class="outcome">
          <span class="badge" part="badge" data-outcome=${shape ?? nothing}
            >${shape ? outcomeIcon(shape) : nothing}<span class="word"
              >${verify ? m.needsVerification : row.verification && row.verification.state !== 'rejected' ? MANUAL_VERIFICATION_MESSAGES[locale].title : outcomeWord(row, locale)}</span
            ></span
          >
        </td>
        <td class="notes">${this.#notes(row)}</td>
        <td class="toggle">${this.#renderActions_(row, expanded, m)}</td>
      </tr>
      ${expanded && decision
        ? html`<tr class="details-row" data-outcome=${decision.outcome}>
            <td colspan=${COLUMNS} id=${`details-${row.index}`}>
              ${renderDecisionDetails(decision, locale, { compact: true, headingLevel: 3 })}${this.#renderVerification(row, decision)}
            </td>
          </tr>`
        : nothing}
    </tbody>`;
  }

  /** 人工核查 for a row whose check could not decide (rules §12): the form in its details, until one is recorded. */
  #renderVerification(row: ScreenRow, decision: Decision): CreditManualVerification | typeof nothing {
    if (!offersManualVerification(decision) || (row.verification && row.verification.state !== 'rejected')) return nothing;
    return this.#verificationForm(row, decision);
  }

  /**
   * The row's form: the element kept for its key (made on first use), brought up to date with
   * the page's language, endpoint and case number. Screened again, the row's new decision takes
   * over the form and what was typed in it — unless the form already wrote (or is writing) for
   * the old one: then the row gets a new, empty form.
   */
  #verificationForm(row: ScreenRow, decision: Decision): CreditManualVerification {
    const key = row.index;
    let kept = this.#forms.get(key);
    if (kept && kept.decision !== decision) {
      if (kept.element.busy || kept.element.verification) kept = undefined;
      else kept.decision = decision;
    }
    if (!kept) {
      const element = document.createElement('credit-manual-verification');
      const form: RowForm = { element, decision };
      element.addEventListener('credit-verification', (e) => {
        const d = e.detail;
        // Already announced by the screen (the form was off the page when the outbox delivered it): not twice.
        if (!this.#outbox.report(d.key, d.state)) e.stopPropagation();
        if (row.verification?.key === d.key) {
          // A later state of the row's write, heard by its form while still on the page.
          this.#delivered(d.key, d.state, null);
          return;
        }
        // Another list, or screened again meanwhile: not this row's decision any more.
        if (this.#forms.get(key) !== form || row.decision !== form.decision) return;
        const v = d.verification;
        row.verification = { finding: v.finding, source: v.source, checkedOn: v.checkedOn, key: d.key, state: d.state };
        // Waiting in the outbox: the screen follows it from now on, as the form leaves the page.
        if (d.state === 'queued') this.#writes.set(d.key, { row, detail: d, form: element });
        // Recorded: nothing left to keep (a new screening of the row starts a new form). Refused: the draft stays to be corrected.
        if (d.state !== 'rejected') this.#forms.delete(key);
        this.#refresh();
      });
      element.addEventListener('cancel', () => this.#collapse(key));
      this.#forms.set(key, (kept = form));
    }
    const element = kept.element;
    element.decision = decision;
    if (element.getAttribute('lang') !== this.locale) element.setAttribute('lang', this.locale);
    element.endpoint = this.endpoint || undefined;
    element.caseNumber = this.caseNumber || '';
    return element;
  }

  /**
   * A row's write changed state in the outbox (or was found so when the screen re-read it):
   * the row's line follows, and `credit-verification` is fired — by the screen, unless the
   * row's form is still on the page and following the write (then the form fires it and the
   * screen only hears it). A `rejected` row offers the form again, holding what was sent and
   * the platform's reason (in the form, like a draft: the row keeps codes only).
   */
  #delivered(key: string, state: OutboxState, item: OutboxItem | null): void {
    const write = this.#writes.get(key);
    if (!write) return;
    if (state !== 'queued') this.#writes.delete(key);
    const { row, detail, form } = write;
    const formFollows = form.isConnected && form.verification?.key === key;
    if (!formFollows && this.#outbox.report(key, state)) emit(this, 'credit-verification', { ...detail, state });
    // Screened again meanwhile: the row no longer shows this verification.
    if (row.verification?.key !== key || row.verification.state === state) return;
    row.verification = { ...row.verification, state };
    if (state === 'rejected' && row.decision) this.#verificationForm(row, row.decision).resume(detail.verification, item ? problemText(item) : undefined);
    this.#refresh();
  }

  /** The form was cancelled (Esc, 取消): the details close, the focus goes back to the button that opened them, the draft stays. */
  #collapse(index: number): void {
    this.#expanded.delete(index);
    this.#focusExpand = index;
    this.requestUpdate();
  }

  /** The actions of one row (the details toggle). */
  #renderActions_(row: ScreenRow, expanded: boolean, m: BidderScreenMessages): TemplateResult | typeof nothing {
    if (!(row.status === 'done' && row.decision)) return nothing;
    return html`<button
      type="button"
      class="expand"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${expanded ? `details-${row.index}` : nothing}
      aria-describedby=${`name-${row.index}`}
      @click=${() => this.#toggle(row.index)}
    >
      ${m.showDetails}
    </button>`;
  }
}
