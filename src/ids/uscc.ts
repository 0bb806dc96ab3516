/**
 * 统一社会信用代码 (USCC), GB 32100-2015: 18 characters from {@link USCC_ALPHABET};
 * the 18th is a MOD 31 check character over the first 17.
 */

/** The 31 characters a USCC may contain (no I, O, S, V, Z); a char's value is its index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Letters GB 32100 never uses (easily confused with 1, 0, 5, U, 2). */
export const USCC_FORBIDDEN_LETTERS = 'IOSVZ';

/** Weights 3^i mod 31 for chars 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** char code → value in USCC_ALPHABET, −1 if not in it. */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let v = 0; v < USCC_ALPHABET.length; v++) VALUE_OF[USCC_ALPHABET.charCodeAt(v)] = v;

/** The value of a USCC character (its index in {@link USCC_ALPHABET}), or −1. */
export function usccCharValue(charCode: number): number {
  return charCode < 128 ? VALUE_OF[charCode] : -1;
}

/**
 * Index in {@link USCC_ALPHABET} of the check character for the first 17 chars of
 * `value`, or −1 if one of them is not a USCC character or there are fewer than 17.
 */
export function usccCheckIndex(value: string): number {
  if (value.length < 17) return -1;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = usccCharValue(value.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * WEIGHTS[i];
  }
  return (31 - (sum % 31)) % 31;
}

/**
 * The GB 32100 check character for the first 17 characters of `first17` (a whole
 * 18-character code may be passed; its last character is ignored). Expects normalised
 * input; returns '' when there are fewer than 17 characters or one is not in
 * {@link USCC_ALPHABET}.
 */
export function usccCheckChar(first17: string): string {
  const index = usccCheckIndex(first17);
  return index < 0 ? '' : USCC_ALPHABET[index];
}

/**
 * Whether an 18-character normalised value's check character matches. False for any
 * other length or a character outside the alphabet.
 */
export function hasValidUsccCheck(value: string): boolean {
  if (value.length !== 18) return false;
  const index = usccCheckIndex(value);
  return index >= 0 && value.charCodeAt(17) === USCC_ALPHABET.charCodeAt(index);
}
