/**
 * docs/fixtures.md is what src/testing/fixture-table.ts generates from the fixtures and the
 * engine (`npm run fixtures-doc` writes it), and every code the README offers as an example
 * is one the simulated platform knows — so the docs cannot drift from the platform.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSubjectId } from '../../../src/ids/index.js';
import { fixtureTableMarkdown } from '../../../src/testing/fixture-table.js';
import { buildFixtures, fixtureList } from '../../../src/testing/fixtures.js';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

describe('docs/fixtures.md', () => {
  it('equals what `npm run fixtures-doc` generates (run it after changing fixtures or the catalog)', () => {
    expect(read('docs/fixtures.md')).toBe(fixtureTableMarkdown());
  });

  it('lists every fixture with its code, and says restricted is restricted in 行政许可 and 政府采购', () => {
    const doc = read('docs/fixtures.md');
    const fixtures = fixtureList(buildFixtures('2026-11-22'));
    for (const f of fixtures) expect(doc).toContain(`| \`${f.key}\` | \`${f.subject.id}\` |`);
    const row = doc.split('\n').find((line) => line.startsWith('| `restricted` |'))!;
    const cells = row.split(' | ');
    // key, code, name, then 行政许可 and 政府采购 (SCENARIOS order).
    expect([cells[3], cells[4]]).toEqual(['restricted', 'restricted']);
  });
});

describe('README examples', () => {
  it('use only codes the simulated platform knows (a valid code it does not know would show 未核查)', () => {
    const readme = read('README.md');
    const known = new Set(fixtureList(buildFixtures()).filter((f) => f.known).map((f) => f.subject.id));
    const candidates = new Set(
      [...readme.matchAll(/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{18}/g)].map((m) => m[0]).filter((s) => /\d/.test(s) && /^[0-9０-９]/.test(s)),
    );
    const valid = [...candidates].map((c) => parseSubjectId(c)).filter((p) => p.status === 'valid');
    expect(valid.length, 'codes found in the README (control)').toBeGreaterThanOrEqual(2);
    expect(valid.filter((p) => !known.has(p.value)).map((p) => p.value)).toEqual([]);
  });
});
