/**
 * Normalisation of typed or pasted subject ids (domain.md §1): legacy pages are full
 * of full-width digits, spaces and dashes.
 */

/** Characters dropped anywhere in the input: whitespace, invisible format characters, hyphens and dashes. */
function isDropped(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x80) return c === 0x2d; // '-'
  switch (c) {
    case 0x00a0: // no-break space
    case 0x00ad: // soft hyphen
    case 0x1680:
    case 0x180e:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x2060: // word joiner
    case 0x2212: // minus sign
    case 0x3000: // ideographic (full-width) space
    case 0xfe58: // small em dash
    case 0xfe63: // small hyphen-minus
    case 0xfeff: // byte-order mark / zero-width no-break space
    case 0xff0d: // full-width hyphen-minus
      return true;
    default:
      // U+2000–200A spaces, U+200B–200D zero-width characters, U+2010–2015 hyphens and dashes (en, em …)
      return (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x2015);
  }
}

/**
 * Trims, removes whitespace (including U+3000) and hyphens/dashes anywhere, converts
 * full-width ASCII (U+FF01–FF5E) to half-width and upper-cases a–z. Other characters
 * are kept as they are, so that a problem message can name them.
 */
export function normalizeSubjectId(input: string): string {
  const n = input.length;
  let i = 0;
  // Fast path: already clean (digits and A–Z only) — no allocation.
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) break;
  }
  if (i === n) return input;

  let out = input.slice(0, i);
  for (; i < n; i++) {
    let c = input.charCodeAt(i);
    if (isDropped(c)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 97 && c <= 122) c -= 32;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Number of Unicode code points (what a person counts as characters). */
export function countCodePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Number of ASCII digits 0–9. */
export function countDigits(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}
