/**
 * `/script-tag/legacy-page.js` — the legacy page's own classic script (not part of
 * credit-widgets): it waits for the demo's platform, loads its company list into the
 * table (cells marked `data-credit-subject`, one code in full-width digits as old databases
 * hold them) and appends more rows on "load more". Auto-scan, started by the pasted
 * script tag, puts a flag beside each name, also in rows added later.
 *
 * It also runs the demo bar and the language switch, through `window.CreditWidgets`.
 */
import { FIXTURES, type FixtureKey } from '../../src/testing/fixtures.js';
import { mountDemoBar } from '../shared/demo-bar.js';
import { endpointFromQuery } from '../shared/endpoint.js';
import { applyMessages, fill, initialLocale, rememberLocale, type DemoLocale, type PageMessages } from '../shared/locale.js';

type Key =
  | 'title' | 'bannerTitle' | 'bannerSub' | 'noticeLabel' | 'notice' | 'menuTitle' | 'menuList' | 'menuSearch' | 'menuAnnual' | 'menuHelp'
  | 'listTitle' | 'colNo' | 'colName' | 'colCode' | 'colStatus' | 'loading' | 'more' | 'howTitle' | 'how1' | 'how2' | 'footer'
  | 'status' | 'count' | 'fallback' | 'failed';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '企业信用信息查询系统',
    bannerTitle: '企业信用信息查询系统',
    bannerSub: '演示区市场监督管理局 主办',
    noticeLabel: '通知公告：',
    notice: '本系统已接入公共信用核查组件，企业名称旁的标识为实时核查结果。',
    menuTitle: '功能导航',
    menuList: '企业名录',
    menuSearch: '综合查询',
    menuAnnual: '年报公示',
    menuHelp: '使用帮助',
    listTitle: '企业名录（行政许可受理前核查）',
    colNo: '序号',
    colName: '企业名称',
    colCode: '统一社会信用代码',
    colStatus: '登记状态',
    loading: '正在加载数据，请稍候……',
    more: '加载更多',
    howTitle: '本页只增加了一行代码',
    how1: '下面这个 script 标签就是全部改动：没有打包工具，没有模块脚本，也没有内联脚本。带 data-credit-subject 的单元格会自动得到信用标识，点“加载更多”追加的行也一样。',
    how2: '脚本加载失败时，写在元素里的文字会显示出来，例如：',
    footer: '版权所有 演示区市场监督管理局 · 建议使用 IE8 及以上版本浏览器，分辨率 1024×768',
    status: '存续',
    count: '共 {n} 条记录',
    fallback: '信用核查组件未加载',
    failed: '数据加载失败：{message}',
  },
  'zh-Hant': {
    title: '企業信用資訊查詢系統',
    bannerTitle: '企業信用資訊查詢系統',
    bannerSub: '示範區市場監督管理局 主辦',
    noticeLabel: '通知公告：',
    notice: '本系統已接入公共信用核查元件，企業名稱旁的標識為即時核查結果。',
    menuTitle: '功能導覽',
    menuList: '企業名錄',
    menuSearch: '綜合查詢',
    menuAnnual: '年報公示',
    menuHelp: '使用說明',
    listTitle: '企業名錄（行政許可受理前核查）',
    colNo: '序號',
    colName: '企業名稱',
    colCode: '統一社會信用代碼',
    colStatus: '登記狀態',
    loading: '正在載入資料，請稍候……',
    more: '載入更多',
    howTitle: '本頁只增加了一行程式碼',
    how1: '下面這個 script 標籤就是全部改動：沒有打包工具，沒有模組腳本，也沒有內嵌腳本。帶 data-credit-subject 的儲存格會自動得到信用標識，點「載入更多」追加的列也一樣。',
    how2: '腳本載入失敗時，寫在元素裡的文字會顯示出來，例如：',
    footer: '版權所有 示範區市場監督管理局 · 建議使用 IE8 以上版本瀏覽器，解析度 1024×768',
    status: '存續',
    count: '共 {n} 筆記錄',
    fallback: '信用核查元件未載入',
    failed: '資料載入失敗：{message}',
  },
  en: {
    title: 'Company credit information system',
    bannerTitle: 'Company credit information system',
    bannerSub: 'Demo District Administration for Market Regulation',
    noticeLabel: 'Notice: ',
    notice: 'This system now embeds the public-credit check components; the flag beside each company name is a live check.',
    menuTitle: 'Navigation',
    menuList: 'Company register',
    menuSearch: 'Search',
    menuAnnual: 'Annual reports',
    menuHelp: 'Help',
    listTitle: 'Company register (checked before licensing)',
    colNo: 'No.',
    colName: 'Company',
    colCode: 'Unified social credit code',
    colStatus: 'Status',
    loading: 'Loading, please wait…',
    more: 'Load more',
    howTitle: 'This page added one line of code',
    how1: 'The script tag below is the whole change: no bundler, no module script, no inline script. Cells marked data-credit-subject get a credit flag by themselves, rows added with “Load more” too.',
    how2: 'Should the script fail to load, the text inside an element shows instead, for example:',
    footer: 'Demo District Administration for Market Regulation · best viewed with IE8 or later at 1024×768',
    status: 'In business',
    count: '{n} records',
    fallback: 'Credit check not loaded',
    failed: 'The list could not be loaded: {message}',
  },
};

