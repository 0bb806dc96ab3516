/**
 * Fault lab: switches that make the in-browser platform fail (`platform.setFaults`) and an
 * extra latency, over a few flags, a gate and a check of subjects that are normally green.
 * Whatever fails, nothing may show green; switching the fault off and checking again
 * (or the element's own retry) brings the real result back.
 */
import { FIXTURES, type FaultMode, type FaultSpec, type Platform } from '../../src/testing/index.js';
import { bootDemo, showBootError, type DemoContext } from '../shared/boot.js';
import { fill, type DemoLocale, type PageMessages } from '../shared/locale.js';

type Key =
  | 'title' | 'heading' | 'intro' | 'remoteNote' | 'faultLegend' | 'once' | 'latencyLegend' | 'latencyLabel' | 'recheck' | 'verdictTitle'
  | 'flagsTitle' | 'colName' | 'colFlag' | 'gateTitle' | 'approve' | 'checkTitle' | 'logTitle' | 'colTime' | 'colRequest' | 'colFault'
  | 'timeout' | 'checking' | 'healthy' | 'safeAll' | 'safe' | 'unsafe' | 'transient' | 'noFault' | 'approved' | 'wayThrough';

const TIMEOUT_MS = 5000;

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '故障实验室',
    heading: '故障实验室',
    intro: '让模拟的信用平台出故障，看组件如何应对：任何故障都只会显示“未核查”，绝不会显示绿色结果。',
    remoteNote: '当前连接的是外部平台，故障开关只作用于浏览器内的模拟平台，因此已停用。',
    faultLegend: '平台故障',
    once: '只影响下一次核查请求（瞬时故障，可用“重试”恢复）',
    latencyLegend: '网络延迟',
    latencyLabel: '每次应答前等待',
    recheck: '全部重新查询',
    verdictTitle: '核对',
    flagsTitle: '列表中的信用标识（credit-flag）',
    colName: '名称',
    colFlag: '信用',
    gateTitle: '审批按钮（credit-gate）',
    approve: '批准',
    checkTitle: '核查结果（credit-check）',
    logTitle: '平台收到的请求（最近 12 个）',
    colTime: '时间',
    colRequest: '请求',
    colFault: '注入的故障',
    timeout: '本页的请求超时为 {seconds} 秒（configure({ timeoutMs: {ms} })），缓存已关闭，每次都真正发出请求。',
    checking: '正在查询……',
    healthy: '平台正常：{n} 个元件都显示了核查结论。',
    safeAll: '✓ 故障期间没有任何绿色结果：{unknown} 个元件全部显示“未核查”。',
    safe: '✓ 故障期间没有任何绿色结果：{unknown} 个显示“未核查”，{other} 个显示其他非绿色结论。',
    unsafe: '✗ 故障期间有 {green} 个元件显示了绿色结果——这是缺陷，请报告。',
    transient: '瞬时故障只命中了下一次核查请求：被命中的元件显示“未核查”（{unknown} 个），点它的“重试”即可恢复。',
    noFault: '—',
    approved: '已批准（演示）。',
    wayThrough: '平台宕机时审批不必停下：在审批按钮下点“记录人工核查”，查询“信用中国”网站或申请人提供的信用报告后记录结果。未发现失信记录即可继续办理（发现记录须说明理由）；结论仍显示“未核查”，核查记录保存在浏览器中，平台恢复后自动报送一次。',
  },
  'zh-Hant': {
    title: '故障實驗室',
    heading: '故障實驗室',
    intro: '讓模擬的信用平台出故障，看元件如何應對：任何故障都只會顯示「未核查」，絕不會顯示綠色結果。',
    remoteNote: '目前連接的是外部平台，故障開關只作用於瀏覽器內的模擬平台，因此已停用。',
    faultLegend: '平台故障',
    once: '只影響下一次核查請求（暫時性故障，可用「重試」恢復）',
    latencyLegend: '網路延遲',
    latencyLabel: '每次回應前等待',
    recheck: '全部重新查詢',
    verdictTitle: '核對',
    flagsTitle: '列表中的信用標識（credit-flag）',
    colName: '名稱',
    colFlag: '信用',
    gateTitle: '審批按鈕（credit-gate）',
    approve: '核准',
    checkTitle: '核查結果（credit-check）',
    logTitle: '平台收到的請求（最近 12 個）',
    colTime: '時間',
    colRequest: '請求',
    colFault: '注入的故障',
    timeout: '本頁的請求逾時為 {seconds} 秒（configure({ timeoutMs: {ms} })），快取已關閉，每次都真正送出請求。',
    checking: '正在查詢……',
    healthy: '平台正常：{n} 個元件都顯示了核查結論。',
    safeAll: '✓ 故障期間沒有任何綠色結果：{unknown} 個元件全部顯示「未核查」。',
    safe: '✓ 故障期間沒有任何綠色結果：{unknown} 個顯示「未核查」，{other} 個顯示其他非綠色結論。',
    unsafe: '✗ 故障期間有 {green} 個元件顯示了綠色結果——這是缺陷，請回報。',
    transient: '暫時性故障只命中了下一次核查請求：被命中的元件顯示「未核查」（{unknown} 個），點它的「重試」即可恢復。',
    noFault: '—',
    approved: '已核准（示範）。',
    wayThrough: '平台當機時審批不必停下：在審批按鈕下點「記錄人工核查」，查詢「信用中國」網站或申請人提供的信用報告後記錄結果。未發現失信記錄即可繼續辦理（發現記錄須說明理由）；結論仍顯示「未核查」，核查記錄保存在瀏覽器中，平台恢復後自動報送一次。',
  },
  en: {
    title: 'Fault lab',
    heading: 'Fault lab',
    intro: 'Make the simulated credit platform fail and watch the components: whatever fails, they show “unknown” — never a green result.',
    remoteNote: 'This page talks to an external platform; the switches only work with the in-browser simulation, so they are off.',
    faultLegend: 'Platform fault',
    once: 'Only the next check request (a transient fault: “retry” recovers)',
    latencyLegend: 'Network latency',
    latencyLabel: 'Wait before each answer',
    recheck: 'Check everything again',
    verdictTitle: 'Verdict',
    flagsTitle: 'Credit flags in a list (credit-flag)',
    colName: 'Name',
    colFlag: 'Credit',
    gateTitle: 'Approve button (credit-gate)',
    approve: 'Approve',
    checkTitle: 'Decision panel (credit-check)',
    logTitle: 'Requests the platform received (last 12)',
    colTime: 'Time',
    colRequest: 'Request',
    colFault: 'Injected fault',
    timeout: 'Requests on this page time out after {seconds} s (configure({ timeoutMs: {ms} })); the cache is off, so every check really goes out.',
    checking: 'Checking…',
    healthy: 'The platform is healthy: all {n} components show a result.',
    safeAll: '✓ No green result during the fault: all {unknown} components show “unknown”.',
    safe: '✓ No green result during the fault: {unknown} show “unknown”, {other} another non-green outcome.',
    unsafe: '✗ {green} components showed a green result during a fault — that is a bug, please report it.',
    transient: 'The transient fault hit only the next check request: the components it hit show “unknown” ({unknown}); their “retry” recovers.',
    noFault: '—',
    approved: 'Approved (demo).',
    wayThrough: 'With the platform down the approval need not stop: under the approve button press “Record a manual verification”, check the Credit China website or the applicant’s credit report, and record the result. No adverse records lets the clerk proceed (records found need a reason); the outcome still reads unchecked, and the verification waits in the browser and is sent once the platform is back.',
  },
};

