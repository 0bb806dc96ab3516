/** The words of the manual verification form (人工核查, rules §12), whole sentences per locale. */
import type { MessageTable } from './locale.js';
import type { VerificationFinding, VerificationSource } from '../../src/contract/index.js';

export interface ManualVerificationMessages {
  /** The form's title; also the word a verified-by-hand decision shows (never clear). */
  title: string;
  intro: string;
  open: string;
  sourceLabel: string;
  source: Record<VerificationSource, string>;
  referenceLabel: string;
  referenceHint: string;
  checkedOnLabel: string;
  findingLabel: string;
  finding: Record<VerificationFinding, string>;
  noteLabel: string;
  noteHint: string;
  submit: string;
  sending: string;
  cancel: string;
  /** Field errors. */
  referenceRequired: string;
  checkedOnInvalid: string;
  checkedOnFuture: (today: string) => string;
  noteRequired: string;
  findingRequired: string;
  /** Not an error: the date checked is more than 30 days old. */
  checkedOnOld: (days: number) => string;
  /** The form was not sent (a bug, a refused write): what to do. */
  failed: (why: string) => string;
  noEndpoint: string;
  /** After recording. */
  recorded: (finding: string, source: string, checkedOn: string) => string;
  state: { queued: string; sent: string; rejected: string };
  /** The outcome stays unknown: said beside the verification. */
  staysUnknown: string;
  /** A gate's reason to proceed although records were found (asked as an override's reason is; sent in the note). */
  reasonLabel: string;
  reasonHint: string;
  reasonRequired: string;
  /** The reason's line in the note sent to the platform. */
  reasonLine: (reason: string) => string;
}

