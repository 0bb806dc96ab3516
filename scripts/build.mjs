#!/usr/bin/env node
// `npm run build`: dist/ — the ESM entries (elements, headless client, testing), the
// script-tag IIFE, .d.ts types, custom-elements.json and openapi.json; then a size table.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const quiet = process.argv.includes('--quiet');
const log = (...a) => quiet || console.log(...a);
const define = { __CREDIT_WIDGETS_VERSION__: JSON.stringify(pkg.version) };

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  define,
  legalComments: 'none',
  // Chinese text as UTF-8, not \uXXXX escapes: the message tables shrink by half.
  charset: 'utf8',
  logLevel: 'warning',
};

// 1. ESM for npm: bare specifiers kept, shared code in chunks.
await esbuild.build({
  ...common,
  entryPoints: {
    'credit-widgets': 'widgets/index.ts',
    client: 'src/index.ts',
    testing: 'src/testing/index.ts',
  },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
});

// 2. One classic script for <script src> in legacy pages, with lazy chunks beside it:
//    - credit-widgets.extra.js: bidder screen, commitment, ledger (loaded when one of
//      those tags appears; see widgets/lazy-extras.ts),
//    - credit-widgets.print.js: the printable check record and written notice,
//    - credit-widgets.catalog.js: the default measures catalog (only when the platform
//      serves none),
//    - credit-widgets.schemas.js: the zod schemas (loaded while the first request is in
//      flight), credit-widgets.outbox.js + credit-widgets.idb.js: the durable outbox
//      (on the first write, or when items from an earlier page are waiting).
//    The code's own `import()` of those modules becomes an `import()` of the sibling
//    file, which a classic script resolves against its own URL.
const LAZY_CHUNKS = {
  'src/policy/default-catalog.ts': 'credit-widgets.catalog.js',
  'widgets/internal/print/index.ts': 'credit-widgets.print.js',
  'src/contract/schemas.ts': 'credit-widgets.schemas.js',
  'src/client/outbox.ts': 'credit-widgets.outbox.js',
  idb: 'credit-widgets.idb.js',
};
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /(default-catalog|print\/index|contract\/schemas|\/outbox)\.js$|^idb$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = args.path === 'idb' ? 'idb' : relative(process.cwd(), resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      const chunk = LAZY_CHUNKS[file];
      return chunk ? { path: `./${chunk}`, external: true } : undefined;
    });
  },
};
await esbuild.build({
  ...common,
  entryPoints: { 'credit-widgets.iife': 'widgets/iife.ts', 'credit-widgets.extra': 'widgets/extra.ts' },
  outdir: 'dist',
  format: 'iife',
  minify: true,
  sourcemap: 'linked',
  plugins: [lazyChunks],
});
await esbuild.build({
  ...common,
  entryPoints: {
    'credit-widgets.catalog': 'src/policy/default-catalog.ts',
    'credit-widgets.print': 'widgets/internal/print/index.ts',
    'credit-widgets.schemas': 'src/contract/schemas.ts',
    'credit-widgets.outbox': 'src/client/outbox.ts',
    'credit-widgets.idb': 'node_modules/idb/build/index.js',
  },
  outdir: 'dist',
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
});

// 3. Types.
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('build: type declarations failed (see above).');
  process.exit(1);
}

// 4. openapi.json from the zod schemas.
const tmp = 'dist/.tmp-openapi.mjs';
await esbuild.build({ ...common, entryPoints: ['src/contract/openapi.ts'], outfile: tmp, format: 'esm', platform: 'node' });
const { buildOpenApiDocument } = await import(new URL(`../${tmp}`, import.meta.url).href);
writeFileSync('dist/openapi.json', JSON.stringify(buildOpenApiDocument(pkg.version), null, 2) + '\n');
rmSync(tmp);

// 5. custom-elements.json from the elements' JSDoc.
const cem = spawnSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'widgets/**/*.ts', '--exclude', 'widgets/**/*.test.ts', '--outdir', 'dist', '--quiet'],
  { stdio: quiet ? 'ignore' : 'inherit' },
);
if (cem.status !== 0 || !existsSync('dist/custom-elements.json')) {
  console.error('build: custom-elements.json failed.');
  process.exit(1);
}

// 6. Sizes.
const rows = [
  'dist/credit-widgets.iife.js',
  'dist/credit-widgets.extra.js',
  'dist/credit-widgets.print.js',
  'dist/credit-widgets.catalog.js',
  'dist/credit-widgets.schemas.js',
  'dist/credit-widgets.outbox.js',
  'dist/credit-widgets.idb.js',
  'dist/credit-widgets.js',
  'dist/client.js',
].map((file) => {
  const buf = readFileSync(file);
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
log('\n| file | bytes | gzip -9 |\n|---|---:|---:|');
for (const r of rows) log(`| ${r.file} | ${r.bytes.toLocaleString('en')} | ${r.gzip.toLocaleString('en')} |`);
log('(ESM files import their dependencies; `npm run bench` measures bundled sizes.)');
