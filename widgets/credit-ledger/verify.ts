/**
 * Reading what an officer types or scans into the ledger's verify box (no DOM): a printed
 * record's SHA-256 digest (64 hex digits, spaces and line breaks allowed — a digest copied
 * off paper is often broken over lines), or the text of the record's QR code,
 * `CASE:<case number>\nSHA256:<digest>` (an `<input>` drops the line break: both lines may
 * arrive run together).
 */
export interface RecordReference {
  /** The digest, lower case. */
  digest: string;
  /** The case number the QR code carried ('-' on the record means none). */
  caseNumber?: string;
}

const SHA_LINE = /SHA-?256\s*[:：]\s*([0-9a-f\s]+)/i;
const CASE_LINE = /CASE\s*[:：]\s*(.*?)\s*(?:SHA-?256\s*[:：]|$)/i;

/** The digest (and case number) in `text`, or null when it holds no whole SHA-256. */
export function parseRecordReference(text: string): RecordReference | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const qr = SHA_LINE.exec(trimmed);
  const hex = (qr ? qr[1] : trimmed).replace(/\s+/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return null;
  const out: RecordReference = { digest: hex };
  if (qr) {
    const c = CASE_LINE.exec(trimmed)?.[1]?.trim();
    if (c && c !== '-') out.caseNumber = c;
  }
  return out;
}
