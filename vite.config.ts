// The demo site (`npm run demo`): vite serves demo/ with the simulated platform in the
// browser (msw). The library itself is built by scripts/build.mjs (esbuild).
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'demo');

export default defineConfig({
  root,
  publicDir: resolve(import.meta.dirname, 'public'),
  server: {
    port: Number(process.env.PORT) || 5173,
    strictPort: true,
    fs: { allow: [import.meta.dirname] },
  },
  preview: { port: Number(process.env.PORT) || 5173 },
  resolve: {
    alias: {
      'credit-widgets/client': resolve(import.meta.dirname, 'src/index.ts'),
      'credit-widgets/testing': resolve(import.meta.dirname, 'src/testing/index.ts'),
      'credit-widgets': resolve(import.meta.dirname, 'widgets/index.ts'),
    },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
  },
});
