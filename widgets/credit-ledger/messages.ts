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
