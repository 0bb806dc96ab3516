/**
 * The words of `<credit-flag>` that are its own (outcome words, reasons and field labels
 * are shared: `widgets/locales/`). Whole sentences per locale, never glued pieces.
 */
import type { MessageTable } from '../internal/locale.js';

export interface FlagMessages {
  /** The badge's accessible name: the outcome word in a sentence that says what the flag is. */
  badge: (word: string) => string;
  /** The badge's accessible name while the check runs. */
  badgeLoading: string;
  /** The badge's accessible name when there is no subject to check (`word`: the visible word). */
  badgeIdle: (word: string) => string;
  /** Heading of the details popover when the platform gave no name. */
  detailsTitle: string;
  /** Shown in the popover while the check runs. */
  loadingDetails: string;
  /** Shown in the popover when the element has no `subject`. */
  noSubject: string;
  /** A measure's basis, e.g. "依据：《…》第十条". */
  basis: (citation: string) => string;
  /** The data time line. */
  asOf: (time: string) => string;
  /** Added to the badge's name when the code is suspect or the name differs from the registered one. */
  verify: string;
  /** The badge's word once a manual verification is recorded for an `unknown` decision (rules §12): never a green word. */
  manualVerified: string;
}

export const FLAG_MESSAGES: MessageTable<FlagMessages> = {
  'zh-CN': {
    badge: (word) => `信用核查结果：${word}`,
    badgeLoading: '正在核查信用…',
    badgeIdle: (word) => `信用核查：${word}（未提供主体代码）`,
    detailsTitle: '信用核查详情',
    loadingDetails: '正在核查信用，请稍候。',
    noSubject: '未提供主体代码，未发起核查。',
    basis: (c) => `依据：${c}`,
    asOf: (t) => `数据时间：${t}`,
    verify: '需核对：代码校验位不符或名称与登记名称不符',
    manualVerified: '人工核查',
  },
  'zh-Hant': {
    badge: (word) => `信用核查結果：${word}`,
    badgeLoading: '正在核查信用…',
    badgeIdle: (word) => `信用核查：${word}（未提供主體代碼）`,
    detailsTitle: '信用核查詳情',
    loadingDetails: '正在核查信用，請稍候。',
    noSubject: '未提供主體代碼，未發起核查。',
    basis: (c) => `依據：${c}`,
    asOf: (t) => `資料時間：${t}`,
    verify: '需核對：代碼校驗位不符或名稱與登記名稱不符',
    manualVerified: '人工核查',
  },
  en: {
    badge: (word) => `Credit check: ${word}`,
    badgeLoading: 'Checking credit…',
    badgeIdle: (word) => `Credit check: ${word} (no subject code given)`,
    detailsTitle: 'Credit check details',
    loadingDetails: 'Checking credit, please wait.',
    noSubject: 'No subject code was given, so nothing was checked.',
    basis: (c) => `Basis: ${c}`,
    asOf: (t) => `Data as of ${t}`,
    verify: 'Verify: the code’s check character or the registered name does not match',
    manualVerified: 'Manual verification',
  },
};
