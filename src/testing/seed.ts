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
import type { StoredFeedback } from './platform.js';
import type { CheckFacts } from './stats.js';

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

// ------------------------------------------------------------------ a year of activity

/** More decision points than the 30-day seed uses, so that a year's statistics show all eight. */
const HISTORY_DESKS: readonly (Desk & { weight: number })[] = [
  { ...DESKS[0], weight: 5 },
  { ...DESKS[1], weight: 4 },
  { ...DESKS[2], weight: 8 },
  { ...DESKS[3], weight: 2 },
  { ...DESKS[4], weight: 3 },
  {
    scenario: 'public-resource-trading',
    department: '市公共资源交易中心',
    operators: ['王五', '刘洋'],
    caseNumber: (year, n) => `GZ-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `国有土地使用权出让 ${c} 竞买人资格审查`,
    batch: true,
    weight: 2,
  },
  {
    scenario: 'project-approval',
    department: '市发展和改革委员会投资科',
    operators: ['吴强'],
    caseNumber: (year, n) => `XM-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `企业投资项目核准 ${c} 审查`,
    batch: false,
    weight: 1,
  },
  {
    scenario: 'honors',
    department: '市人力资源和社会保障局表彰奖励科',
    operators: ['郑洁'],
    caseNumber: (year, n) => `PX-${year}-${String(n).padStart(3, '0')}`,
    purpose: (c) => `年度评先评优 ${c} 候选单位审核`,
    batch: true,
    weight: 1,
  },
];

/** Relative activity by month (January … December): quiet around the Spring Festival, busy at the year's end. */
const MONTH_WEIGHT = [0.8, 0.55, 1, 1, 1, 1.05, 0.95, 0.9, 1.05, 0.85, 1.15, 1.4];

const NOT_APPLIED_REASONS = [
  '记录所涉领域与本事项无关，经核查不适用本措施',
  '主体已提交信用修复证明，平台数据尚未更新，经核实暂不适用',
  '本事项为依申请注销，不属于限制范围',
];
const OVERRIDE_REASONS = [
  '经核实，该失信记录所涉义务已履行完毕，信用修复申请已受理；经分管领导批准继续办理',
  '涉及民生保障的紧急采购，经集体研究决定继续办理，并报信用主管部门备案',
  '平台记录与人民法院最新裁定不一致，已提出异议；经批准先行办理，异议结果出具后复核',
  '唯一供应商，经采购监督管理部门书面批准',
];

/** A check of the past year as the platform keeps it: the ledger entry and what was decided. */
export interface SeededHistory {
  entries: LedgerEntry[];
  /** Query id → what the platform decided for that check. */
  facts: Map<string, CheckFacts>;
  feedback: StoredFeedback[];
}

/**
 * About `count` ledger entries over the 365 days before `today` (working days only, more at
 * the year's end, fewer in February), with the outcome the engine gives each check on its
 * day and the execution feedback an office would send: most applied punishments confirmed,
 * a few not applied, a few overridden with a reason. Deterministic for `today` and `count`.
 */
export function seedHistory(fixtures: FixtureSet, today: string, count: number, decide: (fixture: Fixture, scenario: string, on: string) => CheckFacts): SeededHistory {
  const random = seededRandom(20250101 + count);
  const all = fixtureList(fixtures);
  const bidders = all.filter((f) => f.bidder || f.key === 'unknownEnterprise');
  const applicants = all.filter((f) => !f.bidder);
  const deskWeights = HISTORY_DESKS.reduce((sum, d) => sum + d.weight, 0);
  // Working days of the year before today, each with its share of the activity.
  const days: { day: string; weight: number }[] = [];
  let dayWeights = 0;
  for (let i = 365; i >= 1; i--) {
    const day = addDays(today, -i);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // A slow growth over the year, as more desks take up the checks.
    const weight = MONTH_WEIGHT[Number(day.slice(5, 7)) - 1] * (0.8 + (0.4 * (365 - i)) / 365);
    days.push({ day, weight });
    dayWeights += weight;
  }
  const memo = new Map<string, CheckFacts>();
  const entries: LedgerEntry[] = [];
  const facts = new Map<string, CheckFacts>();
  const feedback: StoredFeedback[] = [];
  const caseNumbers = new Map<string, number>();
  let fb = 0;
  for (const { day, weight } of days) {
    let quota = Math.round((count * weight) / dayWeights);
    while (quota > 0) {
      let w = random() * deskWeights;
      let desk = HISTORY_DESKS[0];
      for (const d of HISTORY_DESKS) {
        w -= d.weight;
        if (w < 0) {
          desk = d;
          break;
        }
      }
      const year = day.slice(0, 4);
      const n = (caseNumbers.get(desk.scenario + year) ?? 0) + 1;
      caseNumbers.set(desk.scenario + year, n);
      const caseNumber = desk.caseNumber(year, n);
      const operator = pick(desk.operators, random);
      const at = chinaTimeOfDay(day, 8 + Math.floor(random() * 9), Math.floor(random() * 60), Math.floor(random() * 60));
      const size = Math.min(quota, desk.batch ? 2 + Math.floor(random() * 5) : 1);
      const pool = desk.batch ? bidders : applicants;
      const subjects: Fixture[] = [];
      while (subjects.length < Math.min(size, pool.length)) {
        const f = pick(pool, random);
        if (!subjects.includes(f)) subjects.push(f);
      }
      for (const f of subjects) {
        const queryId = platformId('q', random);
        const entry: LedgerEntry = { queryId, at, operator, department: desk.department, scenario: desk.scenario, purpose: desk.purpose(caseNumber), caseNumber, subjectId: displayId(f.subject.id) };
        if (f.known) entry.subjectName = f.subject.name;
        entries.push(entry);
        const key = `${f.subject.id}|${desk.scenario}|${day}`;
        let decided = memo.get(key);
        if (!decided) {
          decided = decide(f, desk.scenario, day);
          memo.set(key, decided);
        }
        facts.set(queryId, decided);
        for (const measureId of decided.applied) {
          const punishment = decided.outcome === 'restricted' || decided.outcome === 'review';
          if (random() > (punishment ? 0.92 : 0.6)) continue; // no feedback sent (yet)
          const roll = random();
          const action = !punishment || roll < 0.9 ? 'applied' : roll < 0.95 ? 'not-applied' : 'overridden';
          const item: StoredFeedback = {
            queryId,
            subjectId: entry.subjectId,
            measureId,
            action,
            caseNumber,
            operator,
            department: desk.department,
            id: `fb_SEED${String(++fb).padStart(16, '0')}`,
            receivedAt: chinaTimeOfDay(day, 17, Math.floor(random() * 60)),
            idempotencyKey: `seed-${fb}`,
          };
          if (action === 'not-applied') item.reason = pick(NOT_APPLIED_REASONS, random);
          if (action === 'overridden') item.reason = pick(OVERRIDE_REASONS, random);
          feedback.push(item);
        }
      }
      quota -= subjects.length;
    }
  }
  return { entries: sortLedger(entries), facts, feedback };
}
