/**
 * 组织机构代码 (GB 11714), chars 9–17 of a USCC: 8 characters plus a MOD 11 check
 * character. Shown as a detail only; it never changes a USCC's status.
 */

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Digits are worth 0–9, letters A–Z 10–35; −1 for anything else. */
function orgCharValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/**
 * The GB 11714 check character for the first 8 characters of `code`: C = 11 − (Σ mod 11),
 * 10 → 'X', 11 → '0'. Returns '' if there are fewer than 8 or one is not 0–9/A–Z.
 */
export function orgCodeCheckChar(code: string): string {
  if (code.length < 8) return '';
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = orgCharValue(code.charCodeAt(i));
    if (v < 0) return '';
    sum += v * WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String.fromCharCode(48 + c);
}

/** Whether a 9-character organisation code's last character is its check character. */
export function isValidOrgCode(code: string): boolean {
  return code.length === 9 && orgCodeCheckChar(code) === code[8];
}
