/**
 * The thin strip on top of every demo page: the pages, which platform answers, and the
 * language switch. Built with DOM calls and text only (the pages run under a strict CSP).
 */
import { PAGES, type PageId } from '../pages.js';
import { demoHref } from './endpoint.js';
import { DEMO_LOCALES, type DemoLocale, type PageMessages } from './locale.js';

const MESSAGES: PageMessages<'brand' | 'nav' | 'simulated' | 'remote' | 'language'> = {
  'zh-CN': { brand: 'credit-widgets 演示', nav: '演示页面', simulated: '信用平台：浏览器内模拟', remote: '信用平台：{endpoint}', language: '语言' },
  'zh-Hant': { brand: 'credit-widgets 示範', nav: '示範頁面', simulated: '信用平台：瀏覽器內模擬', remote: '信用平台：{endpoint}', language: '語言' },
  en: { brand: 'credit-widgets demo', nav: 'Demo pages', simulated: 'Credit platform: simulated in this browser', remote: 'Credit platform: {endpoint}', language: 'Language' },
};

/** Each language named in itself. */
const LANGUAGE_NAMES: Record<DemoLocale, string> = { 'zh-CN': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export interface DemoBarOptions {
  current: PageId;
  locale: DemoLocale;
  /** The platform in use: null for the in-browser simulation. */
  remoteEndpoint: string | null;
  /** The visitor picked another language. */
  onLocale: (locale: DemoLocale) => void;
}

export interface DemoBar {
  setLocale(locale: DemoLocale): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountDemoBar(options: DemoBarOptions): DemoBar {
  const bar = el('div', 'demo-bar');
  bar.setAttribute('role', 'navigation');
  const brand = el('a', 'demo-bar__brand');
  brand.href = demoHref('/');
  const list = el('ul', 'demo-bar__pages');
  const links = PAGES.filter((p) => p.id !== 'index').map((page) => {
    const a = el('a');
    a.href = demoHref(page.path);
    if (page.id === options.current) a.setAttribute('aria-current', 'page');
    const li = el('li');
    li.append(a);
    list.append(li);
    return { page, a };
  });
  const platform = el('span', 'demo-bar__platform');
  platform.dataset.platform = options.remoteEndpoint ? 'remote' : 'simulated';
  const label = el('label', 'demo-bar__language');
  const labelText = el('span');
  const select = el('select');
  for (const locale of DEMO_LOCALES) {
    const option = el('option', undefined, LANGUAGE_NAMES[locale]);
    option.value = locale;
    option.lang = locale;
    select.append(option);
  }
  select.addEventListener('change', () => options.onLocale(select.value as DemoLocale));
  label.append(labelText, select);
  bar.append(brand, list, platform, label);
  document.body.prepend(bar);

  const setLocale = (locale: DemoLocale) => {
    const m = MESSAGES[locale];
    brand.textContent = m.brand;
    bar.setAttribute('aria-label', m.nav);
    for (const { page, a } of links) a.textContent = page.title[locale];
    platform.textContent = options.remoteEndpoint ? m.remote.replace('{endpoint}', options.remoteEndpoint) : m.simulated;
    labelText.textContent = m.language;
    select.value = locale;
  };
  setLocale(options.locale);
  return { setLocale };
}
