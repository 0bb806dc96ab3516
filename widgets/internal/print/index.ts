/**
 * Printing: the check record (查询记录单) and the written notice (书面告知书) as Lit
 * templates, and `printDocument(template)` that prints one under a strict CSP from
 * inside any shadow root. See the modules for details.
 */
export { printDocument, mountPrintDocument } from './print-document.js';
export type { PrintMount, PrintOptions } from './print-document.js';
export { PRINT_ROOT_CLASS, PRINT_PAGE_CSS, printDocumentStyles } from './print-styles.js';
export {
  renderCheckRecord,
  checkRecordTemplate,
  renderCheckRecordList,
  checkRecordListTemplate,
  digestDecision,
  absoluteEndpoint,
} from './check-record.js';
export type { CheckRecordMeta, CheckRecordRow } from './check-record.js';
export { renderWrittenNotice, noticeMeasures } from './written-notice.js';
export { renderRepairNotice, repairNoticeRecords } from './repair-notice.js';
export type { NoticeMeta } from './written-notice.js';
export { printMessages } from './messages.js';
export type { PrintMessages } from './messages.js';
export { listRecordTemplate, paginate, recordQrText } from './list-record.js';
export type { ListRecord, ListRecordMeta, ListRecordRow, PagePlan, RecordHeights } from './list-record.js';
