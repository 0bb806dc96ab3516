/**
 * The sample bidder list of the procurement page, as a clerk's Excel saves it on Chinese
 * Windows ("CSV (逗号分隔)"): GBK, CRLF line ends, no BOM, a Chinese header with a serial
 * number column, quotes only where needed. The bidders are `sampleBidderCsv()`'s (about 30
 * organisations: every outcome, a suspect pilot code, an unknown code, an invalid code and
 * a duplicate row), so the sample always matches the simulated platform.
 */
import Papa from 'papaparse';
import { sampleBidderCsv } from '../../src/testing/index.js';
import { encodeGbk } from './gbk.js';

export const SAMPLE_FILE_NAME = '投标人名单（样例，GBK）.csv';

/** The sample as text (before encoding). */
export function sampleBidderText(): string {
  const parsed = Papa.parse<string[]>(sampleBidderCsv(), { skipEmptyLines: true });
  const [, ...rows] = parsed.data; // the English `name,code` header
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [['序号', '投标人名称', '统一社会信用代码'], ...rows.map(([name, code], i) => [String(i + 1), name, code])];
  return lines.map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The sample file: GBK bytes, as Excel writes them. */
export function sampleBidderFile(): File {
  return new File([encodeGbk(sampleBidderText())], SAMPLE_FILE_NAME, { type: 'text/csv' });
}
