/**
 * Editor types (scripts/editor-types.mjs, the last step of `npm run build`): VS Code custom
 * data, JetBrains web-types, React 19 JSX and Vue typings, all from custom-elements.json.
 *
 * The type check: fixtures/react-usage.tsx.txt and fixtures/vue-h.ts.txt use every element
 * with right props and with wrong ones, each wrong one under @ts-expect-error — so if the
 * generated types stop catching it, TypeScript reports an unused directive and this test
 * fails. They are copied into .test-results/editor-types/ (inside the package, so
 * `credit-widgets/jsx` and `credit-widgets/vue` resolve through package.json's exports) and
 * checked with the repo's TypeScript. (Stored as .txt so that the project's own typecheck,
 * which has no JSX settings and may run before a build, leaves them alone.)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'dist');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; events?: { name?: string }[]; attributes?: { name?: string; fieldName?: string }[] }[] }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const run = (args: string[], timeout: number) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout });

let manifest: Manifest;
let tags: string[];

beforeAll(() => {
  // CI builds before testing; a fresh clone without dist/ gets the build it needs here.
  if (!existsSync(join(dist, 'custom-elements.json')) || !existsSync(join(dist, 'types/widgets/index.d.ts'))) {
    const build = run(['scripts/build.mjs', '--quiet'], 600_000);
    if (build.status !== 0) throw new Error(`npm run build failed, so the editor types cannot be checked:\n${build.stdout}\n${build.stderr}`);
  }
  // The generator as it is now, on that manifest (cheap; the build runs the same).
  const gen = run(['scripts/editor-types.mjs', 'dist', '--quiet'], 60_000);
  if (gen.status !== 0) throw new Error(`scripts/editor-types.mjs failed:\n${gen.stderr}`);
  manifest = readJson<Manifest>(join(dist, 'custom-elements.json'));
  tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!).sort();
}, 660_000);

describe('editor types', () => {
  it('VS Code custom data and web-types list every element, its attributes and its events', () => {
    expect(tags.length).toBeGreaterThanOrEqual(7);
    const vscode = readJson<{ version: number; tags: { name: string; attributes: { name: string; valueSet?: string; values?: { name: string }[] }[] }[] }>(join(dist, 'vscode.html-custom-data.json'));
    expect(vscode.version).toBe(1.1);
    expect(vscode.tags.map((t) => t.name).sort()).toEqual(tags);
    const webTypes = readJson<{ name: string; contributions: { html: { elements: { name: string; attributes: { name: string }[]; events: { name: string }[] }[] } } }>(join(dist, 'web-types.json'));
    expect(webTypes.name).toBe('credit-widgets');
    expect(webTypes.contributions.html.elements.map((e) => e.name).sort()).toEqual(tags);
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((x) => x.customElement && x.tagName)) {
      const attrs = (d.attributes ?? []).filter((a) => a.name).map((a) => a.name!).sort();
      expect(vscode.tags.find((t) => t.name === d.tagName)!.attributes.map((a) => a.name).sort(), d.tagName).toEqual(attrs);
      const el = webTypes.contributions.html.elements.find((e) => e.name === d.tagName)!;
      expect(el.attributes.map((a) => a.name).sort(), d.tagName).toEqual(attrs);
      expect(el.events.map((e) => e.name).sort(), d.tagName).toEqual((d.events ?? []).filter((e) => e.name).map((e) => e.name!).sort());
    }
    // A boolean attribute completes without a value.
    const gate = vscode.tags.find((t) => t.name === 'credit-gate')!;
    expect(gate.attributes.find((a) => a.name === 'require-response')?.valueSet).toBe('v');
  });

  it('package.json exports them, and the files exist', () => {
    const pkg = readJson<{ exports: Record<string, string | Record<string, string>>; 'web-types': string }>(join(root, 'package.json'));
    const files = [
      pkg.exports['./vscode.html-custom-data.json'],
      pkg.exports['./web-types.json'],
      (pkg.exports['./jsx'] as Record<string, string>).types,
      (pkg.exports['./vue'] as Record<string, string>).types,
      (pkg.exports['./vue'] as Record<string, string>).default,
      pkg['web-types'],
    ];
    for (const file of files) expect(existsSync(join(root, file as string)), String(file)).toBe(true);
  });

  it('a TSX file and a Vue h() file using every element type-check, right props accepted and each wrong one caught', () => {
    const work = join(root, '.test-results', 'editor-types');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    copyFileSync(join(fixtures, 'react-usage.tsx.txt'), join(work, 'react-usage.tsx'));
    copyFileSync(join(fixtures, 'vue-h.ts.txt'), join(work, 'vue-h.ts'));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2022', 'DOM', 'DOM.Iterable'] },
        files: ['react-usage.tsx', 'vue-h.ts'],
      }),
    );
    // Every element appears with right props and with wrong ones, in both files.
    const react = readFileSync(join(work, 'react-usage.tsx'), 'utf8');
    const [reactRight, reactWrong] = react.split('export function WrongProps');
    const vue = readFileSync(join(work, 'vue-h.ts'), 'utf8');
    const [vueRight, vueWrong] = vue.split('export const wrong');
    const pascal = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    for (const tag of tags) {
      expect(reactRight, `${tag} with right props (TSX)`).toContain(`<${tag} `);
      expect(reactWrong, `${tag} with wrong props (TSX)`).toMatch(new RegExp(`@ts-expect-error[^\\n]*\\*/\\}\\n\\s*<${tag} `));
      expect(vueRight, `${tag} with right props (h)`).toContain(`h(${pascal(tag)}, `);
      expect(vueWrong, `${tag} with wrong props (h)`).toMatch(new RegExp(`@ts-expect-error[^\\n]*\\n\\s*h\\(${pascal(tag)}, `));
    }
    const tsc = run(['node_modules/typescript/bin/tsc', '-p', join(work, 'tsconfig.json')], 120_000);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 130_000);
});
