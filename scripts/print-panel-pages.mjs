#!/usr/bin/env node
// `npm run print-panel-pages` (issue 18.5): prints <credit-check>'s two documents — the check
// record and the written notice — for subjects with 1 to 20 records and measures to PDF
// (puppeteer page.pdf, A4, the documents' own print stylesheets) and renders every page to
// PNG with pdftoppm, so that the page breaks can be looked at: nothing drawn over anything,
// signature blocks with their content.
//
//   npm run print-panel-pages                       # zh-CN, n = 1 2 3 5 8 12 20
//   npm run print-panel-pages -- --n=20 --lang=en
//   npm run print-panel-pages -- --docs             # the README's 信用修复告知书 in the three locales
//                                                   # (n = 2) → docs/screenshots/forms/<lang>/repair-notice.png
//
// Output: test/print-pages/panel/<lang>/<record|notice>-<n>-p<k>.png (git-ignored artefacts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { serveDirectory } from './bench/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const docs = process.argv.includes('--docs');
const langs = arg('lang', docs ? 'zh-CN,zh-Hant,en' : 'zh-CN').split(',');
const sizes = arg('n', docs ? '2' : '1,2,3,5,8,12,20').split(',').map(Number);
const kinds = docs ? ['repair'] : ['record', 'notice', 'repair'];

if (spawnSync('sh', ['-c', 'command -v pdftoppm']).status !== 0) {
  console.error('print-panel-pages: pdftoppm is missing: install poppler-utils.');
  process.exit(1);
}

const dir = `${root}node_modules/.cache/credit-widgets/print-panel-pages/`;
mkdirSync(dir, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['scripts/print-panel-pages/page.ts'],
  outfile: `${dir}page.js`,
  bundle: true,
  format: 'iife',
  target: 'chrome69',
  define: { __CREDIT_WIDGETS_VERSION__: '"print-pages"' },
  logLevel: 'warning',
});
writeFileSync(`${dir}index.html`, '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>panel print pages</title></head><body><script src="page.js"></script></body></html>\n');

const server = await serveDirectory(dir);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  for (const lang of langs) {
    const out = `${root}test/print-pages/panel/${lang}/`;
    mkdirSync(out, { recursive: true });
    for (const kind of kinds) {
      for (const n of sizes) {
        for (const f of readdirSync(out)) if (f.startsWith(`${kind}-${n}-`)) rmSync(`${out}${f}`);
        await page.evaluate((n, kind, lang) => window.panelPages.prepare(n, kind, lang), n, kind, lang);
        await page.evaluate(() => document.fonts.ready);
        const pdf = `${out}${kind}-${n}.pdf`;
        writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        const r = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, `${out}${kind}-${n}-p`], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
        const pages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1];
        console.log(`  ${lang} ${kind} n=${n}: ${pages} page(s); ${pdf}`);
        if (docs) {
          const docsDir = `${root}docs/screenshots/forms/${lang}/`;
          mkdirSync(docsDir, { recursive: true });
          const r2 = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-singlefile', pdf, `${docsDir}repair-notice`], { encoding: 'utf8' });
          if (r2.status !== 0) throw new Error(`pdftoppm failed: ${r2.stderr}`);
          console.log(`  ${docsDir}repair-notice.png`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