/** The first page of the register, then the rows "load more" appends. Organisations only. */
const FIRST: readonly FixtureKey[] = ['restricted', 'judgmentDebtor', 'cleanThreeYears', 'redList', 'abnormalOperation', 'pilotCode', 'individualBusiness', 'focusList'];
const MORE: readonly FixtureKey[] = ['cooperative', 'socialOrganisation', 'privateSchool', 'publicInstitution', 'governmentBody', 'unknownEnterprise'];
/** Stored with full-width characters, as old systems often hold codes: auto-scan normalises them. */
const FULL_WIDTH: ReadonlySet<FixtureKey> = new Set(['abnormalOperation']);

const toFullWidth = (text: string) => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let locale: DemoLocale = initialLocale();
let shown = 0;

function td(text: string, className?: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.textContent = text;
  if (className) cell.className = className;
  return cell;
}

function addRows(keys: readonly FixtureKey[]): void {
  const body = $('company-rows');
  body.querySelector('tr.loading')?.remove();
  for (const key of keys) {
    const subject = FIXTURES[key].subject;
    const code = FULL_WIDTH.has(key) ? toFullWidth(subject.id) : subject.id;
    const row = document.createElement('tr');
    // The marked element is the name inside the cell: the flag goes right after it, in the same cell.
    const label = document.createElement('span');
    label.textContent = subject.name;
    label.setAttribute('data-credit-subject', code);
    label.setAttribute('data-credit-scenario', 'administrative-licensing');
    const name = td('', 'name');
    name.append(label);
    row.append(td(String(++shown)), name, td(code, 'code'), td(MESSAGES[locale].status, 'status'));
    body.append(row);
  }
  $('row-count').textContent = fill(MESSAGES[locale].count, { n: shown }, locale);
}

function setLocale(next: DemoLocale): void {
  locale = next;
  document.documentElement.lang = next;
  applyMessages(MESSAGES, next);
  document.title = MESSAGES[next].title;
  for (const cell of document.querySelectorAll('#company-rows td.status')) cell.textContent = MESSAGES[next].status;
  if (shown) $('row-count').textContent = fill(MESSAGES[next].count, { n: shown }, next);
  const sample = FIXTURES.restricted.subject.id;
  $('fallback-snippet').textContent = `<credit-flag subject="${sample}">${MESSAGES[next].fallback}</credit-flag>`;
}

/** The pasted tag as a developer writes it (`data-auto-scan` without a value). */
function snippetOf(tag: Element | null): string {
  if (!tag) return '';
  const attrs = [...tag.attributes].map((a) => (a.value === '' ? a.name : `${a.name}="${a.value}"`));
  return `<script ${attrs.join(' ')}></script>`;
}

async function main(): Promise<void> {
  $('snippet').textContent = snippetOf(document.querySelector('script[src$="credit-widgets.iife.js"]'));
  setLocale(locale);
  const bar = mountDemoBar({
    current: 'script-tag',
    locale,
    remoteEndpoint: endpointFromQuery(),
    onLocale: (next) => {
      rememberLocale(next);
      setLocale(next);
      bar.setLocale(next);
      window.CreditWidgets?.configure({ locale: next });
    },
  });
  if (locale !== 'zh-CN') window.CreditWidgets?.configure({ locale });

  const platform = await window.creditWidgetsDemo?.ready;
  if (platform && !platform.simulated) window.CreditWidgets?.configure({ endpoint: platform.endpoint });
  addRows(FIRST);
  const more = $<HTMLInputElement>('more');
  more.disabled = false;
  more.addEventListener('click', () => {
    addRows(MORE);
    more.disabled = true;
  });
}

main().catch((error: unknown) => {
  console.error('legacy page: could not load the list.', error);
  const cell = document.querySelector('#company-rows tr.loading td');
  if (cell) cell.textContent = fill(MESSAGES[locale].failed, { message: error instanceof Error ? error.message : String(error) }, locale);
});
