import type { Catalog } from '../contract/index.js';

/**
 * The bundled default catalog (措施清单 cited from the five policy texts), loaded on first
 * need: it is a separate chunk in every build, since most platforms serve their own.
 */
export async function loadDefaultCatalog(): Promise<Catalog> {
  const { DEFAULT_CATALOG } = await import('./default-catalog.js');
  return DEFAULT_CATALOG;
}