/** The switches, in the order shown: every fault mode of the simulated platform. */
const FAULT_LABELS: Record<FaultMode, Record<DemoLocale, string>> = {
  none: { 'zh-CN': '无故障', 'zh-Hant': '無故障', en: 'No fault' },
  offline: { 'zh-CN': '平台宕机（网络不通）', 'zh-Hant': '平台當機（網路不通）', en: 'Platform down (no network)' },
  'http-503': { 'zh-CN': '503 维护中（Retry-After: 5）', 'zh-Hant': '503 維護中（Retry-After: 5）', en: '503 maintenance (Retry-After: 5)' },
  'http-500': { 'zh-CN': '500 服务器内部错误', 'zh-Hant': '500 伺服器內部錯誤', en: '500 internal server error' },
  'http-429': { 'zh-CN': '429 请求过多（限流）', 'zh-Hant': '429 請求過多（限流）', en: '429 too many requests' },
  'malformed-json': { 'zh-CN': '畸形响应（JSON 被截断）', 'zh-Hant': '畸形回應（JSON 被截斷）', en: 'Malformed answer (JSON cut in half)' },
  'html-login': { 'zh-CN': '网关登录页（200，text/html）', 'zh-Hant': '閘道登入頁（200，text/html）', en: 'Gateway login page (200, text/html)' },
  'schema-drift-missing-field': { 'zh-CN': '字段漂移：缺少必填字段', 'zh-Hant': '欄位漂移：缺少必填欄位', en: 'Schema drift: a required field missing' },
  'schema-drift-wrong-type': { 'zh-CN': '字段漂移：类型错误', 'zh-Hant': '欄位漂移：型別錯誤', en: 'Schema drift: a field of the wrong type' },
  'schema-drift-unknown-enum': { 'zh-CN': '字段漂移：未知的名单类型', 'zh-Hant': '欄位漂移：未知的名單類型', en: 'Schema drift: an unknown list type' },
  hang: { 'zh-CN': '挂起（永不应答，直到超时）', 'zh-Hant': '掛起（永不回應，直到逾時）', en: 'Hang (never answers; times out)' },
};

