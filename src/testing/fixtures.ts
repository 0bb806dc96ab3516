/**
 * The simulated platform's subjects: made-up organisations and people covering every
 * list type, every record status, every subject kind and every edge of domain.md §11.
 *
 * - Codes are GENERATED: a real region code, a made-up organisation-code body and the
 *   GB 32100 / GB 11643 check character from `src/ids` — never a real company's code.
 *   The one exception is the early pilot code `91350211M00013FA1N` (domain.md §1), which
 *   fails the check on purpose and is known to the platform.
 * - Dates are RELATIVE to "today" (China Standard Time), so the demo means the same thing
 *   on any day: `buildFixtures('2026-11-22')` reproduces the worked examples exactly.
 * - Each fixture has a descriptive key and a `describe` sentence, so tests and the demo
 *   pick subjects by meaning (`FIXTURES.restricted`, `FIXTURES.objection`, …).
 */
import type { CreditRecord, ListType, RecordStatus, Subject, SubjectKind } from '../contract/index.js';
import { idcardCheckChar, usccCheckChar } from '../ids/index.js';
import { addDays, minusYears, todayInChina } from '../policy/dates.js';

/** A subject of the simulated platform with its records. */
export interface Fixture {
  /** The key in {@link FIXTURES}, e.g. `restricted`. */
  key: FixtureKey;
  /** One sentence saying what this subject is for. */
  describe: string;
  /** False for a validly-checksummed code the platform does not know (it answers `found: false`). */
  known: boolean;
  /** Whether it is a company that bids in the procurement demo (and `sampleBidderCsv()`). */
  bidder: boolean;
  /** The subject as the platform returns it (`id` in full; a person's number is masked only for display). */
  subject: Subject;
  records: CreditRecord[];
}

type RecordSpec = Omit<CreditRecord, 'id'>;

interface FixtureSpec {
  describe: string;
  id: string;
  name: string;
  kind: SubjectKind;
  /** Default `2010-01-01`; `null` = the platform does not say (clean history cannot be proven). */
  historyFrom?: string | null;
  records?: RecordSpec[];
  bidder?: boolean;
  known?: boolean;
}

/** The pilot-era code that fails the GB 32100 check but is real (domain.md §1). */
export const PILOT_CODE = '91350211M00013FA1N';

/** 18-char USCC from authority + kind (2), region (6) and organisation code (9), with its check char. */
function uscc(prefix: string, region: string, orgCode: string): string {
  const first17 = prefix + region + orgCode;
  if (first17.length !== 17) throw new Error(`fixture code body must be 17 chars: ${first17}`);
  const check = usccCheckChar(first17);
  if (!check) throw new Error(`fixture code body has a character outside the USCC alphabet: ${first17}`);
  return first17 + check;
}

/** 18-digit ID-card number from region (6), birth date YYYYMMDD (8) and sequence (3), with its check char. */
function idcard(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  const check = idcardCheckChar(first17);
  if (first17.length !== 17 || !check) throw new Error(`fixture ID body must be 17 digits: ${first17}`);
  return first17 + check;
}

const LEGAL_REP = '法定代表人';

/**
 * All fixtures for an evaluation date `today` (`YYYY-MM-DD`, China Standard Time).
 * The codes and names do not depend on `today`; the record dates do.
 */
