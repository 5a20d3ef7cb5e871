import type { ArticleQuery, EntityQuery } from '../source';

type ParamValue = string | number | readonly string[] | undefined;

/**
 * Builds `{base}/{segments}?{params}`. The base keeps its own path ("/api", "https://x.example/api/"):
 * plain `new URL('articles', base)` would drop "api" when the base has no trailing slash.
 * A relative base resolves against the page, so the same config works in the browser and in tests.
 */
export function apiUrl(baseUrl: string, segments: readonly string[], params: Record<string, ParamValue> = {}): string {
  const base = new URL(baseUrl, globalThis.location?.href ?? 'http://localhost/');
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/${path}`;
  url.hash = '';
  for (const [name, value] of Object.entries(params)) {
    for (const item of typeof value === 'object' ? value : [value]) {
      // Empty values are left out so the server applies its defaults instead of filtering on "".
      if (item === undefined || item === '') continue;
      if (typeof item === 'number' && !Number.isFinite(item)) continue;
      url.searchParams.append(name, String(item));
    }
  }
  return url.href;
}

export function articleListParams(query: ArticleQuery): Record<string, ParamValue> {
  return {
    q: query.q?.trim(),
    entity: query.entities,
    source: query.source,
    topic: query.topic,
    cursor: query.cursor,
    limit: query.limit,
  };
}

export function entityListParams(query: EntityQuery): Record<string, ParamValue> {
  return {
    q: query.q?.trim(),
    type: query.type,
    entity: query.entities,
    source: query.source,
    topic: query.topic,
    limit: query.limit,
  };
}
