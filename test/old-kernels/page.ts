/**
 * Runs inside an old Chromium kernel (69–89) on a page served by test/old-kernels/run.mjs.
 * Loaded as a classic script BEFORE the SDK's script tag, so that it sees every error and
 * every outcome the elements ever take. It reports each check to the runner with a plain
 * XHR to `/report` (old kernels speak no DevTools protocol that today's tools know).
 *
 * The expected outcomes are written here from the simulated platform's fixtures as the
 * rules decide them (not computed by the engine under test).
 */
interface Params {
  scenario: 'main' | 'csp' | 'loader-404' | 'chunk-404' | 'chunk-throws';
  kernel: string;
}

const params: Params = JSON.parse(document.documentElement.getAttribute('data-params') || '{}');
const errors: string[] = [];
/** Every outcome each element took, in order (attribute `outcome`), by element id. */
const outcomes: Record<string, string[]> = {};
const reported: Array<{ name: string; ok: boolean; detail?: string }> = [];

window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
/** Content-Security-Policy violations (the csp scenario runs under a strict policy with Trusted Types). */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
/** credit-error details, for the failure messages. */
const creditErrors: string[] = [];
document.addEventListener('credit-error', (e) => {
  const d = (e as CustomEvent<{ reason: string; message: string }>).detail;
  creditErrors.push(`${(e.target as Element).id}: ${d.reason} ${d.message}`);
});
/** The SDK's warnings about a second copy on the page (counted, then passed on). */
let duplicateWarnings = 0;
/** Everything logged as an error (the SDK logs what it cannot do; a working page logs nothing). */
const consoleErrors: string[] = [];
const error = console.error.bind(console);
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  error(...args);
};
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (String(args[0]).indexOf('twice') >= 0) duplicateWarnings++;
  warn(...args);
};
window.addEventListener('unhandledrejection', (e) => errors.push(`unhandledrejection: ${String((e as PromiseRejectionEvent).reason)}`));

new MutationObserver((records) => {
  for (const r of records) {
    const el = r.target as Element;
    const value = el.getAttribute('outcome');
    const key = el.id || `${el.tagName.toLowerCase()}[${el.getAttribute('subject') || ''}]`;
    if (value !== null) (outcomes[key] = outcomes[key] || []).push(value);
  }
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['outcome'] });

function post(path: string, body: unknown): void {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', path, true);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.send(JSON.stringify(body));
}

function check(name: string, ok: boolean, detail?: string): void {
  reported.push({ name, ok, detail });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function until(predicate: () => boolean, ms = 20000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (predicate()) return true;
    } catch {
      // not there yet
    }
    await sleep(50);
  }
  return false;
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const outcomeOf = (id: string) => byId(id).getAttribute('outcome');
const GREEN = ['clear', 'facilitated'];

async function flagTest(id: string, expected: string): Promise<void> {
  const ok = await until(() => outcomeOf(id) === expected);
  check(`flag ${id}: ${expected}`, ok, `outcome ${outcomeOf(id)}, taken ${JSON.stringify(outcomes[id] || [])}`);
}

