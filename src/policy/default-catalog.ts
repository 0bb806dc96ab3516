/**
 * The default measures catalog (措施清单) the SDK ships: used when the platform serves
 * no catalog (GET /v1/measures → 404) and by the demo (api-contract.md). Every measure
 * is taken from the five local policy texts in `docs/policy` (domain.md §4: no
 * measure, no consequence — 青政办〔2021〕36号 三（六）2 forbids measures outside the list).
 *
 * Sources (file in docs/policy — 文号 — title):
 * - beijing-2017-jingzhengfa-15.txt — 京政发〔2017〕15号 — 北京市人民政府关于建立完善信用联合奖惩制度
 *   加快推进诚信建设的实施意见 (2017). The file is a traditional-character copy with pinyin
 *   glosses (京政發(fā)〔2017〕15號); it is cited here in the document's own simplified form.
 * - hanyang-2018-implementation-plan.txt — (the text carries no 文号) — 2018年汉阳区建立完善守信联合
 *   激励和失信联合惩戒制度实施方案 (2018): cited by its title.
 * - qinghai-2021-qingzhengban-36.txt — 青政办〔2021〕36号 — 关于进一步完善失信约束制度构建诚信建设
 *   长效机制的实施方案 (2021): lists no measures of its own; it governs how they are applied
 *   (written notice, 过惩相当, credit repair) and is cited in every punishment's `remedy`.
 * - sanming-2018-work-plan.txt — (no 文号 in the text) — 三明市经济和信息化委员会社会信用体系建设
 *   工作方案 (2018): cited by its title.
 * - xingan-2024-implementation-opinions.txt — 兴署发〔2024〕23号 — 关于建立完善守信联合激励和失信
 *   联合惩戒制度高质量完成诚信建设工程实施意见 (2024).
 *
 * Citation format (checked against the texts by test/unit/policy/default-catalog.test.ts):
 * - `<文号 or 《title》> <section>：“<verbatim passage>”` — section as the text numbers it:
 *   `二（三）1` = part 二, item (三), point 1 (Beijing, Qinghai, Sanming restart their numbering);
 *   `（十五）` for the continuously numbered Hanyang and Xing'an items. `……` marks an omission;
 *   quotation marks inside a passage are written ‘’.
 * - `<national document>（引自 <source> <section>）` for a national document a source cites
 *   (国发〔2016〕33号, the 合作备忘录): only what the source itself says is claimed.
 *
 * Text → nature (京政发〔2017〕15号 二（四）1: 强制性措施是依法必须联合执行的措施; 推荐性措施
 * 是可根据实际情况实施的措施):
 * - `mandatory`: the texts order it for a listed subject — 依法依规限制…, 要严格限制…, 应将其列为…,
 *   应立即作为…, 及时撤销…取消… (the 行政性惩戒 items of all four measure-listing texts).
 * - `recommended`: 可根据实际情况实施, 提倡, 探索, 优先考虑, 参考依据, or a measure whose scope the
 *   text leaves to a later local rule (限制信用评级低的企业市场准入 under a 信用管理办法 yet to be made).
 *   Every incentive is recommended: no text calls an incentive 依法必须.
 * Text → effect:
 * - `block`: 限制参加 / 限制参与 / 限制申请 / 限制新增 / 取消…资格 — the subject may not proceed;
 * - `strict-review`: 从严审核, 列为重点监管对象, 提高随机抽查比例和频次, 重点监测, 分级分类监管;
 * - `facilitate`: 绿色通道, 容缺受理, 优先办理, 简化程序, 优先考虑, 信用加分, 优化检查频次, 推介;
 * - `inform`: 公开披露…便于市场识别失信行为, 作为…参考依据 — the officer is told, nothing is withheld.
 * Text → triggers:
 * - 严重失信主体（黑名单） → `severe-dishonesty`; 失信被执行人 → `dishonest-judgment-debtor` where the
 *   texts bring the court's list into the joint punishments (汉阳（十六）, the 失信被执行人 memorandum
 *   cited by 三明 11); 诚信典型 / 红名单 → `red-list`; 连续三年无不良信用记录 → `{ cleanYears: 3 }`;
 *   信用评级较高 / 信用评价分类 → `credit-rating` A, 信用评级低 → `credit-rating` D; 纳税信用A级纳税人
 *   and 劳动保障A级诚信单位 count as 红名单 (汉阳（七）) → `credit-rating` A in `tax` / `labour`;
 *   “黑名单”主体退出名单后…作为信用重点监测对象 (汉阳（二十）) → `focus-list`; 经营异常名录 →
 *   `abnormal-operation`; 信用承诺 (三明 12) → `commitment-breach`.
 * - No measure is triggered by `administrative-penalty`: a record trigger cannot exclude `minor`
 *   penalties, which are not negative (domain.md §2); serious penalties reach the measures
 *   through the 黑名单 they lead to (汉阳（八）).
 */
