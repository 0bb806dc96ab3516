// Mutation testing (`npm run mutation`; not part of `npm test`). scripts/mutation.mjs runs
// Stryker once per folder (MUTATE_FOLDER) so that each folder gets its own score and its
// own incremental file; run without the script, Stryker mutates all three folders at once.
// Word and data tables are left out (docs/mutation.md says why): the default catalog's
// cited passages, the id module's sentences and the USCC registration names.
const FOLDERS = {
  'src/policy': ['src/policy/**/*.ts', '!src/policy/default-catalog.ts'],
  'src/ids': ['src/ids/**/*.ts', '!src/ids/messages.ts', '!src/ids/registration-names.ts'],
  // The client's batching and its outbox (the durable write queue).
  'src/client': ['src/client/batcher.ts', 'src/client/outbox.ts', 'src/client/outbox-store.ts', 'src/client/lazy-outbox.ts'],
};
const folder = process.env.MUTATE_FOLDER;
if (folder && !FOLDERS[folder]) throw new Error(`MUTATE_FOLDER must be one of ${Object.keys(FOLDERS).join(', ')}`);
const slug = folder ? folder.replace(/\//g, '-') : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: folder ? FOLDERS[folder] : Object.values(FOLDERS).flat(),
  // Data tables (the default catalog's quoted texts, message words) are not logic.
  ignorePatterns: ['dist', 'bench', 'demo', 'docs', 'public', '.test-results', 'reports'],
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  // Incremental runs (`npm run mutation -- --incremental`) reuse earlier results: fast, but a
  // mutant that survived stays 'survived' when only new tests were added, so the score it
  // prints can be stale. The default is a full run.
  incremental: process.env.MUTATION_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${slug}.incremental.json`,
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
  // TypeScript 7 has no JavaScript API for Stryker's tsconfig rewriting; our tsconfig has
  // no `extends` or `references` to rewrite, so point it at no file and skip that step.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
