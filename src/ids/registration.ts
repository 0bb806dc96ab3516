/**
 * The details of a USCC that parsing reports (GB 32100-2015): the registration authority
 * and kind codes, and the inner organisation code with its GB 11714 check. Their names,
 * for display, are in `registration-names.ts`.
 */
import type { UsccDetails } from './types.js';
import { isValidOrgCode } from './orgcode.js';

/** Details of an 18-character USCC (valid or suspect). */
export function usccDetails(value: string): UsccDetails {
  const orgCode = value.slice(8, 17);
  return { authorityCode: value[0], kindCode: value[1], orgCode, orgCodeValid: isValidOrgCode(orgCode) };
}