export function buildFixtures(today: string = todayInChina()): FixtureSet {
  const d = (days: number) => addDays(today, days);
  /** `today` minus `n` calendar years (29 Feb → 28 Feb), plus `days`. */
  const y = (n: number, days = 0) => addDays(minusYears(today, n), days);
  const year = (date: string) => date.slice(0, 4);
  /** A decision document number of the year the record was listed: 京财采罚〔2026〕17号. */
  const doc = (prefix: string, listedOn: string, n: number) => `${prefix}〔${year(listedOn)}〕${n}号`;
  /** A court enforcement case number: （2026）京0105执1862号. */
  const court = (prefix: string, listedOn: string, n: number) => `（${year(listedOn)}）${prefix}执${n}号`;

  const specs: Record<FixtureKey, FixtureSpec> = {
    // ------------------------------------------------------------ bidders (procurement demo)
    restricted: {
      describe:
        'On the severe-dishonesty (black) list for false bid documents, in force until 45 days from today: a procurement ban applies, and in 行政许可 the 市场和行业禁入 measure (restricted in both).',
      id: uscc('91', '110105', 'MA01K7Q36'),
      name: '北京恒拓建设工程有限公司',
      kind: 'enterprise',
      historyFrom: '2011-04-18',
      bidder: true,
      records: [
        {
          listType: 'severe-dishonesty',
          domain: 'government-procurement',
          title: '在政府采购活动中提供虚假材料谋取中标、成交',
          authority: '北京市财政局',
          basis: doc('京财采罚', d(-320), 17),
          listedOn: d(-320),
          validUntil: d(45),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '周立新', role: LEGAL_REP }],
        },
        {
          listType: 'administrative-penalty',
          domain: 'government-procurement',
          title: '提供虚假材料谋取中标，处采购金额千分之八的罚款',
          authority: '北京市财政局',
          basis: doc('京财采罚', d(-320), 16),
          listedOn: d(-320),
          validUntil: d(45),
          status: 'active',
          severity: 'serious',
          repairable: true,
          responsiblePersons: [{ name: '周立新', role: LEGAL_REP }],
        },
      ],
    },
    objection: {
      describe:
        'Black-listed (major tax violation) but the listing is under objection (异议核实中): punishments are suspended, the outcome is review.',
      id: uscc('91', '440305', 'MA5F8N2RX'),
      name: '深圳市启明星科技有限公司',
      kind: 'enterprise',
      historyFrom: '2016-03-02',
      bidder: true,
      records: [
        {
          listType: 'severe-dishonesty',
          domain: 'tax',
          title: '重大税收违法失信主体：虚开增值税专用发票',
          authority: '国家税务总局深圳市南山区税务局',
          basis: doc('深南税稽罚', d(-90), 56),
          listedOn: d(-90),
          validUntil: y(-3, -91),
          status: 'objection',
          repairable: true,
          responsiblePersons: [
            { name: '黄嘉豪', role: LEGAL_REP },
            { name: '林晓琳', role: '财务负责人' },
          ],
        },
      ],
    },
    staleActive: {
      describe:
        'The platform still says "active" for a work-safety black-listing whose validUntil was yesterday: dates win, the record is not in force.',
      id: uscc('91', '310115', 'MA1H3K9TX'),
      name: '上海澄江物流有限公司',
      kind: 'enterprise',
      historyFrom: '2015-11-20',
      bidder: true,
      records: [
        {
          listType: 'severe-dishonesty',
          domain: 'work-safety',
          title: '安全生产严重失信主体：发生较大生产安全事故',
          authority: '上海市浦东新区应急管理局',
          basis: doc('沪浦应急罚', d(-366), 203),
          listedOn: d(-366),
          validUntil: d(-1),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '沈国平', role: LEGAL_REP }],
        },
      ],
    },
    cleanThreeYears: {
      describe: 'No records and history since 2014: three clean years are proven, so clean-history incentives apply.',
      id: uscc('91', '330106', '32764019X'),
      name: '杭州清禾环保科技有限公司',
      kind: 'enterprise',
      historyFrom: '2014-06-09',
      bidder: true,
    },
    cleanEstablished: {
      describe:
        'An established consultancy whose only record, a general penalty, expired five years ago: outside every three-year window, so clean.',
      id: uscc('91', '440106', '190553270'),
      name: '广州穗丰工程咨询有限公司',
      kind: 'enterprise',
      historyFrom: '2008-03-21',
      bidder: true,
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'construction',
          title: '未按规定履行工程监理职责，罚款',
          authority: '广州市天河区住房和建设局',
          basis: doc('穗天建罚', y(6), 41),
          listedOn: y(6),
          validUntil: y(5, -1),
          status: 'expired',
          closedOn: y(5),
          severity: 'general',
          repairable: true,
        },
      ],
    },
    redList: {
      describe: 'On a red list (守合同重信用 enterprise), nothing negative: incentives apply (facilitated).',
      id: uscc('91', '420105', '303172643'),
      name: '武汉汉阳汇通建材有限公司',
      kind: 'enterprise',
      historyFrom: '2013-09-12',
      bidder: true,
      records: [
        {
          listType: 'red-list',
          domain: 'market-regulation',
          title: '湖北省“守合同重信用”企业',
          authority: '湖北省市场监督管理局',
          basis: doc('鄂市监信', d(-400), 12),
          listedOn: d(-400),
          validUntil: d(330),
          status: 'active',
        },
      ],
    },
    redAndBlack: {
      describe:
        'On a red list (customs AEO) AND the black list (unpaid migrant wages): punishments apply and incentives are withheld.',
      id: uscc('91', '350211', 'MA2XD7PBX'),
      name: '厦门集美鑫达贸易有限公司',
      kind: 'enterprise',
      historyFrom: '2017-02-14',
      bidder: true,
      records: [
        {
          listType: 'red-list',
          domain: 'customs',
          title: '海关高级认证企业（AEO）',
          authority: '厦门海关',
          basis: doc('厦关认证', d(-700), 88),
          listedOn: d(-700),
          status: 'active',
        },
        {
          listType: 'severe-dishonesty',
          domain: 'labour',
          title: '拖欠农民工工资失信联合惩戒对象',
          authority: '厦门市集美区人力资源和社会保障局',
          basis: doc('厦集人社罚', d(-60), 9),
          listedOn: d(-60),
          validUntil: y(-3, -61),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '郑海龙', role: LEGAL_REP }],
        },
      ],
    },
    redAndFocus: {
      describe:
        'Red list (construction integrity) plus an active focus-list record: strict review, incentives withheld (domain.md §11 row 7).',
      id: uscc('91', '630104', '226588732'),
      name: '西宁城西昆仑建设有限公司',
      kind: 'enterprise',
      historyFrom: '2012-05-30',
      records: [
        {
          listType: 'red-list',
          domain: 'construction',
          title: '青海省建筑业诚信企业',
          authority: '青海省住房和城乡建设厅',
          basis: doc('青建信', d(-250), 5),
          listedOn: d(-250),
          validUntil: d(115),
          status: 'active',
        },
        {
          listType: 'focus-list',
          domain: 'construction',
          title: '建筑市场主体重点关注名单：拖欠工程款',
          authority: '西宁市住房和城乡建设局',
          basis: doc('宁建罚', d(-40), 33),
          listedOn: d(-40),
          validUntil: d(325),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '韩永福', role: LEGAL_REP }],
        },
      ],
    },
    gradeA: {
      describe: 'Tax credit grade A (positive), nothing negative: incentives apply.',
      id: uscc('91', '350403', '158230965'),
      name: '三明三元精工机械有限公司',
      kind: 'enterprise',
      historyFrom: '2009-07-01',
      bidder: true,
      records: [
        {
          listType: 'credit-rating',
          domain: 'tax',
          title: '纳税信用等级 A 级（年度评价）',
          authority: '国家税务总局三明市税务局',
          listedOn: d(-200),
          validUntil: d(165),
          status: 'active',
          grade: 'A',
        },
      ],
    },
    gradeB: {
      describe: 'Tax credit grade B (neutral): no measure either way, three clean years.',
      id: uscc('91', '152201', 'MA0N4R6E6'),
      name: '乌兰浩特市草原牧歌乳业有限公司',
      kind: 'enterprise',
      historyFrom: '2016-08-08',
      bidder: true,
      records: [
        {
          listType: 'credit-rating',
          domain: 'tax',
          title: '纳税信用等级 B 级（年度评价）',
          authority: '国家税务总局乌兰浩特市税务局',
          listedOn: d(-200),
          validUntil: d(165),
          status: 'active',
          grade: 'B',
        },
      ],
    },
    gradeC: {
      describe: 'Road-construction credit rating grade C (neutral by polarity; a catalog may still name grade C).',
      id: uscc('91', '510107', '201977432'),
      name: '成都锦程路桥工程有限公司',
      kind: 'enterprise',
      historyFrom: '2010-10-10',
      bidder: true,
      records: [
        {
          listType: 'credit-rating',
          domain: 'construction',
          title: '公路建设市场信用评价 C 级',
          authority: '四川省交通运输厅',
          basis: doc('川交信评', d(-150), 3),
          listedOn: d(-150),
          validUntil: d(215),
          status: 'active',
          grade: 'C',
        },
      ],
    },
    gradeD: {
      describe: 'Tax credit grade D (negative): punishments triggered by D apply, and no incentives.',
      id: uscc('91', '320506', 'MA1Y8C3U0'),
      name: '苏州吴中恒信包装有限公司',
      kind: 'enterprise',
      historyFrom: '2017-12-05',
      bidder: true,
      records: [
        {
          listType: 'credit-rating',
          domain: 'tax',
          title: '纳税信用等级 D 级（年度评价）',
          authority: '国家税务总局苏州市吴中区税务局',
          listedOn: d(-200),
          validUntil: d(165),
          status: 'active',
          grade: 'D',
          repairable: true,
          responsiblePersons: [{ name: '吴建军', role: LEGAL_REP }],
        },
      ],
    },
    judgmentDebtor: {
      describe: 'A dishonest judgment debtor (失信被执行人) with no end date, listed by a district court.',
      id: uscc('91', '370102', 'MA3C6W1L1'),
      name: '济南历下泰和置业有限公司',
      kind: 'enterprise',
      historyFrom: '2015-04-27',
      bidder: true,
      records: [
        {
          listType: 'dishonest-judgment-debtor',
          domain: 'judicial',
          title: '有履行能力而拒不履行生效法律文书确定的义务',
          authority: '济南市历下区人民法院',
          basis: court('鲁0102', d(-150), 1862),
          listedOn: d(-150),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '孙志强', role: LEGAL_REP }],
        },
      ],
    },
    abnormalOperation: {
      describe: 'In the abnormal-operation directory (cannot be reached at its registered address).',
      id: uscc('91', '610113', 'MA6TJ5QM7'),
      name: '西安雁塔云帆电子商务有限公司',
      kind: 'enterprise',
      historyFrom: '2018-01-15',
      bidder: true,
      records: [
        {
          listType: 'abnormal-operation',
          domain: 'market-regulation',
          title: '通过登记的住所或者经营场所无法联系',
          authority: '西安市雁塔区市场监督管理局',
          basis: doc('雁市监异', d(-75), 212),
          listedOn: d(-75),
          status: 'active',
          repairable: true,
        },
      ],
    },
    minorPenalty: {
      describe: 'Only a minor administrative penalty (a warning), which is not negative: three clean years still hold. Its record carries no domain (the contract allows that; a minor penalty is never incomplete).',
      id: uscc('91', '110105', '10263520X'),
      name: '北京朝阳明德印务有限公司',
      kind: 'enterprise',
      historyFrom: '2006-02-17',
      bidder: true,
      records: [
        {
          listType: 'administrative-penalty',
          title: '未按规定设置危险废物识别标志，予以警告',
          authority: '北京市朝阳区生态环境局',
          basis: doc('京朝环罚字', d(-100), 77),
          listedOn: d(-100),
          validUntil: d(80),
          status: 'active',
          severity: 'minor',
        },
      ],
    },
    generalPenalty: {
      describe: 'A general administrative penalty in food safety, in force: negative, so no clean history.',
      id: uscc('91', '440106', 'MA59KE4U2'),
      name: '广州天河佳味食品有限公司',
      kind: 'enterprise',
      historyFrom: '2016-06-20',
      bidder: true,
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'food-drug',
          title: '生产经营标签不符合规定的预包装食品，没收违法所得并处罚款',
          authority: '广州市天河区市场监督管理局',
          basis: doc('穗天市监处罚', d(-130), 1456),
          listedOn: d(-130),
          validUntil: d(235),
          status: 'active',
          severity: 'general',
          repairable: true,
        },
      ],
    },
    seriousPenalty: {
      describe: 'A serious administrative penalty (work-safety accident, 50万 fine) in force for three years.',
      id: uscc('91', '440305', 'MA5G2H7D9'),
      name: '深圳南山宏基建筑劳务有限公司',
      kind: 'enterprise',
      historyFrom: '2017-09-09',
      bidder: true,
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'work-safety',
          title: '发生一般生产安全事故，对事故负有责任，罚款人民币五十万元',
          authority: '深圳市南山区应急管理局',
          basis: doc('深南应急罚', d(-210), 58),
          listedOn: d(-210),
          validUntil: y(-3, -211),
          status: 'active',
          severity: 'serious',
          repairable: false,
          responsiblePersons: [
            { name: '刘振东', role: LEGAL_REP },
            { name: '何文斌', role: '安全生产负责人' },
          ],
        },
      ],
    },
    revoked: {
      describe: 'Its only record (focus list) was revoked a month after listing — it was wrong — so it never counts.',
      id: uscc('91', '310115', '132405851'),
      name: '上海浦东申达机电设备有限公司',
      kind: 'enterprise',
      historyFrom: '2007-05-11',
      bidder: true,
      records: [
        {
          listType: 'focus-list',
          domain: 'environment',
          title: '建设项目环境影响评价文件未经批准擅自开工建设',
          authority: '上海市浦东新区生态环境局',
          basis: doc('沪浦环罚', d(-630), 129),
          listedOn: d(-630),
          status: 'revoked',
          closedOn: d(-600),
          repairable: true,
        },
      ],
    },
    repairedInsideWindow: {
      describe:
        'Focus-list record repaired; in force until (today − 3 years) + 1 day, so it just meets the three-year window: not clean.',
      id: uscc('91', '320506', '25491067X'),
      name: '苏州吴中太湖新材料有限公司',
      kind: 'enterprise',
      historyFrom: '2010-01-01',
      bidder: true,
      records: [
        {
          listType: 'focus-list',
          domain: 'environment',
          title: '超标排放大气污染物，列入环境信用重点关注名单',
          authority: '苏州市吴中生态环境局',
          basis: doc('苏吴环罚', y(5), 64),
          listedOn: y(5),
          status: 'repaired',
          closedOn: y(3, 2),
          repairable: true,
        },
      ],
    },
    repairedOutsideWindow: {
      describe:
        'Focus-list record repaired; in force until exactly today − 3 years, just outside the window: three clean years hold.',
      id: uscc('91', '510107', '209455233'),
      name: '成都武侯鼎盛装饰工程有限公司',
      kind: 'enterprise',
      historyFrom: '2010-01-01',
      records: [
        {
          listType: 'focus-list',
          domain: 'construction',
          title: '建筑市场主体重点关注名单：违法分包',
          authority: '成都市武侯区住房和城乡建设局',
          basis: doc('武住建罚', y(5), 22),
          listedOn: y(5),
          status: 'repaired',
          closedOn: y(3, 1),
          repairable: true,
        },
      ],
    },
    expiredOld: {
      describe: 'A black-listing for evading bank debts that expired five years ago: it counted then, but not in the last three years.',
      id: uscc('91', '370102', '163482008'),
      name: '济南历下鲁信商贸有限公司',
      kind: 'enterprise',
      historyFrom: '2005-03-03',
      records: [
        {
          listType: 'severe-dishonesty',
          domain: 'finance',
          title: '恶意逃废金融债务',
          authority: '中国人民银行济南分行',
          basis: doc('济银信', y(8), 7),
          listedOn: y(8),
          validUntil: y(5, -1),
          status: 'expired',
          closedOn: y(5),
          repairable: true,
        },
      ],
    },
    expiredRecent: {
      describe: 'A general penalty (false advertising) that expired about four months ago: not in force, but not three clean years either.',
      id: uscc('91', '610113', 'MA6U0PQN7'),
      name: '西安雁塔启航广告有限公司',
      kind: 'enterprise',
      historyFrom: '2019-04-01',
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'market-regulation',
          title: '发布虚假广告，责令停止发布并处罚款',
          authority: '西安市雁塔区市场监督管理局',
          basis: doc('雁市监处罚', d(-500), 318),
          listedOn: d(-500),
          validUntil: d(-135),
          status: 'expired',
          closedOn: d(-134),
          severity: 'general',
          repairable: true,
        },
      ],
    },
    focusList: {
      describe: 'On an environmental focus list (重点关注), active: strict review where a measure names it.',
      id: uscc('91', '152221', 'MA0Q7Y5K7'),
      name: '科右前旗鑫源矿业有限公司',
      kind: 'enterprise',
      historyFrom: '2011-11-11',
      records: [
        {
          listType: 'focus-list',
          domain: 'environment',
          title: '重点排污单位未按规定公开环境信息',
          authority: '兴安盟生态环境局',
          basis: doc('兴环罚', d(-30), 15),
          listedOn: d(-30),
          validUntil: d(335),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '包金山', role: LEGAL_REP }],
        },
      ],
    },
    shortHistory: {
      describe: 'A two-year-old company with no records: its history is too short to prove three clean years (clear, not facilitated).',
      id: uscc('91', '330106', 'MA2KTR8W3'),
      name: '杭州西湖初心文化创意有限公司',
      kind: 'enterprise',
      historyFrom: y(2, -45),
      bidder: true,
    },
    missingHistory: {
      describe: 'No records, but the platform does not say since when it keeps history: clean history cannot be proven.',
      id: uscc('91', '350211', 'MA8B1NU35'),
      name: '厦门集美启帆船舶服务有限公司',
      kind: 'enterprise',
      historyFrom: null,
    },
    commitmentBreach: {
      describe: 'Broke a 容缺受理 commitment (missing fire-acceptance certificate not supplied by the due date).',
      id: uscc('91', '420105', 'MA4R9F2CX'),
      name: '武汉汉阳江城建筑装饰有限公司',
      kind: 'enterprise',
      historyFrom: '2018-06-18',
      records: [
        {
          listType: 'commitment-breach',
          domain: 'administrative-licensing',
          title: '容缺受理承诺逾期未补交：建设工程消防验收合格证明',
          authority: '武汉市汉阳区政务服务和大数据管理局',
          listedOn: d(-20),
          validUntil: d(345),
          status: 'active',
          repairable: true,
        },
      ],
    },
    manyDomains: {
      describe: 'Records across construction, labour and tax: an expired penalty, an active focus-list entry, a B rating and a minor warning.',
      id: uscc('91', '110108', '306659115'),
      name: '北京海淀智远工程技术有限公司',
      kind: 'enterprise',
      historyFrom: '2009-12-01',
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'construction',
          title: '未取得施工许可证擅自施工，责令停工并处罚款',
          authority: '北京市海淀区住房和城乡建设委员会',
          basis: doc('京海建罚', d(-400), 93),
          listedOn: d(-400),
          validUntil: d(-35),
          status: 'expired',
          closedOn: d(-34),
          severity: 'general',
          repairable: true,
        },
        {
          listType: 'focus-list',
          domain: 'labour',
          title: '拖欠劳动者劳动报酬，列入重点关注名单',
          authority: '北京市海淀区人力资源和社会保障局',
          basis: doc('京海人社监', d(-60), 41),
          listedOn: d(-60),
          validUntil: d(305),
          status: 'active',
          repairable: true,
          responsiblePersons: [{ name: '冯宇', role: LEGAL_REP }],
        },
        {
          listType: 'credit-rating',
          domain: 'construction',
          title: '建筑施工企业信用评价 B 级',
          authority: '北京市住房和城乡建设委员会',
          listedOn: d(-180),
          validUntil: d(185),
          status: 'active',
          grade: 'B',
        },
        {
          listType: 'administrative-penalty',
          domain: 'tax',
          title: '未按期办理纳税申报，予以警告',
          authority: '国家税务总局北京市海淀区税务局',
          basis: doc('京海税简罚', d(-25), 2207),
          listedOn: d(-25),
          validUntil: d(65),
          status: 'active',
          severity: 'minor',
        },
      ],
    },
    pilotCode: {
      describe: `The early pilot code ${PILOT_CODE}: fails the GB 32100 check (suspect) but the platform knows it; no records.`,
      id: PILOT_CODE,
      name: '厦门集美闽台经贸有限公司',
      kind: 'enterprise',
      historyFrom: '2015-09-01',
      bidder: true,
    },

    // ------------------------------------------------------------ other kinds of organisation
    individualBusiness: {
      describe: 'An individual business (个体工商户) with a general food-safety penalty in force.',
      id: uscc('92', '110105', 'L30617282'),
      name: '北京市朝阳区老王家常菜馆',
      kind: 'individual-business',
      historyFrom: '2013-03-08',
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'food-drug',
          title: '未按规定开展食品安全自查，责令改正并处罚款',
          authority: '北京市朝阳区市场监督管理局',
          basis: doc('京朝市监罚', d(-160), 3318),
          listedOn: d(-160),
          validUntil: d(20),
          status: 'active',
          severity: 'general',
          repairable: true,
          responsiblePersons: [{ name: '王德胜', role: '经营者' }],
        },
      ],
    },
    individualBusinessClean: {
      describe: 'An individual business with no records since 2016: three clean years.',
      id: uscc('92', '420105', 'L20944108'),
      name: '武汉市汉阳区李记五金店',
      kind: 'individual-business',
      historyFrom: '2016-05-03',
    },
    cooperative: {
      describe: "A farmers' co-operative on a red list (provincial model co-operative).",
      id: uscc('93', '630121', 'MA7528YN1'),
      name: '大通县绿源蔬菜种植专业合作社',
      kind: 'cooperative',
      historyFrom: '2014-04-04',
      records: [
        {
          listType: 'red-list',
          domain: 'agriculture',
          title: '省级农民合作社示范社',
          authority: '青海省农业农村厅',
          basis: doc('青农经', d(-300), 11),
          listedOn: d(-300),
          validUntil: d(430),
          status: 'active',
        },
      ],
    },
    cooperativeAbnormal: {
      describe: "A farmers' co-operative in the abnormal-operation directory for a missing annual report.",
      id: uscc('93', '152221', 'MA0R4BX89'),
      name: '科右前旗丰穗农机专业合作社',
      kind: 'cooperative',
      historyFrom: '2018-03-19',
      records: [
        {
          listType: 'abnormal-operation',
          domain: 'market-regulation',
          title: '未按规定期限公示年度报告',
          authority: '科尔沁右翼前旗市场监督管理局',
          listedOn: d(-190),
          status: 'active',
          repairable: true,
        },
      ],
    },
    socialOrganisation: {
      describe: 'A trade association (社会团体) with no records.',
      id: uscc('51', '420105', '500728639'),
      name: '武汉市汉阳区餐饮行业协会',
      kind: 'social-organisation',
      historyFrom: '2012-08-15',
    },
    privateSchool: {
      describe: 'A private training school (民办非企业单位) on an education focus list.',
      id: uscc('52', '350403', 'MJ6107A39'),
      name: '三明市三元区启智培训学校',
      kind: 'social-organisation',
      historyFrom: '2015-02-26',
      records: [
        {
          listType: 'focus-list',
          domain: 'education',
          title: '违规开展学科类校外培训，列入重点关注名单',
          authority: '三明市三元区教育局',
          basis: doc('三元教执', d(-110), 6),
          listedOn: d(-110),
          validUntil: d(255),
          status: 'active',
          repairable: true,
        },
      ],
    },
    foundation: {
      describe: 'A foundation (基金会) rated 5A in the social-organisation assessment (credit rating A).',
      id: uscc('53', '110000', 'MJ0124K85'),
      name: '北京春晖助学基金会',
      kind: 'social-organisation',
      historyFrom: '2011-06-01',
      records: [
        {
          listType: 'credit-rating',
          domain: 'social-organisation',
          title: '社会组织评估等级 5A',
          authority: '北京市民政局',
          basis: doc('京民社评', d(-500), 21),
          listedOn: d(-500),
          validUntil: d(1325),
          status: 'active',
          grade: 'A',
        },
      ],
    },
    publicInstitution: {
      describe: 'A public institution (事业单位) with no records.',
      id: uscc('12', '152200', '460517705'),
      name: '兴安盟疾病预防控制中心',
      kind: 'public-institution',
      historyFrom: '2010-01-01',
    },
    publicInstitutionPenalty: {
      describe:
        'A public institution with a general environmental penalty in force. Its code is all digits (an older organisation code), so it is shaped like an ID number and shown masked.',
      id: uscc('12', '630104', '457029866'),
      name: '西宁市城西区环境卫生服务中心',
      kind: 'public-institution',
      historyFrom: '2010-01-01',
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'environment',
          title: '生活垃圾转运站渗滤液未经处理直接排放，罚款',
          authority: '西宁市生态环境局',
          basis: doc('宁环罚', d(-45), 27),
          listedOn: d(-45),
          validUntil: d(320),
          status: 'active',
          severity: 'general',
          repairable: true,
        },
      ],
    },
    governmentBody: {
      describe: 'A government body (机关) with no records.',
      id: uscc('11', '420105', '011045650'),
      name: '武汉市汉阳区城市管理执法局',
      kind: 'government-body',
      historyFrom: '2010-01-01',
    },

    // ------------------------------------------------------------ natural persons
    person: {
      describe: 'A natural person with no records (a check needs a purpose; the ID is masked everywhere).',
      id: idcard('110105', '19850312', '213'),
      name: '张伟',
      kind: 'natural-person',
      historyFrom: '2010-01-01',
    },
    personJudgmentDebtor: {
      describe: 'A natural person who is a dishonest judgment debtor (失信被执行人).',
      id: idcard('420105', '19790704', '351'),
      name: '李建国',
      kind: 'natural-person',
      historyFrom: '2010-01-01',
      records: [
        {
          listType: 'dishonest-judgment-debtor',
          domain: 'judicial',
          title: '被执行人未按执行通知履行法律文书确定的给付义务',
          authority: '武汉市汉阳区人民法院',
          basis: court('鄂0105', d(-210), 2217),
          listedOn: d(-210),
          status: 'active',
          repairable: true,
        },
      ],
    },
    personSevereDishonesty: {
      describe: 'A natural person (born 29 February) black-listed for refusing to pay wages.',
      id: idcard('630102', '19920229', '426'),
      name: '马晓燕',
      kind: 'natural-person',
      historyFrom: '2012-01-01',
      records: [
        {
          listType: 'severe-dishonesty',
          domain: 'labour',
          title: '拒不支付劳动报酬，列入拖欠农民工工资失信联合惩戒对象名单',
          authority: '西宁市城东区人力资源和社会保障局',
          basis: doc('宁东人社罚', d(-80), 4),
          listedOn: d(-80),
          validUntil: y(-3, -81),
          status: 'active',
          repairable: true,
        },
      ],
    },
    personRepaired: {
      describe: 'A natural person whose general tax penalty was repaired 300 days ago.',
      id: idcard('350403', '19680915', '168'),
      name: '陈秀英',
      kind: 'natural-person',
      historyFrom: '2010-01-01',
      records: [
        {
          listType: 'administrative-penalty',
          domain: 'tax',
          title: '个人所得税逾期未申报，处罚款',
          authority: '国家税务总局三明市三元区税务局',
          basis: doc('三元税罚', d(-700), 512),
          listedOn: d(-700),
          validUntil: d(-65),
          status: 'repaired',
          closedOn: d(-300),
          severity: 'general',
          repairable: true,
        },
      ],
    },
    personRedList: {
      describe: 'A natural person on a red list (outstanding volunteer).',
      id: idcard('152201', '20000101', '117'),
      name: '王磊',
      kind: 'natural-person',
      historyFrom: '2018-01-01',
      records: [
        {
          listType: 'red-list',
          domain: 'volunteer-service',
          title: '优秀青年志愿者',
          authority: '共青团兴安盟委员会',
          listedOn: d(-120),
          validUntil: d(610),
          status: 'active',
        },
      ],
    },

    // ------------------------------------------------------------ valid codes the platform does not know
    unknownEnterprise: {
      describe: 'A validly-checksummed code the platform does not know (found: false → unknown, not clear).',
      id: uscc('91', '110108', 'MA04Q2L79'),
      name: '北京海淀星河伟业科技有限公司',
      kind: 'enterprise',
      known: false,
    },
    unknownCooperative: {
      describe: "A validly-checksummed co-operative code the platform does not know (found: false).",
      id: uscc('93', '350403', 'MA3E9M5F9'),
      name: '三明市三元区田园茶叶专业合作社',
      kind: 'cooperative',
      known: false,
    },
    unknownPerson: {
      describe: 'A valid ID-card number the platform does not know (found: false).',
      id: idcard('440305', '19900518', '235'),
      name: '赵敏',
      kind: 'natural-person',
      known: false,
    },
  };

  let sequence = 0;
  const out = {} as FixtureSet;
  for (const key of FIXTURE_KEYS) {
    const spec = specs[key];
    const subject: Subject = { id: spec.id, name: spec.name, kind: spec.kind };
    const historyFrom = spec.historyFrom === undefined ? '2010-01-01' : spec.historyFrom;
    if (historyFrom !== null) subject.historyFrom = historyFrom;
    out[key] = {
      key,
      describe: spec.describe,
      known: spec.known ?? true,
      bidder: spec.bidder ?? false,
      subject,
      records: (spec.records ?? []).map((r) => {
        sequence += 1;
        return { id: `CR${year(r.listedOn)}${String(sequence).padStart(6, '0')}`, ...r };
      }),
    };
  }
  return out;
}

