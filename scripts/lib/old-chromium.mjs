// The old Chromium kernels that government PCs still run (360安全浏览器 11–13, 奇安信, 红莲花,
// QQ浏览器: Chromium 69–92), for the old-kernel tests and the benchmark.
//
// No tool may download a browser build of its own here, but the npm package
// `chrome-aws-lambda` ships a Linux Chromium binary in each version. `npm pack` fetches the
// tarball from the npm registry; the brotli-compressed binary (and, in newer versions, the
// shared libraries it needs) are unpacked into a cache folder, so a second run fetches
// nothing: $CREDIT_OLD_CHROMIUM_CACHE, else $XDG_CACHE_HOME/credit-widgets/old-chromium,
// else ~/.cache/credit-widgets/old-chromium.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

/** Chromium major → the chrome-aws-lambda version that ships it. */
export const OLD_KERNELS = {
  69: '1.5.0',
  72: '1.11.2',
  78: '1.20.4',
  80: '2.1.1',
  83: '3.1.1',
  86: '5.3.1',
  89: '6.0.0',
};

export function cacheDir() {
  if (process.env.CREDIT_OLD_CHROMIUM_CACHE) return process.env.CREDIT_OLD_CHROMIUM_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'credit-widgets', 'old-chromium');
}

/**
 * The executable of Chromium `major` (fetched and unpacked on first use) and the
 * LD_LIBRARY_PATH it needs.
 * @param {number|string} major
 * @returns {{ major: number, executable: string, libraryPath: string | undefined }}
 */
export function ensureOldChromium(major) {
  const version = OLD_KERNELS[major];
  if (!version) throw new Error(`No old Chromium ${major}: known are ${Object.keys(OLD_KERNELS).join(', ')}.`);
  const dir = join(cacheDir(), String(major));
  const executable = join(dir, 'chromium');
  const libDir = join(dir, 'lib');
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const pack = spawnSync('npm', ['pack', `chrome-aws-lambda@${version}`, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (pack.status !== 0 || !tarball) {
      throw new Error(`Could not fetch chrome-aws-lambda@${version} (Chromium ${major}) from the npm registry: ${pack.stderr}`);
    }
    const untar = spawnSync('tar', ['xzf', tarball, 'package/bin'], { cwd: dir });
    if (untar.status !== 0) throw new Error(`Could not unpack ${tarball}.`);
    const bin = join(dir, 'package', 'bin');
    const files = readdirSync(bin);
    const chromium = files.find((f) => /^chromium.*\.br$/.test(f));
    if (!chromium) throw new Error(`chrome-aws-lambda@${version} has no Chromium binary.`);
    writeFileSync(executable, brotliDecompressSync(readFileSync(join(bin, chromium))));
    chmodSync(executable, 0o755);
    // Newer versions carry libnss3 and friends, which Debian may lack at the versions they need.
    if (files.includes('aws.tar.br')) {
      writeFileSync(join(dir, 'aws.tar'), brotliDecompressSync(readFileSync(join(bin, 'aws.tar.br'))));
      mkdirSync(libDir, { recursive: true });
      spawnSync('tar', ['xf', 'aws.tar'], { cwd: dir });
      rmSync(join(dir, 'aws.tar'), { force: true });
    }
    rmSync(join(dir, 'package'), { recursive: true, force: true });
    rmSync(join(dir, tarball), { force: true });
    writeFileSync(done, `${version}\n`);
  }
  const libraryPath = existsSync(join(dir, 'lib')) && readdirSync(join(dir, 'lib')).length ? join(dir, 'lib') : undefined;
  return { major: Number(major), executable, libraryPath };
}

/** Flags for a headless old kernel as root on a closed network. */
export function oldChromiumArgs(userDataDir) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-zygote',
    '--single-process',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${userDataDir}`,
  ];
}
