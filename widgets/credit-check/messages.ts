/**
 * `<credit-check>`'s own sentences (shared outcome words, reasons and field labels come
 * from `widgets/locales/`). Whole sentences per locale, never glued fragments.
 */
import type { FeedbackAction } from '../../src/contract/index.js';
import type { MessageTable } from '../internal/locale.js';

export interface CheckMessages {
  /** Shown before a subject is given. */
  noSubject: string;
  /** Heading of the clerk's response to one measure. */
  feedbackHeading: string;
  /** Accessible name of the group of response buttons of a measure. */
  feedbackGroup: (measure: string) => string;
  /** Button labels. */
  action: Record<FeedbackAction, string>;
  /** Label of the reason field, per action that needs one. */
  reasonLabel: Record<'not-applied' | 'overridden', string>;
  /** Hint under the reason field. */
  reasonHint: Record<'not-applied' | 'overridden', string>;
  reasonRequired: string;
  submit: string;
  sending: string;
  cancel: string;
  /** What was answered, one sentence per action. */
  responded: Record<FeedbackAction, string>;
  /** The reason given, as a sentence. */
  respondedReason: (reason: string) => string;
  /** Delivery state of a response. */
  state: Record<'queued' | 'sent' | 'rejected', string>;
  /** A response could not be sent and will not be retried. */
  failedDetail: (error: string) => string;
  /** A response could not even be queued (e.g. no endpoint). */
  notSent: string;
  respondAgain: string;
  printRecord: string;
  printNotice: string;
  recordCommitment: string;
  /** Beside the commitment button when `<credit-commitment>` is not on the page. */
  commitmentRequested: string;
  actions: string;
}

export const CHECK_MESSAGES: MessageTable<CheckMessages> = {
  'zh-CN': {
    noSubject: '请提供要核查的主体代码（统一社会信用代码或身份证号）。',
    feedbackHeading: '执行反馈',
    feedbackGroup: (m) => `对“${m}”的执行反馈`,
    action: { applied: '已执行', 'not-applied': '未执行', overridden: '说明理由后继续办理' },
    reasonLabel: { 'not-applied': '未执行的理由', overridden: '继续办理的理由' },
    reasonHint: {
      'not-applied': '请写明未执行该措施的依据或原因，将随反馈报送信用平台。',
      overridden: '该措施为限制办理措施。继续办理须写明法定理由，将随反馈报送信用平台并记入台账。',
    },
    reasonRequired: '请填写理由：未执行或继续办理必须说明理由。',
    submit: '提交反馈',
    sending: '正在提交…',
    cancel: '取消',
    responded: {
      applied: '已反馈：已执行该措施。',
      'not-applied': '已反馈：未执行该措施。',
      overridden: '已反馈：已说明理由后继续办理。',
    },
    respondedReason: (r) => `理由：${r}`,
    state: {
      queued: '待发送：暂时无法连接信用平台，恢复后将自动发送。',
      sent: '已发送至信用平台。',
      rejected: '发送失败：信用平台拒绝了该反馈。',
    },
    failedDetail: (e) => `平台说明：${e}`,
    notSent: '反馈未能提交，请稍后重试。',
    respondAgain: '重新反馈',
    printRecord: '打印查询记录单',
    printNotice: '打印书面告知书',
    recordCommitment: '记录容缺承诺',
    commitmentRequested: '已请求记录容缺承诺。',
    actions: '操作',
  },
  'zh-Hant': {
    noSubject: '請提供要核查的主體代碼（統一社會信用代碼或身分證號）。',
    feedbackHeading: '執行回饋',
    feedbackGroup: (m) => `對「${m}」的執行回饋`,
    action: { applied: '已執行', 'not-applied': '未執行', overridden: '說明理由後繼續辦理' },
    reasonLabel: { 'not-applied': '未執行的理由', overridden: '繼續辦理的理由' },
    reasonHint: {
      'not-applied': '請寫明未執行該措施的依據或原因，將隨回饋報送信用平台。',
      overridden: '該措施為限制辦理措施。繼續辦理須寫明法定理由，將隨回饋報送信用平台並記入台賬。',
    },
    reasonRequired: '請填寫理由：未執行或繼續辦理必須說明理由。',
    submit: '提交回饋',
    sending: '正在提交…',
    cancel: '取消',
    responded: {
      applied: '已回饋：已執行該措施。',
      'not-applied': '已回饋：未執行該措施。',
      overridden: '已回饋：已說明理由後繼續辦理。',
    },
    respondedReason: (r) => `理由：${r}`,
    state: {
      queued: '待發送：暫時無法連線信用平台，恢復後將自動發送。',
      sent: '已發送至信用平台。',
      rejected: '發送失敗：信用平台拒絕了該回饋。',
    },
    failedDetail: (e) => `平台說明：${e}`,
    notSent: '回饋未能提交，請稍後重試。',
    respondAgain: '重新回饋',
    printRecord: '列印查詢記錄單',
    printNotice: '列印書面告知書',
    recordCommitment: '記錄容缺承諾',
    commitmentRequested: '已請求記錄容缺承諾。',
    actions: '操作',
  },
  en: {
    noSubject: 'Give the code of the subject to check (USCC or ID number).',
    feedbackHeading: 'Your response',
    feedbackGroup: (m) => `Response to “${m}”`,
    action: { applied: 'Applied', 'not-applied': 'Not applied', overridden: 'Proceed with a reason' },
    reasonLabel: { 'not-applied': 'Why it was not applied', overridden: 'Why you proceed anyway' },
    reasonHint: {
      'not-applied': 'State the grounds for not applying this measure; it is reported to the credit platform.',
      overridden: 'This measure blocks the matter. Proceeding needs a lawful reason; it is reported to the credit platform and recorded in the ledger.',
    },
    reasonRequired: 'Enter a reason: not applying a measure or proceeding anyway needs one.',
    submit: 'Send response',
    sending: 'Sending…',
    cancel: 'Cancel',
    responded: {
      applied: 'Responded: the measure was applied.',
      'not-applied': 'Responded: the measure was not applied.',
      overridden: 'Responded: proceeded with a stated reason.',
    },
    respondedReason: (r) => `Reason: ${r}`,
    state: {
      queued: 'Waiting to send: the credit platform cannot be reached; it will be sent automatically.',
      sent: 'Sent to the credit platform.',
      rejected: 'Not sent: the credit platform refused this response.',
    },
    failedDetail: (e) => `The platform said: ${e}`,
    notSent: 'The response could not be submitted; please try again.',
    respondAgain: 'Respond again',
    printRecord: 'Print check record',
    printNotice: 'Print written notice',
    recordCommitment: 'Record a commitment',
    commitmentRequested: 'A commitment was requested.',
    actions: 'Actions',
  },
};
