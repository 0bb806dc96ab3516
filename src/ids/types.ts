/**
 * The literal unions of the subject-id module. Each type comes from an `as const`
 * array so the runtime list and the type never drift.
 */

export const SUBJECT_ID_TYPES = ['uscc', 'idcard'] as const;
/** `uscc` 统一社会信用代码 (organisations) or `idcard` 居民身份证号 (natural persons). */
export type SubjectIdType = (typeof SUBJECT_ID_TYPES)[number];

export const ID_STATUSES = ['valid', 'suspect', 'invalid'] as const;
/**
 * `valid`: passes every rule. `suspect`: a USCC whose check character does not match
 * (a few early pilot codes do this) — checked, with a visible warning. `invalid`: never
 * sent to the platform.
 */
export type IdStatus = (typeof ID_STATUSES)[number];

export const ID_PROBLEM_CODES = [
  'empty',
  'length',
  'uscc-char',
  'idcard-char',
  'uscc-check',
  'idcard-check',
  'idcard-date',
] as const;
export type IdProblemCode = (typeof ID_PROBLEM_CODES)[number];

export const ID_LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type IdLocale = (typeof ID_LOCALES)[number];

/** What a USCC's leading characters say about the registrant. Display only. */
export interface UsccDetails {
  /** Char 1: registration authority code (登记管理部门代码). */
  authorityCode: string;
  /** Char 2: kind of organisation (机构类别代码). */
  kindCode: string;
  /** Chars 9–17: the organisation code (组织机构代码, GB 11714). */
  orgCode: string;
  /** Whether the organisation code's own GB 11714 check character matches. Detail only: never changes `status`. */
  orgCodeValid: boolean;
}

export interface ParsedSubjectId {
  status: IdStatus;
  /** null when the input cannot be classified (empty, wrong length). */
  type: SubjectIdType | null;
  /** Normalised: half-width, upper-case, no spaces or hyphens. Holds a person's full number — never put it in the DOM. */
  value: string;
  /** What to show people: a person's number (or anything that could be one) is masked, first 6 + last 4. */
  masked: string;
  /** One sentence a clerk understands, saying which rule failed (localised). Never contains a person's number. */
  problem?: string;
  problemCode?: IdProblemCode;
  /** USCC only (valid or suspect). */
  details?: UsccDetails;
  /** An ID number (valid) that is also a valid USCC: checked as a person; it may be a company code. */
  maybeUscc?: true;
  /** With `maybeUscc`: a sentence saying so (localised). */
  note?: string;
}

export interface ParseSubjectIdOptions {
  /** Language of `problem`. Default `zh-CN`. */
  locale?: IdLocale;
  /** Today as `YYYY-MM-DD` (a birth date after it is impossible). Default: today in China Standard Time. */
  today?: string;
}
