/**
 * `credit-widgets/testing` works from an install, without msw: the package is packed with
 * `npm pack`, installed from the tarball into an empty project in a temporary folder, and
 * used from Node there — where msw is not installed (it is an optional peer dependency,
 * needed only by `credit-widgets/testing/msw`).
 *
 * The install is offline: a fresh CI machine has run `npm ci`, which leaves the dependencies'
 * tarballs in npm's cache but not the registry metadata a plain `npm install` would ask for.
 * So the temporary project gets a lockfile made from this repository's (the same versions
 * and `integrity` of the tarball's dependencies and theirs, with their tarball addresses) and
 * `npm ci --offline` installs exactly that from the cache.
 *
 * Needs dist/ (`npm run build`; CI builds before testing).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * The lockfile entries (paths as in this repository's package-lock.json) of `deps` and
 * everything they need, resolved the way Node does: nested `node_modules` first, then up.
 */
function closure(packages: Record<string, LockEntry>, deps: string[]): Record<string, LockEntry> {
  const out: Record<string, LockEntry> = {};
  const resolveFrom = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!base) return undefined;
      const cut = base.lastIndexOf('/node_modules/');
      base = cut === -1 ? '' : base.slice(0, cut);
    }
  };
  const queue = deps.map((name) => ({ from: '', name }));
  while (queue.length) {
    const { from, name } = queue.shift()!;
    const path = resolveFrom(from, name);
    if (!path) throw new Error(`package-lock.json has no entry for ${name} (needed from ${from || 'the package'})`);
    if (out[path]) continue;
    const entry = packages[path];
    out[path] = entry;
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const next = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((p) => !optionalPeers[p]?.optional),
      ...Object.keys(entry.optionalDependencies ?? {}).filter((p) => resolveFrom(path, p)),
    ];
    for (const dep of next) queue.push({ from: path, name: dep });
  }
  return out;
}

/** The registry's address of a package's tarball: `…/@scope/name/-/name-1.2.3.tgz`. */
function registryTarball(lockPath: string, version: string): string {
  const name = lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
  return `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;
}

const hasDist = existsSync(join(ROOT, 'dist/testing.js'));

describe('credit-widgets/testing installed from the packed tarball, without msw', () => {
  let dir = '';
  let app = '';

  beforeAll(() => {
    if (!hasDist) return;
    dir = mkdtempSync(join(tmpdir(), 'credit-widgets-pack-'));
    app = join(dir, 'app');
    const packed = JSON.parse(
      execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
    ) as { filename: string }[];
    const tarball = join(dir, packed[0].filename);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as LockEntry & { name: string; version: string };
    const repoLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const deps = closure(repoLock.packages, Object.keys(pkg.dependencies ?? {}));
    const spec = `file:../${packed[0].filename}`;
    const lock = {
      name: 'probe',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'probe', dependencies: { [pkg.name]: spec } },
        [`node_modules/${pkg.name}`]: {
          version: pkg.version,
          resolved: spec,
          integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
          dependencies: pkg.dependencies,
          peerDependencies: pkg.peerDependencies,
          peerDependenciesMeta: pkg.peerDependenciesMeta,
        },
        ...Object.fromEntries(
          Object.entries(deps).map(([path, entry]) => {
            const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
            // The repository's lockfile omits `resolved`; with it (the registry's usual tarball
            // address) and `integrity`, npm takes the tarball from its cache by digest.
            return [path, { ...rest, resolved: rest.resolved ?? registryTarball(path, entry.version!) }];
          }),
        ),
      },
    };
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'probe', private: true, type: 'module', dependencies: { [pkg.name]: spec } }, null, 2));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lock, null, 2));
    execFileSync(NPM, ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs an ES module in the temporary project with Node and returns what it printed as JSON. */
  function runInApp(code: string): unknown {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!);
  }

  it('dist/ is built (npm run build; CI builds before the tests)', () => {
    expect(hasDist, 'dist/testing.js is missing: run `npm run build` first').toBe(true);
  });

  it.runIf(hasDist)('the package declares msw as an optional peer dependency', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/credit-widgets/package.json'), 'utf8'));
    expect(installed.peerDependencies?.msw).toBeTruthy();
    expect(installed.peerDependenciesMeta?.msw?.optional).toBe(true);
    expect(installed.dependencies?.msw).toBeUndefined();
  });

  it.runIf(hasDist)('msw is not installed there (control)', () => {
    expect(existsSync(join(app, 'node_modules/msw'))).toBe(false);
    const found = runInApp(`try { await import('msw'); console.log(JSON.stringify('found')); } catch (e) { console.log(JSON.stringify(e.code)); }`);
    expect(found).toBe('ERR_MODULE_NOT_FOUND');
  });

  it.runIf(hasDist)('createPlatform().handle() answers the catalog and the ledger from Node', () => {
    const result = runInApp(`
      import { createPlatform, fixtureList } from 'credit-widgets/testing';
      const platform = createPlatform();
      const base = 'https://credit.example.gov.cn/api';
      const catalog = await platform.handle(new Request(base + '/v1/measures'));
      const ledger = await platform.handle(new Request(base + '/v1/ledger?limit=5'));
      console.log(JSON.stringify({
        catalog: catalog.status,
        measures: (await catalog.json()).measures?.length ?? 0,
        ledger: ledger.status,
        entries: (await ledger.json()).items?.length ?? 0,
        fixtures: fixtureList().length,
      }));
    `) as { catalog: number; measures: number; ledger: number; entries: number; fixtures: number };
    expect(result.catalog).toBe(200);
    expect(result.measures).toBeGreaterThan(5);
    expect(result.ledger).toBe(200);
    expect(result.entries).toBe(5);
    expect(result.fixtures).toBeGreaterThan(10);
  });

  it.runIf(hasDist)('the client from the same install decides through the simulated platform (restricted is restricted)', () => {
    const result = runInApp(`
      import { createPlatform, FIXTURES } from 'credit-widgets/testing';
      import { createCreditClient } from 'credit-widgets/client';
      const platform = createPlatform({ seed: false });
      const client = createCreditClient({ endpoint: 'https://credit.example.gov.cn/api', fetch: (input, init) => platform.handle(new Request(input, init)) });
      const [restricted, unknown] = await client.check([FIXTURES.restricted.subject.id, FIXTURES.unknownEnterprise.subject.id], { scenario: 'government-procurement' });
      console.log(JSON.stringify([restricted.outcome, unknown.outcome, unknown.reason]));
    `);
    expect(result).toEqual(['restricted', 'unknown', 'not-found']);
  });

  it.runIf(hasDist)('credit-widgets/testing/msw says plainly that it needs msw', () => {
    const code = runInApp(`try { await import('credit-widgets/testing/msw'); console.log(JSON.stringify('loaded')); } catch (e) { console.log(JSON.stringify(e.code + ' ' + e.message)); }`);
    expect(code).toMatch(/ERR_MODULE_NOT_FOUND.*msw/);
  });
});
