/**
 * The index page: what each page of the demo shows, in three sentences. It needs no
 * platform, so it starts none; the pages it links to do.
 */
import { PAGES } from './pages.js';
import { mountDemoBar } from './shared/demo-bar.js';
import { demoHref, endpointFromQuery } from './shared/endpoint.js';
import { applyMessages, initialLocale, rememberLocale, type DemoLocale, type PageMessages } from './shared/locale.js';

const MESSAGES: PageMessages<'title' | 'heading' | 'pagesHeading' | 'noteHeading' | 'note1' | 'note2' | 'open'> = {
  'zh-CN': {
    title: 'credit-widgets 演示',
    heading: '信用核查组件 · 演示',
    pagesHeading: '演示页面',
    noteHeading: '用真实的 HTTP 服务',
    note1: '默认情况下，信用平台由浏览器内的 Service Worker 模拟，无需任何后端。',
    note2: '运行 npm run platform 可在 http://localhost:8787/api 启动同一个模拟平台（支持 CORS）；在任一页面地址后加 ?endpoint=http://localhost:8787/api 即可改用它。',
    open: '打开“{page}”',
  },
  'zh-Hant': {
    title: 'credit-widgets 示範',
    heading: '信用核查元件 · 示範',
    pagesHeading: '示範頁面',
    noteHeading: '使用真實的 HTTP 服務',
    note1: '預設情況下，信用平台由瀏覽器內的 Service Worker 模擬，不需要任何後端。',
    note2: '執行 npm run platform 可在 http://localhost:8787/api 啟動同一個模擬平台（支援 CORS）；在任一頁面網址後加 ?endpoint=http://localhost:8787/api 即可改用它。',
    open: '開啟「{page}」',
  },
  en: {
    title: 'credit-widgets demo',
    heading: 'Credit-check components · demo',
    pagesHeading: 'Demo pages',
    noteHeading: 'With a real HTTP server',
    note1: 'By default the credit platform is simulated by a service worker in your browser; no backend is needed.',
    note2: 'npm run platform serves the same simulated platform on http://localhost:8787/api (with CORS); add ?endpoint=http://localhost:8787/api to any page’s address to use it.',
    open: 'Open “{page}”',
  },
};

const intro = document.getElementById('intro')!;
const list = document.getElementById('pages')!;

function render(locale: DemoLocale): void {
  const home = PAGES.find((p) => p.id === 'index')!;
  intro.replaceChildren(
    ...home.summary[locale].map((sentence) => {
      const p = document.createElement('p');
      p.textContent = sentence;
      return p;
    }),
  );
  list.replaceChildren(
    ...PAGES.filter((p) => p.id !== 'index').map((page) => {
      const item = document.createElement('li');
      item.className = 'home__page';
      item.dataset.page = page.id;
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = demoHref(page.path);
      link.textContent = page.title[locale];
      heading.append(link);
      const text = document.createElement('p');
      text.textContent = page.summary[locale].join(locale === 'en' ? ' ' : '');
      const more = document.createElement('a');
      more.className = 'home__open';
      more.href = demoHref(page.path);
      more.textContent = MESSAGES[locale].open.replace('{page}', page.title[locale]);
      item.append(heading, text, more);
      return item;
    }),
  );
}

let locale = initialLocale();
document.documentElement.lang = locale;
applyMessages(MESSAGES, locale);
render(locale);
const bar = mountDemoBar({
  current: 'index',
  locale,
  remoteEndpoint: endpointFromQuery(),
  onLocale: (next) => {
    locale = next;
    rememberLocale(next);
    document.documentElement.lang = next;
    applyMessages(MESSAGES, next);
    bar.setLocale(next);
    render(next);
  },
});
