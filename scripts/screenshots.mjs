#!/usr/bin/env node
// `npm run screenshots`: a screenshot of every demo page in docs/screenshots/ (1280×800),
// made in headless Debian Chromium (puppeteer-core) once each page's elements have settled.
// The pages are visited in one tab, so the ledger page shows the checks the others made.
//
//   npm run screenshots                 # zh-CN → docs/screenshots/<page>.png
//   npm run screenshots -- --lang=en    # English → docs/screenshots/en/<page>.png
//   npm run screenshots -- --only=vue2,layui,react   # just these pages (ids in scripts/lib/demo-pages.mjs)
//   npm run screenshots -- --forms      # the desk forms (人工核查, 异议) in all three locales →
//                                       # docs/screenshots/forms/<lang>/<form>.png (scripts/lib/form-scenes.mjs)
//
// Chinese text needs a CJK font (Debian: fonts-noto-cjk); as root with apt-get it is
// installed when missing, otherwise the script says how.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { DEMO_PAGES } from './lib/demo-pages.mjs';
import { FORM_SCENES } from './lib/form-scenes.mjs';

const LOCALES = ['zh-CN', 'zh-Hant', 'en'];
const langArg = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? 'zh-CN';
if (!LOCALES.includes(langArg)) {
  console.error(`screenshots: --lang must be one of ${LOCALES.join(', ')}.`);
  process.exit(1);
}
const forms = process.argv.includes('--forms');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean) ?? null;
const unknownIds = (only ?? []).filter((id) => !(forms ? FORM_SCENES : DEMO_PAGES).some((p) => p.id === id));
if (unknownIds.length) {
  console.error(`screenshots: no ${forms ? 'form' : 'page'} ${unknownIds.join(', ')}; the ids are ${(forms ? FORM_SCENES : DEMO_PAGES).map((p) => p.id).join(', ')}.`);
  process.exit(1);
}
const outDir = fileURLToPath(new URL(langArg === 'zh-CN' ? '../docs/screenshots/' : `../docs/screenshots/${langArg}/`, import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 30_000;

function ensureCjkFont() {
  const hasCjk = () => {
    const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    return r.status === 0 && r.stdout.trim() !== '';
  };
  if (spawnSync('sh', ['-c', 'command -v fc-list']).status !== 0 || hasCjk()) return;
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (canApt) {
    console.log('No Chinese font found: installing Debian\'s fonts-noto-cjk with apt-get…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk'], { stdio: 'inherit' });
  }
  if (!hasCjk()) console.warn('screenshots: no Chinese font, so Chinese text will show as boxes; install one with `sudo apt-get install fonts-noto-cjk` and run again.');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

ensureCjkFont();
const executablePath = ensureChromium();
const port = await freePort();
const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  // No file watching or HMR: a file saved meanwhile must not reload a page mid-shot.
  server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
  logLevel: 'warn',
  clearScreen: false,
});
await server.listen();
const base = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
let failed = false;
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  if (forms) failed = !(await formShots(page));
  else {
    // The language is the tab's choice (sessionStorage): `?lang=` on the first page sets it for all.
    let first = true;
    for (const spec of DEMO_PAGES.filter((p) => !only || only.includes(p.id))) {
      const query = new URLSearchParams(spec.screenshot?.query ?? {});
      if (first) query.set('lang', langArg);
      first = false;
      const url = `${base}${spec.path}${query.size ? `?${query}` : ''}`;
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(spec.screenshot?.ready ?? spec.ready, { timeout: READY_TIMEOUT_MS, polling: 100 });
        await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
        const file = `${outDir}${spec.id}.png`;
        await page.screenshot({ path: file });
        console.log(`  ${file}`);
        for (const extra of spec.extraShots ?? []) {
          await page.evaluate((selector, block) => document.querySelector(selector)?.scrollIntoView({ block }), extra.scrollTo, extra.block ?? 'start');
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({ path: `${outDir}${extra.file}` });
          console.log(`  ${outDir}${extra.file}`);
        }
      } catch (error) {
        failed = true;
        const states = await page
          .evaluate(() => [...document.querySelectorAll('credit-flag, credit-check, credit-gate')].map((el) => `${el.localName}[outcome=${el.getAttribute('outcome')}]${el.hasAttribute('loading') ? '[loading]' : ''}`).join(', '))
          .catch(() => '');
        console.error(`screenshots: ${spec.path} did not settle: ${error.message}${states ? `\n  elements: ${states}` : ''}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

/** The desk forms in each locale, each replayed from its demo page (FORM_SCENES). Returns whether all were made. */
async function formShots(page) {
  let ok = true;
  for (const lang of LOCALES) {
    const dir = fileURLToPath(new URL(`../docs/screenshots/forms/${lang}/`, import.meta.url));
    mkdirSync(dir, { recursive: true });
    for (const scene of FORM_SCENES.filter((f) => !only || only.includes(f.id))) {
      const query = new URLSearchParams({ ...scene.query, lang });
      try {
        await page.goto(`${base}${scene.path}?${query}`, { waitUntil: 'load' });
        await page.waitForFunction(scene.ready, { timeout: READY_TIMEOUT_MS, polling: 100 });
        const target = (await page.evaluateHandle(`(${scene.steps})()`)).asElement();
        if (!target) throw new Error('the steps returned no element');
        await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
        await target.screenshot({ path: `${dir}${scene.id}.png` });
        console.log(`  ${dir}${scene.id}.png`);
      } catch (error) {
        ok = false;
        console.error(`screenshots: ${scene.id} (${lang}) failed: ${error.message}`);
      }
    }
  }
  return ok;
}
