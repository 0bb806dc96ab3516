/**
 * The sentences of the subject-id module in each locale. Whole sentences per locale
 * (small templates), never fragments glued together. No template ever receives the
 * value itself, so a person's number cannot end up in a message.
 */
import type { IdLocale } from './types.js';
import { ID_LOCALES } from './types.js';

export interface IdMessages {
  empty: string;
  /** Wrong length, for input with letters: an organisation's code. */
  lengthUscc(given: number): string;
  /** Wrong length, for input of digits (and X) only: either kind of id. */
  lengthAny(given: number): string;
  /** 15 digits: perhaps an old first-generation ID number. */
  lengthOldIdcard: string;
  /** One of I O S V Z. */
  usccForbiddenLetter(position: number, char: string): string;
  /** Anything else outside the USCC alphabet (punctuation, Chinese characters …). */
  usccForeignChar(position: number, char: string): string;
  /** The one non-digit in an otherwise digit-only number, a character no USCC may contain either. */
  idcardForeignChar(position: number, char: string): string;
  usccCheck(expected: string): string;
  idcardCheck: string;
  idcardDate: string;
  /** A valid ID number that is also a valid USCC: checked as a person, and it may be a company's code. */
  maybeUscc: string;
}

const zhCN: IdMessages = {
  empty: '请输入统一社会信用代码或身份证号。',
  lengthUscc: (given) => `统一社会信用代码应为18位，当前为${given}位。`,
  lengthAny: (given) => `统一社会信用代码和身份证号都应为18位，当前为${given}位。`,
  lengthOldIdcard: '统一社会信用代码和身份证号都应为18位，当前为15位（如为旧版15位身份证号，请改用18位号码）。',
  usccForbiddenLetter: (position, char) =>
    `第${position}位字符“${char}”不允许出现在统一社会信用代码中（不使用 I、O、S、V、Z）。`,
  usccForeignChar: (position, char) =>
    `第${position}位字符“${char}”不允许出现在统一社会信用代码中（只能使用数字和除 I、O、S、V、Z 以外的大写字母）。`,
  idcardForeignChar: (position, char) =>
    `第${position}位字符“${char}”无效：身份证号只能由数字组成（最后一位可为X），统一社会信用代码中也不允许出现该字符。`,
  usccCheck: (expected) => `校验位不符（应为“${expected}”），可能是录入错误；少数早期试点代码也会如此，请核对。`,
  idcardCheck: '身份证号校验位不符，请核对。',
  idcardDate: '身份证号第7–14位出生日期不是真实日期或晚于今天（按统一社会信用代码校验也不符），请核对。',
  maybeUscc: '按身份证号查询（需填写查询目的和授权）；该号码也符合统一社会信用代码校验，可能是企业代码，请核对。',
};

const zhHant: IdMessages = {
  empty: '請輸入統一社會信用代碼或身份證號。',
  lengthUscc: (given) => `統一社會信用代碼應為18位，目前為${given}位。`,
  lengthAny: (given) => `統一社會信用代碼和身份證號都應為18位，目前為${given}位。`,
  lengthOldIdcard: '統一社會信用代碼和身份證號都應為18位，目前為15位（如為舊版15位身份證號，請改用18位號碼）。',
  usccForbiddenLetter: (position, char) =>
    `第${position}位字元「${char}」不可出現在統一社會信用代碼中（不使用 I、O、S、V、Z）。`,
  usccForeignChar: (position, char) =>
    `第${position}位字元「${char}」不可出現在統一社會信用代碼中（只能使用數字和 I、O、S、V、Z 以外的大寫字母）。`,
  idcardForeignChar: (position, char) =>
    `第${position}位字元「${char}」無效：身份證號只能由數字組成（最後一位可為X），統一社會信用代碼中也不允許出現該字元。`,
  usccCheck: (expected) => `校驗位不符（應為「${expected}」），可能是輸入錯誤；少數早期試點代碼也會如此，請核對。`,
  idcardCheck: '身份證號校驗位不符，請核對。',
  idcardDate: '身份證號第7–14位出生日期不是真實日期或晚於今天（按統一社會信用代碼校驗也不符），請核對。',
  maybeUscc: '按身份證號查詢（需填寫查詢目的和授權）；該號碼也符合統一社會信用代碼校驗，可能是企業代碼，請核對。',
};

const given = (n: number): string => (n === 1 ? '1 was given' : `${n} were given`);

const en: IdMessages = {
  empty: 'Enter a unified social credit code or an ID card number.',
  lengthUscc: (n) => `A unified social credit code has 18 characters; ${given(n)}.`,
  lengthAny: (n) => `A unified social credit code or an ID card number has 18 characters; ${given(n)}.`,
  lengthOldIdcard:
    'A unified social credit code or an ID card number has 18 characters; 15 were given (if this is an old 15-digit ID card number, use the 18-character one).',
  usccForbiddenLetter: (position, char) =>
    `Character ${position} (“${char}”) is not allowed in a unified social credit code (I, O, S, V and Z are never used).`,
  usccForeignChar: (position, char) =>
    `Character ${position} (“${char}”) is not allowed in a unified social credit code (only digits and capital letters other than I, O, S, V and Z).`,
  idcardForeignChar: (position, char) =>
    `Character ${position} (“${char}”) is not allowed: an ID card number has only digits (the last may be X), and a unified social credit code cannot contain it either.`,
  usccCheck: (expected) =>
    `The check character does not match (expected “${expected}”): probably a typing error, though a few early pilot codes also fail this check — please verify.`,
  idcardCheck: 'The check character of the ID card number does not match — please verify.',
  idcardDate:
    'Characters 7–14 of the ID card number are not a real date of birth, or lie after today (nor does it pass the credit-code check) — please verify.',
  maybeUscc:
    'Checked as an ID card number (purpose and authorisation required); it also passes the unified social credit code check, so it may be a company code — please verify.',
};

const MESSAGES: Readonly<Record<IdLocale, IdMessages>> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };

/**
 * The locale to use for a requested one: one of {@link ID_LOCALES}, or a BCP 47 tag
 * such as a page's `lang` (zh-TW, zh-HK, zh-MO → zh-Hant; en-* → en). Anything else,
 * including no value, gives zh-CN.
 */
export function resolveIdLocale(requested: unknown): IdLocale {
  if (typeof requested !== 'string') return 'zh-CN';
  if ((ID_LOCALES as readonly string[]).includes(requested)) return requested as IdLocale;
  const tag = requested.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag.startsWith('zh-hant') || tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo') return 'zh-Hant';
  return 'zh-CN';
}

export function idMessages(locale: IdLocale): IdMessages {
  return MESSAGES[locale];
}

/** Invisible or control characters are named by code point (U+200B), not printed. */
const INVISIBLE = /^[\p{C}\p{Z}]$/u;

/** How to write an offending character inside a message. */
export function displayChar(char: string): string {
  if (!INVISIBLE.test(char)) return char;
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