async function main(): Promise<void> {
  await flagTest('flag-restricted', 'restricted');
  await flagTest('flag-facilitated', 'facilitated');
  await flagTest('flag-clear', 'clear');
  await flagTest('flag-unknown', 'unknown');
  const neverGreen = (outcomes['flag-unknown'] || []).every((o) => GREEN.indexOf(o) < 0);
  check('a check that cannot complete is never green, not even for a moment', neverGreen, JSON.stringify(outcomes['flag-unknown'] || []));

  // The flag's details from a 38 px overflow:hidden cell at the right edge (layui, Element):
  // after a click they are inside the window and on top (hit-testable at their centre).
  const clipped = byId('flag-clipped');
  // A layui/Element table cell: 38 px high, overflow hidden, at the window's right edge
  // (set through CSSOM: a strict CSP refuses style attributes in markup).
  byId('clip-cell').style.cssText = 'position:absolute; right:0; top:0; width:160px; height:38px; overflow:hidden; white-space:nowrap';
  const opened = await until(() => {
    if (clipped.getAttribute('outcome') !== 'restricted') return false;
    const badge = clipped.shadowRoot!.querySelector<HTMLElement>('[part="badge"]');
    const details = clipped.shadowRoot!.querySelector<HTMLElement>('[part="details"]');
    if (!details || details.getBoundingClientRect().width === 0) {
      if (badge) badge.click();
      return false;
    }
    return true;
  });
  let seen = false;
  let where = '';
  if (opened) {
    await sleep(300);
    const box = clipped.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!.getBoundingClientRect();
    const inside = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    let hit: Element | null = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    while (hit && hit.shadowRoot) {
      const deeper: Element | null = hit.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!deeper || deeper === hit) break;
      hit = deeper;
    }
    const inDetails = !!hit && !!hit.closest('[part="details"]');
    seen = inside && inDetails;
    where = `box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${window.innerWidth}×${window.innerHeight}; hit ${hit ? hit.tagName : 'none'}`;
  }
  // (Below 73 under the strict CSP the elements are unstyled, as documented: nothing to position.)
  if (!(params.scenario === 'csp' && Number(params.kernel) < 73)) {
    check("a flag's details are seen from a clipping table cell at the right edge", opened && seen, where);
  }

  // Auto-scan: the table cell present at load time got a flag with its outcome.
  const scanned = await until(() => {
    const flag = byId('cell-scanned').querySelector('credit-flag');
    return !!flag && flag.getAttribute('outcome') === 'facilitated';
  });
  check('auto-scan flags a marked cell', scanned);

  // The gate: restricted keeps the host's control disabled; clear enables it.
  const gateBlocked = await until(() => outcomeOf('gate-restricted') === 'restricted');
  check('gate restricted: control stays disabled', gateBlocked && byId<HTMLButtonElement>('approve-restricted').disabled, `outcome ${outcomeOf('gate-restricted')}`);
  const gateOpen = await until(() => outcomeOf('gate-clear') === 'clear' && !byId<HTMLButtonElement>('approve-clear').disabled);
  check('gate clear: control enabled', gateOpen, `outcome ${outcomeOf('gate-clear')}, disabled ${byId<HTMLButtonElement>('approve-clear').disabled}`);

  // The decision panel: measures shown, one feedback delivered.
  const panel = byId('panel');
  const shown = await until(() => outcomeOf('panel') === 'restricted' && !!panel.shadowRoot!.querySelector('button.respond[data-action="applied"]'));
  check('decision panel shows the applied measure with its responses', shown, `outcome ${outcomeOf('panel')}`);
  if (shown) {
    let sent = false;
    panel.addEventListener('credit-feedback', (e) => {
      if ((e as CustomEvent<{ state: string }>).detail.state === 'sent') sent = true;
    });
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.respond[data-action="applied"]')!.click();
    check('decision panel: one feedback delivered', await until(() => sent));
    // The print views (their own chunk): the check record and the written notice.
    const docs = panel as HTMLElement & { recordDocument(): Promise<unknown>; noticeDocument(): Promise<unknown> };
    const [record, notice] = await Promise.all([docs.recordDocument(), docs.noticeDocument()]);
    check('decision panel: check record and written notice render', !!record && !!notice);
    // Printing: while the print dialog is open, the paper holds the record alone — the print
    // rules are in force on the document (a constructed sheet from 73, a <style> element before).
    // (The test page stands in for the dialog: window.print returns at once here.)
    const print = window.print;
    window.print = () => undefined;
    let printRules = false;
    try {
      const printing = (panel as HTMLElement & { printRecord(): Promise<void> }).printRecord();
      printRules = await until(() => {
        const sheets: CSSStyleSheet[] = Array.from(document.styleSheets as unknown as CSSStyleSheet[]);
        const adopted = (document as unknown as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets || [];
        return sheets.concat(adopted).some((sheet) => {
          try {
            return Array.from(sheet.cssRules).some((rule) => rule.cssText.indexOf('credit-print-root') >= 0 && rule.cssText.indexOf('print') >= 0);
          } catch {
            return false;
          }
        });
      }, 5000);
      window.dispatchEvent(new Event('afterprint'));
      await printing;
    } finally {
      window.print = print;
    }
    // (Below 73 under the strict CSP the <style> is refused, as the elements' own styles are: documented.)
    if (!(params.scenario === 'csp' && Number(params.kernel) < 73)) {
      check("printing the check record: the page's print rules hide everything but the record", printRules);
    }
    // Objections on the record outside any measure: one closed disclosure (its region not shown), opened with the form's button.
    const toggle = panel.shadowRoot!.querySelector<HTMLButtonElement>('.other-objections button.disclosure');
    const region = toggle ? panel.shadowRoot!.getElementById(toggle.getAttribute('aria-controls') || '') : null;
    const closed = !!toggle && !!region && toggle.getAttribute('aria-expanded') === 'false' && region.offsetHeight === 0;
    if (toggle) toggle.click();
    const opened = await until(() => {
      const objection = region ? region.querySelector('credit-objection') : null;
      const open = objection && objection.shadowRoot ? objection.shadowRoot.querySelector<HTMLElement>('button.open') : null;
      return !!open && open.offsetHeight > 0 && toggle!.getAttribute('aria-expanded') === 'true';
    });
    check('decision panel: the objections of the record outside any measure sit behind one closed disclosure and open with their form', closed && opened, `closed ${closed}, opened ${opened}`);
    // A measure card's objection being typed survives closing the card: its region keeps it, hidden.
    const cardToggle = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="measure"] button.disclosure');
    const cardRegion = cardToggle ? panel.shadowRoot!.getElementById(cardToggle.getAttribute('aria-controls') || '') : null;
    const reasonOf = () => {
      const objection = cardRegion ? cardRegion.querySelector('credit-objection') : null;
      return objection && objection.shadowRoot ? objection.shadowRoot.querySelector<HTMLTextAreaElement>('#ob-reason') : null;
    };
    if (cardToggle) cardToggle.click();
    const typed = await until(() => {
      const objection = cardRegion ? cardRegion.querySelector('credit-objection') : null;
      const open = objection && objection.shadowRoot ? objection.shadowRoot.querySelector<HTMLButtonElement>('button.open') : null;
      if (open) open.click();
      const reason = reasonOf();
      if (!reason) return false;
      reason.value = '文书号有误';
      reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return true;
    });
    if (cardToggle) cardToggle.click();
    const cardClosed = typed && (await until(() => cardToggle!.getAttribute('aria-expanded') === 'false' && cardRegion!.offsetHeight === 0));
    if (cardToggle) cardToggle.click();
    const kept =
      cardClosed &&
      (await until(() => {
        const reason = reasonOf();
        return !!reason && reason.offsetHeight > 0 && reason.value === '文书号有误';
      }));
    check("decision panel: a measure card's objection draft is still there after the card is closed and opened again", kept, `typed ${typed}, closed ${cardClosed}, kept ${kept}`);
  }

  // The bidder screen (loaded lazily when its tag is on the page), screening a pasted list.
  const defined = await until(() => !!customElements.get('credit-bidder-screen'));
  check('bidder screen loads', defined);
  if (defined) {
    const screen = byId('screen') as HTMLElement & { load(t: string): Promise<unknown>; screen(): Promise<unknown> };
    let complete: { total: number; counts: Record<string, number> } | undefined;
    screen.addEventListener('credit-screen-complete', (e) => {
      complete = (e as CustomEvent).detail;
    });
    await screen.load(
      ['单位名称\t统一社会信用代码', '北京恒拓建设工程有限公司\t91110105MA01K7Q365', '杭州清禾环保科技有限公司\t9133010632764019XQ', '某未知公司\t91110108MA04Q2L79H'].join('\n'),
    );
    void screen.screen();
    const done = await until(() => !!complete);
    const counts = complete ? complete.counts : {};
    check(
      'bidder screen screens a pasted list',
      done && complete!.total === 3 && counts.restricted === 1 && counts.clear === 1 && counts.unknown === 1,
      JSON.stringify(complete),
    );
    const csv = (screen as unknown as { exportCsv(): string }).exportCsv();
    check('bidder screen exports CSV', csv.indexOf('91110105MA01K7Q365') >= 0 && csv.indexOf('9133010632764019XQ') >= 0, csv.slice(0, 200));
    // The row the platform could not decide: its 人工核查 form keeps what was typed when the
    // row's details close and open again (the row keeps its form, as when it leaves the window).
    const unknownRow = screen.shadowRoot!.querySelector<HTMLElement>('tbody.row[data-outcome="unknown"]');
    const noteOf = () => {
      const form = unknownRow && unknownRow.querySelector('credit-manual-verification');
      return form && form.shadowRoot ? form.shadowRoot.querySelector<HTMLTextAreaElement>('#mv-note') : null;
    };
    const expand = () => unknownRow!.querySelector<HTMLButtonElement>('button.expand')!.click();
    let kept = false;
    if (unknownRow) {
      expand();
      if (await until(() => !!noteOf())) {
        noteOf()!.value = '人工核查草稿';
        noteOf()!.dispatchEvent(new Event('input'));
        expand(); // closes the details: the form leaves the page
        const closed = await until(() => !noteOf());
        expand();
        kept = closed && (await until(() => !!noteOf() && noteOf()!.value === '人工核查草稿'));
      }
    }
    check('bidder screen: a typed 人工核查 draft survives its row being re-rendered', kept);
  }

  // The commitment form and the query ledger (each its own chunk).
  const form = await until(() => !!byId('commitment').shadowRoot && !!byId('commitment').shadowRoot!.querySelector('form'));
  check('commitment form renders', form);
  const ledgerRows = await until(() => {
    const root = byId('ledger').shadowRoot;
    return !!root && root.querySelectorAll('tbody tr').length > 0;
  });
  check('ledger lists the checks made', ledgerRows);

  // A row added later gets a flag.
  const row = document.createElement('tr');
  const cell = document.createElement('td');
  cell.id = 'cell-later';
  cell.setAttribute('data-credit-subject', '91110105MA01K7Q365');
  cell.setAttribute('data-credit-scenario', 'government-procurement');
  cell.textContent = '北京恒拓建设工程有限公司';
  row.appendChild(cell);
  byId('rows').appendChild(row);
  const later = await until(() => {
    const flag = byId('cell-later').querySelector('credit-flag');
    return !!flag && flag.getAttribute('outcome') === 'restricted';
  });
  check('a row added later gets a flag', later);

  check('nothing logged as an error', consoleErrors.length === 0, consoleErrors.join(' | ').slice(0, 800));
  const api = (window as unknown as { CreditWidgets: { parseSubjectId?: (v: string) => { status: string; type: string | null } } }).CreditWidgets;
  const parsed = api.parseSubjectId ? api.parseSubjectId('９１１１０１０５ＭＡ０１Ｋ７Ｑ３６５') : null;
  check('CreditWidgets.parseSubjectId once loaded (full-width input)', !!parsed && parsed.status === 'valid' && parsed.type === 'uscc', JSON.stringify(parsed));
  if (params.scenario === 'main') {
    // configure() called by the page right after the tag, before the build had loaded: kept and applied.
    const label = byId('flag-restricted').shadowRoot!.querySelector('[part="label"]');
    check('configure() before the build loaded is applied (locale en)', !!label && (label.textContent || '').trim() === 'Restricted', label ? label.textContent || '' : `no label; outcomes ${JSON.stringify(outcomes['flag-restricted'])}; ${byId('flag-restricted').shadowRoot!.innerHTML.slice(0, 300)}`);
    // The script tag twice: one warning, one configuration.
    check('the script twice warns once', duplicateWarnings === 1, `${duplicateWarnings} warnings`);
  } else if (Number(params.kernel) < 73) {
    // Below 73 Lit cannot adopt constructed style sheets and falls back to <style> elements,
    // which a style-src without 'unsafe-inline' refuses: documented; everything else must hold.
    check('below Chromium 73 only the inline styles are refused', violations.every((v) => v.indexOf('style-src') === 0), violations.join(' | '));
  } else {
    check('no Content-Security-Policy violation', violations.length === 0, violations.join(' | '));
  }
}

