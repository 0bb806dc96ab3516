/**
 * Every visible string of `<credit-ledger>`, as whole sentences per locale.
 * Numbers arrive formatted for the locale (`formatNumber`).
 */
import type { MessageTable } from '../internal/locale.js';

export interface LedgerMessages {
  heading: string;
  intro: string;
  noEndpoint: string;
  filters: {
    legend: string;
    from: string;
    to: string;
    operator: string;
    operatorHint: string;
    scenario: string;
    allScenarios: string;
    caseNumber: string;
    caseNumberHint: string;
    apply: string;
    reset: string;
    rangeInverted: string;
  };
  table: {
    caption: string;
    at: string;
    operator: string;
    department: string;
    scenario: string;
    purpose: string;
    caseNumber: string;
    subjectName: string;
    subjectId: string;
    queryId: string;
    outcome: string;
    recordDigest: string;
  };
  verify: {
    legend: string;
    label: string;
    hint: string;
    button: string;
    checking: string;
    invalid: string;
    /** The ledger holds the record: its queries (ids), the case numbers they were made for. */
    matches: (queryIds: string, count: string, caseNumbers: string) => string;
    noRecord: string;
    /** The QR code's case number is not the one the ledger holds for the record. */
    caseDiffers: (qr: string, ledger: string) => string;
    failed: (reason: string) => string;
  };
  /** "第 1–50 条，共 123 条" */
  range: (first: string, last: string, total: string | null) => string;
  total: (total: string) => string;
  page: (n: string) => string;
  previous: string;
  next: string;
  paging: string;
  loading: string;
  empty: string;
  emptyFiltered: string;
  retry: string;
  export: {
    button: string;
    cancel: string;
    progressLabel: string;
    progress: (done: string, total: string | null, percent: string | null) => string;
    done: (count: string) => string;
    cancelled: string;
    failed: (reason: string) => string;
    nothing: string;
    filename: (today: string) => string;
  };
}

const zhCN: LedgerMessages = {
  heading: '查询台账',
  intro: '每一次信用核查都记入台账：查询时间、经办人、部门、事项、用途、案件编号和主体（自然人证件号已遮蔽）。',
  noEndpoint: '未配置信用平台地址：请调用 configure({ endpoint }) 或为本组件设置 endpoint。',
  filters: {
    legend: '筛选条件',
    from: '开始日期',
    to: '结束日期',
    operator: '经办人',
    operatorHint: '填写经办人姓名，留空表示全部。',
    scenario: '办理事项',
    allScenarios: '全部事项',
    caseNumber: '案件编号',
    caseNumberHint: '项目或案件编号，留空表示全部。',
    apply: '查询',
    reset: '清除条件',
    rangeInverted: '结束日期不能早于开始日期，请重新选择。',
  },
  table: {
    caption: '查询台账记录',
    at: '查询时间',
    operator: '经办人',
    department: '部门',
    scenario: '办理事项',
    purpose: '查询用途',
    caseNumber: '案件编号',
    subjectName: '主体名称',
    subjectId: '主体代码',
    queryId: '查询编号',
    outcome: '核查结果',
    recordDigest: '记录单摘要',
  },
  verify: {
    legend: '核验查询记录单',
    label: '记录单摘要或二维码内容',
    hint: '输入记录单上的 64 位摘要（SHA-256），或粘贴扫描二维码得到的文字（CASE:…SHA256:…）。',
    button: '核验',
    checking: '正在核验…',
    invalid: '这不是完整的摘要：请输入 64 位十六进制摘要，或粘贴二维码内容。',
    matches: (ids, n, cases) => `与查询 ${ids} 相符（共 ${n} 条查询${cases ? `，案件编号 ${cases}` : ''}）：台账中有这份记录单。`,
    noRecord: '无此记录单：台账中没有以该摘要登记的记录单，请核对摘要，或向打印该记录单的经办人核实。',
    caseDiffers: (qr, ledger) => `注意：二维码中的案件编号为 ${qr}，台账登记的为 ${ledger}。`,
    failed: (reason) => `核验未完成：${reason}`,
  },
  range: (first, last, total) => (total === null ? `第 ${first}–${last} 条` : `第 ${first}–${last} 条，共 ${total} 条`),
  total: (total) => `共 ${total} 条记录`,
  page: (n) => `第 ${n} 页`,
  previous: '上一页',
  next: '下一页',
  paging: '翻页',
  loading: '正在加载查询台账…',
  empty: '台账中还没有查询记录。发起信用核查后，记录会出现在这里。',
  emptyFiltered: '没有符合条件的查询记录。请放宽日期范围、清空经办人或选择“全部事项”后重新查询。',
  retry: '重新加载',
  export: {
    button: '导出 CSV（全部符合条件的记录）',
    cancel: '取消导出',
    progressLabel: '导出进度',
    progress: (done, total, percent) => (total === null ? `已读取 ${done} 条` : `已读取 ${done} / ${total} 条（${percent}%）`),
    done: (count) => `已导出 ${count} 条记录。`,
    cancelled: '已取消导出，未生成文件。',
    failed: (reason) => `导出未完成，未生成文件：${reason}`,
    nothing: '没有符合条件的记录，未生成文件。',
    filename: (today) => `查询台账-${today}.csv`,
  },
};

