/**
 * Printing from inside a shadow root, under a strict CSP (no inline style, no
 * `innerHTML`, no `srcdoc`, Trusted Types for script):
 *
 * 1. the document is rendered with Lit into the shadow root of a light-DOM container
 *    (`.credit-print-root`) appended to `document.body` — the host page's CSS cannot
 *    reach into it, and it needs no HTML parsed from strings;
 * 2. while printing, one constructed stylesheet is adopted on the document: on paper
 *    everything but the print root is hidden (A4, 15 mm margins), on screen the print
 *    root is hidden, so the page does not change under the print dialog;
 * 3. `window.print()`; after `afterprint` (or once the print media query stops
 *    matching) the container and the stylesheet are removed.
 *
 * `mountPrintDocument()` does step 1 only and is what tests and previews use.
 */
import { adoptStyles, render, type CSSResultGroup, type TemplateResult } from 'lit';
import { themeStyles } from '../theme.js';
import { decisionDetailsStyles } from '../decision-details-styles.js';
import { PRINT_PAGE_CSS, PRINT_ROOT_CLASS, printDocumentStyles } from './print-styles.js';
import { printFlowStyles } from './flow-styles.js';

export interface PrintMount {
  /** The light-DOM container (`.credit-print-root`). */
  host: HTMLElement;
  /** Its shadow root, holding the rendered document. */
  root: ShadowRoot;
  /** Removes the container. */
  remove(): void;
}

export interface PrintOptions {
  /** `lang` of the printed document (fonts, line breaking). */
  lang?: string;
  /** Where to append the container (default `document.body`). */
  parent?: Element;
}

const DOCUMENT_STYLES: CSSResultGroup[] = [themeStyles, decisionDetailsStyles, printDocumentStyles, printFlowStyles];

/** Renders `template` into a new `.credit-print-root` container, without printing. */
export function mountPrintDocument(template: TemplateResult, options: PrintOptions = {}): PrintMount {
  const doc = options.parent?.ownerDocument ?? document;
  const host = doc.createElement('div');
  host.className = PRINT_ROOT_CLASS;
  if (options.lang) host.setAttribute('lang', options.lang);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, DOCUMENT_STYLES.flat() as Parameters<typeof adoptStyles>[1]);
  render(template, root);
  (options.parent ?? doc.body).append(host);
  return { host, root, remove: () => host.remove() };
}

let pageSheet: CSSStyleSheet | undefined;

function printPageSheet(): CSSStyleSheet | undefined {
  if (pageSheet) return pageSheet;
  try {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PRINT_PAGE_CSS);
  } catch {
    pageSheet = undefined; // no constructable stylesheets: print the page as it is
  }
  return pageSheet;
}

let current: (() => void) | undefined;
let printing = false;

/**
 * Prints `template` as its own document and resolves once printing is over (the
 * container and the stylesheet are gone again). Never throws into the page.
 *
 * "Over" is `afterprint`, or the print media query ending. Where neither comes (headless
 * browsers, some embedded webviews), the first user input after `print()` returned — or
 * the page's own next print (Ctrl+P) — cleans up, so the page always prints as itself again.
 */
export function printDocument(template: TemplateResult, options: PrintOptions = {}): Promise<void> {
  current?.(); // a print still waiting for its end: clean it up first
  const mount = mountPrintDocument(template, options);
  const sheet = printPageSheet();
  const doc = mount.host.ownerDocument;
  const view = doc.defaultView ?? window;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  // Kernels without constructable stylesheets (Chromium 69–72): the same rules in a <style>
  // element, so that the paper still holds the document alone (a style-src without
  // 'unsafe-inline' refuses it there, as it refuses the elements' own styles: see Browsers).
  const fallbackStyle = sheet ? undefined : doc.createElement('style');
  if (fallbackStyle) {
    fallbackStyle.textContent = PRINT_PAGE_CSS;
    (doc.head ?? doc.documentElement).append(fallbackStyle);
  }

  return new Promise<void>((resolve) => {
    const media = view.matchMedia?.('print');
    const onMedia = (event: MediaQueryListEvent) => {
      if (!event.matches && !printing) done();
    };
    const onLaterPrint = () => {
      if (!printing) done(); // the page's own print, not ours
    };
    const inputs = ['pointerdown', 'keydown'] as const;
    const done = () => {
      if (current !== done) return;
      current = undefined;
      view.removeEventListener('afterprint', done);
      view.removeEventListener('beforeprint', onLaterPrint, true);
      for (const type of inputs) view.removeEventListener(type, done, true);
      media?.removeEventListener?.('change', onMedia);
      mount.remove();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      fallbackStyle?.remove();
      resolve();
    };
    current = done;
    view.addEventListener('afterprint', done);
    view.addEventListener('beforeprint', onLaterPrint, true);
    media?.addEventListener?.('change', onMedia);
    printing = true;
    try {
      view.print();
    } catch (error) {
      console.warn('credit-widgets: printing failed.', error);
      printing = false;
      done();
      return;
    }
    printing = false;
    if (current === done) for (const type of inputs) view.addEventListener(type, done, true);
  });
}
