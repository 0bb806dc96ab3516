// The demo site (`npm run demo`): vite serves demo/ with the simulated platform in the
// browser (msw). The library itself is built by scripts/build.mjs (esbuild).
//
// Besides the module pages, the demo has classic scripts for the "script tag only" page,
// built with esbuild on request (so `npm run demo` needs no `npm run build` first):
//   /credit-widgets.iife.js      ← widgets/iife.ts (the same entry as dist/credit-widgets.iife.js)
//   /demo-sim.js                 ← demo/sim-bootstrap.ts (the in-browser platform for that page)
//   /script-tag/legacy-page.js   ← demo/script-tag/legacy-page.ts (that page's own script)
// and that page's HTML is served as written: no `/@vite/client` module script is injected.
import { defineConfig, type Plugin } from 'vite';
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
// A plain .mjs helper shared with scripts/build.mjs (types in lazy-chunks.d.mts).
import { CHUNK_ENTRIES, lazyChunksPlugin, sharedLitHtmlPlugin } from './scripts/lib/lazy-chunks.mjs';

const here = import.meta.dirname;
const root = resolve(here, 'demo');
const version = (JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as { version: string }).version;

/** URL path → entry point of the classic (non-module) scripts. */
const CLASSIC_SCRIPTS: Readonly<Record<string, string>> = {
  '/credit-widgets.iife.js': 'widgets/iife.ts',
  '/credit-widgets.extra.js': 'widgets/extra.ts',
  // The IIFE's lazy chunks (ES modules), exactly as `npm run build` lays them out.
  ...Object.fromEntries(Object.entries(CHUNK_ENTRIES).map(([name, entry]) => [`/${name}.js`, entry])),
  '/demo-sim.js': 'demo/sim-bootstrap.ts',
  '/script-tag/legacy-page.js': 'demo/script-tag/legacy-page.ts',
};

/** Pages served exactly as written (no module script injected): URL paths → file. */
const RAW_PAGES: Readonly<Record<string, string>> = {
  '/script-tag': 'script-tag/index.html',
  '/script-tag/': 'script-tag/index.html',
  '/script-tag/index.html': 'script-tag/index.html',
};

/** The demo's pages, for `vite build` (multi-page). */
const PAGES = ['index', 'approval', 'procurement', 'script-tag', 'ledger', 'vue', 'fault-lab'];

const CHUNK_FILES = new Set(Object.values(CHUNK_ENTRIES));

function esbuildOptions(entry: string, production: boolean): esbuild.BuildOptions {
  return {
    entryPoints: [resolve(here, entry)],
    bundle: true,
    format: CHUNK_FILES.has(entry) ? 'esm' : 'iife',
    // The lazy chunks use the core script's lit-html: one Trusted Types policy `lit-html` per page.
    plugins: CHUNK_FILES.has(entry) || entry === 'widgets/extra.ts' ? [lazyChunksPlugin(here), sharedLitHtmlPlugin()] : [lazyChunksPlugin(here)],
    platform: 'browser',
    target: 'es2022',
    tsconfig: resolve(here, 'tsconfig.json'),
    define: { __CREDIT_WIDGETS_VERSION__: JSON.stringify(version) },
    minify: production,
    sourcemap: production ? false : 'inline',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  };
}

/** Builds the classic scripts with esbuild: on request in `vite` (dev), as assets in `vite build`. */
function classicScripts(): Plugin {
  const contexts = new Map<string, Promise<esbuild.BuildContext>>();
  const contextFor = (entry: string) => {
    let ctx = contexts.get(entry);
    if (!ctx) {
      ctx = esbuild.context(esbuildOptions(entry, false));
      contexts.set(entry, ctx);
    }
    return ctx;
  };
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
        const entry = CLASSIC_SCRIPTS[path];
        if (!entry) return next();
        contextFor(entry)
          .then((ctx) => ctx.rebuild())
          .then((result) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(result.outputFiles?.[0]?.contents ?? '');
          })
          .catch((error: unknown) => {
            const message = `esbuild could not build ${entry}: ${(error as Error)?.message ?? error}`;
            server.config.logger.error(message);
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(message);
          });
      });
      server.httpServer?.once('close', () => {
        for (const ctx of contexts.values()) void ctx.then((c) => c.dispose()).catch(() => {});
        contexts.clear();
      });
    },
    async generateBundle() {
      for (const [path, entry] of Object.entries(CLASSIC_SCRIPTS)) {
        const result = await esbuild.build(esbuildOptions(entry, true));
        this.emitFile({ type: 'asset', fileName: path.slice(1), source: result.outputFiles?.[0]?.contents ?? '' });
      }
    },
  };
}

export default defineConfig({
  root,
  publicDir: resolve(here, 'public'),
  plugins: [classicScripts()],
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
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', '@lit/task', 'ky', 'zod/mini', 'idb', 'papaparse', 'msw', 'msw/browser', 'vue'],
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
