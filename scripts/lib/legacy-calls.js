// Library calls that Chromium 69 (360安全浏览器 11, 奇安信 69) lacks, swapped in at build
// time for the browser build (scripts/lib/browser-build.mjs: esbuild `define` points each
// global name at the export here, `inject` brings the export in). Only the bundled code
// that names them uses these; nothing is written onto the page's globals.
const hasOwnProperty = Object.prototype.hasOwnProperty;

/** `Object.hasOwn` (Chromium 93). */
export function __creditHasOwn(object, key) {
  return hasOwnProperty.call(object, key);
}

/** `Object.fromEntries` (Chromium 73). */
export function __creditFromEntries(entries) {
  const object = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
}

/** `element.toggleAttribute(name, force)` (Chromium 70): lit-html's `?attr=${…}` bindings call it. */
export function __creditToggleAttribute(element, name, force) {
  if (force) element.setAttribute(name, '');
  else element.removeAttribute(name);
  return force;
}
