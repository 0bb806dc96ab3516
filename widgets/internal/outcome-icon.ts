/**
 * One icon SHAPE per outcome, so that an outcome never depends on colour alone:
 * restricted = octagon with a bar (stop), review = triangle with "!", facilitated =
 * circle with an up-arrow, clear = circle with a tick, unknown = dashed circle with "?";
 * a check in flight = a ring with three dots (no animation: it would repaint every frame).
 *
 * The ring of a check in flight is drawn by CSS (theme.ts, `.icon[data-shape='loading']`),
 * not SVG: every flag on a page shows it at once, and 500 SVG roots cost the page more to
 * create, style and lay out than their checks took (`npm run bench`, batching). The outcomes
 * keep their SVG shapes.
 */
import { html, svg, type SVGTemplateResult } from 'lit';
import type { Outcome } from '../../src/contract/index.js';

const PATHS: Record<Outcome, SVGTemplateResult> = {
  restricted: svg`<path d="M5.2 1h5.6L15 5.2v5.6L10.8 15H5.2L1 10.8V5.2z" fill="currentColor"/><rect x="4" y="7" width="8" height="2" fill="var(--credit-icon-contrast, #fff)"/>`,
  review: svg`<path d="M8 1.2 15.2 14.5H.8z" fill="currentColor"/><rect x="7.1" y="5.5" width="1.8" height="5" fill="var(--credit-icon-contrast, #fff)"/><rect x="7.1" y="11.5" width="1.8" height="1.8" fill="var(--credit-icon-contrast, #fff)"/>`,
  facilitated: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 3.6 12 8H9.2v4.4H6.8V8H4z" fill="var(--credit-icon-contrast, #fff)"/>`,
  clear: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="m4.3 8.2 2.5 2.5 5-5" fill="none" stroke="var(--credit-icon-contrast, #fff)" stroke-width="1.9"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.6 1.6"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.6" fill="none" stroke="currentColor" stroke-width="1.5"/><rect x="7.2" y="10.8" width="1.6" height="1.6" fill="currentColor"/>`,
};

/** The icon of an outcome (decorative: the word beside it carries the meaning). */
export function outcomeIcon(outcome: Outcome | 'loading') {
  // Static on purpose: 500 flags each animating a spinner cost the page more CPU than the checks.
  if (outcome === 'loading') return html`<span class="icon" part="icon" aria-hidden="true" data-shape="loading"></span>`;
  return html`<svg class="icon" part="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" data-shape=${outcome}>${PATHS[outcome]}</svg>`;
}
