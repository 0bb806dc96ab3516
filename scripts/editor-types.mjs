#!/usr/bin/env node
// Editor types, generated from dist/custom-elements.json (the last step of `npm run build`;
// alone: `node scripts/editor-types.mjs [distDir]`, after a build):
//
//   dist/vscode.html-custom-data.json  VS Code HTML custom data: tags, attributes, their values
//   dist/web-types.json                JetBrains web-types: elements, attributes, events, slots, parts
//   dist/types/jsx.d.ts                React 19 JSX IntrinsicElements: properties + oncredit-* listeners
//   dist/types/vue.d.ts, dist/vue.js   Vue 3 GlobalComponents (templates) and typed tag names for h()
//
// The manifest gives the names (tags, attributes, fields, events) and the descriptions; the
// TypeScript types come from the package's own declarations — a property's type is
// `HTMLElementTagNameMap['credit-x']['field']`, an event's is
// `GlobalEventHandlersEventMap['credit-y']` — so the editor types cannot drift from the code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));

const clean = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${clean(text).replace(/\*\//g, '*\\/')} */\n` : '');
/** `'a' | 'b'` → ['a', 'b']; anything else → null. */
const literals = (typeText) => {
  const parts = String(typeText ?? '').split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
};

/** The elements: tag, descriptions, settable properties (with their attribute), events, slots, parts. */
const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    const members = d.members ?? [];
    const writable = (name) => {
      const m = members.find((x) => x.name === name && x.kind === 'field' && !x.static);
      return !!m && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected';
    };
    const props = [];
    // Attributes backed by a writable field: both names (`case-number` and `caseNumber`) work.
    for (const a of d.attributes ?? []) {
      if (!a.name || !a.fieldName || !writable(a.fieldName)) continue;
      props.push({ field: a.fieldName, attribute: a.name, description: a.description, type: a.type?.text, default: a.default });
    }
    // Writable public fields without an attribute (properties only, e.g. a callback).
    for (const m of members) {
      if (m.kind !== 'field' || m.static || m.readonly || m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('_') || m.name.startsWith('#')) continue;
      if (props.some((p) => p.field === m.name)) continue;
      if (m.name === 'locale') continue;
      props.push({ field: m.name, attribute: null, description: m.description, type: m.type?.text, default: m.default });
    }
    const events = (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description }));
    // Attributes the host may write that are not properties here (`lang`), and reflected ones (`outcome`, `loading`) for completion.
    const otherAttributes = (d.attributes ?? []).filter((a) => a.name && !props.some((p) => p.attribute === a.name)).map((a) => ({ name: a.name, description: a.description, type: a.type?.text }));
    elements.push({
      tag: d.tagName,
      className: d.name,
      description: clean(d.summary ?? d.description),
      props,
      otherAttributes,
      events,
      slots: (d.slots ?? []).filter((s) => s.name !== undefined).map((s) => ({ name: s.name || 'default', description: s.description })),
      parts: (d.cssParts ?? []).filter((p) => p.name).map((p) => ({ name: p.name, description: p.description })),
      cssProperties: (d.cssProperties ?? []).filter((p) => p.name).map((p) => ({ name: p.name, description: p.description, default: p.default })),
    });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) throw new Error(`editor-types: no custom elements in ${join(dist, 'custom-elements.json')}`);

const docsUrl = `${String(pkg.homepage ?? '').replace(/#.*$/, '')}`;

// 1. VS Code custom data (html.customData).
const vscode = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tag,
    description: el.description,
    attributes: [
      ...el.props.filter((p) => p.attribute).map((p) => {
        const values = literals(p.type);
        const attr = { name: p.attribute, description: clean(p.description) + (p.default !== undefined ? ` (default ${p.default})` : '') };
        if (p.type === 'boolean') attr.valueSet = 'v';
        else if (values) attr.values = values.map((name) => ({ name }));
        return attr;
      }),
      ...el.otherAttributes.map((a) => ({ name: a.name, description: clean(a.description) })),
    ],
    ...(docsUrl ? { references: [{ name: 'README', url: docsUrl }] } : {}),
  })),
};
writeFileSync(join(dist, 'vscode.html-custom-data.json'), JSON.stringify(vscode, null, 2) + '\n');

// 2. JetBrains web-types.
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tag,
        description: el.description,
        attributes: [
          ...el.props.filter((p) => p.attribute).map((p) => ({
            name: p.attribute,
            description: clean(p.description),
            ...(p.default !== undefined ? { default: String(p.default) } : {}),
            value: p.type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: p.type ?? 'string' },
          })),
          ...el.otherAttributes.map((a) => ({ name: a.name, description: clean(a.description), value: { kind: 'plain', type: a.type ?? 'string' } })),
        ],
        js: {
          properties: el.props.map((p) => ({ name: p.field, description: clean(p.description), ...(p.type ? { type: p.type } : {}) })),
          events: el.events.map((e) => ({ name: e.name, description: clean(e.description) })),
        },
        events: el.events.map((e) => ({ name: e.name, description: clean(e.description) })),
        slots: el.slots.map((s) => ({ name: s.name, description: clean(s.description) })),
        css: {
          parts: el.parts.map((p) => ({ name: p.name, description: clean(p.description) })),
          properties: el.cssProperties.map((p) => ({ name: p.name, description: clean(p.description) })),
        },
      })),
    },
  },
};
writeFileSync(join(dist, 'web-types.json'), JSON.stringify(webTypes, null, 2) + '\n');

