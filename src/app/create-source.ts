import type { RuntimeConfig } from '../news/schema/config';
import type { NewsSource } from '../news/source';

/**
 * Each source is its own chunk: the bundled corpus needs the query engine, a backend needs the
 * HTTP client, and neither belongs in the first download. Relative API bases resolve against the
 * page (or the embed script), like any other link. A backend's stories that arrive without
 * entities get them from a Web Worker (started only when first needed), one per reader: call this
 * once per reader, which disposes the source when it unmounts. The bundled corpus is curated.
 */
export async function loadNewsSource(
  config: RuntimeConfig,
  baseUrl: string,
  fixture: Promise<NewsSource> = startFixtureSource(baseUrl),
): Promise<NewsSource> {
  if (config.apiBaseUrl === null) return fixture;
  const { createBackendSource } = await import('./backend-source');
  return createBackendSource(new URL(config.apiBaseUrl, baseUrl).href);
}

/**
 * The bundled corpus, its first page already requested (unless the page carries its own data:
 * `preload` false). Started before config.json answers when the build's default is the bundled
 * corpus, so the stories do not wait for the config round trip.
 */
export async function startFixtureSource(baseUrl: string, preload = true): Promise<NewsSource> {
  const { createFixtureSource } = await import('../news/fixture-source');
  const source = createFixtureSource({ dataUrl: new URL('data/', baseUrl).href });
  if (preload) source.preload();
  return source;
}
