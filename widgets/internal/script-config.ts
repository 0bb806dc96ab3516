/**
 * The script tag's own `data-*` attributes as configuration:
 *
 *   <script src="/js/credit-widgets.iife.js" data-endpoint="https://credit.example.gov.cn/api"
 *           data-locale="zh-CN" data-operator="张三" data-department="市场监管局"
 *           data-scenario="administrative-licensing" data-cache-ttl-ms="0" data-auto-scan></script>
 *
 * A value that is not what it should be is logged (`credit-widgets: …`) and left out;
 * the rest still applies. Nothing throws into the page.
 */
import { configure, type CreditConfig } from '../../src/client/registry.js';

/** `data-*` name (camel case, as in `dataset`) → option, for the attributes that hold numbers. */
const NUMBER_OPTIONS = ['timeoutMs', 'batchWindowMs', 'cacheTtlMs', 'staleAfterMs'] as const;
/** Attributes that hold text, as given. */
const TEXT_OPTIONS = ['endpoint', 'locale', 'operator', 'department', 'scenario', 'platformName'] as const;

/** The options the script tag's attributes ask for. Exported for tests. */
export function optionsFromDataset(d: DOMStringMap): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const key of TEXT_OPTIONS) {
    const value = d[key]?.trim();
    if (value) options[key] = value;
  }
  for (const key of NUMBER_OPTIONS) {
    const raw = d[key];
    if (raw === undefined || raw.trim() === '') continue;
    // "0" is a value (cacheTtlMs 0 = no cache), not an absent attribute.
    options[key] = Number(raw);
  }
  return options;
}

/** Applies the script tag's configuration: each option on its own, so that one bad value costs only itself. */
export function configureFromScript(script: HTMLScriptElement): void {
  const options = optionsFromDataset(script.dataset);
  for (const key of Object.keys(options)) {
    try {
      configure({ [key]: options[key] } as CreditConfig);
    } catch (error) {
      console.error(`credit-widgets: data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ignored: ${(error as Error).message}`);
    }
  }
}