/** A broken delivery: whatever happens, the control stays disabled and no flag is green. */
async function broken(): Promise<void> {
  const w = window as unknown as { CreditWidgets?: { ready: Promise<unknown> } };
  if (w.CreditWidgets) await w.CreditWidgets.ready.catch(() => undefined);
  // Give whatever did load time to check (and fail) before looking.
  await until(() => ['flag-restricted', 'flag-facilitated', 'flag-clear'].every((id) => outcomeOf(id) === 'unknown'), 8000);
  await sleep(500);
  const flags = ['flag-restricted', 'flag-facilitated', 'flag-clear', 'flag-unknown'];
  for (const id of flags) {
    const el = byId(id);
    const upgraded = !!customElements.get('credit-flag');
    const fallbackShown = !upgraded && (el.textContent || '').indexOf('信用核查组件未加载') >= 0 && el.offsetWidth > 0;
    const state = outcomeOf(id);
    check(`${id}: fallback text or unknown`, fallbackShown || state === 'unknown', `upgraded ${upgraded}, outcome ${state}`);
    check(`${id}: never green`, (outcomes[id] || []).every((o) => GREEN.indexOf(o) < 0), JSON.stringify(outcomes[id] || []));
  }
  check('gate control stays disabled', byId<HTMLButtonElement>('approve-clear').disabled && byId<HTMLButtonElement>('approve-restricted').disabled);
}

async function run(): Promise<void> {
  try {
    if (params.scenario === 'main' || params.scenario === 'csp') await main();
    else await broken();
  } catch (error) {
    check('the test page itself ran', false, String(error));
  }
  // Errors the SDK threw into the page (the broken scenarios' own console errors are not page errors).
  check('no error reaches the page', errors.length === 0, errors.join(' | '));
  post('/report', { kernel: params.kernel, scenario: params.scenario, userAgent: navigator.userAgent, results: reported });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void run());
else void run();
