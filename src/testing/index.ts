/**
 * `credit-widgets/testing`: the simulated credit platform for integrators' tests and the
 * demo — one fetch handler over realistic fixtures, plus msw handlers that delegate to it.
 *
 * ```ts
 * import { createPlatform, creditHandlers, FIXTURES } from 'credit-widgets/testing';
 * const platform = createPlatform({ faults: { mode: 'http-503', times: 1 } });
 * const server = setupServer(...creditHandlers(platform, { baseUrl: 'https://credit.example.gov.cn/api' }));
 * ```
 * The Node HTTP adapter (`node-server.ts`) imports `node:http` and is not exported here.
 */
export { createPlatform } from './platform.js';
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
export { creditHandlers } from './msw.js';
export type { CreditHandlersOptions } from './msw.js';
