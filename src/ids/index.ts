/**
 * Subject ids: parse, normalise, check and mask 统一社会信用代码 (USCC, GB 32100) and
 * 居民身份证号 (GB 11643). Pure functions, no DOM, no dependencies.
 */
export type {
  SubjectIdType,
  IdStatus,
  IdProblemCode,
  IdLocale,
  UsccDetails,
  ParsedSubjectId,
  ParseSubjectIdOptions,
} from './types.js';
export { SUBJECT_ID_TYPES, ID_STATUSES, ID_PROBLEM_CODES, ID_LOCALES } from './types.js';
export { normalizeSubjectId } from './normalize.js';
export { parseSubjectId } from './parse.js';
export { maskSubjectId, displayId } from './mask.js';
export { USCC_ALPHABET, usccCheckChar } from './uscc.js';
export { idcardCheckChar, isPersonId } from './idcard.js';
