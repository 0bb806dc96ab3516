/**
 * The measures catalog of one client: `GET /v1/measures`, fetched once, kept for
 * `cacheTtlMs`, then revalidated with `If-None-Match` (a 304 keeps it). A platform
 * that serves no catalog (404) gets the bundled DEFAULT_CATALOG (decisions then warn
 * `default-catalog`). When revalidation fails, the catalog already held is kept.
 */
import type { KyInstance } from 'ky';
import type { Catalog } from '../contract/index.js';
import { loadDefaultCatalog } from '../policy/load-default-catalog.js';
import { adapterCall, adapterProblem } from './adapter.js';
import { CreditResponseError, isCreditHttpError, isCreditNetworkError, isCreditTimeoutError } from './errors.js';
import { readBody, schemasInParallel, toCreditError } from './http.js';
import type { ResolvedOptions } from './options.js';

export interface CatalogResult {
  catalog: Catalog;
  source: 'platform' | 'default';
}

interface Held extends CatalogResult {
  etag: string | null;
  at: number;
}

export function createCatalogSource(http: KyInstance, options: ResolvedOptions): () => Promise<CatalogResult> {
  let held: Held | null = null;
  let loading: Promise<CatalogResult> | null = null;
  const now = () => options.now().getTime();

  /**
   * The catalog through an adapter: its `measures()` (none, or `null`: the default
   * catalog), validated by the same schema. What it throws, other than a transport
   * failure, is the adapter's fault: `invalid-response` naming it.
   */
  async function loadByAdapter(): Promise<Held> {
    const adapter = options.adapter!;
    let answer: unknown = null;
    if (adapter.measures) {
      const schemas = schemasInParallel();
      try {
        answer = await adapter.measures(adapterCall(http, options, new AbortController().signal, Date.now() + options.timeoutMs));
      } catch (error) {
        if (isCreditHttpError(error) || isCreditNetworkError(error) || isCreditTimeoutError(error)) throw error;
        throw new CreditResponseError(adapterProblem(adapter.name, error));
      }
      if (answer != null) {
        const parsed = (await schemas).Catalog.safeParse(answer);
        if (!parsed.success) throw new CreditResponseError(`The adapter “${adapter.name}” answered a catalog the v1 contract refuses`);
        return { catalog: parsed.data as Catalog, source: 'platform', etag: null, at: now() };
      }
    }
    return { catalog: await loadDefaultCatalog(), source: 'default', etag: null, at: now() };
  }

  async function load(): Promise<CatalogResult> {
    const previous = held;
    if (options.adapter) {
      try {
        held = await loadByAdapter();
      } catch (error) {
        if (previous) return { catalog: previous.catalog, source: previous.source };
        throw error;
      }
      return { catalog: held.catalog, source: held.source };
    }
    try {
      // The schemas load while the request is on the network.
      const schemas = schemasInParallel();
      const response = await http.get('v1/measures', {
        headers: previous?.etag ? { 'if-none-match': previous.etag } : {},
        throwHttpErrors: (status) => status !== 304 && status !== 404,
      });
      if (response.status === 304 && previous) {
        held = { ...previous, at: now() };
      } else if (response.status === 404) {
        // Loaded on first need only: most platforms serve their own catalog.
        held = { catalog: await loadDefaultCatalog(), source: 'default', etag: null, at: now() };
      } else {
        const catalog = await readBody(response, (await schemas).Catalog);
        held = { catalog, source: 'platform', etag: response.headers.get('etag'), at: now() };
      }
    } catch (error) {
      if (previous) return { catalog: previous.catalog, source: previous.source };
      throw await toCreditError(error, options.timeoutMs);
    }
    return { catalog: held.catalog, source: held.source };
  }

  return () => {
    if (held && now() - held.at < options.cacheTtlMs) return Promise.resolve({ catalog: held.catalog, source: held.source });
    return (loading ??= load().finally(() => (loading = null)));
  };
}
