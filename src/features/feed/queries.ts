import { infiniteQueryOptions } from '@tanstack/react-query';
import type { NewsSource } from '../../news/source';
import type { FeedSearch } from './feed-search';

export const FEED_PAGE_SIZE = 20;

/**
 * Keys run generic -> specific and hold every filter the fetcher uses. The source is not in the
 * key: each reader instance has its own QueryClient bound to exactly one source.
 */
export const feedQueries = {
  all: () => ['articles', 'list'] as const,
  list: (source: NewsSource, filters: FeedSearch) =>
    infiniteQueryOptions({
      queryKey: [...feedQueries.all(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        source.listArticles(
          {
            q: filters.q,
            entities: filters.entity,
            source: filters.source,
            topic: filters.topic,
            cursor: pageParam ?? undefined,
            limit: FEED_PAGE_SIZE,
          },
          signal,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
};
