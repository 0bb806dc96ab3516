import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit/ and oracle/: Node, no browser. e2e/: drives headless Chromium (puppeteer-core) against the demo.
    include: ['test/unit/**/*.test.ts', 'test/oracle/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15000,
    hookTimeout: 60000,
  },
});
