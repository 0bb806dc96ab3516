// sizes.*: gzip -9 (node:zlib) of what a page loads up front:
// - iife_gzip: dist/credit-widgets.iife.js as `npm run build` makes it (rebuilt first when
//   dist is missing or older than any source); the chunks it loads later by URL
//   (`./credit-widgets.*.js` next to it) are listed separately as lazy_chunks;
// - flag_gzip: an ESM entry importing only widgets/credit-flag/define.ts, bundled + minified
//   with code splitting: the entry file (what loads at once), not its dynamic imports;
// - client_gzip: src/index.ts (dist/client.js's entry) bundled with its dependencies, the same way.
// For each, a source map attributes every byte to its input, so that a missed budget comes
// with what each package and file costs (gzip-attribution.mjs).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipAttribution } from './gzip-attribution.mjs';
import { ESBUILD_COMMON, ROOT } from './workspace.mjs';

export const SIZE_BUDGETS = { iife_gzip: 40_000, flag_gzip: 22_000, client_gzip: 12_000 };

const DIST = `${ROOT}dist`;
const IIFE = `${DIST}/credit-widgets.iife.js`;
const OUT_DIR = `${ROOT}node_modules/.cache/credit-widgets-bench/sizes`;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Newest modification time of the files under `dir` (recursively), for the staleness check. */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Runs `npm run build` when dist/credit-widgets.iife.js is missing or older than src/, widgets/, the build script or package.json. */
function ensureIife() {
  const sources = Math.max(newest(`${ROOT}src`), newest(`${ROOT}widgets`), statSync(`${ROOT}scripts/build.mjs`).mtimeMs, statSync(`${ROOT}package.json`).mtimeMs);
  if (existsSync(IIFE) && statSync(IIFE).mtimeMs >= sources) return { rebuilt: false };
  const r = spawnSync(process.execPath, [`${ROOT}scripts/build.mjs`, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(IIFE)) {
    throw new Error(`npm run build failed, so the script-tag bundle cannot be measured:\n${(r.stderr || r.stdout).trim().slice(-2000)}`);
  }
  return { rebuilt: true };
}

/** Package (for node_modules) or folder (two levels, e.g. `widgets/internal`) of an input path. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path.split('/').slice(0, 2).join('/');
}

/**
 * What a bundle is made of: per package / folder, and for the 8 biggest files of the project,
 * the bytes in the bundle and the gzip bytes the bundle would lose without them.
 */
function breakdown(code, map, mapDir) {
  const groups = gzipAttribution({ code, map, mapDir, root: ROOT, groupOf, top: 12 });
  // Files of the project only: packages are listed above (their source maps point into
  // their own sources).
  const all = gzipAttribution({ code, map, mapDir, root: ROOT, groupOf: (p) => p, top: Infinity, sizeOnly: true });
  const biggest = all
    .filter((f) => !f.name.includes('node_modules/'))
    .slice(0, 8)
    .map((f) => f.name);
  const files = gzipAttribution({ code, map, mapDir, root: ROOT, groupOf: (p) => p, only: biggest });
  return { groups, files };
}

/**
 * Builds `entry` as ESM, bundled, minified and split, in memory. Returns the gzip size of
 * what loads at once (the entry file and the chunks it imports statically), its breakdown,
 * and the chunks that load only on a dynamic import().
 */
async function bundleEsm(entry) {
  const result = await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: [entry],
    format: 'esm',
    splitting: true,
    minify: true,
    write: false,
    metafile: true,
    sourcemap: 'external',
    outdir: OUT_DIR,
    chunkNames: 'chunks/[name]-[hash]',
  });
  const outputs = result.metafile.outputs;
  const rel = (path) => path.replace(`${OUT_DIR}/`, '').replace(/^.*node_modules\/\.cache\/credit-widgets-bench\/sizes\//, '');
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint && o.endsWith('.js'));
  const eager = new Set([entryOut]);
  for (const o of eager) for (const imp of outputs[o].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) eager.add(imp.path);
  const file = (o) => result.outputFiles.find((f) => rel(f.path) === rel(o));
  const eagerGzip = [...eager].reduce((sum, o) => sum + gzip(file(o).contents), 0);
  const lazy = Object.keys(outputs)
    .filter((o) => o.endsWith('.js') && !eager.has(o))
    .map((o) => ({ file: rel(o), gzip: gzip(file(o).contents), inputs: Object.keys(outputs[o].inputs).filter((i) => !i.includes('node_modules/')).slice(0, 3) }));
  const js = file(entryOut);
  const map = result.outputFiles.find((f) => f.path === `${js.path}.map`);
  return { gzip: eagerGzip, bytes: js.contents.length, lazy, breakdown: breakdown(js.text, JSON.parse(map.text), OUT_DIR) };
}

/** Chunks the IIFE loads later by URL: `credit-widgets.*.js` names in it that exist next to it in dist/. */
function lazyChunks(iifeText) {
  const found = new Set();
  for (const m of iifeText.matchAll(/["'`](?:\.\/)?([\w.-]+\.js)["'`]/g)) {
    if (m[1] !== basename(IIFE) && existsSync(`${DIST}/${m[1]}`)) found.add(m[1]);
  }
  return [...found].sort().map((file) => ({ file: `dist/${file}`, gzip: gzip(readFileSync(`${DIST}/${file}`)) }));
}

export async function measureSizes() {
  const { rebuilt } = ensureIife();
  const iifeText = readFileSync(IIFE, 'utf8');
  const iifeGzip = gzip(Buffer.from(iifeText));
  const iifeMap = existsSync(`${IIFE}.map`) ? JSON.parse(readFileSync(`${IIFE}.map`, 'utf8')) : null;
  const flag = await bundleEsm(`${ROOT}scripts/bench/entries/flag-only.ts`);
  const client = await bundleEsm(`${ROOT}src/index.ts`);
  const chunks = lazyChunks(iifeText);
  return {
    rebuilt,
    figures: {
      iife_gzip: iifeGzip,
      flag_gzip: flag.gzip,
      client_gzip: client.gzip,
      ...(chunks.length ? { lazy_chunks: Object.fromEntries(chunks.map((c) => [c.file, c.gzip])) } : {}),
    },
    lazy: { flag_gzip: flag.lazy, client_gzip: client.lazy },
    breakdowns: {
      iife_gzip: iifeMap ? breakdown(iifeText, iifeMap, DIST) : null,
      flag_gzip: flag.breakdown,
      client_gzip: client.breakdown,
    },
    /** Which elements the script-tag bundle itself defines (from its source map). */
    iifeElements: iifeMap
      ? [...new Set(iifeMap.sources.map((s) => s.match(/widgets\/(credit-[a-z-]+)\/define\.ts$/)?.[1]).filter(Boolean))]
      : [],
  };
}
