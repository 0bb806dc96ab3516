/**
 * 查询台账: `<credit-ledger>` over the checks made in this tab — the simulated platform's
 * ledger is kept per tab (sessionStorage, masked ids only), so the queries made on the
 * other pages are listed here first.
 */
import { bootDemo, showBootError } from '../shared/boot.js';
import type { PageMessages } from '../shared/locale.js';
import { clearPlatformState } from '../shared/platform-session.js';

type Key =
  | 'title' | 'menu' | 'brand' | 'navOverview' | 'navLedger' | 'navFeedback' | 'navCommitments' | 'navAudit' | 'heading' | 'intro'
  | 'ledgerTitle' | 'notesTitle' | 'note1' | 'note2' | 'reset';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '信用监管工作台 — 查询台账',
    menu: '导航',
    brand: '信用监管工作台',
    navOverview: '工作概览',
    navLedger: '查询台账',
    navFeedback: '联动反馈',
    navCommitments: '信用承诺',
    navAudit: '操作审计',
    heading: '信用查询台账',
    intro: '每一次信用核查都登记在册：经办人、部门、场景、用途和案号。您在其他演示页面做的查询排在最前面。',
    ledgerTitle: '台账',
    notesTitle: '说明',
    note1: '台账保存在本标签页的模拟平台中（sessionStorage），关闭标签页即清空；其中不含任何完整的身份证号。',
    note2: '青海省、汉阳区等地的制度要求对自然人信用信息的查询登记用途与授权，台账就是这份登记。',
    reset: '清空本标签页的演示数据',
  },
  'zh-Hant': {
    title: '信用監管工作台 — 查詢台帳',
    menu: '導覽',
    brand: '信用監管工作台',
    navOverview: '工作概覽',
    navLedger: '查詢台帳',
    navFeedback: '聯動回饋',
    navCommitments: '信用承諾',
    navAudit: '操作稽核',
    heading: '信用查詢台帳',
    intro: '每一次信用核查都登記在冊：經辦人、部門、場景、用途和案號。您在其他示範頁面做的查詢排在最前面。',
    ledgerTitle: '台帳',
    notesTitle: '說明',
    note1: '台帳保存在本分頁的模擬平台中（sessionStorage），關閉分頁即清空；其中不含任何完整的身分證號。',
    note2: '青海省、漢陽區等地的制度要求對自然人信用資訊的查詢登記用途與授權，台帳就是這份登記。',
    reset: '清空本分頁的示範資料',
  },
  en: {
    title: 'Credit supervision desk — query ledger',
    menu: 'Navigation',
    brand: 'Credit supervision desk',
    navOverview: 'Overview',
    navLedger: 'Query ledger',
    navFeedback: 'Feedback',
    navCommitments: 'Commitments',
    navAudit: 'Audit log',
    heading: 'Credit query ledger',
    intro: 'Every credit check is registered: operator, department, scenario, purpose and case number. The checks you made on the other demo pages come first.',
    ledgerTitle: 'Ledger',
    notesTitle: 'Notes',
    note1: 'The ledger lives in this tab’s simulated platform (sessionStorage) and is gone when the tab closes; it holds no full ID-card number.',
    note2: 'Rules such as Qinghai’s and Hanyang’s require checks on natural persons to register their purpose and authorisation: this ledger is that register.',
    reset: 'Clear this tab’s demo data',
  },
};

async function main(): Promise<void> {
  const ctx = await bootDemo({ page: 'ledger', messages: MESSAGES });
  await import('../../widgets/credit-ledger/define.js');
  const reset = document.getElementById('reset') as HTMLButtonElement;
  if (!ctx.simulation) {
    // A remote platform keeps its own ledger: nothing of this tab to keep or clear.
    for (const id of ['note-session', 'note-reset']) document.getElementById(id)!.hidden = true;
    return;
  }
  reset.addEventListener('click', () => {
    clearPlatformState();
    ctx.simulation?.platform.reset();
    location.reload();
  });
}

main().catch(showBootError);
