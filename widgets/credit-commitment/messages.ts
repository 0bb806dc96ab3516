/**
 * Every visible string of `<credit-commitment>`, as whole sentences per locale.
 * Dates arrive already formatted for the locale (`formatDate`).
 */
import type { MessageTable } from '../internal/locale.js';

export interface CommitmentMessages {
  heading: string;
  intro: string;
  subject: (id: string) => string;
  caseNumber: (n: string) => string;
  /** The element is not set up: what the page author must add. */
  setup: { noEndpoint: string; noSubject: string; badSubject: string; noCase: string };
  form: {
    legend: string;
    items: string;
    itemLabel: (n: number) => string;
    itemPlaceholder: string;
    addItem: string;
    remove: string;
    removeItem: (n: number) => string;
    dueOn: string;
    dueOnHint: (today: string) => string;
    statement: string;
    statementHint: string;
    resetStatement: string;
    signatory: string;
    signatoryHint: string;
    submit: string;
    submitting: string;
  };
  /** The default commitment statement, regenerated while the clerk has not edited it. */
  defaultStatement: (items: string[], dueOn: string) => string;
  /** Items joined for a sentence (、 in Chinese). */
  joinItems: (items: string[]) => string;
  invalid: {
    summary: (n: number) => string;
    items: string;
    dueOnEmpty: string;
    dueOnBad: string;
    dueOnPast: (today: string) => string;
    statement: string;
    signatory: string;
  };
  submitted: {
    sent: string;
    queued: string;
    failed: (detail: string) => string;
  };
  list: {
    heading: string;
    caption: string;
    loading: string;
    empty: string;
    retry: string;
    items: string;
    dueOn: string;
    daysLeft: string;
    status: string;
    actions: string;
    signatory: string;
  };
  days: {
    left: (n: number) => string;
    dueToday: string;
    overdue: (n: number) => string;
    closed: string;
  };
  status: { pending: string; fulfilled: string; breached: string; queued: string; sent: string; failed: string };
  /** A queued change of a commitment: "待发送：履行完毕". */
  queuedChange: (action: string) => string;
  discard: string;
  discardLabel: (items: string) => string;
  discarded: string;
  actions: {
    fulfilled: string;
    breached: string;
    fulfilledLabel: (items: string) => string;
    breachedLabel: (items: string) => string;
    updating: string;
  };
  confirm: {
    title: string;
    body: (items: string, dueOn: string) => string;
    consequence: string;
    confirm: string;
    cancel: string;
  };
  updated: { fulfilled: string; breached: string; queued: string; failed: (detail: string) => string };
}

