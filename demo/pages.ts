/**
 * The demo's pages: where they live, what they are called and, for the index page, three
 * sentences each on what they show — in every language of the language switch.
 */
import type { DemoLocale } from './shared/locale.js';

export const PAGE_IDS = ['index', 'approval', 'procurement', 'script-tag', 'ledger', 'stats', 'vue', 'vue2', 'layui', 'react', 'fault-lab'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface DemoPage {
  id: PageId;
  /** URL path, relative to the site root. */
  path: string;
  /** The short name in the navigation. */
  title: Record<DemoLocale, string>;
  /** Three sentences: what the page imitates, what to try, what it proves. */
  summary: Record<DemoLocale, readonly [string, string, string]>;
}

export const PAGES: readonly DemoPage[] = [
  {
    id: 'index',
    path: '/',
    title: { 'zh-CN': '首页', 'zh-Hant': '首頁', en: 'Home' },
    summary: {
      'zh-CN': ['本演示站点展示信用核查组件在政务系统中的用法。', '信用平台在浏览器内模拟，数据为虚构的样例主体。', '每个页面右上角可切换语言。'],
      'zh-Hant': ['本示範網站展示信用核查元件在政務系統中的用法。', '信用平台在瀏覽器內模擬，資料為虛構的樣例主體。', '每個頁面右上角可切換語言。'],
      en: ['This demo shows the credit-check components inside government systems.', 'The credit platform is simulated in your browser on made-up subjects.', 'Every page has a language switch at the top right.'],
    },
  },
  {
    id: 'approval',
    path: '/approval/',
    title: { 'zh-CN': '行政审批', 'zh-Hant': '行政審批', en: 'Approval' },
    summary: {
      'zh-CN': [
        '一个老式网上审批系统：待办件列表中的申请人旁自动出现信用标识。',
        '点击“办理”打开申请，下方是完整的信用核查结果，审批按钮在逐项反馈措施之前保持禁用。',
        '适用容缺受理时，可在同一页面记录申请人的书面承诺。',
      ],
      'zh-Hant': [
        '一個老式網上審批系統：待辦件列表中的申請人旁自動出現信用標識。',
        '點擊「辦理」開啟申請，下方是完整的信用核查結果，審批按鈕在逐項回饋措施之前保持停用。',
        '適用容缺受理時，可在同一頁面記錄申請人的書面承諾。',
      ],
      en: [
        'An old-style online approval system: credit flags appear by themselves beside each applicant in the to-do list.',
        'Open an application to see the full check; the approve button stays disabled until every applied measure has a response.',
        'Where 容缺受理 (acceptance with missing materials) applies, the applicant’s written commitment is recorded on the same page.',
      ],
    },
  },
  {
    id: 'procurement',
    path: '/procurement/',
    title: { 'zh-CN': '政府采购', 'zh-Hant': '政府採購', en: 'Procurement' },
    summary: {
      'zh-CN': [
        '一个政府采购开标评标系统：一次筛查某项目的全部投标人。',
        '可下载 Excel 另存的 GBK 编码样例 CSV，再导入或直接粘贴表格。',
        '结果按限制优先排序，可筛选、展开明细、导出 CSV 并打印查询记录单。',
      ],
      'zh-Hant': [
        '一個政府採購開標評標系統：一次篩查某項目的全部投標人。',
        '可下載 Excel 另存的 GBK 編碼樣例 CSV，再匯入或直接貼上表格。',
        '結果按限制優先排序，可篩選、展開明細、匯出 CSV 並列印查詢記錄單。',
      ],
      en: [
        'A procurement evaluation system that screens every bidder of a tender at once.',
        'Download the sample CSV, saved by Excel in GBK, then import it or paste a table.',
        'Results sort restricted first, filter, expand into details, export to CSV and print as a check record.',
      ],
    },
  },
  {
    id: 'script-tag',
    path: '/script-tag/',
    title: { 'zh-CN': '仅用 script 标签', 'zh-Hant': '僅用 script 標籤', en: 'Script tag only' },
    summary: {
      'zh-CN': [
        '一个没有打包工具的旧网页，只加了一个 <script> 标签和 data-* 配置。',
        '带 data-credit-subject 的单元格自动得到信用标识，后来加载的行也一样。',
        '页面在严格的内容安全策略（CSP）下运行，没有任何内联脚本或样式。',
      ],
      'zh-Hant': [
        '一個沒有打包工具的舊網頁，只加了一個 <script> 標籤和 data-* 設定。',
        '帶 data-credit-subject 的儲存格自動得到信用標識，後來載入的列也一樣。',
        '頁面在嚴格的內容安全政策（CSP）下執行，沒有任何內嵌腳本或樣式。',
      ],
      en: [
        'A legacy page with no bundler: one <script> tag with data-* configuration is all it adds.',
        'Cells marked data-credit-subject get a credit flag by themselves, rows loaded later too.',
        'The page runs under a strict Content Security Policy, with no inline script or style.',
      ],
    },
  },
  {
    id: 'ledger',
    path: '/ledger/',
    title: { 'zh-CN': '查询台账', 'zh-Hant': '查詢台帳', en: 'Query ledger' },
    summary: {
      'zh-CN': [
        '信用查询台账：谁在何时、为何查询了哪个主体。',
        '您在其他页面做的查询会出现在最上面，可按日期、经办人和场景筛选并分页。',
        '可导出全部筛选结果为 CSV；自然人的身份证号始终遮蔽显示。',
      ],
      'zh-Hant': [
        '信用查詢台帳：誰在何時、為何查詢了哪個主體。',
        '您在其他頁面做的查詢會出現在最上面，可按日期、經辦人和場景篩選並分頁。',
        '可匯出全部篩選結果為 CSV；自然人的身分證號始終遮蔽顯示。',
      ],
      en: [
        'The query ledger: who checked which subject, when and why.',
        'The checks you made on the other pages appear at the top; filter by date, operator and scenario, page through.',
        'Export the whole filtered set as CSV; a natural person’s ID number is always masked.',
      ],
    },
  },
  {
    id: 'stats',
    path: '/stats/',
    title: { 'zh-CN': '统计', 'zh-Hant': '統計', en: 'Statistics' },
    summary: {
      'zh-CN': [
        '统计联合奖惩情况：一年来的核查、结果、措施执行与改判。',
        '可按本月、本季度、本年度或自定义期间，按部门、场景、措施或月份分组；图表可用键盘逐项浏览。',
        '可导出 CSV、打印统计报表（含改判理由）；统计中不含任何主体信息。',
      ],
      'zh-Hant': [
        '統計聯合獎懲情況：一年來的核查、結果、措施執行與改判。',
        '可按本月、本季度、本年度或自訂期間，按部門、場景、措施或月份分組；圖表可用鍵盤逐項瀏覽。',
        '可匯出 CSV、列印統計報表（含改判理由）；統計中不含任何主體資訊。',
      ],
      en: [
        'Joint rewards and punishments counted: a year of checks, outcomes, measures carried out and overrides.',
        'Choose this month, quarter, year or your own dates, grouped by department, scenario, measure or month; the chart can be walked with the keyboard.',
        'Export CSV or print the period report with the overrides’ reasons; no subject appears in any of it.',
      ],
    },
  },
  {
    id: 'vue',
    path: '/vue/',
    title: { 'zh-CN': 'Vue 3', 'zh-Hant': 'Vue 3', en: 'Vue 3' },
    summary: {
      'zh-CN': [
        '组件嵌在一个小型 Vue 3 应用里，这是政务前端最常见的框架。',
        '演示属性传递、事件监听，以及对查询主体的 v-model 式双向绑定。',
        '应用用渲染函数编写，不需要运行时编译，因此同样适用严格 CSP。',
      ],
      'zh-Hant': [
        '元件嵌在一個小型 Vue 3 應用裡，這是政務前端最常見的框架。',
        '示範屬性傳遞、事件監聽，以及對查詢主體的 v-model 式雙向綁定。',
        '應用以渲染函式撰寫，不需要執行時編譯，因此同樣適用嚴格 CSP。',
      ],
      en: [
        'The components inside a small Vue 3 app, the framework most government front ends use.',
        'It shows props, event listeners and a v-model-style binding of the subject.',
        'The app is written with render functions, needs no runtime compiler and so runs under a strict CSP.',
      ],
    },
  },
  {
    id: 'vue2',
    path: '/vue2/',
    title: { 'zh-CN': 'Vue 2 + Element UI', 'zh-Hant': 'Vue 2 + Element UI', en: 'Vue 2 + Element UI' },
    summary: {
      'zh-CN': [
        '一个 Vue 2 + Element UI 的审批后台，许多政务系统至今仍是这个组合。',
        '表格的“信用”列显示信用标识，点“审核”在对话框里打开完整核查，批准按钮放在信用闸门里。',
        '应用用渲染函数编写（仅运行时版本），因此同样在严格 CSP 下运行。',
      ],
      'zh-Hant': [
        '一個 Vue 2 + Element UI 的審批後台，許多政務系統至今仍是這個組合。',
        '表格的「信用」欄顯示信用標識，點「審核」在對話框裡開啟完整核查，核准按鈕放在信用閘門裡。',
        '應用以渲染函式撰寫（僅執行時版本），因此同樣在嚴格 CSP 下執行。',
      ],
      en: [
        'A Vue 2 + Element UI approval back office, the stack many government systems still run.',
        'The table’s credit column shows a flag per applicant; “Review” opens the full check in a dialog, with the approve button inside the gate.',
        'The app is written with render functions on the runtime-only build, so it too runs under the strict CSP.',
      ],
    },
  },
  {
    id: 'layui',
    path: '/layui/',
    title: { 'zh-CN': 'jQuery + layui', 'zh-Hant': 'jQuery + layui', en: 'jQuery + layui' },
    summary: {
      'zh-CN': [
        '一个 jQuery + layui 2 的经典后台页面，只用普通 script 标签。',
        'layui 表格翻页时整表重绘，信用标识由 script 标签的自动扫描跟上。',
        '点“核查”弹出 layer 窗口显示完整核查；layui 的模板需要 unsafe-eval，页面因此放宽了 CSP（页面上有说明）。',
      ],
      'zh-Hant': [
        '一個 jQuery + layui 2 的經典後台頁面，只用普通 script 標籤。',
        'layui 表格翻頁時整表重繪，信用標識由 script 標籤的自動掃描跟上。',
        '點「核查」彈出 layer 視窗顯示完整核查；layui 的範本需要 unsafe-eval，頁面因此放寬了 CSP（頁面上有說明）。',
      ],
      en: [
        'A classic jQuery + layui 2 back-office page, plain script tags only.',
        'The layui table redraws itself on every page change; the script tag’s auto-scan flags the new rows.',
        '“Check” opens a layer popup with the full decision; layui’s templates need unsafe-eval, so this page relaxes its CSP (it says so on the page).',
      ],
    },
  },
  {
    id: 'react',
    path: '/react/',
    title: { 'zh-CN': 'React 19', 'zh-Hant': 'React 19', en: 'React 19' },
    summary: {
      'zh-CN': [
        '组件直接用在 React 19 应用里，不需要任何包装组件。',
        'React 19 把属性设为元素的属性，并直接监听 credit-* 事件。',
        'React 19 按 chrome69 目标打包后可在 Chromium 69 上运行；本演示页由开发服务器直接提供、未做降级，需要 Chromium 80 以上。',
      ],
      'zh-Hant': [
        '元件直接用在 React 19 應用裡，不需要任何包裝元件。',
        'React 19 把屬性設為元素的屬性，並直接監聽 credit-* 事件。',
        'React 19 按 chrome69 目標打包後可在 Chromium 69 上執行；本示範頁由開發伺服器直接提供、未做降級，需要 Chromium 80 以上。',
      ],
      en: [
        'The elements used straight from a React 19 app, with no wrapper components.',
        'React 19 sets element properties and listens to credit-* events itself.',
        'React 19 runs on Chromium 69 when bundled for it; this demo page is served by the dev server unlowered and needs Chromium 80 or later.',
      ],
    },
  },
  {
    id: 'fault-lab',
    path: '/fault-lab/',
    title: { 'zh-CN': '故障实验室', 'zh-Hant': '故障實驗室', en: 'Fault lab' },
    summary: {
      'zh-CN': [
        '用开关让模拟平台出故障：延迟、宕机、503 限流、畸形响应、字段漂移和挂起。',
        '任何故障下组件都显示“未核查”，绝不会显示绿色结果。',
        '关掉故障后点“重新查询”，可看到重试恢复正常。',
      ],
      'zh-Hant': [
        '用開關讓模擬平台出故障：延遲、當機、503 限流、畸形回應、欄位漂移和掛起。',
        '任何故障下元件都顯示「未核查」，絕不會顯示綠色結果。',
        '關掉故障後點「重新查詢」，可看到重試恢復正常。',
      ],
      en: [
        'Switches that make the simulated platform fail: latency, down, 503 with Retry-After, malformed answers, schema drift and a hang.',
        'Whatever fails, the components show “unknown” — never a green result.',
        'Switch the fault off and press “check again” to see the retry recover.',
      ],
    },
  },
];
