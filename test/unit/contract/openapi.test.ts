import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../src/contract/openapi.js';
import * as S from '../../../src/contract/schemas.js';
import { LIST_TYPES, RECORD_STATUSES } from '../../../src/contract/constants.js';

const doc = buildOpenApiDocument('test');

describe('dist/openapi.json (generated from the zod schemas)', () => {
  it('is a valid OpenAPI 3.1 document according to a real OpenAPI validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('(control) the validator does reject a broken document', async () => {
    const broken = structuredClone(doc) as Record<string, unknown>;
    delete broken.info;
    (broken.paths as any)['/v1/checks'].post.responses = 'none';
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  it('describes every path of the v1 contract', () => {
    expect(Object.keys(doc.paths as object).sort()).toEqual(
      ['/v1/checks', '/v1/commitments', '/v1/commitments/search', '/v1/commitments/{id}', '/v1/feedback', '/v1/ledger', '/v1/measures', '/v1/objections', '/v1/objections/search', '/v1/records', '/v1/stats', '/v1/verifications'].sort(),
    );
  });

  it('describes GET /v1/stats with its required period and grouping, and the answer from the StatsReport schema', () => {
    const stats = (doc.paths as Record<string, any>)['/v1/stats'].get;
    const params = Object.fromEntries(stats.parameters.map((p: any) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(['department', 'from', 'groupBy', 'to']);
    for (const name of ['from', 'to', 'groupBy']) expect(params[name].required, name).toBe(true);
    expect(params.groupBy.schema.enum).toEqual(['department', 'scenario', 'measure', 'month']);
    const report = (doc.components as { schemas: Record<string, any> }).schemas.StatsReport;
    expect([...report.required].sort()).toEqual(['from', 'groupBy', 'groups', 'to', 'totals']);
    expect(stats.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/StatsReport');
  });

  it('takes its enumerations from the same lists the client validates with', () => {
    const schemas = (doc.components as { schemas: Record<string, any> }).schemas;
    const record = schemas.CreditRecord;
    expect(record.properties.listType.enum).toEqual([...LIST_TYPES]);
    expect(record.properties.status.enum).toEqual([...RECORD_STATUSES]);
    // Exactly the contract's required fields are required in the document (domain, severity … may be absent).
    expect([...record.required].sort()).toEqual(['authority', 'id', 'listType', 'listedOn', 'status', 'title']);
  });

  it('requires an Idempotency-Key on every write that goes through the outbox', () => {
    const paths = doc.paths as Record<string, any>;
    for (const [path, method] of [
      ['/v1/feedback', 'post'],
      ['/v1/commitments', 'post'],
      ['/v1/verifications', 'post'],
      ['/v1/objections', 'post'],
    ] as const) {
      const header = paths[path][method].parameters.find((p: any) => p.name === 'Idempotency-Key');
      expect(header?.required, `${method.toUpperCase()} ${path}`).toBe(true);
    }
  });

  it('agrees with the schema on a real check response: a body the schema rejects is not what the document describes', () => {
    const good = {
      asOf: '2026-11-22T08:00:00+08:00',
      catalogVersion: '2026.1',
      results: [{ id: '91350100M000100Y43', queryId: 'q_1', found: false, records: [] }],
    };
    expect(S.CheckResponse.safeParse(good).success).toBe(true);
    expect(S.CheckResponse.safeParse({ ...good, asOf: 'yesterday' }).success).toBe(false);
    const asOf = (doc.components as any).schemas.CheckResponse.properties.asOf;
    expect(new RegExp(asOf.pattern).test(good.asOf)).toBe(true);
    expect(new RegExp(asOf.pattern).test('yesterday')).toBe(false);
  });
});
