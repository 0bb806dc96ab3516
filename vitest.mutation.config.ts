import { defineConfig } from 'vitest/config';

/**
 * The unit tests Stryker runs against each mutant (`npm run mutation`): the ones that
 * exercise the folder being mutated (MUTATE_FOLDER, set by scripts/mutation.mjs), in Node.
 * No e2e and no browser suites (a browser per mutant would take days): they are not part
 * of the mutation score.
 */
const TESTS: Record<string, string[]> = {
  'src/policy': ['test/unit/policy/**/*.test.ts', 'test/oracle/**/*.test.ts'],
  'src/ids': ['test/unit/ids/**/*.test.ts'],
  'src/client': ['test/unit/client/**/*.test.ts', 'test/unit/hardening/**/*.test.ts'],
};
const folder = process.env.MUTATE_FOLDER;

export default defineConfig({
  test: {
    include: folder && TESTS[folder] ? TESTS[folder] : Object.values(TESTS).flat(),
    environment: 'node',
    testTimeout: 15000,
    hookTimeout: 60000,
  },
});
