/**
 * 统计: `<credit-stats>` over the simulated platform's year of checks (seeded) and the checks
 * made in this tab — per month by default; switch to department, scenario or measure.
 */
import { bootDemo, showBootError } from '../shared/boot.js';
import type { PageMessages } from '../shared/locale.js';

type Key = 'title' | 'menu' | 'brand' | 'navOverview' | 'navLedger' | 'navStats' | 'navAudit' | 'heading' | 'intro' | 'statsTitle' | 'notesTitle' | 'note1' | 'note2';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '信用监管工作台 — 联合奖惩统计',
    menu: '导航',
    brand: '信用监管工作台',
    navOverview: '工作概览',
    navLedger: '查询台账',
    navStats: '联合奖惩统计',
    navAudit: '操作审计',
    heading: '统计联合奖惩情况',
    intro: '按部门、场景、措施或月份统计本单位一年来的信用核查、措施执行、改判和异议，可导出 CSV、打印统计报表。',
    statsTitle: '统计',
    notesTitle: '说明',
    note1: '模拟平台预置了过去一年约 6000 次虚构的核查及其执行反馈；您在其他演示页面做的查询也计入本月。',
    note2: '兴安盟（十五）、汉阳区（二十九）要求各部门统计联合奖惩情况；统计中不含任何主体的名称或证件号码。',
  },
  'zh-Hant': {
    title: '信用監管工作台 — 聯合獎懲統計',
    menu: '導覽',
    brand: '信用監管工作台',
    navOverview: '工作概覽',
    navLedger: '查詢台帳',
    navStats: '聯合獎懲統計',
    navAudit: '操作稽核',
    heading: '統計聯合獎懲情況',
    intro: '按部門、場景、措施或月份統計本單位一年來的信用核查、措施執行、改判和異議，可匯出 CSV、列印統計報表。',
    statsTitle: '統計',
    notesTitle: '說明',
    note1: '模擬平台預置了過去一年約 6000 次虛構的核查及其執行回饋；您在其他示範頁面做的查詢也計入本月。',
    note2: '興安盟（十五）、漢陽區（二十九）要求各部門統計聯合獎懲情況；統計中不含任何主體的名稱或證件號碼。',
  },
  en: {
    title: 'Credit supervision desk — statistics',
    menu: 'Navigation',
    brand: 'Credit supervision desk',
    navOverview: 'Overview',
    navLedger: 'Query ledger',
    navStats: 'Statistics',
    navAudit: 'Audit log',
    heading: 'Joint rewards and punishments, counted',
    intro: 'A year of credit checks, measures carried out, overrides and objections, by department, scenario, measure or month; export CSV or print the period report.',
    statsTitle: 'Statistics',
    notesTitle: 'Notes',
    note1: 'The simulated platform holds about 6,000 made-up checks of the past year with their feedback; the checks you made on the other demo pages count in this month.',
    note2: 'Xing’an (15) and Hanyang (29) require departments to count their joint rewards and punishments; no subject’s name or ID appears in the counts.',
  },
};

async function main(): Promise<void> {
  await bootDemo({ page: 'stats', messages: MESSAGES });
  await import('../../widgets/credit-stats/define.js');
}

main().catch(showBootError);
