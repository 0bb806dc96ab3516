/**
 * Schema fuzzing: random mutations of valid check responses and catalogs — fields dropped,
 * wrong types, unknown enum values, nulls, huge strings, deep nesting, prototype keys
 * (`__proto__`, `constructor`), duplicated and shuffled entries — through the client (its
 * `fetch` option over a handler that answers the mutated body).
 *
 * The client never throws; every decision is well-formed; a response that fails the
 * contract gives `unknown` / `invalid-response` — never `clear` or `facilitated`; a
 * response that passes gives exactly what the engine decides on the data as validated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCreditClient, memoryOutboxStore } from '../../../src/client/index.js';
import { OUTCOMES, UNKNOWN_REASONS, type Catalog, type CheckResponse } from '../../../src/contract/index.js';
import { normalizeSubjectId } from '../../../src/ids/index.js';
import { DEFAULT_CATALOG, type Decision } from '../../../src/policy/index.js';
// What is valid and what the rules decide come from test/oracle (a plain reading of the
// contract and of the rules), never from the project's own schemas or evaluate().
import { isCatalog, isEnvelope, resultShape } from '../../oracle/contract.js';
import { decide, type OracleMeasure, type OracleRecord } from '../../oracle/rules.js';
import { createPlatform, FIXTURES } from '../../../src/testing/index.js';

const ENDPOINT = 'https://credit.example.gov.cn/api';
const TODAY = '2026-11-22';
const NOW = new Date('2026-11-22T10:00:00+08:00');
const SCENARIOS = ['government-procurement', 'administrative-licensing'] as const;

/** Subjects covering every outcome, a person, an unknown code and the suspect pilot code. */
const IDS = [
  FIXTURES.restricted,
  FIXTURES.objection,
  FIXTURES.cleanThreeYears,
  FIXTURES.redList,
  FIXTURES.staleActive,
  FIXTURES.personJudgmentDebtor,
  FIXTURES.unknownEnterprise,
  FIXTURES.pilotCode,
].map((f) => f.subject.id);

/** A valid answer of the simulated platform, as parsed JSON. */
async function validCheckBody(scenario: string): Promise<CheckResponse> {
  const platform = createPlatform({ seed: false, today: TODAY, now: () => NOW });
  const response = await platform.handle(
    new Request(`${ENDPOINT}/v1/checks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ subjects: IDS.map((id) => ({ id })), scenario, purpose: '资格审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } }),
    }),
  );
  return (await response.json()) as CheckResponse;
}

// ------------------------------------------------------------------------- mutations

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in `value` (the root included), down to a depth where only garbage lives. */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (at.length >= 12) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k], [...at, k], out);
  return out;
}

function deep(depth: number, leaf: Json, asArray: boolean): Json {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { nested: v };
  return v;
}

/** Sets an OWN property, also for `__proto__` (plain assignment would change the prototype). */
function setOwn(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/**
 * Big values are described, not generated, so that fast-check can print a counterexample:
 * they are built where the mutation is applied.
 */
type Big = { big: 'huge-ascii' | 'huge-cjk' | 'deep-array' | 'deep-object' };
type Value = Json | Big;
const isBig = (v: Value): v is Big => !!v && typeof v === 'object' && !Array.isArray(v) && 'big' in v && Object.keys(v).length === 1;
function materialize(v: Value): Json {
  if (!isBig(v)) return copy(v);
  switch (v.big) {
    case 'huge-ascii':
      return 'A'.repeat(200_000);
    case 'huge-cjk':
      return '信'.repeat(100_000);
    case 'deep-array':
      return deep(2_000, 'x', true);
    case 'deep-object':
      return deep(2_000, 'x', false);
  }
}

const replacement: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(1e308),
  fc.constant(''),
  fc.constantFrom('deterrence', 'export-control-list', 'ACTIVE', 'cancelled', 'punishment ', 'F', '2026-13-45', '2026-11-22T25:00:00Z'),
  fc.string({ maxLength: 20 }),
  fc.constantFrom<Big>({ big: 'huge-ascii' }, { big: 'huge-cjk' }, { big: 'deep-array' }, { big: 'deep-object' }),
  fc.constant([] as Json),
  fc.constant({} as Json),
  fc.constantFrom(...PROTO_KEYS).map((k) => ({ [k]: { found: true } }) as Json),
);

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'replace'; at: number; value: Value }
  | { op: 'proto-key'; at: number; key: string; value: Value }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
  fc.record({ op: fc.constant('proto-key' as const), at: fc.nat(), key: fc.constantFrom(...PROTO_KEYS), value: replacement }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);

function parentOf(root: Json, path: Path): Json {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key];
  return node;
}

function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key];
  return node;
}

/** A deep copy without shared references (the default catalog reuses trigger objects). */
const copy = (v: Json): Json => JSON.parse(JSON.stringify(v)) as Json;

/** Applies `m` to `root` (a deep copy is made first) and returns the result. */
function mutate(source: Json, ms: readonly Mutation[]): Json {
  let root = copy(source);
  for (const m of ms) {
    const all = paths(root);
    const path = all[m.at % all.length];
    if (m.op === 'replace' && path.length === 0) {
      root = materialize(m.value);
      continue;
    }
    if (path.length === 0 && m.op !== 'proto-key') continue;
    const parent = path.length ? parentOf(root, path) : null;
    const key = path.at(-1)!;
    switch (m.op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key as string];
        break;
      case 'replace':
        (parent as Record<string | number, Json>)[key] = materialize(m.value);
        break;
      case 'proto-key': {
        const node = getAt(root, path);
        if (node && typeof node === 'object' && !Array.isArray(node)) setOwn(node, m.key, materialize(m.value));
        break;
      }
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, copy(parent[key as number]));
        break;
      case 'swap': {
        const other = all[m.with % all.length];
        const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((p, i) => b[i] === p);
        if (isPrefix(path, other) || isPrefix(other, path)) break; // one holds the other: no cycles
        const a = getAt(root, path);
        const b = getAt(root, other);
        (parentOf(root, other) as Record<string | number, Json>)[other.at(-1)!] = a;
        (parent as Record<string | number, Json>)[key] = b;
        break;
      }
    }
  }
  return root;
}

// ------------------------------------------------------------------------- the property

interface Served {
  /** The JSON text of each answer (`undefined` → an empty body). */
  check: string;
  catalog: string;
}

const text = (value: Json) => JSON.stringify(value) ?? '';
const reparsed = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

async function run(scenario: string, served: Served): Promise<Decision[]> {
  const client = createCreditClient({
    endpoint: ENDPOINT,
    outbox: memoryOutboxStore(),
    now: () => NOW,
    timeoutMs: 5_000,
    fetch: async (input, init) => {
      const url = new Request(input, init).url;
      const body = url.endsWith('/v1/measures') ? served.catalog : served.check;
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
  try {
    return await client.check(IDS, { scenario, purpose: '资格审查', authorization: { basis: 'subject-consent', reference: '授权书 2026-07' } });
  } finally {
    client.dispose();
  }
}

/** What the client must decide for each id on data that passed validation. */
function expected(scenario: string, check: CheckResponse, catalog: Catalog): { outcome: string; reason?: string }[] {
  return IDS.map((id) => {
    const matching = check.results.filter((r) => normalizeSubjectId(r.id) === normalizeSubjectId(id));
    if (matching.length === 0) return { outcome: 'unknown', reason: 'invalid-response' };
    const distinct = new Set(matching.map((r) => JSON.stringify(r)));
    if (distinct.size > 1) return { outcome: 'unknown', reason: 'invalid-response' }; // two different answers for one subject
    const result = matching[0];
    if ('error' in result) return { outcome: 'unknown', reason: result.error.status === 401 ? 'unauthorized' : 'http' };
    if (!result.found) return { outcome: 'unknown', reason: 'not-found' };
    // The answer must be about the subject asked: its id, or — for a person, whom a platform
    // answers masked (rules §1: first 6 and last 4 kept) — exactly that id's mask. A bare "*"
    // or another person's mask is another subject.
    const asked = normalizeSubjectId(id);
    const personMask = `${asked.slice(0, 6)}********${asked.slice(14)}`;
    const answered = normalizeSubjectId(result.subject.id);
    if (answered !== asked && answered !== personMask) {
      return { outcome: 'unknown', reason: 'invalid-response' }; // the answer is about another subject
    }
    const want = decide({ subject: result.subject, records: result.records as OracleRecord[], measures: catalog.measures as OracleMeasure[], scenario, on: TODAY });
    return want.reason ? { outcome: want.outcome, reason: want.reason } : { outcome: want.outcome };
  });
}

function wellFormed(d: Decision): void {
  expect(OUTCOMES).toContain(d.outcome);
  expect(Array.isArray(d.applied) && Array.isArray(d.suspended) && Array.isArray(d.records) && Array.isArray(d.warnings)).toBe(true);
  if (d.outcome === 'unknown') {
    expect(UNKNOWN_REASONS).toContain(d.reason);
    expect(d.applied).toEqual([]);
  } else {
    expect(d.reason).toBeUndefined();
  }
  expect(typeof d.subjectId).toBe('string');
}

describe('schema fuzzing: mutated platform answers through the client', () => {
  const bodies = new Map<string, CheckResponse>();
  const body = async (scenario: string) => {
    if (!bodies.has(scenario)) bodies.set(scenario, await validCheckBody(scenario));
    return bodies.get(scenario)!;
  };

  it('the unmutated answers decide every outcome (control)', async () => {
    const outcomes = new Set<string>();
    for (const scenario of SCENARIOS) {
      const decisions = await run(scenario, { check: JSON.stringify(await body(scenario)), catalog: JSON.stringify(DEFAULT_CATALOG) });
      decisions.forEach(wellFormed);
      for (const d of decisions) outcomes.add(d.outcome);
    }
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
  });

  it('a mutated check response: never a throw; a broken envelope → all unknown/invalid-response; a bad result → its subject only; valid → what the engine decides', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (scenario, ms) => {
        const check = text(mutate((await body(scenario)) as unknown as Json, ms));
        const decisions = await run(scenario, { check, catalog: JSON.stringify(DEFAULT_CATALOG) });
        expect(decisions).toHaveLength(IDS.length);
        decisions.forEach(wellFormed);
        const parsedBody = reparsed(check);
        if (!isEnvelope(parsedBody)) {
          for (const d of decisions) expect([d.outcome, d.reason]).toEqual(['unknown', 'invalid-response']);
        } else {
          // Per subject: a result the contract refuses makes its own subject unknown; the others stand.
          const envelope = parsedBody as CheckResponse;
          const results = envelope.results as unknown[];
          const valid = results.filter((r) => resultShape(r) !== null) as CheckResponse['results'];
          const refused = new Set(
            results
              .filter((r) => resultShape(r) === null)
              .map((r) => (r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? normalizeSubjectId((r as { id: string }).id) : null))
              .filter((id): id is string => id !== null),
          );
          const want = expected(scenario, { ...envelope, results: valid }, DEFAULT_CATALOG).map((e, i) =>
            refused.has(normalizeSubjectId(IDS[i])) ? { outcome: 'unknown', reason: 'invalid-response' } : e,
          );
          expect(decisions.map((d) => ({ outcome: d.outcome, ...(d.reason ? { reason: d.reason } : {}) }))).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a mutated catalog: never a throw; invalid → unknown, never clear or facilitated; valid → what the engine decides', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (scenario, ms) => {
        const catalog = text(mutate(DEFAULT_CATALOG as unknown as Json, ms));
        const check = await body(scenario);
        const decisions = await run(scenario, { check: JSON.stringify(check), catalog });
        decisions.forEach(wellFormed);
        const parsed = reparsed(catalog);
        if (!isCatalog(parsed)) {
          for (const d of decisions) {
            expect(d.outcome).toBe('unknown');
            expect(['invalid-response', 'not-found']).toContain(d.reason);
          }
        } else {
          expect(decisions.map((d) => ({ outcome: d.outcome, ...(d.reason ? { reason: d.reason } : {}) }))).toEqual(expected(scenario, check, parsed as Catalog));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
