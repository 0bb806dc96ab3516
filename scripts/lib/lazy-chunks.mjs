// The script-tag bundle's lazy chunks, shared by `npm run build` and the demo's dev server.
// The code's own `import()` of these modules becomes an `import()` of a sibling file,
// which a classic script resolves against its own URL:
//   - credit-widgets.extra.js    the bidder screen, commitment form and ledger (see widgets/lazy-extras.ts)
//   - credit-widgets.print.js    the printable check record and written notice
//   - credit-widgets.catalog.js  the default measures catalog (only when the platform serves none)
//   - credit-widgets.schemas.js  the zod schemas (loaded while the first request is in flight)
//   - credit-widgets.outbox.js + credit-widgets.idb.js  the durable outbox (on the first
//     write, or when items from an earlier page are waiting)
//   - credit-widgets.client.js   the client's implementation (ky, batcher, caches, http),
//     prefetched when a client is created (see src/client/client-facade.ts); it loads the
//     chunks above by URL itself
import { relative, resolve } from 'node:path';

/** Module (relative to the repository, or a bare package name) → the chunk file it becomes. */
export const LAZY_CHUNKS = {
  'src/policy/default-catalog.ts': 'credit-widgets.catalog.js',
  'widgets/internal/print/index.ts': 'credit-widgets.print.js',
  'src/contract/schemas.ts': 'credit-widgets.schemas.js',
  'src/client/outbox.ts': 'credit-widgets.outbox.js',
  idb: 'credit-widgets.idb.js',
  'src/client/create-client.ts': 'credit-widgets.client.js',
};

/** The ESM chunk files and their entry points (the extra chunk is an IIFE of its own). */
export const CHUNK_ENTRIES = {
  'credit-widgets.catalog': 'src/policy/default-catalog.ts',
  'credit-widgets.print': 'widgets/internal/print/index.ts',
  'credit-widgets.schemas': 'src/contract/schemas.ts',
  'credit-widgets.outbox': 'src/client/outbox.ts',
  'credit-widgets.idb': 'node_modules/idb/build/index.js',
  'credit-widgets.client': 'src/client/create-client.ts',
};

/** esbuild plugin: dynamic imports of the modules above stay `import()`s of the sibling files. */
export function lazyChunksPlugin(root = process.cwd()) {
  return {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({ filter: /(default-catalog|print\/index|contract\/schemas|\/outbox|\/create-client)\.js$|^idb$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const file = args.path === 'idb' ? 'idb' : relative(root, resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
        const chunk = LAZY_CHUNKS[file];
        return chunk ? { path: `./${chunk}`, external: true } : undefined;
      });
    },
  };
}

/**
 * The key under which the script-tag core publishes its lit-html module (widgets/iife.ts).
 * lit-html creates the Trusted Types policy `lit-html` when it loads; a strict CSP
 * (`trusted-types lit-html`, no 'allow-duplicates') refuses a second one, so the lazy
 * chunks must use the core's lit-html instead of bundling their own copy.
 */
export const SHARED_LIT_HTML_KEY = 'credit-widgets.lit-html.v1';

/** esbuild plugin for the lazy chunks: every import of lit-html's core module reads the core's copy. */
export function sharedLitHtmlPlugin() {
  return {
    name: 'shared-lit-html',
    setup(build) {
      build.onResolve({ filter: /^lit-html$|(^|\/)lit-html\.js$/ }, async (args) => {
        if (args.namespace === 'credit-shared' || args.pluginData === 'skip') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, namespace: 'file', pluginData: 'skip' });
        if (resolved.errors.length || !/node_modules\/lit-html\/(development\/)?lit-html\.js$/.test(resolved.path)) return undefined;
        return { path: 'lit-html', namespace: 'credit-shared' };
      });
      build.onLoad({ filter: /.*/, namespace: 'credit-shared' }, async () => {
        const names = Object.keys(await import('lit-html'));
        return {
          loader: 'js',
          contents:
            `const m = globalThis[Symbol.for(${JSON.stringify(SHARED_LIT_HTML_KEY)})];\n` +
            `if (!m) throw new Error('credit-widgets: load credit-widgets.iife.js before its chunks');\n` +
            names.map((n) => `export const ${n} = m.${n};`).join('\n'),
        };
      });
    },
  };
}