/** Normally green subjects (facilitated or clear): a failure must not look like them. */
const SUBJECTS = (['cleanThreeYears', 'redList', 'shortHistory', 'gradeA'] as const).map((key) => FIXTURES[key].subject);
/** The subject of the gate and the check: clear, with a short panel. */
const PANEL_SUBJECT = FIXTURES.shortHistory.subject;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
type Checking = HTMLElementTagNameMap['credit-check'] | HTMLElementTagNameMap['credit-flag'] | HTMLElementTagNameMap['credit-gate'];

let ctx: DemoContext;
/** The fault switched on; `once` when it only hits the next check request. */
let fault: { mode: FaultMode; once: boolean } = { mode: 'none', once: false };

function checkingElements(): Checking[] {
  return [...document.querySelectorAll<Checking>('.lab-stage credit-flag, .lab-stage credit-gate, .lab-stage credit-check')];
}

function buildControls(): void {
  const options = $('fault-options');
  for (const mode of Object.keys(FAULT_LABELS) as FaultMode[]) {
    const label = document.createElement('label');
    label.className = 'lab-radio';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'fault';
    input.value = mode;
    input.checked = mode === 'none';
    const text = document.createElement('span');
    text.dataset.fault = mode;
    label.append(input, ' ', text);
    options.append(label);
  }
  const rows = $('flag-rows');
  for (const subject of SUBJECTS) {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = subject.name;
    const flagCell = document.createElement('td');
    const flag = document.createElement('credit-flag');
    flag.setAttribute('scenario', 'administrative-licensing');
    flag.setAttribute('subject', subject.id);
    flagCell.append(flag);
    row.append(name, flagCell);
    rows.append(row);
  }
}

function renderTexts(locale: DemoLocale): void {
  for (const span of document.querySelectorAll<HTMLElement>('[data-fault]')) {
    span.textContent = FAULT_LABELS[span.dataset.fault as FaultMode][locale];
  }
  const seconds = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(TIMEOUT_MS / 1000);
  $('timeout-note').textContent = fill(MESSAGES[locale].timeout, { seconds, ms: String(TIMEOUT_MS) }, locale);
  renderLatency(locale);
  renderVerdict();
  renderLog();
}

function renderLatency(locale: DemoLocale): void {
  const ms = Number($<HTMLInputElement>('latency').value);
  $('latency-value').textContent = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', maximumFractionDigits: 2 }).format(ms / 1000);
}

function renderVerdict(): void {
  const m = MESSAGES[ctx.locale()];
  const els = checkingElements();
  const verdict = $('verdict');
  if (els.some((el) => el.hasAttribute('loading') || !el.hasAttribute('outcome'))) {
    verdict.textContent = m.checking;
    verdict.dataset.state = 'checking';
    return;
  }
  const outcomes = els.map((el) => el.getAttribute('outcome'));
  const green = outcomes.filter((o) => o === 'facilitated' || o === 'clear').length;
  const unknown = outcomes.filter((o) => o === 'unknown').length;
  const locale = ctx.locale();
  if (fault.mode === 'none') {
    verdict.textContent = fill(m.healthy, { n: els.length }, locale);
    verdict.dataset.state = 'healthy';
  } else if (fault.once) {
    verdict.textContent = fill(m.transient, { unknown }, locale);
    verdict.dataset.state = 'transient';
  } else if (green === 0) {
    verdict.textContent = fill(unknown === els.length ? m.safeAll : m.safe, { unknown, other: els.length - unknown }, locale);
    // The way through an outage (rules §12): 人工核查 in the gate and the panel.
    if (fault.mode === 'offline') verdict.textContent += ` ${m.wayThrough}`;
    verdict.dataset.state = 'safe';
  } else {
    verdict.textContent = fill(m.unsafe, { green }, locale);
    verdict.dataset.state = 'unsafe';
  }
}

