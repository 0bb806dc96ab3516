/**
 * The approval page's to-do list: pending licence applications, each from a fixture
 * subject chosen for what its check shows (the comment on each line).
 */
import { FIXTURES, type FixtureKey } from '../../src/testing/index.js';
import { addDays, todayInChina } from '../../src/policy/index.js';
import type { DemoLocale } from '../shared/locale.js';

export interface Application {
  caseNumber: string;
  /** The licence applied for. */
  matter: Record<DemoLocale, string>;
  applicant: string;
  /** The applicant's USCC (organisations only: no person's number is put into the page). */
  code: string;
  receivedOn: string;
}

interface Spec {
  n: number;
  key: FixtureKey;
  daysAgo: number;
  matter: Record<DemoLocale, string>;
}

const SPECS: readonly Spec[] = [
  // facilitated: 容缺受理 applies; the case already holds the applicant's pending commitment
  { n: 587, key: 'cleanThreeYears', daysAgo: 10, matter: { 'zh-CN': '排污许可证核发', 'zh-Hant': '排汙許可證核發', en: 'Pollutant discharge permit' } },
  // facilitated: on a red list
  { n: 603, key: 'redList', daysAgo: 6, matter: { 'zh-CN': '建筑业企业资质延续', 'zh-Hant': '建築業企業資質延續', en: 'Construction enterprise qualification renewal' } },
  // review: a dishonest judgment debtor
  { n: 604, key: 'judgmentDebtor', daysAgo: 5, matter: { 'zh-CN': '房地产开发企业资质核定', 'zh-Hant': '房地產開發企業資質核定', en: 'Real-estate developer qualification' } },
  // review: black-listed (false bid documents), strict review of licences
  { n: 605, key: 'restricted', daysAgo: 4, matter: { 'zh-CN': '安全生产许可证延期', 'zh-Hant': '安全生產許可證延期', en: 'Work-safety licence extension' } },
  // review: the black-listing is under objection, punishments suspended
  { n: 606, key: 'objection', daysAgo: 3, matter: { 'zh-CN': '高新技术企业认定', 'zh-Hant': '高新技術企業認定', en: 'High-tech enterprise recognition' } },
  // review: broke an earlier 容缺受理 commitment
  { n: 607, key: 'commitmentBreach', daysAgo: 3, matter: { 'zh-CN': '建设工程消防验收', 'zh-Hant': '建設工程消防驗收', en: 'Fire-safety acceptance of a building project' } },
  // clear: history too short for incentives
  { n: 608, key: 'shortHistory', daysAgo: 2, matter: { 'zh-CN': '出版物经营许可', 'zh-Hant': '出版物經營許可', en: 'Publication business licence' } },
  // suspect code (early pilot), known to the platform: a visible warning
  { n: 609, key: 'pilotCode', daysAgo: 1, matter: { 'zh-CN': '对外贸易经营者备案', 'zh-Hant': '對外貿易經營者備案', en: 'Foreign-trade operator registration' } },
  // unknown: a valid code the platform does not know — never shown as clear
  { n: 610, key: 'unknownEnterprise', daysAgo: 0, matter: { 'zh-CN': '道路运输经营许可', 'zh-Hant': '道路運輸經營許可', en: 'Road transport business licence' } },
];

export function pendingApplications(today: string = todayInChina()): Application[] {
  const year = today.slice(0, 4);
  return SPECS.map((s) => ({
    caseNumber: `XK-${year}-${String(s.n).padStart(4, '0')}`,
    matter: s.matter,
    applicant: FIXTURES[s.key].subject.name,
    code: FIXTURES[s.key].subject.id,
    receivedOn: addDays(today, -s.daysAgo),
  }));
}
