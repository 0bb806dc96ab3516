// Where the bench writes its temporary files (ignored by git with node_modules/), and the
// esbuild options every bench bundle shares with scripts/build.mjs.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Temporary files: bundles, the bench page. */
export const CACHE_DIR = `${ROOT}node_modules/.cache/credit-widgets-bench`;

export function ensureCacheDir(sub = '') {
  const dir = sub ? `${CACHE_DIR}/${sub}` : CACHE_DIR;
  mkdirSync(dir, { recursive: true });
  return dir;
}

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

/** The options of scripts/build.mjs that shape the output (target, tsconfig, define, comments, charset). */
export const ESBUILD_COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  target: 'es2022',
  tsconfig: `${ROOT}tsconfig.json`,
  define: { __CREDIT_WIDGETS_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'error',
};
