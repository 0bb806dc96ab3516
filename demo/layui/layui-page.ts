/**
 * `/layui/layui-page.js` — the jQuery + layui 2 page's own classic script (built by esbuild
 * like the script-tag page's, so it runs on the same old kernels as jQuery and layui).
 *
 * - `layui.table` draws the pending cases from local data, 4 a page; every page change
 *   redraws the table body. The applicant column's template marks the name with
 *   `data-credit-subject`; the pasted script tag's `data-auto-scan` watches the page and
 *   puts a flag beside each name that appears, so the flags follow every redraw.
 * - "核查" (`lay-event="check"`) opens a `layer` popup with `<credit-check>` and the
 *   accept button inside `<credit-gate>`: `disabled data-credit-hold` in the markup, enabled
 *   by the gate only when a completed check allows it.
 * The page's own code uses jQuery for its events, as such pages do.
 */
import { pendingApplications, type Application } from '../approval/applications.js';
import { mountDemoBar } from '../shared/demo-bar.js';
import { endpointFromQuery } from '../shared/endpoint.js';
import { applyMessages, fill, initialLocale, rememberLocale, type DemoLocale, type PageMessages } from '../shared/locale.js';
import type { CreditGateChangeDetail, CreditResultDetail } from '../../widgets/internal/events.js';

// ---- the few jQuery / layui globals used (the page loads them with script tags) ---------------
interface JQ {
  on(event: string, handler: (e: Event) => void): JQ;
  val(): string;
  text(value: string): JQ;
  prepend(content: JQ): JQ;
  children(): JQ;
  slice(start: number): JQ;
  remove(): JQ;
  length: number;
}
type JQueryFn = ((selector: string | Element) => JQ) & { fn: { jquery: string } };
interface LayuiTableColumn {
  field?: string;
  title: string;
  width?: number;
  minWidth?: number;
  fixed?: 'left' | 'right';
  templet?: (row: Row) => string;
}
interface Row extends Application {
  matterText: string;
}
interface LayuiTable {
  render(options: Record<string, unknown>): unknown;
  reload(id: string, options: Record<string, unknown>): unknown;
  on(event: string, handler: (obj: { event: string; data: Row }) => void): void;
}
interface LayuiLayer {
  open(options: Record<string, unknown>): number;
  close(index: number): void;
  msg(text: string, options?: Record<string, unknown>): void;
}
interface Layui {
  v: string;
  use(modules: string[], callback: () => void): void;
  table: LayuiTable;
  layer: LayuiLayer;
}
declare global {
  interface Window {
    jQuery?: JQueryFn;
    layui?: Layui;
  }
}

