#!/usr/bin/env node
// `npm run print-pages`: prints the bidder screen's check record (查询记录单) to PDF as an
// officer would — a real <credit-bidder-screen> against the simulated platform, a pasted
// list of 1, 12, 30 and 200 rows, screened, then printed through the element's own print
// path (page.pdf() in headless Chromium, A4) — and renders every page to PNG with
// pdftoppm, so that the pages can be looked at.
//
//   npm run print-pages                          # zh-CN, 1 12 30 200 rows
//   npm run print-pages -- --lang=en --rows=12   # one locale, one size
//   npm run print-pages -- --docs                # also the README's page images (zh-CN, 12 rows)
//
// Output: test/print-pages/<lang>/record-<n>-rows.pdf and record-<n>-rows-p<k>.png
// (git-ignored test artefacts). Needs pdftoppm (Debian: poppler-utils) and a CJK font.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { buildPrintPage } from './print-pages/build.mjs';
import { serveDirectory } from './bench/static-server.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const langs = arg('lang', 'zh-CN').split(',');
const sizes = arg('rows', '1,12,30,200').split(',').map(Number);
const outRoot = fileURLToPath(new URL('../test/print-pages/', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

if (spawnSync('sh', ['-c', 'command -v pdftoppm']).status !== 0) {
  console.error('print-pages: pdftoppm is missing: install poppler-utils (`sudo apt-get install -y poppler-utils`).');
  process.exit(1);
}

const dir = await buildPrintPage();
const server = await serveDirectory(dir);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  for (const lang of langs) {
    const out = `${outRoot}${lang}/`;
    mkdirSync(out, { recursive: true });
    for (const n of sizes) {
      for (const f of readdirSync(out)) if (f.startsWith(`record-${n}-rows`)) rmSync(`${out}${f}`);
      const run = await page.evaluate((n, lang) => window.printPages.prepare(n, lang), n, lang);
      await page.evaluate(() => document.fonts.ready);
      const pdf = `${out}record-${n}-rows.pdf`;
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.evaluate(() => window.printPages.finish());
      const r = spawnSync('pdftoppm', ['-r', '70', '-png', pdf, `${out}record-${n}-rows-p`], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '';
      const pdfPages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
      const ok = pdfPages === run.pages;
      if (!ok) failed = true;
      if (process.argv.includes('--docs') && lang === 'zh-CN' && n === 12) {
        // The README's images: the 12-row record, both pages, a little sharper.
        spawnSync('pdftoppm', ['-r', '100', '-png', pdf, `${docsDir}record-12-rows-p`]);
        for (const f of readdirSync(docsDir)) {
          const m = /^record-12-rows-p-0?(\d+)\.png$/.exec(f);
          if (m) renameSync(`${docsDir}${f}`, `${docsDir}record-12-rows-p${m[1]}.png`);
        }
      }
      console.log(`  ${lang} ${n} rows: ${run.pages} pages laid out, ${pdfPages} in the PDF${ok ? '' : '  ← MISMATCH: a page overflowed'}; ${pdf}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
