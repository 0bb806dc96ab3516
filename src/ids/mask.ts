/**
 * Masking for people's eyes (domain.md §1, personal data): first 6 and last 4
 * characters, the middle as '*', same length — 110105********123X.
 */
import { normalizeSubjectId } from './normalize.js';
import { classifySubjectId } from './classify.js';
import { todayDigits } from './idcard.js';

/**
 * Masks `value` as first 6 + '*' for each middle character + last 4. Values of 10
 * characters or fewer are all '*' (showing 6 + 4 of them would show everything).
 * Counts UTF-16 units; meant for normalised ids.
 */
export function maskSubjectId(value: string): string {
  const n = value.length;
  if (n <= 10) return '*'.repeat(n);
  return value.slice(0, 6) + '*'.repeat(n - 10) + value.slice(n - 4);
}

/**
 * What to show anywhere a subject id appears: masked (normalised, first 6 + last 4)
 * if it is a person's number — or, being invalid, could be one (15+ digits) —
 * otherwise `value` unchanged (a USCC is never masked).
 */
export function displayId(value: string): string {
  if (typeof value !== 'string') return '';
  const normalized = normalizeSubjectId(value);
  return classifySubjectId(normalized, todayDigits()).mask ? maskSubjectId(normalized) : value;
}