type Key =
  | 'title' | 'brand' | 'navAccept' | 'navQuery' | 'navReport' | 'user' | 'sideCases' | 'sidePending' | 'sideAccepted' | 'sideCredit'
  | 'sideSettings' | 'crumbHome' | 'crumbHere' | 'listTitle' | 'searchPlaceholder' | 'search' | 'howTitle' | 'how1' | 'csp' | 'logTitle'
  | 'colCase' | 'colApplicant' | 'colCode' | 'colMatter' | 'colReceived' | 'colAction' | 'check' | 'none' | 'popupTitle'
  | 'accept' | 'returnCase' | 'accepted' | 'returned' | 'gateOpen' | 'gateClosed' | 'logResult' | 'logGate' | 'logPage' | 'fallback';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '行政许可受理台 — jQuery + layui',
    brand: '行政许可受理台',
    navAccept: '受理',
    navQuery: '查询',
    navReport: '报表',
    user: '演示用户',
    sideCases: '受理件管理',
    sidePending: '待受理',
    sideAccepted: '已受理',
    sideCredit: '信用核查',
    sideSettings: '系统设置',
    crumbHome: '首页',
    crumbHere: '待受理',
    listTitle: '待受理申请（翻页时表格整体重绘，信用标识由自动扫描补上）',
    searchPlaceholder: '申请人名称或代码',
    search: '查询',
    howTitle: '集成方式',
    how1: 'layui.table 的“申请人”列模板给名称加上 data-credit-subject；script 标签的 data-auto-scan 用 MutationObserver 发现每次重绘出的新行并放上信用标识。“核查”用 layer.open 弹出 credit-check 和放在 credit-gate 里的受理按钮（初始禁用，带 data-credit-hold）。',
    csp: '注意：layui 的模板引擎使用 new Function，layer 使用内联样式，因此本页的 CSP 放宽为 script-src \'unsafe-eval\' 和 style-src \'unsafe-inline\'，且不启用 Trusted Types。信用核查组件本身不需要这些放宽。',
    logTitle: '事件记录',
    colCase: '受理编号',
    colApplicant: '申请人',
    colCode: '统一社会信用代码',
    colMatter: '申请事项',
    colReceived: '申请日期',
    colAction: '操作',
    check: '核查',
    none: '无数据',
    popupTitle: '信用核查 · {caseNumber}',
    accept: '准予受理',
    returnCase: '不予受理',
    accepted: '{caseNumber} 已受理',
    returned: '{caseNumber} 不予受理',
    gateOpen: '核查已完成，可以受理。',
    gateClosed: '受理按钮在核查完成并允许之前保持禁用。',
    logResult: 'credit-result：{applicant} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    logPage: '表格重绘：第 {page} 页',
    fallback: '信用核查组件未加载，请人工核查',
  },
  'zh-Hant': {
    title: '行政許可受理台 — jQuery + layui',
    brand: '行政許可受理台',
    navAccept: '受理',
    navQuery: '查詢',
    navReport: '報表',
    user: '示範使用者',
    sideCases: '受理件管理',
    sidePending: '待受理',
    sideAccepted: '已受理',
    sideCredit: '信用核查',
    sideSettings: '系統設定',
    crumbHome: '首頁',
    crumbHere: '待受理',
    listTitle: '待受理申請（翻頁時表格整體重繪，信用標識由自動掃描補上）',
    searchPlaceholder: '申請人名稱或代碼',
    search: '查詢',
    howTitle: '整合方式',
    how1: 'layui.table 的「申請人」欄範本給名稱加上 data-credit-subject；script 標籤的 data-auto-scan 用 MutationObserver 發現每次重繪出的新列並放上信用標識。「核查」用 layer.open 彈出 credit-check 和放在 credit-gate 裡的受理按鈕（初始停用，帶 data-credit-hold）。',
    csp: '注意：layui 的範本引擎使用 new Function，layer 使用內嵌樣式，因此本頁的 CSP 放寬為 script-src \'unsafe-eval\' 和 style-src \'unsafe-inline\'，且不啟用 Trusted Types。信用核查元件本身不需要這些放寬。',
    logTitle: '事件記錄',
    colCase: '受理編號',
    colApplicant: '申請人',
    colCode: '統一社會信用代碼',
    colMatter: '申請事項',
    colReceived: '申請日期',
    colAction: '操作',
    check: '核查',
    none: '無資料',
    popupTitle: '信用核查 · {caseNumber}',
    accept: '准予受理',
    returnCase: '不予受理',
    accepted: '{caseNumber} 已受理',
    returned: '{caseNumber} 不予受理',
    gateOpen: '核查已完成，可以受理。',
    gateClosed: '受理按鈕在核查完成並允許之前保持停用。',
    logResult: 'credit-result：{applicant} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    logPage: '表格重繪：第 {page} 頁',
    fallback: '信用核查元件未載入，請人工核查',
  },
  en: {
    title: 'Licence intake desk — jQuery + layui',
    brand: 'Licence intake desk',
    navAccept: 'Intake',
    navQuery: 'Search',
    navReport: 'Reports',
    user: 'Demo user',
    sideCases: 'Cases',
    sidePending: 'Waiting',
    sideAccepted: 'Accepted',
    sideCredit: 'Credit checks',
    sideSettings: 'Settings',
    crumbHome: 'Home',
    crumbHere: 'Waiting',
    listTitle: 'Applications waiting for intake (the table redraws on every page change; auto-scan adds the flags)',
    searchPlaceholder: 'Applicant name or code',
    search: 'Search',
    howTitle: 'How it is wired',
    how1: 'The applicant column’s layui.table template marks the name with data-credit-subject; the script tag’s data-auto-scan finds the rows of every redraw with a MutationObserver and flags them. “Check” opens credit-check in a layer popup, with the accept button inside credit-gate (disabled to start with, data-credit-hold).',
    csp: 'Note: layui’s template engine uses new Function and layer writes inline styles, so this page relaxes its CSP to script-src \'unsafe-eval\' and style-src \'unsafe-inline\', without Trusted Types. The credit components themselves need none of that.',
    logTitle: 'Events',
    colCase: 'Case',
    colApplicant: 'Applicant',
    colCode: 'Unified social credit code',
    colMatter: 'Licence',
    colReceived: 'Filed',
    colAction: 'Action',
    check: 'Check',
    none: 'No data',
    popupTitle: 'Credit check · {caseNumber}',
    accept: 'Accept',
    returnCase: 'Refuse',
    accepted: '{caseNumber} accepted',
    returned: '{caseNumber} refused',
    gateOpen: 'The check is complete: you may accept.',
    gateClosed: 'The accept button stays disabled until a completed check allows it.',
    logResult: 'credit-result: {applicant} → {outcome}',
    logGate: 'credit-gate-change: allowed = {allowed}',
    logPage: 'table redrawn: page {page}',
    fallback: 'Credit check not loaded: check by hand',
  },
};

