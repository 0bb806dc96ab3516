/**
 * 政府采购: every bidder of a tender screened at once with `<credit-bidder-screen>`. The
 * sample list is a GBK CSV as Excel writes it; the page imports and screens it on load,
 * and offers it for download so it can be imported again by hand.
 */
import { addDays, todayInChina } from '../../src/policy/index.js';
import type { CreditScreenCompleteDetail } from '../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import { bootDemo, showBootError, type DemoContext } from '../shared/boot.js';
import { fill, type DemoLocale, type PageMessages } from '../shared/locale.js';
import { SAMPLE_FILE_NAME, sampleBidderFile } from './sample-csv.js';

type Key =
  | 'title' | 'site' | 'system' | 'project' | 'caseLabel' | 'methodLabel' | 'method' | 'budgetLabel' | 'openingLabel' | 'stepsLabel'
  | 'step1' | 'step2' | 'step3' | 'step4' | 'step5' | 'screenTitle' | 'screenHint' | 'conclusionTitle' | 'sampleTitle' | 'sample1'
  | 'sample2' | 'download' | 'reload' | 'containsTitle' | 'contains1' | 'contains2' | 'contains3' | 'contains4' | 'contains5' | 'footer'
  | 'purpose' | 'conclusion';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '政府采购电子交易系统 — 投标人信用筛查',
    site: '演示区政府采购网',
    system: '政府采购电子交易系统 · 开标评标',
    project: '演示区第一人民医院医用设备采购项目',
    caseLabel: '项目编号',
    methodLabel: '采购方式',
    method: '公开招标',
    budgetLabel: '预算金额',
    openingLabel: '开标时间',
    stepsLabel: '评审流程',
    step1: '投标人签到',
    step2: '信用记录查询',
    step3: '资格审查',
    step4: '符合性审查',
    step5: '评标',
    screenTitle: '投标人信用记录查询',
    screenHint: '依据财库〔2016〕125号，采购人或采购代理机构应在资格审查时查询供应商信用记录，并留存查询记录。',
    conclusionTitle: '查询结论',
    sampleTitle: '样例名单',
    sample1: '这是一份由 Excel“另存为 CSV（逗号分隔）”生成的投标人名单，编码为 GBK，与中文 Windows 上的实际文件一致。',
    sample2: '页面打开时已自动导入并筛查这份名单；您也可以下载后通过“导入 CSV”重新导入，或从 Excel 直接复制粘贴。',
    download: '下载样例 CSV（GBK）',
    reload: '重新导入样例并筛查',
    containsTitle: '名单中有',
    contains1: '黑名单企业（限制）和异议中的企业（需审核）',
    contains2: '一个校验位不符的早期试点代码（可疑）',
    contains3: '一个平台未收录的代码（未核查）',
    contains4: '一个无效代码（含字母 O 和 I，不会发送）',
    contains5: '一行重复的投标人',
    footer: '演示区财政局 主办 · 演示区公共资源交易中心 承办',
    purpose: '政府采购项目 {caseNumber} 供应商资格审查',
    conclusion: '共导入 {total} 行：限制 {restricted} 家，需审核 {review} 家，需核对 {needsVerification} 家，可激励 {facilitated} 家，无记录 {clear} 家，未核查 {unknown} 家；代码有误 {invalid} 行未查询。限制的投标人不得进入资格审查，需核对和未核查的须人工核实。',
  },
  'zh-Hant': {
    title: '政府採購電子交易系統 — 投標人信用篩查',
    site: '示範區政府採購網',
    system: '政府採購電子交易系統 · 開標評標',
    project: '示範區第一人民醫院醫用設備採購項目',
    caseLabel: '項目編號',
    methodLabel: '採購方式',
    method: '公開招標',
    budgetLabel: '預算金額',
    openingLabel: '開標時間',
    stepsLabel: '評審流程',
    step1: '投標人簽到',
    step2: '信用記錄查詢',
    step3: '資格審查',
    step4: '符合性審查',
    step5: '評標',
    screenTitle: '投標人信用記錄查詢',
    screenHint: '依據財庫〔2016〕125號，採購人或採購代理機構應在資格審查時查詢供應商信用記錄，並留存查詢記錄。',
    conclusionTitle: '查詢結論',
    sampleTitle: '樣例名單',
    sample1: '這是一份由 Excel「另存為 CSV（逗號分隔）」產生的投標人名單，編碼為 GBK，與中文 Windows 上的實際檔案一致。',
    sample2: '頁面開啟時已自動匯入並篩查這份名單；您也可以下載後透過「匯入 CSV」重新匯入，或從 Excel 直接複製貼上。',
    download: '下載樣例 CSV（GBK）',
    reload: '重新匯入樣例並篩查',
    containsTitle: '名單中有',
    contains1: '黑名單企業（限制）和異議中的企業（需審核）',
    contains2: '一個檢查碼不符的早期試點代碼（可疑）',
    contains3: '一個平台未收錄的代碼（未核查）',
    contains4: '一個無效代碼（含字母 O 和 I，不會送出）',
    contains5: '一列重複的投標人',
    footer: '示範區財政局 主辦 · 示範區公共資源交易中心 承辦',
    purpose: '政府採購項目 {caseNumber} 供應商資格審查',
    conclusion: '共匯入 {total} 列：限制 {restricted} 家，需審核 {review} 家，需核對 {needsVerification} 家，可激勵 {facilitated} 家，無記錄 {clear} 家，未核查 {unknown} 家；代碼有誤 {invalid} 列未查詢。限制的投標人不得進入資格審查，需核對和未核查的須人工核實。',
  },
  en: {
    title: 'Government e-procurement — bidder credit screening',
    site: 'Demo District Government Procurement',
    system: 'E-procurement system · bid opening and evaluation',
    project: 'Medical equipment for the Demo District No. 1 People’s Hospital',
    caseLabel: 'Project number',
    methodLabel: 'Procurement method',
    method: 'Open tender',
    budgetLabel: 'Budget',
    openingLabel: 'Bid opening',
    stepsLabel: 'Evaluation steps',
    step1: 'Bidder sign-in',
    step2: 'Credit record check',
    step3: 'Qualification review',
    step4: 'Compliance review',
    step5: 'Evaluation',
    screenTitle: 'Credit records of the bidders',
    screenHint: 'Under Caiku [2016] No. 125 the purchaser or its agent checks every supplier’s credit records during the qualification review and keeps a record of the check.',
    conclusionTitle: 'Result of the check',
    sampleTitle: 'Sample list',
    sample1: 'A bidder list saved by Excel as “CSV (comma delimited)”, encoded in GBK — the same as a real file from Chinese Windows.',
    sample2: 'The page imported and screened it when it opened; download it and import it again with “Import CSV”, or paste a table copied from Excel.',
    download: 'Download the sample CSV (GBK)',
    reload: 'Import the sample again and screen it',
    containsTitle: 'The list holds',
    contains1: 'black-listed companies (restricted) and one under objection (review)',
    contains2: 'an early pilot code whose check character is off (suspect)',
    contains3: 'a code the platform does not know (unknown)',
    contains4: 'an invalid code (with the letters O and I: never sent)',
    contains5: 'one bidder listed twice',
    footer: 'Demo District Finance Bureau · Demo District Public Resource Trading Centre',
    purpose: 'Supplier qualification review for procurement project {caseNumber}',
    conclusion: '{total} rows imported: {restricted} restricted, {review} to review, {needsVerification} to verify, {facilitated} incentive, {clear} clear, {unknown} unchecked; {invalid} with an invalid code were not checked. Restricted bidders may not pass the qualification review; those to verify and unchecked ones must be verified by hand.',
  },
};

