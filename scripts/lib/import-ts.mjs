// Imports a TypeScript module of the repository into a Node script: esbuild bundles it for
// Node (packages stay external: they resolve from the repository's node_modules) into
// node_modules/.cache/credit-widgets/<name>.mjs, then it is imported. Used by the scripts
// that need the simulated platform or the fixtures (npm run platform, npm run fixtures-doc,
// the bench, the old-kernel suite).
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;

/**
 * @param {string} entry path relative to the repository, e.g. 'src/testing/node-server.ts'
 * @param {string} name file name in the cache (without .mjs)
 */
export async function importTs(entry, name) {
  const dir = `${root}node_modules/.cache/credit-widgets`;
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/${name}.mjs`;
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { __CREDIT_WIDGETS_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  // A fresh URL each time: a script that rebuilt the file must not get the cached module.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
