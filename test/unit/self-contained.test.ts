/**
 * The repository stands on its own (issue 12): a stranger's clone has no brief folder
 * (`shared`) beside it, so nothing tracked may read or cite one. This clones the current commit into an empty
 * temporary folder, borrows this checkout's node_modules (a symlink: nothing is installed),
 * and runs unit tests there — the policy-quote test, which reads the policy texts from disk,
 * and one more.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

const outer = mkdtempSync(join(tmpdir(), 'credit-widgets-clone-'));
const clone = join(outer, 'credit-widgets');
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('a fresh clone, with nothing beside it', () => {
  it('holds no reference to the brief folder beside the repository (its design, policy or notes) in any tracked file', () => {
    const files = git(ROOT, 'ls-files').split('\n').filter((f) => /\.(ts|mjs|js|json|md|html)$/.test(f) && existsSync(join(ROOT, f)));
    const citing = files.filter((f) => /\.\.\/shared\/(design|policy|notes)|(^|[^/\w-])shared\/(design|policy|notes)\//.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(citing.filter((f) => f !== 'test/unit/self-contained.test.ts')).toEqual([]);
  });

  it('runs the policy-quote test and the subject-id rules in a clone of HEAD', () => {
    const head = git(ROOT, 'rev-parse', 'HEAD');
    execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
    git(clone, 'checkout', '--quiet', head);
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(existsSync(join(outer, 'shared'))).toBe(false);
    expect(existsSync(join(clone, 'docs', 'policy', 'qinghai-2021-qingzhengban-36.txt'))).toBe(true);
    const run = spawnSync(
      process.execPath,
      [join(clone, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/unit/policy/default-catalog.test.ts', 'test/unit/ids/which-type.test.ts'],
      { cwd: clone, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/Test Files\s+2 passed/);
  }, 120_000);
});
