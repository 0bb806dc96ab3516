/**
 * The check record of a whole list (批量查询记录单) as it goes into a tender file
 * (domain.md §10): on every page the project number and name, the platform's name and
 * address, page x of y; for each bidder the officer's own row number, the result and, for
 * every adverse result, its basis (list, authority, document number, dates in force, status,
 * an objection included); warnings beside their row; the rows not checked (repeats) with
 * why; the digest and a QR code (case number + digest); the signature block on the page of
 * the table's end; nothing drawn over anything.
 *
 * Page x of y needs the pages to be known before printing, and no print engine of the
 * supported kernels (Chromium 69+) numbers pages in CSS. So the record is laid out here:
 * rendered once off-screen at the printed width (180 mm), every block measured, then cut
 * into A4 pages (267 mm of content each, with a safety margin) that each print as one sheet.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Decision } from '../../../src/policy/decision.js';
import { digestOf } from '../../../src/digest/index.js';
import { shared } from '../../locales/index.js';
import { formatDateTime, scenarioName, type Locale, type MessageTable } from '../locale.js';
import { outcomeIcon } from '../outcome-icon.js';
import { absoluteEndpoint, digestDecision } from './check-record.js';
import { printMessages } from './messages.js';
import { mountPrintDocument } from './print-document.js';

/** One row of the record, its words already in the record's language. */
export interface ListRecordRow {
  /** The officer's row number (序号), or the position in the list. */
  no: string;
  name: string;
  /** The code as shown to people (a person's number masked). */
  code: string;
  /** Checked rows (and rows with an invalid code, as `unknown` / `invalid-subject`): the decision. */
  decision?: Decision;
  /** The result word when it is not the decision's (需核对, 未核查). */
  resultWord?: string;
  /** The name entered does not match the code's registered name (需核对): drawn as to be reviewed, counted apart. */
  needsVerification?: boolean;
  /** Why the row was not checked (a repeat, an invalid code). */
  why?: string;
  /** Warnings printed beside the row (a suspect code, a name that does not match the code). */
  warnings: string[];
}

export interface ListRecordMeta {
  locale: Locale;
  endpoint: string;
  platformName?: string | null;
  operator?: string | null;
  department?: string | null;
  purpose?: string | null;
  caseNumber?: string | null;
  projectNumber?: string | null;
  projectName?: string | null;
  checkedAt?: Date | string | null;
  printedAt?: Date;
}

interface ListRecordWords {
  projectNumber: string;
  projectName: string;
  platform: string;
  page: (x: number, y: number) => string;
  basis: string;
  warnings: string;
  notChecked: string;
  notCheckedCaption: string;
  why: string;
  summary: (total: number, checked: number, notChecked: number) => string;
  toVerify: (n: number) => string;
  /** The measures cell of a result without any (the same words as the screen's CSV). */
  noMeasures: string;
  qrNote: string;
  objection: string;
  inForce: (from: string, until: string | null) => string;
}