const zhHant: LedgerMessages = {
  heading: '查詢台帳',
  intro: '每一次信用核查都記入台帳：查詢時間、承辦人、部門、事項、用途、案件編號和主體（自然人證件號已遮蔽）。',
  noEndpoint: '未設定信用平台位址：請呼叫 configure({ endpoint }) 或為本元件設定 endpoint。',
  filters: {
    legend: '篩選條件',
    from: '開始日期',
    to: '結束日期',
    operator: '承辦人',
    operatorHint: '填寫承辦人姓名，留空表示全部。',
    scenario: '辦理事項',
    allScenarios: '全部事項',
    caseNumber: '案件編號',
    caseNumberHint: '項目或案件編號，留空表示全部。',
    apply: '查詢',
    reset: '清除條件',
    rangeInverted: '結束日期不能早於開始日期，請重新選擇。',
  },
  table: {
    caption: '查詢台帳記錄',
    at: '查詢時間',
    operator: '承辦人',
    department: '部門',
    scenario: '辦理事項',
    purpose: '查詢用途',
    caseNumber: '案件編號',
    subjectName: '主體名稱',
    subjectId: '主體代碼',
    queryId: '查詢編號',
    outcome: '核查結果',
    recordDigest: '記錄單摘要',
  },
  verify: {
    legend: '核驗查詢記錄單',
    label: '記錄單摘要或 QR 碼內容',
    hint: '輸入記錄單上的 64 位摘要（SHA-256），或貼上掃描 QR 碼得到的文字（CASE:…SHA256:…）。',
    button: '核驗',
    checking: '正在核驗…',
    invalid: '這不是完整的摘要：請輸入 64 位十六進位摘要，或貼上 QR 碼內容。',
    matches: (ids, n, cases) => `與查詢 ${ids} 相符（共 ${n} 筆查詢${cases ? `，案件編號 ${cases}` : ''}）：台帳中有這份記錄單。`,
    noRecord: '無此記錄單：台帳中沒有以該摘要登記的記錄單，請核對摘要，或向列印該記錄單的承辦人核實。',
    caseDiffers: (qr, ledger) => `注意：QR 碼中的案件編號為 ${qr}，台帳登記的為 ${ledger}。`,
    failed: (reason) => `核驗未完成：${reason}`,
  },
  range: (first, last, total) => (total === null ? `第 ${first}–${last} 筆` : `第 ${first}–${last} 筆，共 ${total} 筆`),
  total: (total) => `共 ${total} 筆記錄`,
  page: (n) => `第 ${n} 頁`,
  previous: '上一頁',
  next: '下一頁',
  paging: '翻頁',
  loading: '正在載入查詢台帳…',
  empty: '台帳中尚無查詢記錄。發起信用核查後，記錄會出現在這裡。',
  emptyFiltered: '沒有符合條件的查詢記錄。請放寬日期範圍、清空承辦人或選擇「全部事項」後重新查詢。',
  retry: '重新載入',
  export: {
    button: '匯出 CSV（全部符合條件的記錄）',
    cancel: '取消匯出',
    progressLabel: '匯出進度',
    progress: (done, total, percent) => (total === null ? `已讀取 ${done} 筆` : `已讀取 ${done} / ${total} 筆（${percent}%）`),
    done: (count) => `已匯出 ${count} 筆記錄。`,
    cancelled: '已取消匯出，未產生檔案。',
    failed: (reason) => `匯出未完成，未產生檔案：${reason}`,
    nothing: '沒有符合條件的記錄，未產生檔案。',
    filename: (today) => `查詢台帳-${today}.csv`,
  },
};

