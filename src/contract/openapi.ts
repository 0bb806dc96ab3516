/**
 * The OpenAPI 3.1 document of the v1 contract, generated from the same zod schemas the
 * client validates responses with, so that the document and the code cannot drift.
 * `npm run build` writes it to `dist/openapi.json`.
 */
import * as z from 'zod/mini';
import * as S from './schemas.js';
import { STATS_GROUP_BY } from './constants.js';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = {
  CreditRecord: S.CreditRecord,
  Subject: S.Subject,
  Problem: S.Problem,
  CheckRequest: S.CheckRequest,
  CheckResponse: S.CheckResponse,
  Catalog: S.Catalog,
  Measure: S.Measure,
  FeedbackRequest: S.FeedbackRequest,
  FeedbackReceipt: S.FeedbackReceipt,
  CommitmentCreate: S.CommitmentCreate,
  Commitment: S.Commitment,
  CommitmentSearch: S.CommitmentSearch,
  CommitmentList: S.CommitmentList,
  CommitmentUpdate: S.CommitmentUpdate,
  LedgerPage: S.LedgerPage,
  RecordRegistration: S.RecordRegistration,
  RecordReceipt: S.RecordReceipt,
  VerificationCreate: S.VerificationCreate,
  VerificationReceipt: S.VerificationReceipt,
  ObjectionCreate: S.ObjectionCreate,
  Objection: S.Objection,
  ObjectionSearch: S.ObjectionSearch,
  ObjectionList: S.ObjectionList,
  StatsReport: S.StatsReport,
} as const;

type ComponentName = keyof typeof COMPONENTS;

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  // `io: 'input'` describes what a sender may send; responses are described as read.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A UUID; the same key on every retry of one write. A repeated key returns the first answer.',
  schema: { type: 'string' },
};
const errors = {
  '400': problem('The request does not match the contract.'),
  '401': problem('No or an expired token.'),
  '429': problem('Too many requests; see Retry-After.'),
  '503': problem('Unavailable; see Retry-After.'),
};

