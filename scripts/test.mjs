#!/usr/bin/env node
// `npm test`: every test — unit (vitest, Node), elements (@web/test-runner, headless
// Chromium) and the script-tag build on the old Chromium kernels government PCs run
// (test/old-kernels/run.mjs) — ending with one line `N passed, N failed` over all three. Exits non-zero
// on any failure, on a runner that broke, or when no test ran at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.mjs';

const args = new Set(process.argv.slice(2));
const runUnit = !args.has('--browser-only') && !args.has('--old-kernels-only');
const runBrowser = !args.has('--unit-only') && !args.has('--old-kernels-only');
// The script-tag build on Chromium 69–89 and Debian's (test/old-kernels/run.mjs).
const runOldKernels = !args.has('--unit-only') && !args.has('--browser-only');
const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(cmd, argv, env = {}) {
  const r = spawnSync(process.execPath, [cmd, ...argv], { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (runUnit) {
  // The whole project type-checks (src, widgets, tests, scripts' TypeScript): one check, counted
  // as one test, so that a type error in a test file or a fixture fails the suite too.
  console.log('typecheck: tsc --noEmit -p tsconfig.json');
  if (run('node_modules/typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']) === 0) passed += 1;
  else {
    console.error('typecheck: tsc found type errors (above).');
    failed += 1;
  }
  const status = run('node_modules/vitest/vitest.mjs', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}/vitest.json`,
  ]);
  const report = readJson(`${results}/vitest.json`);
  if (!report) {
    console.error('vitest wrote no report: counting the unit suite as broken.');
    broken = true;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A test file that failed to load counts as a failure even when no test in it ran.
    const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
    failed += brokenFiles.length;
    if (status !== 0 && report.numFailedTests === 0 && brokenFiles.length === 0) broken = true;
  }
}

if (runBrowser) {
  const chrome = ensureChromium();
  const file = `${results}/wtr-${process.pid}.json`;
  const status = run('node_modules/@web/test-runner/dist/bin.js', ['--config', 'web-test-runner.config.mjs'], {
    CHROME_PATH: chrome,
    CREDIT_WTR_RESULTS: file,
  });
  const report = readJson(file);
  if (!report) {
    console.error('@web/test-runner wrote no report: counting the browser suite as broken.');
    broken = true;
  } else {
    passed += report.passed;
    failed += report.failed;
    skipped += report.skipped;
    if (status !== 0 && report.failed === 0) broken = true;
  }
}

if (runOldKernels) {
  const file = `${results}/old-kernels.json`;
  const status = run('test/old-kernels/run.mjs', [`--json=${file}`]);
  const report = readJson(file);
  if (!report) {
    console.error('The old-kernel suite wrote no report: counting it as broken.');
    broken = true;
  } else {
    passed += report.passed;
    failed += report.failed;
    if (status !== 0 && report.failed === 0) broken = true;
  }
}

if (broken && failed === 0) failed = 1;
const total = passed + failed;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || total === 0 ? 1 : 0);
