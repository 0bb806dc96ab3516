// sizes.*: gzip -9 (node:zlib) of
// - iife_gzip: dist/credit-widgets.iife.js as `npm run build` makes it (rebuilt first when
//   dist is missing or older than any source), plus any lazy chunk it loads by URL;
// - flag_gzip: an ESM entry importing only widgets/credit-flag/define.ts, bundled + minified;
// - client_gzip: src/index.ts (dist/client.js's entry) bundled with its dependencies + minified.
// Each bundle is also built with a metafile, so a missed budget comes with the inputs
// that cost the most.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gzipAttribution } from './gzip-attribution.mjs';
import { ESBUILD_COMMON, ROOT } from './workspace.mjs';

export const SIZE_BUDGETS = { iife_gzip: 40_000, flag_gzip: 22_000, client_gzip: 12_000 };

const IIFE = `${ROOT}dist/credit-widgets.iife.js`;

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

/** Runs `npm run build` when dist/credit-widgets.iife.js is missing or older than src/, widgets/ or the build script. */
function ensureIife() {
  const sources = Math.max(newest(`${ROOT}src`), newest(`${ROOT}widgets`), statSync(`${ROOT}scripts/build.mjs`).mtimeMs, statSync(`${ROOT}package.json`).mtimeMs);
  if (existsSync(IIFE) && statSync(IIFE).mtimeMs >= sources) return { rebuilt: false };
  const r = spawnSync(process.execPath, [`${ROOT}scripts/build.mjs`, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(IIFE)) {
    throw new Error(`npm run build failed, so the script-tag bundle cannot be measured:\n${(r.stderr || r.stdout).trim().slice(-2000)}`);
  }
  return { rebuilt: true };
}

const OUT_DIR = `${ROOT}node_modules/.cache/credit-widgets-bench/sizes`;

/** Builds `entry` minified in memory; returns gzip and minified sizes, the metafile's output, the code and its source map. */
async function bundle(entry, format) {
  const result = await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: [entry],
    format,
    minify: true,
    write: false,
    metafile: true,
    sourcemap: 'external',
    outdir: OUT_DIR,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'))[1];
  return { gzip: gzip(js.contents), bytes: js.contents.length, output, code: js.text, map: JSON.parse(map.text) };
}

/** Package (for node_modules) or folder (two levels, e.g. `widgets/internal`) of an input path. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path.split('/').slice(0, 2).join('/');
}

/**
 * What a bundle is made of: per package / folder and for the 8 biggest project files, the minified
 * bytes and the gzip bytes the bundle would lose without them.
 */
export function breakdown(built, top = 12) {
  const groups = gzipAttribution({ code: built.code, map: built.map, mapDir: OUT_DIR, root: ROOT, groupOf, top });
  // Files of the project only: packages are listed above (and their source maps point
  // into their own sources, not at the files esbuild read).
  const biggest = Object.entries(built.output.inputs)
    .filter(([path]) => !path.includes('node_modules/'))
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 8)
    .map(([path]) => path);
  const files = gzipAttribution({ code: built.code, map: built.map, mapDir: OUT_DIR, root: ROOT, groupOf: (p) => p, only: biggest });
  return { groups, files };
}

/** Chunks the IIFE loads by URL (`"./chunks/x.js"` literals naming files next to it in dist/). */
function lazyChunks(iifeText) {
  const found = new Set();
  for (const m of iifeText.matchAll(/["'`](\.?\/?[\w./-]+\.js)["'`]/g)) {
    const rel = m[1].replace(/^\.?\//, '');
    const file = `${ROOT}dist/${rel}`;
    if (rel !== 'credit-widgets.iife.js' && existsSync(file)) found.add(rel);
  }
  return [...found].map((file) => ({ file: `dist/${file}`, gzip: gzip(readFileSync(`${ROOT}dist/${file}`)) }));
}

export async function measureSizes() {
  const { rebuilt } = ensureIife();
  const iifeBytes = readFileSync(IIFE);
  const iife = { gzip: gzip(iifeBytes), bytes: iifeBytes.length };
  // The same build as scripts/build.mjs step 2, for its metafile.
  const iifeMeta = await bundle(`${ROOT}widgets/iife.ts`, 'iife');
  const flag = await bundle(`${ROOT}scripts/bench/entries/flag-only.ts`, 'esm');
  const client = await bundle(`${ROOT}src/index.ts`, 'esm');
  const chunks = lazyChunks(iifeBytes.toString('utf8'));
  return {
    rebuilt,
    figures: {
      iife_gzip: iife.gzip,
      flag_gzip: flag.gzip,
      client_gzip: client.gzip,
      ...(chunks.length ? { lazy_chunks: chunks } : {}),
    },
    minified: { iife: iife.bytes, flag: flag.bytes, client: client.bytes },
    breakdowns: { iife_gzip: breakdown(iifeMeta), flag_gzip: breakdown(flag), client_gzip: breakdown(client) },
    /** Which elements the IIFE registers (from its metafile), so that "all six" can be checked. */
    iifeElements: [...new Set(Object.keys(iifeMeta.output.inputs).map((p) => p.match(/^widgets\/(credit-[a-z-]+)\/define\.ts$/)?.[1]).filter(Boolean))],
  };
}
