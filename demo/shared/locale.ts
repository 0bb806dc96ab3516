/**
 * The demo's language: zh-CN (default), zh-Hant or en — the same three the elements speak.
 * Chosen with the switch in the demo bar (or `?lang=en`), kept for the tab in
 * sessionStorage so that it follows the visitor from page to page.
 */
export const DEMO_LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

/** A page's texts: one object per locale, all with the same keys. */
export type PageMessages<K extends string> = Record<DemoLocale, Record<K, string>>;

const STORAGE_KEY = 'credit-widgets-demo:locale';

export function isDemoLocale(value: unknown): value is DemoLocale {
  return typeof value === 'string' && (DEMO_LOCALES as readonly string[]).includes(value);
}

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the default it is
  }
}

/** `?lang=` (kept for the next pages), else the tab's last choice, else zh-CN. */
export function initialLocale(): DemoLocale {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (isDemoLocale(fromQuery)) {
    rememberLocale(fromQuery);
    return fromQuery;
  }
  const stored = readStored();
  return isDemoLocale(stored) ? stored : 'zh-CN';
}

export function rememberLocale(locale: DemoLocale): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

/**
 * Puts a page's texts into the document: `data-i18n="key"` sets the element's text,
 * `data-i18n-attr="aria-label:key title:key2"` sets attributes. Text only, never HTML.
 */
export function applyMessages<K extends string>(messages: PageMessages<K>, locale: DemoLocale, root: ParentNode = document): void {
  const table = messages[locale] as Record<string, string>;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = table[el.dataset.i18n ?? ''];
    if (text !== undefined) el.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(/\s+/)) {
      const [name, key] = pair.split(':');
      const text = key ? table[key] : undefined;
      if (name && text !== undefined) el.setAttribute(name, text);
    }
  }
}

/** Formats a template such as `共 {n} 家` with named values (numbers through Intl). */
export function fill(template: string, values: Record<string, string | number>, locale: DemoLocale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}
