/**
 * `Idempotency-Key` values: RFC 9562 UUID v4 from `crypto.getRandomValues`.
 * (`crypto.randomUUID` exists only in secure contexts, and many government intranet
 * pages are plain http.)
 */
export function idempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}
