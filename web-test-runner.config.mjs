// Element tests in a real headless Chromium (Debian's), with TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';
import { countingReporter } from './scripts/lib/wtr-counting-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = ensureChromium();

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'], browser: true },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
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
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [process.env.CI ? summaryReporter() : defaultReporter(), countingReporter()],
};
