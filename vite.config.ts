// The demo site (`npm run demo`): vite serves demo/ with the simulated platform in the
// browser (msw). The library itself is built by scripts/build.mjs (esbuild).
//
// The "script tag only" page uses the script-tag build exactly as `npm run build` makes it
// (scripts/lib/browser-build.mjs: the same esbuild options), built in memory on request, so
// `npm run demo` needs no `npm run build` first:
//   /credit-widgets.iife.js          ← widgets/loader.ts (dist/credit-widgets.iife.js)
//   /credit-widgets/**               ← widgets/browser.ts, code-split (dist/credit-widgets/)
// and two classic scripts of the demo's own, lowered the same way:
//   /demo-sim.js                     ← demo/sim-bootstrap.ts (the in-browser platform for that page)
//   /script-tag/legacy-page.js       ← demo/script-tag/legacy-page.ts (that page's own script)
// That page's HTML is served as written: no `/@vite/client` module script is injected.
import { defineConfig, type Plugin } from 'vite';
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';
// A plain .mjs module shared with scripts/build.mjs (types in browser-build.d.mts).
import { BROWSER_DIR, loaderBuildOptions, moduleBuildOptions } from './scripts/lib/browser-build.mjs';
import { vendorFiles } from './scripts/lib/demo-vendor.mjs';

const here = import.meta.dirname;
const root = resolve(here, 'demo');
const version = (JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string }).version;

/** A classic-script page's three URL paths → its file. */
function rawPage(name: string): Record<string, string> {
  return { [`/${name}`]: `${name}/index.html`, [`/${name}/`]: `${name}/index.html`, [`/${name}/index.html`]: `${name}/index.html` };
}

/** Pages served exactly as written (no module script injected): URL paths → file. */
const RAW_PAGES: Readonly<Record<string, string>> = {
  '/script-tag': 'script-tag/index.html',
  '/script-tag/': 'script-tag/index.html',
  '/script-tag/index.html': 'script-tag/index.html',
  ...rawPage('vue2'),
  ...rawPage('layui'),
};

/** The demo's pages, for `vite build` (multi-page). */
const PAGES = ['index', 'approval', 'procurement', 'script-tag', 'ledger', 'stats', 'vue', 'vue2', 'layui', 'react', 'fault-lab'];

/** Third-party files the classic-script framework pages load, copied by `vite build` (a folder ends in `/`). */
const VENDOR_URLS = [
  '/vendor/vue2/vue.runtime.min.js',
  '/vendor/element-ui/index.js',
  '/vendor/element-ui/umd/locale/en.js',
  '/vendor/element-ui/umd/locale/zh-TW.js',
  '/vendor/element-ui/theme-chalk/index.css',
  '/vendor/element-ui/theme-chalk/fonts/',
  '/vendor/jquery/jquery.min.js',
  '/vendor/layui/layui.js',
  '/vendor/layui/css/layui.css',
  '/vendor/layui/font/',
];

/** The demo's own classic scripts: URL path → entry, built with the browser build's options. */
const DEMO_SCRIPTS: Readonly<Record<string, string>> = {
  '/demo-sim.js': 'demo/sim-bootstrap.ts',
  '/script-tag/legacy-page.js': 'demo/script-tag/legacy-page.ts',
  '/vue2/vue2-page.js': 'demo/vue2/vue2-page.ts',
  '/layui/layui-page.js': 'demo/layui/layui-page.ts',
};

/** Every esbuild build behind the script-tag page, as options (output in memory). */
function scriptTagBuilds(production: boolean): Record<string, esbuild.BuildOptions> {
  const minify = production;
  const builds: Record<string, esbuild.BuildOptions> = {
    loader: loaderBuildOptions({ outfile: resolve(here, 'out/credit-widgets.iife.js'), minify, write: false }),
    module: moduleBuildOptions({ outdir: resolve(here, `out/${BROWSER_DIR}`), minify, write: false, sourcemap: production ? false : 'inline' }),
  };
  for (const [path, entry] of Object.entries(DEMO_SCRIPTS)) {
    builds[path] = { ...loaderBuildOptions({ outfile: resolve(here, `out${path}`), minify, write: false }), entryPoints: [resolve(here, entry)] };
  }
  return builds;
}

