/**
 * React 19: the elements used as they are — no wrapper components. React 19 handles custom
 * elements itself:
 * - a prop whose name is a property of the (registered) element is set as that property:
 *   `subject`, `scenario`, `caseNumber`, `requireResponse={true}` (a boolean, not a string),
 *   `freshHours={48}` (a number);
 * - a function prop `on<event-name>` becomes `addEventListener('<event-name>')`:
 *   `oncredit-result`, `oncredit-gate-change`, `oncredit-feedback` (the event's own name, case kept).
 * So the elements must be registered before React renders them (here: `bootDemo` imports the
 * ESM entry first; in an app, `import 'credit-widgets'` at the top of main.tsx).
 * Types for these props and events: `credit-widgets/jsx` (README, "Editor types").
 *
 * This page is served by vite unlowered (Chromium 80+); React 19 itself runs on Chromium 69 when the
 * app is bundled for it (README, "React 19").
 */
import { StrictMode, useCallback, useState, version as reactVersion, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FIXTURES } from '../../src/testing/index.js';
import { todayInChina } from '../../src/policy/index.js';
import { bootDemo, showBootError } from '../shared/boot.js';
import { fill, initialLocale, type DemoLocale, type PageMessages } from '../shared/locale.js';
import type { CreditFeedbackDetail, CreditGateChangeDetail, CreditResultDetail } from '../../widgets/internal/events.js';

// The elements' JSX types, as `credit-widgets/jsx` declares them for an app (kept minimal here:
// the demo imports the sources, not the package).
type ElementProps<E> = { id?: string; className?: string; children?: ReactNode; ref?: unknown; key?: string } & Partial<Record<string, unknown>> & E;
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'credit-flag': ElementProps<{ subject: string; scenario?: string; 'oncredit-result'?: (e: CustomEvent<CreditResultDetail>) => void }>;
      'credit-check': ElementProps<{ subject: string; scenario?: string; caseNumber?: string; freshHours?: number; 'oncredit-result'?: (e: CustomEvent<CreditResultDetail>) => void; 'oncredit-feedback'?: (e: CustomEvent<CreditFeedbackDetail>) => void }>;
      'credit-gate': ElementProps<{ subject: string; scenario?: string; caseNumber?: string; requireResponse?: boolean; 'oncredit-gate-change'?: (e: CustomEvent<CreditGateChangeDetail>) => void }>;
    }
  }
}

type Key =
  | 'title' | 'brand' | 'project' | 'listTitle' | 'colName' | 'colCode' | 'colCredit' | 'colAction' | 'select' | 'checkTitle'
  | 'confirm' | 'confirmed' | 'allowed' | 'blocked' | 'logTitle' | 'logEmpty' | 'logResult' | 'logGate' | 'logFeedback' | 'codeTitle' | 'poweredBy' | 'fallback';

