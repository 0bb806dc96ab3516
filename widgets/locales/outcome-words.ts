/**
 * The few words the always-visible parts of the checking elements need (the flag's badge,
 * the rendering fallback, the `credit-error` message): the outcome words, the loading word,
 * why a check is `unknown`, "verify manually" and "retry". Kept apart from the full shared
 * tables so that a page with only `<credit-flag>` does not load every word up front; the
 * shared tables (`./zh-CN.ts`, …) reuse these, so each text lives in one place.
 */
import type { Outcome, UnknownReason } from '../../src/contract/index.js';
import type { Locale } from '../internal/locale.js';

export interface OutcomeWords {
  /** Short outcome words (flags, badges, table cells). */
  outcome: Record<Outcome, string>;
  /** Shown while a check runs. */
  loading: string;
  /** Why a check is `unknown`, in words that say what to do. */
  reason: Record<UnknownReason, string>;
  verifyManually: string;
  /** The retry button of `unknown`. */
  retry: string;
}

export const OUTCOME_WORDS: Record<Locale, OutcomeWords> = {
  'zh-CN': {
    outcome: { restricted: '限制', review: '需审核', facilitated: '可激励', clear: '无记录', unknown: '未核查' },
    loading: '正在核查信用…',
    reason: {
      'invalid-subject': '主体代码格式不正确，未发起查询。',
      'purpose-required': '查询自然人信用须填写查询用途，未发起查询。',
      'authorization-required': '查询自然人信用须有查询授权（本人书面授权及授权书编号，或本部门法定职责），未发起查询。',
      'not-found': '平台无此主体，请核对代码。',
      network: '无法连接信用平台，请检查网络后重试。',
      timeout: '信用平台响应超时，请稍后重试。',
      http: '信用平台返回错误，请稍后重试。',
      unauthorized: '无权访问信用平台，请重新登录后重试。',
      'invalid-response': '信用平台返回的数据无法识别，结果不可用，请人工核实。',
      'incomplete-record': '信用记录缺少领域信息，无法判断是否适用惩戒措施，请人工核实。',
      'invalid-scenario': '未指定或无法识别办理事项（场景），未作判断，请设置正确的场景。',
    },
    verifyManually: '请人工核实',
    retry: '重新核查',
  },
  'zh-Hant': {
    outcome: { restricted: '限制', review: '需審核', facilitated: '可激勵', clear: '無記錄', unknown: '未核查' },
    loading: '正在核查信用…',
    reason: {
      'invalid-subject': '主體代碼格式不正確，未發起查詢。',
      'purpose-required': '查詢自然人信用須填寫查詢用途，未發起查詢。',
      'authorization-required': '查詢自然人信用須有查詢授權（本人書面授權及授權書編號，或本部門法定職責），未發起查詢。',
      'not-found': '平台無此主體，請核對代碼。',
      network: '無法連接信用平台，請檢查網路後重試。',
      timeout: '信用平台回應逾時，請稍後重試。',
      http: '信用平台回傳錯誤，請稍後重試。',
      unauthorized: '無權存取信用平台，請重新登入後重試。',
      'invalid-response': '信用平台回傳的資料無法識別，結果不可用，請人工核實。',
      'incomplete-record': '信用記錄缺少領域資訊，無法判斷是否適用懲戒措施，請人工核實。',
      'invalid-scenario': '未指定或無法識別辦理事項（場景），未作判斷，請設定正確的場景。',
    },
    verifyManually: '請人工核實',
    retry: '重新核查',
  },
  en: {
    outcome: { restricted: 'Restricted', review: 'Review', facilitated: 'Incentive', clear: 'Clear', unknown: 'Unchecked' },
    loading: 'Checking credit…',
    reason: {
      'invalid-subject': 'The subject code is not valid; nothing was sent.',
      'purpose-required': 'Checking a natural person needs a stated purpose; nothing was sent.',
      'authorization-required': "Checking a natural person needs the query's authorisation (the person's written consent with its reference, or the department's statutory duty); nothing was sent.",
      'not-found': 'The platform has no such subject: check the code.',
      network: 'The credit platform cannot be reached: check the network and retry.',
      timeout: 'The credit platform did not answer in time: retry shortly.',
      http: 'The credit platform returned an error: retry shortly.',
      unauthorized: 'Access to the credit platform was refused: sign in again and retry.',
      'invalid-response': 'The platform sent data that cannot be read; no result is available: verify manually.',
      'incomplete-record': 'A record lacks its policy field, so whether a punishment applies cannot be decided: verify manually.',
      'invalid-scenario': 'No scenario, or one that is not known, was given; nothing was decided: set a valid scenario.',
    },
    verifyManually: 'Verify manually',
    retry: 'Check again',
  },
};

/** The outcome words in a locale. */
export function outcomeWords(locale: Locale): OutcomeWords {
  return OUTCOME_WORDS[locale];
}
