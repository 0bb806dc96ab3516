/**
 * The simulated platform inside the bench page: `createPlatform({ latencyMs: 50 })` from
 * src/testing, answered through the client's `fetch` option (no msw service worker: its
 * extra hop distorts timings), and many distinct subjects to check, each a copy of one
 * of the fixtures' organisations under a generated, valid code (GB 32100 check character
 * from `usccCheckChar`).
 */
import { usccCheckChar } from '../../../src/ids/index.js';
import { fixtureList, type Fixture } from '../../../src/testing/fixtures.js';
import { createPlatform, type Platform } from '../../../src/testing/platform.js';

export const LATENCY_MS = 50;

export interface BenchPlatform {
  platform: Platform;
  /** `<origin>/api`: the endpoint the client is configured with. */
  endpoint: string;
  /** A fetch that hands every request to `platform.handle`. */
  fetch: typeof globalThis.fetch;
}

export function startPlatform(extraFixtures: readonly Fixture[]): BenchPlatform {
  const platform = createPlatform({ latencyMs: LATENCY_MS, extraFixtures, seed: false });
  // The marks (`bench:request`, `bench:response`) time the round trips: the batching
  // timeline in the report, and any performance trace of a bench page.
  const fetch: typeof globalThis.fetch = async (input, init) => {
    performance.mark('bench:request');
    try {
      return await platform.handle(input instanceof Request && !init ? input : new Request(input, init));
    } finally {
      performance.mark('bench:response');
    }
  };
  return { platform, endpoint: `${location.origin}/api`, fetch };
}

/** The fixture organisations the platform knows (persons need a purpose; they are left out). */
function organisations(): Fixture[] {
  return fixtureList().filter((f) => f.known && f.subject.kind !== 'natural-person');
}

/** A valid 18-character USCC for number `n` (Beijing Haidian, organisation code `BM` + 7 digits). */
function generatedCode(n: number): string {
  const first17 = `91110108BM${String(n).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

export interface BenchSubject {
  name: string;
  id: string;
}

/**
 * `count` distinct subjects: the fixture organisations themselves first, then copies of
 * them (same kind and records, a generated code and a numbered name), so that every
 * outcome occurs and no two rows share a code.
 */
export function benchSubjects(count: number): { subjects: BenchSubject[]; extraFixtures: Fixture[] } {
  const known = organisations();
  const subjects: BenchSubject[] = [];
  const extraFixtures: Fixture[] = [];
  for (let i = 0; i < count; i++) {
    const source = known[i % known.length];
    if (i < known.length) {
      subjects.push({ name: source.subject.name, id: source.subject.id });
      continue;
    }
    const id = generatedCode(i);
    const name = `${source.subject.name}（${i}）`;
    extraFixtures.push({
      ...source,
      subject: { ...source.subject, id, name },
      records: source.records.map((r, k) => ({ ...r, id: `${r.id}-b${i}-${k}` })),
    });
    subjects.push({ name, id });
  }
  return { subjects, extraFixtures };
}

/** How many `POST …/v1/checks` and `GET …/v1/measures` reached the platform. */
export function countRequests(platform: Platform): { checks: number; catalog: number; other: number } {
  let checks = 0;
  let catalog = 0;
  let other = 0;
  for (const r of platform.state.requests) {
    if (r.method === 'POST' && r.path.endsWith('/v1/checks')) checks++;
    else if (r.method === 'GET' && r.path.includes('/v1/measures')) catalog++;
    else other++;
  }
  return { checks, catalog, other };
}

/** From the `bench:request` / `bench:response` marks after `start`: the first request and the last response, ms after `start`. */
export function roundTrips(start: number): { firstRequest: number; lastResponse: number } {
  const at = (name: string) => performance.getEntriesByName(name, 'mark').map((m) => m.startTime).filter((t) => t >= start);
  const requests = at('bench:request');
  const responses = at('bench:response');
  return {
    firstRequest: requests.length ? Math.min(...requests) - start : NaN,
    lastResponse: responses.length ? Math.max(...responses) - start : NaN,
  };
}
