#!/usr/bin/env node
// `npm run build`: dist/ — the ESM entries (elements, headless client, contract, testing),
// the script-tag build (the loader credit-widgets.iife.js and the code-split folder
// credit-widgets/ beside it), .d.ts types, custom-elements.json and openapi.json; then a
// size table.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { BROWSER_DIR, loaderBuildOptions, moduleBuildOptions } from './lib/browser-build.mjs';
import { browserBuildSizes } from './lib/browser-sizes.mjs';

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

// 1. ESM for npm: bare specifiers kept, shared code in chunks; syntax lowered to Chromium 69
//    (the oldest kernel) and Node 20, so that a bundler that leaves node_modules alone still works.
await esbuild.build({
  ...common,
  target: ['chrome69', 'node20'],
  entryPoints: {
    'credit-widgets': 'widgets/index.ts',
    client: 'src/index.ts',
    contract: 'src/contract/entry.ts',
    testing: 'src/testing/index.ts',
    'testing-msw': 'src/testing/msw.ts',
  },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
});

// 2. The script-tag build (scripts/lib/browser-build.mjs): the classic loader
//    dist/credit-widgets.iife.js and, next to it, the code-split ES module build in
//    dist/credit-widgets/ — lowered to Chromium 69, every module once per page.
const browserBuild = await esbuild.build({ ...moduleBuildOptions({ outdir: `dist/${BROWSER_DIR}` }), metafile: true });
await esbuild.build(loaderBuildOptions({ outfile: 'dist/credit-widgets.iife.js' }));

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

// 6. Sizes: what a script-tag page downloads (scripts/lib/browser-sizes.mjs).
const sizes = browserBuildSizes('dist', browserBuild.metafile);
log('\n| what a script-tag page downloads | files | gzip -9 |\n|---|---:|---:|');
log(`| at start (loader, entry and its static imports) | ${sizes.atStart.files.length} | ${sizes.atStart.gzip.toLocaleString('en')} |`);
log(`| everything (all elements, print views, outbox, catalog) | ${sizes.everything.files.length} | ${sizes.everything.gzip.toLocaleString('en')} |`);
log(`| bytes of modules in more than one chunk | | ${sizes.duplicatedBytes.toLocaleString('en')} |`);

// 7. Editor types from custom-elements.json (scripts/editor-types.mjs): VS Code custom data, web-types, JSX and Vue typings.
await import('./editor-types.mjs');
