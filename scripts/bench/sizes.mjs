// sizes.*: gzip -9 (node:zlib) of what a page downloads, from the script-tag build as
// `npm run build` makes it (scripts/bench/site.mjs builds it with the same options, with
// its metafile):
// - first_flag_gzip: measured, not derived — Debian's Chromium opens a page with the
//   loader tag and one <credit-flag> (the simulated platform 50 ms away, over HTTP); at
//   the moment the flag gets its `outcome` attribute, the page lists every JS file it has
//   fetched (Resource Timing); the figure sums those files' gzip sizes;
// - everything_gzip: the loader and every file of credit-widgets/ (all six elements, print
//   views, outbox, default catalog, CSV parser, schemas);
// - duplicated_bytes: bytes of source modules that stand in more than one output file
//   (esbuild metafile; scripts/lib/browser-sizes.mjs);
// - client_gzip: src/index.ts (`credit-widgets/client`) bundled with its dependencies,
//   minified, split: what loads at once for a bundler user of the headless client.
// A missed budget comes with what each package and file costs (gzip-attribution.mjs, from
// the source maps) and which files the page fetched.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.mjs';
import { browserBuildSizes } from '../lib/browser-sizes.mjs';
import { gzipAttribution } from './gzip-attribution.mjs';
import { benchPlatform, buildSite, scriptTagPage, serveSite } from './site.mjs';
import { summarize } from './stats.mjs';
import { ESBUILD_COMMON, ROOT, ensureCacheDir } from './workspace.mjs';

// client_gzip is reported without a budget: its 12 KB was a single-file budget, measured while
// a facade loaded the client's network code lazily (issue 11 replaced single-file budgets).
export const SIZE_BUDGETS = { first_flag_gzip: 50_000, everything_gzip: 110_000, duplicated_bytes: 0 };

/** The first flag: a fixture organisation with a severe dishonesty record → restricted in procurement. */
const FIRST_FLAG = { subject: '91110105MA01K7Q365', scenario: 'government-procurement', outcome: 'restricted' };
const FIRST_FLAG_RUNS = 3;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Package (for node_modules) or folder (two levels, e.g. `widgets/internal`) of an input path. */
function groupOf(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path.split('/').slice(0, 2).join('/');
}

/**
 * What a set of output files is made of: per package / folder, and for the 8 biggest files
 * of the project, the bytes in those files and the gzip bytes they would lose without them
 * (summed over the files: each is gzipped on its own, as a browser fetches it). A file
 * without a source map (the loader) counts as one part.
 */
