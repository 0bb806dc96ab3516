// Bundles scripts/print-pages/page.ts (the bidder screen + the simulated platform) into
// node_modules/.cache/credit-widgets/print-pages/ with an index.html, for headless Chromium.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @returns {Promise<string>} the directory to serve */
export async function buildPrintPage() {
  const dir = `${root}node_modules/.cache/credit-widgets/print-pages/`;
  mkdirSync(dir, { recursive: true });
  const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['scripts/print-pages/page.ts'],
    outfile: `${dir}page.js`,
    bundle: true,
    format: 'iife',
    target: 'chrome69',
    define: { __CREDIT_WIDGETS_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  writeFileSync(
    `${dir}index.html`,
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>print pages</title></head><body><script src="page.js"></script></body></html>\n',
  );
  return dir;
}
