/**
 * The words of the printed documents: the check record (查询记录单, for one subject or a
 * whole list) and the written notice (书面告知书). Whole sentences per locale.
 */
import type { MessageTable } from '../locale.js';

export interface PrintMessages {
  recordTitle: string;
  listTitle: string;
  endpoint: string;
  queryTime: string;
  operator: string;
  department: string;
  purpose: string;
  caseNumber: string;
  outcome: string;
  digest: string;
  listDigest: string;
  digestNote: string;
  listDigestNote: string;
  printedAtLine: (time: string) => string;
  notGiven: string;
  signature: string;
  date: string;
  index: string;
  name: string;
  code: string;
  measures: string;
  total: string;
  count: (n: number) => string;
  /** A suspended measure in the list's measures cell. */
  suspendedMeasure: (name: string) => string;
  measureSeparator: string;
  /** Invisible caption of the list table. */
  listCaption: string;

  noticeTitle: string;
  /** The salutation line: the subject's name and masked code. */
  addressee: (name: string, id: string) => string;
  /** The opening sentence; `scenario` is already localised, `asOf` formatted. */
  noticeIntro: (scenario: string, queryId: string, asOf: string) => string;
  noticeCase: (caseNumber: string) => string;
  noticeMeasures: string;
  noticeMeasure: (n: number, name: string) => string;
  noticeReason: string;
  /** One record behind a measure, as the reason for it. */
  noticeRecord: (r: { authority: string; title: string; listType: string; document: string | null; listedOn: string; validUntil: string }) => string;
  noticeCleanReason: string;
  noticeSuspended: string;
  noticeNone: string;
  noticeRemedyGeneral: string;
  noticeSource: string;
  noticeDepartment: string;
  noticeReceipt: string;
}

