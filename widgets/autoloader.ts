/**
 * The browser build's autoloader (as Shoelace's): each element's code loads with `import()`
 * the first time its tag is on the page — at start, when the host adds it later (paging,
 * AJAX, auto-scan's flags), or when a `<credit-check>` asks for a commitment form inside
 * its own shadow root. esbuild splits every element and the code they share into chunks,
 * so a page with only flags downloads only what a flag needs. (The ESM entry,
 * widgets/index.ts, imports every element at once instead.)
 */
type Loader = () => Promise<unknown>;

/** Tag → its definition. */
const LOADERS: Readonly<Record<string, Loader>> = {
  'credit-flag': () => import('./credit-flag/define.js'),
  'credit-check': () => import('./credit-check/define.js'),
  'credit-gate': () => import('./credit-gate/define.js'),
  'credit-bidder-screen': () => import('./credit-bidder-screen/define.js'),
  'credit-commitment': () => import('./credit-commitment/define.js'),
  'credit-ledger': () => import('./credit-ledger/define.js'),
  'credit-stats': () => import('./credit-stats/define.js'),
};

export const ELEMENT_TAGS = Object.keys(LOADERS);
const SELECTOR = ELEMENT_TAGS.join(',');
const loading = new Map<string, Promise<void>>();

/** Loads (once) and defines the element `tag`; a failed load is logged and tried again next time. */
export function loadElement(tag: string): Promise<void> {
  const loader = LOADERS[tag];
  if (!loader) return Promise.resolve();
  let promise = loading.get(tag);
  if (!promise) {
    promise = loader().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        console.error(`credit-widgets: could not load <${tag}>; its fallback text stays.`, error);
      },
    );
    loading.set(tag, promise);
  }
  return promise;
}

/** Loads every element (for hosts that put them inside their own shadow roots, where the autoloader cannot see). */
export function loadAllElements(): Promise<void> {
  return Promise.all(ELEMENT_TAGS.map(loadElement)).then(() => undefined);
}

function discover(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) void loadElement(root.localName);
  for (const el of Array.from(root.querySelectorAll(SELECTOR))) {
    if (!customElements.get(el.localName)) void loadElement(el.localName);
  }
}

/** Loads the elements under `doc` now and whenever one is added. */
export function autoload(doc: Document): void {
  discover(doc);
  // A decision panel asks for the commitment form inside its own shadow root.
  doc.addEventListener('credit-commitment-request', () => void loadElement('credit-commitment'));
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      for (const node of Array.from(m.addedNodes)) if (node instanceof Element) discover(node);
    }
  }).observe(doc.documentElement, { childList: true, subtree: true });
}