const WORDS: MessageTable<ListRecordWords> = {
  'zh-CN': {
    projectNumber: '项目编号',
    projectName: '项目名称',
    platform: '查询平台',
    page: (x, y) => `第 ${x} 页 / 共 ${y} 页`,
    basis: '依据',
    warnings: '提示',
    notChecked: '未核查',
    notCheckedCaption: '未核查的行（重复等）',
    why: '原因',
    summary: (t, c, n) => `名单共 ${t} 行：已核查 ${c} 行，未核查 ${n} 行`,
    toVerify: (n) => `；其中 ${n} 行名称与代码不符，需核对`,
    noMeasures: '无适用措施',
    qrNote: '扫描二维码或输入摘要，可在查询台账中核验本记录单。',
    objection: '异议处理中',
    inForce: (from, until) => `${from} 起${until ? `至 ${until}` : ''}`,
  },
  'zh-Hant': {
    projectNumber: '項目編號',
    projectName: '項目名稱',
    platform: '查詢平台',
    page: (x, y) => `第 ${x} 頁 / 共 ${y} 頁`,
    basis: '依據',
    warnings: '提示',
    notChecked: '未核查',
    notCheckedCaption: '未核查的列（重複等）',
    why: '原因',
    summary: (t, c, n) => `名單共 ${t} 列：已核查 ${c} 列，未核查 ${n} 列`,
    toVerify: (n) => `；其中 ${n} 列名稱與代碼不符，需核對`,
    noMeasures: '無適用措施',
    qrNote: '掃描 QR 碼或輸入摘要，可在查詢台賬中核驗本記錄單。',
    objection: '異議處理中',
    inForce: (from, until) => `${from} 起${until ? `至 ${until}` : ''}`,
  },
  en: {
    projectNumber: 'Project no.',
    projectName: 'Project',
    platform: 'Platform',
    page: (x, y) => `Page ${x} of ${y}`,
    basis: 'Basis',
    warnings: 'Note',
    notChecked: 'Not checked',
    notCheckedCaption: 'Rows not checked (repeats and others)',
    why: 'Why',
    summary: (t, c, n) => `${t} ${t === 1 ? 'row' : 'rows'} in the list: ${c} checked, ${n} not checked`,
    toVerify: (n) => `; ${n} of them to verify (the name does not match the code)`,
    noMeasures: 'No measure applies',
    qrNote: 'Scan the QR code or type the digest into the query ledger to verify this record.',
    objection: 'under objection',
    inForce: (from, until) => `from ${from}${until ? ` until ${until}` : ''}`,
  },
};

/** The QR payload: the case number and the digest, one per line (what the ledger's verify box reads). */
export function recordQrText(caseNumber: string | null | undefined, digest: string): string {
  return `CASE:${caseNumber?.trim() || '-'}\nSHA256:${digest}`;
}

type QrFactory = (typeNumber: 0, level: 'M') => { addData(text: string, mode: 'Byte'): void; make(): void; getModuleCount(): number; isDark(r: number, c: number): boolean };

/** The QR code as SVG squares (no canvas, no data URL, no inline style: strict CSP holds). */
async function qrSvg(text: string): Promise<TemplateResult> {
  const module = (await import('qrcode-generator')) as unknown as { default?: QrFactory; qrcode?: QrFactory };
  const qrcode = (module.default ?? module.qrcode) as QrFactory;
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const cells: TemplateResult[] = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) cells.push(svg`<rect x=${c + 4} y=${r + 4} width="1" height="1"></rect>`);
  return html`<svg class="qr" viewBox=${`0 0 ${n + 8} ${n + 8}`} role="img" aria-label=${text} shape-rendering="crispEdges">
    <rect width=${n + 8} height=${n + 8} fill="#fff"></rect>
    <g fill="#000">${cells}</g>
  </svg>`;
}

/** The basis of an adverse result: every record behind its measures, each once. */
function basisLines(d: Decision, locale: Locale): string[] {
  const w = shared(locale);
  const x = WORDS[locale];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const hit of [...d.applied, ...d.suspended]) {
    for (const r of hit.records) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const status = r.status === 'objection' ? x.objection : w.status[r.status] ?? r.status;
      out.push(
        [w.listType[r.listType] ?? r.listType, r.authority, r.basis || r.title, x.inForce(r.listedOn, r.validUntil ?? null), status]
          .filter(Boolean)
          .join(locale === 'en' ? '; ' : '；'),
      );
    }
  }
  return out;
}

const PX_PER_MM = 96 / 25.4;
/**
 * A4 (297 mm) less the 15 mm margins, less 4 mm for what the print engine may round
 * differently (the record is measured by the engine that prints it; `npm run print-pages`
 * checks that the PDF has exactly the pages laid out).
 */
const PAGE_CONTENT_PX = (297 - 30 - 4) * PX_PER_MM;

interface Parts {
  running: (x: number, y: number) => TemplateResult;
  intro: TemplateResult;
  head: TemplateResult;
  rows: TemplateResult[];
  uncheckedHead: TemplateResult;
  unchecked: TemplateResult[];
  tail: TemplateResult;
}

