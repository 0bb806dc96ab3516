/**
 * The script-tag bundle (`dist/credit-widgets.iife.js`) for legacy pages:
 *
 *   <script src="/js/credit-widgets.iife.js" data-endpoint="https://credit.example.gov.cn/api"
 *           data-locale="zh-CN" data-operator="张三" data-auto-scan></script>
 *
 * Registers the elements, defines `window.CreditWidgets` (configure, scan, client,
 * version), reads the `data-*` configuration from its own tag and, with
 * `data-auto-scan`, flags every `[data-credit-subject]` now and as rows are added.
 * `credit-widgets.extra.js` (bidder screen, commitment, ledger) must sit next to it: it
 * is loaded the first time one of those tags appears.
 * A second copy of the script on the page warns once and changes nothing.
 */
import { clientFor, configure, getConfig } from '../src/client/registry.js';
import { createCreditClient, parseSubjectId, scan, version, watch } from './core.js';
import { loadExtrasWhenNeeded } from './lazy-extras.js';
import * as litHtml from 'lit-html';

/**
 * The lazy chunks use this script's lit-html (scripts/lib/lazy-chunks.mjs): lit-html
 * creates the Trusted Types policy `lit-html` when it loads, and a strict CSP refuses a
 * second policy of that name.
 */
const SHARED_LIT_HTML = Symbol.for('credit-widgets.lit-html.v1');
if (!(SHARED_LIT_HTML in globalThis)) Object.defineProperty(globalThis, SHARED_LIT_HTML, { value: litHtml });

interface CreditWidgetsGlobal {
  configure: typeof configure;
  getConfig: typeof getConfig;
  scan: (root?: ParentNode) => void;
  readonly client: ReturnType<typeof clientFor>;
  createCreditClient: typeof createCreditClient;
  parseSubjectId: typeof parseSubjectId;
  version: string;
}

declare global {
  interface Window {
    CreditWidgets?: CreditWidgetsGlobal;
  }
}

function numberAttr(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function configureFromScript(script: HTMLScriptElement): void {
  const d = script.dataset;
  const options: Parameters<typeof configure>[0] = {};
  if (d.endpoint) options.endpoint = d.endpoint;
  if (d.locale) options.locale = d.locale as 'zh-CN';
  if (d.operator) options.operator = d.operator;
  if (d.department) options.department = d.department;
  const timeoutMs = numberAttr(d.timeoutMs);
  if (timeoutMs) options.timeoutMs = timeoutMs;
  const batchWindowMs = numberAttr(d.batchWindowMs);
  if (batchWindowMs !== undefined) options.batchWindowMs = batchWindowMs;
  const cacheTtlMs = numberAttr(d.cacheTtlMs);
  if (cacheTtlMs !== undefined) options.cacheTtlMs = cacheTtlMs;
  if (Object.keys(options).length === 0) return;
  try {
    configure(options);
  } catch (error) {
    console.error(`credit-widgets: ${(error as Error).message}`);
  }
}

function install(): void {
  if (window.CreditWidgets) {
    console.warn('credit-widgets: this script is on the page twice; the first copy stays in charge.');
    return;
  }
  const api: CreditWidgetsGlobal = {
    configure,
    getConfig,
    scan: (root: ParentNode = document) => scan(root),
    get client() {
      return clientFor();
    },
    createCreditClient,
    parseSubjectId,
    version,
  };
  Object.defineProperty(window, 'CreditWidgets', { value: Object.freeze(api), configurable: true, enumerable: false, writable: false });

  const script = document.currentScript as HTMLScriptElement | null;
  // The bidder screen, commitment form and ledger load from next to this script when used.
  loadExtrasWhenNeeded(document, script?.src || document.baseURI);
  if (!script) return;
  configureFromScript(script);
  if (script.hasAttribute('data-auto-scan')) {
    const start = () => {
      scan(document);
      watch(document);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  }
}

try {
  install();
} catch (error) {
  // Never break the host page.
  console.error('credit-widgets: could not start.', error);
}
