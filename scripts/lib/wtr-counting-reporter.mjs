// A @web/test-runner reporter that writes the pass/fail counts to .test-results/wtr.json,
// so that `npm test` can end with one `N passed, N failed` line over both runners.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
  return acc;
}

export function countingReporter({ file = process.env.CREDIT_WTR_RESULTS || '.test-results/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        const before = acc.passed + acc.failed;
        if (session.testResults) countSuite(session.testResults, acc);
        // A file that failed to load, or errored outside a test, is a failure of its own.
        const fileErrors = (session.errors ?? []).length;
        if (fileErrors > 0 || (!session.passed && acc.passed + acc.failed === before)) {
          acc.failed += Math.max(1, fileErrors);
          acc.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(acc, null, 2));
    },
  };
}
