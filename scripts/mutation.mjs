#!/usr/bin/env node
// `npm run mutation [-- src/policy src/ids src/client] [--incremental]`: Stryker over each folder in turn
// (one at a time, at low priority: the machine has two cores), then one line per folder
// with its mutation score — killed (and timed out) over all mutants that tests could reach
// plus those no test covers. Not part of `npm test`: a full run takes a long while.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ALL = ['src/policy', 'src/ids', 'src/client'];
const args = process.argv.slice(2);
// `--incremental`: reuse the last run's results (faster; may keep stale survivors).
const incremental = args.includes('--incremental');
const named = args.filter((a) => a !== '--incremental');
const folders = named.length ? named : ALL;
const summary = [];
let failed = false;
for (const folder of folders) {
  if (!ALL.includes(folder)) {
    console.error(`unknown folder ${folder}: one of ${ALL.join(', ')}`);
    process.exit(2);
  }
  const r = spawnSync('nice', ['-n', '10', process.execPath, 'node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_FOLDER: folder, MUTATION_INCREMENTAL: incremental ? '1' : '' },
  });
  if (r.status !== 0) failed = true;
  summary.push([folder, score(`reports/mutation/${folder.replace(/\//g, '-')}.json`)]);
}
console.log('\nmutation score per folder');
for (const [folder, s] of summary) {
  console.log(s ? `${folder}: ${s.percent}% killed (${s.killed} of ${s.total}; ${s.survived} survived, ${s.noCoverage} not covered)` : `${folder}: no report`);
}
process.exit(failed ? 1 : 0);

function score(file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const count = { killed: 0, survived: 0, noCoverage: 0, total: 0 };
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) {
      if (m.status === 'CompileError' || m.status === 'RuntimeError' || m.status === 'Ignored') continue;
      count.total++;
      if (m.status === 'Killed' || m.status === 'Timeout') count.killed++;
      else if (m.status === 'Survived') count.survived++;
      else if (m.status === 'NoCoverage') count.noCoverage++;
    }
  }
  return { ...count, percent: count.total ? ((100 * count.killed) / count.total).toFixed(1) : '—' };
}