const SCENARIO = 'administrative-licensing';
const PAGE_SIZE = 4;

const SNIPPET = `table.render({ elem: '#cases', data: rows, page: { limit: ${PAGE_SIZE} }, cols: [[
  { title: '申请人', templet: (d) =>
      '<span data-credit-subject="' + esc(d.code) + '">' + esc(d.applicant) + '</span>' },
  …
]] });
// <script src="/js/credit-widgets.iife.js" data-auto-scan …> flags each new row by itself.`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** For layui's HTML-string templates: every value is escaped. */
const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function start($: JQueryFn, layui: Layui): void {
  let locale: DemoLocale = initialLocale();
  const applications = pendingApplications();
  const rows = (): Row[] => applications.map((a) => ({ ...a, matterText: a.matter[locale] }));
  let filter = '';
  const t = () => MESSAGES[locale];

  const log = (text: string) => {
    $('#log').prepend($(document.createElement('li')).text(text));
    $('#log').children().slice(8).remove();
  };

  const cols = (): LayuiTableColumn[][] => {
    const m = t();
    return [[
      { field: 'caseNumber', title: m.colCase, width: 120 },
      // The marked name: auto-scan puts the flag right after it, in the same cell.
      { title: m.colApplicant, minWidth: 340, templet: (d) => `<span class="lp-name" data-credit-subject="${esc(d.code)}" data-credit-scenario="${SCENARIO}" data-credit-case-number="${esc(d.caseNumber)}">${esc(d.applicant)}</span>` },
      { field: 'code', title: m.colCode, width: 190 },
      { field: 'matterText', title: m.colMatter, minWidth: 150 },
      { field: 'receivedOn', title: m.colReceived, width: 106 },
      { title: m.colAction, width: 80, templet: (d) => `<a class="layui-btn layui-btn-xs" lay-event="check" data-case="${esc(d.caseNumber)}">${esc(m.check)}</a>` },
    ]];
  };
  const data = () => {
    const q = filter.trim().toUpperCase();
    const all = rows();
    return q ? all.filter((r) => r.applicant.toUpperCase().includes(q) || r.code.includes(q)) : all;
  };
  const options = () => ({
    elem: '#cases',
    id: 'cases',
    data: data(),
    cols: cols(),
    page: { limit: PAGE_SIZE, limits: [PAGE_SIZE, PAGE_SIZE * 2], layout: ['count', 'prev', 'page', 'next', 'limit'] },
    text: { none: t().none },
    skin: 'line',
    even: true,
    // Called after every draw (first render, each page change, reload).
    done: (_res: unknown, page: number) => log(fill(t().logPage, { page }, locale)),
  });

  const { table, layer } = layui;
  table.render(options());

  table.on('tool(cases)', (obj) => {
    if (obj.event === 'check') openCheck(obj.data);
  });

  $('#search').on('submit', (e) => {
    e.preventDefault();
    filter = $('#keyword').val();
    table.reload('cases', { data: data(), page: { curr: 1 } });
  });

  /** The popup: built with DOM calls (no markup strings), handed to layer as an element. */
  const openCheck = (app: Row) => {
    const m = t();
    const box = document.createElement('div');
    box.className = 'lp-popup';
    const check = document.createElement('credit-check');
    check.id = 'lp-check';
    check.setAttribute('subject', app.code);
    check.setAttribute('scenario', SCENARIO);
    check.setAttribute('case-number', app.caseNumber);
    check.textContent = m.fallback;
    const status = document.createElement('p');
    status.className = 'lp-gate-state';
    status.setAttribute('role', 'status');
    status.textContent = m.gateClosed;
    const actions = document.createElement('div');
    actions.className = 'lp-actions';
    const gate = document.createElement('credit-gate');
    gate.id = 'lp-gate';
    gate.setAttribute('subject', app.code);
    gate.setAttribute('scenario', SCENARIO);
    gate.setAttribute('case-number', app.caseNumber);
    // Fail closed: disabled in the markup, enabled by the gate only when a completed check allows it.
    const accept = document.createElement('button');
    accept.type = 'button';
    accept.id = 'lp-accept';
    accept.className = 'layui-btn layui-btn-normal';
    accept.disabled = true;
    accept.setAttribute('data-credit-hold', '');
    accept.textContent = m.accept;
    gate.append(accept);
    const refuse = document.createElement('button');
    refuse.type = 'button';
    refuse.className = 'layui-btn layui-btn-primary';
    refuse.textContent = m.returnCase;
    actions.append(gate, refuse);
    box.append(check, status, actions);

    $(check).on('credit-result', (e) => log(fill(t().logResult, { applicant: app.applicant, outcome: (e as CustomEvent<CreditResultDetail>).detail.outcome }, locale)));
    $(gate).on('credit-gate-change', (e) => {
      const allowed = (e as CustomEvent<CreditGateChangeDetail>).detail.allowed;
      status.textContent = allowed ? t().gateOpen : t().gateClosed;
      status.className = `lp-gate-state ${allowed ? 'is-open' : 'is-closed'}`;
      log(fill(t().logGate, { allowed: String(allowed) }, locale));
    });

    // layer's 捕获层 (type 1 with an element) wraps the element where it is: so it is on the page first.
    box.hidden = true;
    document.body.append(box);
    const index = layer.open({
      type: 1,
      title: fill(m.popupTitle, { caseNumber: app.caseNumber }, locale),
      area: ['780px', '86%'],
      shadeClose: true,
      content: $(box),
      success: () => {
        box.hidden = false;
      },
      end: () => box.remove(),
    });
    $(accept).on('click', () => {
      layer.close(index);
      layer.msg(fill(t().accepted, { caseNumber: app.caseNumber }, locale), { icon: 1 });
    });
    $(refuse).on('click', () => {
      layer.close(index);
      layer.msg(fill(t().returned, { caseNumber: app.caseNumber }, locale), { icon: 2 });
    });
  };

  const setLocale = (next: DemoLocale) => {
    locale = next;
    document.documentElement.lang = next;
    applyMessages(MESSAGES, next);
    document.title = MESSAGES[next].title;
    table.reload('cases', { cols: cols(), data: data(), text: { none: t().none } });
  };
  document.getElementById('snippet')!.textContent = SNIPPET;
  document.documentElement.lang = locale;
  applyMessages(MESSAGES, locale);
  document.title = MESSAGES[locale].title;
  if (locale !== 'zh-CN') window.CreditWidgets?.configure({ locale });
  const bar = mountDemoBar({
    current: 'layui',
    locale,
    remoteEndpoint: endpointFromQuery(),
    onLocale: (next) => {
      rememberLocale(next);
      window.CreditWidgets?.configure({ locale: next });
      setLocale(next);
      bar.setLocale(next);
    },
  });

  // `?open=1` opens the first case's popup at once (the screenshot shows it).
  if (new URLSearchParams(location.search).get('open') === '1') openCheck(rows()[0]!);
}

async function main(): Promise<void> {
  const platform = await window.creditWidgetsDemo?.ready;
  if (platform && !platform.simulated) window.CreditWidgets?.configure({ endpoint: platform.endpoint });
  const $ = window.jQuery;
  const layui = window.layui;
  if (!$ || !layui) throw new Error('jQuery or layui did not load (/vendor/…)');
  await new Promise<void>((resolve) => layui.use(['table', 'layer'], () => resolve()));
  start($, layui);
}

main().catch((error: unknown) => {
  console.error('credit-widgets demo (layui): could not start.', error);
});