/** The keys of {@link FIXTURES}, in a stable order (bidders first). */
export const FIXTURE_KEYS = [
  'restricted',
  'objection',
  'staleActive',
  'cleanThreeYears',
  'cleanEstablished',
  'redList',
  'redAndBlack',
  'redAndFocus',
  'gradeA',
  'gradeB',
  'gradeC',
  'gradeD',
  'judgmentDebtor',
  'abnormalOperation',
  'minorPenalty',
  'generalPenalty',
  'seriousPenalty',
  'revoked',
  'repairedInsideWindow',
  'repairedOutsideWindow',
  'expiredOld',
  'expiredRecent',
  'focusList',
  'shortHistory',
  'missingHistory',
  'commitmentBreach',
  'manyDomains',
  'pilotCode',
  'individualBusiness',
  'individualBusinessClean',
  'cooperative',
  'cooperativeAbnormal',
  'socialOrganisation',
  'privateSchool',
  'foundation',
  'publicInstitution',
  'publicInstitutionPenalty',
  'governmentBody',
  'person',
  'personJudgmentDebtor',
  'personSevereDishonesty',
  'personRepaired',
  'personRedList',
  'unknownEnterprise',
  'unknownCooperative',
  'unknownPerson',
] as const;
export type FixtureKey = (typeof FIXTURE_KEYS)[number];
export type FixtureSet = Record<FixtureKey, Fixture>;

