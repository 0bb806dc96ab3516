#!/usr/bin/env node
// `npm run demo`: the demo site on http://localhost:5173/ (PORT overrides), working with
// no backend — the credit platform is simulated in the browser on fixture data.
import { createServer } from 'vite';

const port = Number(process.env.PORT) || 5173;
const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port } });
await server.listen();
console.log(`\n  credit-widgets demo: http://localhost:${port}/\n  (the platform is simulated in the browser; add ?endpoint=http://localhost:8787/api to use \`npm run platform\`)\n`);
