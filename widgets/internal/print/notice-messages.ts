/**
 * The words of the written notice (书面告知书, domain.md §10), addressed to the subject: the
 * matter, the measures with the records behind them and their basis, the remedies with where
 * and by when, the department's contact. Whole sentences per locale.
 */
import type { MessageTable } from '../locale.js';

export interface NoticeMessages {
  title: string;
  /** The salutation: name and code (a person's number masked). */
  addressee: (name: string, code: string, person: boolean) => string;
  /** The opening: the matter (and case number), the data time. */
  intro: (p: { matter: string | null; caseNumber: string | null; scenario: string; asOf: string; person: boolean }) => string;
  measuresHeading: string;
  measure: (n: number, name: string) => string;
  reason: string;
  record: (r: { authority: string; title: string; listType: string; document: string | null; listedOn: string; validUntil: string; person: boolean }) => string;
  cleanReason: string;
  basis: string;
  /** Passages already cited under an earlier measure. */
  sameBasis: (n: number, measures: string) => string;
  implementer: string;
  suspended: string;
  none: (person: boolean) => string;
  remediesHeading: string;
  /** Objection: where (the platform, the listing authorities) and how long verification takes. */
  objection: (authorities: string, platform: string) => string;
  /** Judgment-debtor records: objections and repair go to the court that listed. */
  courtObjection: (courts: string) => string;
  reconsideration: string;
  lawsuit: string;
  repair: (p: { authorities: string; notRepairable: boolean; from: string | null }) => string;
  contact: (contact: string) => string;
  department: string;
  receipt: string;
  date: string;
  platform: string;
  listSeparator: string;
}

