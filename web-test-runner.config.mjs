// Element tests in a real headless Chromium (Debian's), with TypeScript through esbuild.
import * as esbuild from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';
import { countingReporter } from './scripts/lib/wtr-counting-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = ensureChromium();

// papaparse ships only as UMD; the test server hands files to the browser as they are, so
// it is turned into ESM here (vite and the esbuild bundles do this by themselves).
const papaparseAsEsm = {
  name: 'papaparse-as-esm',
  async transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    const { code } = await esbuild.transform(context.body, { format: 'esm', loader: 'js', target: 'es2022' });
    return { body: code };
  },
};

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'], browser: true },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    papaparseAsEsm,
  ],
  middleware: [
    // msw's service worker must be served at the root so its scope covers the test pages.
    function mswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // One browser context per test page: with two files at once the second page would be
      // a hidden background tab, where animation frames never fire (modernweb-dev/web#2808).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  // A hang still fails the run; a loaded 2-core machine needs more than 5 minutes for the whole suite.
  testsFinishTimeout: 8 * 60 * 1000,
  reporters: [process.env.CI ? summaryReporter() : defaultReporter(), countingReporter()],
};
