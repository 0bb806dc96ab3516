/**
 * The words of the shared decision-details renderer (used by `<credit-check>`, the
 * flag's popover and `<credit-bidder-screen>`'s expanded rows). Shared outcome, list,
 * status and field words come from `widgets/locales/`; these are the ones only the
 * details need. Whole sentences per locale, never glued fragments.
 */
import type { MessageTable } from './locale.js';

export interface DecisionDetailsMessages {
  /** Accessible name of the whole details region. */
  region: string;
  /** Heading of the warnings list. */
  warnings: string;
  /** Heading of the records that triggered no measure. */
  otherRecords: string;
  /** Heading of the records listed under one measure. */
  triggeredBy: string;
  /** Label of the subject's name. */
  name: string;
  direction: string;
  nature: string;
  effect: string;
  listType: string;
  title: string;
  severity: string;
  grade: string;
  /** Shown when no measure applies and none is suspended. */
  noMeasures: string;
  /** Shown when the platform returned no record at all. */
  noRecords: string;
  /** When the platform returned no subject (e.g. not found / failed check). */
  noSubject: string;
  /** Registration authority and kind read from a USCC's first two characters. */
  registration: (authority: string, kind: string | null) => string;
  /** Between the items of a short list of names. */
  separator: string;
  /** A responsible person with an optional role. */
  person: (name: string, role: string | null | undefined) => string;
  /** A record marked `active`/`objection` by the platform whose `validUntil` has passed. */
  lapsed: string;
  /** Label of the evaluation date. */
  on: string;
  /** The USCC facts are for information only. */
  registrationNote: string;
}

export const decisionDetailsMessages: MessageTable<DecisionDetailsMessages> = {
  'zh-CN': {
    region: '信用核查详情',
    warnings: '提示',
    otherRecords: '其他信用记录',
    triggeredBy: '相关信用记录',
    name: '名称',
    direction: '措施类别',
    nature: '措施性质',
    effect: '措施效果',
    listType: '名单类型',
    title: '事由',
    severity: '处罚程度',
    grade: '评价等级',
    noMeasures: '没有适用或暂缓执行的联合奖惩措施。',
    noRecords: '平台未返回该主体的信用记录。',
    noSubject: '平台未返回主体信息。',
    registration: (authority, kind) => (kind ? `${authority}（${kind}）` : authority),
    separator: '、',
    person: (name, role) => (role ? `${name}（${role}）` : name),
    lapsed: '有效期已过，不再生效（以日期为准）。',
    on: '核查日期',
    registrationNote: '由代码前两位推断，仅供参考，不作为判断依据。',
  },
  'zh-Hant': {
    region: '信用核查詳情',
    warnings: '提示',
    otherRecords: '其他信用記錄',
    triggeredBy: '相關信用記錄',
    name: '名稱',
    direction: '措施類別',
    nature: '措施性質',
    effect: '措施效果',
    listType: '名單類型',
    title: '事由',
    severity: '處罰程度',
    grade: '評價等級',
    noMeasures: '沒有適用或暫緩執行的聯合獎懲措施。',
    noRecords: '平台未返回該主體的信用記錄。',
    noSubject: '平台未返回主體資訊。',
    registration: (authority, kind) => (kind ? `${authority}（${kind}）` : authority),
    separator: '、',
    person: (name, role) => (role ? `${name}（${role}）` : name),
    lapsed: '有效期已過，不再生效（以日期為準）。',
    on: '核查日期',
    registrationNote: '由代碼前兩位推斷，僅供參考，不作為判斷依據。',
  },
  en: {
    region: 'Credit check details',
    warnings: 'Warnings',
    otherRecords: 'Other credit records',
    triggeredBy: 'Records behind this measure',
    name: 'Name',
    direction: 'Kind of measure',
    nature: 'Nature',
    effect: 'Effect',
    listType: 'List',
    title: 'Reason',
    severity: 'Severity',
    grade: 'Grade',
    noMeasures: 'No joint incentive or punishment measure applies or is suspended.',
    noRecords: 'The platform returned no credit records for this subject.',
    noSubject: 'The platform returned no subject.',
    registration: (authority, kind) => (kind ? `${authority} (${kind})` : authority),
    separator: '; ',
    person: (name, role) => (role ? `${name} (${role})` : name),
    lapsed: 'Its validity has ended, so it is no longer in force (dates win).',
    on: 'Checked on',
    registrationNote: 'Read from the first two characters of the code; for information only, never used for the decision.',
  },
};
