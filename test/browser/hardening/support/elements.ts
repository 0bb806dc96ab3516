/**
 * One driver per checking element, so that a suite can run the same scenario through
 * `<credit-flag>`, `<credit-check>`, `<credit-gate>` and `<credit-bidder-screen>`:
 * mount it, wait for its decisions, press its own retry control, read what it shows.
 *
 * Importing this module loads Lit and registers the elements (and nothing of the test
 * framework's that would touch the page, so that the CSP suite can import it under its policy).
 */
import { fixture, html } from '@open-wc/testing-helpers';
import type { Decision } from '../../../../src/policy/decision.js';
import '../../../../widgets/credit-bidder-screen/define.js';
import '../../../../widgets/credit-check/define.js';
import '../../../../widgets/credit-commitment/define.js';
import '../../../../widgets/credit-flag/define.js';
import '../../../../widgets/credit-gate/define.js';
import '../../../../widgets/credit-ledger/define.js';
import type { CreditBidderScreen } from '../../../../widgets/credit-bidder-screen/credit-bidder-screen.js';
import type { CreditResultDetail } from '../../../../widgets/internal/events.js';
import { deepText, until } from './page.js';

export interface Subject {
  /** The id given to the element (a person's full number included: it is the host's attribute). */
  id: string;
  /** The name, for the bidder list. */
  name: string;
}

export interface MountOptions {
  endpoint: string;
  scenario: string;
  subjects: readonly Subject[];
  purpose?: string;
  caseNumber?: string;
}

export interface Driver<E extends HTMLElement = HTMLElement> {
  name: 'flag' | 'check' | 'gate' | 'bidder screen';
  /** How many subjects it checks at once (1, or many for the bidder screen). */
  many: boolean;
  mount(options: MountOptions): Promise<E>;
  /** Waits until the element has finished; its decisions, one per subject. */
  decisions(el: E): Promise<Decision[]>;
  /** Presses the element's own retry control and waits until the new check has finished. */
  retry(el: E): Promise<void>;
  /** Opens whatever the element shows on demand (the flag's popover, the bidder's rows), so that its text is in the DOM. */
  reveal(el: E): Promise<void>;
}

/** Waits until a checking element has finished: an `outcome` attribute and no `loading`. */
export async function settle<T extends Element>(el: T): Promise<T> {
  await until(() => el.hasAttribute('outcome') && !el.hasAttribute('loading'), `${el.localName} to finish its check`);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** The last `credit-result` each element fired. */
const lastResult = new WeakMap<Element, CreditResultDetail>();
document.addEventListener('credit-result', (event) => {
  const target = event.composedPath()[0];
  if (target instanceof Element) lastResult.set(target, (event as CustomEvent<CreditResultDetail>).detail);
});

const shadow = (el: Element) => el.shadowRoot!;
const button = (el: Element, selector: string) => {
  const found = shadow(el).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`${el.localName}: no ${selector} to press`);
  return found;
};

async function settledDecision(el: HTMLElement): Promise<Decision[]> {
  await settle(el);
  const detail = await until(() => lastResult.get(el), `${el.localName} to fire credit-result`);
  return [detail];
}

/** Runs a new check through `press` and waits until it has finished. */
async function rerun(el: HTMLElement, press: () => void): Promise<void> {
  lastResult.delete(el);
  press();
  await until(() => lastResult.get(el), `${el.localName} to check again`);
  await settle(el);
}

export const flag: Driver = {
  name: 'flag',
  many: false,
  mount: ({ endpoint, scenario, subjects, purpose = '', caseNumber = '' }) =>
    fixture(html`<credit-flag endpoint=${endpoint} scenario=${scenario} subject=${subjects[0].id} purpose=${purpose} case-number=${caseNumber}></credit-flag>`),
  decisions: settledDecision,
  async reveal(el) {
    if (button(el, '.badge').getAttribute('aria-expanded') !== 'true') button(el, '.badge').click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // The popover's content loads with its module on the first opening (the loading sentence
    // until then): for a finished check, wait until it shows the decision.
    if (el.hasAttribute('outcome')) await until(() => shadow(el).querySelector('[part="details"] .sentence'), 'the flag popover to show the decision');
  },
  async retry(el) {
    await flag.reveal(el);
    await rerun(el, () => button(el, '.retry').click());
  },
};

