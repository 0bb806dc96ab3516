/**
 * Canonical JSON: the one text a value digests to, so that a printed check record can be
 * matched to the platform's ledger entry by its SHA-256 (domain.md §10).
 *
 * - object keys sorted by UTF-16 code units (as RFC 8785 does), no whitespace;
 * - arrays in order; `undefined`, functions and symbols are dropped from objects and
 *   become `null` in arrays (as `JSON.stringify` does); non-finite numbers are `null`;
 * - strings escaped as `JSON.stringify` escapes them (lone surrogates as `\udxxx`);
 * - `Date` as its ISO string; boxed primitives unwrapped.
 *
 * It deliberately does NOT use `JSON.stringify` for containers nor `for…in`: legacy host
 * pages (Prototype.js and friends) add `Array.prototype.toJSON`, `Object.prototype.toJSON`
 * or enumerable properties on `Object.prototype`, which would change the text and so the
 * digest. Only own enumerable string keys count; `toJSON` is ignored (except on `Date`).
 * Cycles and BigInts throw a `TypeError`.
 */

/**
 * A JSON string literal. `JSON.stringify` of a string *primitive* never looks up a
 * `toJSON` (only objects have one consulted), so prototype pollution cannot reach it; it
 * escapes lone surrogates as `\\udxxx` (well-formed JSON.stringify, ES2019), and it is
 * many times faster than escaping character by character.
 */
export function quoteJsonString(text: string): string {
  return JSON.stringify(text);
}

const toStringTag = (value: object) => Object.prototype.toString.call(value);

/** The canonical JSON text of `value` (see the module comment). `undefined` at the top gives `undefined`. */
export function canonicalJson(value: unknown): string | undefined {
  return write(value, new Set());
}

function write(value: unknown, stack: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
      return quoteJsonString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a BigInt cannot be written as JSON');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  const object = value as object;
  // Unwrap Date and boxed primitives by their internal tag, not by (pollutable) methods.
  const tag = toStringTag(object);
  if (tag === '[object Date]') {
    const time = Date.prototype.getTime.call(object);
    return Number.isFinite(time) ? quoteJsonString(Date.prototype.toISOString.call(object)) : 'null';
  }
  if (tag === '[object String]') return quoteJsonString(String.prototype.valueOf.call(object));
  if (tag === '[object Number]') return write(Number.prototype.valueOf.call(object), stack);
  if (tag === '[object Boolean]') return Boolean.prototype.valueOf.call(object) ? 'true' : 'false';

  if (stack.has(object)) throw new TypeError('canonicalJson: the value contains a cycle');
  stack.add(object);
  let out: string;
  if (Array.isArray(object)) {
    const parts: string[] = [];
    for (let i = 0; i < object.length; i++) parts.push(write(object[i], stack) ?? 'null');
    out = '[' + parts.join(',') + ']';
  } else {
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareCodeUnits);
    const parts: string[] = [];
    for (const key of keys) {
      const text = write(record[key], stack);
      if (text !== undefined) parts.push(quoteJsonString(key) + ':' + text);
    }
    out = '{' + parts.join(',') + '}';
  }
  stack.delete(object);
  return out;
}

/** Orders strings by UTF-16 code units (what RFC 8785 asks for). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
