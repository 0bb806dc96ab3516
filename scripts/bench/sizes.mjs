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

/** Builds `entry` minified in memory; returns the gzip size, the minified size and the metafile's output. */
async function bundle(entry, format) {
  const result = await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: [entry],
    format,
    minify: true,
    write: false,
    metafile: true,
    outdir: `${ROOT}node_modules/.cache/credit-widgets-bench/sizes`,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'))[1];
  return { gzip: gzip(js.contents), bytes: js.contents.length, output };
}

/** Package (for node_modules) or folder (two levels, e.g. `widgets/internal`) of an input path. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path.split('/').slice(0, 2).join('/');
}

/**
 * The biggest contributors to a bundle: minified bytes per input and per package/folder,
 * with an estimate of each one's share of the gzip size (proportional to its minified bytes).
 */
export function breakdown(output, gzipTotal, top = 12) {
  const inputs = Object.entries(output.inputs).map(([path, v]) => ({ path, bytes: v.bytesInOutput }));
  const total = inputs.reduce((s, i) => s + i.bytes, 0) || 1;
  const est = (bytes) => Math.round((bytes / total) * gzipTotal);
  const groups = new Map();
  for (const i of inputs) groups.set(groupOf(i.path), (groups.get(groupOf(i.path)) ?? 0) + i.bytes);
  return {
    groups: [...groups].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, bytes]) => ({ name, bytes, gzip_est: est(bytes) })),
    inputs: inputs.sort((a, b) => b.bytes - a.bytes).slice(0, top).map((i) => ({ ...i, gzip_est: est(i.bytes) })),
  };
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
    breakdowns: {
      iife_gzip: breakdown(iifeMeta.output, iife.gzip),
      flag_gzip: breakdown(flag.output, flag.gzip),
      client_gzip: breakdown(client.output, client.gzip),
    },
    /** Which elements the IIFE registers (from its metafile), so that "all six" can be checked. */
    iifeElements: [...new Set(Object.keys(iifeMeta.output.inputs).map((p) => p.match(/^widgets\/(credit-[a-z-]+)\/define\.ts$/)?.[1]).filter(Boolean))],
  };
}
