/**
 * What the simulated platform already holds when it starts, so the ledger and the
 * commitment pages have content: about 60 ledger entries over the last 30 days and three
 * commitments (one of them overdue). Deterministic for a given `today`.
 */
import type { Commitment, LedgerEntry } from '../contract/index.js';
import { displayId } from '../ids/index.js';
import { addDays } from '../policy/dates.js';
import { chinaTimeOfDay } from './china-time.js';
import type { Fixture, FixtureSet } from './fixtures.js';
import { fixtureList } from './fixtures.js';
import { pick, platformId, seededRandom } from './random.js';

interface Desk {
  scenario: string;
  department: string;
  operators: readonly string[];
  /** Case number and purpose for case `n` of year `year`. */
  caseNumber: (year: string, n: number) => string;
  purpose: (caseNumber: string) => string;
  /** Checks bidder lists (several subjects at once) rather than one applicant. */
  batch: boolean;
}

const DESKS: readonly Desk[] = [
  {
    scenario: 'government-procurement',
    department: '市财政局政府采购监督管理科',
    operators: ['张三', '李四'],
    caseNumber: (year, n) => `ZC-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `政府采购项目 ${c} 供应商资格审查`,
    batch: true,
  },
  {
    scenario: 'bidding',
    department: '市公共资源交易中心',
    operators: ['王五'],
    caseNumber: (year, n) => `ZB-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `招标项目 ${c} 投标人资格审查`,
    batch: true,
  },
  {
    scenario: 'administrative-licensing',
    department: '市政务服务中心行政审批科',
    operators: ['赵六', '孙丽'],
    caseNumber: (year, n) => `XK-${year}-${String(n).padStart(4, '0')}`,
    purpose: (c) => `行政许可申请 ${c} 受理审查`,
    batch: false,
  },
  {
    scenario: 'fiscal-funds',
    department: '市财政局经济建设科',
    operators: ['周敏'],
    caseNumber: (year, n) => `CZ-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `财政专项资金申报 ${c} 审核`,
    batch: false,
  },
  {
    scenario: 'supervision',
    department: '市市场监督管理局执法稽查科',
    operators: ['钱刚'],
    caseNumber: (year, n) => `JC-${year}-${String(n).padStart(3, '0')}`,
    purpose: () => '双随机一公开日常监督检查',
    batch: false,
  },
];

/** `count` ledger entries over the 30 days before `today`, newest first. */
export function seedLedger(fixtures: FixtureSet, today: string, count = 60): LedgerEntry[] {
  const random = seededRandom(20261122);
  const year = today.slice(0, 4);
  const all = fixtureList(fixtures);
  const bidders = all.filter((f) => f.bidder || f.key === 'unknownEnterprise');
  const applicants = all.filter((f) => !f.bidder);
  const entries: LedgerEntry[] = [];
  let caseNo = 11;
  while (entries.length < count) {
    const desk = pick(DESKS, random);
    const day = addDays(today, -(1 + Math.floor(random() * 30)));
    const at = chinaTimeOfDay(day, 8 + Math.floor(random() * 9), Math.floor(random() * 60), Math.floor(random() * 60));
    const operator = pick(desk.operators, random);
    const caseNumber = desk.caseNumber(year, caseNo++);
    const subjects: Fixture[] = [];
    const size = desk.batch ? 2 + Math.floor(random() * 5) : 1;
    while (subjects.length < size) {
      const f = pick(desk.batch ? bidders : applicants, random);
      if (!subjects.includes(f)) subjects.push(f);
    }
    for (const f of subjects) {
      const entry: LedgerEntry = {
        queryId: platformId('q', random),
        at,
        operator,
        department: desk.department,
        scenario: desk.scenario,
        purpose: desk.purpose(caseNumber),
        caseNumber,
        subjectId: displayId(f.subject.id),
      };
      if (f.known) entry.subjectName = f.subject.name;
      entries.push(entry);
    }
  }
  return sortLedger(entries.slice(0, count));
}

/** Newest first; ties by query id (descending), so paging is stable. */
export function sortLedger(entries: LedgerEntry[]): LedgerEntry[] {
  return entries.sort((a, b) => (a.at === b.at ? cmp(b.queryId, a.queryId) : cmp(b.at, a.at)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STATEMENT =
  '本单位承诺：上述材料在约定期限内补齐，所提交材料真实有效；如未按期补交或承诺不实，愿意承担相应法律责任，并同意将失信信息纳入信用记录。';

/** Three commitments: one pending and overdue, one pending and due in 20 days, one fulfilled. */
export function seedCommitments(fixtures: FixtureSet, today: string): Commitment[] {
  const random = seededRandom(8);
  const year = today.slice(0, 4);
  const at = (days: number, h: number, m: number) => chinaTimeOfDay(addDays(today, days), h, m);
  const about = (f: Fixture) => ({ subjectId: f.subject.id, subjectName: f.subject.name });
  return [
    {
      id: platformId('cm', random),
      ...about(fixtures.shortHistory),
      caseNumber: `XK-${year}-0412`,
      items: ['上一年度经审计的财务报表', '经营场所租赁合同备案证明'],
      dueOn: addDays(today, -5),
      statement: STATEMENT,
      signatory: '陈思远',
      status: 'pending',
      createdAt: at(-35, 10, 12),
    },
    {
      id: platformId('cm', random),
      ...about(fixtures.cleanThreeYears),
      caseNumber: `XK-${year}-0587`,
      items: ['排污许可证副本'],
      dueOn: addDays(today, 20),
      statement: STATEMENT,
      signatory: '许文涛',
      status: 'pending',
      createdAt: at(-10, 14, 40),
    },
    {
      id: platformId('cm', random),
      ...about(fixtures.individualBusinessClean),
      caseNumber: `XK-${year}-0391`,
      items: ['食品经营从业人员健康证明'],
      dueOn: addDays(today, -12),
      statement: STATEMENT,
      signatory: '李国庆',
      status: 'fulfilled',
      createdAt: at(-40, 9, 5),
      closedAt: at(-15, 16, 30),
    },
  ];
}
