/**
 * `credit-widgets/testing`: the simulated credit platform for integrators' tests and the
 * demo — one fetch handler over realistic fixtures. It needs nothing but the package's own
 * dependencies: msw is not imported here.
 *
 * ```ts
 * import { createPlatform, FIXTURES } from 'credit-widgets/testing';
 * const platform = createPlatform({ faults: { mode: 'http-503', times: 1 } });
 * const response = await platform.handle(new Request('https://credit.example.gov.cn/api/v1/measures'));
 * ```
 * The msw handlers that delegate to it are a separate entry, `credit-widgets/testing/msw`
 * (`msw.ts`), for projects that have msw installed (an optional peer dependency).
 * The Node HTTP adapter (`node-server.ts`) imports `node:http` and is not exported here.
 */
export { createPlatform } from './platform.js';
export { createGateway } from './gateway.js';
export type { Gateway, GatewayOptions, GatewayQuirk } from './gateway.js';
export type {
  Platform,
  PlatformOptions,
  PlatformState,
  RecordedRequest,
  StoredCommitment,
  StoredFeedback,
  SubjectError,
} from './platform.js';
export {
  FIXTURES,
  FIXTURE_KEYS,
  PILOT_CODE,
  bidderFixtures,
  buildFixtures,
  fixtureById,
  fixtureList,
  fixturesWithListType,
  fixturesWithStatus,
  knownFixtures,
  sampleBidderCsv,
} from './fixtures.js';
export type { Fixture, FixtureKey, FixtureSet } from './fixtures.js';
export { FAULT_MODES, UNKNOWN_LIST_TYPE } from './faults.js';
export type { FaultMode, FaultSpec, FaultsOption } from './faults.js';
export { seedCommitments, seedLedger } from './seed.js';
export { seedHistory } from './seed.js';
export type { SeededHistory } from './seed.js';
export { aggregateStats } from './stats.js';
export type { CheckFacts, StatsEvent, StatsFeedback, StatsInput } from './stats.js';
