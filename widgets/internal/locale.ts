/**
 * Localisation: zh-CN (default), zh-Hant and en. Every element keeps its own message
 * table (`widgets/<element>/messages.ts`) of whole sentences per locale; shared words
 * (outcomes, reasons, list types, statuses, scenarios) live in `widgets/locales/`.
 *
 * The locale of an element: its own `lang` (or the nearest ancestor's), then the
 * document's, then `configure({ locale })`, then zh-CN.
 */
import { getConfig } from '../../src/client/registry.js';

export const LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A table of messages, one object per locale, all of the same shape. */
export type MessageTable<T> = Record<Locale, T>;

/** Maps any BCP 47 tag to one of ours, or null when it is none of them. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  if (!t) return null;
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(t) ? 'zh-Hant' : 'zh-CN';
  }
  return null;
}

/** The locale an element renders in (see the module comment for the order). */
export function resolveLocale(el: Element): Locale {
  const own = el.closest('[lang]')?.getAttribute('lang');
  const doc = el.ownerDocument?.documentElement?.getAttribute('lang');
  return matchLocale(own) ?? matchLocale(doc) ?? matchLocale(getConfig().locale) ?? 'zh-CN';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${key}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', ...options });
    dateFormats.set(id, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD, China time) as people read it in the locale. */
export function formatDate(locale: Locale, date: string | null | undefined): string {
  if (!date) return '';
  // Noon China time keeps the calendar day whatever the viewer's zone.
  const d = new Date(`${date}T12:00:00+08:00`);
  if (Number.isNaN(d.getTime())) return date;
  return format(locale, 'date', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** An RFC 3339 time as people read it, in China time. */
export function formatDateTime(locale: Locale, time: string | null | undefined): string {
  if (!time) return '';
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return time;
  return format(locale, 'datetime', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/**
 * The name of a scenario in the locale's table of scenario words, or the scenario as
 * written. Scenarios are free text (the host's attribute, the platform's ledger): only the
 * table's own entries count, so that `constructor`, `__proto__` or a key some old library
 * put on `Object.prototype` shows as written, not as a function's source or `[object Object]`.
 */
export function scenarioName(words: { scenario: Record<string, string> }, scenario: string): string {
  return Object.prototype.hasOwnProperty.call(words.scenario, scenario) ? words.scenario[scenario] : scenario;
}
