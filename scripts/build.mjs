#!/usr/bin/env node
// `npm run build`: dist/ — the ESM entries (elements, headless client, testing), the
// script-tag IIFE, .d.ts types, custom-elements.json and openapi.json; then a size table.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHUNK_ENTRIES, lazyChunksPlugin, sharedLitHtmlPlugin } from './lib/lazy-chunks.mjs';

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
    contract: 'src/contract/entry.ts',
    testing: 'src/testing/index.ts',
  },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
});

// 2. One classic script for <script src> in legacy pages, with lazy chunks beside it
//    (scripts/lib/lazy-chunks.mjs says which and why).
await esbuild.build({
  ...common,
  entryPoints: { 'credit-widgets.iife': 'widgets/iife.ts' },
  outdir: 'dist',
  format: 'iife',
  minify: true,
  sourcemap: 'linked',
  plugins: [lazyChunksPlugin()],
});
// The chunks use the core's lit-html (one Trusted Types policy `lit-html` per page).
await esbuild.build({
  ...common,
  entryPoints: { 'credit-widgets.extra': 'widgets/extra.ts' },
  outdir: 'dist',
  format: 'iife',
  minify: true,
  sourcemap: 'linked',
  plugins: [lazyChunksPlugin(), sharedLitHtmlPlugin()],
});
await esbuild.build({
  ...common,
  entryPoints: CHUNK_ENTRIES,
  outdir: 'dist',
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  // The client chunk loads the schemas, outbox, idb and catalog chunks by URL, as the script
  // does; the print chunk uses the core's lit-html.
  plugins: [lazyChunksPlugin(), sharedLitHtmlPlugin()],
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
  'dist/credit-widgets.client.js',
  'dist/credit-widgets.js',
  'dist/client.js',
].map((file) => {
  const buf = readFileSync(file);
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
log('\n| file | bytes | gzip -9 |\n|---|---:|---:|');
for (const r of rows) log(`| ${r.file} | ${r.bytes.toLocaleString('en')} | ${r.gzip.toLocaleString('en')} |`);
log('(ESM files import their dependencies; `npm run bench` measures bundled sizes.)');
