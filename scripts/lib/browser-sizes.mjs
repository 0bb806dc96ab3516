// What a script-tag page downloads, from the browser build in `dist` and its esbuild
// metafile (gzip -9, node:zlib):
// - atStart: the loader, the entry and every chunk the entry imports statically — what
//   loads before any element has done anything (the first check then adds the schemas);
// - everything: the loader and every file of the build (all six elements, print views,
//   outbox, default catalog, CSV parser);
// - duplicatedBytes: bytes of source modules that stand in more than one output file
//   (0 by construction of one esbuild build with splitting; measured, not assumed).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSER_DIR } from './browser-build.mjs';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

function jsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(path));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

/**
 * @param {string} dist folder holding credit-widgets.iife.js and credit-widgets/
 * @param {import('esbuild').Metafile} metafile of the module build
 */
export function browserBuildSizes(dist, metafile) {
  const size = (file) => {
    const buf = readFileSync(file);
    return { file: relative(dist, file), bytes: buf.length, gzip: gzip(buf) };
  };
  const loader = size(join(dist, 'credit-widgets.iife.js'));
  const files = [loader, ...jsFiles(join(dist, BROWSER_DIR)).map(size)];
  const byName = new Map(files.map((f) => [f.file, f]));

  // Static closure of the entry, by the metafile's import edges.
  const outputs = metafile.outputs;
  const entryKey = Object.keys(outputs).find((k) => k.endsWith(`${BROWSER_DIR}/credit-widgets.js`));
  const seen = new Set();
  const walk = (k) => {
    if (!k || seen.has(k)) return;
    seen.add(k);
    for (const imp of outputs[k].imports ?? []) if (imp.kind === 'import-statement') walk(imp.path);
  };
  walk(entryKey);
  const startFiles = [loader, ...[...seen].map((k) => byName.get(`${BROWSER_DIR}/${k.split(`${BROWSER_DIR}/`).pop()}`)).filter(Boolean)];

  // Every input module should stand in exactly one output.
  const where = new Map();
  for (const [out, info] of Object.entries(outputs)) {
    if (!out.endsWith('.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(info.inputs)) {
      if (bytesInOutput === 0) continue;
      const list = where.get(input) ?? [];
      list.push({ out, bytesInOutput });
      where.set(input, list);
    }
  }
  const duplicated = [...where].filter(([, list]) => list.length > 1);
  const duplicatedBytes = duplicated.reduce((n, [, list]) => n + list.slice(1).reduce((m, x) => m + x.bytesInOutput, 0), 0);
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  return {
    files,
    atStart: { files: startFiles.map((f) => f.file), gzip: sum(startFiles) },
    everything: { files: files.map((f) => f.file), gzip: sum(files) },
    duplicatedBytes,
    duplicated: duplicated.map(([input, list]) => ({ input, outputs: list.map((x) => x.out) })),
  };
}
