/**
 * A popover that is always seen: positioned `fixed` next to its anchor with Floating UI
 * (flip to the other side, shift along it, and shrink to the room the viewport leaves), so
 * no ancestor's `overflow: hidden`, fixed row height or stacking context can cut it off.
 *
 * Where the browser has the Popover API (Chromium 114+, Firefox 125+, Safari 17+), the
 * element also goes into the top layer (`popover="manual"`: it opens and closes only when
 * we say so — Escape and clicks outside stay the element's own business), which escapes
 * even ancestors with a `transform` or `filter`. Where it does not (the Chromium 69–113
 * kernels of government browsers), `position: fixed` with the highest z-index escapes
 * every ancestor's overflow; only an ancestor with its own stacking context can cover it.
 *
 * Loaded with a popover's content on its first opening (`import()`), so that pages which
 * never open one do not download the positioning code.
 *
 * The position is handed to the element's CSS as custom properties set through CSSOM
 * (allowed by a strict `style-src`, unlike a `style` attribute in markup; custom properties
 * are the only inline styles the elements set): `--_popover-left`, `--_popover-top`,
 * `--_popover-max-width`, `--_popover-max-height` (px). The popover's own CSS is
 * `position: fixed` and reads them.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** Room kept between the popover and the viewport's edges, px. */
const EDGE = 8;
/** Gap between the anchor and the popover, px. */
const GAP = 4;

type PopoverCapable = HTMLElement & { showPopover(): void; hidePopover(): void };
const hasPopoverApi = (el: HTMLElement): el is PopoverCapable =>
  typeof (el as Partial<PopoverCapable>).showPopover === 'function' && 'popover' in el;

/**
 * Shows `floating` anchored below (or, without room, above) `anchor`, following it while the
 * page scrolls or resizes. Returns the function that stops following and takes the popover
 * out of the top layer. `data-placed` marks a placed popover (for tests and host CSS).
 */
export function anchorPopover(anchor: HTMLElement, floating: HTMLElement): () => void {
  const style = floating.style;
  let topLayer = false;
  if (hasPopoverApi(floating)) {
    try {
      floating.popover = 'manual';
      floating.showPopover();
      topLayer = true;
    } catch {
      // Not connected or already shown: fixed positioning alone still works.
    }
  }
  let stopped = false;
  const place = (): void => {
    computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight }) {
            style.setProperty('--_popover-max-width', `${Math.max(0, Math.floor(availableWidth))}px`);
            style.setProperty('--_popover-max-height', `${Math.max(0, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    }).then(
      ({ x, y }) => {
        if (stopped) return;
        style.setProperty('--_popover-left', `${Math.round(x)}px`);
        style.setProperty('--_popover-top', `${Math.round(y)}px`);
        floating.dataset.placed = '';
      },
      () => undefined,
    );
  };
  const stopFollowing = autoUpdate(anchor, floating, place);
  return () => {
    stopped = true;
    stopFollowing();
    delete floating.dataset.placed;
    if (topLayer && hasPopoverApi(floating)) {
      try {
        floating.hidePopover();
      } catch {
        // Already hidden (e.g. removed from the document).
      }
    }
  };
}