type BidderScreen = HTMLElementTagNameMap['credit-bidder-screen'];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const today = todayInChina();
const caseNumber = `ZC-${today.slice(0, 4)}-0815`;
let ctx: DemoContext;
let last: CreditScreenCompleteDetail | null = null;

function renderTexts(locale: DemoLocale): void {
  const m = MESSAGES[locale];
  $('case-number').textContent = caseNumber;
  $('budget').textContent = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(3_860_000);
  $('opening').textContent = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
    new Date(`${addDays(today, 0)}T09:30:00+08:00`),
  );
  const screen = $<BidderScreen>('screen');
  screen.setAttribute('purpose', fill(m.purpose, { caseNumber }, locale));
  if (last) renderConclusion(last, locale);
}

function renderConclusion(detail: CreditScreenCompleteDetail, locale: DemoLocale): void {
  $('conclusion-text').textContent = fill(MESSAGES[locale].conclusion, { total: detail.total, invalid: detail.invalid, needsVerification: detail.needsVerification, ...detail.counts }, locale);
  $('conclusion').hidden = false;
}

async function screenSample(screen: BidderScreen): Promise<void> {
  await screen.load(sampleBidderFile());
  await screen.screen();
}

async function main(): Promise<void> {
  const screen = $<BidderScreen>('screen');
  screen.setAttribute('case-number', caseNumber);
  ctx = await bootDemo({ page: 'procurement', messages: MESSAGES, onLocale: renderTexts });
  await import('../../widgets/credit-bidder-screen/define.js');
  renderTexts(ctx.locale());

  const download = $<HTMLAnchorElement>('download');
  download.href = URL.createObjectURL(sampleBidderFile());
  download.download = SAMPLE_FILE_NAME;

  screen.addEventListener('credit-screen-complete', (event) => {
    last = event.detail;
    renderConclusion(event.detail, ctx.locale());
  });
  $('reload-sample').addEventListener('click', () => {
    screenSample(screen).catch((error: unknown) => console.error('credit-widgets demo: the sample could not be screened.', error));
  });
  await customElements.whenDefined('credit-bidder-screen');
  await screenSample(screen);
}

main().catch(showBootError);