/** The fixtures for today (China Standard Time) at the moment this module was loaded. */
export const FIXTURES: FixtureSet = buildFixtures();

/** Fixtures as a list, in {@link FIXTURE_KEYS} order. */
export function fixtureList(set: FixtureSet = FIXTURES): Fixture[] {
  return FIXTURE_KEYS.map((key) => set[key]);
}

/** The fixtures the platform knows (answers `found: true` for). */
export function knownFixtures(set: FixtureSet = FIXTURES): Fixture[] {
  return fixtureList(set).filter((f) => f.known);
}

/** The companies of the procurement demo. */
export function bidderFixtures(set: FixtureSet = FIXTURES): Fixture[] {
  return fixtureList(set).filter((f) => f.bidder);
}

/** The fixture whose subject has this id (already normalised), if any. */
export function fixtureById(id: string, set: FixtureSet = FIXTURES): Fixture | undefined {
  return fixtureList(set).find((f) => f.subject.id === id);
}

/** Fixtures holding at least one record of this list type. */
export function fixturesWithListType(listType: ListType, set: FixtureSet = FIXTURES): Fixture[] {
  return fixtureList(set).filter((f) => f.records.some((r) => r.listType === listType));
}

/** Fixtures holding at least one record with this status. */
export function fixturesWithStatus(status: RecordStatus, set: FixtureSet = FIXTURES): Fixture[] {
  return fixtureList(set).filter((f) => f.records.some((r) => r.status === status));
}