const zhCN: CommitmentMessages = {
  heading: '信用承诺（容缺受理）',
  intro: '申请人缺少非必要材料时，可书面承诺在期限内补齐，先行受理。',
  subject: (id) => `承诺主体：${id}`,
  caseNumber: (n) => `案件编号：${n}`,
  setup: {
    noEndpoint: '未配置信用平台地址：请调用 configure({ endpoint }) 或为本组件设置 endpoint。',
    noSubject: '未指定承诺主体：请在页面上为本组件设置 subject（统一社会信用代码或身份证号）。',
    badSubject: '承诺主体的代码格式不正确，无法登记承诺。请核对 subject 的值。',
    noCase: '未指定案件编号：请为本组件设置 case-number 后再登记承诺。',
  },
  form: {
    legend: '登记信用承诺',
    items: '缺失材料',
    itemLabel: (n) => `缺失材料第 ${n} 项`,
    itemPlaceholder: '例如：消防安全检查合格证明',
    addItem: '添加一项材料',
    remove: '删除',
    removeItem: (n) => `删除第 ${n} 项材料`,
    dueOn: '补齐期限',
    dueOnHint: (today) => `须晚于今天（${today}），默认 30 天后。`,
    statement: '承诺内容',
    statementHint: '已按缺失材料和期限生成，可修改。',
    resetStatement: '恢复默认承诺内容',
    signatory: '承诺人（签署人）',
    signatoryHint: '法定代表人或经授权的签署人姓名。',
    submit: '提交承诺',
    submitting: '正在提交…',
  },
  defaultStatement: (items, dueOn) =>
    `本主体承诺：在 ${dueOn} 前补齐以下材料：${items.length ? items.join('、') : '（待填写）'}。` +
    '如未按期补齐，愿意承担相应法律责任，并同意将未履行承诺的情况记入信用记录。',
  joinItems: (items) => items.join('、'),
  invalid: {
    summary: (n) => `有 ${n} 处需要更正，承诺尚未提交。`,
    items: '请至少填写一项缺失材料。',
    dueOnEmpty: '请选择补齐期限。',
    dueOnBad: '补齐期限不是有效日期，请重新选择。',
    dueOnPast: (today) => `补齐期限须晚于今天（${today}）。`,
    statement: '请填写承诺内容，或点击“恢复默认承诺内容”。',
    signatory: '请填写承诺人姓名。',
  },
  submitted: {
    sent: '承诺已提交（已提交）。',
    queued: '暂时无法连接信用平台：承诺已保存在本机（待发送），网络恢复后自动发送，请勿重复提交。',
    failed: (detail) => `信用平台拒绝了该承诺，请核对后重新填写。${detail}`,
  },
  list: {
    heading: '本案的信用承诺',
    caption: '本案的信用承诺及履行情况',
    loading: '正在加载本案的信用承诺…',
    empty: '本案暂无信用承诺。需要容缺受理时，请填写上方表单提交。',
    retry: '重新加载',
    items: '缺失材料',
    dueOn: '补齐期限',
    daysLeft: '剩余天数',
    status: '状态',
    actions: '操作',
    signatory: '承诺人',
  },
  days: {
    left: (n) => `剩余 ${n} 天`,
    dueToday: '今天到期',
    overdue: (n) => `已逾期 ${n} 天`,
    closed: '—',
  },
  status: { pending: '待履行', fulfilled: '已履行', breached: '未履行', queued: '待发送', sent: '已提交', failed: '发送失败' },
  queuedChange: (action) => `待发送：${action}`,
  discard: '放弃',
  discardLabel: (items) => `放弃未发送的承诺：${items}`,
  discarded: '已放弃该条未发送的记录。',
  actions: {
    fulfilled: '履行完毕',
    breached: '未履行',
    fulfilledLabel: (items) => `标记为履行完毕：${items}`,
    breachedLabel: (items) => `标记为未履行：${items}`,
    updating: '正在更新…',
  },
  confirm: {
    title: '确认承诺未履行？',
    body: (items, dueOn) => `承诺在 ${dueOn} 前补齐：${items}。`,
    consequence: '将在信用平台形成一条“信用承诺未履行”记录，可能影响该主体今后的办理。此操作不能在本组件中撤销。',
    confirm: '确认未履行',
    cancel: '取消',
  },
  updated: {
    fulfilled: '已标记为履行完毕。',
    breached: '已标记为未履行，信用平台将形成“信用承诺未履行”记录。',
    queued: '暂时无法连接信用平台：操作已保存在本机（待发送），网络恢复后自动发送。',
    failed: (detail) => `信用平台拒绝了该操作。${detail}`,
  },
};

