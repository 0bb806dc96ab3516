/**
 * A popover that is always seen: positioned `fixed` next to its anchor with Floating UI
 * (flip to the other side, shift along it, and shrink to the room the viewport leaves), so
 * no ancestor's `overflow: hidden`, fixed row height or stacking context can cut it off.
 *
 * Where the browser has the Popover API (Chromium 114+, Firefox 125+, Safari 17+), the
 * element also goes into the top layer (`popover="manual"`: it opens and closes only when
 * we say so — Escape and clicks outside stay the element's own business), which escapes
 * even ancestors with a `transform` or `filter`. Where it does not (the Chromium 69–102
 * kernels of government browsers), `position: fixed` with the highest z-index does the
 * same for every ancestor but a transformed one.
 *
 * Loaded with a popover's content on its first opening (`import()`), so that pages which
 * never open one do not download the positioning code. Until it is placed (or if the code
 * cannot load) a popover stays at its place in the flow, `position: fixed` without offsets. Positions are set through the element's `style`
 * property (CSSOM), which a strict `style-src` allows, never through a `style` attribute in
 * markup.
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
  style.position = 'fixed';
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
            style.maxWidth = `${Math.max(0, Math.floor(availableWidth))}px`;
            style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(
      ({ x, y }) => {
        if (stopped) return;
        style.left = `${Math.round(x)}px`;
        style.top = `${Math.round(y)}px`;
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
