// engine.*: evaluate() in Node on one core. The policy engine and the fixtures are bundled
// with esbuild to temporary .mjs files; a child process pinned to one CPU (taskset, where
// available) runs engine-run.mjs over them, so that nothing else in the bench shares its
// heap or its JIT state.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESBUILD_COMMON, ROOT, ensureCacheDir } from './workspace.mjs';

export const ENGINE_BUDGET = { decisions_per_s: 200_000 };

export async function measureEngine({ runs = 7, runMs = 250, warmupMs = 600 } = {}) {
  const dir = ensureCacheDir('engine');
  await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: { policy: `${ROOT}src/policy/index.ts`, fixtures: `${ROOT}src/testing/fixtures.ts` },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    platform: 'node',
  });
  const runner = fileURLToPath(new URL('./engine-run.mjs', import.meta.url));
  const args = [runner, `${dir}/policy.mjs`, `${dir}/fixtures.mjs`, String(runs), String(runMs), String(warmupMs)];
  const pinned = spawnSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' }).status === 0;
  const child = pinned
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`engine benchmark failed:\n${child.stderr || child.stdout}`);
  return { ...JSON.parse(child.stdout), pinned };
}