/** What a page holds: indexes into `rows` and into `unchecked`. */
export interface PagePlan {
  rows: number[];
  unchecked: number[];
}

function page(parts: Parts, x: number, y: number, plan: PagePlan, first: boolean, last: boolean): TemplateResult {
  return html`<section class="page" data-page=${x}>
    ${parts.running(x, y)} ${first ? parts.intro : nothing}
    ${plan.rows.length
      ? html`<table class="list">
          ${parts.head}
          <tbody>
            ${plan.rows.map((i) => parts.rows[i])}
          </tbody>
        </table>`
      : nothing}
    ${plan.unchecked.length
      ? html`<table class="unchecked">
          ${parts.uncheckedHead}
          <tbody>
            ${plan.unchecked.map((i) => parts.unchecked[i])}
          </tbody>
        </table>`
      : nothing}
    ${last ? parts.tail : nothing}
  </section>`;
}

export interface RecordHeights {
  /** The running header of every page. */
  running: number;
  /** The title and the record's facts (first page only). */
  intro: number;
  /** The head of the results table (repeated on each page holding results). */
  head: number;
  rows: readonly number[];
  /** The caption and head of the table of rows not checked (repeated on each page holding some). */
  uncheckedHead?: number;
  unchecked?: readonly number[];
  /** Digest, QR code, print time and signatures. */
  tail: number;
}

/**
 * Cuts the record into pages: the results, then the rows not checked, as many as fit under
 * the running header (and, on the first page, the intro), each table with its head on every
 * page it reaches. The tail (digest, QR, print time, signatures) goes on the page of the
 * table's end; when it does not fit there, the last row moves to a new page with it, so no
 * page holds the tail alone.
 */
export function paginate(heights: RecordHeights, capacity = PAGE_CONTENT_PX): PagePlan[] {
  type Item = { kind: 'rows' | 'unchecked'; index: number; height: number };
  const items: Item[] = [
    ...heights.rows.map((height, index) => ({ kind: 'rows' as const, index, height })),
    ...(heights.unchecked ?? []).map((height, index) => ({ kind: 'unchecked' as const, index, height })),
  ];
  const headOf = (kind: Item['kind']) => (kind === 'rows' ? heights.head : heights.uncheckedHead ?? 0);
  const pages: Item[][] = [];
  let current: Item[] = [];
  let used = heights.running + heights.intro;
  for (const item of items) {
    const opensTable = !current.some((i) => i.kind === item.kind);
    const need = item.height + (opensTable ? headOf(item.kind) : 0);
    if (current.length && used + need > capacity) {
      pages.push(current);
      current = [];
      used = heights.running;
    }
    used += item.height + (current.some((i) => i.kind === item.kind) ? 0 : headOf(item.kind));
    current.push(item);
  }
  if (current.length && (current.length > 1 || !pages.length) && used + heights.tail > capacity) {
    // The tail stays with the table's end: the last row goes over with it (on the first
    // page even the only row: that page keeps the record's facts).
    const last = current.pop()!;
    pages.push(current);
    current = [last];
  }
  pages.push(current);
  return pages.map((list) => ({
    rows: list.filter((i) => i.kind === 'rows').map((i) => i.index),
    unchecked: list.filter((i) => i.kind === 'unchecked').map((i) => i.index),
  }));
}