export function buildOpenApiDocument(version = '1.0.0'): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(COMPONENTS)) {
    // Requests are described as input, everything else as output.
    const io = /Request|Create|Search|Update|Registration/.test(name) ? 'input' : 'output';
    schemas[name] = schemaOf(schema, io);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Credit platform API (信用信息共享平台), v1',
      version,
      description:
        'The contract credit-widgets speaks: checks of subjects against the credit lists, the measures catalog (措施清单), execution feedback (执行反馈), credit commitments for 容缺受理, the query ledger (查询台账) and its statistics (统计联合奖惩情况).',
    },
    servers: [{ url: 'https://credit.example.gov.cn/api' }],
    security: [{ bearer: [] }, {}],
    paths: {
      '/v1/checks': {
        post: {
          operationId: 'check',
          summary: 'Check one or more subjects (1–100) for a scenario',
          requestBody: { required: true, content: json('CheckRequest') },
          responses: { '200': { description: 'One result per requested id, in request order.', content: json('CheckResponse') }, ...errors },
        },
      },
      '/v1/measures': {
        get: {
          operationId: 'measures',
          summary: 'The measures catalog (措施清单); cacheable with ETag',
          responses: {
            '200': { description: 'The catalog.', content: json('Catalog') },
            '304': { description: 'Not modified (If-None-Match).' },
            '404': problem('The platform serves no catalog; clients use their bundled default.'),
          },
        },
      },
      '/v1/feedback': {
        post: {
          operationId: 'feedback',
          summary: 'Report what was done per measure (执行反馈)',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('FeedbackRequest') },
          responses: {
            '201': { description: 'Recorded.', content: json('FeedbackReceipt') },
            '200': { description: 'A repeated Idempotency-Key: the first answer, nothing new recorded.', content: json('FeedbackReceipt') },
            '422': problem('A reason is required for not-applied and overridden.'),
            ...errors,
          },
        },
      },
      '/v1/commitments': {
        post: {
          operationId: 'createCommitment',
          summary: 'Record a credit commitment (信用承诺) for 容缺受理',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('CommitmentCreate') },
          responses: {
            '201': { description: 'Created.', content: json('Commitment') },
            '200': { description: 'A repeated Idempotency-Key: the first answer.', content: json('Commitment') },
            ...errors,
          },
        },
      },
      '/v1/commitments/search': {
        post: {
          operationId: 'searchCommitments',
          summary: "Search commitments (POST, so that a person's id never sits in a URL)",
          requestBody: { required: true, content: json('CommitmentSearch') },
          responses: { '200': { description: 'Matching commitments.', content: json('CommitmentList') }, ...errors },
        },
      },
      '/v1/commitments/{id}': {
        patch: {
          operationId: 'updateCommitment',
          summary: 'Mark a commitment fulfilled or breached (a breach becomes a commitment-breach record)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json('CommitmentUpdate') },
          responses: { '200': { description: 'The commitment.', content: json('Commitment') }, '404': problem('No such commitment.'), ...errors },
        },
      },
      '/v1/ledger': {
        get: {
          operationId: 'ledger',
          summary: 'The query ledger (查询台账)',
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'operator', in: 'query', schema: { type: 'string' } },
            { name: 'scenario', in: 'query', schema: { type: 'string' } },
            { name: 'caseNumber', in: 'query', schema: { type: 'string' } },
            { name: 'digest', in: 'query', description: 'Only the queries of the printed record with this SHA-256: verifies a paper record.', schema: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
          ],
          responses: { '200': { description: 'A page of ledger entries.', content: json('LedgerPage') }, ...errors },
        },
      },
      '/v1/records': {
        post: {
          operationId: 'registerRecord',
          summary: 'Register a printed check record (查询记录单): its digest and the outcome of each query on it',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('RecordRegistration') },
          responses: {
            '201': { description: 'Registered.', content: json('RecordReceipt') },
            '200': { description: 'A repeated Idempotency-Key: the first answer, nothing new recorded.', content: json('RecordReceipt') },
            ...errors,
          },
        },
      },
      '/v1/verifications': {
        post: {
          operationId: 'createVerification',
          summary: 'Record a manual verification (人工核查 / 信用报告) of a subject whose check could not decide',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('VerificationCreate') },
          responses: {
            '201': { description: 'Recorded; the ledger lists it as a manual verification.', content: json('VerificationReceipt') },
            '200': { description: 'A repeated Idempotency-Key: the first answer, nothing new recorded.', content: json('VerificationReceipt') },
            ...errors,
            '400': problem('The request does not match the contract: reference missing for a credit-report, note missing for records-found, checkedOn in the future.'),
          },
        },
      },
      '/v1/objections': {
        post: {
          operationId: 'createObjection',
          summary: 'File an objection (异议) to a record; the platform answers with the due date, 20 days after receipt',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('ObjectionCreate') },
          responses: {
            '201': { description: 'Filed.', content: json('Objection') },
            '200': { description: 'A repeated Idempotency-Key: the first answer, nothing new recorded.', content: json('Objection') },
            ...errors,
            '400': problem('The request does not match the contract: reason missing, contact missing for an objection raised by the subject.'),
          },
        },
      },
      '/v1/objections/search': {
        post: {
          operationId: 'searchObjections',
          summary: "Objections by subject, record or status (POST, so that a person's id never sits in a URL)",
          requestBody: { required: true, content: json('ObjectionSearch') },
          responses: { '200': { description: 'The matching objections.', content: json('ObjectionList') }, ...errors },
        },
      },
      '/v1/stats': {
        get: {
          operationId: 'stats',
          summary: 'Statistics of joint rewards and punishments (统计联合奖惩情况) for a period, grouped; no person is identifiable in them',
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
            { name: 'groupBy', in: 'query', required: true, schema: { type: 'string', enum: [...STATS_GROUP_BY] } },
            { name: 'department', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'Counts per group and in total. For groupBy=measure, checks and outcomes count the checks where the measure applied.',
              content: json('StatsReport'),
            },
            ...errors,
          },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