const en: LedgerMessages = {
  heading: 'Query ledger',
  intro: 'Every credit check is recorded here: time, operator, department, matter, purpose, case number and subject (a person’s ID number masked).',
  noEndpoint: 'No credit platform is configured: call configure({ endpoint }) or give this element an endpoint attribute.',
  filters: {
    legend: 'Filters',
    from: 'From',
    to: 'To',
    operator: 'Operator',
    operatorHint: 'The operator’s name; leave empty for everyone.',
    scenario: 'Matter',
    allScenarios: 'All matters',
    caseNumber: 'Case number',
    caseNumberHint: 'The project or case number; leave empty for all.',
    apply: 'Search',
    reset: 'Clear filters',
    rangeInverted: 'The end date cannot be before the start date; choose again.',
  },
  table: {
    caption: 'Query ledger entries',
    at: 'Time',
    operator: 'Operator',
    department: 'Department',
    scenario: 'Matter',
    purpose: 'Purpose',
    caseNumber: 'Case number',
    subjectName: 'Subject',
    subjectId: 'Subject code',
    queryId: 'Query id',
    outcome: 'Result',
    recordDigest: 'Record digest',
  },
  verify: {
    legend: 'Verify a check record',
    label: 'Record digest or QR code text',
    hint: 'Type the 64-digit digest (SHA-256) printed on the record, or paste the text read from its QR code (CASE:…SHA256:…).',
    button: 'Verify',
    checking: 'Verifying…',
    invalid: 'This is not a whole digest: type the 64 hexadecimal digits, or paste the QR code’s text.',
    matches: (ids, n, cases) => `Matches queries ${ids} (${n === '1' ? '1 query' : `${n} queries`}${cases ? `, case ${cases}` : ''}): the ledger holds this record.`,
    noRecord: 'No such record: the ledger holds no record registered with this digest. Check the digest, or ask the officer who printed it.',
    caseDiffers: (qr, ledger) => `Note: the QR code says case ${qr}; the ledger has ${ledger}.`,
    failed: (reason) => `The record could not be verified: ${reason}`,
  },
  range: (first, last, total) => (total === null ? `Entries ${first}–${last}` : `Entries ${first}–${last} of ${total}`),
  total: (total) => (total === '1' ? '1 entry' : `${total} entries`),
  page: (n) => `Page ${n}`,
  previous: 'Previous page',
  next: 'Next page',
  paging: 'Pages',
  loading: 'Loading the query ledger…',
  empty: 'The ledger has no entries yet. Entries appear here once credit checks are made.',
  emptyFiltered: 'No entries match. Widen the date range, clear the operator or choose “All matters”, then search again.',
  retry: 'Load again',
  export: {
    button: 'Export CSV (all matching entries)',
    cancel: 'Cancel export',
    progressLabel: 'Export progress',
    progress: (done, total, percent) => (total === null ? `${done} entries read` : `${done} of ${total} entries read (${percent}%)`),
    done: (count) => (count === '1' ? 'Exported 1 entry.' : `Exported ${count} entries.`),
    cancelled: 'Export cancelled; no file was made.',
    failed: (reason) => `The export did not finish and no file was made: ${reason}`,
    nothing: 'No entries match, so no file was made.',
    filename: (today) => `query-ledger-${today}.csv`,
  },
};

export const LEDGER_MESSAGES: MessageTable<LedgerMessages> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };
