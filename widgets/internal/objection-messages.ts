/** The words of the objection form (异议, rules §13), whole sentences per locale. */
import type { MessageTable } from './locale.js';
import type { ObjectionRaiser } from '../../src/contract/index.js';

export interface ObjectionMessages {
  open: string;
  title: string;
  raisedByLabel: string;
  raisedBy: Record<ObjectionRaiser, string>;
  contactLabel: string;
  contactHint: string;
  reasonLabel: string;
  reasonHint: string;
  submit: string;
  sending: string;
  cancel: string;
  contactRequired: string;
  reasonRequired: string;
  failed: (why: string) => string;
  noEndpoint: string;
  /** One objection of the record: who raised it, when it is due. */
  openObjection: (raisedBy: string, dueOn: string) => string;
  overdue: string;
  listLabel: string;
  state: { queued: string; sent: string; rejected: string };
}

export const OBJECTION_MESSAGES: MessageTable<ObjectionMessages> = {
  'zh-CN': {
    open: '提出异议',
    title: '对这条记录提出异议',
    raisedByLabel: '异议提出方',
    raisedBy: { subject: '申请人（信用主体）', department: '本部门' },
    contactLabel: '申请人联系方式',
    contactHint: '由申请人提出时必填，供信用平台核实后答复。',
    reasonLabel: '哪里有误',
    reasonHint: '请写明记录中哪些信息不实及依据。',
    submit: '提交异议',
    sending: '正在提交…',
    cancel: '取消',
    contactRequired: '由申请人提出异议时须填写联系方式。',
    reasonRequired: '请写明哪里有误。',
    failed: (why) => `异议未能提交：${why}。填写的内容已保留，请修改后重试。`,
    noEndpoint: '未配置信用平台接口地址',
    openObjection: (by, due) => `异议处理中（${by}提出），应于 ${due} 前答复。`,
    overdue: '已逾期',
    listLabel: '异议',
    state: { queued: '异议已保存，联网后自动提交。', sent: '异议已提交信用平台。', rejected: '信用平台拒收了这条异议。' },
  },
  'zh-Hant': {
    open: '提出異議',
    title: '對這筆記錄提出異議',
    raisedByLabel: '異議提出方',
    raisedBy: { subject: '申請人（信用主體）', department: '本部門' },
    contactLabel: '申請人聯絡方式',
    contactHint: '由申請人提出時必填，供信用平台核實後答覆。',
    reasonLabel: '哪裡有誤',
    reasonHint: '請寫明記錄中哪些資訊不實及依據。',
    submit: '提交異議',
    sending: '正在提交…',
    cancel: '取消',
    contactRequired: '由申請人提出異議時須填寫聯絡方式。',
    reasonRequired: '請寫明哪裡有誤。',
    failed: (why) => `異議未能提交：${why}。填寫的內容已保留，請修改後重試。`,
    noEndpoint: '未設定信用平台介面位址',
    openObjection: (by, due) => `異議處理中（${by}提出），應於 ${due} 前答覆。`,
    overdue: '已逾期',
    listLabel: '異議',
    state: { queued: '異議已儲存，連線後自動提交。', sent: '異議已提交信用平台。', rejected: '信用平台拒收了這筆異議。' },
  },
  en: {
    open: 'Object to this record',
    title: 'Object to this record',
    raisedByLabel: 'Raised by',
    raisedBy: { subject: 'The applicant (the subject)', department: 'This department' },
    contactLabel: "Applicant's contact",
    contactHint: 'Required when the applicant raises it: the platform answers there.',
    reasonLabel: 'What is wrong',
    reasonHint: 'Say which facts of the record are wrong, and why.',
    submit: 'File the objection',
    sending: 'Filing…',
    cancel: 'Cancel',
    contactRequired: 'An objection raised by the applicant needs a contact.',
    reasonRequired: 'Say what is wrong.',
    failed: (why) => `The objection was not filed: ${why}. What you typed is kept; correct it and try again.`,
    noEndpoint: 'no credit platform endpoint is configured',
    openObjection: (by, due) => `Objection pending (raised by ${by.toLowerCase()}), to be answered by ${due}.`,
    overdue: 'Overdue',
    listLabel: 'Objections',
    state: { queued: 'Saved; it will be filed when the connection is back.', sent: 'Filed with the credit platform.', rejected: 'The credit platform refused this objection.' },
  },
};
