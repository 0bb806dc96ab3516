/**
 * Every visible string of `<credit-stats>`, as whole sentences per locale. Numbers arrive
 * formatted for the locale (`formatNumber`); outcome and scenario words come from the
 * shared tables (`widgets/locales/`).
 */
import type { StatsGroupBy } from '../../src/contract/index.js';
import type { MessageTable } from '../internal/locale.js';

export const STATS_PERIODS = ['month', 'quarter', 'year', 'custom'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

export interface StatsMessages {
  heading: string;
  intro: string;
  noEndpoint: string;
  form: {
    legend: string;
    period: string;
    periods: Record<StatsPeriod, string>;
    from: string;
    to: string;
    groupBy: string;
    groupBys: Record<StatsGroupBy, string>;
    department: string;
    departmentHint: string;
    apply: string;
    rangeInverted: string;
    rangeMissing: string;
  };
  /** "2026-01-01 至 2026-03-31" */
  periodText: (from: string, to: string) => string;
  allDepartments: string;
  noDepartment: string;
  unattributed: string;
  month: (year: string, month: string) => string;
  loading: string;
  empty: string;
  retry: string;
  table: {
    caption: (groupBy: string, period: string) => string;
    group: string;
    checks: string;
    applied: string;
    notApplied: string;
    overridden: string;
    verifications: string;
    objections: string;
    total: string;
    measureNote: string;
  };
  chart: {
    title: (groupBy: string, period: string) => string;
    trendTitle: string;
    legend: string;
    /** The accessible name of one bar: the group and every count. */
    bar: (group: string, checks: string, parts: string) => string;
    part: (outcome: string, count: string) => string;
    point: (month: string, checks: string) => string;
    tableLink: string;
  };
  export: { button: string; done: string; filename: (from: string, to: string) => string };
  print: {
    button: string;
    title: string;
    department: string;
    period: string;
    groupBy: string;
    printedAt: string;
    totals: string;
    groups: string;
    overrides: string;
    overridesNone: string;
    overridesMissing: string;
    overridesCount: (listed: string, total: string) => string;
    on: string;
    scenario: string;
    measure: string;
    reason: string;
    caseNumber: string;
    privacy: string;
    signature: string;
    date: string;
  };
}

const zhCN: StatsMessages = {
  heading: '联合奖惩统计',
  intro: '按期间统计本单位的信用核查、联合奖惩措施执行情况、人工核查和异议（统计联合奖惩情况）。统计中不含任何主体的名称或证件号码。',
  noEndpoint: '尚未配置信用平台地址（endpoint），无法统计。',
  form: {
    legend: '统计条件',
    period: '统计期间',
    periods: { month: '本月', quarter: '本季度', year: '本年度', custom: '自定义' },
    from: '起始日期',
    to: '截止日期',
    groupBy: '分组方式',
    groupBys: { department: '按部门', scenario: '按场景', measure: '按措施', month: '按月份' },
    department: '部门',
    departmentHint: '留空则统计全部部门',
    apply: '统计',
    rangeInverted: '截止日期不能早于起始日期。',
    rangeMissing: '请填写起始日期和截止日期。',
  },
  periodText: (from, to) => `${from} 至 ${to}`,
  allDepartments: '全部部门',
  noDepartment: '未注明部门',
  unattributed: '未关联核查',
  month: (year, month) => `${year}年${Number(month)}月`,
  loading: '正在统计…',
  empty: '所选期间没有核查记录。',
  retry: '重试',
  table: {
    caption: (groupBy, period) => `${period}，${groupBy}`,
    group: '分组',
    checks: '核查次数',
    applied: '措施已执行',
    notApplied: '措施未执行',
    overridden: '改判',
    verifications: '人工核查',
    objections: '异议',
    total: '合计',
    measureNote: '按措施统计时，一次核查可适用多项措施，各组之和可能大于合计；合计为本期实际核查次数。',
  },
  chart: {
    title: (groupBy, period) => `核查结果${groupBy}（${period}）`,
    trendTitle: '每月核查次数趋势',
    legend: '图例',
    bar: (group, checks, parts) => `${group}：核查 ${checks} 次${parts ? `，其中${parts}` : ''}`,
    part: (outcome, count) => `${outcome} ${count}`,
    point: (month, checks) => `${month}：核查 ${checks} 次`,
    tableLink: '查看数据表',
  },
  export: { button: '导出 CSV', done: '已导出统计表。', filename: (from, to) => `联合奖惩统计-${from}-${to}.csv` },
  print: {
    button: '打印统计报表',
    title: '联合奖惩情况统计报表',
    department: '统计部门',
    period: '统计期间',
    groupBy: '分组方式',
    printedAt: '打印时间',
    totals: '本期合计',
    groups: '分组统计',
    overrides: '改判情况及理由',
    overridesNone: '本期无改判。',
    overridesMissing: '信用平台未提供改判明细，仅有上表中的改判次数。',
    overridesCount: (listed, total) => `列出 ${listed} 条（共 ${total} 条，较早的从略）。`,
    on: '日期',
    scenario: '场景',
    measure: '措施',
    reason: '理由',
    caseNumber: '案号',
    privacy: '本报表为统计数据，不含任何主体的名称或证件号码。',
    signature: '统计人（签字）：',
    date: '日期：',
  },
};

const zhHant: StatsMessages = {
  heading: '聯合獎懲統計',
  intro: '按期間統計本單位的信用核查、聯合獎懲措施執行情況、人工核查和異議（統計聯合獎懲情況）。統計中不含任何主體的名稱或證件號碼。',
  noEndpoint: '尚未設定信用平台位址（endpoint），無法統計。',
  form: {
    legend: '統計條件',
    period: '統計期間',
    periods: { month: '本月', quarter: '本季度', year: '本年度', custom: '自訂' },
    from: '起始日期',
    to: '截止日期',
    groupBy: '分組方式',
    groupBys: { department: '按部門', scenario: '按場景', measure: '按措施', month: '按月份' },
    department: '部門',
    departmentHint: '留空則統計全部部門',
    apply: '統計',
    rangeInverted: '截止日期不能早於起始日期。',
    rangeMissing: '請填寫起始日期和截止日期。',
  },
  periodText: (from, to) => `${from} 至 ${to}`,
  allDepartments: '全部部門',
  noDepartment: '未註明部門',
  unattributed: '未關聯核查',
  month: (year, month) => `${year}年${Number(month)}月`,
  loading: '正在統計…',
  empty: '所選期間沒有核查記錄。',
  retry: '重試',
  table: {
    caption: (groupBy, period) => `${period}，${groupBy}`,
    group: '分組',
    checks: '核查次數',
    applied: '措施已執行',
    notApplied: '措施未執行',
    overridden: '改判',
    verifications: '人工核查',
    objections: '異議',
    total: '合計',
    measureNote: '按措施統計時，一次核查可適用多項措施，各組之和可能大於合計；合計為本期實際核查次數。',
  },
  chart: {
    title: (groupBy, period) => `核查結果${groupBy}（${period}）`,
    trendTitle: '每月核查次數趨勢',
    legend: '圖例',
    bar: (group, checks, parts) => `${group}：核查 ${checks} 次${parts ? `，其中${parts}` : ''}`,
    part: (outcome, count) => `${outcome} ${count}`,
    point: (month, checks) => `${month}：核查 ${checks} 次`,
    tableLink: '查看資料表',
  },
  export: { button: '匯出 CSV', done: '已匯出統計表。', filename: (from, to) => `聯合獎懲統計-${from}-${to}.csv` },
  print: {
    button: '列印統計報表',
    title: '聯合獎懲情況統計報表',
    department: '統計部門',
    period: '統計期間',
    groupBy: '分組方式',
    printedAt: '列印時間',
    totals: '本期合計',
    groups: '分組統計',
    overrides: '改判情況及理由',
    overridesNone: '本期無改判。',
    overridesMissing: '信用平台未提供改判明細，僅有上表中的改判次數。',
    overridesCount: (listed, total) => `列出 ${listed} 條（共 ${total} 條，較早的從略）。`,
    on: '日期',
    scenario: '場景',
    measure: '措施',
    reason: '理由',
    caseNumber: '案號',
    privacy: '本報表為統計資料，不含任何主體的名稱或證件號碼。',
    signature: '統計人（簽字）：',
    date: '日期：',
  },
};

const en: StatsMessages = {
  heading: 'Joint reward and punishment statistics',
  intro: 'Counts for a period: credit checks, how the measures were carried out, manual verifications and objections (统计联合奖惩情况). No subject’s name or ID appears in them.',
  noEndpoint: 'No credit platform address (endpoint) is configured, so there is nothing to count.',
  form: {
    legend: 'What to count',
    period: 'Period',
    periods: { month: 'This month', quarter: 'This quarter', year: 'This year', custom: 'Custom' },
    from: 'From',
    to: 'To',
    groupBy: 'Group by',
    groupBys: { department: 'By department', scenario: 'By scenario', measure: 'By measure', month: 'By month' },
    department: 'Department',
    departmentHint: 'Leave empty for every department',
    apply: 'Count',
    rangeInverted: 'The end date cannot be before the start date.',
    rangeMissing: 'Enter a start date and an end date.',
  },
  periodText: (from, to) => `${from} to ${to}`,
  allDepartments: 'All departments',
  noDepartment: 'No department given',
  unattributed: 'Not linked to a check',
  month: (year, month) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(month) - 1] ?? month} ${year}`,
  loading: 'Counting…',
  empty: 'No checks in this period.',
  retry: 'Try again',
  table: {
    caption: (groupBy, period) => `${period}, ${groupBy.toLowerCase()}`,
    group: 'Group',
    checks: 'Checks',
    applied: 'Measures applied',
    notApplied: 'Not applied',
    overridden: 'Overridden',
    verifications: 'Manual verifications',
    objections: 'Objections',
    total: 'Total',
    measureNote: 'By measure, one check can apply several measures, so the groups may add up to more than the total; the total is the number of checks made.',
  },
  chart: {
    title: (groupBy, period) => `Check outcomes ${groupBy.toLowerCase()} (${period})`,
    trendTitle: 'Checks per month',
    legend: 'Legend',
    bar: (group, checks, parts) => `${group}: ${checks} checks${parts ? `, of which ${parts}` : ''}`,
    part: (outcome, count) => `${outcome} ${count}`,
    point: (month, checks) => `${month}: ${checks} checks`,
    tableLink: 'See the data table',
  },
  export: { button: 'Export CSV', done: 'The statistics were exported.', filename: (from, to) => `credit-statistics-${from}-${to}.csv` },
  print: {
    button: 'Print the period report',
    title: 'Joint rewards and punishments: period report',
    department: 'Department',
    period: 'Period',
    groupBy: 'Grouped',
    printedAt: 'Printed',
    totals: 'Totals for the period',
    groups: 'By group',
    overrides: 'Overrides and their reasons',
    overridesNone: 'No overrides in this period.',
    overridesMissing: 'The credit platform gave no list of overrides, only their number in the table above.',
    overridesCount: (listed, total) => `${listed} listed (of ${total}; the earlier ones are left out).`,
    on: 'Date',
    scenario: 'Scenario',
    measure: 'Measure',
    reason: 'Reason',
    caseNumber: 'Case number',
    privacy: 'This report holds statistics only: no subject’s name or ID number.',
    signature: 'Compiled by (signature):',
    date: 'Date:',
  },
};

export const STATS_MESSAGES: MessageTable<StatsMessages> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };
