// The engine benchmark itself (a child process of engine.mjs):
//   node engine-run.mjs <policy.mjs> <fixtures.mjs> <runs> <runMs> <warmupMs>
// For 1, 10 and 100 records per subject: 64 different subjects built from the fixtures'
// organisations and their records (cycled, ids made unique), each asked under one of the
// catalog's scenarios in turn, over the default catalog; a warm-up, then `runs` timed
// loops of about `runMs` each. Prints JSON: decisions/s per run for each size.
import { pathToFileURL } from 'node:url';

const [policyPath, fixturesPath, runsArg, runMsArg, warmupArg] = process.argv.slice(2);
const { evaluate, DEFAULT_CATALOG, todayInChina } = await import(pathToFileURL(policyPath).href);
const { knownFixtures, FIXTURES } = await import(pathToFileURL(fixturesPath).href);

const RUNS = Number(runsArg);
const RUN_MS = Number(runMsArg);
const WARMUP_MS = Number(warmupArg);
const SIZES = [1, 10, 100];
const SUBJECTS = 64;

const on = todayInChina();
const scenarios = [...new Set(DEFAULT_CATALOG.measures.flatMap((m) => m.scenarios))];
const organisations = knownFixtures(FIXTURES).filter((f) => f.subject.kind !== 'natural-person');
const pool = organisations.flatMap((f) => f.records);
if (pool.length < 10) throw new Error(`too few fixture records (${pool.length}) to build subjects`);

function inputsWith(size) {
  const inputs = [];
  for (let s = 0; s < SUBJECTS; s++) {
    const owner = organisations[s % organisations.length];
    // Start each subject at a different place in the pool, so the mixes differ.
    const records = Array.from({ length: size }, (_, i) => {
      const r = pool[(s * 7 + i) % pool.length];
      return { ...r, id: `${r.id}-${s}-${i}` };
    });
    inputs.push({ subject: owner.subject, records, catalog: DEFAULT_CATALOG, scenario: scenarios[s % scenarios.length], on });
  }
  return inputs;
}

let sink = 0;
/**
 * Evaluates the inputs round-robin for about `ms` of wall time; returns decisions per
 * second of this process's CPU time (on a quiet machine the same as wall time; on a busy
 * one it leaves out the time another process held the core).
 */
function loop(inputs, ms) {
  const n = inputs.length;
  let count = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(ms * 1e6));
  let now = start;
  do {
    // Check the clock every 256 decisions, not every one.
    for (let i = 0; i < 256; i++) {
      const d = evaluate(inputs[(count + i) % n]);
      sink += d.applied.length + d.outcome.length;
    }
    count += 256;
    now = process.hrtime.bigint();
  } while (now < deadline);
  const used = process.cpuUsage(cpu);
  const seconds = Math.min(Number(now - start) / 1e9, (used.user + used.system) / 1e6);
  return count / seconds;
}

const result = { runs: {}, outcomes: {}, scenarios: scenarios.length, subjects: SUBJECTS };
for (const size of SIZES) {
  const inputs = inputsWith(size);
  const outcomes = {};
  for (const input of inputs) {
    const o = evaluate(input).outcome;
    outcomes[o] = (outcomes[o] ?? 0) + 1;
  }
  result.outcomes[size] = outcomes;
  loop(inputs, WARMUP_MS);
  result.runs[size] = Array.from({ length: RUNS }, () => loop(inputs, RUN_MS));
}
result.sink = sink % 997;
process.stdout.write(JSON.stringify(result));
