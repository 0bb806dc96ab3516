/**
 * `dist/credit-widgets.iife.js`: the one classic script for legacy pages.
 *
 *   <script src="/js/credit-widgets.iife.js" data-endpoint="https://credit.example.gov.cn/api"
 *           data-locale="zh-CN" data-operator="张三" data-auto-scan></script>
 *
 * It is small on purpose: it defines `window.CreditWidgets` at once (so that `configure()`
 * and `scan()` work before anything else has loaded: calls are kept and replayed) and
 * imports the browser build from the folder `credit-widgets/` next to itself — resolved
 * against this script's own URL, so the files may live on another origin than the page
 * (that server must then send `Access-Control-Allow-Origin`). If that import fails (a file
 * missing, blocked, or a browser too old), the elements never upgrade: their fallback text
 * stays, and a gate's control keeps the `disabled` its markup gave it.
 *
 * A second copy of this script warns once and changes nothing.
 */
import { warnDuplicateOnce } from './internal/duplicate-warning.js';

type BrowserBuild = typeof import('./browser.js');

interface CreditWidgetsGlobal {
  /** Merges options into the page configuration (kept until the build has loaded). */
  configure(options: Record<string, unknown>): void;
  /** Flags every `[data-credit-subject]` under `root` (kept until the build has loaded). */
  scan(root?: ParentNode): void;
  /** The build, once loaded: `configure`, `getConfig`, `clientFor`, `createCreditClient`, `parseSubjectId`, `scan`, … */
  readonly ready: Promise<BrowserBuild>;
  /** The page's client for the configured endpoint (once loaded; `undefined` before). */
  readonly client: ReturnType<BrowserBuild['clientFor']> | undefined;
  /** The build's own functions, once loaded (`undefined` before: use `ready`). */
  readonly getConfig: BrowserBuild['getConfig'] | undefined;
  readonly createCreditClient: BrowserBuild['createCreditClient'] | undefined;
  readonly parseSubjectId: BrowserBuild['parseSubjectId'] | undefined;
  readonly version: string;
}

declare global {
  interface Window {
    CreditWidgets?: CreditWidgetsGlobal;
  }
}

declare const __CREDIT_WIDGETS_VERSION__: string;

function install(): void {
  if (window.CreditWidgets) {
    warnDuplicateOnce('credit-widgets.iife.js loaded again');
    return;
  }
  const script = document.currentScript as HTMLScriptElement | null;
  const base = (script && script.src) || document.baseURI;
  const url = new URL('credit-widgets/credit-widgets.js', base).href;

  let build: BrowserBuild | undefined;
  const calls: Array<(b: BrowserBuild) => void> = [];
  const call = (fn: (b: BrowserBuild) => void) => {
    if (!build) {
      calls.push(fn);
      return;
    }
    try {
      fn(build);
    } catch (error) {
      console.error('credit-widgets:', (error as Error)?.message ?? error);
    }
  };

  const ready: Promise<BrowserBuild> = import(/* @vite-ignore */ url).then((m: BrowserBuild) => {
    build = m;
    m.startFromScript(script);
    for (const fn of calls.splice(0)) call(fn);
    return m;
  });
  ready.catch((error: unknown) => {
    console.error(
      `credit-widgets: could not load ${url} — copy the credit-widgets/ folder next to credit-widgets.iife.js` +
        ' (from another origin, that server must send Access-Control-Allow-Origin). Checks are not made; the fallback text stays.',
      error,
    );
  });

  const api: CreditWidgetsGlobal = {
    configure: (options) => call((b) => b.configure(options as Parameters<BrowserBuild["configure"]>[0])),
    scan: (root) => call((b) => void b.scan(root ?? document)),
    ready,
    get client() {
      return build ? build.clientFor() : undefined;
    },
    get getConfig() {
      return build ? build.getConfig : undefined;
    },
    get createCreditClient() {
      return build ? build.createCreditClient : undefined;
    },
    get parseSubjectId() {
      return build ? build.parseSubjectId : undefined;
    },
    version: __CREDIT_WIDGETS_VERSION__,
  };
  Object.defineProperty(window, 'CreditWidgets', { value: Object.freeze(api), configurable: true, enumerable: false, writable: false });
}

try {
  install();
} catch (error) {
  // Never break the host page.
  console.error('credit-widgets: could not start.', error);
}
