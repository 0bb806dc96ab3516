#!/usr/bin/env node
// `npm run platform`: the simulated credit platform over real HTTP with CORS, so that
// integrators can point their own pages at it: http://localhost:8787/api (PORT overrides).
// It is the same handler the tests and the in-browser demo use (src/testing).
import { importTs } from './lib/import-ts.mjs';

const port = Number(process.env.PORT) || 8787;
const host = process.env.HOST || '127.0.0.1';
const { startPlatformServer } = await importTs('src/testing/node-server.ts', 'platform-server');
const server = await startPlatformServer({ port, host });
console.log(`credit platform (simulated): http://localhost:${port}/api`);
console.log('Point an element at it with endpoint="…", or open the demo with ?endpoint=<that URL>. Ctrl+C stops it.');
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
