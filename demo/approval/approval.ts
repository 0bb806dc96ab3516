/**
 * 行政审批: an old-style approval system. The to-do list marks each applicant with
 * `data-credit-subject`; `watch()` puts a `<credit-flag>` beside each. Opening a case
 * shows `<credit-check>`, the approve button inside `<credit-gate require-response>`, and,
 * when 容缺受理 applies, the applicant's `<credit-commitment>` inside the check.
 */
import { todayInChina } from '../../src/policy/index.js';
import { bootDemo, showBootError, type DemoContext } from '../shared/boot.js';
import { fill, type DemoLocale, type PageMessages } from '../shared/locale.js';
import { pendingApplications, type Application } from './applications.js';

/** The measure id of 容缺受理 in the default catalog (DEFAULT_CATALOG). */
const TOLERANT_ACCEPTANCE = 'I-TOLERANT-ACCEPTANCE';

type Key =
  | 'title' | 'org' | 'system' | 'user' | 'menu' | 'menuTitle' | 'todo' | 'done' | 'stats' | 'admin' | 'crumb' | 'listTitle'
  | 'colNo' | 'colCase' | 'colMatter' | 'colApplicant' | 'colCode' | 'colReceived' | 'colStage' | 'colAction'
  | 'fieldMatter' | 'fieldCase' | 'fieldApplicant' | 'fieldCode' | 'checkTitle' | 'opinionTitle' | 'opinionLabel'
  | 'approve' | 'return' | 'footer' | 'stage' | 'open' | 'openLabel' | 'caseTitle' | 'count' | 'today'
  | 'opinionDefault' | 'approved' | 'returned' | 'commitmentHere';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '网上审批系统 — 待办件',
    org: '演示区政务服务中心',
    system: '网上审批系统',
    user: '当前用户：演示用户（行政审批科）',
    menu: '功能菜单',
    menuTitle: '审批管理',
    todo: '待办件',
    done: '已办件',
    stats: '查询统计',
    admin: '系统管理',
    crumb: '当前位置：审批管理 > 待办件',
    listTitle: '待办件列表',
    colNo: '序号',
    colCase: '受理编号',
    colMatter: '申请事项',
    colApplicant: '申请人（信用）',
    colCode: '统一社会信用代码',
    colReceived: '受理日期',
    colStage: '环节',
    colAction: '操作',
    fieldMatter: '申请事项',
    fieldCase: '受理编号',
    fieldApplicant: '申请人',
    fieldCode: '统一社会信用代码',
    checkTitle: '信用核查',
    opinionTitle: '审批意见',
    opinionLabel: '办理意见',
    approve: '批准',
    return: '退回补正',
    footer: '演示区政务服务中心 版权所有 · 建议使用 1024×768 以上分辨率浏览',
    stage: '审查',
    open: '办理',
    openLabel: '办理 {caseNumber}',
    caseTitle: '办理：{caseNumber}',
    count: '（{n}）',
    today: '今天是 {date}',
    opinionDefault: '经审查，申请材料齐全，符合法定形式，拟同意。',
    approved: '已批准 {caseNumber}（演示，不会真正发证）。',
    returned: '已退回 {caseNumber}，请申请人补正材料（演示）。',
    commitmentHere: '容缺受理承诺',
  },
  'zh-Hant': {
    title: '網上審批系統 — 待辦件',
    org: '示範區政務服務中心',
    system: '網上審批系統',
    user: '目前使用者：示範使用者（行政審批科）',
    menu: '功能選單',
    menuTitle: '審批管理',
    todo: '待辦件',
    done: '已辦件',
    stats: '查詢統計',
    admin: '系統管理',
    crumb: '目前位置：審批管理 > 待辦件',
    listTitle: '待辦件列表',
    colNo: '序號',
    colCase: '受理編號',
    colMatter: '申請事項',
    colApplicant: '申請人（信用）',
    colCode: '統一社會信用代碼',
    colReceived: '受理日期',
    colStage: '環節',
    colAction: '操作',
    fieldMatter: '申請事項',
    fieldCase: '受理編號',
    fieldApplicant: '申請人',
    fieldCode: '統一社會信用代碼',
    checkTitle: '信用核查',
    opinionTitle: '審批意見',
    opinionLabel: '辦理意見',
    approve: '核准',
    return: '退回補正',
    footer: '示範區政務服務中心 版權所有 · 建議使用 1024×768 以上解析度瀏覽',
    stage: '審查',
    open: '辦理',
    openLabel: '辦理 {caseNumber}',
    caseTitle: '辦理：{caseNumber}',
    count: '（{n}）',
    today: '今天是 {date}',
    opinionDefault: '經審查，申請材料齊全，符合法定形式，擬同意。',
    approved: '已核准 {caseNumber}（示範，不會真正發證）。',
    returned: '已退回 {caseNumber}，請申請人補正材料（示範）。',
    commitmentHere: '容缺受理承諾',
  },
  en: {
    title: 'Online approval system — to-do',
    org: 'Demo District Government Service Centre',
    system: 'Online approval system',
    user: 'Signed in: demo user (licensing section)',
    menu: 'Menu',
    menuTitle: 'Approvals',
    todo: 'To do',
    done: 'Done',
    stats: 'Statistics',
    admin: 'Administration',
    crumb: 'You are here: Approvals > To do',
    listTitle: 'Applications to handle',
    colNo: 'No.',
    colCase: 'Case number',
    colMatter: 'Application',
    colApplicant: 'Applicant (credit)',
    colCode: 'Unified social credit code',
    colReceived: 'Received',
    colStage: 'Stage',
    colAction: 'Action',
    fieldMatter: 'Application',
    fieldCase: 'Case number',
    fieldApplicant: 'Applicant',
    fieldCode: 'Unified social credit code',
    checkTitle: 'Credit check',
    opinionTitle: 'Decision',
    opinionLabel: 'Opinion',
    approve: 'Approve',
    return: 'Return for correction',
    footer: 'Demo District Government Service Centre · best viewed at 1024×768 or more',
    stage: 'Review',
    open: 'Open',
    openLabel: 'Open {caseNumber}',
    caseTitle: 'Case {caseNumber}',
    count: '({n})',
    today: 'Today is {date}',
    opinionDefault: 'The application is complete and in the required form; approval is proposed.',
    approved: '{caseNumber} approved (demo: no licence is issued).',
    returned: '{caseNumber} returned to the applicant for correction (demo).',
    commitmentHere: 'Commitment for 容缺受理',
  },
};

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const applications = pendingApplications();
const rows = new Map<string, { row: HTMLTableRowElement; matter: HTMLTableCellElement; received: HTMLTableCellElement; stage: HTMLTableCellElement; open: HTMLButtonElement }>();
let current: Application | null = null;
/** The case was opened with 办理 (not by the page loading): the panel takes the focus. */
let focusPanel = false;
let ctx: DemoContext;