const zhHant: CommitmentMessages = {
  heading: '信用承諾（容缺受理）',
  intro: '申請人缺少非必要材料時，可書面承諾在期限內補齊，先行受理。',
  subject: (id) => `承諾主體：${id}`,
  caseNumber: (n) => `案件編號：${n}`,
  setup: {
    noEndpoint: '未設定信用平台位址：請呼叫 configure({ endpoint }) 或為本元件設定 endpoint。',
    noSubject: '未指定承諾主體：請在頁面上為本元件設定 subject（統一社會信用代碼或身分證號）。',
    badSubject: '承諾主體的代碼格式不正確，無法登記承諾。請核對 subject 的值。',
    noCase: '未指定案件編號：請為本元件設定 case-number 後再登記承諾。',
  },
  form: {
    legend: '登記信用承諾',
    items: '缺失材料',
    itemLabel: (n) => `缺失材料第 ${n} 項`,
    itemPlaceholder: '例如：消防安全檢查合格證明',
    addItem: '新增一項材料',
    remove: '刪除',
    removeItem: (n) => `刪除第 ${n} 項材料`,
    dueOn: '補齊期限',
    dueOnHint: (today) => `須晚於今天（${today}），預設 30 天後。`,
    statement: '承諾內容',
    statementHint: '已依缺失材料和期限產生，可修改。',
    resetStatement: '恢復預設承諾內容',
    signatory: '承諾人（簽署人）',
    signatoryHint: '法定代表人或經授權的簽署人姓名。',
    submit: '提交承諾',
    submitting: '正在提交…',
  },
  defaultStatement: (items, dueOn) =>
    `本主體承諾：在 ${dueOn} 前補齊以下材料：${items.length ? items.join('、') : '（待填寫）'}。` +
    '如未按期補齊，願意承擔相應法律責任，並同意將未履行承諾的情況記入信用記錄。',
  joinItems: (items) => items.join('、'),
  invalid: {
    summary: (n) => `有 ${n} 處需要更正，承諾尚未提交。`,
    items: '請至少填寫一項缺失材料。',
    dueOnEmpty: '請選擇補齊期限。',
    dueOnBad: '補齊期限不是有效日期，請重新選擇。',
    dueOnPast: (today) => `補齊期限須晚於今天（${today}）。`,
    statement: '請填寫承諾內容，或點選「恢復預設承諾內容」。',
    signatory: '請填寫承諾人姓名。',
  },
  submitted: {
    sent: '承諾已提交（已提交）。',
    queued: '暫時無法連線信用平台：承諾已儲存在本機（待傳送），網路恢復後自動傳送，請勿重複提交。',
    failed: (detail) => `信用平台拒絕了此承諾，請核對後重新填寫。${detail}`,
  },
  list: {
    heading: '本案的信用承諾',
    caption: '本案的信用承諾及履行情況',
    loading: '正在載入本案的信用承諾…',
    empty: '本案尚無信用承諾。需要容缺受理時，請填寫上方表單提交。',
    retry: '重新載入',
    items: '缺失材料',
    dueOn: '補齊期限',
    daysLeft: '剩餘天數',
    status: '狀態',
    actions: '操作',
    signatory: '承諾人',
  },
  days: {
    left: (n) => `剩餘 ${n} 天`,
    dueToday: '今天到期',
    overdue: (n) => `已逾期 ${n} 天`,
    closed: '—',
  },
  status: { pending: '待履行', fulfilled: '已履行', breached: '未履行', queued: '待傳送', sent: '已提交', failed: '傳送失敗' },
  queuedChange: (action) => `待傳送：${action}`,
  discard: '放棄',
  discardLabel: (items) => `放棄未傳送的承諾：${items}`,
  discarded: '已放棄該筆未傳送的記錄。',
  actions: {
    fulfilled: '履行完畢',
    breached: '未履行',
    fulfilledLabel: (items) => `標記為履行完畢：${items}`,
    breachedLabel: (items) => `標記為未履行：${items}`,
    updating: '正在更新…',
  },
  confirm: {
    title: '確認承諾未履行？',
    body: (items, dueOn) => `承諾在 ${dueOn} 前補齊：${items}。`,
    consequence: '將在信用平台形成一筆「信用承諾未履行」記錄，可能影響該主體日後的辦理。此操作無法在本元件中撤銷。',
    confirm: '確認未履行',
    cancel: '取消',
  },
  updated: {
    fulfilled: '已標記為履行完畢。',
    breached: '已標記為未履行，信用平台將形成「信用承諾未履行」記錄。',
    queued: '暫時無法連線信用平台：操作已儲存在本機（待傳送），網路恢復後自動傳送。',
    failed: (detail) => `信用平台拒絕了此操作。${detail}`,
  },
};