export const MANUAL_VERIFICATION_MESSAGES: MessageTable<ManualVerificationMessages> = {
  'zh-CN': {
    title: '人工核查',
    intro: '信用平台未能给出结论。可以通过“信用中国”网站、申请人提供的信用报告或本省平台查询页核查，并在此记录结果。',
    open: '记录人工核查',
    sourceLabel: '核查来源',
    source: { 'credit-china': '“信用中国”网站', 'credit-report': '申请人提供的信用报告', 'provincial-platform': '本省信用平台查询页', other: '其他' },
    referenceLabel: '报告编号或查询编号',
    referenceHint: '信用报告须填写报告编号。',
    checkedOnLabel: '核查日期',
    findingLabel: '核查结果',
    finding: { 'no-records': '未发现失信记录', 'records-found': '发现失信记录' },
    noteLabel: '说明',
    noteHint: '发现记录时须写明发现了什么、采取了哪些措施。',
    submit: '记录核查结果',
    sending: '正在记录…',
    cancel: '取消',
    referenceRequired: '信用报告须填写报告编号。',
    checkedOnInvalid: '请填写核查日期（年-月-日）。',
    checkedOnFuture: (today) => `核查日期不能晚于今天（${today}）。`,
    noteRequired: '发现失信记录时须填写说明：发现了什么、采取了哪些措施。',
    findingRequired: '请选择核查结果。',
    checkedOnOld: (days) => `核查日期已是 ${days} 天前，超过 30 天：请确认结果仍然有效，必要时重新核查。`,
    failed: (why) => `核查结果未能记录：${why}。填写的内容已保留，请修改后重试。`,
    noEndpoint: '未配置信用平台接口地址，核查结果无法报送。',
    recorded: (finding, source, checkedOn) => `已记录人工核查：${finding}（${source}，${checkedOn}）。`,
    state: { queued: '已保存，联网后自动报送信用平台。', sent: '已报送信用平台。', rejected: '信用平台拒收了这条核查记录。' },
    staysUnknown: '系统核查结果仍为“未核查”，附人工核查记录。',
    reasonLabel: '发现失信记录仍继续办理的理由（必填）',
    reasonHint: '请写明法律依据或特殊情形；随核查记录一并报送信用平台。',
    reasonRequired: '请填写继续办理的理由。',
    reasonLine: (reason) => `继续办理理由：${reason}`,
  },
  'zh-Hant': {
    title: '人工核查',
    intro: '信用平台未能給出結論。可以透過「信用中國」網站、申請人提供的信用報告或本省平台查詢頁核查，並在此記錄結果。',
    open: '記錄人工核查',
    sourceLabel: '核查來源',
    source: { 'credit-china': '「信用中國」網站', 'credit-report': '申請人提供的信用報告', 'provincial-platform': '本省信用平台查詢頁', other: '其他' },
    referenceLabel: '報告編號或查詢編號',
    referenceHint: '信用報告須填寫報告編號。',
    checkedOnLabel: '核查日期',
    findingLabel: '核查結果',
    finding: { 'no-records': '未發現失信記錄', 'records-found': '發現失信記錄' },
    noteLabel: '說明',
    noteHint: '發現記錄時須寫明發現了什麼、採取了哪些措施。',
    submit: '記錄核查結果',
    sending: '正在記錄…',
    cancel: '取消',
    referenceRequired: '信用報告須填寫報告編號。',
    checkedOnInvalid: '請填寫核查日期（年-月-日）。',
    checkedOnFuture: (today) => `核查日期不能晚於今天（${today}）。`,
    noteRequired: '發現失信記錄時須填寫說明：發現了什麼、採取了哪些措施。',
    findingRequired: '請選擇核查結果。',
    checkedOnOld: (days) => `核查日期已是 ${days} 天前，超過 30 天：請確認結果仍然有效，必要時重新核查。`,
    failed: (why) => `核查結果未能記錄：${why}。填寫的內容已保留，請修改後重試。`,
    noEndpoint: '未設定信用平台介面位址，核查結果無法報送。',
    recorded: (finding, source, checkedOn) => `已記錄人工核查：${finding}（${source}，${checkedOn}）。`,
    state: { queued: '已儲存，連線後自動報送信用平台。', sent: '已報送信用平台。', rejected: '信用平台拒收了這筆核查記錄。' },
    staysUnknown: '系統核查結果仍為「未核查」，附人工核查記錄。',
    reasonLabel: '發現失信記錄仍繼續辦理的理由（必填）',
    reasonHint: '請寫明法律依據或特殊情形；隨核查記錄一併報送信用平台。',
    reasonRequired: '請填寫繼續辦理的理由。',
    reasonLine: (reason) => `繼續辦理理由：${reason}`,
  },
  en: {
    title: 'Manual verification',
    intro: "The credit platform gave no answer. Check by hand — the Credit China website, the applicant's credit report or the province's query page — and record the result here.",
    open: 'Record a manual verification',
    sourceLabel: 'Source',
    source: { 'credit-china': 'Credit China website', 'credit-report': "Applicant's credit report", 'provincial-platform': "Province's platform query page", other: 'Other' },
    referenceLabel: 'Report or query number',
    referenceHint: 'Required for a credit report: its report number.',
    checkedOnLabel: 'Date checked',
    findingLabel: 'Finding',
    finding: { 'no-records': 'No adverse records', 'records-found': 'Adverse records found' },
    noteLabel: 'Note',
    noteHint: 'When records were found: what was found and which measures you applied.',
    submit: 'Record the verification',
    sending: 'Recording…',
    cancel: 'Cancel',
    referenceRequired: 'A credit report needs its report number.',
    checkedOnInvalid: 'Give the date checked (year-month-day).',
    checkedOnFuture: (today) => `The date checked cannot be after today (${today}).`,
    noteRequired: 'When records were found, say what was found and which measures you applied.',
    findingRequired: 'Choose the finding.',
    checkedOnOld: (days) => `The check was ${days} days ago, more than 30: make sure it still holds, and check again if in doubt.`,
    failed: (why) => `The verification was not recorded: ${why}. What you typed is kept; correct it and try again.`,
    noEndpoint: 'No credit platform endpoint is configured, so the verification cannot be reported.',
    recorded: (finding, source, checkedOn) => `Manual verification recorded: ${finding} (${source}, ${checkedOn}).`,
    state: { queued: 'Saved; it will be sent to the credit platform when the connection is back.', sent: 'Sent to the credit platform.', rejected: 'The credit platform refused this verification.' },
    staysUnknown: 'The system check stays unchecked, with the manual verification attached.',
    reasonLabel: 'Reason to proceed although records were found (required)',
    reasonHint: 'State the legal basis or the special circumstances; it is sent to the credit platform with the verification.',
    reasonRequired: 'Give the reason to proceed.',
    reasonLine: (reason) => `Reason to proceed: ${reason}`,
  },
};
