/**
 * Unicode → GBK (code page 936), the encoding Excel on Chinese Windows saves "CSV" in —
 * without a dependency: the table is built once by decoding every GBK double-byte
 * sequence with the platform's own `TextDecoder('gbk')` (WHATWG gb18030 index), and
 * inverted. ASCII stays one byte. Works in browsers and in Node (full ICU).
 */
let table: Map<number, number> | undefined;

/** Code point → the two GBK bytes as one number (lead << 8 | trail). */
function gbkTable(): Map<number, number> {
  if (table) return table;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f) pairs.push((lead << 8) | trail);
    }
  }
  const bytes = new Uint8Array(pairs.length * 2);
  pairs.forEach((pair, i) => {
    bytes[2 * i] = pair >> 8;
    bytes[2 * i + 1] = pair & 0xff;
  });
  // Every lead/trail pair in these ranges is mapped in the index: one code point each.
  const chars = Array.from(new TextDecoder('gbk').decode(bytes));
  if (chars.length !== pairs.length) throw new Error(`TextDecoder('gbk') gave ${chars.length} characters for ${pairs.length} GBK sequences`);
  const map = new Map<number, number>();
  chars.forEach((char, i) => {
    const cp = char.codePointAt(0)!;
    if (cp !== 0xfffd && !map.has(cp)) map.set(cp, pairs[i]);
  });
  table = map;
  return map;
}

/** Encodes `text` as GBK; throws on a character GBK cannot hold (naming it). */
export function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  const map = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const pair = map.get(cp);
    if (pair === undefined) throw new RangeError(`"${char}" (U+${cp.toString(16).toUpperCase()}) cannot be written in GBK`);
    out.push(pair >> 8, pair & 0xff);
  }
  return new Uint8Array(out);
}