// 3. + 4. TypeScript: the props of each element, shared by the React and the Vue typings.
const header = `// Generated by scripts/editor-types.mjs from custom-elements.json (npm run build). Do not edit.\n`;
const typesDir = join(dist, 'types');
mkdirSync(typesDir, { recursive: true });
const common = `/** The element class registered for tag K. */
type El<K extends keyof HTMLElementTagNameMap> = HTMLElementTagNameMap[K];
/** The event object of event name K (the package declares each in GlobalEventHandlersEventMap). */
type Ev<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;
`;
/** The properties and attributes of one element as TypeScript members (events per framework). */
function propMembers(el, indent) {
  let out = '';
  for (const p of el.props) {
    const type = `El<'${el.tag}'>['${p.field}']`;
    out += doc(p.description, indent) + `${indent}${quote(p.field)}?: ${type};\n`;
    if (p.attribute && p.attribute !== p.field) out += doc(`Attribute form of \`${p.field}\`.`, indent) + `${indent}${quote(p.attribute)}?: ${type};\n`;
  }
  return out;
}

// React 19: `on<event-name>` is added with addEventListener(<event-name>); other props are set
// as properties when the element has them (so: register the elements before rendering).
let jsx = `${header}// React 19 JSX types for the credit-widgets elements: import type {} from 'credit-widgets/jsx' once
// (or add "credit-widgets/jsx" to compilerOptions.types). Properties by their property name
// (caseNumber) or attribute name (case-number); events as oncredit-result={(e) => e.detail}.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import './widgets/index.js';

${common}
`;
const names = [];
for (const el of elements) {
  const name = `${pascal(el.tag)}JsxProps`;
  names.push([el.tag, name]);
  jsx += `/** Props of \`<${el.tag}>\` in JSX. */\nexport interface ${name} {\n${propMembers(el, '  ')}`;
  for (const e of el.events) jsx += doc(e.description, '  ') + `  'on${e.name}'?: (event: Ev<'${e.name}'>) => void;\n`;
  jsx += `}\n\n`;
}
jsx += `type Base<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;\n\n`;
jsx += `/** The credit-* elements, as JSX IntrinsicElements. */\nexport interface CreditWidgetsIntrinsicElements {\n`;
for (const [tag, name] of names) jsx += `  '${tag}': Base<El<'${tag}'>, ${name}> & ${name};\n`;
jsx += `}\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CreditWidgetsIntrinsicElements {}\n  }\n}\n`;
writeFileSync(join(typesDir, 'jsx.d.ts'), jsx);

// Vue 3: templates check <credit-*> against GlobalComponents (vue-tsc / Volar); for h(), the
// tag names are exported typed as components (at run time they are the tag strings).
let vue = `${header}// Vue 3 types for the credit-widgets elements: import from 'credit-widgets/vue'.
// - templates (vue-tsc, Volar): GlobalComponents gets every <credit-*> tag, with its
//   properties and @credit-* events (still set compilerOptions.isCustomElement for credit-*);
// - h(): import { CreditCheck } from 'credit-widgets/vue' and write h(CreditCheck, { subject, onCreditResult });
//   CreditCheck is the string 'credit-check' at run time, typed so that its props are checked.
import type { FunctionalComponent, HTMLAttributes } from 'vue';
import './widgets/index.js';

${common}
`;
let vueJs = `${header}// The tag names, for Vue's h(): typed as components in types/vue.d.ts.\n`;
const vueNames = [];
for (const el of elements) {
  const name = `${pascal(el.tag)}VueProps`;
  vueNames.push([el.tag, name]);
  vue += `/** Props of \`<${el.tag}>\` in Vue. */\nexport interface ${name} {\n${propMembers(el, '  ')}`;
  for (const e of el.events) vue += doc(e.description, '  ') + `  ${quote(`on${pascal(e.name)}`)}?: (event: Ev<'${e.name}'>) => void;\n`;
  vue += `}\n\n`;
  vue += `/** \`'${el.tag}'\` at run time: h(${pascal(el.tag)}, props) type-checks the props. */\nexport declare const ${pascal(el.tag)}: FunctionalComponent<${name} & Omit<HTMLAttributes, keyof ${name}>>;\n\n`;
  vueJs += `export const ${pascal(el.tag)} = '${el.tag}';\n`;
}
vue += `declare module 'vue' {\n  interface GlobalComponents {\n`;
for (const [tag, name] of vueNames) vue += `    '${tag}': FunctionalComponent<${name} & Omit<HTMLAttributes, keyof ${name}>>;\n`;
vue += `  }\n}\n`;
writeFileSync(join(typesDir, 'vue.d.ts'), vue);
writeFileSync(join(dist, 'vue.js'), vueJs);

if (!process.argv.includes('--quiet')) {
  console.log(`editor types: ${elements.length} elements → vscode.html-custom-data.json, web-types.json, types/jsx.d.ts, types/vue.d.ts, vue.js`);
}
