/**
 * Loads the script-tag bundle's extra chunk (bidder screen, commitment, ledger) the first
 * time one of its tags is on the page — at start, when rows are added later, or when a
 * `<credit-check>` asks for a commitment form. `import()` of a same-origin URL works under
 * `script-src 'self'` and is not a Trusted Types sink.
 */
export const EXTRA_TAGS = ['credit-bidder-screen', 'credit-commitment', 'credit-ledger'] as const;
const SELECTOR = EXTRA_TAGS.join(',');

let loading: Promise<void> | undefined;

export function loadExtras(baseUrl: string): Promise<void> {
  loading ??= import(/* @vite-ignore */ new URL('credit-widgets.extra.js', baseUrl).href).then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.error('credit-widgets: could not load credit-widgets.extra.js next to the script.', error);
    },
  );
  return loading;
}

function needsExtras(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null;
}

/** Watches the document for the extra tags and loads the chunk once when one shows up. */
export function loadExtrasWhenNeeded(doc: Document, baseUrl: string): void {
  if (EXTRA_TAGS.every((tag) => customElements.get(tag))) return;
  const load = () => void loadExtras(baseUrl);
  if (doc.querySelector(SELECTOR)) {
    load();
    return;
  }
  doc.addEventListener('credit-commitment-request', load, { once: true });
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        if (needsExtras(node)) {
          observer.disconnect();
          load();
          return;
        }
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}
