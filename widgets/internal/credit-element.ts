/**
 * The base of every credit-widgets element: the locale, the client for the element's
 * endpoint, a `<tag>:` logging prefix, and the promise never to throw into the host page
 * (a failure renders a fallback and is logged; checking elements render `unknown`).
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { clientFor, clientOptionsChanged, getConfig, onConfigure } from '../../src/client/registry.js';
import type { CreditClient } from '../../src/client/index.js';
import { outcomeWords } from '../locales/outcome-words.js';
import { resolveLocale, type Locale } from './locale.js';
import { themeStyles } from './theme.js';

/**
 * The attributes every element has (documented here once; the manifest lists them on each element):
 *
 * @attr endpoint - Base URL of the v1 API for this element; overrides `configure({ endpoint })`.
 * @attr lang - `zh-CN`, `zh-Hant` or `en`; without it the nearest ancestor's `lang`, the document's, then `configure({ locale })`, then `zh-CN`.
 */
export abstract class CreditElement extends LitElement {
  static override styles = [themeStyles];

  /** Base URL of the v1 API for this element; overrides `configure({ endpoint })`. */
  @property({ reflect: true }) endpoint?: string;

  /** Bumped when `configure()` changes, so that checks re-run against the new settings. */
  protected configGeneration = 0;
  #unsubscribe?: () => void;
  #failed = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    let seen = getConfig();
    this.#unsubscribe = onConfigure((config) => {
      // New client options (endpoint, token, …) mean checking again; a new locale only re-renders.
      if (clientOptionsChanged(seen, config)) this.configGeneration += 1;
      seen = config;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The locale resolved once for the update in progress (a render asks for it many times). */
  #updateLocale?: Locale;

  /** The locale this element renders in: its `lang`, the document's, then `configure({ locale })`. */
  get locale(): Locale {
    return this.#updateLocale ?? resolveLocale(this);
  }

  /** The client for this element's endpoint (one per endpoint, shared by every element). */
  protected get client(): CreditClient {
    return clientFor(this.endpoint || undefined);
  }

  /** The client of this element's endpoint, or null when there is none (no endpoint configured, a bad option). */
  protected get clientOrNull(): CreditClient | null {
    if (!(this.endpoint || getConfig().endpoint)) return null;
    try {
      return this.client;
    } catch (error) {
      this.log('warn', 'no client for this endpoint.', error);
      return null;
    }
  }

  protected log(level: 'warn' | 'error' | 'info', message: string, ...rest: unknown[]): void {
    console[level](`${this.localName}: ${message}`, ...rest);
  }

  protected override update(changed: PropertyValues): void {
    this.#updateLocale = resolveLocale(this);
    try {
      this.#failed = false;
      super.update(changed);
    } catch (error) {
      // Never throw into the host page: show a fallback and say why in the console.
      this.#failed = true;
      this.log('error', 'rendering failed; showing a fallback.', error);
      try {
        super.update(new Map());
      } catch {
        /* the fallback itself failed: leave the last good DOM in place */
      }
    } finally {
      this.#updateLocale = undefined;
    }
  }

  protected override render(): TemplateResult | unknown {
    if (this.#failed) return this.renderFallback();
    return this.renderContent();
  }

  /** What the element shows; subclasses implement this instead of `render()`. */
  protected abstract renderContent(): TemplateResult | unknown;

  /** Shown when rendering failed: never a green result. */
  protected renderFallback(): TemplateResult {
    const w = outcomeWords(this.locale);
    return html`<span part="base" role="status">${w.outcome.unknown} — ${w.verifyManually}</span>`;
  }
}