const en: CommitmentMessages = {
  heading: 'Credit commitment (acceptance with materials pending)',
  intro: 'When non-essential materials are missing, the applicant may commit in writing to supply them by a due date and the application is accepted now.',
  subject: (id) => `Committing subject: ${id}`,
  caseNumber: (n) => `Case number: ${n}`,
  setup: {
    noEndpoint: 'No credit platform is configured: call configure({ endpoint }) or give this element an endpoint attribute.',
    noSubject: 'No subject is set: give this element a subject attribute (a unified social credit code or an ID number).',
    badSubject: 'The subject code is not valid, so no commitment can be recorded. Check the subject attribute.',
    noCase: 'No case number is set: give this element a case-number attribute before recording a commitment.',
  },
  form: {
    legend: 'Record a credit commitment',
    items: 'Missing materials',
    itemLabel: (n) => `Missing material ${n}`,
    itemPlaceholder: 'e.g. Fire safety inspection certificate',
    addItem: 'Add a material',
    remove: 'Remove',
    removeItem: (n) => `Remove material ${n}`,
    dueOn: 'Due date',
    dueOnHint: (today) => `Must be after today (${today}); 30 days from today by default.`,
    statement: 'Statement',
    statementHint: 'Written from the materials and the due date; you may edit it.',
    resetStatement: 'Restore the default statement',
    signatory: 'Signatory',
    signatoryHint: 'The legal representative or an authorised signatory.',
    submit: 'Submit commitment',
    submitting: 'Submitting…',
  },
  defaultStatement: (items, dueOn) =>
    `The subject commits to supply the following materials by ${dueOn}: ${items.length ? items.join('; ') : '(to be filled in)'}. ` +
    'If they are not supplied in time, the subject accepts the legal consequences and agrees that the unfulfilled commitment is entered in its credit record.',
  joinItems: (items) => items.join('; '),
  invalid: {
    summary: (n) => (n === 1 ? '1 field needs correcting; the commitment has not been submitted.' : `${n} fields need correcting; the commitment has not been submitted.`),
    items: 'Enter at least one missing material.',
    dueOnEmpty: 'Choose a due date.',
    dueOnBad: 'The due date is not a valid date; choose it again.',
    dueOnPast: (today) => `The due date must be after today (${today}).`,
    statement: 'Enter the statement, or use “Restore the default statement”.',
    signatory: 'Enter the signatory’s name.',
  },
  submitted: {
    sent: 'The commitment has been submitted (sent).',
    queued: 'The credit platform cannot be reached: the commitment is saved on this computer (queued) and will be sent automatically when the connection returns. Do not submit it again.',
    failed: (detail) => `The credit platform refused the commitment; check it and fill it in again. ${detail}`,
  },
  list: {
    heading: 'Commitments in this case',
    caption: 'Commitments in this case and whether they were kept',
    loading: 'Loading the commitments of this case…',
    empty: 'No commitments in this case yet. To accept the application with materials pending, fill in the form above.',
    retry: 'Load again',
    items: 'Missing materials',
    dueOn: 'Due date',
    daysLeft: 'Days left',
    status: 'Status',
    actions: 'Actions',
    signatory: 'Signatory',
  },
  days: {
    left: (n) => (n === 1 ? '1 day left' : `${n} days left`),
    dueToday: 'Due today',
    overdue: (n) => (n === 1 ? 'Overdue by 1 day' : `Overdue by ${n} days`),
    closed: '—',
  },
  status: { pending: 'Pending', fulfilled: 'Fulfilled', breached: 'Breached', queued: 'Queued', sent: 'Sent', failed: 'Not sent' },
  queuedChange: (action) => `Queued: ${action}`,
  discard: 'Discard',
  discardLabel: (items) => `Discard the unsent commitment: ${items}`,
  discarded: 'The unsent entry has been discarded.',
  actions: {
    fulfilled: 'Fulfilled',
    breached: 'Breached',
    fulfilledLabel: (items) => `Mark as fulfilled: ${items}`,
    breachedLabel: (items) => `Mark as breached: ${items}`,
    updating: 'Updating…',
  },
  confirm: {
    title: 'Mark this commitment as breached?',
    body: (items, dueOn) => `The subject committed to supply by ${dueOn}: ${items}.`,
    consequence:
      'This creates a “commitment breach” record at the credit platform, which may affect this subject’s future applications. It cannot be undone here.',
    confirm: 'Confirm breach',
    cancel: 'Cancel',
  },
  updated: {
    fulfilled: 'Marked as fulfilled.',
    breached: 'Marked as breached; the credit platform will record a commitment breach.',
    queued: 'The credit platform cannot be reached: the change is saved on this computer (queued) and will be sent when the connection returns.',
    failed: (detail) => `The credit platform refused the change. ${detail}`,
  },
};

export const COMMITMENT_MESSAGES: MessageTable<CommitmentMessages> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };
