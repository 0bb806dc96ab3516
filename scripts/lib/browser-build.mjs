// The browser build for <script src> pages, shared by `npm run build` and the demo's dev
// server (vite.config.ts), so that both serve the same code:
//
//   credit-widgets.iife.js          a small classic script (widgets/loader.ts): defines
//                                   window.CreditWidgets at once and imports the build below
//                                   from the folder next to itself
//   credit-widgets/credit-widgets.js  one self-contained ES module build (widgets/browser.ts)
//   credit-widgets/chunks/*.js      split by esbuild at every import(): each module exists
//                                   once per page by construction
//
// Both are lowered to Chromium 69, the oldest kernel government PCs run. esbuild lowers
// syntax; the few library calls that kernel lacks are swapped at build time for the
// functions in legacy-calls.js (define + inject), so nothing patches the page's globals.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;

/** The oldest kernel: 360安全浏览器 11 and 奇安信 ship Chromium 69. */
export const BROWSER_TARGET = ['chrome69'];

/** Folder of the code-split build, next to the loader. */
export const BROWSER_DIR = 'credit-widgets';

const common = {
  absWorkingDir: root,
  bundle: true,
  target: BROWSER_TARGET,
  platform: 'browser',
  tsconfig: `${root}/tsconfig.json`,
  legalComments: 'none',
  // Chinese text as UTF-8, not \uXXXX escapes: the message tables shrink by half.
  charset: 'utf8',
  logLevel: 'warning',
  define: {
    __CREDIT_WIDGETS_VERSION__: JSON.stringify(version),
    // Chromium 69–70 have no globalThis (71); `self` is the window in a page.
    globalThis: 'self',
    'Object.hasOwn': '__creditHasOwn',
    'Object.fromEntries': '__creditFromEntries',
  },
  inject: [`${root}/scripts/lib/legacy-calls.js`],
  plugins: [legacyMethodCalls(), cssLiteralComments()],
};

/**
 * Method calls on built-in prototypes that Chromium 69 lacks, in the libraries we bundle
 * (a `define` cannot reach a method): rewritten at build time to a call of the functions in
 * legacy-calls.js (which `inject` brings in), or to plain indexing.
 * - lit-html: `el.toggleAttribute(name, force)` (70) in `?attr=${…}` bindings;
 * - ky: `signals.at(-1)` (92), on its path for kernels without `AbortSignal.any`.
 */
function legacyMethodCalls() {
  return {
    name: 'credit-widgets:legacy-method-calls',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/](lit-html|ky)[\\/].*\.js$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        const contents = source
          .replace(/([\w$.]+)\.toggleAttribute\(/g, '__creditToggleAttribute($1, ')
          .replace(/([\w$]+)\.at\(-1\)/g, '$1[$1.length - 1]');
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * Our stylesheets are Lit `css` literals, which esbuild ships as written: their comments (why
 * a rule is there, for the next engineer) and indentation would reach every page. This drops
 * both from the literals of our own widgets/ sources at build time, keeping every line break
 * (the source maps still point at the right lines). Only the text between `css` and its
 * closing backtick is touched; a literal with a `${…}` inside is left as it is.
 */
function cssLiteralComments() {
  return {
    name: 'credit-widgets:css-literal-comments',
    setup(build) {
      build.onLoad({ filter: /[\\/]widgets[\\/].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        const contents = source.replace(/\bcss`([^`$]*)`/g, (_, body) => {
          const lean = body
            .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
            .replace(/\n[ \t]+/g, '\n');
          return `css\`${lean}\``;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * esbuild options of the code-split ES module build.
 * @param {{ outdir: string, minify?: boolean, write?: boolean, sourcemap?: boolean | 'inline' | 'linked' }} o
 */
export function moduleBuildOptions({ outdir, minify = true, write = true, sourcemap = 'linked' }) {
  return {
    ...common,
    entryPoints: { 'credit-widgets': 'widgets/browser.ts' },
    outdir,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify,
    sourcemap,
    write,
  };
}

/**
 * esbuild options of the classic loader script.
 * @param {{ outfile: string, minify?: boolean, write?: boolean }} o
 */
export function loaderBuildOptions({ outfile, minify = true, write = true }) {
  return {
    ...common,
    entryPoints: ['widgets/loader.ts'],
    outfile,
    format: 'iife',
    minify,
    write,
  };
}
