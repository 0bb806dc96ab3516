/**
 * JSON text for the wire, immune to what a page has added to the built-in prototypes.
 *
 * `JSON.stringify` while nobody has put a `toJSON` on the prototypes it consults (it then
 * writes the same values as canonical JSON; only the key order may differ, which no reader
 * depends on), canonical JSON otherwise — legacy pages (Prototype.js) add
 * `Array.prototype.toJSON`, which would turn every array into a string. Checked on every
 * call, because a page may add one at any time.
 */
import { canonicalJson } from './canonical-json.js';

const nativeDateToJson = Date.prototype.toJSON;

function builtinsUntouched(): boolean {
  return (
    !('toJSON' in Array.prototype) &&
    !('toJSON' in String.prototype) &&
    !('toJSON' in Number.prototype) &&
    !('toJSON' in Boolean.prototype) &&
    Date.prototype.toJSON === nativeDateToJson &&
    /\[native code\]/.test(Function.prototype.toString.call(nativeDateToJson))
  );
}

export function jsonText(value: unknown): string {
  return (builtinsUntouched() ? JSON.stringify(value) : canonicalJson(value)) ?? 'null';
}
