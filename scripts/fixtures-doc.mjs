#!/usr/bin/env node
// `npm run fixtures-doc`: writes docs/fixtures.md — the simulated platform's subjects and the
// outcome the real engine gives each per scenario (src/testing/fixture-table.ts). A unit test
// fails when the committed file differs from what this writes.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = 'node_modules/.cache/credit-widgets/fixture-table.mjs';
mkdirSync('node_modules/.cache/credit-widgets', { recursive: true });
await esbuild.build({
  entryPoints: ['src/testing/fixture-table.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { fixtureTableMarkdown } = await import(new URL(`../${out}`, import.meta.url).href);
mkdirSync('docs', { recursive: true });
writeFileSync('docs/fixtures.md', fixtureTableMarkdown());
console.log('docs/fixtures.md written.');