export const check: Driver = {
  name: 'check',
  many: false,
  mount: ({ endpoint, scenario, subjects, purpose = '', caseNumber = '' }) =>
    fixture(html`<credit-check endpoint=${endpoint} scenario=${scenario} subject=${subjects[0].id} purpose=${purpose} case-number=${caseNumber}></credit-check>`),
  decisions: settledDecision,
  reveal: async () => {},
  retry: (el) => rerun(el, () => button(el, '.banner .retry').click()),
};

export const gate: Driver = {
  name: 'gate',
  many: false,
  mount: ({ endpoint, scenario, subjects, purpose = '', caseNumber = '' }) =>
    fixture(html`<credit-gate endpoint=${endpoint} scenario=${scenario} subject=${subjects[0].id} purpose=${purpose} case-number=${caseNumber}
      ><button type="button" class="host-approve">批准</button></credit-gate
    >`),
  decisions: settledDecision,
  reveal: async () => {},
  retry: (el) => rerun(el, () => button(el, '.retry').click()),
};

/** CSV text of `subjects` (every cell quoted, so names may hold anything). */
export function bidderCsv(subjects: readonly Subject[]): string {
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return ['名称,统一社会信用代码', ...subjects.map((s) => `${cell(s.name)},${cell(s.id)}`)].join('\r\n');
}

async function screened(el: CreditBidderScreen): Promise<Decision[]> {
  await until(() => !el.screening && el.rows.length > 0 && el.rows.every((r) => r.status !== 'screening' && r.status !== 'pending'), 'the screening to finish');
  await el.updateComplete;
  return el.rows.filter((r) => r.decision).map((r) => r.decision!);
}

export const bidderScreen: Driver = {
  name: 'bidder screen',
  many: true,
  async mount({ endpoint, scenario, subjects, purpose = '', caseNumber = '' }) {
    const el = await fixture<CreditBidderScreen>(html`<credit-bidder-screen
      class="hardening-tall"
      endpoint=${endpoint}
      scenario=${scenario}
      purpose=${purpose}
      case-number=${caseNumber}
    ></credit-bidder-screen>`);
    await el.load(bidderCsv(subjects));
    await el.updateComplete;
    button(el, 'button.screen').click();
    return el;
  },
  decisions: (el) => screened(el as CreditBidderScreen),
  async reveal(el) {
    // Expand every row (the table renders the rows in view; the test page makes it tall).
    for (let guard = 0; guard < 1000; guard++) {
      const closed = shadow(el).querySelector<HTMLButtonElement>('button.expand[aria-expanded="false"]');
      if (!closed) break;
      closed.click();
      await (el as CreditBidderScreen).updateComplete;
    }
  },
  async retry(el) {
    button(el, 'button.retry').click();
    const screen = el as CreditBidderScreen;
    await until(() => screen.screening || screen.rows.every((r) => r.decision?.outcome !== 'unknown'), 'the retry to start');
    await screened(screen);
  },
};

export const CHECKING_DRIVERS: readonly Driver[] = [flag, check, gate, bidderScreen];

/** What the element shows (shadow roots included), whitespace collapsed. */
export function shownText(el: Element): string {
  return deepText(el).replace(/\s+/g, ' ');
}

/**
 * A stylesheet that lets the bidder screen render every row (no virtual window cut-off) in
 * tests. Constructed and adopted, not a `<style>` element, so that it passes a strict CSP.
 */
export function tallBidderScreens(): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('credit-bidder-screen.hardening-tall { --credit-bidder-screen-height: 1000000px; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
