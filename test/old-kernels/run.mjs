#!/usr/bin/env node
// The old-kernel suite: the script-tag build on the Chromium kernels government PCs run
// (69, 72, 78, 80, 83, 86, 89; scripts/lib/old-chromium.mjs fetches and caches them) and on
// Debian's current Chromium. Old kernels speak no DevTools protocol today's tools know, so
// each page reports its own results to this runner with a plain XHR (test/old-kernels/page.ts).
//
// Set-up, as a common deployment has it: the page on one origin (http://localhost:A), the
// script and its folder on another (http://127.0.0.1:B, a static server that sends
// Access-Control-Allow-Origin), the simulated platform on a third (npm run platform's server).
// Scenarios: `main` on every kernel (also: configure() before the build has loaded, the
// script twice); `csp` (a strict policy with Trusted Types: zero violations from 78 on, only inline styles
// refused on 69); the
// broken deliveries (`loader-404`, `chunk-404`, `chunk-throws`) on the oldest kernel and
// the current one.
//
//   node test/old-kernels/run.mjs [--kernels=69,89,current] [--json=FILE]
// Ends with `N passed, N failed`; exits non-zero on any failure.
import * as esbuild from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OLD_KERNELS } from '../../scripts/lib/old-chromium.mjs';
import { acceptReport, openInKernel } from '../../scripts/lib/kernel-page.mjs';
import { moduleBuildOptions, loaderBuildOptions, BROWSER_DIR } from '../../scripts/lib/browser-build.mjs';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const kernels = (args.kernels ?? [...Object.keys(OLD_KERNELS), 'current'].join(',')).split(',');
const FAULT_KERNELS = new Set(['69', 'current']);
// A strict CSP holds with zero violations where Lit can adopt constructed style sheets (73+;
// Trusted Types from 83); on 69 the checks must still work, only the inline styles refused.
const CSP_KERNELS = new Set(['69', '78', '80', '83', '86', '89', 'current']);
const PAGE_TIMEOUT_MS = 90_000;

const work = mkdtempSync(join(tmpdir(), 'credit-old-kernels-'));
const site = join(work, 'site');

// 1. The browser build, exactly as `npm run build` makes it, and the test page's script.
await esbuild.build({ ...moduleBuildOptions({ outdir: join(site, BROWSER_DIR), sourcemap: false }), logLevel: 'error' });
await esbuild.build({ ...loaderBuildOptions({ outfile: join(site, 'credit-widgets.iife.js') }), logLevel: 'error' });
await esbuild.build({
  entryPoints: [join(root, 'test/old-kernels/page.ts')],
  outfile: join(work, 'page.js'),
  bundle: true,
  format: 'iife',
  target: ['chrome69'],
  logLevel: 'error',
});
const pageScript = readFileSync(join(work, 'page.js'));

// 2. The simulated platform over HTTP (with CORS).
const { startPlatformServer } = await importTs('src/testing/node-server.ts', 'platform-server');
const platform = await startPlatformServer({ port: 0, host: '127.0.0.1' });

// 3. The static server for the script and its folder (another origin), with a fault switch.
let fault = 'none';
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const scripts = createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  const file = resolve(site, `.${path}`);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-store');
  const name = path.split('/').pop() ?? '';
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    res.statusCode = 404;
    return res.end('not found');
  }
  if (fault === 'loader-404' && name === 'credit-widgets.iife.js') {
    res.statusCode = 404;
    return res.end('not found');
  }
  if (fault === 'chunk-404' && /^schemas-/.test(name)) {
    res.statusCode = 404;
    return res.end('not found');
  }
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  if (fault === 'chunk-throws' && path === `/${BROWSER_DIR}/credit-widgets.js`) {
    return res.end('throw new Error("a chunk that throws");\n');
  }
  res.end(readFileSync(file));
});
await new Promise((r) => scripts.listen(0, '127.0.0.1', r));
const scriptOrigin = `http://127.0.0.1:${scripts.address().port}`;

