/**
 * `/vue2/vue2-page.js` — a Vue 2.7 + Element UI 2 approval back office using the elements
 * (a classic script, built by esbuild like the script-tag page's own script, so it runs on
 * the same old kernels as Vue 2 and Element UI do).
 *
 * What a Vue 2 app needs for custom elements, all shown here:
 * - `Vue.config.ignoredElements = [/^credit-/]`: Vue leaves `<credit-*>` to the browser;
 * - attributes with `attrs` (template: `subject="…"`), properties with `domProps`
 *   (template: `:subject.prop="code"`), events with `on` (template: `v-on:credit-result="…"`,
 *   `@credit-gate-change="…"`): Vue 2 adds a DOM listener for any event name;
 * - a two-way binding: the dialog's `:visible.sync`, the opinion's `v-model`, and the gate
 *   bound back into the app — `@credit-gate-change` sets `allowed`, which drives the
 *   approve button's `:disabled`, so Vue and the gate never disagree.
 *
 * The app is written with render functions (`h`) on Vue's runtime-only build: the full build
 * compiles templates with `new Function`, which a CSP without 'unsafe-eval' refuses. The
 * template each render function stands for is in the comment above it.
 */
import { pendingApplications, type Application } from '../approval/applications.js';
import { mountDemoBar } from '../shared/demo-bar.js';
import { endpointFromQuery } from '../shared/endpoint.js';
import { fill, initialLocale, rememberLocale, type DemoLocale } from '../shared/locale.js';
import type { CreditGateChangeDetail, CreditResultDetail } from '../../widgets/internal/events.js';

// ---- the few Vue 2 / Element UI globals used (the page loads their UMD builds) ----------------
interface VNode {
  readonly tag?: string;
}
interface VNodeData {
  key?: string | number;
  class?: unknown;
  attrs?: Record<string, unknown>;
  props?: Record<string, unknown>;
  domProps?: Record<string, unknown>;
  on?: Record<string, (...args: never[]) => void>;
  slot?: string;
  scopedSlots?: Record<string, (scope: never) => VNode | VNode[] | string>;
}
type Child = VNode | string | null | undefined | false;
type H = (tag: string, data?: VNodeData | Child[] | string, children?: Child[] | string) => VNode;
interface Vue2 {
  config: { ignoredElements: (string | RegExp)[]; productionTip: boolean; errorHandler?: (error: unknown) => void };
  version: string;
  observable<T extends object>(state: T): T;
  new (options: { el: string; render(h: H): VNode }): unknown;
}
interface ElementUI {
  version: string;
  locale(lang: unknown): void;
  lang: Record<string, unknown>;
}
declare global {
  interface Window {
    Vue?: Vue2;
    ELEMENT?: ElementUI;
  }
}

type Key =
  | 'title' | 'brand' | 'user' | 'menuTodo' | 'menuDone' | 'menuCredit' | 'menuStats' | 'crumbHome' | 'crumbTodo'
  | 'search' | 'searchPlaceholder' | 'query' | 'reset' | 'listTitle' | 'colCase' | 'colApplicant' | 'colCode' | 'colMatter'
  | 'colReceived' | 'colCredit' | 'colStatus' | 'colAction' | 'pending' | 'review' | 'dialogTitle' | 'caseNumber'
  | 'applicant' | 'code' | 'matter' | 'received' | 'opinion' | 'opinionPlaceholder' | 'approve' | 'returnCase' | 'cancel'
  | 'approved' | 'returned' | 'gateOpen' | 'gateClosed' | 'logTitle' | 'logEmpty' | 'logResult' | 'logGate' | 'cspNote' | 'codeTitle' | 'fallback';

