/**
 * Digests for printed records: the canonical JSON of a value and its SHA-256, so a paper
 * check record can be matched to the ledger (domain.md §10). No DOM, no dependencies.
 */
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

export { canonicalJson, quoteJsonString } from './canonical-json.js';
export { sha256Hex, sha256Bytes, sha256HexSync } from './sha256.js';

/** SHA-256 (hex) of the canonical JSON of `value`. */
export async function digestOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value) ?? 'null');
}
