import type { Article } from '../schema/article';
import { DEFAULT_INTERVAL_MINUTES, type SourceRecord } from '../schema/source-record';

/**
 * The publishers of stories that came without a feed (the bundled corpus): listed so the reader can
 * name and filter them, marked `bundled` because nothing ever fetches them. `itemsSeen` counts
 * their stories. Sorted by name, as every source list is.
 */
export function bundledSources(articles: readonly Pick<Article, 'source'>[]): SourceRecord[] {
  const byId = new Map<string, SourceRecord>();
  for (const { source } of articles) {
    const known = byId.get(source.id);
    if (known) {
      known.health.itemsSeen += 1;
      continue;
    }
    byId.set(source.id, {
      id: source.id,
      name: source.name,
      url: null,
      ...(source.url ? { siteUrl: source.url } : {}),
      intervalMinutes: DEFAULT_INTERVAL_MINUTES,
      fullText: 'feed',
      status: 'bundled',
      health: { lastFetchAt: null, lastSuccessAt: null, lastError: null, itemsSeen: 1, nextFetchAt: null },
    });
  }
  return [...byId.values()].sort(compareSources);
}

export function compareSources(a: SourceRecord, b: SourceRecord): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}
