import { loadNewsSource } from '../app/create-source';
import type { NewsSource } from '../news/source';

/**
 * No api-base: the bundled stories served beside the script (`<script dir>/../data/`). An api-base
 * resolves against the page, like any URL in its markup, and brings entity detection with it.
 */
export function loadEmbedSource(apiBase: string | undefined, bundleBase: string, page: string): Promise<NewsSource> {
  const apiBaseUrl = apiBase === undefined ? null : new URL(apiBase, page).href;
  return loadNewsSource({ apiBaseUrl }, bundleBase);
}