/** A code that cannot be valid (it contains the forbidden letters O and I), for the bidder sample. */
const BAD_CODE = '91440106MA5OK2I7Q3';

/**
 * A ready-made bidder list for `<credit-bidder-screen>` and its tests: `name,code` rows
 * for about 30 organisations — a mix of outcomes, the suspect pilot code, an unknown
 * code, one code that cannot be valid and one duplicated row.
 */
export function sampleBidderCsv(set: FixtureSet = FIXTURES): string {
  const organisations = fixtureList(set).filter((f) => f.subject.kind !== 'natural-person');
  const bidders = organisations.filter((f) => f.bidder);
  const others = organisations.filter((f) => !f.bidder && f.known);
  const rows: Array<[string, string]> = [];
  for (const f of bidders) rows.push([f.subject.name, f.subject.id]);
  for (const f of others.slice(0, 8)) rows.push([f.subject.name, f.subject.id]);
  rows.splice(5, 0, ['广州天河顺捷商贸有限公司', BAD_CODE]);
  rows.push([set.unknownEnterprise.subject.name, set.unknownEnterprise.subject.id]);
  // The same bidder twice, as happens when two lists are merged.
  rows.push([set.restricted.subject.name, set.restricted.subject.id]);
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return ['name,code', ...rows.map(([name, code]) => `${cell(name)},${cell(code)}`)].join('\n') + '\n';
}
