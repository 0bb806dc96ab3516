/** `GET /v1/measures`: the measures catalog, with an ETag (304 for a matching `If-None-Match`); 404 with `catalog: 'none'`. */
import type { Catalog } from '../../contract/index.js';
import { jsonText } from '../../digest/json-text.js';
import type { RouteHandler } from '../platform-context.js';
import { JSON_TYPE, problem } from '../responses.js';

const CATALOG_CACHE_CONTROL = 'public, max-age=300';

/** FNV-1a, 32 bits, hex: enough for an ETag, and needs no async crypto. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, RFC 9110 §13.1.2). */
function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** A catalog's body and ETag, written once per catalog a platform serves. */
const served = new WeakMap<Catalog, { body: string; etag: string }>();

function catalogAnswer(catalog: Catalog): { body: string; etag: string } {
  let answer = served.get(catalog);
  if (!answer) {
    const body = jsonText(catalog);
    answer = { body, etag: `"${fnv1a(body)}"` };
    served.set(catalog, answer);
  }
  return answer;
}

export const getMeasures: RouteHandler = (ctx, { request }) => {
  if (!ctx.catalog) return problem(404, 'no-catalog', 'No measures catalog', 'This platform does not serve a measures catalog.');
  const { body, etag } = catalogAnswer(ctx.catalog);
  const headers = { ETag: etag, 'Cache-Control': CATALOG_CACHE_CONTROL };
  if (etagMatches(request.headers.get('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method.toUpperCase() === 'HEAD' ? null : body, {
    status: 200,
    headers: { 'Content-Type': JSON_TYPE, ...headers },
  });
};