/** Measures the parts off-screen at the printed width. */
function measure(parts: Parts, lang: string): RecordHeights {
  const box = document.createElement('div');
  box.style.setProperty('position', 'absolute');
  box.style.setProperty('left', '-10000px');
  box.style.setProperty('top', '0');
  box.style.setProperty('width', '180mm');
  box.style.setProperty('visibility', 'hidden');
  document.body.append(box);
  const all: PagePlan = { rows: parts.rows.map((_, i) => i), unchecked: parts.unchecked.map((_, i) => i) };
  const mount = mountPrintDocument(html`<article class="document record-list paged">${page(parts, 1, 1, all, true, true)}</article>`, { parent: box, lang });
  try {
    const root = mount.root;
    const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    const gap = 4 * PX_PER_MM; // the grid gap between blocks
    const uncheckedTable = root.querySelector('table.unchecked');
    return {
      running: h(root.querySelector('.running')) + gap,
      intro: h(root.querySelector('.intro')) + gap,
      head: h(root.querySelector('table.list thead')) + gap,
      rows: [...root.querySelectorAll('table.list > tbody > tr')].map((tr) => h(tr)),
      uncheckedHead: uncheckedTable ? h(uncheckedTable.querySelector('caption')) + h(uncheckedTable.querySelector('thead')) + gap : 0,
      unchecked: [...root.querySelectorAll('table.unchecked > tbody > tr')].map((tr) => h(tr)),
      tail: h(root.querySelector('.tail')) + gap,
    };
  } finally {
    mount.remove();
    box.remove();
  }
}

export interface ListRecord {
  template: TemplateResult;
  /** SHA-256 of the canonical JSON of the checked rows' decisions, in table order. */
  digest: string;
  printedAt: Date;
  pages: number;
}