const MESSAGES: Record<DemoLocale, Record<Key, string>> = {
  'zh-CN': {
    title: '企业资质审批管理系统 — Vue 2 + Element UI',
    brand: '企业资质审批管理系统',
    user: '演示用户 · 演示区行政审批局',
    menuTodo: '待办审批',
    menuDone: '已办事项',
    menuCredit: '信用核查',
    menuStats: '统计分析',
    crumbHome: '首页',
    crumbTodo: '待办审批',
    search: '申请人',
    searchPlaceholder: '名称或统一社会信用代码',
    query: '查询',
    reset: '重置',
    listTitle: '待办审批件',
    colCase: '受理编号',
    colApplicant: '申请人',
    colCode: '统一社会信用代码',
    colMatter: '申请事项',
    colReceived: '受理日期',
    colCredit: '信用',
    colStatus: '状态',
    colAction: '操作',
    pending: '待审核',
    review: '审核',
    dialogTitle: '审核 · {caseNumber}',
    caseNumber: '受理编号',
    applicant: '申请人',
    code: '统一社会信用代码',
    matter: '申请事项',
    received: '受理日期',
    opinion: '审核意见',
    opinionPlaceholder: '请填写审核意见',
    approve: '准予许可',
    returnCase: '退回补正',
    cancel: '取消',
    approved: '{caseNumber} 已准予许可。',
    returned: '{caseNumber} 已退回补正。',
    gateOpen: '信用核查已完成，可以办理。',
    gateClosed: '批准按钮在核查完成并允许之前保持禁用。',
    logTitle: '事件记录（v-on）',
    logEmpty: '尚无事件。',
    logResult: 'credit-result：{applicant} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    cspNote: '本页在严格的内容安全策略下运行：Vue 2 仅运行时版本 + 渲染函数，无需 unsafe-eval。',
    codeTitle: '相当于模板',
    fallback: '信用核查组件未加载，请人工核查',
  },
  'zh-Hant': {
    title: '企業資質審批管理系統 — Vue 2 + Element UI',
    brand: '企業資質審批管理系統',
    user: '示範使用者 · 示範區行政審批局',
    menuTodo: '待辦審批',
    menuDone: '已辦事項',
    menuCredit: '信用核查',
    menuStats: '統計分析',
    crumbHome: '首頁',
    crumbTodo: '待辦審批',
    search: '申請人',
    searchPlaceholder: '名稱或統一社會信用代碼',
    query: '查詢',
    reset: '重設',
    listTitle: '待辦審批件',
    colCase: '受理編號',
    colApplicant: '申請人',
    colCode: '統一社會信用代碼',
    colMatter: '申請事項',
    colReceived: '受理日期',
    colCredit: '信用',
    colStatus: '狀態',
    colAction: '操作',
    pending: '待審核',
    review: '審核',
    dialogTitle: '審核 · {caseNumber}',
    caseNumber: '受理編號',
    applicant: '申請人',
    code: '統一社會信用代碼',
    matter: '申請事項',
    received: '受理日期',
    opinion: '審核意見',
    opinionPlaceholder: '請填寫審核意見',
    approve: '准予許可',
    returnCase: '退回補正',
    cancel: '取消',
    approved: '{caseNumber} 已准予許可。',
    returned: '{caseNumber} 已退回補正。',
    gateOpen: '信用核查已完成，可以辦理。',
    gateClosed: '核准按鈕在核查完成並允許之前保持停用。',
    logTitle: '事件記錄（v-on）',
    logEmpty: '尚無事件。',
    logResult: 'credit-result：{applicant} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    cspNote: '本頁在嚴格的內容安全政策下執行：Vue 2 僅執行時版本 + 渲染函式，不需要 unsafe-eval。',
    codeTitle: '相當於範本',
    fallback: '信用核查元件未載入，請人工核查',
  },
  en: {
    title: 'Qualification approval system — Vue 2 + Element UI',
    brand: 'Qualification approval system',
    user: 'Demo user · Demo District Approval Bureau',
    menuTodo: 'To approve',
    menuDone: 'Done',
    menuCredit: 'Credit checks',
    menuStats: 'Statistics',
    crumbHome: 'Home',
    crumbTodo: 'To approve',
    search: 'Applicant',
    searchPlaceholder: 'Name or unified social credit code',
    query: 'Search',
    reset: 'Reset',
    listTitle: 'Applications waiting for review',
    colCase: 'Case',
    colApplicant: 'Applicant',
    colCode: 'Unified social credit code',
    colMatter: 'Licence',
    colReceived: 'Received',
    colCredit: 'Credit',
    colStatus: 'Status',
    colAction: 'Action',
    pending: 'Pending',
    review: 'Review',
    dialogTitle: 'Review · {caseNumber}',
    caseNumber: 'Case',
    applicant: 'Applicant',
    code: 'Unified social credit code',
    matter: 'Licence',
    received: 'Received',
    opinion: 'Opinion',
    opinionPlaceholder: 'Write the reviewer’s opinion',
    approve: 'Grant licence',
    returnCase: 'Return for correction',
    cancel: 'Cancel',
    approved: '{caseNumber}: licence granted.',
    returned: '{caseNumber}: returned for correction.',
    gateOpen: 'The credit check is complete: you may proceed.',
    gateClosed: 'The approve button stays disabled until a completed check allows it.',
    logTitle: 'Events (v-on)',
    logEmpty: 'No events yet.',
    logResult: 'credit-result: {applicant} → {outcome}',
    logGate: 'credit-gate-change: allowed = {allowed}',
    cspNote: 'This page runs under the strict Content Security Policy: Vue 2’s runtime-only build with render functions needs no unsafe-eval.',
    codeTitle: 'The template this stands for',
    fallback: 'Credit check not loaded: check by hand',
  },
};

