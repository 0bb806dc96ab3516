/**
 * The README and docs/ are the front door: every local link and picture in them points to a
 * file of the repository (a renamed test, a moved screenshot or a dropped doc shows up here,
 * not as a broken picture on a reader's screen).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Local targets of Markdown links/images and HTML src/href attributes (no URLs, no bare anchors; code examples left out). */
function localTargets(markdown: string): string[] {
  let fenced = false;
  const prose = markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
  const text = prose.join('\n').replace(/`[^`\n]*`/g, '');
  const found = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  return found.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => decodeURIComponent(t.split('#')[0]));
}

describe('README and docs links', () => {
  for (const doc of docs) {
    it(`${doc}: code fences are closed (an open one turns the prose after it into code)`, () => {
      const fences = readFileSync(join(root, doc), 'utf8')
        .split('\n')
        .filter((line) => /^\s*(```|~~~)/.test(line)).length;
      expect(fences % 2).toBe(0);
    });

    it(`${doc}: every local link and picture exists`, () => {
      const text = readFileSync(join(root, doc), 'utf8');
      const missing = localTargets(text).filter((t) => !existsSync(join(root, dirname(doc), t)));
      expect(missing.map((t) => relative(root, join(root, dirname(doc), t)))).toEqual([]);
    });
  }
});
