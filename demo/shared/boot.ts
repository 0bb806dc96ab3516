/**
 * What every module page of the demo does first:
 * 1. language: `<html lang>`, the page's texts and the demo bar;
 * 2. the platform: the in-browser simulation (msw) unless `?endpoint=` names another one;
 * 3. `configure({ endpoint, locale, operator, department })`;
 * 4. only then the elements are registered, so their first check goes to a platform that answers.
 *
 * In an application of your own, steps 2 and 4 are simply
 * `import { configure } from 'credit-widgets'; configure({ endpoint: 'https://…/api' });`.
 */
import { configure, type CreditConfig } from '../../src/client/registry.js';
import type { PageId } from '../pages.js';
import { mountDemoBar } from './demo-bar.js';
import { SIMULATED_ENDPOINT, endpointFromQuery } from './endpoint.js';
import { applyMessages, initialLocale, rememberLocale, type DemoLocale, type PageMessages } from './locale.js';
import { gatewayAdapter } from '../../src/client/gateway-adapter.js';
import { gatewayRequested, startSimulation, type Simulation } from './simulation.js';

/** Who the demo's checks are made by (written into the ledger). */
export const DEMO_OPERATOR = '演示用户';
export const DEMO_DEPARTMENT = '演示区政务服务中心';

export type Widgets = typeof import('../../widgets/index.js');

export interface DemoContext {
  /** The endpoint the elements use. */
  endpoint: string;
  /** The in-browser platform, or null when `?endpoint=` points elsewhere. */
  simulation: Simulation | null;
  /** The ESM entry of the elements (registered by now). */
  widgets: Widgets;
  locale(): DemoLocale;
}

export interface BootOptions<K extends string> {
  page: PageId;
  messages: PageMessages<K>;
  /** Extra configuration for this page (the fault lab shortens the timeout). */
  config?: Omit<CreditConfig, 'endpoint' | 'locale'>;
  /** Called after a language switch, once the page's static texts are replaced. */
  onLocale?: (locale: DemoLocale) => void;
  /** Called with the in-browser platform before any element checks (the fault lab sets `?fault=` here). */
  onSimulation?: (simulation: Simulation) => void;
}

export async function bootDemo<K extends string>(options: BootOptions<K>): Promise<DemoContext> {
  let locale = initialLocale();
  document.documentElement.lang = locale;
  applyMessages(options.messages, locale);
  const remote = endpointFromQuery();
  const bar = mountDemoBar({
    current: options.page,
    locale,
    remoteEndpoint: remote,
    onLocale: (next) => {
      locale = next;
      rememberLocale(next);
      document.documentElement.lang = next;
      configure({ locale: next });
      applyMessages(options.messages, next);
      bar.setLocale(next);
      options.onLocale?.(next);
    },
  });
  const simulation = remote ? null : await startSimulation();
  if (simulation) options.onSimulation?.(simulation);
  // `?platform=gateway`: speak the provincial gateway shape through the shipped adapter.
  const adapter = gatewayRequested() ? { adapter: gatewayAdapter() } : {};
  configure({ operator: DEMO_OPERATOR, department: DEMO_DEPARTMENT, ...options.config, ...adapter, endpoint: remote ?? SIMULATED_ENDPOINT, locale });
  const widgets = await import('../../widgets/index.js');
  return { endpoint: remote ?? SIMULATED_ENDPOINT, simulation, widgets, locale: () => locale };
}

const BOOT_ERROR: Record<DemoLocale, string> = {
  'zh-CN': '演示无法启动：{message}。浏览器内模拟需要 Service Worker（http://localhost 或 https）；也可以运行 npm run platform，再在地址后加 ?endpoint=http://localhost:8787/api。',
  'zh-Hant': '示範無法啟動：{message}。瀏覽器內模擬需要 Service Worker（http://localhost 或 https）；也可以執行 npm run platform，再在網址後加 ?endpoint=http://localhost:8787/api。',
  en: 'The demo could not start: {message}. The in-browser simulation needs service workers (http://localhost or https); or run npm run platform and add ?endpoint=http://localhost:8787/api to the address.',
};

/** Says on the page (not only in the console) why the demo did not start. */
export function showBootError(error: unknown): void {
  console.error('credit-widgets demo: could not start.', error);
  const box = document.createElement('p');
  box.className = 'demo-boot-error';
  box.setAttribute('role', 'alert');
  const message = error instanceof Error ? error.message : String(error);
  box.textContent = BOOT_ERROR[initialLocale()].replace('{message}', message);
  document.body.prepend(box);
}