function breakdown(dir, files) {
  const read = files.map((file) => {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    const map = existsSync(`${path}.map`) ? JSON.parse(readFileSync(`${path}.map`, 'utf8')) : null;
    return { file, code, map, mapDir: dirname(path) };
  });
  const add = (into, rows) => {
    for (const r of rows) {
      const prev = into.get(r.name) ?? { name: r.name, bytes: 0, gzip_saved: 0 };
      into.set(r.name, { name: r.name, bytes: prev.bytes + r.bytes, gzip_saved: prev.gzip_saved + (r.gzip_saved ?? 0) });
    }
  };
  const groups = new Map();
  const sizes = new Map();
  for (const f of read) {
    if (!f.map) {
      add(groups, [{ name: `${f.file} (no source map)`, bytes: Buffer.byteLength(f.code), gzip_saved: gzip(f.code) }]);
      continue;
    }
    add(groups, gzipAttribution({ code: f.code, map: f.map, mapDir: f.mapDir, root: ROOT, groupOf, top: Infinity }));
    add(sizes, gzipAttribution({ code: f.code, map: f.map, mapDir: f.mapDir, root: ROOT, groupOf: (p) => p, top: Infinity, sizeOnly: true }));
  }
  const biggest = [...sizes.values()]
    .filter((s) => !s.name.includes('node_modules/'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
    .map((s) => s.name);
  const fileRows = new Map();
  for (const f of read) {
    if (f.map) add(fileRows, gzipAttribution({ code: f.code, map: f.map, mapDir: f.mapDir, root: ROOT, groupOf: (p) => p, only: biggest, top: Infinity }).filter((r) => r.bytes > 0));
  }
  const byGzip = (m, top) => [...m.values()].sort((a, b) => b.gzip_saved - a.gzip_saved).slice(0, top);
  return { groups: byGzip(groups, 14), files: byGzip(fileRows, 8) };
}

/** Each output file of the set with its gzip size and its three biggest inputs (metafile). */
function fileList(sizes, metafile, files) {
  const outputs = Object.entries(metafile.outputs);
  return files.map((file) => {
    const info = outputs.find(([out]) => out.endsWith(`/${file}`))?.[1];
    const inputs = info
      ? Object.entries(info.inputs)
          .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
          .slice(0, 3)
          .map(([input]) => input.replace(/^.*node_modules\//, ''))
      : ['widgets/loader.ts'];
    return { file, gzip: sizes.files.find((f) => f.file === file)?.gzip ?? NaN, inputs };
  });
}

/**
 * Opens the one-flag page in Debian's Chromium `runs` times (a fresh tab each) and returns,
 * per run, the JS files fetched before the flag showed its outcome (paths relative to the
 * site) and those fetched only after it (until the page reported).
 */
async function firstFlagRuns(site, runs) {
  const { startBenchPlatform } = await benchPlatform();
  const { server: platform } = await startBenchPlatform({ latencyMs: 50, count: 0 });
  const http = await serveSite(site);
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const run = `first-${i}`;
      http.setPage(`/${run}.html`, scriptTagPage({ run, subjects: [FIRST_FLAG.subject], scenario: FIRST_FLAG.scenario, endpoint: platform.endpoint, timeoutMs: 20_000 }));
      const reported = new Promise((resolveReport) => http.onReport((r) => r.run === run && resolveReport(r)));
      const tab = await browser.newPage();
      const finished = [];
      tab.on('requestfinished', (req) => {
        const path = new URL(req.url()).pathname;
        if (path.endsWith('.js') && path !== '/page-script.js') finished.push(path.slice(1));
      });
      await tab.goto(`${http.origin}/${run}.html`);
      const r = await Promise.race([reported, new Promise((resolveReport) => setTimeout(() => resolveReport(null), 30_000))]);
      await tab.close();
      if (!r) throw new Error('the one-flag page did not report within 30 s');
      const outcome = Object.keys(r.outcomes)[0];
      if (r.firstMs === null || outcome !== FIRST_FLAG.outcome) {
        throw new Error(`the one-flag page's flag showed ${outcome ?? 'no outcome'}, not ${FIRST_FLAG.outcome}${r.errors.length ? `: ${r.errors.join(' | ')}` : ''}`);
      }
      const before = r.jsAtFirst.map((url) => new URL(url).pathname.slice(1));
      results.push({ before, after: finished.filter((f) => !before.includes(f)), firstMs: r.firstMs });
    }
    return { results, version: await browser.version() };
  } finally {
    await browser.close();
    await http.close();
    await platform.close();
  }
}

/**
 * Builds `entry` as ESM, bundled, minified and split, into the bench's cache (source maps
 * beside, no comment pointing at them). Returns the gzip size of what loads at once (the
 * entry file and the chunks it imports statically), those files, and the chunks that load
 * only on a dynamic import().
 */
async function bundleEsm(entry) {
  const outDir = ensureCacheDir('sizes');
  rmSync(outDir, { recursive: true, force: true });
  const result = await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: [entry],
    format: 'esm',
    splitting: true,
    minify: true,
    metafile: true,
    sourcemap: 'external',
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
  });
  const outputs = result.metafile.outputs;
  const rel = (path) => path.replace(/^.*node_modules\/\.cache\/credit-widgets-bench\/sizes\//, '');
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint && o.endsWith('.js'));
  const eager = new Set([entryOut]);
  for (const o of eager) for (const imp of outputs[o].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) eager.add(imp.path);
  const size = (o) => gzip(readFileSync(join(outDir, rel(o))));
  const lazy = Object.keys(outputs)
    .filter((o) => o.endsWith('.js') && !eager.has(o))
    .map((o) => ({ file: rel(o), gzip: size(o), inputs: Object.keys(outputs[o].inputs).filter((i) => !i.includes('node_modules/')).slice(0, 3) }));
  const files = [...eager].map(rel);
  return { gzip: [...eager].reduce((sum, o) => sum + size(o), 0), files, dir: outDir, lazy };
}

export async function measureSizes({ onProgress = () => {} } = {}) {
  const site = await buildSite();
  const sizes = browserBuildSizes(site.dir, site.metafile);
  const gzipOf = (files) => files.reduce((n, f) => n + (sizes.files.find((x) => x.file === f)?.gzip ?? NaN), 0);

  const { results: runs, version } = await firstFlagRuns(site, FIRST_FLAG_RUNS);
  onProgress('first flag measured');
  const perRun = runs.map((r) => gzipOf(r.before));
  const first = summarize(perRun, 0);
  const median = runs[perRun.indexOf(first.median)];
  const client = await bundleEsm(`${ROOT}src/index.ts`);

  const everything = sizes.everything.files;
  return {
    figures: {
      first_flag_gzip: first.median,
      everything_gzip: sizes.everything.gzip,
      duplicated_bytes: sizes.duplicatedBytes,
      client_gzip: client.gzip,
      spread: { first_flag_gzip: first.spread },
      runs: { first_flag_gzip: first.runs },
    },
    chromium: version,
    firstFlag: {
      files: fileList(sizes, site.metafile, median.before),
      after: median.after,
      ms: summarize(runs.map((r) => r.firstMs), 0).median,
      sameFilesEveryRun: runs.every((r) => r.before.slice().sort().join() === median.before.slice().sort().join()),
    },
    atStart: sizes.atStart,
    everythingFiles: everything.length,
    duplicated: sizes.duplicated,
    clientLazy: client.lazy,
    /** Breakdowns are computed only for what the report prints: a figure over budget. */
    breakdown: (figure) =>
      figure === 'client_gzip' ? breakdown(client.dir, client.files) : breakdown(site.dir, figure === 'first_flag_gzip' ? median.before : everything),
    everythingList: () => fileList(sizes, site.metafile, everything).sort((a, b) => b.gzip - a.gzip),
  };
}