const SCENARIO = 'administrative-licensing';
const PAGE_SIZE = 5;

/** What the template of the dialog's credit part looks like (shown on the page). */
const TEMPLATE = `<el-dialog :visible.sync="dialogVisible" :title="…">
  <credit-check :subject.prop="current.code" scenario="${SCENARIO}"
                :case-number="current.caseNumber"
                @credit-result="onResult"></credit-check>
  <el-input v-model="opinion"></el-input>
  <template #footer>
    <credit-gate :subject.prop="current.code" scenario="${SCENARIO}"
                 @credit-gate-change="allowed = $event.detail.allowed">
      <!-- fail closed: disabled until the gate allows it -->
      <el-button type="primary" :disabled="!allowed" data-credit-hold>准予许可</el-button>
    </credit-gate>
  </template>
</el-dialog>`;

interface State {
  locale: DemoLocale;
  ready: boolean;
  keyword: string;
  filter: string;
  page: number;
  dialogVisible: boolean;
  current: Application | null;
  opinion: string;
  allowed: boolean;
  done: Record<string, 'approved' | 'returned'>;
  notice: string;
  log: { id: number; text: string }[];
}

function start(Vue: Vue2, element: ElementUI | undefined): void {
  Vue.config.productionTip = false;
  // Vue leaves <credit-*> to the browser (no "unknown custom element" warnings in a dev build).
  Vue.config.ignoredElements = [/^credit-/];
  Vue.config.errorHandler = (error) => console.error('credit-widgets demo (Vue 2):', error);

  const applications = pendingApplications();
  const state: State = Vue.observable({
    locale: initialLocale(),
    ready: false,
    keyword: '',
    filter: '',
    page: 1,
    dialogVisible: false,
    current: null,
    opinion: '',
    allowed: false,
    done: {},
    notice: '',
    log: [],
  });
  let n = 0;
  const note = (text: string) => {
    state.log = [{ id: ++n, text }, ...state.log].slice(0, 8);
  };
  const t = () => MESSAGES[state.locale];
  const f = (key: Key, values: Record<string, string | number>) => fill(t()[key], values, state.locale);

  const elementLocale = (locale: DemoLocale) => {
    const lang = element?.lang[locale === 'en' ? 'en' : locale === 'zh-Hant' ? 'zhTW' : 'zhCN'];
    if (element && lang) element.locale(lang);
  };
  const setLocale = (locale: DemoLocale) => {
    state.locale = locale;
    document.documentElement.lang = locale;
    document.title = MESSAGES[locale].title;
    elementLocale(locale);
  };
  setLocale(state.locale);

  const visible = () => {
    const q = state.filter.trim().toUpperCase();
    return q ? applications.filter((a) => a.applicant.toUpperCase().includes(q) || a.code.includes(q)) : applications;
  };
  const open = (app: Application) => {
    state.current = app;
    state.opinion = '';
    state.allowed = false;
    state.dialogVisible = true;
  };

  // <el-table-column :label="t.colCredit"><template #default="{ row }">
  //   <credit-flag :subject.prop="row.code" scenario="administrative-licensing">…</credit-flag>
  // </template></el-table-column>
  const flagCell = (h: H, row: Application) =>
    h(
      'credit-flag',
      {
        key: row.code,
        attrs: { scenario: SCENARIO, 'case-number': row.caseNumber },
        domProps: { subject: row.code },
      },
      t().fallback,
    );

  const table = (h: H) => {
    const m = t();
    const rows = visible();
    const pageRows = rows.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
    const column = (props: Record<string, unknown>, cell?: (row: Application) => VNode | string) =>
      h('el-table-column', { props, scopedSlots: cell ? { default: ({ row }: { row: Application }) => cell(row) } : undefined });
    return [
      h('el-table', { props: { data: pageRows, border: true, stripe: true, rowKey: 'caseNumber' }, class: 'v2-table' }, [
        column({ prop: 'caseNumber', label: m.colCase, width: 130 }),
        column({ label: m.colApplicant, minWidth: 200 }, (row) => h('span', { class: 'v2-applicant' }, row.applicant)),
        column({ label: m.colCode, width: 190 }, (row) => h('span', { class: 'v2-mono' }, row.code)),
        column({ label: m.colMatter, minWidth: 160 }, (row) => row.matter[state.locale]),
        column({ prop: 'receivedOn', label: m.colReceived, width: 110 }),
        column({ label: m.colCredit, width: 120, className: 'v2-credit-cell' }, (row) => flagCell(h, row)),
        column({ label: m.colStatus, width: 100 }, (row) => {
          const done = state.done[row.caseNumber];
          return h('el-tag', { props: { size: 'small', type: done === 'approved' ? 'success' : done === 'returned' ? 'warning' : 'info' } }, done ? (done === 'approved' ? m.approve : m.returnCase) : m.pending);
        }),
        column({ label: m.colAction, width: 90 }, (row) =>
          h('el-button', { props: { type: 'text', size: 'small' }, attrs: { 'data-case': row.caseNumber }, on: { click: () => open(row) } }, m.review),
        ),
      ]),
      h('el-pagination', {
        class: 'v2-pager',
        props: { background: true, layout: 'total, prev, pager, next', pageSize: PAGE_SIZE, total: rows.length, currentPage: state.page },
        // `.sync`: the pager tells the app its new page.
        on: { 'update:currentPage': (p: number) => (state.page = p), 'current-change': (p: number) => (state.page = p) },
      }),
    ];
  };

  const dialog = (h: H) => {
    const m = t();
    const c = state.current;
    return h(
      'el-dialog',
      {
        props: { visible: state.dialogVisible, title: c ? f('dialogTitle', { caseNumber: c.caseNumber }) : '', width: '760px', top: '6vh' },
        // `:visible.sync="dialogVisible"`: the dialog closes itself through this event.
        on: { 'update:visible': (v: boolean) => (state.dialogVisible = v) },
        class: 'v2-dialog',
      },
      c
        ? [
            h('el-descriptions', { props: { column: 2, size: 'small', border: true } }, [
              h('el-descriptions-item', { props: { label: m.caseNumber } }, c.caseNumber),
              h('el-descriptions-item', { props: { label: m.received } }, c.receivedOn),
              h('el-descriptions-item', { props: { label: m.applicant } }, c.applicant),
              h('el-descriptions-item', { props: { label: m.code } }, [h('span', { class: 'v2-mono' }, c.code)]),
              h('el-descriptions-item', { props: { label: m.matter, span: 2 } }, c.matter[state.locale]),
            ]),
            h(
              'credit-check',
              {
                key: `check-${c.caseNumber}`,
                attrs: { id: 'v2-check', scenario: SCENARIO, 'case-number': c.caseNumber },
                domProps: { subject: c.code },
                on: {
                  'credit-result': (e: CustomEvent<CreditResultDetail>) => note(f('logResult', { applicant: c.applicant, outcome: e.detail.outcome })),
                },
              },
              m.fallback,
            ),
            h('el-form', { props: { labelPosition: 'top', size: 'small' }, class: 'v2-opinion' }, [
              h('el-form-item', { props: { label: m.opinion } }, [
                // v-model="opinion"
                h('el-input', { props: { value: state.opinion, placeholder: m.opinionPlaceholder }, on: { input: (v: string) => (state.opinion = v) } }),
              ]),
            ]),
            h('p', { class: ['v2-gate-state', state.allowed ? 'is-open' : 'is-closed'], attrs: { role: 'status' } }, state.allowed ? m.gateOpen : m.gateClosed),
            h('div', { slot: 'footer', class: 'v2-footer' }, [
              h('el-button', { props: { size: 'small' }, on: { click: () => (state.dialogVisible = false) } }, m.cancel),
              h('el-button', { props: { size: 'small', type: 'warning', plain: true }, on: { click: () => decide(c, 'returned') } }, m.returnCase),
              h(
                'credit-gate',
                {
                  key: `gate-${c.caseNumber}`,
                  attrs: { id: 'v2-gate', scenario: SCENARIO, 'case-number': c.caseNumber },
                  domProps: { subject: c.code },
                  on: {
                    'credit-gate-change': (e: CustomEvent<CreditGateChangeDetail>) => {
                      state.allowed = e.detail.allowed;
                      note(f('logGate', { allowed: String(e.detail.allowed) }));
                    },
                  },
                },
                [
                  // Fail closed: disabled in the markup, with data-credit-hold; enabled only when the gate allows it.
                  h(
                    'el-button',
                    { props: { size: 'small', type: 'primary', disabled: !state.allowed }, attrs: { id: 'v2-approve', 'data-credit-hold': '' }, on: { click: () => decide(c, 'approved') } },
                    m.approve,
                  ),
                ],
              ),
            ]),
          ]
        : [],
    );
  };

  const decide = (c: Application, what: 'approved' | 'returned') => {
    state.done = { ...state.done, [c.caseNumber]: what };
    state.notice = f(what, { caseNumber: c.caseNumber });
    state.dialogVisible = false;
  };

  const render = (h: H): VNode => {
    const m = t();
    return h('el-container', { class: 'v2-layout' }, [
      h('el-header', { class: 'v2-header', props: { height: '56px' } }, [
        h('span', { class: 'v2-brand' }, m.brand),
        h('span', { class: 'v2-user' }, `${m.user} · Vue ${Vue.version} · Element ${element?.version ?? '—'}`),
      ]),
      h('el-container', [
        h('el-aside', { props: { width: '180px' }, class: 'v2-aside' }, [
          h('el-menu', { props: { defaultActive: 'todo', backgroundColor: '#304156', textColor: '#bfcbd9', activeTextColor: '#409eff' } }, [
            h('el-menu-item', { props: { index: 'todo' } }, [h('i', { class: 'el-icon-s-order' }), h('span', m.menuTodo)]),
            h('el-menu-item', { props: { index: 'done' } }, [h('i', { class: 'el-icon-finished' }), h('span', m.menuDone)]),
            h('el-menu-item', { props: { index: 'credit' } }, [h('i', { class: 'el-icon-s-check' }), h('span', m.menuCredit)]),
            h('el-menu-item', { props: { index: 'stats' } }, [h('i', { class: 'el-icon-s-data' }), h('span', m.menuStats)]),
          ]),
        ]),
        h('el-main', { class: 'v2-main' }, [
          h('el-breadcrumb', { props: { separator: '/' } }, [h('el-breadcrumb-item', m.crumbHome), h('el-breadcrumb-item', m.crumbTodo)]),
          h('el-card', { props: { shadow: 'never' }, class: 'v2-card' }, [
            h('el-form', { props: { inline: true, size: 'small' } }, [
              h('el-form-item', { props: { label: m.search } }, [
                h('el-input', { props: { value: state.keyword, placeholder: m.searchPlaceholder, clearable: true }, on: { input: (v: string) => (state.keyword = v) } }),
              ]),
              h('el-form-item', [
                h('el-button', { props: { type: 'primary', icon: 'el-icon-search' }, on: { click: () => ((state.filter = state.keyword), (state.page = 1)) } }, m.query),
                h('el-button', { on: { click: () => ((state.keyword = ''), (state.filter = ''), (state.page = 1)) } }, m.reset),
              ]),
            ]),
            state.notice ? h('el-alert', { props: { title: state.notice, type: 'success', showIcon: true, closable: false }, class: 'v2-notice' }) : null,
            h('h2', { class: 'v2-card-title' }, m.listTitle),
            ...table(h),
          ]),
          h('el-row', { props: { gutter: 16 } }, [
            h('el-col', { props: { span: 12 } }, [
              h('el-card', { props: { shadow: 'never', header: m.logTitle }, class: 'v2-card' }, [
                state.log.length === 0 ? h('p', { class: 'v2-hint' }, m.logEmpty) : h('ol', { class: 'v2-log' }, state.log.map((e) => h('li', { key: e.id }, e.text))),
              ]),
            ]),
            h('el-col', { props: { span: 12 } }, [
              h('el-card', { props: { shadow: 'never', header: m.codeTitle }, class: 'v2-card' }, [h('pre', { class: 'v2-code' }, TEMPLATE), h('p', { class: 'v2-hint' }, m.cspNote)]),
            ]),
          ]),
        ]),
      ]),
      dialog(h),
    ]);
  };

  new Vue({ el: '#app', render });

  const bar = mountDemoBar({
    current: 'vue2',
    locale: state.locale,
    remoteEndpoint: endpointFromQuery(),
    onLocale: (next) => {
      rememberLocale(next);
      setLocale(next);
      bar.setLocale(next);
      window.CreditWidgets?.configure({ locale: next });
    },
  });
  if (state.locale !== 'zh-CN') window.CreditWidgets?.configure({ locale: state.locale });

  // `?open=<case number>` (or `?open=1` for the first case) opens that case's dialog at once.
  const wanted = new URLSearchParams(location.search).get('open');
  if (wanted) {
    const app = applications.find((a) => a.caseNumber === wanted) ?? (wanted === '1' ? applications[0] : undefined);
    if (app) open(app);
  }
}

async function main(): Promise<void> {
  const platform = await window.creditWidgetsDemo?.ready;
  if (platform && !platform.simulated) window.CreditWidgets?.configure({ endpoint: platform.endpoint });
  const Vue = window.Vue;
  if (!Vue) throw new Error('Vue 2 did not load (/vendor/vue2/vue.runtime.min.js)');
  start(Vue, window.ELEMENT);
}

main().catch((error: unknown) => {
  console.error('credit-widgets demo (Vue 2): could not start.', error);
  const box = document.querySelector('#app .v2-loading');
  if (box) box.textContent = `${error instanceof Error ? error.message : String(error)}`;
});
