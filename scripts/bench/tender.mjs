// tender.*: the bidder screen with the tender file (issue 16), in headless Chromium —
// reading a 2,000-row .xlsx export (fflate loaded on first use, the first sheet parsed,
// every row validated: load() from the file to the rows on screen) and rendering the
// 200-row check record (measured off-screen, cut into A4 pages, QR code: print() to the
// print root being mounted). The page is the one `npm run print-pages` prints from.
import puppeteer from 'puppeteer-core';
import { makeXlsx } from '../../test/fixtures/make-xlsx.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.mjs';
import { buildPrintPage } from '../print-pages/build.mjs';
import { importTs } from '../lib/import-ts.mjs';
import { serveDirectory } from './static-server.mjs';
import { summarize } from './stats.mjs';

/** A 2,000-row list as a tender system exports it: 序号 as numbers, names and codes as shared strings. */
function bidderXlsx(count, usccCheckChar) {
  const rows = [[{ s: '序号' }, { s: '投标人名称' }, { s: '统一社会信用代码' }]];
  for (let i = 1; i <= count; i++) {
    const body = `91110000MA${String(i).padStart(7, '0')}`;
    rows.push([{ n: i }, { s: `测试投标单位${i}有限公司` }, { s: body + usccCheckChar(body) }]);
  }
  return makeXlsx(rows);
}

export async function measureTender({ runs = 5, xlsxRows = 2000, recordRows = 200 } = {}) {
  const dir = await buildPrintPage();
  const server = await serveDirectory(dir);
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    const { usccCheckChar } = await importTs('src/ids/index.ts', 'bench-ids');
    const base64 = Buffer.from(bidderXlsx(xlsxRows, usccCheckChar)).toString('base64');
    const read = [];
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate((b, n) => window.printPages.readFile(b, n), base64, 'bidders.xlsx');
      if (r.rows !== xlsxRows) throw new Error(`tender: the .xlsx gave ${r.rows} rows, not ${xlsxRows}`);
      read.push(r.ms);
    }
    const render = [];
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate((n) => window.printPages.prepare(n, 'zh-CN'), recordRows);
      await page.evaluate(() => window.printPages.finish());
      render.push(r.renderMs);
      pages = r.pages;
    }
    return { xlsx2000_read_ms: summarize(read, 0), record200_render_ms: summarize(render, 0), record200_pages: pages, xlsx_bytes: base64.length * 0.75 };
  } finally {
    await browser.close();
    await server.close();
  }
}
