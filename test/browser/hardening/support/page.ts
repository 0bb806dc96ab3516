/**
 * What the hardening suites look at on the page: errors and rejections that escaped to the
 * window, CSP violations, the XSS canary, and the whole DOM — shadow roots included.
 *
 * No imports of Lit or of the elements here, so that the CSP suite can load this module
 * before its policy is in force without loading Lit early.
 */

export interface PageWatch {
  /** `error` events that reached the window (uncaught exceptions, failed resources excluded). */
  errors: string[];
  /** `unhandledrejection` events. */
  rejections: string[];
  /** `securitypolicyviolation` events: `directive blocked-uri`. */
  violations: string[];
  /** Every `credit-*` event that reached the document, with its detail and the element that fired it. */
  events: { type: string; detail: unknown; target: EventTarget | null }[];
  stop(): void;
}

export const CREDIT_EVENTS = [
  'credit-result',
  'credit-error',
  'credit-feedback',
  'credit-gate-change',
  'credit-screen-complete',
  'credit-commitment-change',
  'credit-commitment-request',
] as const;

/** Starts recording what escapes to the page. Call `stop()` in a `finally`. */
export function watchPage(): PageWatch {
  const watch: PageWatch = { errors: [], rejections: [], violations: [], events: [], stop: () => {} };
  const onError = (event: ErrorEvent | Event) => {
    // A resource that failed to load (an <img> of a test) fires a plain Event, not an ErrorEvent.
    if (!(event instanceof ErrorEvent)) return;
    watch.errors.push(`${event.message} (${event.filename}:${event.lineno})`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { name?: string; message?: string } | undefined;
    watch.rejections.push(`${reason?.name ?? typeof reason}: ${reason?.message ?? String(reason)}`);
  };
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    watch.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`.trim());
  };
  const onCredit = (event: Event) => watch.events.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.composedPath()[0] ?? null });
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  for (const type of CREDIT_EVENTS) document.addEventListener(type, onCredit);
  watch.stop = () => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('securitypolicyviolation', onViolation);
    for (const type of CREDIT_EVENTS) document.removeEventListener(type, onCredit);
  };
  return watch;
}

// ------------------------------------------------------------------------- the XSS canary

declare global {
  interface Window {
    __xss?: unknown;
    __xssHit?: () => void;
  }
}

/** Arms the canary: payloads set `window.__xss` or call `window.__xssHit()`. */
export function armCanary(): void {
  delete window.__xss;
  window.__xssHit = () => {
    window.__xss = 'called';
  };
}

export function disarmCanary(): void {
  delete window.__xss;
  delete window.__xssHit;
}

/**
 * Resolves once an image that fails to load has reported it: any `<img onerror>` a payload
 * might have planted earlier has had its chance to run by then.
 */
export async function imageBarrier(): Promise<void> {
  const probe = new Image();
  const done = new Promise<void>((resolve) => {
    probe.addEventListener('error', () => resolve(), { once: true });
    probe.addEventListener('load', () => resolve(), { once: true });
  });
  // Served (200) but not an image: it fails like `src=x` does, without a 404 in the runner's log.
  probe.src = `/package.json?image-barrier=${Math.random().toString(36).slice(2)}`;
  await done;
  // Two frames more for handlers queued behind it (animations, toggles, focus).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

// ------------------------------------------------------------------------- the deep DOM

/** `root`, then every shadow root below it (open ones: the elements' roots are open). */
export function* deepRoots(root: Document | ShadowRoot | Element = document): Generator<Document | ShadowRoot | Element> {
  yield root;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) yield* deepRoots(shadow);
  }
}

/** Every element under `root`, shadow roots included. */
export function deepElements(root: Document | ShadowRoot | Element = document): Element[] {
  const found: Element[] = [];
  for (const r of deepRoots(root)) {
    if (r instanceof Element) found.push(r);
    found.push(...r.querySelectorAll('*'));
  }
  return found;
}

/**
 * The text of `root` as a reader of the composed tree gets it: each shadow root's text in
 * place of its host's light children (which are only shown where slotted — close enough
 * for "is this text on the page").
 */
export function deepText(root: Node): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType === Node.COMMENT_NODE) return;
    const el = node as Element;
    if (el.shadowRoot) visit(el.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return out;
}

/** Every attribute under `root` (shadow roots included) as `{ element, name, value }`. */
export function deepAttributes(root: Document | ShadowRoot | Element = document): { element: Element; name: string; value: string }[] {
  const found: { element: Element; name: string; value: string }[] = [];
  for (const element of deepElements(root)) {
    for (const attr of element.attributes) found.push({ element, name: attr.name, value: attr.value });
  }
  return found;
}

/** Tags the elements never render themselves: if one shows up, data was parsed as HTML. */
const FOREIGN_TAGS = new Set([
  'script', 'img', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'math', 'video', 'audio', 'source',
  'marquee', 'isindex', 'x', 'noscript', 'animate', 'use', 'image', 'template', 'mglyph', 'mtext',
]);

/**
 * Markup that data could only have produced by being parsed as HTML: foreign tags,
 * inline event handlers, `javascript:` / `data:` URLs, inline styles. Empty when clean.
 */
export function injectedMarkup(root: Document | ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (FOREIGN_TAGS.has(tag)) found.push(`<${tag}> in ${element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host.localName : 'document'}`);
    for (const attr of element.attributes) {
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href'].includes(attr.name) && /^(javascript|data|vbscript):/.test(value)) {
        found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
      // The elements set custom properties through CSSOM (allowed under CSP); anything else is foreign.
      if (attr.name === 'style' && attr.value.split(';').some((d) => d.trim() && !d.trim().startsWith('--'))) found.push(`${tag}[style=${attr.value}]`);
    }
  }
  return found;
}

/**
 * Waits until `predicate` holds (polling each frame), or fails with `message` after `timeout` ms.
 * The predicate is synchronous: a Promise is always truthy, so an async predicate would
 * pass at once without being checked — it is refused (use `untilAsync`).
 */
export async function until<T>(predicate: () => T, message: string, timeout = 10_000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = predicate();
    if (value instanceof Promise) throw new Error(`until(${message}): the predicate returned a Promise; use untilAsync`);
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** As `until`, for a predicate that has to await (e.g. reading IndexedDB): each answer is awaited before it is judged. */
export async function untilAsync<T>(predicate: () => Promise<T>, message: string, timeout = 10_000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = await predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