/** The record of a list, laid out in pages (needs a document: it measures). */
export async function listRecordTemplate(rows: readonly ListRecordRow[], meta: ListRecordMeta): Promise<ListRecord> {
  const { locale } = meta;
  const w = shared(locale);
  const p = printMessages[locale];
  const x = WORDS[locale];
  const printedAt = meta.printedAt ?? new Date();
  const given = (v: string | null | undefined) => (v && v.trim() ? v : p.notGiven);
  const listed = rows.filter((r) => r.decision);
  const unchecked = rows.filter((r) => !r.decision);
  const toVerify = listed.filter((r) => r.needsVerification).length;
  const decisions = listed.map((r) => r.decision!);
  const [digests, digest] = await Promise.all([Promise.all(decisions.map(digestDecision)), digestOf(decisions)]);
  const qr = await qrSvg(recordQrText(meta.caseNumber || meta.projectNumber, digest));
  const asOfs = [...new Set(decisions.map((d) => d.asOf).filter((a): a is string => !!a))].sort();
  const asOfText = asOfs.length ? [...new Set(asOfs.map((a) => formatDateTime(locale, a)))].join(' – ') : p.notGiven;
  const checkedAt = meta.checkedAt instanceof Date ? meta.checkedAt.toISOString() : meta.checkedAt;
  const endpoint = absoluteEndpoint(meta.endpoint);
  const metaRow = (label: string, value: unknown, cls: string) => html`<tr class=${cls}><th scope="row">${label}</th><td>${value}</td></tr>`;

  const parts: Parts = {
    running: (n, of) => html`<header class="running">
      <span class="project-number">${x.projectNumber}：${given(meta.projectNumber || meta.caseNumber)}</span>
      <span class="project-name">${x.projectName}：${given(meta.projectName)}</span>
      <span class="platform">${x.platform}：${meta.platformName?.trim() ? `${meta.platformName} ` : ''}<span class="mono">${endpoint}</span></span>
      <span class="page-number">${x.page(n, of)}</span>
    </header>`,
    intro: html`<div class="intro">
      <h1>${p.listTitle}</h1>
      <table class="meta">
        <tbody>
          ${metaRow(p.queryTime, checkedAt ? formatDateTime(locale, checkedAt) : p.notGiven, 'query-time')}
          ${metaRow(w.field.asOf, asOfText, 'as-of')}
          ${metaRow(w.field.catalogVersion, [...new Set(decisions.map((d) => d.catalogVersion).filter(Boolean))].join(', ') || p.notGiven, 'catalog-version')}
          ${metaRow(w.field.scenario, decisions[0] ? scenarioName(w, decisions[0].scenario) : p.notGiven, 'scenario')}
          ${metaRow(p.endpoint, html`<span class="mono">${endpoint}</span>`, 'endpoint')} ${metaRow(p.operator, given(meta.operator), 'operator')}
          ${meta.department ? metaRow(p.department, meta.department, 'department') : nothing} ${metaRow(p.purpose, given(meta.purpose), 'purpose')}
          ${metaRow(p.caseNumber, given(meta.caseNumber), 'case-number')} ${metaRow(p.total, x.summary(rows.length, listed.length, unchecked.length) + (toVerify ? x.toVerify(toVerify) : ''), 'count')}
        </tbody>
      </table>
    </div>`,
    head: html`<thead>
      <tr>
        <th scope="col" class="c-no">${p.index}</th>
        <th scope="col" class="c-name">${p.name}</th>
        <th scope="col" class="c-code">${p.code}</th>
        <th scope="col" class="c-outcome">${p.outcome}</th>
        <th scope="col" class="c-notes">${p.measures} / ${x.basis} / ${x.warnings}</th>
        <th scope="col" class="c-query">${w.field.queryId} / ${p.digest}</th>
      </tr>
    </thead>`,
    rows: listed.map((r, i) => {
      const d = r.decision!;
      const adverse = d.outcome === 'restricted' || d.outcome === 'review';
      const measures = [...d.applied.map((h) => h.measure.name), ...d.suspended.map((h) => p.suspendedMeasure(h.measure.name))].join(p.measureSeparator);
      return html`<tr class="row" data-outcome=${d.outcome} ?data-needs-verification=${!!r.needsVerification}>
        <td class="no">${r.no}</td>
        <td class="name">${r.name}</td>
        <td class="mono code">${r.code}</td>
        <td class="result">${outcomeIcon(r.needsVerification ? 'review' : d.outcome)} <span class="word">${r.resultWord ?? w.outcome[d.outcome]}</span></td>
        <td class="notes">
          ${d.reason ? html`<div class="reason">${w.reason[d.reason]}</div>` : nothing}
          ${measures ? html`<div class="measures">${measures}</div>` : d.outcome !== 'unknown' ? html`<div class="measures none">${x.noMeasures}</div>` : nothing}
          ${adverse ? basisLines(d, locale).map((line) => html`<div class="basis">${x.basis}：${line}</div>`) : nothing}
          ${r.why ? html`<div class="why">${r.why}</div>` : nothing} ${r.warnings.map((t) => html`<div class="warning">⚠ ${t}</div>`)}
        </td>
        <td class="query"><div class="mono">${d.queryId ?? ''}</div><div class="digest">${digests[i]}</div></td>
      </tr>`;
    }),
    uncheckedHead: html`<caption>
        ${x.notCheckedCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="c-no">${p.index}</th>
          <th scope="col">${p.name}</th>
          <th scope="col" class="c-code">${p.code}</th>
          <th scope="col">${x.why}</th>
        </tr>
      </thead>`,
    unchecked: unchecked.map(
      (r) => html`<tr class="unchecked-row">
        <td class="no">${r.no}</td>
        <td>${r.name}</td>
        <td class="mono">${r.code}</td>
        <td>${x.notChecked}：${r.why ?? ''}</td>
      </tr>`,
    ),
    tail: html`<div class="tail">
      <div class="seal">
        <div class="seal-text">
          <table class="digest-table">
            <tbody>
              ${metaRow(p.listDigest, digest, 'digest-row list-digest')}
            </tbody>
          </table>
          <p class="note">${p.listDigestNote} ${x.qrNote}</p>
          <p class="note printed-at">${p.printedAtLine(formatDateTime(locale, printedAt.toISOString()))}</p>
        </div>
        ${qr}
      </div>
      <div class="signatures"><span>${p.signature}</span><span>${p.date}</span></div>
    </div>`,
  };

  let pages: PagePlan[];
  try {
    pages = paginate(measure(parts, locale));
  } catch {
    pages = [{ rows: parts.rows.map((_, i) => i), unchecked: parts.unchecked.map((_, i) => i) }]; // no layout (no document): one flowing page
  }
  const y = pages.length;
  const template = html`<article class="document record-list paged" data-pages=${y}>
    ${pages.map((plan, k) => page(parts, k + 1, y, plan, k === 0, k === y - 1))}
  </article>`;
  return { template, digest, printedAt, pages: y };
}
