// The script-tag deployment the bench measures: the browser build made exactly as
// `npm run build` makes dist/credit-widgets.iife.js and dist/credit-widgets/ (the same
// esbuild options, scripts/lib/browser-build.mjs, with its metafile), written to the bench's
// cache folder so that the bench never races a colleague's `npm run build` over dist/;
// the simulated platform over HTTP (another origin, CORS); and one local server for the
// page, the build's files and the page's `/report` XHR.
import * as esbuild from 'esbuild';
import { importTs } from '../lib/import-ts.mjs';
import { readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { BROWSER_DIR, loaderBuildOptions, moduleBuildOptions } from '../lib/browser-build.mjs';
import { acceptReport } from '../lib/kernel-page.mjs';
import { ROOT, ensureCacheDir } from './workspace.mjs';

/**
 * Builds the loader and the code-split build into `<cache>/site/` (source maps linked, as in
 * dist/), plus the bench page's script, once per bench run. Returns the folder, the module
 * build's metafile and the page script.
 */
let built;
export function buildSite() {
  built ??= build();
  return built;
}

async function build() {
  const dir = ensureCacheDir('site');
  rmSync(join(dir, BROWSER_DIR), { recursive: true, force: true });
  const build = await esbuild.build({ ...moduleBuildOptions({ outdir: join(dir, BROWSER_DIR) }), metafile: true, logLevel: 'error' });
  await esbuild.build({ ...loaderBuildOptions({ outfile: join(dir, 'credit-widgets.iife.js') }), logLevel: 'error' });
  await esbuild.build({
    entryPoints: [`${ROOT}scripts/bench/pages/script-tag.ts`],
    outfile: join(ensureCacheDir('site-page'), 'page-script.js'),
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    target: ['chrome69'],
    minify: true,
    logLevel: 'error',
  });
  return { dir, metafile: build.metafile, pageScript: readFileSync(join(ensureCacheDir('site-page'), 'page-script.js')) };
}

let platformModule;
/** scripts/bench/platform-server.ts bundled for Node (once per bench run). */
export async function benchPlatform() {
  if (!platformModule) {
    platformModule = await importTs('scripts/bench/platform-server.ts', 'bench-platform-server');
  }
  return platformModule;
}

/** The page: `count` flags (subject ids) in one scenario, the page script, then the loader tag. */
export function scriptTagPage({ run, subjects, scenario, endpoint, timeoutMs }) {
  const bench = JSON.stringify({ run, count: subjects.length, timeoutMs }).replace(/"/g, '&quot;');
  const flags = subjects.map((id) => `<li><credit-flag subject="${id}" scenario="${scenario}">信用核查组件未加载，请人工核查</credit-flag></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN" data-bench="${bench}">
<head>
<meta charset="utf-8">
<title>bench: ${subjects.length} flags</title>
<link rel="icon" href="data:,">
<script src="/page-script.js"></script>
<script src="/credit-widgets.iife.js" data-endpoint="${endpoint}"></script>
</head>
<body>
<ul>
${flags}
</ul>
</body>
</html>
`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };

/**
 * Serves `dir` (the build), `/page-script.js`, the pages set with `setPage(path, html)` and
 * `POST /report` (handed to `onReport`) on 127.0.0.1.
 */
export async function serveSite({ dir, pageScript }) {
  const pages = new Map();
  let onReport = () => {};
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    res.setHeader('Cache-Control', 'no-store');
    if (acceptReport(req, res, path, (report) => onReport(report))) return;
    if (path === '/page-script.js') {
      res.setHeader('Content-Type', TYPES['.js']);
      return res.end(pageScript);
    }
    if (pages.has(path)) {
      res.setHeader('Content-Type', TYPES['.html']);
      return res.end(pages.get(path));
    }
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    setPage: (path, html) => pages.set(path, html),
    onReport: (fn) => {
      onReport = fn;
    },
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
