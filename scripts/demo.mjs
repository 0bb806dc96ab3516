#!/usr/bin/env node
// `npm run demo`: the demo site on http://localhost:5173/ (PORT overrides), working with
// no backend — the credit platform is simulated in the browser on fixture data.
// The script-tag page's classic scripts (credit-widgets.iife.js …) are built on request by
// the vite config's plugin, so no `npm run build` is needed first.
import { createServer } from 'vite';
import { DEMO_PAGES } from './lib/demo-pages.mjs';

const port = Number(process.env.PORT) || 5173;
const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port } });
await server.listen();
const base = `http://localhost:${port}`;
console.log(`\n  credit-widgets demo: ${base}/\n`);
for (const page of DEMO_PAGES) console.log(`    ${page.id.padEnd(12)} ${base}${page.path}`);
console.log('\n  The platform is simulated in the browser. To use `npm run platform` instead, add');
console.log('  ?endpoint=http://localhost:8787/api to a page address. Ctrl+C stops the server.\n');
