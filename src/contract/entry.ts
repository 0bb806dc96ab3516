/**
 * `credit-widgets/contract` (dist/contract.js): the zod schemas of the v1 API — the ones
 * the client validates every response with — and the OpenAPI 3.1 document built from them,
 * for integrators who validate payloads on their own side or generate server stubs.
 */
export * from './constants.js';
export * from './schemas.js';
export { buildOpenApiDocument } from './openapi.js';