const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '供应商资格审查 — React 19',
    brand: '政府采购电子交易平台',
    project: '项目：{caseNumber} 办公设备采购 · 资格审查',
    listTitle: '投标供应商',
    colName: '供应商名称',
    colCode: '统一社会信用代码',
    colCredit: '信用',
    colAction: '操作',
    select: '审查',
    checkTitle: '信用审查结果',
    confirm: '确认资格审查通过',
    confirmed: '已确认 {name} 资格审查通过。',
    allowed: '可以确认',
    blocked: '确认按钮在核查完成并允许之前保持禁用',
    logTitle: '事件（oncredit-*）',
    logEmpty: '尚无事件。',
    logResult: 'credit-result：{name} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    logFeedback: 'credit-feedback：{action}（{state}）',
    codeTitle: 'JSX',
    poweredBy: 'React {version} · 无包装组件',
    fallback: '信用核查组件未加载，请人工核查',
  },
  'zh-Hant': {
    title: '供應商資格審查 — React 19',
    brand: '政府採購電子交易平台',
    project: '專案：{caseNumber} 辦公設備採購 · 資格審查',
    listTitle: '投標供應商',
    colName: '供應商名稱',
    colCode: '統一社會信用代碼',
    colCredit: '信用',
    colAction: '操作',
    select: '審查',
    checkTitle: '信用審查結果',
    confirm: '確認資格審查通過',
    confirmed: '已確認 {name} 資格審查通過。',
    allowed: '可以確認',
    blocked: '確認按鈕在核查完成並允許之前保持停用',
    logTitle: '事件（oncredit-*）',
    logEmpty: '尚無事件。',
    logResult: 'credit-result：{name} → {outcome}',
    logGate: 'credit-gate-change：allowed = {allowed}',
    logFeedback: 'credit-feedback：{action}（{state}）',
    codeTitle: 'JSX',
    poweredBy: 'React {version} · 無包裝元件',
    fallback: '信用核查元件未載入，請人工核查',
  },
  en: {
    title: 'Supplier qualification review — React 19',
    brand: 'Government procurement platform',
    project: 'Tender {caseNumber}: office equipment · qualification review',
    listTitle: 'Bidders',
    colName: 'Supplier',
    colCode: 'Unified social credit code',
    colCredit: 'Credit',
    colAction: 'Action',
    select: 'Review',
    checkTitle: 'Credit review',
    confirm: 'Confirm qualification',
    confirmed: '{name}: qualification confirmed.',
    allowed: 'may confirm',
    blocked: 'The confirm button stays disabled until a completed check allows it',
    logTitle: 'Events (oncredit-*)',
    logEmpty: 'No events yet.',
    logResult: 'credit-result: {name} → {outcome}',
    logGate: 'credit-gate-change: allowed = {allowed}',
    logFeedback: 'credit-feedback: {action} ({state})',
    codeTitle: 'JSX',
    poweredBy: 'React {version} · no wrappers',
    fallback: 'Credit check not loaded: check by hand',
  },
};

const SCENARIO = 'government-procurement';
/** Organisations only: a person's number is never put into the page. */
const BIDDERS = (['restricted', 'redList', 'cleanThreeYears', 'judgmentDebtor', 'shortHistory', 'unknownEnterprise'] as const).map((key) => ({
  name: FIXTURES[key].subject.name,
  code: FIXTURES[key].subject.id,
}));

const SNIPPET = `<credit-check
  subject={bidder.code}
  scenario="${SCENARIO}"
  caseNumber={tender}          // a property
  freshHours={48}              // a number property
  oncredit-result={(e) => setOutcome(e.detail.outcome)}
/>
<credit-gate subject={bidder.code} scenario="${SCENARIO}"
  requireResponse={true}       // a boolean property
  oncredit-gate-change={(e) => setAllowed(e.detail.allowed)}>
  <button disabled={!allowed} data-credit-hold>…</button>
</credit-gate>`;

interface LogEntry {
  id: number;
  text: string;
}

let logId = 0;