import type { Catalog } from '../contract/index.js';

/** One of the policy texts the default catalog is built from. */
export interface CatalogSource {
  /** File name in `docs/policy`. */
  file: string;
  /** 文号 as the document gives it; null where the text carries none (it is then cited by title). */
  docNumber: string | null;
  title: string;
  issuer: string;
  year: number;
}

export const DEFAULT_CATALOG_SOURCES: readonly CatalogSource[] = [
  {
    file: 'beijing-2017-jingzhengfa-15.txt',
    docNumber: '京政发〔2017〕15号',
    title: '北京市人民政府关于建立完善信用联合奖惩制度加快推进诚信建设的实施意见',
    issuer: '北京市人民政府',
    year: 2017,
  },
  {
    file: 'hanyang-2018-implementation-plan.txt',
    docNumber: null,
    title: '2018年汉阳区建立完善守信联合激励和失信联合惩戒制度实施方案',
    issuer: '武汉市汉阳区社会信用体系建设领导小组办公室',
    year: 2018,
  },
  {
    file: 'qinghai-2021-qingzhengban-36.txt',
    docNumber: '青政办〔2021〕36号',
    title: '关于进一步完善失信约束制度构建诚信建设长效机制的实施方案',
    issuer: '青海省人民政府办公厅',
    year: 2021,
  },
  {
    file: 'sanming-2018-work-plan.txt',
    docNumber: null,
    title: '三明市经济和信息化委员会社会信用体系建设工作方案',
    issuer: '三明市经济和信息化委员会',
    year: 2018,
  },
  {
    file: 'xingan-2024-implementation-opinions.txt',
    docNumber: '兴署发〔2024〕23号',
    title: '关于建立完善守信联合激励和失信联合惩戒制度高质量完成诚信建设工程实施意见',
    issuer: '兴安盟行政公署',
    year: 2024,
  },
];

// ------------------------------------------------------------ citation keys
const BJ = '京政发〔2017〕15号';
const QH = '青政办〔2021〕36号';
const XA = '兴署发〔2024〕23号';
const HY = '《2018年汉阳区建立完善守信联合激励和失信联合惩戒制度实施方案》';
const SM = '《三明市经济和信息化委员会社会信用体系建设工作方案》';
/** National documents cited by a source (claimed only as far as the source cites them). */
const GF_2016_33 = `国发〔2016〕33号（引自 ${BJ} 序言）`;
const MEMO_JUDGMENT_DEBTORS = `《关于对失信被执行人实施联合惩戒的合作备忘录》（引自 ${SM}三（四）11）`;
const MEMO_PROCUREMENT = `《关于对政府采购领域严重违法失信主体开展联合惩戒的合作备忘录》（引自 ${SM}三（四）11）`;
/** 失信被执行人 brought into the joint punishments. */
const HY_JUDGMENT_DEBTORS = `${HY}（十六）：“将法院发布的失信被执行人名单纳入跨领域跨部门的联合惩戒范围，坚决落实相关惩戒条款”`;