/** Output files of a build, by URL path (relative to `out/`). */
function byUrlPath(result: esbuild.BuildResult): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const f of result.outputFiles ?? []) files.set(`/${relative(resolve(here, 'out'), f.path).split('\\').join('/')}`, f.contents);
  return files;
}

/** Serves the script-tag builds: rebuilt on request in `vite` (dev), emitted as assets in `vite build`. */
function classicScripts(): Plugin {
  let contexts: Promise<esbuild.BuildContext[]> | undefined;
  const all = () => (contexts ??= Promise.all(Object.values(scriptTagBuilds(false)).map((o) => esbuild.context({ ...o, logLevel: 'silent' }))));
  const isOurs = (path: string) => path === '/credit-widgets.iife.js' || path.startsWith(`/${BROWSER_DIR}/`) || path in DEMO_SCRIPTS;
  /** Requests that start a page's load rebuild everything; the chunks they import come from that same build. */
  const startsLoad = (path: string) => path === '/credit-widgets.iife.js' || path === `/${BROWSER_DIR}/credit-widgets.js` || path in DEMO_SCRIPTS;
  let latest: Promise<Map<string, Uint8Array>> | undefined;
  const rebuild = () =>
    (latest = all()
      .then((ctxs) => Promise.all(ctxs.map((c) => c.rebuild())))
      .then((results) => new Map(results.flatMap((r) => [...byUrlPath(r)]))));
  return {
    name: 'credit-widgets-demo:classic-scripts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/, 1)[0];
        const raw = RAW_PAGES[path];
        if (raw) {
          readFile(resolve(root, raw))
            .then((html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              res.end(html);
            })
            .catch(next);
          return;
        }
        if (!isOurs(path)) return next();
        // A chunk is served from the build its entry came from, so that a source edited
        // between the two requests cannot leave the page asking for a chunk that no longer exists.
        (startsLoad(path) || !latest ? rebuild() : latest)
          .then((files) => {
            const file = files.get(path);
            if (!file) {
              res.statusCode = 404;
              res.end();
              return;
            }
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(file);
          })
          .catch((error: unknown) => {
            latest = undefined;
            const message = `esbuild could not build ${path}: ${(error as Error)?.message ?? error}`;
            server.config.logger.error(message);
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(message);
          });
      });
      server.httpServer?.once('close', () => {
        void contexts?.then((ctxs) => ctxs.forEach((c) => void c.dispose())).catch(() => {});
        contexts = undefined;
      });
    },
    async generateBundle() {
      for (const options of Object.values(scriptTagBuilds(true))) {
        const result = await esbuild.build({ ...options, logLevel: 'silent' });
        for (const [path, contents] of byUrlPath(result)) this.emitFile({ type: 'asset', fileName: path.slice(1), source: contents });
      }
    },
  };
}

export default defineConfig({
  root,
  publicDir: resolve(here, 'public'),
  // vendorFiles: Vue 2, Element UI, jQuery and layui from node_modules under /vendor/ (scripts/lib/demo-vendor.mjs).
  plugins: [classicScripts(), vendorFiles(here, VENDOR_URLS)],
  define: {
    // Vue's esm-bundler build asks for its feature flags to be set explicitly.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __CREDIT_WIDGETS_VERSION__: JSON.stringify(version),
  },
  server: {
    port: Number(process.env.PORT) || 5173,
    strictPort: true,
    fs: { allow: [here] },
  },
  preview: { port: Number(process.env.PORT) || 5173 },
  resolve: {
    alias: {
      'credit-widgets/client': resolve(here, 'src/index.ts'),
      'credit-widgets/testing': resolve(here, 'src/testing/index.ts'),
      'credit-widgets': resolve(here, 'widgets/index.ts'),
    },
  },
  optimizeDeps: {
    // Every page's dependencies up front: a dependency found late makes vite reload the page.
    entries: PAGES.map((p) => (p === 'index' ? 'index.html' : `${p}/index.html`)),
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', '@lit/task', 'ky', 'zod/mini', 'idb', 'papaparse', 'msw', 'msw/browser', 'vue', 'react', 'react-dom/client', 'react/jsx-dev-runtime'],
  },
  build: {
    outDir: resolve(here, 'dist-demo'),
    // msw and the simulated platform with its fixtures make the demo's one big chunk.
    chunkSizeWarningLimit: 800,
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(PAGES.map((p) => [p, resolve(root, p === 'index' ? 'index.html' : `${p}/index.html`)])),
    },
  },
});
