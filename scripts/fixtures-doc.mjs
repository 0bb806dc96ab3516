#!/usr/bin/env node
// `npm run fixtures-doc`: writes docs/fixtures.md — the simulated platform's subjects and the
// outcome the real engine gives each per scenario (src/testing/fixture-table.ts). A unit test
// fails when the committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const { fixtureTableMarkdown } = await importTs('src/testing/fixture-table.ts', 'fixture-table');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/fixtures.md', fixtureTableMarkdown());
console.log('docs/fixtures.md written.');
