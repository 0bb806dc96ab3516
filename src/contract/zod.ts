/**
 * The one zod instance the SDK uses: `zod/mini` (small, tree-shakeable) configured
 * `jitless`, so that parsing never reaches for `new Function` and pages with a strict
 * Content-Security-Policy (no 'unsafe-eval') keep working.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