export const noticeMessages: MessageTable<NoticeMessages> = {
  'zh-CN': {
    title: '失信惩戒措施书面告知书',
    addressee: (name, code, person) => `${name}（${person ? '身份证号' : '统一社会信用代码'}：${code}）：`,
    intro: ({ matter, caseNumber, scenario, asOf, person }) =>
      `${person ? '你' : '你单位'}${matter ? `申请办理的“${matter}”` : `在“${scenario}”中的事项`}${caseNumber ? `（案件编号：${caseNumber}）` : ''}，本机关依法查询了公共信用信息（数据时间：${asOf}）。根据查询结果，现将拟对${person ? '你' : '你单位'}采取的失信惩戒措施及其理由、依据和救济途径告知如下。`,
    measuresHeading: '一、拟采取的措施、理由和依据',
    measure: (n, name) => `（${n}）${name}`,
    reason: '理由：',
    record: (r) =>
      `${r.authority}将${r.person ? '你' : '你单位'}列入${r.listType}：${r.title}${r.document ? `（${r.document}）` : ''}，自 ${r.listedOn} 起，有效期至 ${r.validUntil}。`,
    cleanReason: '符合措施清单规定的条件。',
    basis: '依据：',
    sameBasis: (n, measures) => `另有 ${n} 项依据同第${measures}项。`,
    implementer: '实施部门：',
    suspended: '下列措施因相关信用记录正在异议核实中，暂不执行：',
    none: (person) => `经查询，本事项不对${person ? '你' : '你单位'}采取失信惩戒措施。`,
    remediesHeading: '二、救济途径',
    objection: (authorities, platform) =>
      `异议：认为所依据的信用信息不实的，可向${platform}或认定部门（${authorities}）提出异议申请；自收到之日起 20 日内完成核实并反馈，核实期间相关惩戒措施暂不执行。`,
    courtObjection: (courts) => `失信被执行人名单的异议和信用修复，向作出认定的人民法院（${courts}）提出。`,
    reconsideration: '行政复议：对本机关采取的措施不服的，可以自收到本告知书之日起 60 日内依法申请行政复议。',
    lawsuit: '行政诉讼：也可以自收到本告知书之日起 6 个月内依法向人民法院提起行政诉讼。',
    repair: ({ authorities, notRepairable, from }) =>
      `信用修复：纠正失信行为、履行相关义务、消除不良影响后，可向认定部门（${authorities}）申请信用修复${from ? `（${from} 起可申请）` : ''}；符合条件的，自受理之日起十个工作日内作出决定，不收取费用。${notRepairable ? '法律、法规明确规定不可修复的记录除外。' : ''}`,
    contact: (c) => `联系方式：${c}`,
    department: '告知部门（盖章）：',
    receipt: '当事人签收：',
    date: '日期：',
    platform: '信用信息平台',
    listSeparator: '、',
  },
  'zh-Hant': {
    title: '失信懲戒措施書面告知書',
    addressee: (name, code, person) => `${name}（${person ? '身分證號' : '統一社會信用代碼'}：${code}）：`,
    intro: ({ matter, caseNumber, scenario, asOf, person }) =>
      `${person ? '你' : '你單位'}${matter ? `申請辦理的「${matter}」` : `在「${scenario}」中的事項`}${caseNumber ? `（案件編號：${caseNumber}）` : ''}，本機關依法查詢了公共信用資訊（資料時間：${asOf}）。根據查詢結果，現將擬對${person ? '你' : '你單位'}採取的失信懲戒措施及其理由、依據和救濟途徑告知如下。`,
    measuresHeading: '一、擬採取的措施、理由和依據',
    measure: (n, name) => `（${n}）${name}`,
    reason: '理由：',
    record: (r) =>
      `${r.authority}將${r.person ? '你' : '你單位'}列入${r.listType}：${r.title}${r.document ? `（${r.document}）` : ''}，自 ${r.listedOn} 起，有效期至 ${r.validUntil}。`,
    cleanReason: '符合措施清單規定的條件。',
    basis: '依據：',
    sameBasis: (n, measures) => `另有 ${n} 項依據同第${measures}項。`,
    implementer: '實施部門：',
    suspended: '下列措施因相關信用記錄正在異議核實中，暫不執行：',
    none: (person) => `經查詢，本事項不對${person ? '你' : '你單位'}採取失信懲戒措施。`,
    remediesHeading: '二、救濟途徑',
    objection: (authorities, platform) =>
      `異議：認為所依據的信用資訊不實的，可向${platform}或認定部門（${authorities}）提出異議申請；自收到之日起 20 日內完成核實並回饋，核實期間相關懲戒措施暫不執行。`,
    courtObjection: (courts) => `失信被執行人名單的異議和信用修復，向作出認定的人民法院（${courts}）提出。`,
    reconsideration: '行政覆議：對本機關採取的措施不服的，可以自收到本告知書之日起 60 日內依法申請行政覆議。',
    lawsuit: '行政訴訟：也可以自收到本告知書之日起 6 個月內依法向人民法院提起行政訴訟。',
    repair: ({ authorities, notRepairable, from }) =>
      `信用修復：糾正失信行為、履行相關義務、消除不良影響後，可向認定部門（${authorities}）申請信用修復${from ? `（${from} 起可申請）` : ''}；符合條件的，自受理之日起十個工作日內作出決定，不收取費用。${notRepairable ? '法律、法規明確規定不可修復的記錄除外。' : ''}`,
    contact: (c) => `聯絡方式：${c}`,
    department: '告知部門（蓋章）：',
    receipt: '當事人簽收：',
    date: '日期：',
    platform: '信用資訊平台',
    listSeparator: '、',
  },
  en: {
    title: 'Written notice of credit punishment measures',
    addressee: (name, code, person) => `To ${name} (${person ? 'ID number' : 'unified social credit code'} ${code}):`,
    intro: ({ matter, caseNumber, scenario, asOf, person }) =>
      `Regarding ${matter ? `your application “${matter}”` : `your matter in “${scenario}”`}${caseNumber ? ` (case number ${caseNumber})` : ''}, this authority checked the public credit information as the law requires (data time ${asOf}). Based on the result, ${person ? 'you are' : 'your organisation is'} hereby notified of the credit punishment measures to be applied, with their reasons, legal basis and remedies.`,
    measuresHeading: '1. Measures, reasons and legal basis',
    measure: (n, name) => `(${n}) ${name}`,
    reason: 'Reason:',
    record: (r) =>
      `${r.authority} placed ${r.person ? 'you' : 'your organisation'} on the ${r.listType}: ${r.title}${r.document ? ` (${r.document})` : ''}, from ${r.listedOn}, valid until ${r.validUntil}.`,
    cleanReason: 'The conditions set by the measures catalog are met.',
    basis: 'Legal basis:',
    sameBasis: (n, measures) => `${n} more passage${n === 1 ? ' is' : 's are'} as cited under (${measures}).`,
    implementer: 'Implemented by:',
    suspended: 'The following measures are suspended while a record is under objection:',
    none: (person) => `No credit punishment measure is applied to ${person ? 'you' : 'your organisation'} in this matter.`,
    remediesHeading: '2. Remedies',
    objection: (authorities, platform) =>
      `Objection: if the credit information relied on is wrong, you may object to the ${platform} or to the listing authority (${authorities}); it is verified and answered within 20 days of receipt, and the punishments are suspended meanwhile.`,
    courtObjection: (courts) => `Objections to and repair of a dishonest-judgment-debtor listing go to the court that listed you (${courts}).`,
    reconsideration: 'Administrative reconsideration: if you disagree with the measures taken by this authority, you may apply within 60 days of receiving this notice.',
    lawsuit: 'Administrative lawsuit: you may also sue in a people’s court within 6 months of receiving this notice.',
    repair: ({ authorities, notRepairable, from }) =>
      `Credit repair: once the conduct is corrected, the obligations fulfilled and the effects removed, you may apply to the listing authority (${authorities}) for credit repair${from ? ` (from ${from})` : ''}; where the conditions are met it decides within ten working days, free of charge.${notRepairable ? ' Records the law excludes from repair cannot be repaired.' : ''}`,
    contact: (c) => `Contact: ${c}`,
    department: 'Notifying department (seal):',
    receipt: 'Received by:',
    date: 'Date:',
    platform: 'credit information platform',
    listSeparator: ', ',
  },
};
