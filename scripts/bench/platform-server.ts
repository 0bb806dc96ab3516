/**
 * The simulated platform over HTTP for the bench's script-tag pages (first flag, 500 flags
 * on old kernels): `createPlatform` from src/testing behind `startPlatformServer` (with
 * CORS, so a page on another port can call it), knowing the `count` distinct subjects of
 * `benchSubjects` besides its fixtures. Bundled for Node by scripts/bench/site.mjs.
 */
import { startPlatformServer, type PlatformServer } from '../../src/testing/node-server.js';
import { createPlatform } from '../../src/testing/platform.js';
import { benchSubjects, type BenchSubject } from './pages/simulated-platform.js';

export async function startBenchPlatform({ latencyMs, count }: { latencyMs: number; count: number }): Promise<{ server: PlatformServer; subjects: BenchSubject[] }> {
  const { subjects, extraFixtures } = benchSubjects(count);
  const platform = createPlatform({ latencyMs, extraFixtures, seed: false });
  const server = await startPlatformServer({ platform, port: 0, host: '127.0.0.1' });
  return { server, subjects };
}