// ------------------------------------------------------------ remedies (救济途径)
const NOTICE = `实施前书面告知实施理由、依据和救济途径（${QH} 三（六）2）。`;
const OBJECTION =
  `异议申请：认为所依据的信用信息不实的，可向认定部门或实施部门提出异议申请或投诉，` +
  `自收到之日起20日内完成核实、处理、反馈，核实期间本措施暂不执行，经核实有误的及时更正或撤销（${XA} （十四））。`;
const REPAIR =
  `信用修复：纠正失信行为、履行相关义务、消除不良影响后，可向认定部门申请信用修复，` +
  `符合条件的自受理之日起十个工作日内移出严重失信主体名单（${QH} 三（七）1），` +
  `法律、法规和党中央、国务院政策文件明确规定不可修复的除外。`;
const COURT = `失信被执行人名单的异议和修复向作出认定的人民法院提出。`;
const LITIGATION = `亦可依法申请行政复议或提起行政诉讼（${XA} （十四））。`;

const REMEDY_LIST = NOTICE + OBJECTION + REPAIR + COURT + LITIGATION;
const REMEDY_FOCUS =
  NOTICE +
  OBJECTION +
  `重点监测的有效期由将其列入“黑名单”的认定部门确定，期满不再作为重点监测对象（${HY}（二十））。` +
  LITIGATION;
const REMEDY_RATING =
  NOTICE +
  `异议申请：对信用评价结果有异议的，可向作出评价的部门提出异议申请或投诉，核实期间本措施暂不执行，` +
  `经核实有误的及时更正或撤销（${XA} （十四））。` +
  LITIGATION;
const REMEDY_RECORD = NOTICE + OBJECTION + REPAIR + LITIGATION;
const REMEDY_INCENTIVE =
  `对所依据的信用信息（红名单、信用评价结果、信用记录）有异议的，可向认定部门提出异议申请或投诉，` +
  `经核实有误的及时更正或撤销（${HY}（二十七））；存在违法失信行为的，停止适用守信激励措施（${HY}（二十））。`;

// ------------------------------------------------------------ shared passages
const BJ_ADMIN_PUNISH = `${BJ} 二（三）1`;
const HY_ADMIN_PUNISH = `${HY}（十五）`;
const SM_ADMIN_PUNISH = `${SM}三（四）12`;
const BJ_GREEN = `${BJ} 二（二）1：“对诚信典型和连续三年无不良信用记录的行政相对人，可根据实际情况实施‘绿色通道’和‘容缺受理’等便利服务措施”`;
const HY_GREEN = `${HY}（十一）：“对诚信典型和连续三年无不良信用记录的行政相对人，可根据实际情况实施‘绿色通道’‘容缺受理’等便利服务措施”`;
const SM_GREEN = `${SM}三（三）9：“对守信典型和连续三年无不良信用记录的行政相对人，可根据实际情况实施‘绿色通道’和‘容缺受理’等便利服务措施”`;
const XA_GREEN = `${XA} （二）：“对诚信典型和连续三年无不良信用记录的行政相对人，可根据实际情况实施‘绿色通道’、‘容缺受理’、‘优先办理’、‘简化程序’等激励政策”`;
const HY_RED_LIST_A = `${HY}（七）：“‘纳税信用A级纳税人’……‘劳动保障A级诚信单位’”`;

const LICENSING_AUTHORITY = '行政许可实施机关（各级政务服务和行政审批部门）';
const SUPERVISORS = '各行业主管（监管）部门、各级市场监管部门';

/** Record triggers used by several measures. */
const RED_LIST = { listTypes: ['red-list' as const] };
const CLEAN_3_YEARS = { cleanYears: 3 };
const RATING_A = { listTypes: ['credit-rating' as const], grades: ['A' as const] };
const RATING_A_AS_RED_LIST = { listTypes: ['credit-rating' as const], grades: ['A' as const], domains: ['tax', 'labour'] };
const RATING_D = { listTypes: ['credit-rating' as const], grades: ['D' as const] };
const SEVERE = { listTypes: ['severe-dishonesty' as const] };
const JUDGMENT_DEBTOR = { listTypes: ['dishonest-judgment-debtor' as const] };

