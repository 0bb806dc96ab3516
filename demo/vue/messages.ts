/** The Vue page's texts, whole sentences per language. */
import type { DemoLocale } from '../shared/locale.js';

export interface VueMessages {
  title: string;
  brand: string;
  poweredBy: string;
  menu: string;
  menuHome: string;
  menuLicensing: string;
  menuCredit: string;
  menuSettings: string;
  breadcrumb: string;
  formTitle: string;
  pick: string;
  other: string;
  code: string;
  codeHint: string;
  scenario: string;
  scenarios: Record<'administrative-licensing' | 'government-procurement' | 'fiscal-funds' | 'honors', string>;
  checkTitle: string;
  submit: string;
  submitted: string;
  stateTitle: string;
  stateOutcome: string;
  stateGate: string;
  gateOpen: string;
  gateClosed: string;
  logTitle: string;
  logEmpty: string;
  logResult: string;
  logGateOpen: string;
  logGateClosed: string;
  logFeedback: string;
  codeTitle: string;
  listTitle: string;
  colName: string;
  colCode: string;
  colCredit: string;
  colAction: string;
  select: string;
}

export const VUE_MESSAGES: Record<DemoLocale, VueMessages> = {
  'zh-CN': {
    title: '企业服务管理后台 — Vue 3',
    brand: '企业服务一网通办 · 管理后台',
    poweredBy: 'Vue {version} · 渲染函数，无运行时编译',
    menu: '主菜单',
    menuHome: '首页',
    menuLicensing: '许可办理',
    menuCredit: '信用核查',
    menuSettings: '系统设置',
    breadcrumb: '首页 / 信用核查 / 组件示例',
    formTitle: '核查对象',
    pick: '企业',
    other: '其他（在右侧输入代码）',
    code: '统一社会信用代码',
    codeHint: '输入后按回车或离开输入框即查询；全角字符和空格会自动规范化。',
    scenario: '办理场景',
    scenarios: { 'administrative-licensing': '行政许可', 'government-procurement': '政府采购', 'fiscal-funds': '财政资金', honors: '评先评优' },
    checkTitle: '信用核查结果',
    submit: '提交办理',
    submitted: '已提交 {caseNumber}（演示）。',
    stateTitle: '组件状态（Vue 响应式数据）',
    stateOutcome: '核查结论',
    stateGate: '提交按钮',
    gateOpen: '可用',
    gateClosed: '禁用',
    logTitle: '事件',
    logEmpty: '尚无事件。',
    logResult: 'credit-result：结论 {outcome}，适用措施 {measures} 项',
    logGateOpen: 'credit-gate-change：按钮可用（{outcome}）',
    logGateClosed: 'credit-gate-change：按钮禁用（{outcome}）',
    logFeedback: 'credit-feedback：{action}，{state}',
    codeTitle: '写法',
    listTitle: '列表中的信用标识（v-for）',
    colName: '企业名称',
    colCode: '统一社会信用代码',
    colCredit: '信用',
    colAction: '操作',
    select: '设为核查对象',
  },
  'zh-Hant': {
    title: '企業服務管理後台 — Vue 3',
    brand: '企業服務一網通辦 · 管理後台',
    poweredBy: 'Vue {version} · 渲染函式，無執行時編譯',
    menu: '主選單',
    menuHome: '首頁',
    menuLicensing: '許可辦理',
    menuCredit: '信用核查',
    menuSettings: '系統設定',
    breadcrumb: '首頁 / 信用核查 / 元件範例',
    formTitle: '核查對象',
    pick: '企業',
    other: '其他（在右側輸入代碼）',
    code: '統一社會信用代碼',
    codeHint: '輸入後按 Enter 或離開輸入框即查詢；全形字元和空格會自動正規化。',
    scenario: '辦理場景',
    scenarios: { 'administrative-licensing': '行政許可', 'government-procurement': '政府採購', 'fiscal-funds': '財政資金', honors: '評先評優' },
    checkTitle: '信用核查結果',
    submit: '送出辦理',
    submitted: '已送出 {caseNumber}（示範）。',
    stateTitle: '元件狀態（Vue 響應式資料）',
    stateOutcome: '核查結論',
    stateGate: '送出按鈕',
    gateOpen: '可用',
    gateClosed: '停用',
    logTitle: '事件',
    logEmpty: '尚無事件。',
    logResult: 'credit-result：結論 {outcome}，適用措施 {measures} 項',
    logGateOpen: 'credit-gate-change：按鈕可用（{outcome}）',
    logGateClosed: 'credit-gate-change：按鈕停用（{outcome}）',
    logFeedback: 'credit-feedback：{action}，{state}',
    codeTitle: '寫法',
    listTitle: '列表中的信用標識（v-for）',
    colName: '企業名稱',
    colCode: '統一社會信用代碼',
    colCredit: '信用',
    colAction: '操作',
    select: '設為核查對象',
  },
  en: {
    title: 'Business services admin — Vue 3',
    brand: 'Business services one-stop · admin',
    poweredBy: 'Vue {version} · render functions, no runtime compiler',
    menu: 'Main menu',
    menuHome: 'Home',
    menuLicensing: 'Licensing',
    menuCredit: 'Credit checks',
    menuSettings: 'Settings',
    breadcrumb: 'Home / Credit checks / Component example',
    formTitle: 'Who to check',
    pick: 'Company',
    other: 'Other (type the code)',
    code: 'Unified social credit code',
    codeHint: 'Checked when you press Enter or leave the field; full-width characters and spaces are normalised.',
    scenario: 'Scenario',
    scenarios: { 'administrative-licensing': 'Administrative licensing', 'government-procurement': 'Government procurement', 'fiscal-funds': 'Fiscal funds', honors: 'Honours and awards' },
    checkTitle: 'Credit check',
    submit: 'Submit',
    submitted: '{caseNumber} submitted (demo).',
    stateTitle: 'Component state (Vue reactive data)',
    stateOutcome: 'Outcome',
    stateGate: 'Submit button',
    gateOpen: 'enabled',
    gateClosed: 'disabled',
    logTitle: 'Events',
    logEmpty: 'No events yet.',
    logResult: 'credit-result: outcome {outcome}, {measures} measures applied',
    logGateOpen: 'credit-gate-change: button enabled ({outcome})',
    logGateClosed: 'credit-gate-change: button disabled ({outcome})',
    logFeedback: 'credit-feedback: {action}, {state}',
    codeTitle: 'How it is written',
    listTitle: 'Credit flags in a list (v-for)',
    colName: 'Company',
    colCode: 'Unified social credit code',
    colCredit: 'Credit',
    colAction: 'Action',
    select: 'Check this one',
  },
};