function formatDate(date: string, locale: DemoLocale): string {
  // Noon China time keeps the calendar day in any time zone.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(`${date}T12:00:00+08:00`));
}

function cell(text = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

/** The to-do list, built once; language switches only change its texts. */
function buildList(): void {
  const body = $('applications');
  applications.forEach((app, i) => {
    const row = document.createElement('tr');
    row.dataset.case = app.caseNumber;
    const applicant = document.createElement('td');
    const name = document.createElement('span');
    name.className = 'oa-applicant';
    // What auto-scan looks for: the flag is placed right after this span.
    name.dataset.creditSubject = app.code;
    name.textContent = app.applicant;
    applicant.append(name);
    const action = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'oa-link';
    open.addEventListener('click', () => {
      focusPanel = true;
      if (location.hash.slice(1) === app.caseNumber) openCase(app);
      else location.hash = app.caseNumber;
    });
    action.append(open);
    const matter = cell();
    const received = cell();
    const stage = cell();
    const code = cell(app.code);
    code.className = 'oa-code';
    row.append(cell(String(i + 1)), cell(app.caseNumber), matter, applicant, code, received, stage, action);
    body.append(row);
    rows.set(app.caseNumber, { row, matter, received, stage, open });
  });
}

function renderTexts(locale: DemoLocale): void {
  const m = MESSAGES[locale];
  $('today').textContent = fill(m.today, { date: formatDate(todayInChina(), locale) }, locale);
  $('todo-count').textContent = fill(m.count, { n: applications.length }, locale);
  for (const app of applications) {
    const r = rows.get(app.caseNumber)!;
    r.matter.textContent = app.matter[locale];
    r.received.textContent = formatDate(app.receivedOn, locale);
    r.stage.textContent = m.stage;
    r.open.textContent = m.open;
    r.open.setAttribute('aria-label', fill(m.openLabel, { caseNumber: app.caseNumber }, locale));
  }
  if (current) renderCaseTexts(current, locale);
}

function renderCaseTexts(app: Application, locale: DemoLocale): void {
  $('case-title').textContent = fill(MESSAGES[locale].caseTitle, { caseNumber: app.caseNumber }, locale);
  $('case-matter').textContent = app.matter[locale];
  // The written notice names the matter.
  $('check').setAttribute('matter', app.matter[locale]);
}

/** Opens one application: the check, the gate and (when 容缺受理 applies) the commitment. */
function openCase(app: Application): void {
  const locale = ctx.locale();
  current = app;
  for (const [caseNumber, r] of rows) {
    if (caseNumber === app.caseNumber) r.row.setAttribute('aria-current', 'true');
    else r.row.removeAttribute('aria-current');
  }
  renderCaseTexts(app, locale);
  $('case-number').textContent = app.caseNumber;
  $('case-applicant').textContent = app.applicant;
  $('case-code').textContent = app.code;
  $<HTMLTextAreaElement>('opinion').value = MESSAGES[locale].opinionDefault;
  $('decision-status').textContent = '';
  const check = $('check');
  check.querySelector(':scope > credit-commitment')?.remove();
  check.removeAttribute('decided');
  for (const el of [check, $('gate')]) {
    el.setAttribute('case-number', app.caseNumber);
    el.setAttribute('subject', app.code);
    // The name on the application: a registered name that differs is marked (需核对).
    el.setAttribute('subject-name', app.applicant);
  }
  $('case').hidden = false;
  if (focusPanel) {
    focusPanel = false;
    (check as HTMLElement & { focus(): void }).focus();
  }
}

/** The commitment form and list, placed in the check's `commitment` slot for this case. */
function showCommitment(subjectCode: string, caseNumber: string): HTMLElement {
  const check = $('check');
  let commitment = check.querySelector<HTMLElement>(':scope > credit-commitment');
  if (!commitment || commitment.getAttribute('case-number') !== caseNumber) {
    commitment?.remove();
    commitment = document.createElement('credit-commitment');
    commitment.slot = 'commitment';
    commitment.setAttribute('subject', subjectCode);
    commitment.setAttribute('case-number', caseNumber);
    commitment.setAttribute('aria-label', MESSAGES[ctx.locale()].commitmentHere);
    check.append(commitment);
  }
  return commitment;
}

function caseFromHash(): Application {
  const wanted = decodeURIComponent(location.hash.slice(1));
  return applications.find((a) => a.caseNumber === wanted) ?? applications[0];
}

async function main(): Promise<void> {
  buildList();
  ctx = await bootDemo({
    page: 'approval',
    messages: MESSAGES,
    onLocale: renderTexts,
    // Printed on the written notice: where the applicant reaches the department.
    config: { contact: '行政审批科 · 0931-1234567 · 政务服务大厅 3 号窗口' },
  });
  await import('../../widgets/credit-commitment/define.js');
  renderTexts(ctx.locale());

  ctx.widgets.watch($('applications'), { scenario: 'administrative-licensing' });

  const check = $('check');
  check.addEventListener('credit-result', (event) => {
    if (!current || event.target !== check) return;
    const tolerant = event.detail.applied.some((hit) => hit.measure.id === TOLERANT_ACCEPTANCE);
    if (tolerant) showCommitment(current.code, current.caseNumber);
    else check.querySelector(':scope > credit-commitment')?.remove();
  });
  check.addEventListener('credit-commitment-request', () => {
    if (!current) return;
    const commitment = showCommitment(current.code, current.caseNumber);
    commitment.scrollIntoView({ block: 'start', behavior: 'smooth' });
    commitment.focus();
  });
  $('approve').addEventListener('click', () => {
    // The decision is taken: the responses can no longer be corrected.
    $('check').setAttribute('decided', '');
    if (current) $('decision-status').textContent = fill(MESSAGES[ctx.locale()].approved, { caseNumber: current.caseNumber }, ctx.locale());
  });
  $('return').addEventListener('click', () => {
    if (current) $('decision-status').textContent = fill(MESSAGES[ctx.locale()].returned, { caseNumber: current.caseNumber }, ctx.locale());
  });
  addEventListener('hashchange', () => openCase(caseFromHash()));
  openCase(caseFromHash());
}

main().catch(showBootError);
