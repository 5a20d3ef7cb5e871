import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { listArticlesMentioningAny } from './any-of';
import { listArticlesSkippingEmpty } from './skip-empty-pages';
import type { ArticleQuery, NewsSource, SourceList } from './source';

/**
 * The queries more than one feature reads (a story, a filtered story list, an entity record).
 * Keys run generic -> specific and hold every variable the fetcher uses. The source is not in
 * the key: each reader instance has its own QueryClient bound to exactly one source.
 */
export type StoryFilters = Pick<ArticleQuery, 'q' | 'entities' | 'source' | 'topic'> & {
  /** Only stories mentioning at least one of these (the entities a reader follows). */
  anyOf?: readonly string[];
};

export const STORY_PAGE_SIZE = 20;

export const newsQueries = {
  articles: () => ['articles'] as const,
  /** Every source query's prefix: what an admin change invalidates. */
  allSources: () => ['sources'] as const,

  storyList: (source: NewsSource, filters: StoryFilters, pageSize = STORY_PAGE_SIZE) =>
    // The source is left out of the key on purpose (see above); the rule cannot know that here.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    infiniteQueryOptions({
      queryKey: [...newsQueries.articles(), 'list', normalizeFilters(filters), pageSize] as const,
      queryFn: ({ pageParam, signal }) => {
        const { anyOf, ...query } = filters;
        return anyOf
          ? listArticlesMentioningAny(source, anyOf, query, signal)
          : listArticlesSkippingEmpty(source, { ...query, cursor: pageParam ?? undefined, limit: pageSize }, signal);
      },
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),

  story: (source: NewsSource, id: string) =>
    queryOptions({
      queryKey: [...newsQueries.articles(), 'detail', id] as const,
      queryFn: ({ signal }) => source.getArticle(id, signal),
      // A published story rarely changes; keep it fresh so going back and forth is instant.
      staleTime: 5 * 60_000,
    }),

  entity: (source: NewsSource, id: string) =>
    queryOptions({
      queryKey: ['entities', 'detail', id] as const,
      queryFn: ({ signal }) => source.getEntity(id, signal),
      staleTime: 5 * 60_000,
    }),

  /** The Sources view lists them; the feed names its source filter from them. */
  sources: (source: NewsSource) =>
    // As above: the source is the reader's own, not a variable of the query.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...newsQueries.allSources(), 'list'] as const,
      queryFn: ({ signal }): Promise<SourceList> =>
        source.listSources ? source.listSources(signal) : Promise.resolve({ items: [], dropped: [] }),
      // Health changes as the server fetches; a minute old is recent enough to read.
      staleTime: 60_000,
    }),
};

/** Equal filters must make equal keys, whatever order or empties they came with. */
function normalizeFilters(filters: StoryFilters): StoryFilters {
  return {
    ...(filters.q?.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.entities?.length ? { entities: [...filters.entities].sort() } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.anyOf ? { anyOf: [...filters.anyOf].sort() } : {}),
  };
}
