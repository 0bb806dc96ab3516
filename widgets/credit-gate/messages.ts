/**
 * The words of `<credit-gate>` that are its own. Whole sentences per locale.
 */
import type { MessageTable } from '../internal/locale.js';

export interface GateMessages {
  /** Heading of the list of measures that block the decision. */
  blockingMeasures: string;
  /** Shown while the check runs: the controls wait for it. */
  waiting: string;
  /** Shown when there is no subject to check. */
  noSubject: string;
  /** The button that opens the override form. */
  override: string;
  /** Label of the reason field. */
  reasonLabel: string;
  /** Hint below the reason field. */
  reasonHint: string;
  /** The reason field was left empty. */
  reasonRequired: string;
  confirm: string;
  cancel: string;
  /** While the override feedback is being sent. */
  sending: string;
  /** The override was recorded; the controls are enabled. */
  overridden: string;
  /** Sending the override failed for good. */
  overrideFailed: string;
  /** `require-response`: responses given so far. */
  responsesPending: (done: string, total: string) => string;
}

export const GATE_MESSAGES: MessageTable<GateMessages> = {
  'zh-CN': {
    blockingMeasures: '限制办理的措施：',
    waiting: '正在核查信用，核查完成前不能办理。',
    noSubject: '未提供主体代码，未发起核查，暂不能办理。',
    override: '依法说明理由后继续办理',
    reasonLabel: '继续办理的理由（必填）',
    reasonHint: '请写明法律依据或特殊情形，理由将随执行反馈报送信用平台。',
    reasonRequired: '请填写继续办理的理由。',
    confirm: '确认继续办理',
    cancel: '取消',
    sending: '正在报送执行反馈…',
    overridden: '已说明理由并报送执行反馈，可以继续办理。',
    overrideFailed: '执行反馈未被信用平台接受，不能继续办理，请联系管理员。',
    responsesPending: (done, total) => `请先对每项适用措施作出执行反馈（已反馈 ${done} 项，共 ${total} 项）。`,
  },
  'zh-Hant': {
    blockingMeasures: '限制辦理的措施：',
    waiting: '正在核查信用，核查完成前不能辦理。',
    noSubject: '未提供主體代碼，未發起核查，暫不能辦理。',
    override: '依法說明理由後繼續辦理',
    reasonLabel: '繼續辦理的理由（必填）',
    reasonHint: '請寫明法律依據或特殊情形，理由將隨執行回饋報送信用平台。',
    reasonRequired: '請填寫繼續辦理的理由。',
    confirm: '確認繼續辦理',
    cancel: '取消',
    sending: '正在報送執行回饋…',
    overridden: '已說明理由並報送執行回饋，可以繼續辦理。',
    overrideFailed: '執行回饋未被信用平台接受，不能繼續辦理，請聯絡管理員。',
    responsesPending: (done, total) => `請先對每項適用措施作出執行回饋（已回饋 ${done} 項，共 ${total} 項）。`,
  },
  en: {
    blockingMeasures: 'Measures that block this decision:',
    waiting: 'Checking credit: the decision waits for the result.',
    noSubject: 'No subject code was given, so nothing was checked and the decision is blocked.',
    override: 'Proceed with a lawful reason',
    reasonLabel: 'Reason for proceeding (required)',
    reasonHint: 'State the legal basis or the special circumstances; the reason is reported to the credit platform with the feedback.',
    reasonRequired: 'Enter the reason for proceeding.',
    confirm: 'Confirm and proceed',
    cancel: 'Cancel',
    sending: 'Reporting the feedback…',
    overridden: 'The reason was recorded and reported: you may proceed.',
    overrideFailed: 'The credit platform did not accept the feedback, so the decision stays blocked. Contact your administrator.',
    responsesPending: (done, total) => `Respond to every applied measure first (${done} of ${total} answered).`,
  },
};