export const DEFAULT_CATALOG: Catalog = {
  version: 'default-2026.1',
  effectiveOn: '2026-01-01',
  measures: [
    // ================================================================ punishments
    {
      id: 'P-PROCUREMENT-BAN',
      name: '限制参加政府采购活动',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['government-procurement'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“对严重失信主体，依法依规……限制参加政府采购活动”`,
        MEMO_PROCUREMENT,
        HY_JUDGMENT_DEBTORS,
        MEMO_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '各级财政部门（政府采购监督管理部门）、采购人及采购代理机构',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-BIDDING-BAN',
      name: '限制参与招标投标',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['bidding'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“对严重失信主体，依法依规……限制参与政府投资项目招标”`,
        `${SM_ADMIN_PUNISH}：“对严重失信主体……对其在资金扶持、招投标、安全生产、金融信贷等领域进行限制”`,
        HY_JUDGMENT_DEBTORS,
        MEMO_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '招标投标活动行政监督部门、招标人及招标代理机构',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-PUBLIC-RESOURCE-TRADING-BAN',
      name: '限制参与公共资源交易活动',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['public-resource-trading'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“限制参与政府投资项目招标以及土地出（转）让和流转等公共资源交易活动”`,
        `${HY_ADMIN_PUNISH}：“各部门要严格限制申请财政性资金项目，限制参与有关公共资源交易活动”`,
        `${SM_ADMIN_PUNISH}：“限制参与有关公共资源交易活动”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '公共资源交易管理部门及公共资源交易中心',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-FISCAL-FUNDS-LIMIT',
      name: '限制申请财政性资金项目和享受财政资金补助',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['fiscal-funds'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“对严重失信主体，依法依规限制享受财政资金补助等政策扶持和申请财政性资金项目”`,
        `${HY_ADMIN_PUNISH}：“各部门要严格限制申请财政性资金项目”`,
        `${SM_ADMIN_PUNISH}：“严格限制申请财政性资金项目，限制申请政府补贴资金支持”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '各级财政部门及财政性资金项目主管部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-PROJECT-APPROVAL-LIMIT',
      name: '限制新增项目审批、核准',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['project-approval'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“限制新增项目审批核准”`,
        `${HY_ADMIN_PUNISH}：“限制新增项目审批、核准”`,
        `${SM_ADMIN_PUNISH}：“限制新增项目审批、核准”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '发展改革等投资项目审批、核准部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-LICENSING-STRICT-REVIEW',
      name: '从严审核行政许可审批项目，从严控制生产许可证发放',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'strict-review',
      scenarios: ['administrative-licensing'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“从严审核行政许可审批项目，从严控制生产许可证发放”`,
        `${HY_ADMIN_PUNISH}：“从严审核行政许可审批项目，从严控制生产许可证发放”`,
        `${SM_ADMIN_PUNISH}：“从严审核行政许可审批项目，从严控制生产许可证发放”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: LICENSING_AUTHORITY,
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-MARKET-INDUSTRY-BAN',
      name: '实施市场和行业禁入措施',
      direction: 'punishment',
      // 行政性惩戒 in all three texts, ordered for every 严重失信企业 (domain.md §16): in 行政许可 —
      // the instrument of market and industry access — the licence is not granted.
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['administrative-licensing'],
      triggers: [SEVERE],
      basis: [
        `${BJ_ADMIN_PUNISH}：“对严重失信企业及其法定代表人、主要负责人和对失信行为负有直接责任的……等实施市场和行业禁入措施”`,
        `${HY_ADMIN_PUNISH}：“对严重失信企业及其法定代表人、主要负责人和对失信行为负有直接责任的注册执业人员等依法实施市场和行业禁入措施”`,
        `${SM_ADMIN_PUNISH}：“对严重失信企业及其法定代表人、主要负责人和对失信行为负有直接责任的注册执业人员等实施市场和行业禁入措施”`,
      ],
      implementer: LICENSING_AUTHORITY,
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-KEY-SUPERVISION',
      name: '列为重点监管对象，提高随机抽查比例和频次',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'strict-review',
      scenarios: ['supervision'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“将严重失信主体列为重点监管对象，依法依规采取行政性约束和惩戒措施，并在日常监管中提高随机抽查比例和频次”`,
        `${HY_ADMIN_PUNISH}：“各有关部门应将严重失信主体列为重点监管对象”`,
        `${SM_ADMIN_PUNISH}：“对严重失信主体，应将其列为重点监管对象”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: SUPERVISORS,
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-FOCUS-MONITORING',
      name: '作为信用重点监测对象',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'strict-review',
      scenarios: ['supervision'],
      triggers: [{ listTypes: ['focus-list'] }],
      basis: [
        `${HY}（二十）：“‘黑名单’主体退出名单后，应立即作为信用重点监测对象，有效期由将其列入‘黑名单’的部门（单位）确定”`,
      ],
      implementer: SUPERVISORS,
      remedy: REMEDY_FOCUS,
    },
    {
      id: 'P-HONORS-BAN',
      name: '撤销荣誉称号，取消参加评先评优资格',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['honors'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“及时撤销严重失信企业及其法定代表人、负责人、高级管理人员和对失信行为负有直接责任的董事、股东等人员的荣誉称号，取消参加评先评优资格”`,
        `${HY_ADMIN_PUNISH}：“有关部门要及时撤销严重失信企业……荣誉称号，取消参加评先评优资格”`,
        `${SM_ADMIN_PUNISH}：“取消参加评先评优资格”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '评先评优组织单位及荣誉称号授予部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-CONCESSION-BAN',
      name: '限制参与基础设施和公用事业特许经营',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      // 特许经营: not one of the eight standard decision points; integrators may check it.
      scenarios: ['concession'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“限制参与基础设施和公用事业特许经营”`,
        `${HY_ADMIN_PUNISH}：“限制参与基础设施和公用事业特许经营”`,
        `${SM_ADMIN_PUNISH}：“限制参与基础设施和公用事业特许经营”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '基础设施和公用事业特许经营项目实施机构',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-LOW-RATING-MARKET-ACCESS',
      name: '限制信用评级低的企业市场准入',
      direction: 'punishment',
      // The text leaves the scope to a 公共资源交易领域信用管理办法 still to be made.
      nature: 'recommended',
      effect: 'block',
      scenarios: ['public-resource-trading', 'bidding'],
      triggers: [RATING_D],
      basis: [
        `${HY}（十二）：“制定公共资源交易领域信用管理办法，推动在公共资源交易领域使用信用报告……限制信用评级低的企业市场准入”`,
      ],
      implementer: '公共资源交易管理部门及公共资源交易中心',
      remedy: REMEDY_RATING,
    },
    {
      id: 'P-RATING-SUPERVISION',
      name: '信用分级分类监管',
      direction: 'punishment',
      nature: 'recommended',
      effect: 'strict-review',
      scenarios: ['supervision'],
      triggers: [RATING_D],
      basis: [
        `${XA} （四）：“各级市场监管部门应根据监管对象的信用记录和信用评价分类，建立以信用为基础的新型监管机制，对行业实施信用分级分类监管”`,
        `${SM}三（三）9：“根据监管对象的信用记录和信用评价分类，结合‘双随机’抽查机制，进一步完善事中事后监管措施”`,
        `${BJ} 二（一）2：“健全行业领域信用评价和分类监管制度”`,
      ],
      implementer: SUPERVISORS,
      remedy: REMEDY_RATING,
    },
    {
      id: 'P-COMMITMENT-BREACH-REFERENCE',
      name: '信用承诺履行情况作为事中事后监管参考依据',
      direction: 'punishment',
      nature: 'recommended',
      effect: 'inform',
      scenarios: ['administrative-licensing', 'supervision'],
      triggers: [{ listTypes: ['commitment-breach'] }],
      basis: [
        `${SM_ADMIN_PUNISH}：“建立行政许可申请人信用承诺制度，并开展信用审查，将信用承诺纳入市场主体信用记录，接受社会监督，并作为事中事后监管参考依据”`,
        `${SM}三（三）8：“指导企业按规范格式向社会做出公开承诺，并告知违法失信经营后将接受惩戒和制约”`,
      ],
      implementer: `${LICENSING_AUTHORITY}及${SUPERVISORS}`,
      remedy: REMEDY_RECORD,
    },
    {
      id: 'P-DISCLOSURE-NOTICE',
      name: '公开披露失信信息，便于市场识别失信行为、防范信用风险',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'inform',
      scenarios: ['government-procurement', 'bidding', 'public-resource-trading', 'supervision'],
      triggers: [{ listTypes: ['abnormal-operation'] }, SEVERE],
      basis: [
        `${SM}三（四）13：“对被列入经营异常名录、部门‘黑名单’等失信主体，以统一社会信用代码为索引，及时……公开披露相关信息，便于市场识别失信行为，防范信用风险”`,
        `${XA} （十）：“针对严重失信主体，应以统一社会信用代码为唯一标识，及时公开披露相关信息，便于市场识别失信行为，防范信用风险”`,
        `${HY}（十七）：“有关部门和机构对列入失信黑名单的严重失信主体应以统一社会信用代码为索引，及时在‘诚信武汉’网站公开披露相关信息”`,
      ],
      implementer: '采购人、招标人、公共资源交易管理部门及各行业主管（监管）部门',
      remedy: REMEDY_RECORD,
    },

    {
      id: 'P-LISTING-FINANCING-STRICT-REVIEW',
      name: '从严审核企业上市融资、再融资或发行债券',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'strict-review',
      // 上市融资、再融资、发行债券: not one of the eight standard decision points; integrators may check it.
      scenarios: ['securities-financing'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [`${HY_ADMIN_PUNISH}：“从严审核企业上市融资、再融资或发行债券”`, HY_JUDGMENT_DEBTORS],
      implementer: '企业上市融资、再融资和债券发行的审核部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-FINANCIAL-INSTITUTION-BAN',
      name: '限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网融资平台等机构',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      // 设立或参股金融机构的审批: a decision point of its own.
      scenarios: ['financial-institution-approval'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“对严重失信主体，依法依规……限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网金融机构等”`,
        `${HY_ADMIN_PUNISH}：“限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网融资平台等机构”`,
        `${SM_ADMIN_PUNISH}：“限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网融资平台等机构”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '金融机构及小额贷款公司、融资担保公司等机构的设立审批和监管部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-INTERNET-INFO-SERVICE-BAN',
      name: '限制从事互联网信息服务',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      // 互联网信息服务的许可或备案: a decision point of its own.
      scenarios: ['internet-information-service'],
      triggers: [SEVERE, JUDGMENT_DEBTOR],
      basis: [
        `${BJ_ADMIN_PUNISH}：“限制从事互联网信息服务”`,
        `${HY_ADMIN_PUNISH}：“限制从事互联网信息服务”`,
        `${SM_ADMIN_PUNISH}：“限制从事互联网信息服务”`,
        HY_JUDGMENT_DEBTORS,
        GF_2016_33,
      ],
      implementer: '互联网信息服务许可和备案部门（通信管理、网信部门）',
      remedy: REMEDY_LIST,
    },
    // 兴署发〔2024〕23号（十）names these for 政府部门失信主体 only: they never touch another kind of subject.
    {
      id: 'P-GOV-PROCUREMENT-BAN',
      name: '政府部门列入政府采购不良行为“黑名单”，严格限制参与政府采购活动',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['government-procurement'],
      triggers: [SEVERE],
      subjectKinds: ['government-body'],
      basis: [`${XA} （十）：“对政府采购领域存在失信记录的政府部门，列入政府采购不良行为‘黑名单’，严格限制参与政府采购活动”`],
      implementer: '各级财政部门（政府采购监督管理部门）',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-GOV-SUPPORT-LIMIT',
      name: '政府部门限制扶持政策、申请财政资金补助、融资服务及招商引资优惠政策',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['fiscal-funds'],
      triggers: [SEVERE],
      subjectKinds: ['government-body'],
      basis: [`${XA} （十）：“针对政府部门失信主体，一是按规定限制扶持政策、申请财政资金补助、融资服务及招商引资优惠政策等”`],
      implementer: '各级财政部门及财政性资金项目主管部门',
      remedy: REMEDY_LIST,
    },
    {
      id: 'P-GOV-HONORS-BAN',
      name: '政府部门取消参加各类荣誉评选资格',
      direction: 'punishment',
      nature: 'mandatory',
      effect: 'block',
      scenarios: ['honors'],
      triggers: [SEVERE],
      subjectKinds: ['government-body'],
      basis: [`${XA} （十）：“针对政府部门失信主体……四是依规取消参加各类荣誉评选资格”`],
      implementer: '评先评优组织单位及荣誉称号授予部门',
      remedy: REMEDY_LIST,
    },

    // ================================================================ incentives
    {
      id: 'I-GREEN-CHANNEL',
      name: '绿色通道',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['administrative-licensing'],
      triggers: [RED_LIST, CLEAN_3_YEARS, RATING_A_AS_RED_LIST],
      basis: [BJ_GREEN, HY_GREEN, SM_GREEN, XA_GREEN, HY_RED_LIST_A, GF_2016_33],
      implementer: LICENSING_AUTHORITY,
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-TOLERANT-ACCEPTANCE',
      name: '容缺受理',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['administrative-licensing'],
      triggers: [RED_LIST, CLEAN_3_YEARS, RATING_A_AS_RED_LIST],
      basis: [
        BJ_GREEN,
        `${BJ} 二（二）1：“对符合条件的行政相对人，除法律法规要求提供的材料外，部分申报材料不齐备的，如其书面承诺在规定期限内提供，应先行受理”`,
        HY_GREEN,
        SM_GREEN,
        `${SM}三（三）9：“部分申报材料不齐备的，如其书面承诺在规定期限内提供，应先行受理，加快办理进度”`,
        XA_GREEN,
        `${XA} （二）：“非要件材料不齐备的，如以书面承诺形式在规定期限内提供，应先行受理，加快办理进度”`,
        HY_RED_LIST_A,
        GF_2016_33,
      ],
      implementer: LICENSING_AUTHORITY,
      remedy:
        REMEDY_INCENTIVE +
        `容缺受理以书面承诺在规定期限内补齐材料为条件，信用承诺纳入市场主体信用记录（${SM}三（四）12）。`,
    },
    {
      id: 'I-PRIORITY',
      name: '优先办理',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['administrative-licensing'],
      triggers: [RED_LIST, CLEAN_3_YEARS],
      basis: [XA_GREEN],
      implementer: LICENSING_AUTHORITY,
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-SIMPLIFIED',
      name: '简化程序',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['administrative-licensing'],
      triggers: [RED_LIST, CLEAN_3_YEARS],
      basis: [XA_GREEN, `${XA} （二）：“建立‘信用+审批’模式”`],
      implementer: LICENSING_AUTHORITY,
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-INSPECTION-RELIEF',
      name: '优化检查方式或减少检查频次',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['supervision'],
      triggers: [RED_LIST, CLEAN_3_YEARS, RATING_A],
      basis: [
        `${BJ} 二（二）1：“对符合一定条件的诚信企业，在日常检查、专项检查中，优化检查方式或减少检查频次”`,
        `${HY}（十一）：“对诚信典型和连续三年无不良信用记录的行政相对人，可根据实际情况实施……在日常检查、专项检查中优化检查频次”`,
        `${SM}三（三）9：“根据监管对象的信用记录和信用评价分类……对符合一定条件的守信企业，在日常检查、专项检查中减少检查频次”`,
        `${XA} （四）：“对符合一定条件的诚信企业依法在日常检查、专项检查中优化检查频次”`,
      ],
      implementer: SUPERVISORS,
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-FISCAL-PRIORITY',
      name: '财政性资金项目安排中优先考虑，加大扶持力度',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['fiscal-funds'],
      triggers: [RED_LIST, RATING_A],
      basis: [
        `${BJ} 二（二）1：“在实施财政性资金项目安排、招商引资配套优惠政策等各类政府优惠政策中，优先考虑诚信市场主体，加大扶持力度”`,
        `${HY}（十二）：“各部门在实施财政性资金项目安排、招商引资配套政策等各类优惠政策中，都要查询相关主体的企业信用记录，并根据企业的信用状况，采取相应的激励措施，同等条件下，优先予以支持”`,
        `${SM}三（三）10：“在实施财政性资金项目安排、招商引资等各类政府优惠政策中，优先考虑守信市场主体，加大扶持力度”`,
      ],
      implementer: '各级财政部门及财政性资金项目主管部门',
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-CREDIT-BONUS',
      name: '信用加分',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['public-resource-trading', 'bidding'],
      triggers: [RED_LIST, RATING_A],
      basis: [
        `${BJ} 二（二）2：“在有关公共资源交易活动中，提倡依法依约对诚信市场主体进行信用加分，并给予其优惠和便利”`,
        `${HY}（十二）：“依法依规对信用评级较高的诚信市场主体采取信用加分等措施”`,
      ],
      implementer: '公共资源交易管理部门、招标人及评标委员会',
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-PROCUREMENT-PREFERENCE',
      name: '政府购买服务中优先选择信用“红名单”等守信主体',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['government-procurement'],
      triggers: [RED_LIST],
      basis: [`${SM}三（三）10：“在政府购买服务等行政管理事项中，优先选择信用‘红名单’等守信主体”`],
      implementer: '政府购买服务的购买主体（各级行政机关）',
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-CREDIT-EASY-APPROVAL',
      name: '信易批（“信用+审批”）',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['project-approval'],
      triggers: [RED_LIST, CLEAN_3_YEARS],
      basis: [
        `${XA} （二）：“对诚信典型和连续三年无不良信用记录的行政相对人……建立‘信用+审批’模式”`,
        `${XA} （六）：“探索创新信易批、信易游、信易租、信易医、信易阅等‘信易+’应用场景”`,
        `${SM}三（三）10：“积极探索开发‘信易贷’‘信易担’‘信易批’等守信激励产品”`,
      ],
      implementer: '发展改革等投资项目审批、核准部门',
      remedy: REMEDY_INCENTIVE,
    },
    {
      id: 'I-HONORS-RECOMMENDATION',
      name: '推荐和表彰诚信典型',
      direction: 'incentive',
      nature: 'recommended',
      effect: 'facilitate',
      scenarios: ['honors'],
      triggers: [RED_LIST],
      basis: [
        `${BJ} 二（二）3：“宣传推广各类诚信典型，褒扬诚信行为”`,
        `${HY}（十四）：“推动行业协会商会加强诚信建设和行业自律，积极推荐和表彰诚信会员”`,
        `${XA} （一）：“做好诚信典型推荐工作”`,
        `${XA} （五）：“表彰诚信会员”`,
      ],
      implementer: '评先评优组织单位、行业协会商会',
      remedy: REMEDY_INCENTIVE,
    },
  ],
};