export const printMessages: MessageTable<PrintMessages> = {
  'zh-CN': {
    recordTitle: '公共信用信息查询记录单',
    listTitle: '公共信用信息批量查询记录单',
    endpoint: '查询接口',
    queryTime: '查询时间',
    operator: '查询人',
    department: '查询部门',
    purpose: '查询用途',
    caseNumber: '案件编号',
    outcome: '核查结果',
    digest: '结果摘要（SHA-256）',
    listDigest: '清单摘要（SHA-256）',
    digestNote: '摘要按核查结果的规范化 JSON（键名排序、无空白）计算，可与查询台账核对。',
    listDigestNote: '清单摘要按全部核查结果（按本表顺序）的规范化 JSON 计算；每行摘要按该行结果计算。',
    printedAtLine: (t) => `打印时间：${t}`,
    notGiven: '未填写',
    signature: '核查人（签字）：',
    date: '日期：',
    index: '序号',
    name: '名称',
    code: '代码',
    measures: '适用措施',
    total: '主体数量',
    count: (n) => `共 ${n} 个主体`,
    suspendedMeasure: (name) => `${name}（暂缓执行）`,
    measureSeparator: '；',
    listCaption: '各主体核查结果',
    noticeTitle: '失信惩戒措施书面告知书',
    addressee: (name, id) => `${name}（统一社会信用代码或身份证号：${id}）：`,
    noticeIntro: (scenario, queryId, asOf) =>
      `本机关在办理“${scenario}”事项时查询了公共信用信息（查询编号 ${queryId}，数据时间 ${asOf}）。根据查询结果，现将拟对你（单位）采取的失信惩戒措施及其理由、依据和救济途径告知如下。`,
    noticeCase: (c) => `案件编号：${c}`,
    noticeMeasures: '拟采取的措施',
    noticeMeasure: (n, name) => `${n}. ${name}`,
    noticeReason: '实施理由',
    noticeRecord: (r) =>
      `${r.authority}将你（单位）列入${r.listType}：${r.title}${r.document ? `（${r.document}）` : ''}，自 ${r.listedOn} 起，有效期至 ${r.validUntil}。`,
    noticeCleanReason: '符合措施清单规定的条件。',
    noticeSuspended: '下列措施因相关信用记录正在异议核实中，暂不执行：',
    noticeNone: '经查询，本事项不对你（单位）采取失信惩戒措施。',
    noticeRemedyGeneral:
      '如对上述信用记录有异议，可向认定部门提出异议申请，异议核实期间相关惩戒措施暂不执行；符合条件的，可依法申请信用修复；对本机关采取的措施不服的，可依法申请行政复议或提起行政诉讼。',
    noticeSource: '依据《青海省人民政府办公厅印发关于进一步完善失信约束制度构建诚信建设长效机制实施方案的通知》（青政办〔2021〕36号）“采取失信惩戒措施前，应当书面告知实施理由、依据和救济途径”制作。',
    noticeDepartment: '告知部门（盖章）：',
    noticeReceipt: '当事人签收：',
  },
  'zh-Hant': {
    recordTitle: '公共信用資訊查詢記錄單',
    listTitle: '公共信用資訊批量查詢記錄單',
    endpoint: '查詢介面',
    queryTime: '查詢時間',
    operator: '查詢人',
    department: '查詢部門',
    purpose: '查詢用途',
    caseNumber: '案件編號',
    outcome: '核查結果',
    digest: '結果摘要（SHA-256）',
    listDigest: '清單摘要（SHA-256）',
    digestNote: '摘要按核查結果的規範化 JSON（鍵名排序、無空白）計算，可與查詢台賬核對。',
    listDigestNote: '清單摘要按全部核查結果（按本表順序）的規範化 JSON 計算；每行摘要按該行結果計算。',
    printedAtLine: (t) => `列印時間：${t}`,
    notGiven: '未填寫',
    signature: '核查人（簽字）：',
    date: '日期：',
    index: '序號',
    name: '名稱',
    code: '代碼',
    measures: '適用措施',
    total: '主體數量',
    count: (n) => `共 ${n} 個主體`,
    suspendedMeasure: (name) => `${name}（暫緩執行）`,
    measureSeparator: '；',
    listCaption: '各主體核查結果',
    noticeTitle: '失信懲戒措施書面告知書',
    addressee: (name, id) => `${name}（統一社會信用代碼或身分證號：${id}）：`,
    noticeIntro: (scenario, queryId, asOf) =>
      `本機關在辦理「${scenario}」事項時查詢了公共信用資訊（查詢編號 ${queryId}，資料時間 ${asOf}）。根據查詢結果，現將擬對你（單位）採取的失信懲戒措施及其理由、依據和救濟途徑告知如下。`,
    noticeCase: (c) => `案件編號：${c}`,
    noticeMeasures: '擬採取的措施',
    noticeMeasure: (n, name) => `${n}. ${name}`,
    noticeReason: '實施理由',
    noticeRecord: (r) =>
      `${r.authority}將你（單位）列入${r.listType}：${r.title}${r.document ? `（${r.document}）` : ''}，自 ${r.listedOn} 起，有效期至 ${r.validUntil}。`,
    noticeCleanReason: '符合措施清單規定的條件。',
    noticeSuspended: '下列措施因相關信用記錄正在異議核實中，暫不執行：',
    noticeNone: '經查詢，本事項不對你（單位）採取失信懲戒措施。',
    noticeRemedyGeneral:
      '如對上述信用記錄有異議，可向認定部門提出異議申請，異議核實期間相關懲戒措施暫不執行；符合條件的，可依法申請信用修復；對本機關採取的措施不服的，可依法申請行政覆議或提起行政訴訟。',
    noticeSource: '依據《青海省人民政府辦公廳印發關於進一步完善失信約束制度構建誠信建設長效機制實施方案的通知》（青政辦〔2021〕36號）「採取失信懲戒措施前，應當書面告知實施理由、依據和救濟途徑」製作。',
    noticeDepartment: '告知部門（蓋章）：',
    noticeReceipt: '當事人簽收：',
  },
  en: {
    recordTitle: 'Public credit check record',
    listTitle: 'Public credit check record (list)',
    endpoint: 'Platform endpoint',
    queryTime: 'Checked at',
    operator: 'Checked by',
    department: 'Department',
    purpose: 'Purpose',
    caseNumber: 'Case number',
    outcome: 'Result',
    digest: 'Result digest (SHA-256)',
    listDigest: 'List digest (SHA-256)',
    digestNote: 'The digest is computed over the canonical JSON of the result (sorted keys, no whitespace) and can be matched to the query ledger.',
    listDigestNote: 'The list digest covers the canonical JSON of all results in the order of this table; each row digest covers that row’s result.',
    printedAtLine: (t) => `Printed at ${t}.`,
    notGiven: 'Not given',
    signature: 'Checked by (signature):',
    date: 'Date:',
    index: 'No.',
    name: 'Name',
    code: 'Code',
    measures: 'Measures',
    total: 'Subjects',
    count: (n) => `${n} subject${n === 1 ? '' : 's'} in total`,
    suspendedMeasure: (name) => `${name} (suspended)`,
    measureSeparator: '; ',
    listCaption: 'Result per subject',
    noticeTitle: 'Written notice of credit punishment measures',
    addressee: (name, id) => `To ${name} (code or ID number ${id}):`,
    noticeIntro: (scenario, queryId, asOf) =>
      `While handling the matter “${scenario}”, this authority checked the public credit information (query ID ${queryId}, data time ${asOf}). Based on the result, you are hereby notified of the credit punishment measures to be applied to you, with their reasons, legal basis and remedies.`,
    noticeCase: (c) => `Case number: ${c}`,
    noticeMeasures: 'Measures to be applied',
    noticeMeasure: (n, name) => `${n}. ${name}`,
    noticeReason: 'Reason',
    noticeRecord: (r) =>
      `${r.authority} placed you on the ${r.listType}: ${r.title}${r.document ? ` (${r.document})` : ''}, from ${r.listedOn}, valid until ${r.validUntil}.`,
    noticeCleanReason: 'The conditions set by the measures catalog are met.',
    noticeSuspended: 'The following measures are suspended while a record is under objection:',
    noticeNone: 'No credit punishment measure is applied to you in this matter.',
    noticeRemedyGeneral:
      'If you dispute a record above, you may file an objection with the deciding department; the punishment measures are suspended while it is verified. Where the conditions are met you may apply for credit repair, and you may apply for administrative reconsideration or bring an administrative lawsuit against the measures taken.',
    noticeSource: 'Issued as required by the Qinghai Provincial Government Office implementation plan on improving the credit-constraint system (青政办〔2021〕36号): before applying a credit punishment measure, the reasons, basis and remedies must be notified in writing.',
    noticeDepartment: 'Notifying department (seal):',
    noticeReceipt: 'Received by:',
  },
};