function renderLog(): void {
  const platform = ctx.simulation?.platform;
  const body = $('log');
  if (!platform) return;
  const locale = ctx.locale();
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
  body.replaceChildren(
    ...platform.state.requests
      .slice(-12)
      .reverse()
      .map((r) => {
        const row = document.createElement('tr');
        const cells = [time.format(new Date(r.at)), `${r.method} ${r.path}`, r.fault ? FAULT_LABELS[r.fault][locale] : MESSAGES[locale].noFault];
        for (const text of cells) {
          const td = document.createElement('td');
          td.textContent = text;
          row.append(td);
        }
        if (r.fault) row.dataset.fault = r.fault;
        return row;
      }),
  );
}

function recheckAll(): void {
  for (const el of checkingElements()) el.retry();
  renderVerdict();
}

function isFaultMode(value: unknown): value is FaultMode {
  return typeof value === 'string' && Object.hasOwn(FAULT_LABELS, value);
}

/** The switches' state onto the platform. */
function setPlatformFault(platform: Platform): void {
  const mode = ($<HTMLFormElement>('faults').elements.namedItem('fault') as RadioNodeList).value as FaultMode;
  const once = $<HTMLInputElement>('once').checked;
  const spec: FaultSpec = { mode };
  if (mode === 'http-503' || mode === 'http-429') spec.retryAfter = 5;
  if (once) Object.assign(spec, { path: '/v1/checks', times: 1 });
  platform.setFaults(mode === 'none' ? 'none' : spec);
  fault = { mode, once };
}

function applyFault(): void {
  if (!ctx.simulation) return;
  setPlatformFault(ctx.simulation.platform);
  recheckAll();
}

/** `?fault=http-503` switches a fault on from the start (a link that shows one failure). */
function faultFromQuery(): void {
  const wanted = new URLSearchParams(location.search).get('fault');
  if (!isFaultMode(wanted)) return;
  const radio = document.querySelector<HTMLInputElement>(`input[name="fault"][value="${wanted}"]`);
  if (radio) radio.checked = true;
}

async function main(): Promise<void> {
  buildControls();
  faultFromQuery();
  const check = $('check');
  const gate = $('gate');
  for (const el of [check, gate]) el.setAttribute('subject', PANEL_SUBJECT.id);
  ctx = await bootDemo({
    page: 'fault-lab',
    messages: MESSAGES,
    // A short timeout for the `hang` switch, and no cache, so every check asks the platform.
    config: { timeoutMs: TIMEOUT_MS, cacheTtlMs: 1 },
    onLocale: renderTexts,
    onSimulation: (simulation) => setPlatformFault(simulation.platform),
  });
  renderTexts(ctx.locale());

  const refresh = () => {
    renderVerdict();
    renderLog();
  };
  // The `outcome` attribute is reflected in the update after the event: wait for it.
  document.addEventListener('credit-result', (event) => {
    void (event.target as Checking).updateComplete.then(refresh);
  });
  $('faults').addEventListener('submit', (e) => e.preventDefault());
  if (!ctx.simulation) {
    $('remote-note').hidden = false;
    for (const input of $<HTMLFormElement>('faults').querySelectorAll('input')) input.disabled = true;
  } else {
    const simulation = ctx.simulation;
    $('fault-options').addEventListener('change', applyFault);
    $('once').addEventListener('change', applyFault);
    $('latency').addEventListener('input', () => {
      simulation.setLatency(Number($<HTMLInputElement>('latency').value));
      renderLatency(ctx.locale());
    });
    // Requests held by a hang or a latency show up before any result does.
    setInterval(refresh, 1000);
  }
  $('recheck').addEventListener('click', recheckAll);
  gate.querySelector('button')?.addEventListener('click', () => {
    $('verdict').textContent = MESSAGES[ctx.locale()].approved;
  });
}

main().catch(showBootError);
