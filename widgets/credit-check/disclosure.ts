/**
 * The decision panel's disclosures — each measure card's "more" (measure-card.ts) and the block
 * of objections on the records outside any measure (record-objections.ts) — work one way:
 *
 * - one button with `aria-expanded` and `aria-controls` (`disclosureButton`);
 * - its region (`disclosureRegion`) is empty until first opened (nothing rendered, nothing
 *   asked of the platform), then keeps its content while closed, hidden: a form the clerk was
 *   typing in (an objection) is still there, with its draft, when the region opens again;
 * - closed, the region is `hidden` (display: none), so nothing inside takes a Tab stop.
 *
 * `Disclosures` holds which are open and which were opened, for the element that owns them; a
 * new decision closes them all and drops what they kept.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** The disclosure button: one Tab stop; the caller renders its region with `disclosureRegion`. */
export function disclosureButton(open: boolean, regionId: string, label: string, onToggle: () => void): TemplateResult {
  return html`<button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${regionId} @click=${onToggle}>${label}</button>`;
}

/** The region of a disclosure: `content()` once it was opened (kept, hidden, while closed), nothing before. */
export function disclosureRegion(regionId: string, open: boolean, opened: boolean, content: () => TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="more" id=${regionId} ?hidden=${!open}>${open || opened ? content() : nothing}</div>`;
}

/** Which disclosures of an element are open, and which were opened since the last `reset()`. */
export class Disclosures {
  readonly #host: ReactiveControllerHost;
  #open = new Set<string>();
  #opened = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  isOpen(key: string): boolean {
    return this.#open.has(key);
  }

  /** Whether its content is rendered: open now, or opened before (then kept, hidden). */
  wasOpened(key: string): boolean {
    return this.#opened.has(key);
  }

  toggle(key: string): void {
    if (this.#open.has(key)) this.#open.delete(key);
    else {
      this.#open.add(key);
      this.#opened.add(key);
    }
    this.#host.requestUpdate();
  }

  /** All closed, nothing kept (a new decision: its records and forms are others). */
  reset(): void {
    if (!this.#open.size && !this.#opened.size) return;
    this.#open = new Set();
    this.#opened = new Set();
    this.#host.requestUpdate();
  }
}
