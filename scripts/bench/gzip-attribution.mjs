// Which part of a minified bundle costs how many gzip bytes. esbuild's metafile gives the
// minified bytes per input, but gzip compresses code and Chinese text very differently, so
// a proportional split misleads. Here the bundle's source map assigns every output byte
// to its input; for each package / folder, the bundle is gzipped again without that
// group's bytes: the difference is what removing (or lazy-loading) that group would save.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each character of `code`, the index of its source in `map.sources` (-1: none).
 * Source-map columns count UTF-16 code units, as JS string indices do.
 */
function sourceOfEachChar(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  const lines = map.mappings.split(';');
  let offset = 0;
  let source = 0;
  const lineTexts = code.split('\n');
  lines.forEach((line, lineNo) => {
    const text = lineTexts[lineNo] ?? '';
    let col = 0;
    let prevCol = 0;
    let prevSource = -1;
    for (const seg of line ? line.split(',') : []) {
      const v = decodeSegment(seg);
      col += v[0];
      if (prevSource >= 0) owner.fill(prevSource, offset + prevCol, offset + col);
      if (v.length >= 4) {
        source += v[1];
        prevSource = source;
      } else {
        prevSource = -1;
      }
      prevCol = col;
    }
    if (prevSource >= 0) owner.fill(prevSource, offset + prevCol, offset + text.length);
    offset += text.length + 1;
  });
  return owner;
}

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair's two halves make 4). */
const utf8Bytes = (unit) => (unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3);

/**
 * `{ name, bytes, gzip_saved }` per group (largest first): its bytes (UTF-8) in the bundle and how
 * many gzip -9 bytes the bundle would lose without that group's code. `groupOf(path)` names
 * the group of a repo-relative path; `only` limits the work to some group names;
 * `sizeOnly` skips the gzip runs (bytes per group only).
 */
export function gzipAttribution({ code, map, mapDir, root, groupOf, top = 12, only, sizeOnly = false }) {
  const owner = sourceOfEachChar(code, map);
  const groups = map.sources.map((s) => groupOf(relative(root, `${mapDir}/${s}`).replace(/\\/g, '/')));
  const names = only ?? [...new Set(groups)];
  if (sizeOnly) {
    const bytes = new Map();
    for (let i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) bytes.set(groups[owner[i]], (bytes.get(groups[owner[i]]) ?? 0) + utf8Bytes(code.charCodeAt(i)));
    }
    return [...bytes].map(([name, b]) => ({ name, bytes: b })).sort((a, b) => b.bytes - a.bytes).slice(0, top);
  }
  const total = gzipSync(code, { level: 9 }).length;
  const rows = names.map((name) => {
    let rest = '';
    let start = 0;
    for (let i = 0; i <= code.length; i++) {
      const inGroup = i < code.length && owner[i] >= 0 && groups[owner[i]] === name;
      if (inGroup) {
        if (start < i) rest += code.slice(start, i);
        start = i + 1;
      }
    }
    if (start < code.length) rest += code.slice(start);
    return { name, bytes: Buffer.byteLength(code) - Buffer.byteLength(rest), gzip_saved: total - gzipSync(rest, { level: 9 }).length };
  });
  return rows.sort((a, b) => b.gzip_saved - a.gzip_saved).slice(0, top);
}
