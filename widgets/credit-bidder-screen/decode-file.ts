/**
 * Reading a bidder file as text, whatever Excel saved it as. CSVs saved by Excel on
 * Chinese Windows are GBK; "CSV UTF-8" has a byte-order mark; "Unicode text" is UTF-16LE
 * with a mark. The order of detection:
 *
 * 1. a byte-order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF);
 * 2. no mark, but NUL bytes in every other position: UTF-16 without a mark (LE or BE);
 * 3. valid UTF-8 (a `fatal` decoder accepts it; plain ASCII is valid UTF-8);
 * 4. otherwise GB18030, the superset of GBK and GB2312 that browsers decode `gbk` as.
 *
 * Decoding uses the platform's `TextDecoder` (the WHATWG Encoding Standard in browsers,
 * full ICU in Node 20). No DOM apart from `Blob`.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** A bidder list is a few hundred kilobytes at most; anything far larger is the wrong file. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How many leading bytes the UTF-16 sniffing looks at. */
const SNIFF_BYTES = 4096;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark: the ASCII part of a bidder list (codes, delimiters,
 * line ends) is half the characters or more, and each of them has a NUL byte, always on
 * the same side. Returns null when the bytes do not look like that.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // A CJK character may have a NUL byte too (U+4E00 一), but only one in 256 of them.
  if (oddZeros >= pairs * 0.2 && evenZeros * 4 <= oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * 0.2 && oddZeros * 4 <= evenZeros) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding of `bytes` (see the module comment for the order of the rules). */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (hasPrefix(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (hasPrefix(bytes, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  if (isUtf8(bytes)) return 'utf-8';
  return 'gb18030';
}

/** Decodes `bytes` in their detected encoding; a byte-order mark is dropped. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  // The default (ignoreBOM: false) removes a mark that matches the encoding.
  let text = new TextDecoder(encoding).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}

/** A file that is too large to be a bidder list. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(readonly bytes: number) {
    super(`the file has ${bytes} bytes; a bidder list is at most ${MAX_FILE_BYTES}.`);
  }
}

/** Reads and decodes a file (or any Blob). Rejects with FileTooLargeError, or when the file cannot be read. */
export async function decodeFile(file: Blob): Promise<DecodedText> {
  if (file.size > MAX_FILE_BYTES) throw new FileTooLargeError(file.size);
  // Not `file.arrayBuffer()` (Chromium 76): a Response reads any Blob on every supported kernel.
  const buffer = await new Response(file).arrayBuffer();
  return decodeBytes(new Uint8Array(buffer));
}