// 4. The page server (its own origin): the page, the test script, and /report.
let onReport = () => {};
function pageHtml(scenario, kernel) {
  const F = {
    restricted: '91110105MA01K7Q365', // 北京恒拓: severe dishonesty → restricted in procurement
    clean: '9133010632764019XQ', // 杭州清禾: three clean years → facilitated in licensing, clear in procurement
    unknown: '91110108MA04Q2L79H', // not at the platform → unknown (not-found)
  };
  const params = JSON.stringify({ scenario, kernel }).replace(/"/g, '&quot;');
  // The strict policy of the README: no inline script or style, one Trusted Types policy (lit-html).
  const csp =
    scenario === 'csp'
      ? `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${scriptOrigin}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${new URL(platform.endpoint).origin}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html">`
      : '';
  // In `main` the page configures itself inline right after the tag (before the build has
  // loaded), and includes the script a second time.
  const inline = scenario === 'main' ? `<script>CreditWidgets.configure({ locale: 'en' });</script>\n<script src="${scriptOrigin}/credit-widgets.iife.js"></script>` : '';
  const fallback = '信用核查组件未加载，请人工核查';
  return `<!DOCTYPE html>
<html data-params="${params}">
<head>
<meta charset="utf-8">
${csp}
<title>old kernel ${kernel} ${scenario}</title>
<script src="/page.js"></script>
<script src="${scriptOrigin}/credit-widgets.iife.js" data-endpoint="${platform.endpoint}" data-operator="测试员" data-department="测试局" data-auto-scan></script>
${inline}
</head>
<body>
<table><tbody id="rows">
  <tr><td id="cell-scanned" data-credit-subject="${F.clean}" data-credit-scenario="administrative-licensing">杭州清禾环保科技有限公司</td></tr>
</tbody></table>
<p>
<credit-flag id="flag-restricted" subject="${F.restricted}" scenario="government-procurement">${fallback}</credit-flag>
<credit-flag id="flag-facilitated" subject="${F.clean}" scenario="administrative-licensing">${fallback}</credit-flag>
<credit-flag id="flag-clear" subject="${F.clean}" scenario="government-procurement">${fallback}</credit-flag>
<credit-flag id="flag-unknown" subject="${F.unknown}" scenario="government-procurement">${fallback}</credit-flag>
</p>
<div id="clip-cell"><span>恒拓</span><credit-flag id="flag-clipped" subject="${F.restricted}" scenario="government-procurement">${fallback}</credit-flag></div>
<credit-gate id="gate-restricted" subject="${F.restricted}" scenario="government-procurement"><button type="button" id="approve-restricted" disabled data-credit-hold>批准</button></credit-gate>
<credit-gate id="gate-clear" subject="${F.clean}" scenario="government-procurement"><button type="button" id="approve-clear" disabled data-credit-hold>批准</button></credit-gate>
${scenario === 'main' || scenario === 'csp' ? `<credit-check id="panel" subject="${F.restricted}" scenario="government-procurement" case-number="OK-${kernel}"></credit-check>
<credit-bidder-screen id="screen" scenario="government-procurement"></credit-bidder-screen>
<credit-commitment id="commitment" subject="${F.clean}" case-number="OK-${kernel}"></credit-commitment>
<credit-ledger id="ledger"></credit-ledger>` : ''}
</body>
</html>`;
}
const pages = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/page.js') {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    return res.end(pageScript);
  }
  if (acceptReport(req, res, url.pathname, (report) => onReport(report))) return;
  if (url.pathname === '/page') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return res.end(pageHtml(url.searchParams.get('scenario'), url.searchParams.get('kernel')));
  }
  res.statusCode = 404;
  res.end();
});
await new Promise((r) => pages.listen(0, '127.0.0.1', r));
const pageOrigin = `http://localhost:${pages.address().port}`;

// 5. Each kernel, each scenario.
async function runPage(kernel, scenario) {
  fault = scenario === 'main' || scenario === 'csp' ? 'none' : scenario;
  const reported = new Promise((resolveReport) => {
    onReport = (r) => r.kernel === kernel && r.scenario === scenario && resolveReport(r);
  });
  const { report, stderr } = await openInKernel({
    kernel,
    url: `${pageOrigin}/page?scenario=${scenario}&kernel=${kernel}`,
    profile: join(work, `profile-${kernel}-${scenario}`),
    report: reported,
    timeoutMs: PAGE_TIMEOUT_MS,
  });
  if (!report) return [{ name: 'the page reported its results', ok: false, detail: `no report within ${PAGE_TIMEOUT_MS / 1000} s. ${stderr.split('\n').slice(-5).join(' ')}` }];
  return report.results.map((r) => ({ ...r, userAgent: report.userAgent }));
}

let passed = 0;
let failed = 0;
const all = [];
for (const kernel of kernels) {
  const scenarios = ['main'];
  if (CSP_KERNELS.has(kernel)) scenarios.push('csp');
  if (FAULT_KERNELS.has(kernel)) scenarios.push('loader-404', 'chunk-404', 'chunk-throws');
  for (const scenario of scenarios) {
    let results = await runPage(kernel, scenario);
    // An old build that crashed before reporting (seen on a loaded machine: its GPU process
    // in --single-process mode) gets one more start; a page that reported is never re-run.
    if (results.length === 1 && results[0].name === 'the page reported its results') {
      console.log(`Chromium ${kernel} · ${scenario}: no report (${results[0].detail.slice(0, 120)}…), starting it once more`);
      results = await runPage(kernel, scenario);
    }
    for (const r of results) {
      const label = `Chromium ${kernel} · ${scenario} · ${r.name}`;
      all.push({ label, ok: r.ok, detail: r.detail });
      if (r.ok) passed++;
      else {
        failed++;
        console.log(`  ✗ ${label}${r.detail ? ` — ${r.detail}` : ''}`);
      }
    }
    const ok = results.filter((r) => r.ok).length;
    console.log(`Chromium ${kernel} (${results[0]?.userAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'no report'}) · ${scenario}: ${ok}/${results.length}`);
  }
}

await platform.close();
scripts.close();
pages.close();
rmSync(work, { recursive: true, force: true });
if (args.json) writeFileSync(args.json, JSON.stringify({ passed, failed, tests: all }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
