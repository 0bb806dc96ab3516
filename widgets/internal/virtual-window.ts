/**
 * `VirtualWindow`: a ReactiveController that renders only the rows of a long table that are
 * in view (plus a buffer), for `<credit-bidder-screen>` and any later long list.
 *
 * The host renders `items.slice(window.start, window.end)` between two spacer rows whose
 * heights the controller sets through the CSSOM (`--_before`, `--_after` on the scroller:
 * allowed under a strict CSP, no style attribute in markup). Rows are measured once per
 * frame after they render (real heights: an expanded row is taller), so scrolling stays
 * exact. Works on Chromium 69 (no ResizeObserver needed, no library).
 *
 * Why not `@lit-labs/virtualizer`: it lays out absolutely positioned children, which a
 * `<table>` (sticky header, column widths shared with the header, `aria-rowindex`) cannot
 * be; and this needs about 150 lines.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualWindowOptions {
  /** The scrolling element (holding a `<thead>` and the rendered rows). */
  scroller: () => HTMLElement | null;
  /** The rendered rows: each carries `data-key` (the key of its item). */
  rowSelector: string;
  /** First guess of a row's height (px) until measured. */
  estimate?: number;
  /** Rows rendered beyond the visible ones, on each side. */
  buffer?: number;
  /** Fewest rows rendered (fills the view before anything has been measured). */
  minimum?: number;
}

/** Index of the first offset greater than `y` (offsets ascending). */
function firstAbove(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class VirtualWindow implements ReactiveController {
  /** First item rendered. */
  start = 0;
  /** One past the last item rendered. */
  end = 0;

  readonly #host: ReactiveControllerHost;
  readonly #options: Required<VirtualWindowOptions>;
  #keys: readonly number[] = [];
  /** offsets[i]: top of item i; offsets[n]: the height of all items. */
  #offsets = new Float64Array(1);
  /** Measured heights by item key. */
  readonly #heights = new Map<number, number>();
  #frame = 0;
  #viewport = 600;
  #headHeight = 40;

  constructor(host: ReactiveControllerHost, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = { estimate: 41, buffer: 8, minimum: 24, ...options };
    host.addController(this);
  }

  /** The items changed (filtered, sorted, replaced): their keys in view order. `toTop` scrolls back up. */
  setItems(keys: readonly number[], toTop = false): void {
    this.#keys = keys;
    this.#computeOffsets();
    const scroller = this.#options.scroller();
    if (toTop && scroller) scroller.scrollTop = 0;
    this.#update(toTop);
  }

  /** Forgets the measured heights (a new list). */
  forget(): void {
    this.#heights.clear();
  }

  /** Scroll handler for the scroller: re-measures and moves the window once per frame. */
  readonly onScroll = (): void => this.#schedule();

  hostUpdated(): void {
    this.#placeSpacers();
    if (this.#options.scroller()) this.#schedule();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
      this.#update();
    });
  }

  #computeOffsets(): void {
    const n = this.#keys.length;
    const offsets = new Float64Array(n + 1);
    const estimate = this.#options.estimate;
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + (this.#heights.get(this.#keys[i]) ?? estimate);
    this.#offsets = offsets;
  }

  #update(toTop = false): void {
    const { buffer, minimum } = this.#options;
    const n = this.#keys.length;
    const scroller = this.#options.scroller();
    const top = toTop || !scroller ? 0 : Math.max(0, scroller.scrollTop - this.#headHeight);
    const first = Math.max(0, firstAbove(this.#offsets, top) - 1);
    const last = Math.min(n, firstAbove(this.#offsets, top + this.#viewport));
    const start = Math.max(0, Math.min(first, n) - buffer);
    const end = Math.min(n, Math.max(last + buffer, start + minimum));
    if (start !== this.start || end !== this.end) {
      this.start = start;
      this.end = end;
      this.#host.requestUpdate();
    }
  }

  /** Reads the real heights of the rendered rows (in a frame of its own, not in the render's task). */
  #measure(): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    this.#viewport = scroller.clientHeight || this.#viewport;
    this.#headHeight = scroller.querySelector('thead')?.getBoundingClientRect().height ?? this.#headHeight;
    const estimate = this.#options.estimate;
    let measured = false;
    const rows = scroller.querySelectorAll<HTMLElement>(this.#options.rowSelector);
    for (let i = 0; i < rows.length; i++) {
      const height = rows[i].getBoundingClientRect().height;
      if (!height) continue;
      const key = Number(rows[i].dataset.key);
      if (Math.abs((this.#heights.get(key) ?? estimate) - height) > 0.5) {
        this.#heights.set(key, height);
        measured = true;
      }
    }
    if (measured) {
      this.#computeOffsets();
      this.#placeSpacers();
    }
  }

  /** The spacers stand in for the rows before and after the window. */
  #placeSpacers(): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    const n = this.#keys.length;
    const start = Math.min(this.start, n);
    const end = Math.min(this.end, n);
    scroller.style.setProperty('--_before', `${this.#offsets[start]}px`);
    scroller.style.setProperty('--_after', `${this.#offsets[n] - this.#offsets[end]}px`);
  }
}