function App({ locale, tender }: { locale: DemoLocale; tender: string }) {
  const m = MESSAGES[locale];
  const [current, setCurrent] = useState(BIDDERS[0]!);
  const [allowed, setAllowed] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState('');
  const [log, setLog] = useState<LogEntry[]>([]);
  const note = useCallback((text: string) => setLog((l) => [{ id: ++logId, text }, ...l].slice(0, 8)), []);

  const choose = (b: (typeof BIDDERS)[number]) => {
    setCurrent(b);
    setAllowed(false);
    setOutcome(null);
    setConfirmed('');
  };

  return (
    <div className="rx-layout">
      <header className="rx-header">
        <p className="rx-brand">{m.brand}</p>
        <p className="rx-meta">{fill(m.poweredBy, { version: reactVersion }, locale)}</p>
      </header>
      <main className="rx-main">
        <p className="rx-project">{fill(m.project, { caseNumber: tender }, locale)}</p>
        <div className="rx-grid">
          <section className="rx-card" aria-labelledby="rx-list-title">
            <h1 id="rx-list-title" className="rx-card-title">{m.listTitle}</h1>
            <table className="rx-table">
              <thead>
                <tr>
                  <th scope="col">{m.colName}</th>
                  <th scope="col">{m.colCode}</th>
                  <th scope="col">{m.colCredit}</th>
                  <th scope="col">{m.colAction}</th>
                </tr>
              </thead>
              <tbody>
                {BIDDERS.map((b) => (
                  <tr key={b.code} className={b.code === current.code ? 'is-current' : undefined}>
                    <td>{b.name}</td>
                    <td className="rx-mono">{b.code}</td>
                    <td>
                      <credit-flag subject={b.code} scenario={SCENARIO}>
                        {m.fallback}
                      </credit-flag>
                    </td>
                    <td>
                      <button type="button" className="rx-link" data-code={b.code} onClick={() => choose(b)}>
                        {m.select}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="rx-card" aria-labelledby="rx-check-title">
            <h2 id="rx-check-title" className="rx-card-title">
              {m.checkTitle}: {current.name}
            </h2>
            <credit-check
              id="rx-check"
              subject={current.code}
              scenario={SCENARIO}
              caseNumber={tender}
              freshHours={48}
              oncredit-result={(e) => {
                setOutcome(e.detail.outcome);
                note(fill(m.logResult, { name: current.name, outcome: e.detail.outcome }, locale));
              }}
              oncredit-feedback={(e) => note(fill(m.logFeedback, { action: e.detail.feedback.action, state: e.detail.state }, locale))}
            >
              {m.fallback}
            </credit-check>
            <div className="rx-actions">
              <credit-gate
                id="rx-gate"
                subject={current.code}
                scenario={SCENARIO}
                caseNumber={tender}
                requireResponse={true}
                oncredit-gate-change={(e) => {
                  setAllowed(e.detail.allowed);
                  note(fill(m.logGate, { allowed: String(e.detail.allowed) }, locale));
                }}
              >
                {/* Fail closed: disabled until the gate allows it; React and the gate agree through allowed. */}
                <button type="button" id="rx-confirm" className="rx-btn" disabled={!allowed} data-credit-hold="" onClick={() => setConfirmed(fill(m.confirmed, { name: current.name }, locale))}>
                  {m.confirm}
                </button>
              </credit-gate>
              <span className={allowed ? 'rx-state is-open' : 'rx-state'} data-outcome={outcome ?? undefined}>
                {allowed ? m.allowed : m.blocked}
              </span>
            </div>
            <p className="rx-confirmed" role="status">{confirmed}</p>
          </section>
        </div>
        <div className="rx-grid">
          <section className="rx-card" aria-labelledby="rx-log-title">
            <h2 id="rx-log-title" className="rx-card-title">{m.logTitle}</h2>
            {log.length === 0 ? (
              <p className="rx-hint">{m.logEmpty}</p>
            ) : (
              <ol className="rx-log">
                {log.map((e) => (
                  <li key={e.id}>{e.text}</li>
                ))}
              </ol>
            )}
          </section>
          <section className="rx-card" aria-labelledby="rx-code-title">
            <h2 id="rx-code-title" className="rx-card-title">{m.codeTitle}</h2>
            <pre className="rx-code">{SNIPPET}</pre>
          </section>
        </div>
      </main>
    </div>
  );
}

async function main(): Promise<void> {
  let locale = initialLocale();
  const tender = `CG-${todayInChina().slice(0, 4)}-0311`;
  const root = createRoot(document.getElementById('root')!);
  const render = () =>
    root.render(
      <StrictMode>
        <App locale={locale} tender={tender} />
      </StrictMode>,
    );
  // The elements are registered inside bootDemo, before the first render.
  await bootDemo({
    page: 'react',
    messages: { 'zh-CN': { title: MESSAGES['zh-CN'].title }, 'zh-Hant': { title: MESSAGES['zh-Hant'].title }, en: { title: MESSAGES.en.title } },
    onLocale: (next) => {
      locale = next;
      render();
    },
  });
  render();
}

main().catch(showBootError);
