/**
 * The browser build's entry (`dist/credit-widgets/credit-widgets.js`): one self-contained,
 * code-split ES module build for pages without a bundler, lowered to Chromium 69
 * (scripts/lib/browser-build.mjs). The classic script `credit-widgets.iife.js`
 * (widgets/loader.ts) imports it from the folder next to itself and calls
 * `startFromScript`; a page may also load it directly with `<script type="module">`.
 *
 * Importing it defines nothing at once: each element's code loads when its tag first
 * appears on the page (autoloader.ts); the print views, the default catalog, the zod
 * schemas and the outbox load when first needed — each its own chunk, each module once
 * per page.
 */
import { configureFromScript } from './internal/script-config.js';
import { autoload } from './autoloader.js';
import { scan, watch } from './auto-scan/scan.js';

export { configure, getConfig, clientFor } from '../src/client/registry.js';
export { createCreditClient } from '../src/client/index.js';
export { parseSubjectId, normalizeSubjectId, maskSubjectId } from '../src/ids/index.js';
export { scan, watch };
export { loadElement, loadAllElements } from './autoloader.js';
export { version } from './version.js';

let started = false;

/**
 * Configures the page from the loader's `<script>` tag first, then loads the elements on
 * the page (so that no element checks before the endpoint is known) and, with
 * `data-auto-scan`, flags the page now and as rows are added.
 */
export function startFromScript(script: HTMLScriptElement | null): void {
  if (started) return;
  started = true;
  try {
    if (script) configureFromScript(script);
    autoload(document);
    if (script && script.hasAttribute('data-auto-scan')) {
      const scanNow = () => {
        scan(document);
        watch(document);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scanNow, { once: true });
      else scanNow();
    }
  } catch (error) {
    // Never break the host page.
    console.error('credit-widgets: could not start.', error);
  }
}

// Loaded directly (`<script type="module" src=".../credit-widgets/credit-widgets.js">`), with no
// loader to call startFromScript: start anyway. The loader's call comes first (a microtask
// after this module is evaluated; this timer is a task later).
setTimeout(() => startFromScript(null), 0);
